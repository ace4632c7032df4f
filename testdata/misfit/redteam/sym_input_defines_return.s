# family: symbols
# attack: an input that defines __misfit_return itself, on a wild store
# expect: refused "which the rewriter reserves for its own stubs"
	.set	noreorder
	.text
	.globl	graft
	.type	graft, @function
graft:
	jr	$ra
	nop
	.globl	__misfit_return
__misfit_return:
	sw	$zero, 0($s0)
	jr	$ra
	nop
