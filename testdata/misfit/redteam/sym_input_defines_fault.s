# family: symbols
# attack: an input that defines __misfit_fault itself, so that failed checks go on
# expect: refused "which the rewriter reserves for its own stubs"
# args: 0x80002000 0 0 0
	.set	noreorder
	.text
	.globl	graft
	.type	graft, @function
graft:
	sw	$zero, 0($a0)
	jr	$ra
	nop
	.globl	__misfit_fault
__misfit_fault:
	jr	$ra
	nop
