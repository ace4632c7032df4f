# family: entry-return-stubs
# attack: a jump to the graft's own __misfit_return, named in the input where only the rewriter defines it
# expect: refused "which is not on the graft-callable list"
	.set	noreorder
	.text
	.globl	graft
	.type	graft, @function
graft:
addiu	$v0, $zero, 9
j	__misfit_return
nop
