# family: exports
# attack: memset of 4 bytes at the region's top, in the guard zone
# expect: confined
# args: top 0 4
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
