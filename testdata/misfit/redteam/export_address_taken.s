# family: exports
# attack: the address of graft_log taken and called through a register
# expect: refused "a graft may only call kernel functions directly"
	.set	noreorder
	.text
	.globl	graft
	.type	graft, @function
graft:
la	$t0, graft_log
jalr	$t0
nop
jr	$ra
nop
