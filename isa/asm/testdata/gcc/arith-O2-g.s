	.section .mdebug.abi32
	.previous
	.nan	legacy
	.module	softfloat
	.module	oddspreg
	.module	arch=mips32
	.text
$Ltext0:
	.cfi_sections	.debug_frame
	.file 1 "arith.c"
	.align	2
	.globl	mix64
$LVL0 = .
$LFB0 = .
	.loc 1 4 60 view -0
	.cfi_startproc
	.set	nomips16
	.set	nomicromips
	.ent	mix64
	.type	mix64, @function
mix64:
	.frame	$sp,0,$31		# vars= 0, regs= 0/0, args= 0, gp= 0
	.mask	0x00000000,0
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	.loc 1 4 62 view $LVU1
	.loc 1 4 83 is_stmt 0 view $LVU2
	sll	$2,$5,29
	srl	$7,$4,3
	.loc 1 4 72 view $LVU3
	srl	$8,$4,25
	.loc 1 4 83 view $LVU4
	or	$7,$2,$7
	.loc 1 4 72 view $LVU5
	sll	$3,$5,7
	sll	$4,$4,7
$LVL1 = .
	.loc 1 4 72 view $LVU6
	or	$3,$8,$3
	.loc 1 4 83 view $LVU7
	srl	$5,$5,3
	.loc 1 4 78 view $LVU8
	xor	$4,$4,$7
	xor	$3,$3,$5
	.loc 1 4 94 view $LVU9
	jr	$31
	xor	$2,$4,$6

	.set	macro
	.set	reorder
	.end	mix64
	.cfi_endproc
$LFE0:
	.size	mix64, .-mix64
	.align	2
	.globl	divide
$LVL2 = .
$LFB1 = .
	.loc 1 5 26 is_stmt 1 view -0
	.cfi_startproc
	.set	nomips16
	.set	nomicromips
	.ent	divide
	.type	divide, @function
divide:
	.frame	$sp,0,$31		# vars= 0, regs= 0/0, args= 0, gp= 0
	.mask	0x00000000,0
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	.loc 1 5 28 view $LVU11
	.loc 1 5 42 is_stmt 0 view $LVU12
	div	$0,$4,$5
	teq	$5,$0,7
	jr	$31
	mflo	$2

	.set	macro
	.set	reorder
	.end	divide
	.cfi_endproc
$LFE1:
	.size	divide, .-divide
	.align	2
	.globl	udivide
$LVL3 = .
$LFB2 = .
	.loc 1 6 42 is_stmt 1 view -0
	.cfi_startproc
	.set	nomips16
	.set	nomicromips
	.ent	udivide
	.type	udivide, @function
udivide:
	.frame	$sp,0,$31		# vars= 0, regs= 0/0, args= 0, gp= 0
	.mask	0x00000000,0
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	.loc 1 6 44 view $LVU14
	.loc 1 6 58 is_stmt 0 view $LVU15
	divu	$0,$4,$5
	teq	$5,$0,7
	jr	$31
	mfhi	$2

	.set	macro
	.set	reorder
	.end	udivide
	.cfi_endproc
$LFE2:
	.size	udivide, .-udivide
	.align	2
	.globl	scale
$LVL4 = .
$LFB3 = .
	.loc 1 7 18 is_stmt 1 view -0
	.cfi_startproc
	.set	nomips16
	.set	nomicromips
	.ent	scale
	.type	scale, @function
scale:
	.frame	$sp,0,$31		# vars= 0, regs= 0/0, args= 0, gp= 0
	.mask	0x00000000,0
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	.loc 1 7 20 view $LVU17
	.loc 1 7 48 is_stmt 0 view $LVU18
	li	$5,1321467904			# 0x4ec40000
	ori	$5,$5,0xec4f
	mult	$4,$5
	.loc 1 7 40 view $LVU19
	li	$3,-1840709632			# 0xffffffff92490000
	.loc 1 7 48 view $LVU20
	mfhi	$5
	.loc 1 7 40 view $LVU21
	addiu	$3,$3,9363
	mult	$4,$3
	sra	$7,$4,31
	.loc 1 7 48 view $LVU22
	sra	$5,$5,2
	subu	$5,$5,$7
	.loc 1 7 40 view $LVU23
	mfhi	$3
	.loc 1 7 29 view $LVU24
	sll	$2,$4,5
	subu	$2,$2,$4
	.loc 1 7 48 view $LVU25
	sll	$6,$5,1
	.loc 1 7 40 view $LVU26
	addu	$3,$3,$4
	.loc 1 7 48 view $LVU27
	addu	$6,$6,$5
	.loc 1 7 29 view $LVU28
	sll	$2,$2,2
	addu	$2,$2,$4
	.loc 1 7 48 view $LVU29
	sll	$6,$6,2
	.loc 1 7 40 view $LVU30
	sra	$3,$3,2
	subu	$3,$3,$7
	.loc 1 7 48 view $LVU31
	addu	$5,$6,$5
	.loc 1 7 29 view $LVU32
	sll	$2,$2,3
	.loc 1 7 36 view $LVU33
	addu	$2,$2,$3
	.loc 1 7 48 view $LVU34
	subu	$4,$4,$5
$LVL5 = .
	.loc 1 7 54 view $LVU35
	jr	$31
	subu	$2,$2,$4

	.set	macro
	.set	reorder
	.end	scale
	.cfi_endproc
$LFE3:
	.size	scale, .-scale
	.align	2
	.globl	clamp
$LVL6 = .
$LFB4 = .
	.loc 1 8 34 is_stmt 1 view -0
	.cfi_startproc
	.set	nomips16
	.set	nomicromips
	.ent	clamp
	.type	clamp, @function
clamp:
	.frame	$sp,0,$31		# vars= 0, regs= 0/0, args= 0, gp= 0
	.mask	0x00000000,0
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	.loc 1 8 36 view $LVU37
	.loc 1 8 55 is_stmt 0 view $LVU38
	slt	$3,$4,$5
	bne	$3,$0,$L8
	move	$2,$5

	.loc 1 8 55 discriminator 1 view $LVU39
	slt	$3,$6,$4
	move	$2,$6
	movz	$2,$4,$3
$L8:
	.loc 1 8 74 discriminator 4 view $LVU40
	jr	$31
	nop

	.set	macro
	.set	reorder
	.end	clamp
	.cfi_endproc
$LFE4:
	.size	clamp, .-clamp
	.align	2
	.globl	popcount
$LVL7 = .
$LFB5 = .
	.loc 1 9 31 is_stmt 1 view -0
	.cfi_startproc
	.set	nomips16
	.set	nomicromips
	.ent	popcount
	.type	popcount, @function
popcount:
	.frame	$sp,0,$31		# vars= 0, regs= 0/0, args= 0, gp= 0
	.mask	0x00000000,0
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	.loc 1 9 33 view $LVU42
	.loc 1 9 49 view $LVU43
	.loc 1 9 56 view $LVU44
	beq	$4,$0,$L15
	move	$2,$0

$LVL8 = .
$L11:
	.loc 1 9 61 discriminator 3 view $LVU45
	.loc 1 9 68 is_stmt 0 discriminator 3 view $LVU46
	andi	$3,$4,0x1
	.loc 1 9 75 discriminator 3 view $LVU47
	srl	$4,$4,1
$LVL9 = .
	.loc 1 9 73 is_stmt 1 discriminator 3 view $LVU48
	.loc 1 9 56 discriminator 3 view $LVU49
	bne	$4,$0,$L11
	addu	$2,$2,$3

$L15:
	jr	$31
	nop

	.loc 1 9 84 view $LVU50
	.set	macro
	.set	reorder
	.end	popcount
	.cfi_endproc
$LFE5:
	.size	popcount, .-popcount
	.align	2
	.globl	rotate
$LVL10 = .
$LFB6 = .
	.loc 1 10 31 view -0
	.cfi_startproc
	.set	nomips16
	.set	nomicromips
	.ent	rotate
	.type	rotate, @function
