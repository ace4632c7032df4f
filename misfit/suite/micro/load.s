# load.s: 4 loads per iteration, alternating two base registers so that
# every load is checked. graft(a0 = buf, a1 = iterations, a2 = buf2)
	.set	noreorder
	.text
	.globl	graft
graft:
	move	$v0, $zero
1:	lw	$t0, 0($a0)
	lw	$t1, 0($a2)
	lw	$t2, 4($a0)
	lw	$t3, 4($a2)
	addu	$v0, $v0, $t0
	addu	$v0, $v0, $t1
	addu	$v0, $v0, $t2
	addiu	$a1, $a1, -1
	bnez	$a1, 1b
	addu	$v0, $v0, $t3
	jr	$ra
	nop
