# family: entry-return-stubs
# attack: a graft that never returns: the kernel's timer must end it within its budget
# expect: confined
# budget: 20000
	.set	noreorder
	.text
	.globl	graft
	.type	graft, @function
graft:
1:	b	1b
	nop
