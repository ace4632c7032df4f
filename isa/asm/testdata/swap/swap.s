# Delay-slot filling in reorder mode, as GNU as -O2 does it: each case is
# one rule of can_swap_branch_p. Assembled with -O2 (the directory's level).
	.text
	.globl	f
	.ent	f
f:
	.frame	$sp, 24, $31
	.mask	0x80010000, -4
	# Independent: the addiu moves into the slot of each branch or jump.
	addiu	$2, $2, 1
	jal	g
	addiu	$3, $3, 1
	b	2f
	addiu	$4, $4, 1
	j	g
	addiu	$5, $5, 1
	jr	$31
	addu	$6, $7, $8
	bgez	$9, f
	lui	$10, %hi(sym)
	beq	$11, $12, f
	sw	$13, %lo(sym+4)($10)
	bne	$2, $0, 2f
	# The branch reads what the previous instruction writes: a nop.
	addiu	$2, $2, 1
	bne	$2, $0, 2f
	lw	$8, 0($4)
	jr	$8
	# jal writes $31, which the previous instruction reads or writes.
	move	$4, $31
	jal	g
	move	$31, $4
	jal	g
	# jalr writes its link register.
	addiu	$9, $9, 1
	jalr	$9, $10
	addiu	$10, $10, 1
	jalr	$11
	# A label on the branch (it may be a target): no move.
	addiu	$2, $2, 1
3:	b	3b
	# Never moved: the traps, syscall, break, sync, eret, wait.
	teq	$2, $3
	b	f
	syscall
	b	f
	break
	b	f
	sync
	b	f
	eret
	b	f
	wait
	b	f
	tlbp
	b	f
	# Branch-likely instructions always get a nop.
	addiu	$2, $2, 1
	beql	$3, $4, f
	# Macros: the last instruction of li moves; $at conflicts stay.
	li	$2, 0x12345678
	jal	g
	addiu	$3, $3, 1
	beq	$3, 5, f
	addiu	$3, $3, 1
	blt	$3, $4, f
	addiu	$3, $3, 1
	bgt	$3, 0, f
	la	$4, sym
	jal	g
	lw	$4, sym
	jal	g
	sw	$5, sym
	jal	g
	div	$2, $3, $4
	jal	g
	# After a noreorder block: its instructions stay, and so does the first
	# instruction after it.
	.set	noreorder
	addiu	$2, $2, 1
	.set	reorder
	jal	g
	addiu	$2, $2, 1
	.set	noreorder
	addiu	$2, $2, 1
	.set	reorder
	addiu	$3, $3, 1
	jal	g
	addiu	$4, $4, 1
	jal	g
	.set	push
	.set	noreorder
	.set	pop
	addiu	$4, $4, 1
	jal	g
	# .set nomove and .set volatile turn it off; .set move back on.
	.set	nomove
	addiu	$2, $2, 1
	jal	g
	.set	move
	.set	volatile
	addiu	$2, $2, 1
	jal	g
	.set	novolatile
	# Data, alignment and section changes in between: no move.
	addiu	$2, $2, 1
	.align	2
	jal	g
	addiu	$2, $2, 1
	.data
	.word	1
	.text
	jal	g
	addiu	$2, $2, 1
	.word	0
	jal	g
	addiu	$2, $2, 1
	.globl	h
	.type	h, @function
	jal	g
	# Numeric labels count as labels; a label earlier does not.
4:	addiu	$2, $2, 1
	jal	4b
	addiu	$2, $2, 1
5:	jal	5b
	# Branches back to back: the slot of the first is not moved.
	addiu	$2, $2, 1
	beq	$3, $4, f
	bne	$5, $6, f
	# Register $0 writes do not conflict.
	addu	$0, $31, $2
	jal	g
2:	jr	$31
	.end	f

	.ent	g
g:	addiu	$sp, $sp, -8
	sw	$31, 4($sp)
	lw	$31, 4($sp)
	addiu	$sp, $sp, 8
	jr	$31
	.end	g

	.data
sym:	.word	0, 0
