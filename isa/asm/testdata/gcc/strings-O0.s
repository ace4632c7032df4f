	.file	1 "strings.c"
	.section .mdebug.abi32
	.previous
	.nan	legacy
	.module	softfloat
	.module	oddspreg
	.module	arch=mips32
	.text
	.align	2
	.globl	strlen
	.set	nomips16
	.set	nomicromips
	.ent	strlen
	.type	strlen, @function
strlen:
	.frame	$fp,16,$31		# vars= 8, regs= 1/0, args= 0, gp= 0
	.mask	0x40000000,-4
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	addiu	$sp,$sp,-16
	sw	$fp,12($sp)
	move	$fp,$sp
	sw	$4,16($fp)
	lw	$2,16($fp)
	sw	$2,0($fp)
	b	$L2
	nop

$L3:
	lw	$2,0($fp)
	addiu	$2,$2,1
	sw	$2,0($fp)
$L2:
	lw	$2,0($fp)
	lb	$2,0($2)
	bne	$2,$0,$L3
	nop

	lw	$3,0($fp)
	lw	$2,16($fp)
	subu	$2,$3,$2
	move	$sp,$fp
	lw	$fp,12($sp)
	addiu	$sp,$sp,16
	jr	$31
	nop

	.set	macro
	.set	reorder
	.end	strlen
	.size	strlen, .-strlen
	.align	2
	.globl	strcmp
	.set	nomips16
	.set	nomicromips
	.ent	strcmp
	.type	strcmp, @function
strcmp:
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
	b	$L6
	nop

$L8:
	lw	$2,8($fp)
	addiu	$2,$2,1
	sw	$2,8($fp)
	lw	$2,12($fp)
	addiu	$2,$2,1
	sw	$2,12($fp)
$L6:
	lw	$2,8($fp)
	lb	$2,0($2)
	beq	$2,$0,$L7
	nop

	lw	$2,8($fp)
	lb	$3,0($2)
	lw	$2,12($fp)
	lb	$2,0($2)
	beq	$3,$2,$L8
	nop

$L7:
	lw	$2,8($fp)
	lb	$2,0($2)
	andi	$2,$2,0x00ff
	move	$3,$2
	lw	$2,12($fp)
	lb	$2,0($2)
	andi	$2,$2,0x00ff
	subu	$2,$3,$2
	move	$sp,$fp
	lw	$fp,4($sp)
	addiu	$sp,$sp,8
	jr	$31
	nop

	.set	macro
	.set	reorder
	.end	strcmp
	.size	strcmp, .-strcmp
	.align	2
	.globl	memcpy
	.set	nomips16
	.set	nomicromips
	.ent	memcpy
	.type	memcpy, @function
memcpy:
	.frame	$fp,16,$31		# vars= 8, regs= 1/0, args= 0, gp= 0
	.mask	0x40000000,-4
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	addiu	$sp,$sp,-16
	sw	$fp,12($sp)
	move	$fp,$sp
	sw	$4,16($fp)
	sw	$5,20($fp)
	sw	$6,24($fp)
	lw	$2,16($fp)
	sw	$2,0($fp)
	lw	$2,20($fp)
	sw	$2,4($fp)
	b	$L11
	nop

$L12:
	lw	$3,4($fp)
	addiu	$2,$3,1
	sw	$2,4($fp)
	lw	$2,0($fp)
	addiu	$4,$2,1
	sw	$4,0($fp)
	lb	$3,0($3)
	sb	$3,0($2)
$L11:
	lw	$2,24($fp)
	addiu	$3,$2,-1
	sw	$3,24($fp)
	bne	$2,$0,$L12
	nop

	lw	$2,16($fp)
	move	$sp,$fp
	lw	$fp,12($sp)
	addiu	$sp,$sp,16
	jr	$31
	nop

	.set	macro
	.set	reorder
	.end	memcpy
	.size	memcpy, .-memcpy
	.align	2
	.globl	memset
	.set	nomips16
	.set	nomicromips
	.ent	memset
	.type	memset, @function
memset:
	.frame	$fp,16,$31		# vars= 8, regs= 1/0, args= 0, gp= 0
	.mask	0x40000000,-4
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	addiu	$sp,$sp,-16
	sw	$fp,12($sp)
	move	$fp,$sp
	sw	$4,16($fp)
	sw	$5,20($fp)
	sw	$6,24($fp)
	lw	$2,16($fp)
	sw	$2,0($fp)
	b	$L15
	nop

$L16:
	lw	$2,0($fp)
	addiu	$3,$2,1
	sw	$3,0($fp)
	lw	$3,20($fp)
	andi	$3,$3,0x00ff
	sb	$3,0($2)
$L15:
	lw	$2,24($fp)
	addiu	$3,$2,-1
	sw	$3,24($fp)
	bne	$2,$0,$L16
	nop

	lw	$2,16($fp)
	move	$sp,$fp
	lw	$fp,12($sp)
	addiu	$sp,$sp,16
	jr	$31
	nop

	.set	macro
	.set	reorder
	.end	memset
	.size	memset, .-memset
	.rdata
	.align	2
	.type	digits, @object
	.size	digits, 17
