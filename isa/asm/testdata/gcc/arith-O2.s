	.file	1 "arith.c"
	.section .mdebug.abi32
	.previous
	.nan	legacy
	.module	softfloat
	.module	oddspreg
	.module	arch=mips32
	.text
	.align	2
	.globl	mix64
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
	sll	$2,$5,29
	srl	$7,$4,3
	srl	$8,$4,25
	or	$7,$2,$7
	sll	$3,$5,7
	sll	$4,$4,7
	or	$3,$8,$3
	srl	$5,$5,3
	xor	$4,$4,$7
	xor	$3,$3,$5
	jr	$31
	xor	$2,$4,$6

	.set	macro
	.set	reorder
	.end	mix64
	.size	mix64, .-mix64
	.align	2
	.globl	divide
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
	div	$0,$4,$5
	teq	$5,$0,7
	jr	$31
	mflo	$2

	.set	macro
	.set	reorder
	.end	divide
	.size	divide, .-divide
	.align	2
	.globl	udivide
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
	divu	$0,$4,$5
	teq	$5,$0,7
	jr	$31
	mfhi	$2

	.set	macro
	.set	reorder
	.end	udivide
	.size	udivide, .-udivide
	.align	2
	.globl	scale
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
	li	$5,1321467904			# 0x4ec40000
	ori	$5,$5,0xec4f
	mult	$4,$5
	li	$3,-1840709632			# 0xffffffff92490000
	mfhi	$5
	addiu	$3,$3,9363
	mult	$4,$3
	sra	$7,$4,31
	sra	$5,$5,2
	subu	$5,$5,$7
	mfhi	$3
	sll	$2,$4,5
	subu	$2,$2,$4
	sll	$6,$5,1
	addu	$3,$3,$4
	addu	$6,$6,$5
	sll	$2,$2,2
	addu	$2,$2,$4
	sll	$6,$6,2
	sra	$3,$3,2
	subu	$3,$3,$7
	addu	$5,$6,$5
	sll	$2,$2,3
	addu	$2,$2,$3
	subu	$4,$4,$5
	jr	$31
	subu	$2,$2,$4

	.set	macro
	.set	reorder
	.end	scale
	.size	scale, .-scale
	.align	2
	.globl	clamp
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
	slt	$3,$4,$5
	bne	$3,$0,$L8
	move	$2,$5

	slt	$3,$6,$4
	move	$2,$6
	movz	$2,$4,$3
$L8:
	jr	$31
	nop

	.set	macro
	.set	reorder
	.end	clamp
	.size	clamp, .-clamp
	.align	2
	.globl	popcount
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
	beq	$4,$0,$L15
	move	$2,$0

$L11:
	andi	$3,$4,0x1
	srl	$4,$4,1
	bne	$4,$0,$L11
	addu	$2,$2,$3

$L15:
	jr	$31
	nop

	.set	macro
	.set	reorder
	.end	popcount
	.size	popcount, .-popcount
	.align	2
	.globl	rotate
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
	subu	$2,$0,$5
	srl	$2,$4,$2
	sll	$5,$4,$5
	jr	$31
	or	$2,$2,$5

	.set	macro
	.set	reorder
	.end	rotate
	.size	rotate, .-rotate
	.align	2
	.globl	loop
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
	blez	$4,$L26
	nop

	addiu	$sp,$sp,-48
	sw	$22,40($sp)
	sw	$21,36($sp)
	li	$22,-1431699456			# 0xffffffffaaaa0000
	li	$21,1431633920			# 0x55550000
	sw	$20,32($sp)
	sw	$19,28($sp)
	sw	$18,24($sp)
	sw	$17,20($sp)
	sw	$16,16($sp)
	sw	$31,44($sp)
	move	$20,$4
	sra	$18,$4,31
	move	$16,$0
	move	$17,$0
	ori	$22,$22,0xaaab
	addiu	$21,$21,21846
	lui	$19,%hi(counter64)
$L21:
	mul	$2,$16,$22
	sltu	$2,$2,$21
	bne	$2,$0,$L19
	move	$4,$16

	jal	note
	nop

	lw	$2,%lo(counter64)($19)
	lw	$3,%lo(counter64+4)($19)
	addu	$4,$2,$16
	addu	$3,$3,$17
	sltu	$2,$4,$2
	addu	$2,$2,$3
	sw	$4,%lo(counter64)($19)
	sw	$2,%lo(counter64+4)($19)
$L19:
	addiu	$2,$16,1
	sltu	$3,$2,$16
	addu	$17,$3,$17
	bne	$2,$20,$L21
	move	$16,$2

	bne	$17,$18,$L21
	lw	$31,44($sp)

	lw	$22,40($sp)
	lw	$21,36($sp)
	lw	$20,32($sp)
	lw	$19,28($sp)
	lw	$18,24($sp)
	lw	$17,20($sp)
	lw	$16,16($sp)
	jr	$31
	addiu	$sp,$sp,48

$L26:
	jr	$31
	nop

	.set	macro
	.set	reorder
	.end	loop
	.size	loop, .-loop
	.align	2
	.globl	fib
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
	addiu	$sp,$sp,-144
	slt	$3,$4,2
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
	bne	$3,$0,$L28
	move	$23,$4

	addiu	$3,$4,-1
	li	$4,-2			# 0xfffffffffffffffe
	and	$4,$3,$4
	subu	$20,$23,$4
	move	$fp,$0
	move	$22,$20
	move	$17,$23
	li	$8,-2			# 0xfffffffffffffffe
	beq	$17,$22,$L29
	move	$21,$fp