rotate:
	.frame	$sp,0,$31		# vars= 0, regs= 0/0, args= 0, gp= 0
	.mask	0x00000000,0
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	.loc 1 10 33 view $LVU52
	.loc 1 10 49 is_stmt 0 view $LVU53
	subu	$2,$0,$5
	srl	$2,$4,$2
	sll	$5,$4,$5
$LVL11 = .
	.loc 1 10 68 view $LVU54
	jr	$31
	or	$2,$2,$5

	.set	macro
	.set	reorder
	.end	rotate
	.cfi_endproc
$LFE6:
	.size	rotate, .-rotate
	.align	2
	.globl	loop
$LVL12 = .
$LFB7 = .
	.loc 1 12 18 is_stmt 1 view -0
	.cfi_startproc
	.set	nomips16
	.set	nomicromips
	.ent	loop
	.type	loop, @function
loop:
	.frame	$sp,48,$31		# vars= 0, regs= 8/0, args= 16, gp= 0
	.mask	0x807f0000,-4
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	.loc 1 12 20 view $LVU56
$LBB2 = .
	.loc 1 12 25 view $LVU57
	.loc 1 12 38 view $LVU58
	blez	$4,$L26
	nop

$LBE2 = .
	.loc 1 12 18 is_stmt 0 view $LVU59
	addiu	$sp,$sp,-48
	.cfi_def_cfa_offset 48
	sw	$22,40($sp)
	sw	$21,36($sp)
	.cfi_offset 22, -8
	.cfi_offset 21, -12
	li	$22,-1431699456			# 0xffffffffaaaa0000
$LBB3 = .
	.loc 1 12 53 view $LVU60
	li	$21,1431633920			# 0x55550000
$LBE3 = .
	.loc 1 12 18 view $LVU61
	sw	$20,32($sp)
	sw	$19,28($sp)
	sw	$18,24($sp)
	sw	$17,20($sp)
	sw	$16,16($sp)
	sw	$31,44($sp)
	.cfi_offset 20, -16
	.cfi_offset 19, -20
	.cfi_offset 18, -24
	.cfi_offset 17, -28
	.cfi_offset 16, -32
	.cfi_offset 31, -4
	move	$20,$4
	sra	$18,$4,31
$LBB4 = .
	.loc 1 12 38 view $LVU62
	move	$16,$0
	move	$17,$0
	ori	$22,$22,0xaaab
	.loc 1 12 53 view $LVU63
	addiu	$21,$21,21846
	.loc 1 12 95 view $LVU64
	lui	$19,%hi(counter64)
$LVL13 = .
$L21:
	.loc 1 12 50 is_stmt 1 discriminator 7 view $LVU65
	.loc 1 12 76 discriminator 7 view $LVU66
	mul	$2,$16,$22
	.loc 1 12 53 is_stmt 0 discriminator 7 view $LVU67
	sltu	$2,$2,$21
	bne	$2,$0,$L19
	move	$4,$16

	.loc 1 12 76 discriminator 3 view $LVU68
	jal	note
	nop

$LVL14 = .
	.loc 1 12 85 is_stmt 1 discriminator 3 view $LVU69
	.loc 1 12 95 is_stmt 0 discriminator 3 view $LVU70
	lw	$2,%lo(counter64)($19)
	lw	$3,%lo(counter64+4)($19)
	addu	$4,$2,$16
	addu	$3,$3,$17
	sltu	$2,$4,$2
	addu	$2,$2,$3
	sw	$4,%lo(counter64)($19)
	sw	$2,%lo(counter64+4)($19)
$L19:
	.loc 1 12 44 is_stmt 1 discriminator 5 view $LVU71
$LVL15 = .
	.loc 1 12 38 discriminator 5 view $LVU72
	addiu	$2,$16,1
$LVL16 = .
	.loc 1 12 38 is_stmt 0 discriminator 5 view $LVU73
	sltu	$3,$2,$16
	addu	$17,$3,$17
	bne	$2,$20,$L21
	move	$16,$2

	bne	$17,$18,$L21
	lw	$31,44($sp)

$LBE4 = .
	.loc 1 12 103 view $LVU74
	lw	$22,40($sp)
	lw	$21,36($sp)
	lw	$20,32($sp)
$LVL17 = .
	.loc 1 12 103 view $LVU75
	lw	$19,28($sp)
	lw	$18,24($sp)
	lw	$17,20($sp)
	lw	$16,16($sp)
	jr	$31
	addiu	$sp,$sp,48

	.cfi_def_cfa_offset 0
	.cfi_restore 16
	.cfi_restore 17
	.cfi_restore 18
	.cfi_restore 19
	.cfi_restore 20
	.cfi_restore 21
	.cfi_restore 22
	.cfi_restore 31
$LVL18 = .
$L26:
	.loc 1 12 103 view $LVU76
	jr	$31
	nop

	.set	macro
	.set	reorder
	.end	loop
	.cfi_endproc
$LFE7:
	.size	loop, .-loop
	.align	2
	.globl	fib
$LVL19 = .
$LFB8 = .
	.loc 1 13 16 is_stmt 1 view -0
	.cfi_startproc
	.set	nomips16
	.set	nomicromips
	.ent	fib
	.type	fib, @function
fib:
	.frame	$sp,144,$31		# vars= 88, regs= 10/0, args= 16, gp= 0
	.mask	0xc0ff0000,-4
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	.loc 1 13 18 view $LVU78
	.loc 1 13 16 is_stmt 0 view $LVU79
	addiu	$sp,$sp,-144
	.cfi_def_cfa_offset 144
	.loc 1 13 35 view $LVU80
	slt	$3,$4,2
	.loc 1 13 16 view $LVU81
	sw	$23,132($sp)
	sw	$31,140($sp)
	sw	$fp,136($sp)
	sw	$22,128($sp)
	sw	$21,124($sp)
	sw	$20,120($sp)
	sw	$19,116($sp)
	sw	$18,112($sp)
	sw	$17,108($sp)
	sw	$16,104($sp)
	.cfi_offset 23, -12
	.cfi_offset 31, -4
	.cfi_offset 30, -8
	.cfi_offset 22, -16
	.cfi_offset 21, -20
	.cfi_offset 20, -24
	.cfi_offset 19, -28
	.cfi_offset 18, -32
	.cfi_offset 17, -36
	.cfi_offset 16, -40
	.loc 1 13 35 view $LVU82
	bne	$3,$0,$L28
	move	$23,$4

	addiu	$3,$4,-1
	li	$4,-2			# 0xfffffffffffffffe
$LVL20 = .
	.loc 1 13 35 view $LVU83
	and	$4,$3,$4
	subu	$20,$23,$4
	move	$fp,$0
	move	$22,$20
	move	$17,$23
$LVL21 = .
$LBB21 = .
$LBI21 = .
	.loc 1 13 5 is_stmt 1 view $LVU84
$LBB22 = .
	.loc 1 13 18 view $LVU85
	li	$8,-2			# 0xfffffffffffffffe
	.loc 1 13 35 is_stmt 0 view $LVU86
	beq	$17,$22,$L29
	move	$21,$fp

$LVL22 = .
$L70:
	.loc 1 13 35 view $LVU87
	addiu	$17,$17,-2
	and	$2,$17,$8
	subu	$18,$3,$2
	move	$19,$21
	move	$20,$0
	move	$4,$3
	move	$21,$18
$LVL23 = .
$L52:
$LBB23 = .
$LBI23 = .
	.loc 1 13 5 is_stmt 1 view $LVU88
$LBB24 = .
	.loc 1 13 18 view $LVU89
	.loc 1 13 35 is_stmt 0 view $LVU90
	beq	$4,$21,$L30
	addiu	$16,$4,-1

$L69:
	.loc 1 13 35 view $LVU91
	addiu	$23,$4,-2
	and	$2,$23,$8
	subu	$2,$16,$2
	move	$4,$16
	move	$18,$0
	move	$5,$19
	move	$16,$20
