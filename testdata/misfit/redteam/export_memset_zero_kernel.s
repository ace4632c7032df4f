# family: exports
# attack: memset of zero bytes at the graft block
# expect: confined
# args: 0x80002000 0 0
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
