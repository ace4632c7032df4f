# family: exports
# attack: memcpy whose destination runs 16 bytes past the region's top
# expect: confined
# args: top-16 top-32 32
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
