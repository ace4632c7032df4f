	.file	1 "qsort.c"
	.section .mdebug.abi32
	.previous
	.nan	legacy
	.module	fp=xx
	.module	nooddspreg
	.module	arch=mips32r2
	.text
	.align	2
	.set	nomips16
	.set	nomicromips
	.ent	cmpd
	.type	cmpd, @function
cmpd:
	.frame	$sp,0,$31		# vars= 0, regs= 0/0, args= 0, gp= 0
	.mask	0x00000000,0
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	ldc1	$f2,0($4)
	ldc1	$f0,0($5)
	c.lt.d	$fcc0,$f2,$f0
	bc1t	$fcc0,$L4
	nop

	c.lt.d	$fcc6,$f0,$f2
	li	$2,1			# 0x1
	jr	$31
	movf	$2,$0,$fcc6

$L4:
	jr	$31
	li	$2,-1			# 0xffffffffffffffff

	.set	macro
	.set	reorder
	.end	cmpd
	.size	cmpd, .-cmpd
	.align	2
	.set	nomips16
	.set	nomicromips
	.ent	cmpi
	.type	cmpi, @function
cmpi:
	.frame	$sp,0,$31		# vars= 0, regs= 0/0, args= 0, gp= 0
	.mask	0x00000000,0
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	lw	$3,0($4)
	lw	$4,0($5)
	slt	$2,$4,$3
	slt	$3,$3,$4
	jr	$31
	subu	$2,$2,$3

	.set	macro
	.set	reorder
	.end	cmpi
	.size	cmpi, .-cmpi
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align	2
$LC2:
	.ascii	"%d %d %d %ld %.6f %.6f %.6f\012\000"
	.align	2
$LC3:
	.ascii	"done\000"
	.section	.text.startup,"ax",@progbits
	.align	2
	.globl	main
	.set	nomips16
	.set	nomicromips
	.ent	main
	.type	main, @function
main:
	.frame	$sp,176,$31		# vars= 88, regs= 10/0, args= 48, gp= 0
	.mask	0xc0ff0000,-4
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	addiu	$sp,$sp,-176
	li	$4,4000			# 0xfa0
	sw	$31,172($sp)
	sw	$23,164($sp)
	sw	$17,140($sp)
	sw	$16,136($sp)
	sw	$fp,168($sp)
	sw	$22,160($sp)
	sw	$21,156($sp)
	sw	$20,152($sp)
	sw	$19,148($sp)
	jal	malloc
	sw	$18,144($sp)

	li	$4,8000			# 0x1f40
	move	$16,$2
	jal	malloc
	sw	$2,128($sp)

	lui	$3,%hi($LC0)
	li	$8,1103495168			# 0x41c60000
	ldc1	$f4,%lo($LC0)($3)
	li	$7,-776536064			# 0xffffffffd1b70000
	lui	$3,%hi($LC1)
	addiu	$10,$16,4000
	ldc1	$f2,%lo($LC1)($3)
	addiu	$8,$8,20077
	li	$3,12345			# 0x3039
	addiu	$7,$7,5977
	li	$9,10000			# 0x2710
	move	$23,$2
	move	$4,$16
	move	$17,$2
	move	$5,$2
$L8:
	mul	$3,$3,$8
	addiu	$4,$4,4
	addiu	$5,$5,8
	addiu	$3,$3,12345
	srl	$6,$3,8
	multu	$6,$7
	mfhi	$2
	srl	$2,$2,13
	mul	$11,$2,$9
	subu	$2,$6,$11
	mtc1	$2,$f0
	sw	$2,-4($4)
	cvt.d.w	$f0,$f0
	div.d	$f0,$f0,$f4
	sub.d	$f0,$f0,$f2
	bne	$4,$10,$L8
	sdc1	$f0,-8($5)

	lui	$7,%hi(cmpi)
	lw	$4,128($sp)
	li	$6,4			# 0x4
	addiu	$7,$7,%lo(cmpi)
	jal	qsort
	li	$5,1000			# 0x3e8

	lui	$7,%hi(cmpd)
	li	$6,8			# 0x8
	addiu	$7,$7,%lo(cmpd)
	li	$5,1000			# 0x3e8
	jal	qsort
	move	$4,$23

	mtc1	$0,$f2
	li	$7,-1840709632			# 0xffffffff92490000
	li	$6,-859045888			# 0xffffffffcccc0000
	move	$3,$0
	move	$8,$0
	addiu	$7,$7,9363
	li	$9,1000			# 0x3e8
	ori	$6,$6,0xcccd
	mthc1	$0,$f2
