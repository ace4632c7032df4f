	.file	1 "arith.c"
	.section .mdebug.abi32
	.previous
	.nan	legacy
	.module	softfloat
	.module	oddspreg
	.module	arch=mips32
	.text
	.globl	counter64
	.section	.bss,"aw",@nobits
	.align	3
	.type	counter64, @object
	.size	counter64, 8
counter64:
	.space	8
	.text
	.align	2
	.globl	mix64
	.set	nomips16
	.set	nomicromips
	.ent	mix64
	.type	mix64, @function
mix64:
	.frame	$fp,8,$31		# vars= 0, regs= 1/0, args= 0, gp= 0
	.mask	0x40000000,-4
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	addiu	$sp,$sp,-8
	sw	$fp,4($sp)
	move	$fp,$sp
	sw	$4,8($fp)
	sw	$5,12($fp)
	sw	$6,16($fp)
	lw	$4,8($fp)
	srl	$4,$4,25
	lw	$5,12($fp)
	sll	$9,$5,7
	or	$9,$4,$9
	lw	$4,8($fp)
	sll	$8,$4,7
	lw	$4,12($fp)
	sll	$4,$4,29
	lw	$5,8($fp)
	srl	$2,$5,3
	or	$2,$4,$2
	lw	$4,12($fp)
	srl	$3,$4,3
	xor	$10,$8,$2
	xor	$11,$9,$3
	lw	$2,16($fp)
	move	$12,$2
	move	$13,$0
	xor	$14,$10,$12
	xor	$15,$11,$13
	move	$2,$14
	move	$3,$15
	move	$sp,$fp
	lw	$fp,4($sp)
	addiu	$sp,$sp,8
	jr	$31
	nop

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
	.frame	$fp,8,$31		# vars= 0, regs= 1/0, args= 0, gp= 0
	.mask	0x40000000,-4
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	addiu	$sp,$sp,-8
	sw	$fp,4($sp)
	move	$fp,$sp
	sw	$4,8($fp)
	sw	$5,12($fp)
	lw	$3,8($fp)
	lw	$2,12($fp)
	div	$0,$3,$2
	teq	$2,$0,7
	mfhi	$2
	mflo	$2
	move	$sp,$fp
	lw	$fp,4($sp)
	addiu	$sp,$sp,8
	jr	$31
	nop

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
	.frame	$fp,8,$31		# vars= 0, regs= 1/0, args= 0, gp= 0
	.mask	0x40000000,-4
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	addiu	$sp,$sp,-8
	sw	$fp,4($sp)
	move	$fp,$sp
	sw	$4,8($fp)
	sw	$5,12($fp)
	lw	$3,8($fp)
	lw	$2,12($fp)
	divu	$0,$3,$2
	teq	$2,$0,7
	mfhi	$2
	move	$sp,$fp
	lw	$fp,4($sp)
	addiu	$sp,$sp,8
	jr	$31
	nop

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
	.frame	$fp,8,$31		# vars= 0, regs= 1/0, args= 0, gp= 0
	.mask	0x40000000,-4
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	addiu	$sp,$sp,-8
	sw	$fp,4($sp)
	move	$fp,$sp
	sw	$4,8($fp)
	lw	$3,8($fp)
	move	$2,$3
	sll	$2,$2,5
	subu	$2,$2,$3
	sll	$2,$2,2
	addu	$2,$2,$3
	sll	$2,$2,3
	move	$4,$2
	lw	$2,8($fp)
	li	$3,-1840709632			# 0xffffffff92490000
	ori	$3,$3,0x2493
	mult	$2,$3
	mfhi	$3
	addu	$3,$3,$2
	sra	$3,$3,2
	sra	$2,$2,31
	subu	$2,$3,$2
	addu	$5,$4,$2
	lw	$4,8($fp)
	li	$2,1321467904			# 0x4ec40000
	ori	$2,$2,0xec4f
	mult	$4,$2
	mfhi	$2
	sra	$3,$2,2
	sra	$2,$4,31
	subu	$3,$3,$2
	move	$2,$3
	sll	$2,$2,1
	addu	$2,$2,$3
	sll	$2,$2,2
	addu	$2,$2,$3
	subu	$3,$4,$2
	subu	$2,$5,$3
	move	$sp,$fp
	lw	$fp,4($sp)
	addiu	$sp,$sp,8
	jr	$31
	nop

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
	.frame	$fp,8,$31		# vars= 0, regs= 1/0, args= 0, gp= 0
	.mask	0x40000000,-4
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	addiu	$sp,$sp,-8
	sw	$fp,4($sp)
	move	$fp,$sp
	sw	$4,8($fp)
	sw	$5,12($fp)
	sw	$6,16($fp)
	lw	$3,8($fp)
	lw	$2,12($fp)
	slt	$2,$3,$2
	bne	$2,$0,$L10
	nop

	lw	$2,16($fp)
	lw	$4,8($fp)
	lw	$3,8($fp)
	slt	$4,$2,$4
	movz	$2,$3,$4
	b	$L12
	nop

