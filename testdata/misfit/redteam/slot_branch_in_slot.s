# family: delay-slots
# attack: a branch in the delay slot of a branch
# expect: refused "branch in a delay slot"
	.set	noreorder
	.text
	.globl	graft
	.type	graft, @function
graft:
	b	1f
	b	2f
1:	jr	$ra
	nop
2:	jr	$ra
	nop
