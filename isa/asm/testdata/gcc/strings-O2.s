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
	.frame	$sp,0,$31		# vars= 0, regs= 0/0, args= 0, gp= 0
	.mask	0x00000000,0
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	lb	$2,0($4)
	beq	$2,$0,$L4
	nop

	move	$2,$4
$L3:
	lb	$3,1($2)
	bne	$3,$0,$L3
	addiu	$2,$2,1

	jr	$31
	subu	$2,$2,$4

$L4:
	jr	$31
	move	$2,$0

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
	.frame	$sp,0,$31		# vars= 0, regs= 0/0, args= 0, gp= 0
	.mask	0x00000000,0
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	lb	$3,0($4)
	bne	$3,$0,$L8
	nop

	b	$L13
	lb	$2,0($5)

$L10:
	lb	$3,0($4)
	beq	$3,$0,$L14
	nop

	move	$5,$6
$L8:
	lb	$2,0($5)
	addiu	$4,$4,1
	beq	$2,$3,$L10
	addiu	$6,$5,1

	andi	$3,$3,0x00ff
	andi	$2,$2,0x00ff
$L15:
	jr	$31
	subu	$2,$3,$2

$L14:
	lb	$2,1($5)
	andi	$2,$2,0x00ff
	jr	$31
	subu	$2,$3,$2

$L13:
	b	$L15
	andi	$2,$2,0x00ff

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
	.frame	$sp,0,$31		# vars= 0, regs= 0/0, args= 0, gp= 0
	.mask	0x00000000,0
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	beq	$6,$0,$L23
	move	$2,$4

	addu	$6,$4,$6
	move	$3,$4
$L18:
	lb	$7,0($5)
	addiu	$3,$3,1
	addiu	$5,$5,1
	bne	$3,$6,$L18
	sb	$7,-1($3)

$L23:
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
	.frame	$sp,24,$31		# vars= 0, regs= 2/0, args= 16, gp= 0
	.mask	0x80010000,-4
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	addiu	$sp,$sp,-24
	sw	$16,16($sp)
	sw	$31,20($sp)
	beq	$6,$0,$L27
	move	$16,$4

	jal	memset
	andi	$5,$5,0x00ff

$L27:
	lw	$31,20($sp)
	move	$2,$16
	lw	$16,16($sp)
	jr	$31
	addiu	$sp,$sp,24

	.set	macro
	.set	reorder
	.end	memset
	.size	memset, .-memset
	.align	2
	.globl	utoa
	.set	nomips16
	.set	nomicromips
	.ent	utoa
	.type	utoa, @function
utoa:
	.frame	$sp,40,$31		# vars= 40, regs= 0/0, args= 0, gp= 0
	.mask	0x00000000,0
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	lui	$10,%hi(digits)
	move	$2,$5
	move	$8,$0
	addiu	$10,$10,%lo(digits)
	addiu	$sp,$sp,-40
$L30:
	divu	$0,$4,$6
	teq	$6,$0,7
	sltu	$9,$4,$6
	addiu	$8,$8,1
	addu	$3,$sp,$8
	mfhi	$7
	addu	$4,$10,$7
	lbu	$7,0($4)
	mflo	$4
	beq	$9,$0,$L30
	sb	$7,-1($3)

	move	$4,$2
$L31:
	lbu	$6,-1($3)
	addiu	$3,$3,-1
	sb	$6,0($4)
	bne	$3,$sp,$L31
	addiu	$4,$4,1

	addu	$8,$2,$8
	sb	$0,0($8)
	jr	$31
	addiu	$sp,$sp,40

	.set	macro
	.set	reorder
	.end	utoa
	.size	utoa, .-utoa
	.align	2
	.globl	sum_points
	.set	nomips16
	.set	nomicromips
	.ent	sum_points
	.type	sum_points, @function
sum_points:
	.frame	$sp,0,$31		# vars= 0, regs= 0/0, args= 0, gp= 0
	.mask	0x00000000,0
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	blez	$5,$L38
	sll	$7,$5,1

	addu	$7,$7,$5
	sll	$7,$7,1
	addu	$7,$4,$7
	move	$2,$0
$L37:
	lh	$3,0($4)
	lh	$6,2($4)
	lbu	$5,4($4)
	mul	$8,$3,$6
	addiu	$4,$4,6
	addu	$3,$8,$5
	bne	$7,$4,$L37
	addu	$2,$2,$3

	jr	$31
	nop

$L38:
	jr	$31
	move	$2,$0

	.set	macro
	.set	reorder
	.end	sum_points
	.size	sum_points, .-sum_points
	.globl	names
	.section	.rodata.str1.4,"aMS",@progbits,1
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
	.globl	origin
	.align	2
	.type	origin, @object
	.size	origin, 6
origin:
	.half	1
	.half	-2
	.byte	111
	.space	1
	.rdata
	.align	2
	.type	digits, @object
	.size	digits, 17
digits:
	.ascii	"0123456789abcdef\000"
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