$LVL24 = .
	.loc 1 13 35 view $LVU92
	move	$fp,$22
$LVL25 = .
$L50:
$LBB25 = .
$LBI25 = .
	.loc 1 13 5 is_stmt 1 view $LVU93
$LBB26 = .
	.loc 1 13 18 view $LVU94
	.loc 1 13 35 is_stmt 0 view $LVU95
	beq	$4,$2,$L31
	addiu	$3,$4,-1

	addiu	$4,$4,-2
	and	$6,$4,$8
	move	$7,$5
	subu	$6,$3,$6
	move	$5,$2
	move	$22,$0
	move	$2,$23
$LVL26 = .
$L48:
$LBB27 = .
$LBI27 = .
	.loc 1 13 5 is_stmt 1 view $LVU96
$LBB28 = .
	.loc 1 13 18 view $LVU97
	.loc 1 13 35 is_stmt 0 view $LVU98
	beq	$3,$6,$L32
	addiu	$10,$3,-1

	addiu	$20,$3,-2
	and	$23,$20,$8
	subu	$23,$10,$23
	move	$19,$0
	move	$24,$7
	move	$11,$16
	move	$15,$6
	move	$3,$20
	move	$6,$23
	move	$7,$18
	move	$16,$10
	move	$23,$19
	move	$14,$5
	move	$20,$21
	sw	$17,40($sp)
	move	$13,$2
	move	$12,$4
$LVL27 = .
$L46:
$LBB29 = .
$LBI29 = .
	.loc 1 13 5 is_stmt 1 view $LVU99
$LBB30 = .
	.loc 1 13 18 view $LVU100
	.loc 1 13 35 is_stmt 0 view $LVU101
	beq	$6,$16,$L33
	addiu	$9,$16,-1

	addiu	$16,$16,-2
	and	$21,$16,$8
	subu	$21,$9,$21
	move	$17,$21
	move	$18,$0
	move	$21,$6
	move	$4,$3
$LVL28 = .
$L44:
	.loc 1 13 35 view $LVU102
	addiu	$5,$9,-1
$LVL29 = .
$LBB31 = .
$LBI31 = .
	.loc 1 13 5 is_stmt 1 view $LVU103
$LBB32 = .
	.loc 1 13 18 view $LVU104
	.loc 1 13 35 is_stmt 0 view $LVU105
	beq	$17,$9,$L34
	sw	$5,16($sp)

	addiu	$10,$9,-2
	and	$2,$10,$8
	addiu	$3,$9,-3
	subu	$2,$5,$2
	addiu	$25,$9,-5
	sw	$2,36($sp)
	move	$6,$0
	move	$9,$3
	move	$19,$4
$LVL30 = .
$L42:
	.loc 1 13 35 view $LVU106
	lw	$3,16($sp)
$LBB33 = .
$LBB34 = .
	lw	$4,36($sp)
$LVL31 = .
	.loc 1 13 35 view $LVU107
$LBE34 = .
$LBI33 = .
	.loc 1 13 5 is_stmt 1 view $LVU108
$LBB37 = .
	.loc 1 13 18 view $LVU109
	.loc 1 13 35 is_stmt 0 view $LVU110
	beq	$4,$3,$L71
	addiu	$2,$3,-1

	and	$3,$9,$8
	subu	$3,$2,$3
	move	$4,$0
	sw	$6,32($sp)
	sw	$3,20($sp)
	move	$5,$25
	sw	$24,24($sp)
	sw	$11,28($sp)
	move	$6,$4
$LVL32 = .
$L40:
$LBB35 = .
$LBI35 = .
	.loc 1 13 5 is_stmt 1 view $LVU111
$LBB36 = .
	.loc 1 13 18 view $LVU112
	.loc 1 13 35 is_stmt 0 view $LVU113
	lw	$4,20($sp)
	beq	$2,$4,$L36
	move	$4,$6

	addiu	$24,$2,-2
	and	$11,$5,$8
	addiu	$2,$2,-4
$LVL33 = .
	.loc 1 13 35 view $LVU114
	subu	$3,$2,$11
	move	$4,$24
	move	$11,$0
$LVL34 = .
$L37:
	.loc 1 13 35 view $LVU115
	sw	$12,96($sp)
	sw	$13,92($sp)
	sw	$24,88($sp)
	sw	$10,84($sp)
	sw	$14,80($sp)
	sw	$15,76($sp)
	sw	$3,72($sp)
	sw	$5,68($sp)
	sw	$9,64($sp)
	sw	$25,60($sp)
	sw	$11,56($sp)
	sw	$6,52($sp)
	sw	$7,48($sp)
	.loc 1 13 37 view $LVU116
	jal	fib
$LVL35 = .
	sw	$4,44($sp)

	.loc 1 13 35 view $LVU117
	lw	$4,44($sp)
	lw	$11,56($sp)
	lw	$3,72($sp)
	addiu	$4,$4,-2
	lw	$7,48($sp)
	lw	$6,52($sp)
	lw	$25,60($sp)
	lw	$9,64($sp)
	lw	$5,68($sp)
	lw	$15,76($sp)
	lw	$14,80($sp)
	lw	$10,84($sp)
	lw	$24,88($sp)
	lw	$13,92($sp)
	lw	$12,96($sp)
	addu	$11,$11,$2
	.loc 1 13 18 is_stmt 1 view $LVU118
	.loc 1 13 35 is_stmt 0 view $LVU119
	bne	$3,$4,$L37
	li	$8,-2			# 0xfffffffffffffffe

$LVL36 = .
	.loc 1 13 50 view $LVU120
	andi	$3,$5,0x1
	addu	$3,$3,$11
$LBE36 = .
$LBE35 = .
	.loc 1 13 35 view $LVU121
	slt	$11,$24,2
	.loc 1 13 50 view $LVU122
	move	$2,$24
	addu	$6,$6,$3
	.loc 1 13 18 is_stmt 1 view $LVU123
	.loc 1 13 35 is_stmt 0 view $LVU124
	beq	$11,$0,$L40
	addiu	$5,$5,-2

	move	$4,$6
	lw	$24,24($sp)
	lw	$11,28($sp)
	lw	$6,32($sp)
$L39:
$LVL37 = .
	.loc 1 13 35 view $LVU125
$LBE37 = .
$LBE33 = .
	.loc 1 13 50 view $LVU126
	lw	$3,16($sp)
	addu	$4,$2,$4
	addiu	$3,$3,-2
	.loc 1 13 35 view $LVU127
	slt	$2,$3,2
	.loc 1 13 50 view $LVU128
	sw	$3,16($sp)
	addu	$6,$6,$4
	.loc 1 13 18 is_stmt 1 view $LVU129
	.loc 1 13 35 is_stmt 0 view $LVU130
	addiu	$9,$9,-2
	beq	$2,$0,$L42
	addiu	$25,$25,-2

	move	$4,$19
$LVL38 = .
$L41:
	.loc 1 13 35 view $LVU131
	lw	$2,16($sp)
$LBE32 = .
$LBE31 = .
	.loc 1 13 50 view $LVU132
	move	$9,$10
	addu	$6,$2,$6
	.loc 1 13 35 view $LVU133
	slt	$2,$10,2
	.loc 1 13 18 is_stmt 1 view $LVU134
	.loc 1 13 35 is_stmt 0 view $LVU135
	beq	$2,$0,$L44
	addu	$18,$18,$6

	move	$6,$21
	move	$3,$4
$LVL39 = .
$L43:
	.loc 1 13 35 view $LVU136
	addu	$18,$9,$18
$LBE30 = .
$LBE29 = .
	slt	$2,$16,2
	.loc 1 13 18 is_stmt 1 view $LVU137
	.loc 1 13 35 is_stmt 0 view $LVU138
	beq	$2,$0,$L46
	addu	$23,$23,$18

	lw	$17,40($sp)
	move	$18,$7
	move	$10,$16
	move	$21,$20
	move	$7,$24
	move	$16,$11
	move	$19,$23
	move	$6,$15
	move	$5,$14
	move	$20,$3
	move	$2,$13
	move	$4,$12
