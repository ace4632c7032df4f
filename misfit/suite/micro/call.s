# call.s: a loop of direct calls to a leaf function: each call costs one
# checked return. graft(a0 = unused, a1 = iterations)
	.set	noreorder
	.text
	.globl	graft
graft:
	move	$t8, $ra
	move	$v0, $zero
1:	jal	leaf
	addiu	$a1, $a1, -1
	bnez	$a1, 1b
	nop
	jr	$t8
	nop
leaf:
	jr	$ra
	addiu	$v0, $v0, 1
