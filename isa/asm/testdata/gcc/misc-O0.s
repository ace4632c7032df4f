	.file	1 "misc.c"
	.section .mdebug.abi32
	.previous
	.nan	legacy
	.module	softfloat
	.module	oddspreg
	.module	arch=mips32
	.text
	.local	counter
	.comm	counter,4,4
	.globl	table
	.data
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
	.globl	msg
	.rdata
	.align	2
$LC0:
	.ascii	"hello\011world\012\000"
	.data
	.align	2
	.type	msg, @object
	.size	msg, 4
msg:
	.word	$LC0
	.text
	.align	2
	.globl	sum
	.set	nomips16
	.set	nomicromips
	.ent	sum
	.type	sum, @function
sum:
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
	b	$L2
	nop

$L3:
	lw	$2,16($fp)
	lw	$2,4($2)
	lw	$3,0($fp)
	addu	$2,$3,$2
	sw	$2,0($fp)
	lw	$2,16($fp)
	lw	$2,0($2)
	sw	$2,16($fp)
$L2:
	lw	$2,16($fp)
	bne	$2,$0,$L3
	nop

	lw	$2,0($fp)
	move	$sp,$fp
	lw	$fp,12($sp)
	addiu	$sp,$sp,16
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
	sw	$7,20($fp)
	lw	$3,12($fp)
	lw	$2,16($fp)
	mul	$3,$3,$2
	lw	$4,20($fp)
	lw	$2,8($fp)
	mul	$2,$4,$2
	addu	$4,$3,$2
	lw	$3,8($fp)
	lw	$2,16($fp)
	multu	$3,$2
	mflo	$2
	mfhi	$3
	addu	$4,$4,$3
	move	$3,$4
	move	$sp,$fp
	lw	$fp,4($sp)
	addiu	$sp,$sp,8
	jr	$31
	nop

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
	mflo	$4
	lw	$3,8($fp)
	lw	$2,12($fp)
	div	$0,$3,$2
	teq	$2,$0,7
	mfhi	$2
	addu	$2,$4,$2
	move	$sp,$fp
	lw	$fp,4($sp)
	addiu	$sp,$sp,8
	jr	$31
	nop

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
	mflo	$2
	move	$sp,$fp
	lw	$fp,4($sp)
	addiu	$sp,$sp,8
	jr	$31
	nop

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
	.frame	$fp,24,$31		# vars= 0, regs= 2/0, args= 16, gp= 0
	.mask	0xc0000000,-4
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	addiu	$sp,$sp,-24
	sw	$31,20($sp)
	sw	$fp,16($sp)
	move	$fp,$sp
	sw	$4,24($fp)
	lw	$2,24($fp)
	sltu	$2,$2,5
	beq	$2,$0,$L12
	nop

	lw	$2,24($fp)
	sll	$3,$2,2
	lui	$2,%hi($L14)
	addiu	$2,$2,%lo($L14)
	addu	$2,$3,$2
	lw	$2,0($2)
	jr	$2
	nop

	.rdata
	.align	2
	.align	2
$L14:
	.word	$L18
	.word	$L17
	.word	$L16
	.word	$L15
	.word	$L13
	.text
$L18:
	li	$2,3			# 0x3
	b	$L19
	nop

$L17:
	li	$4,4			# 0x4
	jal	ext
	nop

	b	$L19
	nop

$L16:
	li	$2,9			# 0x9
	b	$L19
	nop

$L15:
	lui	$2,%hi(counter)
	lw	$2,%lo(counter)($2)
	addiu	$4,$2,1
	lui	$3,%hi(counter)
	sw	$4,%lo(counter)($3)
	b	$L19
	nop

$L13:
	li	$2,11			# 0xb
	b	$L19
	nop

$L12:
	li	$2,-1			# 0xffffffffffffffff
$L19:
	move	$sp,$fp
	lw	$31,20($sp)
	lw	$fp,16($sp)
	addiu	$sp,$sp,24
	jr	$31
	nop

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
	sw	$5,36($fp)
	lw	$2,32($fp)
	lw	$4,36($fp)
	jalr	$2
	nop

	move	$16,$2
	lw	$4,36($fp)
	jal	ext
	nop

	addu	$3,$16,$2
	lw	$2,36($fp)
	andi	$4,$2,0xf
	lui	$2,%hi(table)
	sll	$4,$4,2
	addiu	$2,$2,%lo(table)
	addu	$2,$4,$2
	lw	$2,0($2)
	addu	$2,$3,$2
	move	$sp,$fp
	lw	$31,28($sp)
	lw	$fp,24($sp)
	lw	$16,20($sp)
	addiu	$sp,$sp,32
	jr	$31
	nop

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
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