$L45:
$LVL40 = .
	.loc 1 13 35 view $LVU139
	addu	$10,$10,$19
$LBE28 = .
$LBE27 = .
	slt	$9,$20,2
	.loc 1 13 50 view $LVU140
	move	$3,$20
	.loc 1 13 18 is_stmt 1 view $LVU141
	.loc 1 13 35 is_stmt 0 view $LVU142
	beq	$9,$0,$L48
	addu	$22,$22,$10

	move	$23,$2
	move	$2,$5
	move	$5,$7
$L47:
$LVL41 = .
	.loc 1 13 35 view $LVU143
	addu	$22,$22,$3
$LBE26 = .
$LBE25 = .
	slt	$3,$4,2
	.loc 1 13 18 is_stmt 1 view $LVU144
	.loc 1 13 35 is_stmt 0 view $LVU145
	beq	$3,$0,$L50
	addu	$18,$18,$22

	move	$20,$16
	move	$16,$4
	addu	$18,$18,$16
$LBE24 = .
$LBE23 = .
	slt	$2,$23,2
$LBB53 = .
$LBB48 = .
	move	$19,$5
	move	$22,$fp
$LVL42 = .
	.loc 1 13 35 view $LVU146
$LBE48 = .
$LBE53 = .
	.loc 1 13 50 view $LVU147
	move	$4,$23
	.loc 1 13 18 is_stmt 1 view $LVU148
	.loc 1 13 35 is_stmt 0 view $LVU149
	beq	$2,$0,$L52
	addu	$20,$20,$18

$L68:
	move	$21,$19
	move	$19,$23
$LVL43 = .
	.loc 1 13 35 view $LVU150
	addu	$19,$19,$20
$LBE22 = .
$LBE21 = .
	slt	$2,$17,2
	.loc 1 13 18 is_stmt 1 view $LVU151
	.loc 1 13 35 is_stmt 0 view $LVU152
	beq	$2,$0,$L67
	addu	$21,$21,$19

$L64:
	.loc 1 13 62 view $LVU153
	lw	$31,140($sp)
	addu	$23,$17,$21
	lw	$fp,136($sp)
	lw	$22,128($sp)
	lw	$21,124($sp)
	lw	$20,120($sp)
	lw	$19,116($sp)
	lw	$18,112($sp)
	lw	$17,108($sp)
	lw	$16,104($sp)
	move	$2,$23
	lw	$23,132($sp)
	jr	$31
	addiu	$sp,$sp,144

	.cfi_remember_state
	.cfi_def_cfa_offset 0
	.cfi_restore 16
	.cfi_restore 17
	.cfi_restore 18
	.cfi_restore 19
	.cfi_restore 20
	.cfi_restore 21
	.cfi_restore 22
	.cfi_restore 23
	.cfi_restore 30
	.cfi_restore 31
$LVL44 = .
$L34:
	.cfi_restore_state
$LBB61 = .
$LBB58 = .
$LBB54 = .
$LBB49 = .
$LBB47 = .
$LBB46 = .
$LBB45 = .
$LBB44 = .
$LBB43 = .
$LBB42 = .
	.loc 1 13 50 view $LVU154
	lw	$17,16($sp)
	move	$6,$21
	move	$3,$4
$LVL45 = .
	.loc 1 13 50 view $LVU155
	addiu	$9,$9,-2
	.loc 1 13 18 is_stmt 1 view $LVU156
	b	$L43
	addu	$18,$18,$17

$LVL46 = .
$L71:
$LBB41 = .
$LBB40 = .
	.loc 1 13 50 is_stmt 0 view $LVU157
	move	$4,$19
$LVL47 = .
	.loc 1 13 50 view $LVU158
	addiu	$3,$3,-2
	sw	$3,16($sp)
	.loc 1 13 18 is_stmt 1 view $LVU159
	b	$L41
	addu	$6,$6,$2

$LVL48 = .
$L36:
$LBB39 = .
$LBB38 = .
	.loc 1 13 37 is_stmt 0 view $LVU160
	addiu	$3,$2,-1
	lw	$24,24($sp)
	lw	$11,28($sp)
	lw	$6,32($sp)
$LVL49 = .
	.loc 1 13 50 view $LVU161
	addiu	$2,$2,-2
	.loc 1 13 18 is_stmt 1 view $LVU162
	b	$L39
	addu	$4,$4,$3

$LVL50 = .
$L33:
	.loc 1 13 18 is_stmt 0 view $LVU163
$LBE38 = .
$LBE39 = .
$LBE40 = .
$LBE41 = .
$LBE42 = .
$LBE43 = .
	.loc 1 13 50 view $LVU164
	move	$10,$16
	move	$18,$7
	move	$21,$20
	lw	$17,40($sp)
	move	$7,$24
	move	$16,$11
	move	$6,$15
	move	$5,$14
	move	$20,$3
	move	$2,$13
	move	$4,$12
$LVL51 = .
	.loc 1 13 50 view $LVU165
	addiu	$10,$10,-2
	.loc 1 13 18 is_stmt 1 view $LVU166
	b	$L45
	addu	$19,$23,$9

$LVL52 = .
$L32:
	.loc 1 13 18 is_stmt 0 view $LVU167
$LBE44 = .
$LBE45 = .
	.loc 1 13 50 view $LVU168
	move	$23,$2
	addiu	$3,$3,-2
	move	$2,$5
	addu	$22,$22,$10
$LVL53 = .
	.loc 1 13 18 is_stmt 1 view $LVU169
$LBE46 = .
$LBE47 = .
$LBE49 = .
$LBE54 = .
$LBE58 = .
$LBE61 = .
	.loc 1 13 50 is_stmt 0 view $LVU170
	b	$L47
	move	$5,$7

$LVL54 = .
$L31:
$LBB62 = .
$LBB59 = .
$LBB55 = .
$LBB50 = .
	.loc 1 13 50 view $LVU171
	move	$20,$16
	addu	$18,$18,$3
	addiu	$16,$4,-2
	addu	$18,$18,$16
$LBE50 = .
$LBE55 = .
	.loc 1 13 35 view $LVU172
	slt	$2,$23,2
$LBB56 = .
$LBB51 = .
	.loc 1 13 50 view $LVU173
	move	$19,$5
	move	$22,$fp
$LVL55 = .
	.loc 1 13 18 is_stmt 1 view $LVU174
	.loc 1 13 18 is_stmt 0 view $LVU175
$LBE51 = .
$LBE56 = .
	.loc 1 13 50 view $LVU176
	move	$4,$23
	.loc 1 13 18 is_stmt 1 view $LVU177
	.loc 1 13 35 is_stmt 0 view $LVU178
	bne	$2,$0,$L68
	addu	$20,$20,$18

$LVL56 = .
$LBB57 = .
	.loc 1 13 5 is_stmt 1 view $LVU179
$LBB52 = .
	.loc 1 13 18 view $LVU180
	.loc 1 13 35 is_stmt 0 view $LVU181
	bne	$4,$21,$L69
	addiu	$16,$4,-1

$L30:
	.loc 1 13 35 view $LVU182
$LBE52 = .
$LBE57 = .
	.loc 1 13 50 view $LVU183
	move	$21,$19
$LVL57 = .
	.loc 1 13 50 view $LVU184
	addu	$20,$20,$16
	.loc 1 13 18 is_stmt 1 view $LVU185
$LVL58 = .
	.loc 1 13 50 is_stmt 0 view $LVU186
	addiu	$19,$4,-2
	addu	$19,$19,$20
$LBE59 = .
$LBE62 = .
	.loc 1 13 35 view $LVU187
	slt	$2,$17,2
	.loc 1 13 18 is_stmt 1 view $LVU188
	.loc 1 13 35 is_stmt 0 view $LVU189
	bne	$2,$0,$L64
	addu	$21,$21,$19

