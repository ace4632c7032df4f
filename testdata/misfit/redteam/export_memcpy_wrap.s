# family: exports
# attack: memcpy whose length wraps the address space
# expect: confined
# args: base+0x100 base+0x200 0xfffffff0
	.set	noreorder
	.text
	.globl	graft
	.type	graft, @function
graft:
addiu	$sp, $sp, -24
sw	$ra, 20($sp)
jal	memcpy
nop
lw	$ra, 20($sp)
jr	$ra
addiu	$sp, $sp, 24
