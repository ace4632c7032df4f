# family: exports
# attack: memcpy from the lower guard zone
# expect: confined
# args: base+0x100 base-0x100 0x100
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