$L67:
$LVL59 = .
$LBB63 = .
	.loc 1 13 5 is_stmt 1 view $LVU190
$LBB60 = .
	.loc 1 13 18 view $LVU191
	.loc 1 13 35 is_stmt 0 view $LVU192
	bne	$17,$22,$L70
	addiu	$3,$17,-1

$L29:
$LVL60 = .
	.loc 1 13 35 view $LVU193
$LBE60 = .
$LBE63 = .
	.loc 1 13 18 is_stmt 1 view $LVU194
	.loc 1 13 50 is_stmt 0 view $LVU195
	addiu	$23,$17,-2
	addu	$3,$3,$21
	addu	$23,$23,$3
$L28:
	.loc 1 13 62 discriminator 4 view $LVU196
	lw	$31,140($sp)
	lw	$fp,136($sp)
	lw	$22,128($sp)
	lw	$21,124($sp)
	lw	$20,120($sp)
	lw	$19,116($sp)
	lw	$18,112($sp)
	lw	$17,108($sp)
	lw	$16,104($sp)
	move	$2,$23
	lw	$23,132($sp)
	jr	$31
	addiu	$sp,$sp,144

	.cfi_def_cfa_offset 0
	.cfi_restore 16
	.cfi_restore 17
	.cfi_restore 18
	.cfi_restore 19
	.cfi_restore 20
	.cfi_restore 21
	.cfi_restore 22
	.cfi_restore 23
	.cfi_restore 30
	.cfi_restore 31
	.set	macro
	.set	reorder
	.end	fib
	.cfi_endproc
$LFE8:
	.size	fib, .-fib
	.globl	counter64
	.section	.bss,"aw",@nobits
	.align	3
	.type	counter64, @object
	.size	counter64, 8
counter64:
	.space	8
	.text
$Letext0:
	.section	.debug_info,"",@progbits
$Ldebug_info0:
	.4byte	0x354
	.2byte	0x5
	.byte	0x1
	.byte	0x4
	.4byte	$Ldebug_abbrev0
	.uleb128 0xa
	.4byte	$LASF11
	.byte	0x1d
	.4byte	$LASF12
	.4byte	$LASF13
	.4byte	$Ltext0
	.4byte	$Letext0-$Ltext0
	.4byte	$Ldebug_line0
	.uleb128 0x6
	.byte	0x8
	.byte	0x7
	.4byte	$LASF0
	.uleb128 0xb
	.4byte	$LASF2
	.byte	0x1
	.byte	0x3
	.byte	0xb
	.4byte	0x3f
	.uleb128 0x5
	.byte	0x3
	.4byte	counter64
	.uleb128 0x6
	.byte	0x8
	.byte	0x5
	.4byte	$LASF1
	.uleb128 0xc
	.4byte	$LASF14
	.byte	0x1
	.byte	0xb
	.byte	0xd
	.4byte	0x58
	.uleb128 0xd
	.4byte	0x58
	.byte	0
	.uleb128 0xe
	.byte	0x4
	.byte	0x5
	.ascii	"int\000"
	.uleb128 0xf
	.ascii	"fib\000"
	.byte	0x1
	.byte	0xd
	.byte	0x5
	.4byte	0x58
	.byte	0x1
	.4byte	0x7b
	.uleb128 0x10
	.ascii	"n\000"
	.byte	0x1
	.byte	0xd
	.byte	0xd
	.4byte	0x58
	.byte	0
	.uleb128 0x11
	.4byte	$LASF15
	.byte	0x1
	.byte	0xc
	.byte	0x6
	.4byte	$LFB7
	.4byte	$LFE7-$LFB7
	.uleb128 0x1
	.byte	0x9c
	.4byte	0xca
	.uleb128 0x5
	.ascii	"n\000"
	.byte	0xc
	.byte	0xf
	.4byte	0x58
	.4byte	$LLST5
	.4byte	$LVUS5
	.uleb128 0x12
	.4byte	$LLRL6
	.uleb128 0x7
	.ascii	"i\000"
	.byte	0xc
	.byte	0x1d
	.4byte	0x58
	.4byte	$LLST7
	.4byte	$LVUS7
	.uleb128 0x8
	.4byte	$LVL14
	.4byte	0x46
	.uleb128 0x9
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x2
	.byte	0x80
	.sleb128 0
	.byte	0
	.byte	0
	.byte	0
	.uleb128 0x3
	.4byte	$LASF4
	.byte	0xa
	.byte	0x5
	.4byte	0x58
	.4byte	$LFB6
	.4byte	$LFE6-$LFB6
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x100
	.uleb128 0x1
	.ascii	"v\000"
	.byte	0xa
	.byte	0x15
	.4byte	0x100
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x5
	.ascii	"n\000"
	.byte	0xa
	.byte	0x1c
	.4byte	0x58
	.4byte	$LLST4
	.4byte	$LVUS4
	.byte	0
	.uleb128 0x6
	.byte	0x4
	.byte	0x7
	.4byte	$LASF3
	.uleb128 0x3
	.4byte	$LASF5
	.byte	0x9
	.byte	0xa
	.4byte	0x100
	.4byte	$LFB5
	.4byte	$LFE5-$LFB5
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x143
	.uleb128 0x5
	.ascii	"v\000"
	.byte	0x9
	.byte	0x1c
	.4byte	0x100
	.4byte	$LLST2
	.4byte	$LVUS2
	.uleb128 0x7
	.ascii	"n\000"
	.byte	0x9
	.byte	0x2a
	.4byte	0x100
	.4byte	$LLST3
	.4byte	$LVUS3
	.byte	0
	.uleb128 0x3
	.4byte	$LASF6
	.byte	0x8
	.byte	0x5
	.4byte	0x58
	.4byte	$LFB4
	.4byte	$LFE4-$LFB4
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x180
	.uleb128 0x1
	.ascii	"v\000"
	.byte	0x8
	.byte	0xf
	.4byte	0x58
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.ascii	"lo\000"
	.byte	0x8
	.byte	0x16
	.4byte	0x58
	.uleb128 0x1
	.byte	0x55
	.uleb128 0x1
	.ascii	"hi\000"
	.byte	0x8
	.byte	0x1e
	.4byte	0x58
	.uleb128 0x1
	.byte	0x56
	.byte	0
	.uleb128 0x3
	.4byte	$LASF7
	.byte	0x7
	.byte	0x5
	.4byte	0x58
	.4byte	$LFB3
	.4byte	$LFE3-$LFB3
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x1ab
	.uleb128 0x5
	.ascii	"a\000"
	.byte	0x7
	.byte	0xf
	.4byte	0x58
	.4byte	$LLST1
	.4byte	$LVUS1
	.byte	0
	.uleb128 0x3
	.4byte	$LASF8
	.byte	0x6
	.byte	0xa
	.4byte	0x100
	.4byte	$LFB2
	.4byte	$LFE2-$LFB2
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x1db
	.uleb128 0x1
	.ascii	"a\000"
	.byte	0x6
	.byte	0x1b
	.4byte	0x100
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.ascii	"b\000"
	.byte	0x6
	.byte	0x27
	.4byte	0x100
	.uleb128 0x1
	.byte	0x55
	.byte	0
	.uleb128 0x3
	.4byte	$LASF9
	.byte	0x5
	.byte	0x5
	.4byte	0x58
	.4byte	$LFB1
	.4byte	$LFE1-$LFB1
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x20b
	.uleb128 0x1
	.ascii	"a\000"
	.byte	0x5
	.byte	0x10
	.4byte	0x58
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x1
	.ascii	"b\000"
	.byte	0x5
	.byte	0x17
	.4byte	0x58
	.uleb128 0x1
	.byte	0x55
	.byte	0
	.uleb128 0x3
	.4byte	$LASF10
	.byte	0x4
	.byte	0x14
	.4byte	0x26
	.4byte	$LFB0
	.4byte	$LFE0-$LFB0
	.uleb128 0x1
	.byte	0x9c
	.4byte	0x241
	.uleb128 0x5
	.ascii	"a\000"
	.byte	0x4
	.byte	0x2d
	.4byte	0x26
	.4byte	$LLST0
	.4byte	$LVUS0
	.uleb128 0x1
	.ascii	"b\000"
	.byte	0x4
	.byte	0x39
	.4byte	0x100
	.uleb128 0x1
	.byte	0x56
	.byte	0
	.uleb128 0x13
	.4byte	0x5f
	.4byte	$LFB8
	.4byte	$LFE8-$LFB8
	.uleb128 0x1
	.byte	0x9c
	.uleb128 0x2
	.4byte	0x70
	.4byte	$LLST8
	.4byte	$LVUS8
	.uleb128 0x4
	.4byte	0x5f
	.4byte	$LBI21
	.byte	$LVU84
	.4byte	$LLRL9
	.uleb128 0x2
	.4byte	0x70
	.4byte	$LLST10
	.4byte	$LVUS10
	.uleb128 0x4
	.4byte	0x5f
	.4byte	$LBI23
	.byte	$LVU88
	.4byte	$LLRL11
	.uleb128 0x2
	.4byte	0x70
	.4byte	$LLST12
	.4byte	$LVUS12
	.uleb128 0x4
	.4byte	0x5f
	.4byte	$LBI25
	.byte	$LVU93
	.4byte	$LLRL13
	.uleb128 0x2
	.4byte	0x70
	.4byte	$LLST14
	.4byte	$LVUS14
	.uleb128 0x4
	.4byte	0x5f
	.4byte	$LBI27
	.byte	$LVU96
	.4byte	$LLRL15
	.uleb128 0x2
	.4byte	0x70
	.4byte	$LLST16
	.4byte	$LVUS16
	.uleb128 0x4
	.4byte	0x5f
	.4byte	$LBI29
	.byte	$LVU99
	.4byte	$LLRL17
	.uleb128 0x2
	.4byte	0x70
	.4byte	$LLST18
	.4byte	$LVUS18
	.uleb128 0x4
	.4byte	0x5f
	.4byte	$LBI31
	.byte	$LVU103
	.4byte	$LLRL19
	.uleb128 0x2
	.4byte	0x70
	.4byte	$LLST20
	.4byte	$LVUS20
	.uleb128 0x4
	.4byte	0x5f
	.4byte	$LBI33
	.byte	$LVU108
	.4byte	$LLRL21
	.uleb128 0x2
	.4byte	0x70
	.4byte	$LLST22
	.4byte	$LVUS22
	.uleb128 0x14
	.4byte	0x5f
	.4byte	$LBI35
	.byte	$LVU111
	.4byte	$LBB35
	.4byte	$LBE35-$LBB35
	.byte	0x1
	.byte	0xd
	.byte	0x25
	.uleb128 0x2
	.4byte	0x70
	.4byte	$LLST23
	.4byte	$LVUS23
	.uleb128 0x8
	.4byte	$LVL35
	.4byte	0x5f
	.uleb128 0x9
	.uleb128 0x1
	.byte	0x54
	.uleb128 0x4
	.byte	0x91
	.sleb128 -100
	.byte	0x6
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.byte	0
	.section	.debug_abbrev,"",@progbits