$L10:
	lw	$2,12($fp)
$L12:
	move	$sp,$fp
	lw	$fp,4($sp)
	addiu	$sp,$sp,8
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
	.frame	$fp,16,$31		# vars= 8, regs= 1/0, args= 0, gp= 0
	.mask	0x40000000,-4
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	addiu	$sp,$sp,-16
	sw	$fp,12($sp)
	move	$fp,$sp
	sw	$4,16($fp)
	sw	$0,0($fp)
	b	$L14
	nop

$L15:
	lw	$2,16($fp)
	andi	$2,$2,0x1
	lw	$3,0($fp)
	addu	$2,$3,$2
	sw	$2,0($fp)
	lw	$2,16($fp)
	srl	$2,$2,1
	sw	$2,16($fp)
$L14:
	lw	$2,16($fp)
	bne	$2,$0,$L15
	nop

	lw	$2,0($fp)
	move	$sp,$fp
	lw	$fp,12($sp)
	addiu	$sp,$sp,16
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
	.frame	$fp,8,$31		# vars= 0, regs= 1/0, args= 0, gp= 0
	.mask	0x40000000,-4
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	addiu	$sp,$sp,-8
	sw	$fp,4($sp)
	move	$fp,$sp
	sw	$4,8($fp)
	sw	$5,12($fp)
	lw	$3,8($fp)
	lw	$2,12($fp)
	sll	$4,$3,$2
	lw	$2,12($fp)
	subu	$2,$0,$2
	andi	$2,$2,0x1f
	srl	$2,$3,$2
	or	$2,$2,$4
	move	$sp,$fp
	lw	$fp,4($sp)
	addiu	$sp,$sp,8
	jr	$31
	nop

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
	.frame	$fp,40,$31		# vars= 8, regs= 4/0, args= 16, gp= 0
	.mask	0xc0030000,-4
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	addiu	$sp,$sp,-40
	sw	$31,36($sp)
	sw	$fp,32($sp)
	sw	$17,28($sp)
	sw	$16,24($sp)
	move	$fp,$sp
	sw	$4,40($fp)
	sw	$0,16($fp)
	b	$L20
	nop

$L23:
	lw	$4,16($fp)
	li	$2,1431633920			# 0x55550000
	ori	$2,$2,0x5556
	mult	$4,$2
	mfhi	$3
	sra	$2,$4,31
	subu	$3,$3,$2
	move	$2,$3
	sll	$2,$2,1
	addu	$2,$2,$3
	subu	$3,$4,$2
	beq	$3,$0,$L24
	nop

	lw	$4,16($fp)
	jal	note
	nop

	lw	$2,16($fp)
	move	$16,$2
	sra	$2,$2,31
	move	$17,$2
	lui	$2,%hi(counter64)
	lw	$4,%lo(counter64)($2)
	lw	$5,%lo(counter64+4)($2)
	addu	$2,$16,$4
	sltu	$6,$2,$16
	addu	$3,$17,$5
	addu	$4,$6,$3
	move	$3,$4
	lui	$4,%hi(counter64)
	sw	$2,%lo(counter64)($4)
	sw	$3,%lo(counter64+4)($4)
	b	$L22
	nop

$L24:
	nop
$L22:
	lw	$2,16($fp)
	addiu	$2,$2,1
	sw	$2,16($fp)
$L20:
	lw	$3,16($fp)
	lw	$2,40($fp)
	slt	$2,$3,$2
	bne	$2,$0,$L23
	nop

	nop
	nop
	move	$sp,$fp
	lw	$31,36($sp)
	lw	$fp,32($sp)
	lw	$17,28($sp)
	lw	$16,24($sp)
	addiu	$sp,$sp,40
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
	.frame	$fp,32,$31		# vars= 0, regs= 3/0, args= 16, gp= 0
	.mask	0xc0010000,-4
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	addiu	$sp,$sp,-32
	sw	$31,28($sp)
	sw	$fp,24($sp)
	sw	$16,20($sp)
	move	$fp,$sp
	sw	$4,32($fp)
	lw	$2,32($fp)
	slt	$2,$2,2
	bne	$2,$0,$L26
	nop

	lw	$2,32($fp)
	addiu	$2,$2,-1
	move	$4,$2
	jal	fib
	nop

	move	$16,$2
	lw	$2,32($fp)
	addiu	$2,$2,-2
	move	$4,$2
	jal	fib
	nop

	addu	$2,$16,$2
	b	$L28
	nop

$L26:
	lw	$2,32($fp)
$L28:
	move	$sp,$fp
	lw	$31,28($sp)
	lw	$fp,24($sp)
	lw	$16,20($sp)
	addiu	$sp,$sp,32
	jr	$31
	nop

	.set	macro
	.set	reorder
	.end	fib
	.size	fib, .-fib
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
