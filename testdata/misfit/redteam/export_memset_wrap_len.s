# family: exports
# attack: memset with a length of 0xffffffff
# expect: confined
# args: base+0x100 0x5a 0xffffffff
	.set	noreorder
	.text
	.globl	graft
	.type	graft, @function
graft:
addiu	$sp, $sp, -24
sw	$ra, 20($sp)
jal	memset
nop
lw	$ra, 20($sp)
jr	$ra
addiu	$sp, $sp, 24