$Ldebug_abbrev0:
	.uleb128 0x1
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0x2
	.uleb128 0x5
	.byte	0
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x3
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x6
	.uleb128 0x40
	.uleb128 0x18
	.uleb128 0x7a
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x4
	.uleb128 0x1d
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x52
	.uleb128 0x1
	.uleb128 0x2138
	.uleb128 0xb
	.uleb128 0x55
	.uleb128 0x17
	.uleb128 0x58
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x59
	.uleb128 0x21
	.sleb128 13
	.uleb128 0x57
	.uleb128 0x21
	.sleb128 37
	.byte	0
	.byte	0
	.uleb128 0x5
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x6
	.uleb128 0x24
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0x3e
	.uleb128 0xb
	.uleb128 0x3
	.uleb128 0xe
	.byte	0
	.byte	0
	.uleb128 0x7
	.uleb128 0x34
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0x21
	.sleb128 1
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x2
	.uleb128 0x17
	.uleb128 0x2137
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x8
	.uleb128 0x48
	.byte	0x1
	.uleb128 0x7d
	.uleb128 0x1
	.uleb128 0x7f
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x9
	.uleb128 0x49
	.byte	0
	.uleb128 0x2
	.uleb128 0x18
	.uleb128 0x7e
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0xa
	.uleb128 0x11
	.byte	0x1
	.uleb128 0x25
	.uleb128 0xe
	.uleb128 0x13
	.uleb128 0xb
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x1b
	.uleb128 0xe
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x6
	.uleb128 0x10
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0xb
	.uleb128 0x34
	.byte	0
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x2
	.uleb128 0x18
	.byte	0
	.byte	0
	.uleb128 0xc
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x3c
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xd
	.uleb128 0x5
	.byte	0
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0xe
	.uleb128 0x24
	.byte	0
	.uleb128 0xb
	.uleb128 0xb
	.uleb128 0x3e
	.uleb128 0xb
	.uleb128 0x3
	.uleb128 0x8
	.byte	0
	.byte	0
	.uleb128 0xf
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x49
	.uleb128 0x13
	.uleb128 0x20
	.uleb128 0xb
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x10
	.uleb128 0x5
	.byte	0
	.uleb128 0x3
	.uleb128 0x8
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x49
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x11
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x3f
	.uleb128 0x19
	.uleb128 0x3
	.uleb128 0xe
	.uleb128 0x3a
	.uleb128 0xb
	.uleb128 0x3b
	.uleb128 0xb
	.uleb128 0x39
	.uleb128 0xb
	.uleb128 0x27
	.uleb128 0x19
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x6
	.uleb128 0x40
	.uleb128 0x18
	.uleb128 0x7a
	.uleb128 0x19
	.uleb128 0x1
	.uleb128 0x13
	.byte	0
	.byte	0
	.uleb128 0x12
	.uleb128 0xb
	.byte	0x1
	.uleb128 0x55
	.uleb128 0x17
	.byte	0
	.byte	0
	.uleb128 0x13
	.uleb128 0x2e
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x6
	.uleb128 0x40
	.uleb128 0x18
	.uleb128 0x7a
	.uleb128 0x19
	.byte	0
	.byte	0
	.uleb128 0x14
	.uleb128 0x1d
	.byte	0x1
	.uleb128 0x31
	.uleb128 0x13
	.uleb128 0x52
	.uleb128 0x1
	.uleb128 0x2138
	.uleb128 0xb
	.uleb128 0x11
	.uleb128 0x1
	.uleb128 0x12
	.uleb128 0x6
	.uleb128 0x58
	.uleb128 0xb
	.uleb128 0x59
	.uleb128 0xb
	.uleb128 0x57
	.uleb128 0xb
	.byte	0
	.byte	0
	.byte	0
	.section	.debug_loclists,"",@progbits
	.4byte	$Ldebug_loc3-$Ldebug_loc2
$Ldebug_loc2:
	.2byte	0x5
	.byte	0x4
	.byte	0
	.4byte	0
$Ldebug_loc0:
$LVUS5:
	.uleb128 0
	.uleb128 $LVU65
	.uleb128 $LVU65
	.uleb128 $LVU75
	.uleb128 $LVU75
	.uleb128 $LVU76
	.uleb128 $LVU76
	.uleb128 0
$LLST5:
	.byte	0x4
	.uleb128 $LVL12-$Ltext0
	.uleb128 $LVL13-$Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 $LVL13-$Ltext0
	.uleb128 $LVL17-$Ltext0
	.uleb128 0x1
	.byte	0x64
	.byte	0x4
	.uleb128 $LVL17-$Ltext0
	.uleb128 $LVL18-$Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0x4
	.uleb128 $LVL18-$Ltext0
	.uleb128 $LFE7-$Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
