	.file	1 "math.c"
	.section .mdebug.abi32
	.previous
	.nan	legacy
	.module	fp=xx
	.module	nooddspreg
	.module	arch=mips32r2
	.text
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align	2
$LC4:
	.ascii	"%g: sqrt %.17g sin %.17g cos %.17g exp %.17g log %.17g p"
	.ascii	"ow %.17g fmod %.17g floor %g ceil %g round %g\012\000"
	.align	2
$LC6:
	.ascii	"  f: %.9g %.9g %.9g %.9g\012\000"
	.align	2
$LC8:
	.ascii	"%.17g %.17g %.17g\012\000"
	.rdata
	.align	3
$LC0:
	.word	0
	.word	1071644672
	.word	0
	.word	1072693248
	.word	0
	.word	1073741824
	.word	0
	.word	1074266112
	.word	0
	.word	1076101120
	.word	0
	.word	-1074266112
	.word	-1717986918
	.word	1069128089
	.word	0
	.word	1079578624
	.word	-755914244
	.word	1062232653
	.section	.text.startup,"ax",@progbits
	.align	2
	.globl	main
	.set	nomips16
	.set	nomicromips
	.ent	main
	.type	main, @function
main:
	.frame	$sp,320,$31		# vars= 136, regs= 10/12, args= 96, gp= 0
	.mask	0xc0ff0000,-52
	.fmask	0xfff00000,-8
	.set	noreorder
	.set	nomacro
	lui	$2,%hi($LC0)
	addiu	$sp,$sp,-320
	addiu	$2,$2,%lo($LC0)
	sdc1	$f30,312($sp)
	addiu	$3,$sp,96
	addiu	$8,$2,64
	sw	$31,268($sp)
	sdc1	$f28,304($sp)
	sw	$fp,264($sp)
	sdc1	$f26,296($sp)
	sw	$23,260($sp)
	sdc1	$f24,288($sp)
	sw	$22,256($sp)
	sdc1	$f22,280($sp)
	sw	$21,252($sp)
	sdc1	$f20,272($sp)
	sw	$20,248($sp)
	sw	$19,244($sp)
	sw	$18,240($sp)
	sw	$17,236($sp)
	sw	$16,232($sp)
$L2:
	lw	$7,0($2)
	addiu	$2,$2,16
	addiu	$3,$3,16
	sw	$7,-16($3)
	lw	$6,-12($2)
	lw	$5,-8($2)
	lw	$4,-4($2)
	sw	$6,-12($3)
	sw	$5,-8($3)
	bne	$2,$8,$L2
	sw	$4,-4($3)

	lui	$5,%hi($LC1)
	lw	$4,0($2)
	lw	$2,4($2)
	addiu	$19,$sp,168
	ldc1	$f0,%lo($LC1)($5)
	lui	$22,%hi($LC4)
	lui	$23,%hi($LC6)
	addiu	$18,$sp,96
	sdc1	$f0,208($sp)
	sw	$4,0($3)
	lui	$4,%hi($LC2)
	ldc1	$f0,%lo($LC2)($4)
	sdc1	$f0,216($sp)
	sw	$2,4($3)
	lui	$2,%hi($LC3)
	ldc1	$f0,%lo($LC3)($2)
	lui	$2,%hi($LC5)
	sdc1	$f0,224($sp)
	lwc1	$f0,%lo($LC5)($2)
	mfc1	$fp,$f0
$L9:
	lw	$16,0($18)
	mtc1	$0,$f2
	lw	$17,4($18)
	mtc1	$16,$f0
	ext	$21,$17,0,31
	mthc1	$0,$f2
	mthc1	$21,$f0
	c.ule.d	$fcc0,$f2,$f0
	bc1f	$fcc0,$L14
	move	$20,$16

	sqrt.d	$f0,$f0
	sdc1	$f0,184($sp)
