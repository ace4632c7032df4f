# family: return-address
# attack: a jalr linking into $0 through a function pointer to a leaf, ra forged, given to the rewriter
# expect: confined
	.set	noreorder
	.text
	.globl	graft
	.type	graft, @function
graft:
	lui	$ra, 0x8000
	la	$t1, leaf
	jalr	$zero, $t1
	nop
	j	graft
	nop
	.type	leaf, @function
leaf:
	jr	$ra
	addiu	$v0, $zero, 1
