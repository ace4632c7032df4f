# family: symbols
# attack: an input that defines __misfit_table in .data with a kernel address
# expect: refused "which the rewriter reserves for its own stubs"
	.set	noreorder
	.text
	.globl	graft
	.type	graft, @function
graft:
	jr	$ra
	nop
	.data
	.globl	__misfit_table
__misfit_table:
	.word	0x80000180, 0x80000180, 0x80000180, 0x80000180
