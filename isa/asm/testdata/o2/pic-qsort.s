	.file	1 "qsort.c"
	.section .mdebug.abi32
	.previous
	.nan	legacy
	.module	fp=xx
	.module	nooddspreg
	.module	arch=mips32r2
	.abicalls
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
	.frame	$sp,192,$31		# vars= 96, regs= 10/0, args= 48, gp= 8
	.mask	0xc0ff0000,-4
	.fmask	0x00000000,0
	.set	noreorder
	.cpload	$25
	.set	nomacro
	addiu	$sp,$sp,-192
	lw	$25,%call16(malloc)($28)
	li	$4,4000			# 0xfa0
	.cprestore	48
	sw	$31,188($sp)
	sw	$17,156($sp)
	sw	$16,152($sp)
	sw	$fp,184($sp)
	sw	$23,180($sp)
	sw	$22,176($sp)
	sw	$21,172($sp)
	sw	$20,168($sp)
	sw	$19,164($sp)
	.reloc	1f,R_MIPS_JALR,malloc
1:	jalr	$25
	sw	$18,160($sp)

	li	$4,8000			# 0x1f40
	lw	$28,48($sp)
	move	$16,$2
	lw	$25,%call16(malloc)($28)
	.reloc	1f,R_MIPS_JALR,malloc
1:	jalr	$25
	sw	$2,140($sp)

	li	$8,1103495168			# 0x41c60000
	lw	$28,48($sp)
	move	$5,$2
	sw	$2,144($sp)
	li	$7,-776536064			# 0xffffffffd1b70000
	addiu	$10,$16,4000
	li	$3,12345			# 0x3039
	lw	$2,%got($LC0)($28)
	addiu	$8,$8,20077
	addiu	$7,$7,5977
	li	$9,10000			# 0x2710
	ldc1	$f4,%lo($LC0)($2)
	move	$4,$16
	lw	$2,%got($LC1)($28)
	move	$17,$5
	ldc1	$f2,%lo($LC1)($2)
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

	lw	$7,%got(cmpi)($28)
	li	$6,4			# 0x4
	lw	$25,%call16(qsort)($28)
	li	$5,1000			# 0x3e8
	lw	$4,140($sp)
	.reloc	1f,R_MIPS_JALR,qsort
1:	jalr	$25
	addiu	$7,$7,%lo(cmpi)

	li	$6,8			# 0x8
	lw	$28,48($sp)
	li	$5,1000			# 0x3e8
	lw	$4,144($sp)
	lw	$7,%got(cmpd)($28)
	lw	$25,%call16(qsort)($28)
	.reloc	1f,R_MIPS_JALR,qsort
1:	jalr	$25
	addiu	$7,$7,%lo(cmpd)

	mtc1	$0,$f2
	li	$7,-1840709632			# 0xffffffff92490000
	li	$6,-859045888			# 0xffffffffcccc0000
	lw	$28,48($sp)
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

	lw	$2,144($sp)
	addiu	$3,$sp,60
	lw	$4,%got($LC2)($28)
	li	$17,-1171390464			# 0xffffffffba2e0000
	lw	$25,%call16(printf)($28)
	addiu	$21,$sp,56
	ldc1	$f4,7992($2)
	addiu	$20,$sp,136
	addiu	$4,$4,%lo($LC2)
	sw	$3,136($sp)
	ldc1	$f0,0($2)
	addiu	$19,$sp,140
	lw	$2,140($sp)
	move	$16,$0
	li	$18,20			# 0x14
	li	$22,50			# 0x32
	ori	$17,$17,0x8ba3
	lw	$7,3996($2)
	lw	$6,2000($2)
	lw	$5,0($2)
	sdc1	$f2,40($sp)
	sw	$8,16($sp)
	sdc1	$f4,32($sp)
	.reloc	1f,R_MIPS_JALR,printf
1:	jalr	$25
	sdc1	$f0,24($sp)

	lw	$28,48($sp)
	move	$23,$0
$L21:
	move	$fp,$21
$L11:
	addu	$3,$16,$23
	lw	$25,%call16(malloc)($28)
	addiu	$fp,$fp,4
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
	.reloc	1f,R_MIPS_JALR,malloc
1:	jalr	$25
	addiu	$4,$4,16

	andi	$4,$23,0x00ff
	sll	$3,$4,8
	lw	$28,48($sp)
	addiu	$23,$23,1
	sw	$2,-4($fp)
	addu	$3,$3,$4
	sll	$4,$3,16
	addu	$3,$3,$4
	sw	$3,0($2)
	sw	$3,4($2)
	sw	$3,8($2)
	bne	$23,$18,$L11
	sw	$3,12($2)

	move	$23,$21
$L12:
	lw	$25,%call16(free)($28)
	addiu	$23,$23,8
	.reloc	1f,R_MIPS_JALR,free
1:	jalr	$25
	lw	$4,-8($23)

	bne	$20,$23,$L12
	lw	$28,48($sp)

	lw	$23,136($sp)
$L13:
	lw	$25,%call16(free)($28)
	addiu	$23,$23,8
	.reloc	1f,R_MIPS_JALR,free
1:	jalr	$25
	lw	$4,-8($23)

	bne	$19,$23,$L13
	lw	$28,48($sp)

	addiu	$16,$16,1
	bne	$16,$22,$L21
	move	$23,$0

	lw	$25,%call16(free)($28)
	.reloc	1f,R_MIPS_JALR,free
1:	jalr	$25
	lw	$4,140($sp)

	lw	$28,48($sp)
	lw	$25,%call16(free)($28)
	.reloc	1f,R_MIPS_JALR,free
1:	jalr	$25
	lw	$4,144($sp)

	lw	$28,48($sp)
	lw	$4,%got($LC3)($28)
	lw	$25,%call16(puts)($28)
	.reloc	1f,R_MIPS_JALR,puts
1:	jalr	$25
	addiu	$4,$4,%lo($LC3)

	move	$2,$0
	lw	$31,188($sp)
	lw	$fp,184($sp)
	lw	$23,180($sp)
	lw	$22,176($sp)
	lw	$21,172($sp)
	lw	$20,168($sp)
	lw	$19,164($sp)
	lw	$18,160($sp)
	lw	$17,156($sp)
	lw	$16,152($sp)
	jr	$31
	addiu	$sp,$sp,192

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