digits:
	.ascii	"0123456789abcdef\000"
	.text
	.align	2
	.globl	utoa
	.set	nomips16
	.set	nomicromips
	.ent	utoa
	.type	utoa, @function
utoa:
	.frame	$fp,56,$31		# vars= 48, regs= 1/0, args= 0, gp= 0
	.mask	0x40000000,-4
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	addiu	$sp,$sp,-56
	sw	$fp,52($sp)
	move	$fp,$sp
	sw	$4,56($fp)
	sw	$5,60($fp)
	sw	$6,64($fp)
	sw	$0,0($fp)
$L19:
	lw	$2,64($fp)
	lw	$3,56($fp)
	divu	$0,$3,$2
	teq	$2,$0,7
	mfhi	$2
	move	$4,$2
	lw	$3,0($fp)
	addiu	$2,$3,1
	sw	$2,0($fp)
	lui	$2,%hi(digits)
	addiu	$2,$2,%lo(digits)
	addu	$2,$4,$2
	lb	$2,0($2)
	addu	$3,$fp,$3
	sb	$2,8($3)
	lw	$2,64($fp)
	lw	$3,56($fp)
	divu	$0,$3,$2
	teq	$2,$0,7
	mfhi	$2
	mflo	$2
	sw	$2,56($fp)
	lw	$2,56($fp)
	bne	$2,$0,$L19
	nop

	lw	$2,60($fp)
	sw	$2,4($fp)
	b	$L20
	nop

$L21:
	lw	$2,0($fp)
	addiu	$2,$2,-1
	sw	$2,0($fp)
	lw	$2,4($fp)
	addiu	$3,$2,1
	sw	$3,4($fp)
	lw	$3,0($fp)
	addu	$3,$fp,$3
	lb	$3,8($3)
	sb	$3,0($2)
$L20:
	lw	$2,0($fp)
	bne	$2,$0,$L21
	nop

	lw	$2,4($fp)
	sb	$0,0($2)
	lw	$2,60($fp)
	move	$sp,$fp
	lw	$fp,52($sp)
	addiu	$sp,$sp,56
	jr	$31
	nop

	.set	macro
	.set	reorder
	.end	utoa
	.size	utoa, .-utoa
	.globl	origin
	.data
	.align	2
	.type	origin, @object
	.size	origin, 6
origin:
	.half	1
	.half	-2
	.byte	111
	.space	1
	.globl	names
	.rdata
	.align	2
$LC0:
	.ascii	"zero\000"
	.align	2
$LC1:
	.ascii	"one\000"
	.align	2
$LC2:
	.ascii	"two\000"
	.data
	.align	2
	.type	names, @object
	.size	names, 16
names:
	.word	$LC0
	.word	$LC1
	.word	$LC2
	.word	0
	.text
	.align	2
	.globl	sum_points
	.set	nomips16
	.set	nomicromips
	.ent	sum_points
	.type	sum_points, @function
sum_points:
	.frame	$fp,16,$31		# vars= 8, regs= 1/0, args= 0, gp= 0
	.mask	0x40000000,-4
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	addiu	$sp,$sp,-16
	sw	$fp,12($sp)
	move	$fp,$sp
	sw	$4,16($fp)
	sw	$5,20($fp)
	sw	$0,0($fp)
	sw	$0,4($fp)
	b	$L24
	nop

$L25:
	lw	$3,4($fp)
	move	$2,$3
	sll	$2,$2,1
	addu	$2,$2,$3
	sll	$2,$2,1
	move	$3,$2
	lw	$2,16($fp)
	addu	$2,$2,$3
	lh	$2,0($2)
	move	$4,$2
	lw	$3,4($fp)
	move	$2,$3
	sll	$2,$2,1
	addu	$2,$2,$3
	sll	$2,$2,1
	move	$3,$2
	lw	$2,16($fp)
	addu	$2,$2,$3
	lh	$2,2($2)
	mul	$4,$4,$2
	lw	$3,4($fp)
	move	$2,$3
	sll	$2,$2,1
	addu	$2,$2,$3
	sll	$2,$2,1
	move	$3,$2
	lw	$2,16($fp)
	addu	$2,$2,$3
	lbu	$2,4($2)
	addu	$2,$4,$2
	lw	$3,0($fp)
	addu	$2,$3,$2
	sw	$2,0($fp)
	lw	$2,4($fp)
	addiu	$2,$2,1
	sw	$2,4($fp)
$L24:
	lw	$3,4($fp)
	lw	$2,20($fp)
	slt	$2,$3,$2
	bne	$2,$0,$L25
	nop

	lw	$2,0($fp)
	move	$sp,$fp
	lw	$fp,12($sp)
	addiu	$sp,$sp,16
	jr	$31
	nop

	.set	macro
	.set	reorder
	.end	sum_points
	.size	sum_points, .-sum_points
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
