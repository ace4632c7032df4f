# A graft that reads memory at a computed address: base + 16 MiB * i.
# expect: confined
	.text
	.globl graft
graft:
	move	$v0, $zero
	li	$t1, 16
1:	sll	$t2, $t1, 24
	addu	$t2, $t2, $a0
	lw	$t3, 0($t2)
	addu	$v0, $v0, $t3
	addiu	$t1, $t1, -1
	bnez	$t1, 1b
	nop
	jr	$ra
	nop