$LVUS7:
	.uleb128 $LVU58
	.uleb128 $LVU65
	.uleb128 $LVU65
	.uleb128 $LVU72
	.uleb128 $LVU72
	.uleb128 $LVU73
	.uleb128 $LVU73
	.uleb128 $LVU76
	.uleb128 $LVU76
	.uleb128 0
$LLST7:
	.byte	0x4
	.uleb128 $LVL12-$Ltext0
	.uleb128 $LVL13-$Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 $LVL13-$Ltext0
	.uleb128 $LVL15-$Ltext0
	.uleb128 0x1
	.byte	0x60
	.byte	0x4
	.uleb128 $LVL15-$Ltext0
	.uleb128 $LVL16-$Ltext0
	.uleb128 0x3
	.byte	0x80
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 $LVL16-$Ltext0
	.uleb128 $LVL18-$Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 $LVL18-$Ltext0
	.uleb128 $LFE7-$Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0
$LVUS4:
	.uleb128 0
	.uleb128 $LVU54
	.uleb128 $LVU54
	.uleb128 0
$LLST4:
	.byte	0x4
	.uleb128 $LVL10-$Ltext0
	.uleb128 $LVL11-$Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 $LVL11-$Ltext0
	.uleb128 $LFE6-$Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x55
	.byte	0x9f
	.byte	0
$LVUS2:
	.uleb128 0
	.uleb128 $LVU48
	.uleb128 $LVU49
	.uleb128 0
$LLST2:
	.byte	0x4
	.uleb128 $LVL7-$Ltext0
	.uleb128 $LVL9-$Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 $LVL9-$Ltext0
	.uleb128 $LFE5-$Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0
$LVUS3:
	.uleb128 $LVU43
	.uleb128 $LVU45
	.uleb128 $LVU45
	.uleb128 0
$LLST3:
	.byte	0x4
	.uleb128 $LVL7-$Ltext0
	.uleb128 $LVL8-$Ltext0
	.uleb128 0x2
	.byte	0x30
	.byte	0x9f
	.byte	0x4
	.uleb128 $LVL8-$Ltext0
	.uleb128 $LFE5-$Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0
$LVUS1:
	.uleb128 0
	.uleb128 $LVU35
	.uleb128 $LVU35
	.uleb128 0
$LLST1:
	.byte	0x4
	.uleb128 $LVL4-$Ltext0
	.uleb128 $LVL5-$Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 $LVL5-$Ltext0
	.uleb128 $LFE3-$Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
$LVUS0:
	.uleb128 0
	.uleb128 $LVU6
	.uleb128 $LVU6
	.uleb128 0
$LLST0:
	.byte	0x4
	.uleb128 $LVL0-$Ltext0
	.uleb128 $LVL1-$Ltext0
	.uleb128 0x6
	.byte	0x54
	.byte	0x93
	.uleb128 0x4
	.byte	0x55
	.byte	0x93
	.uleb128 0x4
	.byte	0x4
	.uleb128 $LVL1-$Ltext0
	.uleb128 $LFE0-$Ltext0
	.uleb128 0x6
	.byte	0xa3
	.uleb128 0x3
	.byte	0xa5
	.uleb128 0x4
	.uleb128 0x26
	.byte	0x9f
	.byte	0
$LVUS8:
	.uleb128 0
	.uleb128 $LVU83
	.uleb128 $LVU83
	.uleb128 $LVU87
	.uleb128 $LVU87
	.uleb128 0
$LLST8:
	.byte	0x4
	.uleb128 $LVL19-$Ltext0
	.uleb128 $LVL20-$Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 $LVL20-$Ltext0
	.uleb128 $LVL22-$Ltext0
	.uleb128 0x1
	.byte	0x67
	.byte	0x4
	.uleb128 $LVL22-$Ltext0
	.uleb128 $LFE8-$Ltext0
	.uleb128 0x4
	.byte	0xa3
	.uleb128 0x1
	.byte	0x54
	.byte	0x9f
	.byte	0
$LVUS10:
	.uleb128 $LVU84
	.uleb128 $LVU88
	.uleb128 $LVU190
	.uleb128 $LVU193
$LLST10:
	.byte	0x4
	.uleb128 $LVL21-$Ltext0
	.uleb128 $LVL23-$Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 $LVL59-$Ltext0
	.uleb128 $LVL60-$Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
$LVUS12:
	.uleb128 $LVU88
	.uleb128 $LVU92
	.uleb128 $LVU92
	.uleb128 $LVU93
	.uleb128 $LVU179
	.uleb128 $LVU184
$LLST12:
	.byte	0x4
	.uleb128 $LVL23-$Ltext0
	.uleb128 $LVL24-$Ltext0
	.uleb128 0x1
	.byte	0x60
	.byte	0x4
	.uleb128 $LVL24-$Ltext0
	.uleb128 $LVL25-$Ltext0
	.uleb128 0x1
	.byte	0x54
	.byte	0x4
	.uleb128 $LVL56-$Ltext0
	.uleb128 $LVL57-$Ltext0
	.uleb128 0x1
	.byte	0x60
	.byte	0
$LVUS14:
	.uleb128 $LVU93
	.uleb128 $LVU96
	.uleb128 $LVU171
	.uleb128 $LVU174
$LLST14:
	.byte	0x4
	.uleb128 $LVL25-$Ltext0
	.uleb128 $LVL26-$Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0x4
	.uleb128 $LVL54-$Ltext0
	.uleb128 $LVL55-$Ltext0
	.uleb128 0x1
	.byte	0x53
	.byte	0
$LVUS16:
	.uleb128 $LVU96
	.uleb128 $LVU99
	.uleb128 $LVU99
	.uleb128 $LVU102
	.uleb128 $LVU102
	.uleb128 $LVU106
	.uleb128 $LVU106
	.uleb128 $LVU131
	.uleb128 $LVU131
	.uleb128 $LVU136
	.uleb128 $LVU136
	.uleb128 $LVU139
	.uleb128 $LVU154
	.uleb128 $LVU157
	.uleb128 $LVU157
	.uleb128 $LVU163
	.uleb128 $LVU163
	.uleb128 $LVU167
	.uleb128 $LVU167
	.uleb128 $LVU169
$LLST16:
	.byte	0x4
	.uleb128 $LVL26-$Ltext0
	.uleb128 $LVL27-$Ltext0
	.uleb128 0x1
	.byte	0x5a
	.byte	0x4
	.uleb128 $LVL27-$Ltext0
	.uleb128 $LVL28-$Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 $LVL28-$Ltext0
	.uleb128 $LVL30-$Ltext0
	.uleb128 0x3
	.byte	0x74
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 $LVL30-$Ltext0
	.uleb128 $LVL38-$Ltext0
	.uleb128 0x3
	.byte	0x83
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 $LVL38-$Ltext0
	.uleb128 $LVL39-$Ltext0
	.uleb128 0x3
	.byte	0x74
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 $LVL39-$Ltext0
	.uleb128 $LVL40-$Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 $LVL44-$Ltext0
	.uleb128 $LVL46-$Ltext0
	.uleb128 0x3
	.byte	0x74
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 $LVL46-$Ltext0
	.uleb128 $LVL50-$Ltext0
	.uleb128 0x3
	.byte	0x83
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 $LVL50-$Ltext0
	.uleb128 $LVL52-$Ltext0
	.uleb128 0x3
	.byte	0x73
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 $LVL52-$Ltext0
	.uleb128 $LVL53-$Ltext0
	.uleb128 0x1
	.byte	0x5a
	.byte	0
$LVUS18:
	.uleb128 $LVU99
	.uleb128 $LVU102
	.uleb128 $LVU102
	.uleb128 $LVU136
	.uleb128 $LVU154
	.uleb128 $LVU163
	.uleb128 $LVU163
	.uleb128 $LVU165
