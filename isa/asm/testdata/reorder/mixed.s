# Switching between reorder and noreorder, .set push/pop, .set noat and
# .set nomacro, labels around delay slots, and data in text.
	.text
	.globl	mixed
mixed:
	addiu	$sp, $sp, -32
	sw	$31, 28($sp)
	jal	callee
	lw	$31, 28($sp)
	.set	noreorder
	beq	$4, $0, 1f
	addiu	$2, $2, 1
	.set	reorder
	beq	$4, $5, 1f
1:	jr	$31
	.set	push
	.set	noreorder
	.set	nomacro
	b	2f
	nop
	li	$2, 5
	.set	noat
	addu	$1, $2, $3
	.set	pop
2:	bne	$2, $3, 2b
	li	$2, 0x12345
	.set	noat
	li	$2, 0x12345
	lw	$2, 0($3)
	.set	at
	lw	$2, 0x12345($3)
	j	callee
	.word	0x12345678
	jalr	$2
	nal
	.align	3
aligned:
	bal	aligned
	.align	2
	.byte	1
	.align	2
	eret
	syscall
	break
callee:
	jr	$31
