	.file	1 "qsort.c"
	.section .mdebug.abi32
	.previous
	.nan	legacy
	.module	softfloat
	.module	oddspreg
	.module	arch=mips32
	.text
	.align	2
	.set	nomips16
	.set	nomicromips
	.ent	swap
	.type	swap, @function
swap:
	.frame	$sp,0,$31		# vars= 0, regs= 0/0, args= 0, gp= 0
	.mask	0x00000000,0
	.fmask	0x00000000,0
	beq	$6,$0,$L5
	addu	$6,$4,$6

$L3:
	lb	$2,0($4)
	addiu	$4,$4,1
	lb	$3,0($5)
	sb	$3,-1($4)
	addiu	$5,$5,1
	bne	$6,$4,$L3
	sb	$2,-1($5)

$L5:
	jr	$31

	.set	macro
	.set	reorder
	.end	swap
	.size	swap, .-swap
	.align	2
	.set	nomips16
	.set	nomicromips
	.ent	sort
	.type	sort, @function
sort:
	.frame	$sp,48,$31		# vars= 0, regs= 8/0, args= 16, gp= 0
	.mask	0x807f0000,-4
	.fmask	0x00000000,0
	addiu	$sp,$sp,-48
	sw	$31,44($sp)
	sw	$22,40($sp)
	sw	$21,36($sp)
	sw	$20,32($sp)
	sw	$19,28($sp)
	sw	$18,24($sp)
	sw	$17,20($sp)
	sw	$16,16($sp)
	move	$20,$4
	move	$19,$5
	move	$18,$6
	sltu	$2,$5,2
	beq	$2,$0,$L13
	move	$22,$7

	lw	$31,44($sp)
$L19:
	lw	$22,40($sp)
	lw	$21,36($sp)
	lw	$20,32($sp)
	lw	$19,28($sp)
	lw	$18,24($sp)
	lw	$17,20($sp)
	lw	$16,16($sp)
	jr	$31
	addiu	$sp,$sp,48

$L9:
	addiu	$17,$17,1
$L18:
	beq	$17,$19,$L8
	addu	$16,$16,$18

$L10:
	move	$5,$20
	jalr	$22
	move	$4,$16

	bgez	$2,$L9
	move	$6,$18

	addiu	$21,$21,1
	move	$5,$16
	mul	$2,$18,$21
	jal	swap
	addu	$4,$2,$20

	b	$L18
	addiu	$17,$17,1

$L14:
	move	$21,$0
$L8:
	mul	$16,$18,$21
	move	$6,$18
	addu	$5,$20,$16
	jal	swap
	move	$4,$20

	addiu	$19,$19,-1
	subu	$19,$19,$21
	sltu	$2,$21,$19
	beq	$2,$0,$L11
	addu	$4,$16,$18

	move	$7,$22
	move	$6,$18
	move	$5,$21
	jal	sort
	move	$4,$20

	addu	$16,$16,$18
	addu	$20,$20,$16
$L12:
	sltu	$2,$19,2
	bne	$2,$0,$L19
	lw	$31,44($sp)

$L13:
	srl	$5,$19,1
	move	$6,$18
	mul	$2,$5,$18
	addu	$5,$2,$20
	jal	swap
	move	$4,$20

	sltu	$2,$19,2
	bne	$2,$0,$L14
	addu	$16,$20,$18

	li	$17,1			# 0x1
	b	$L10
	move	$21,$0

$L11:
	move	$7,$22
	move	$6,$18
	move	$5,$19
	jal	sort
	addu	$4,$20,$4

	b	$L12
	move	$19,$21

	.set	macro
	.set	reorder
	.end	sort
	.size	sort, .-sort
	.align	2
	.set	nomips16
	.set	nomicromips
	.ent	cmp_int
	.type	cmp_int, @function
cmp_int:
	.frame	$sp,0,$31		# vars= 0, regs= 0/0, args= 0, gp= 0
	.mask	0x00000000,0
	.fmask	0x00000000,0
	lw	$2,0($4)
	lw	$3,0($5)
	slt	$4,$2,$3
	bne	$4,$0,$L22

	jr	$31
	slt	$2,$3,$2

$L22:
	jr	$31
	li	$2,-1			# 0xffffffffffffffff

	.set	macro
	.set	reorder
	.end	cmp_int
	.size	cmp_int, .-cmp_int
	.align	2
	.set	nomips16
	.set	nomicromips
	.ent	cmp_str
	.type	cmp_str, @function
cmp_str:
	.frame	$sp,24,$31		# vars= 0, regs= 1/0, args= 16, gp= 0
	.mask	0x80000000,-4
	.fmask	0x00000000,0
	addiu	$sp,$sp,-24
	sw	$31,20($sp)
	lw	$5,0($5)
	jal	strcmp
	lw	$4,0($4)

	lw	$31,20($sp)
	jr	$31
	addiu	$sp,$sp,24

	.set	macro
	.set	reorder
	.end	cmp_str
	.size	cmp_str, .-cmp_str
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align	2
$LC15:
	.ascii	"ints sorted\012\000"
	.align	2
$LC16:
	.ascii	"ints NOT sorted\012\000"
	.align	2
$LC17:
	.ascii	"min \000"
	.align	2
$LC18:
	.ascii	" median \000"
	.align	2
$LC19:
	.ascii	" max \000"
	.align	2
$LC20:
	.ascii	"\012hash \000"
	.align	2
$LC0:
	.ascii	"pear\000"
	.align	2
$LC1:
	.ascii	"apple\000"
	.align	2
$LC2:
	.ascii	"fig\000"
	.align	2