$LLST18:
	.byte	0x4
	.uleb128 $LVL27-$Ltext0
	.uleb128 $LVL28-$Ltext0
	.uleb128 0x1
	.byte	0x59
	.byte	0x4
	.uleb128 $LVL28-$Ltext0
	.uleb128 $LVL39-$Ltext0
	.uleb128 0x3
	.byte	0x80
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 $LVL44-$Ltext0
	.uleb128 $LVL50-$Ltext0
	.uleb128 0x3
	.byte	0x80
	.sleb128 1
	.byte	0x9f
	.byte	0x4
	.uleb128 $LVL50-$Ltext0
	.uleb128 $LVL51-$Ltext0
	.uleb128 0x1
	.byte	0x59
	.byte	0
$LVUS20:
	.uleb128 $LVU103
	.uleb128 $LVU106
	.uleb128 $LVU154
	.uleb128 $LVU155
$LLST20:
	.byte	0x4
	.uleb128 $LVL29-$Ltext0
	.uleb128 $LVL30-$Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0x4
	.uleb128 $LVL44-$Ltext0
	.uleb128 $LVL45-$Ltext0
	.uleb128 0x1
	.byte	0x55
	.byte	0
$LVUS22:
	.uleb128 $LVU107
	.uleb128 $LVU111
	.uleb128 $LVU111
	.uleb128 $LVU125
	.uleb128 $LVU157
	.uleb128 $LVU158
	.uleb128 $LVU160
	.uleb128 $LVU163
$LLST22:
	.byte	0x4
	.uleb128 $LVL31-$Ltext0
	.uleb128 $LVL32-$Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 $LVL32-$Ltext0
	.uleb128 $LVL37-$Ltext0
	.uleb128 0x7
	.byte	0x91
	.sleb128 -128
	.byte	0x6
	.byte	0x31
	.byte	0x1c
	.byte	0x9f
	.byte	0x4
	.uleb128 $LVL46-$Ltext0
	.uleb128 $LVL47-$Ltext0
	.uleb128 0x1
	.byte	0x52
	.byte	0x4
	.uleb128 $LVL48-$Ltext0
	.uleb128 $LVL50-$Ltext0
	.uleb128 0x7
	.byte	0x91
	.sleb128 -128
	.byte	0x6
	.byte	0x31
	.byte	0x1c
	.byte	0x9f
	.byte	0
$LVUS23:
	.uleb128 $LVU111
	.uleb128 $LVU114
	.uleb128 $LVU114
	.uleb128 $LVU115
	.uleb128 $LVU160
	.uleb128 $LVU161
$LLST23:
	.byte	0x4
	.uleb128 $LVL32-$Ltext0
	.uleb128 $LVL33-$Ltext0
	.uleb128 0x3
	.byte	0x72
	.sleb128 -1
	.byte	0x9f
	.byte	0x4
	.uleb128 $LVL33-$Ltext0
	.uleb128 $LVL34-$Ltext0
	.uleb128 0x3
	.byte	0x72
	.sleb128 3
	.byte	0x9f
	.byte	0x4
	.uleb128 $LVL48-$Ltext0
	.uleb128 $LVL49-$Ltext0
	.uleb128 0x3
	.byte	0x72
	.sleb128 -1
	.byte	0x9f
	.byte	0
$Ldebug_loc3:
	.section	.debug_aranges,"",@progbits
	.4byte	0x1c
	.2byte	0x2
	.4byte	$Ldebug_info0
	.byte	0x4
	.byte	0
	.2byte	0
	.2byte	0
	.4byte	$Ltext0
	.4byte	$Letext0-$Ltext0
	.4byte	0
	.4byte	0
	.section	.debug_rnglists,"",@progbits
$Ldebug_ranges0:
	.4byte	$Ldebug_ranges3-$Ldebug_ranges2
$Ldebug_ranges2:
	.2byte	0x5
	.byte	0x4
	.byte	0
	.4byte	0
$LLRL6:
	.byte	0x4
	.uleb128 $LBB2-$Ltext0
	.uleb128 $LBE2-$Ltext0
	.byte	0x4
	.uleb128 $LBB3-$Ltext0
	.uleb128 $LBE3-$Ltext0
	.byte	0x4
	.uleb128 $LBB4-$Ltext0
	.uleb128 $LBE4-$Ltext0
	.byte	0
$LLRL9:
	.byte	0x4
	.uleb128 $LBB21-$Ltext0
	.uleb128 $LBE21-$Ltext0
	.byte	0x4
	.uleb128 $LBB61-$Ltext0
	.uleb128 $LBE61-$Ltext0
	.byte	0x4
	.uleb128 $LBB62-$Ltext0
	.uleb128 $LBE62-$Ltext0
	.byte	0x4
	.uleb128 $LBB63-$Ltext0
	.uleb128 $LBE63-$Ltext0
	.byte	0
$LLRL11:
	.byte	0x4
	.uleb128 $LBB23-$Ltext0
	.uleb128 $LBE23-$Ltext0
	.byte	0x4
	.uleb128 $LBB53-$Ltext0
	.uleb128 $LBE53-$Ltext0
	.byte	0x4
	.uleb128 $LBB54-$Ltext0
	.uleb128 $LBE54-$Ltext0
	.byte	0x4
	.uleb128 $LBB55-$Ltext0
	.uleb128 $LBE55-$Ltext0
	.byte	0x4
	.uleb128 $LBB56-$Ltext0
	.uleb128 $LBE56-$Ltext0
	.byte	0x4
	.uleb128 $LBB57-$Ltext0
	.uleb128 $LBE57-$Ltext0
	.byte	0
$LLRL13:
	.byte	0x4
	.uleb128 $LBB25-$Ltext0
	.uleb128 $LBE25-$Ltext0
	.byte	0x4
	.uleb128 $LBB47-$Ltext0
	.uleb128 $LBE47-$Ltext0
	.byte	0
$LLRL15:
	.byte	0x4
	.uleb128 $LBB27-$Ltext0
	.uleb128 $LBE27-$Ltext0
	.byte	0x4
	.uleb128 $LBB45-$Ltext0
	.uleb128 $LBE45-$Ltext0
	.byte	0
$LLRL17:
	.byte	0x4
	.uleb128 $LBB29-$Ltext0
	.uleb128 $LBE29-$Ltext0
	.byte	0x4
	.uleb128 $LBB43-$Ltext0
	.uleb128 $LBE43-$Ltext0
	.byte	0
$LLRL19:
	.byte	0x4
	.uleb128 $LBB31-$Ltext0
	.uleb128 $LBE31-$Ltext0
	.byte	0x4
	.uleb128 $LBB41-$Ltext0
	.uleb128 $LBE41-$Ltext0
	.byte	0
$LLRL21:
	.byte	0x4
	.uleb128 $LBB33-$Ltext0
	.uleb128 $LBE33-$Ltext0
	.byte	0x4
	.uleb128 $LBB39-$Ltext0
	.uleb128 $LBE39-$Ltext0
	.byte	0
$Ldebug_ranges3:
	.section	.debug_line,"",@progbits
$Ldebug_line0:
	.section	.debug_str,"MS",@progbits,1
$LASF1:
	.ascii	"long long int\000"
$LASF8:
	.ascii	"udivide\000"
$LASF11:
	.ascii	"GNU C17 12.2.0 -G 0 -mel -march=mips32 -mno-abicalls -ms"
	.ascii	"oft-float -mllsc -mno-lxc1-sxc1 -mno-madd4 -mips32 -mno-"
	.ascii	"shared -mabi=32 -g -O2 -fno-pic\000"
$LASF3:
	.ascii	"unsigned int\000"
$LASF14:
	.ascii	"note\000"
$LASF2:
	.ascii	"counter64\000"
$LASF10:
	.ascii	"mix64\000"
$LASF13:
	.ascii	"/work/main/isa/asm/testdata/gcc\000"
$LASF12:
	.ascii	"arith.c\000"
$LASF0:
	.ascii	"long long unsigned int\000"
$LASF9:
	.ascii	"divide\000"
$LASF4:
	.ascii	"rotate\000"
$LASF7:
	.ascii	"scale\000"
$LASF15:
	.ascii	"loop\000"
$LASF6:
	.ascii	"clamp\000"
$LASF5:
	.ascii	"popcount\000"
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
