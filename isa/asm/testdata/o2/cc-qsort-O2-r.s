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
	.ent	cmp_int
	.type	cmp_int, @function
cmp_int:
	.frame	$sp,0,$31		# vars= 0, regs= 0/0, args= 0, gp= 0
	.mask	0x00000000,0
	.fmask	0x00000000,0
	lw	$2,0($4)
	lw	$3,0($5)
	slt	$4,$2,$3
	bne	$4,$0,$L3

	jr	$31
	slt	$2,$3,$2

$L3:
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
	.frame	$sp,0,$31		# vars= 0, regs= 0/0, args= 0, gp= 0
	.mask	0x00000000,0
	.fmask	0x00000000,0
	lw	$5,0($5)
	j	strcmp
	lw	$4,0($4)

	.set	macro
	.set	reorder
	.end	cmp_str
	.size	cmp_str, .-cmp_str
	.align	2
	.set	nomips16
	.set	nomicromips
	.ent	sort.constprop.0
	.type	sort.constprop.0, @function
sort.constprop.0:
	.frame	$sp,56,$31		# vars= 0, regs= 9/0, args= 16, gp= 0
	.mask	0x80ff0000,-4
	.fmask	0x00000000,0
	sltu	$2,$5,2
	bne	$2,$0,$L28

	addiu	$sp,$sp,-56
	sw	$19,32($sp)
	sw	$18,28($sp)
	sw	$17,24($sp)
	sw	$31,52($sp)
	sw	$23,48($sp)
	sw	$22,44($sp)
	sw	$21,40($sp)
	sw	$20,36($sp)
	sw	$16,20($sp)
	move	$18,$5
	move	$17,$4
	move	$19,$6
	srl	$3,$18,1
$L27:
	sll	$3,$3,2
	addu	$3,$17,$3
	addiu	$23,$17,4
	move	$2,$17
$L8:
	lb	$4,0($2)
	lb	$5,0($3)
	addiu	$2,$2,1
	addiu	$3,$3,1
	sb	$5,-1($2)
	bne	$2,$23,$L8
	sb	$4,-1($3)

	move	$21,$23
	move	$20,$0
	b	$L11
	li	$22,1			# 0x1

$L9:
	addiu	$22,$22,1
	beq	$22,$18,$L26
	addiu	$21,$21,4

$L11:
	move	$5,$17
	move	$4,$21
	jalr	$19
	move	$16,$21

	bgez	$2,$L9

	addiu	$20,$20,1
	sll	$2,$20,2
	addu	$2,$17,$2
	addiu	$5,$2,4
$L10:
	lb	$3,0($2)
	lb	$4,0($16)
	addiu	$2,$2,1
	addiu	$16,$16,1
	sb	$4,-1($2)
	bne	$5,$2,$L10
	sb	$3,-1($16)

	addiu	$22,$22,1
	bne	$22,$18,$L11
	addiu	$21,$21,4

$L26:
	sll	$2,$20,2
	addu	$3,$17,$2
	addiu	$4,$2,4
	move	$2,$17
$L12:
	lb	$5,0($2)
	lb	$6,0($3)
	addiu	$2,$2,1
	addiu	$3,$3,1
	sb	$6,-1($2)
	bne	$2,$23,$L12
	sb	$5,-1($3)

	addiu	$18,$18,-1
	subu	$18,$18,$20
	sltu	$2,$20,$18
	beq	$2,$0,$L13
	addu	$16,$17,$4

	move	$4,$17
	move	$6,$19
	jal	sort.constprop.0
	move	$5,$20

	move	$17,$16
$L14:
	sltu	$2,$18,2
	beq	$2,$0,$L27
	srl	$3,$18,1

	lw	$31,52($sp)
	lw	$23,48($sp)
	lw	$22,44($sp)
	lw	$21,40($sp)
	lw	$20,36($sp)
	lw	$19,32($sp)
	lw	$18,28($sp)
	lw	$17,24($sp)
	lw	$16,20($sp)
	jr	$31
	addiu	$sp,$sp,56

$L13:
	move	$5,$18
	move	$6,$19
	jal	sort.constprop.0
	move	$4,$16

	b	$L14
	move	$18,$20

