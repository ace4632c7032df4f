# Every machine instruction of isa/opcodes.txt that GNU as knows, in each
# operand syntax it accepts, in .set noreorder (emitted exactly as written).
	.set	noreorder
	.text
	.globl	insn
insn:
	# SPECIAL
	sll	$2, $3, 0
	sll	$2, $3, 31
	sll	$4, 7
	srl	$t0, $t1, 5
	srl	$8, 3
	sra	$s0, $s1, 16
	sra	$16, 1
	sllv	$2, $3, $4
	srlv	$v0, $v1, $a0
	srav	$2, $3, $4
	sll	$2, $3, $4
	srl	$2, $3, $4
	sra	$2, $3, $4
	sll	$2, $4
	jr	$31
	nop
	jr	$ra
	nop
	jalr	$2
	nop
	jalr	$31, $25
	nop
	jalr	$4, $5
	nop
	j	$3
	nop
	jal	$t9
	nop
	jal	$2, $3
	nop
	movz	$2, $3, $4
	movn	$2, $3, $4
	movz	$5, $6
	syscall
	syscall	5
	syscall	0xfffff
	break
	break	3
	break	1023
	break	3, 4
	break	1023, 1023
	sync
	sync	0
	sync	4
	sync	31
	mfhi	$2
	mthi	$3
	mflo	$4
	mtlo	$5
	mult	$2, $3
	multu	$4, $5
	div	$0, $2, $3
	divu	$0, $4, $5
	div	$zero, $6, $7
	div	$0, $8
	divu	$0, $9
	rem	$0, $2, $3
	remu	$0, $2, $3
	add	$2, $3, $4
	addu	$2, $3, $4
	sub	$2, $3, $4
	subu	$2, $3, $4
	and	$2, $3, $4
	or	$2, $3, $4
	xor	$2, $3, $4
	nor	$2, $3, $4
	slt	$2, $3, $4
	sltu	$2, $3, $4
	add	$2, $3
	addu	$2, $3
	sub	$2, $3
	subu	$2, $3
	and	$2, $3
	or	$2, $3
	xor	$2, $3
	nor	$2, $3
	slt	$2, $3
	sltu	$2, $3
	tge	$2, $3
	tge	$2, $3, 1
	tgeu	$2, $3
	tgeu	$2, $3, 7
	tlt	$2, $3
	tlt	$2, $3, 1023
	tltu	$2, $3
	tltu	$2, $3, 2
	teq	$2, $3
	teq	$2, $3, 0
	tne	$2, $3
	tne	$2, $3, 12
	tge	$2, 5		# the immediate forms are tgei and the like
	tgeu	$2, -5
	tlt	$2, 32767
	tltu	$2, 0xffff
	teq	$2, 0
	tne	$2, -32768
	# REGIMM
1:	bltz	$2, 1b
	nop
	bgez	$3, 1f
	nop
	bltzl	$4, 1b
	nop
	bgezl	$5, 1f
	nop
1:	tgei	$2, 5
	tgeiu	$2, -5
	tlti	$2, 32767
	tltiu	$2, -32768
	teqi	$2, 0
	tnei	$2, 0xffff
	bltzal	$2, 1b
	nop
	bgezal	$3, 1b
	nop
	bltzall	$4, 1f
	nop
	bgezall	$5, 1f
	nop
	nal
	nop
1:	# jumps, branches, immediates
	j	1b
	nop
	jal	1f
	nop
	j	insn
	nop
	jal	external
	nop
	beq	$2, $3, 1b
	nop
	bne	$2, $3, 1f
	nop
	blez	$2, 1b
	nop
	bgtz	$2, 1f
	nop
1:	addi	$2, $3, -32768
	addiu	$2, $3, 32767
	slti	$2, $3, 1
	sltiu	$2, $3, -1
	andi	$2, $3, 0xffff
	ori	$2, $3, 0x8000
	xori	$2, $3, 0
	lui	$2, 0xffff
	lui	$2, 0
	addiu	$2, 100
	addi	$2, -1
	ori	$4, 255
	andi	$5, 1
	xori	$6, 0x10
	slti	$7, 3
	sltiu	$7, 3
	addiu	$2, $3, 0x8000
	addiu	$2, $3, 0xffff
	slti	$2, $3, 0xfffe
	beql	$2, $3, 1b
	nop
	bnel	$2, $3, 1f
	nop
	blezl	$2, 1b
	nop
	bgtzl	$2, 1f
	nop
1:	# SPECIAL2
	madd	$2, $3
	maddu	$4, $5
	mul	$2, $3, $4
	mul	$2, $3
	msub	$2, $3
	msubu	$4, $5
	clz	$2, $3
	clo	$4, $5
	sdbbp
	sdbbp	7
	sdbbp	0xfffff
	# loads and stores
	lb	$2, 0($3)
	lh	$2, -2($3)
	lwl	$2, 3($3)
	lw	$2, 32767($sp)
	lbu	$2, -32768($3)
	lhu	$2, 2($3)
	lwr	$2, 0($3)
	sb	$2, 1($3)
	sh	$2, 2($3)
	swl	$2, 3($3)
	sw	$2, 4($3)
	swr	$2, 5($3)
	lw	$2, ($3)
	sw	$31, 28($sp)
	lw	$fp, 24($sp)
	cache	0x14, 8($4)
	cache	0, 0($2)
	cache	31, -4($2)
	ll	$2, 0($3)
	pref	5, 16($4)
	pref	0, ($4)
	sc	$2, 0($3)
	lw	$2, 0x7ffc($0)
	sw	$2, -4($zero)
	# COP0
	mfc0	$2, $12
	mfc0	$2, $12, 0
	mfc0	$3, $16, 1
	mfc0	$4, $31, 7
	mtc0	$2, $12
	mtc0	$5, $9, 0
	mtc0	$6, $10, 1
	tlbr
	tlbwi
	tlbwr
	tlbp
	eret
	deret
	wait
	wait	7
	wait	0x7ffff
	# register names
	addu	$zero, $at, $v0
	addu	$v1, $a0, $a1
	addu	$a2, $a3, $t0
	addu	$t1, $t2, $t3
	addu	$t4, $t5, $t6
	addu	$t7, $s0, $s1
	addu	$s2, $s3, $s4
	addu	$s5, $s6, $s7
	addu	$t8, $t9, $k0
	addu	$k1, $gp, $sp
	addu	$s8, $fp, $ra
	addu	$0, $1, $2
	addu	$29, $30, $31
	.size	insn, .-insn
