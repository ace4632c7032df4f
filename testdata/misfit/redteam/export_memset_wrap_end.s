# family: exports
# attack: memset whose end wraps around to the region's base
# expect: confined
# args: base+0x10 0x5a 0xfffffff0
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