$L28:
	jr	$31

	.set	macro
	.set	reorder
	.end	sort.constprop.0
	.size	sort.constprop.0, .-sort.constprop.0
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
	.section	.text.startup,"ax",@progbits
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
	sw	$18,80($sp)
	lui	$18,%hi(v)
	sw	$17,76($sp)
	li	$5,1103495168			# 0x41c60000
	addiu	$17,$18,%lo(v)
	sw	$31,84($sp)
	sw	$16,72($sp)
	addiu	$7,$17,12000
	move	$3,$17
	li	$2,12345			# 0x3039
	addiu	$5,$5,20077
	li	$6,-4194304			# 0xffffffffffc00000
$L30:
	mul	$2,$2,$5
	addiu	$3,$3,4
	addiu	$2,$2,12345
	srl	$4,$2,8
	addu	$4,$4,$6
	bne	$3,$7,$L30
	sw	$4,-4($3)

	lui	$6,%hi(cmp_int)
	addiu	$6,$6,%lo(cmp_int)
	addiu	$4,$18,%lo(v)
	jal	sort.constprop.0
	li	$5,3000			# 0xbb8

	lw	$16,%lo(v)($18)
	addiu	$2,$17,4
	li	$4,1			# 0x1
	li	$6,1			# 0x1
	li	$8,3000			# 0xbb8
$L31:
	lw	$5,0($2)
	lw	$3,-4($2)
	sll	$7,$16,5
	slt	$3,$5,$3
	subu	$16,$7,$16
	addiu	$4,$4,1
	movn	$6,$0,$3
	addu	$16,$5,$16
	bne	$4,$8,$L31
	addiu	$2,$2,4

	beq	$6,$0,$L40

	lui	$4,%hi($LC15)
	addiu	$4,$4,%lo($LC15)
$L35:
	jal	put

	lui	$4,%hi($LC17)
	jal	put
	addiu	$4,$4,%lo($LC17)

	jal	put_int
	lw	$4,%lo(v)($18)

	lui	$4,%hi($LC18)
	jal	put
	addiu	$4,$4,%lo($LC18)

	jal	put_int
	lw	$4,6000($17)

	lui	$4,%hi($LC19)
	jal	put
	addiu	$4,$4,%lo($LC19)

	jal	put_int
	lw	$4,11996($17)

	lui	$4,%hi($LC20)
	jal	put
	addiu	$4,$4,%lo($LC20)

	jal	put_hex
	move	$4,$16

	jal	putc_
	li	$4,10			# 0xa

	lui	$2,%hi($LC21)
	addiu	$2,$2,%lo($LC21)
	addiu	$3,$sp,16
	addiu	$8,$2,48
$L36:
	lw	$7,0($2)
	lw	$6,4($2)
	lw	$5,8($2)
	lw	$4,12($2)
	addiu	$2,$2,16
	sw	$7,0($3)
	sw	$6,4($3)
	sw	$5,8($3)
	sw	$4,12($3)
	bne	$2,$8,$L36
	addiu	$3,$3,16

	lw	$7,0($2)
	lw	$2,4($2)
	lui	$6,%hi(cmp_str)
	addiu	$6,$6,%lo(cmp_str)
	li	$5,14			# 0xe
	addiu	$4,$sp,16
	sw	$7,0($3)
	sw	$2,4($3)
	jal	sort.constprop.0
	addiu	$16,$sp,16

	lw	$4,0($16)
	addiu	$17,$sp,72
	jal	put
	addiu	$16,$16,4

	beq	$17,$16,$L44
	li	$4,32			# 0x20

$L46:
	jal	putc_

	lw	$4,0($16)
	jal	put
	addiu	$16,$16,4

	bne	$17,$16,$L46
	li	$4,32			# 0x20

$L44:
	jal	putc_
	li	$4,10			# 0xa

	jal	flush

	lw	$31,84($sp)
	lw	$18,80($sp)
	lw	$17,76($sp)
	lw	$16,72($sp)
	move	$2,$0
	jr	$31
	addiu	$sp,$sp,88

$L40:
	lui	$4,%hi($LC16)
	b	$L35
	addiu	$4,$4,%lo($LC16)

	.set	macro
	.set	reorder
	.end	main
	.size	main, .-main
	.local	v
	.comm	v,12000,4
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
