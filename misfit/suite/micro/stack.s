# stack.s: a loop that spills to and reloads from its stack frame between
# accesses through other registers: 4 sp-relative accesses per iteration.
# graft(a0 = buf, a1 = iterations, a2 = buf2)
	.set	noreorder
	.text
	.globl	graft
graft:
	addiu	$sp, $sp, -32
	move	$v0, $zero
1:	lw	$t0, 0($a0)
	sw	$t0, 8($sp)
	lw	$t1, 0($a2)
	sw	$t1, 12($sp)
	lw	$t2, 8($sp)
	lw	$t3, 12($sp)
	addu	$v0, $v0, $t2
	addiu	$a1, $a1, -1
	bnez	$a1, 1b
	addu	$v0, $v0, $t3
	jr	$ra
	addiu	$sp, $sp, 32