$L70:
	addiu	$17,$17,-2
	and	$2,$17,$8
	subu	$18,$3,$2
	move	$19,$21
	move	$20,$0
	move	$4,$3
	move	$21,$18
$L52:
	beq	$4,$21,$L30
	addiu	$16,$4,-1

$L69:
	addiu	$23,$4,-2
	and	$2,$23,$8
	subu	$2,$16,$2
	move	$4,$16
	move	$18,$0
	move	$5,$19
	move	$16,$20
	move	$fp,$22
$L50:
	beq	$4,$2,$L31
	addiu	$3,$4,-1

	addiu	$4,$4,-2
	and	$6,$4,$8
	move	$7,$5
	subu	$6,$3,$6
	move	$5,$2
	move	$22,$0
	move	$2,$23
$L48:
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
$L46:
	beq	$6,$16,$L33
	addiu	$9,$16,-1

	addiu	$16,$16,-2
	and	$21,$16,$8
	subu	$21,$9,$21
	move	$17,$21
	move	$18,$0
	move	$21,$6
	move	$4,$3
$L44:
	addiu	$5,$9,-1
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
$L42:
	lw	$3,16($sp)
	lw	$4,36($sp)
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
$L40:
	lw	$4,20($sp)
	beq	$2,$4,$L36
	move	$4,$6

	addiu	$24,$2,-2
	and	$11,$5,$8
	addiu	$2,$2,-4
	subu	$3,$2,$11
	move	$4,$24
	move	$11,$0
$L37:
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
	jal	fib
	sw	$4,44($sp)

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
	bne	$3,$4,$L37
	li	$8,-2			# 0xfffffffffffffffe

	andi	$3,$5,0x1
	addu	$3,$3,$11
	slt	$11,$24,2
	move	$2,$24
	addu	$6,$6,$3
	beq	$11,$0,$L40
	addiu	$5,$5,-2

	move	$4,$6
	lw	$24,24($sp)
	lw	$11,28($sp)
	lw	$6,32($sp)
$L39:
	lw	$3,16($sp)
	addu	$4,$2,$4
	addiu	$3,$3,-2
	slt	$2,$3,2
	sw	$3,16($sp)
	addu	$6,$6,$4
	addiu	$9,$9,-2
	beq	$2,$0,$L42
	addiu	$25,$25,-2

	move	$4,$19
$L41:
	lw	$2,16($sp)
	move	$9,$10
	addu	$6,$2,$6
	slt	$2,$10,2
	beq	$2,$0,$L44
	addu	$18,$18,$6

	move	$6,$21
	move	$3,$4
$L43:
	addu	$18,$9,$18
	slt	$2,$16,2
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
	addu	$10,$10,$19
	slt	$9,$20,2
	move	$3,$20
	beq	$9,$0,$L48
	addu	$22,$22,$10

	move	$23,$2
	move	$2,$5
	move	$5,$7
$L47:
	addu	$22,$22,$3
	slt	$3,$4,2
	beq	$3,$0,$L50
	addu	$18,$18,$22

	move	$20,$16
	move	$16,$4
	addu	$18,$18,$16
	slt	$2,$23,2
	move	$19,$5
	move	$22,$fp
	move	$4,$23
	beq	$2,$0,$L52
	addu	$20,$20,$18

$L68:
	move	$21,$19
	move	$19,$23
	addu	$19,$19,$20
	slt	$2,$17,2
	beq	$2,$0,$L67
	addu	$21,$21,$19

$L64:
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

$L34:
	lw	$17,16($sp)
	move	$6,$21
	move	$3,$4
	addiu	$9,$9,-2
	b	$L43
	addu	$18,$18,$17

$L71:
	move	$4,$19
	addiu	$3,$3,-2
	sw	$3,16($sp)
	b	$L41
	addu	$6,$6,$2

$L36:
	addiu	$3,$2,-1
	lw	$24,24($sp)
	lw	$11,28($sp)
	lw	$6,32($sp)
	addiu	$2,$2,-2
	b	$L39
	addu	$4,$4,$3

$L33:
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
	addiu	$10,$10,-2
	b	$L45
	addu	$19,$23,$9

$L32:
	move	$23,$2
	addiu	$3,$3,-2
	move	$2,$5
	addu	$22,$22,$10
	b	$L47
	move	$5,$7

$L31:
	move	$20,$16
	addu	$18,$18,$3
	addiu	$16,$4,-2
	addu	$18,$18,$16
	slt	$2,$23,2
	move	$19,$5
	move	$22,$fp
	move	$4,$23
	bne	$2,$0,$L68
	addu	$20,$20,$18

	bne	$4,$21,$L69
	addiu	$16,$4,-1

$L30:
	move	$21,$19
	addu	$20,$20,$16
	addiu	$19,$4,-2
	addu	$19,$19,$20
	slt	$2,$17,2
	bne	$2,$0,$L64
	addu	$21,$21,$19

$L67:
	bne	$17,$22,$L70
	addiu	$3,$17,-1

$L29:
	addiu	$23,$17,-2
	addu	$3,$3,$21
	addu	$23,$23,$3
$L28:
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

	.set	macro
	.set	reorder
	.end	fib
	.size	fib, .-fib
	.globl	counter64
	.section	.bss,"aw",@nobits
	.align	3
	.type	counter64, @object
	.size	counter64, 8
counter64:
	.space	8
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