$LC3:
	.ascii	"banana\000"
	.align	2
$LC4:
	.ascii	"cherry\000"
	.align	2
$LC5:
	.ascii	"kiwi\000"
	.align	2
$LC6:
	.ascii	"date\000"
	.align	2
$LC7:
	.ascii	"grape\000"
	.align	2
$LC8:
	.ascii	"lemon\000"
	.align	2
$LC9:
	.ascii	"mango\000"
	.align	2
$LC10:
	.ascii	"apricot\000"
	.align	2
$LC11:
	.ascii	"lime\000"
	.align	2
$LC12:
	.ascii	"plum\000"
	.align	2
$LC13:
	.ascii	"quince\000"
	.rdata
	.align	2
$LC21:
	.word	$LC0
	.word	$LC1
	.word	$LC2
	.word	$LC3
	.word	$LC4
	.word	$LC5
	.word	$LC6
	.word	$LC7
	.word	$LC8
	.word	$LC9
	.word	$LC10
	.word	$LC11
	.word	$LC12
	.word	$LC13
	.text
	.align	2
	.globl	main
	.set	nomips16
	.set	nomicromips
	.ent	main
	.type	main, @function
main:
	.frame	$sp,88,$31		# vars= 56, regs= 4/0, args= 16, gp= 0
	.mask	0x80070000,-4
	.fmask	0x00000000,0
	addiu	$sp,$sp,-88
	sw	$31,84($sp)
	sw	$18,80($sp)
	sw	$17,76($sp)
	sw	$16,72($sp)
	lui	$16,%hi(v)
	addiu	$16,$16,%lo(v)
	addiu	$7,$16,12000
	move	$3,$16
	li	$2,12345			# 0x3039
	li	$5,1103495168			# 0x41c60000
	addiu	$5,$5,20077
	li	$6,-4194304			# 0xffffffffffc00000
$L26:
	mul	$2,$2,$5
	addiu	$2,$2,12345
	srl	$4,$2,8
	addu	$4,$4,$6
	sw	$4,0($3)
	addiu	$3,$3,4
	bne	$3,$7,$L26
	lui	$4,%hi(v)

	lui	$7,%hi(cmp_int)
	addiu	$7,$7,%lo(cmp_int)
	li	$6,4			# 0x4
	li	$5,3000			# 0xbb8
	jal	sort
	addiu	$4,$4,%lo(v)

	move	$2,$0
	move	$17,$0
	li	$4,1			# 0x1
	b	$L27
	li	$6,3000			# 0xbb8

$L29:
	blez	$2,$L42
	sll	$3,$17,5

	lw	$3,-4($16)
	lw	$5,0($16)
	slt	$3,$5,$3
	movn	$4,$0,$3
$L27:
	sll	$3,$17,5
$L42:
	subu	$3,$3,$17
	lw	$17,0($16)
	addu	$17,$3,$17
	addiu	$2,$2,1
	bne	$2,$6,$L29
	addiu	$16,$16,4

	beq	$4,$0,$L36

	lui	$4,%hi($LC15)
	addiu	$4,$4,%lo($LC15)
$L30:
	jal	put
	lui	$16,%hi(v)

	lui	$4,%hi($LC17)
	jal	put
	addiu	$4,$4,%lo($LC17)

	jal	put_int
	lw	$4,%lo(v)($16)

	lui	$4,%hi($LC18)
	jal	put
	addiu	$4,$4,%lo($LC18)

	addiu	$16,$16,%lo(v)
	jal	put_int
	lw	$4,6000($16)

	lui	$4,%hi($LC19)
	jal	put
	addiu	$4,$4,%lo($LC19)

	jal	put_int
	lw	$4,11996($16)

	lui	$4,%hi($LC20)
	jal	put
	addiu	$4,$4,%lo($LC20)

	jal	put_hex
	move	$4,$17

	jal	putc_
	li	$4,10			# 0xa

	lui	$2,%hi($LC21)
	addiu	$2,$2,%lo($LC21)
	addiu	$3,$sp,16
	addiu	$8,$2,48
$L31:
	lw	$7,0($2)
	lw	$6,4($2)
	lw	$5,8($2)
	lw	$4,12($2)
	sw	$7,0($3)
	sw	$6,4($3)
	sw	$5,8($3)
	sw	$4,12($3)
	addiu	$2,$2,16
	bne	$2,$8,$L31
	addiu	$3,$3,16

	lw	$4,0($2)
	lw	$2,4($2)
	sw	$4,0($3)
	sw	$2,4($3)
	lui	$7,%hi(cmp_str)
	addiu	$7,$7,%lo(cmp_str)
	li	$6,4			# 0x4
	li	$5,14			# 0xe
	jal	sort
	addiu	$4,$sp,16

	addiu	$16,$sp,16
	addiu	$18,$sp,68
	addiu	$17,$sp,72
$L33:
	jal	put
	lw	$4,0($16)

	beq	$16,$18,$L32

	jal	putc_
	li	$4,32			# 0x20

	addiu	$16,$16,4
	bne	$16,$17,$L33

$L34:
	jal	flush

	move	$2,$0
	lw	$31,84($sp)
	lw	$18,80($sp)
	lw	$17,76($sp)
	lw	$16,72($sp)
	jr	$31
	addiu	$sp,$sp,88

$L36:
	lui	$4,%hi($LC16)
	b	$L30
	addiu	$4,$4,%lo($LC16)

$L32:
	jal	putc_
	li	$4,10			# 0xa

	b	$L34

	.set	macro
	.set	reorder
	.end	main
	.size	main, .-main
	.local	v
	.comm	v,12000,4
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