$L9:
	multu	$3,$6
	ldc1	$f4,0($17)
	sra	$11,$3,31
	lw	$10,0($16)
	addiu	$17,$17,8
	addiu	$16,$16,4
	mfhi	$5
	mult	$3,$7
	mfhi	$4
	srl	$5,$5,2
	sll	$2,$5,2
	addu	$2,$2,$5
	addu	$4,$4,$3
	subu	$2,$3,$2
	sra	$4,$4,2
	mtc1	$2,$f0
	subu	$4,$4,$11
	sll	$5,$4,3
	subu	$2,$5,$4
	subu	$2,$3,$2
	cvt.d.w	$f0,$f0
	addiu	$3,$3,1
	mul	$4,$2,$10
	mul.d	$f0,$f0,$f4
	addu	$8,$4,$8
	bne	$3,$9,$L9
	add.d	$f2,$f2,$f0

	ldc1	$f4,7992($23)
	lui	$4,%hi($LC2)
	lw	$2,128($sp)
	li	$17,-1171390464			# 0xffffffffba2e0000
	ldc1	$f0,0($23)
	addiu	$4,$4,%lo($LC2)
	addiu	$20,$sp,128
	addiu	$19,$sp,132
	lw	$7,3996($2)
	move	$16,$0
	lw	$6,2000($2)
	li	$18,20			# 0x14
	lw	$5,0($2)
	li	$21,50			# 0x32
	sdc1	$f2,40($sp)
	ori	$17,$17,0x8ba3
	sw	$8,16($sp)
	sdc1	$f4,32($sp)
	jal	printf
	sdc1	$f0,24($sp)

	move	$fp,$0
$L21:
	addiu	$22,$sp,48
$L11:
	addu	$3,$16,$fp
	addiu	$22,$22,4
	multu	$3,$17
	mfhi	$4
	srl	$4,$4,3
	sll	$2,$4,1
	addu	$2,$2,$4
	sll	$2,$2,2
	subu	$2,$2,$4
	subu	$2,$3,$2
	sll	$4,$2,3
	addu	$4,$4,$2
	sll	$4,$4,2
	addu	$4,$4,$2
	jal	malloc
	addiu	$4,$4,16

	andi	$4,$fp,0x00ff
	sll	$3,$4,8
	sw	$2,-4($22)
	addiu	$fp,$fp,1
	addu	$3,$3,$4
	sll	$4,$3,16
	addu	$3,$3,$4
	sw	$3,0($2)
	sw	$3,4($2)
	sw	$3,8($2)
	bne	$fp,$18,$L11
	sw	$3,12($2)

	addiu	$fp,$sp,48
$L12:
	lw	$4,0($fp)
	jal	free
	addiu	$fp,$fp,8

	bne	$20,$fp,$L12
	nop

	addiu	$fp,$sp,52
$L13:
	lw	$4,0($fp)
	jal	free
	addiu	$fp,$fp,8

	bne	$19,$fp,$L13
	nop

	addiu	$16,$16,1
	bne	$16,$21,$L21
	move	$fp,$0

	jal	free
	lw	$4,128($sp)

	jal	free
	move	$4,$23

	lui	$4,%hi($LC3)
	jal	puts
	addiu	$4,$4,%lo($LC3)

	move	$2,$0
	lw	$31,172($sp)
	lw	$fp,168($sp)
	lw	$23,164($sp)
	lw	$22,160($sp)
	lw	$21,156($sp)
	lw	$20,152($sp)
	lw	$19,148($sp)
	lw	$18,144($sp)
	lw	$17,140($sp)
	lw	$16,136($sp)
	jr	$31
	addiu	$sp,$sp,176

	.set	macro
	.set	reorder
	.end	main
	.size	main, .-main
	.section	.rodata.cst8,"aM",@progbits,8
	.align	3
$LC0:
	.word	0
	.word	1075576832
	.align	3
$LC1:
	.word	0
	.word	1082081280
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
