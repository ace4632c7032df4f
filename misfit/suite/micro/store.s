# store.s: 4 stores per iteration, alternating two base registers so that
# every store is checked. graft(a0 = buf, a1 = iterations, a2 = buf2)
	.set	noreorder
	.text
	.globl	graft
graft:
	move	$v0, $zero
1:	sw	$a1, 0($a0)
	sw	$a1, 0($a2)
	sw	$v0, 4($a0)
	sw	$v0, 4($a2)
	addiu	$v0, $v0, 3
	addiu	$a1, $a1, -1
	bnez	$a1, 1b
	nop
	jr	$ra
	nop
