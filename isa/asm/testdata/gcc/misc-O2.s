	.file	1 "misc.c"
	.section .mdebug.abi32
	.previous
	.nan	legacy
	.module	softfloat
	.module	oddspreg
	.module	arch=mips32
	.text
	.align	2
	.globl	sum
	.set	nomips16
	.set	nomicromips
	.ent	sum
	.type	sum, @function
sum:
	.frame	$sp,0,$31		# vars= 0, regs= 0/0, args= 0, gp= 0
	.mask	0x00000000,0
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	beq	$4,$0,$L8
	move	$2,$0

$L3:
	lw	$3,4($4)
	lw	$4,0($4)
	bne	$4,$0,$L3
	addu	$2,$2,$3

$L8:
	jr	$31
	nop

	.set	macro
	.set	reorder
	.end	sum
	.size	sum, .-sum
	.align	2
	.globl	mul64
	.set	nomips16
	.set	nomicromips
	.ent	mul64
	.type	mul64, @function
mul64:
	.frame	$sp,0,$31		# vars= 0, regs= 0/0, args= 0, gp= 0
	.mask	0x00000000,0
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	mult	$7,$4
	madd	$5,$6
	mflo	$5
	multu	$4,$6
	mfhi	$3
	mflo	$2
	jr	$31
	addu	$3,$5,$3

	.set	macro
	.set	reorder
	.end	mul64
	.size	mul64, .-mul64
	.align	2
	.globl	divmod
	.set	nomips16
	.set	nomicromips
	.ent	divmod
	.type	divmod, @function
divmod:
	.frame	$sp,0,$31		# vars= 0, regs= 0/0, args= 0, gp= 0
	.mask	0x00000000,0
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	div	$0,$4,$5
	teq	$5,$0,7
	mfhi	$4
	mflo	$2
	jr	$31
	addu	$2,$2,$4

	.set	macro
	.set	reorder
	.end	divmod
	.size	divmod, .-divmod
	.align	2
	.globl	udiv
	.set	nomips16
	.set	nomicromips
	.ent	udiv
	.type	udiv, @function
udiv:
	.frame	$sp,0,$31		# vars= 0, regs= 0/0, args= 0, gp= 0
	.mask	0x00000000,0
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	divu	$0,$4,$5
	teq	$5,$0,7
	jr	$31
	mflo	$2

	.set	macro
	.set	reorder
	.end	udiv
	.size	udiv, .-udiv
	.align	2
	.globl	sw
	.set	nomips16
	.set	nomicromips
	.ent	sw
	.type	sw, @function
sw:
	.frame	$sp,0,$31		# vars= 0, regs= 0/0, args= 0, gp= 0
	.mask	0x00000000,0
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	sltu	$2,$4,5
	beq	$2,$0,$L13
	sll	$4,$4,2

	lui	$2,%hi($L15)
	addiu	$2,$2,%lo($L15)
	addu	$2,$2,$4
	lw	$2,0($2)
	jr	$2
	nop

	.rdata
	.align	2
	.align	2
$L15:
	.word	$L19
	.word	$L18
	.word	$L20
	.word	$L16
	.word	$L14
	.text
$L20:
	jr	$31
	li	$2,9			# 0x9

$L19:
	jr	$31
	li	$2,3			# 0x3

$L18:
	j	ext
	li	$4,4			# 0x4

$L16:
	lui	$3,%hi(counter)
	lw	$2,%lo(counter)($3)
	addiu	$4,$2,1
	jr	$31
	sw	$4,%lo(counter)($3)

$L14:
	jr	$31
	li	$2,11			# 0xb

$L13:
	jr	$31
	li	$2,-1			# 0xffffffffffffffff

	.set	macro
	.set	reorder
	.end	sw
	.size	sw, .-sw
	.align	2
	.globl	callit
	.set	nomips16
	.set	nomicromips
	.ent	callit
	.type	callit, @function
callit:
	.frame	$sp,32,$31		# vars= 0, regs= 3/0, args= 16, gp= 0
	.mask	0x80030000,-4
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	addiu	$sp,$sp,-32
	move	$2,$4
	move	$4,$5
	sw	$31,28($sp)
	sw	$17,24($sp)
	sw	$16,20($sp)
	jalr	$2
	move	$16,$5

	move	$4,$16
	move	$17,$2
	jal	ext
	andi	$16,$16,0xf

	lui	$3,%hi(table)
	addiu	$3,$3,%lo(table)
	sll	$16,$16,2
	addu	$16,$16,$3
	lw	$3,0($16)
	lw	$31,28($sp)
	addu	$2,$17,$2
	lw	$16,20($sp)
	lw	$17,24($sp)
	addu	$2,$2,$3
	jr	$31
	addiu	$sp,$sp,32

	.set	macro
	.set	reorder
	.end	callit
	.size	callit, .-callit
	.globl	buf
	.section	.bss,"aw",@nobits
	.align	2
	.type	buf, @object
	.size	buf, 100
buf:
	.space	100
	.globl	msg
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align	2
$LC0:
	.ascii	"hello\011world\012\000"
	.data
	.align	2
	.type	msg, @object
	.size	msg, 4
msg:
	.word	$LC0
	.globl	table
	.align	2
	.type	table, @object
	.size	table, 64
table:
	.word	1
	.word	2
	.word	3
	.word	4
	.word	5
	.space	44
	.local	counter
	.comm	counter,4,4
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