$L5:
	mtc1	$16,$f12
	addiu	$7,$sp,176
	move	$6,$19
	jal	sincos
	mthc1	$17,$f12

	mtc1	$16,$f12
	ldc1	$f2,168($sp)
	ldc1	$f0,176($sp)
	mthc1	$17,$f12
	sdc1	$f2,200($sp)
	jal	exp
	sdc1	$f0,192($sp)

	mtc1	$20,$f12
	mov.d	$f30,$f0
	jal	log
	mthc1	$21,$f12

	mtc1	$20,$f12
	ldc1	$f14,208($sp)
	mov.d	$f20,$f0
	jal	pow
	mthc1	$21,$f12

	mtc1	$16,$f4
	ldc1	$f6,224($sp)
	mov.d	$f24,$f0
	ldc1	$f14,216($sp)
	mthc1	$17,$f4
	jal	fmod
	mul.d	$f12,$f4,$f6

	mtc1	$16,$f12
	mov.d	$f26,$f0
	jal	floor
	mthc1	$17,$f12

	mtc1	$16,$f12
	mov.d	$f28,$f0
	jal	ceil
	mthc1	$17,$f12

	mtc1	$16,$f12
	mov.d	$f22,$f0
	jal	round
	mthc1	$17,$f12

	addiu	$4,$22,%lo($LC4)
	sdc1	$f0,88($sp)
	move	$6,$16
	move	$7,$17
	ldc1	$f0,192($sp)
	ldc1	$f2,200($sp)
	sdc1	$f28,72($sp)
	sdc1	$f26,64($sp)
	sdc1	$f0,32($sp)
	ldc1	$f0,184($sp)
	sdc1	$f2,24($sp)
	sdc1	$f24,56($sp)
	sdc1	$f22,80($sp)
	sdc1	$f0,16($sp)
	sdc1	$f20,48($sp)
	jal	printf
	sdc1	$f30,40($sp)

	mtc1	$16,$f0
	mthc1	$17,$f0
	cvt.s.d	$f0,$f0
	mfc1	$16,$f0
	ext	$17,$16,0,31
	mtc1	$0,$f0
	mtc1	$17,$f2
	c.ule.s	$fcc1,$f0,$f2
	bc1f	$fcc1,$L15
	nop

	sqrt.s	$f20,$f2
$L8:
	addiu	$18,$18,8
	jal	sinf
	mtc1	$16,$f12

	mtc1	$16,$f12
	jal	expf
	mov.s	$f22,$f0

	mtc1	$fp,$f14
	mtc1	$17,$f12
	jal	powf
	mov.s	$f24,$f0

	cvt.d.s	$f2,$f20
	addiu	$4,$23,%lo($LC6)
	cvt.d.s	$f22,$f22
	cvt.d.s	$f24,$f24
	cvt.d.s	$f0,$f0
	mfc1	$6,$f2
	mfhc1	$7,$f2
	sdc1	$f22,16($sp)
	sdc1	$f24,24($sp)
	jal	printf
	sdc1	$f0,32($sp)

	bne	$19,$18,$L9
	lui	$3,%hi($LC9)

	lui	$2,%hi($LC10)
	ldc1	$f0,%lo($LC9)($3)
	lui	$4,%hi($LC7)
	lw	$6,%lo($LC7)($4)
	lw	$7,%lo($LC7+4)($4)
	lui	$4,%hi($LC8)
	addiu	$4,$4,%lo($LC8)
	sdc1	$f0,24($sp)
	ldc1	$f0,%lo($LC10)($2)
	jal	printf
	sdc1	$f0,16($sp)

	move	$2,$0
	lw	$31,268($sp)
	ldc1	$f30,312($sp)
	lw	$fp,264($sp)
	ldc1	$f28,304($sp)
	lw	$23,260($sp)
	ldc1	$f26,296($sp)
	lw	$22,256($sp)
	ldc1	$f24,288($sp)
	lw	$21,252($sp)
	ldc1	$f22,280($sp)
	lw	$20,248($sp)
	ldc1	$f20,272($sp)
	lw	$19,244($sp)
	lw	$18,240($sp)
	lw	$17,236($sp)
	lw	$16,232($sp)
	jr	$31
	addiu	$sp,$sp,320

$L14:
	mtc1	$16,$f12
	jal	sqrt
	mthc1	$21,$f12

	b	$L5
	sdc1	$f0,184($sp)

$L15:
	jal	sqrtf
	mtc1	$17,$f12

	b	$L8
	mov.s	$f20,$f0

	.set	macro
	.set	reorder
	.end	main
	.size	main, .-main
	.section	.rodata.cst8,"aM",@progbits,8
	.align	3
$LC1:
	.word	0
	.word	1073217536
	.align	3
$LC2:
	.word	-858993459
	.word	1073794252
	.align	3
$LC3:
	.word	858993459
	.word	1075655475
	.section	.rodata.cst4,"aM",@progbits,4
	.align	2
$LC5:
	.word	1061158912
	.section	.rodata.cst8
	.align	3
$LC7:
	.word	90291023
	.word	1071492199
	.align	3
$LC9:
	.word	-1023641426
	.word	1072362502
	.align	3
$LC10:
	.word	0
	.word	1075052544
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
