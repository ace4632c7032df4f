# family: exports
# attack: memset of 16 bytes from 8 below the region's base
# expect: confined
# args: base-8 0x5a 16
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
