# icall.s: a loop of indirect calls to a leaf function: each call costs a
# checked jalr and a checked return. graft(a0 = unused, a1 = iterations)
	.set	noreorder
	.text
	.globl	graft
graft:
	move	$t8, $ra
	move	$v0, $zero
	lui	$t9, %hi(leaf)
	addiu	$t9, $t9, %lo(leaf)
1:	jalr	$t9
	addiu	$a1, $a1, -1
	bnez	$a1, 1b
	nop
	jr	$t8
	nop
leaf:
	jr	$ra
	addiu	$v0, $v0, 1
