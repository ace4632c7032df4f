	.file	1 "fenv.c"
	.section .mdebug.abi32
	.previous
	.nan	legacy
	.module	fp=xx
	.module	nooddspreg
	.module	arch=mips32r2
	.text
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align	2
$LC0:
	.ascii	"nearest\000"
	.align	2
$LC1:
	.ascii	"zero\000"
	.align	2
$LC2:
	.ascii	"up\000"
	.align	2
$LC3:
	.ascii	"down\000"
	.align	2
$LC7:
	.ascii	"%-8s %.17g %.9g %.17g %ld %ld %.17g\012\000"
	.align	2
$LC9:
	.ascii	"overflow %g %d %d\012\000"
	.align	2
$LC11:
	.ascii	"underflow %g %d\012\000"
	.align	2
$LC12:
	.ascii	"divbyzero %g %d\012\000"
	.align	2
$LC13:
	.ascii	"invalid %g %d\012\000"
	.align	2
$LC15:
	.ascii	"sqrt(-1) %g %d\012\000"
	.align	2
$LC17:
	.ascii	"denormal %.17g %a\012\000"
	.align	2
$LC18:
	.ascii	"casts %d %u %lld %d\012\000"
	.section	.text.startup,"ax",@progbits
	.align	2
	.globl	main
	.set	nomips16
	.set	nomicromips
	.ent	main
	.type	main, @function
main:
	.frame	$sp,216,$31		# vars= 80, regs= 10/12, args= 48, gp= 0
	.mask	0xc0ff0000,-52
	.fmask	0xfff00000,-8
	.set	noreorder
	.set	nomacro
	addiu	$sp,$sp,-216
	lui	$2,%hi($LC4)
	sdc1	$f30,208($sp)
	sw	$fp,160($sp)
	addiu	$fp,$sp,64
	ldc1	$f30,%lo($LC4)($2)
	lui	$2,%hi($LC5)
	sw	$22,152($sp)
	lui	$22,%hi(three)
	ldc1	$f0,%lo($LC5)($2)
	lui	$2,%hi($LC6)
	sw	$17,132($sp)
	lui	$17,%hi(one)
	sw	$16,128($sp)
	addiu	$16,$sp,48
	sdc1	$f28,200($sp)
	sw	$31,164($sp)
	sdc1	$f26,192($sp)
	sw	$23,156($sp)
	sdc1	$f24,184($sp)
	sw	$21,148($sp)
	sdc1	$f0,96($sp)
	sw	$20,144($sp)
	ldc1	$f0,%lo($LC6)($2)
	li	$2,1			# 0x1
	sw	$19,140($sp)
	sw	$2,68($sp)
	li	$2,2			# 0x2
	sdc1	$f22,176($sp)
	sw	$2,72($sp)
	li	$2,3			# 0x3
	sdc1	$f20,168($sp)
	sw	$2,76($sp)
	lui	$2,%hi($LC0)
	sw	$18,136($sp)
	addiu	$2,$2,%lo($LC0)
	sdc1	$f0,104($sp)
	sw	$0,64($sp)
	sw	$2,48($sp)
	lui	$2,%hi($LC1)
	addiu	$2,$2,%lo($LC1)
	sw	$2,52($sp)
	lui	$2,%hi($LC2)
	addiu	$2,$2,%lo($LC2)
	sw	$2,56($sp)
	lui	$2,%hi($LC3)
	addiu	$2,$2,%lo($LC3)
	sw	$2,60($sp)
	lui	$2,%hi(fone)
	sw	$2,116($sp)
	lui	$2,%hi(fthree)
	sw	$2,112($sp)
	lui	$2,%hi($LC7)
	addiu	$2,$2,%lo($LC7)
	sw	$2,120($sp)
$L2:
	lw	$4,0($fp)
	addiu	$16,$16,4
	jal	fesetround
	addiu	$fp,$fp,4

	mov.d	$f12,$f30
	lw	$2,116($sp)
	ldc1	$f28,%lo(one)($17)
	lw	$5,-4($16)
	ldc1	$f26,%lo(three)($22)
	lwc1	$f20,%lo(fone)($2)
	lw	$2,112($sp)
	sw	$5,88($sp)
	lwc1	$f24,%lo(fthree)($2)
	lw	$20,%lo(one)($17)
	lw	$21,%lo(one+4)($17)
	ldc1	$f22,%lo(three)($22)
	jal	lrint
	move	$18,$20

	ldc1	$f12,96($sp)
	move	$23,$2
	li	$2,-2147483648			# 0xffffffff80000000
	jal	lrint
	xor	$19,$21,$2

	div.s	$f20,$f20,$f24
	ldc1	$f12,104($sp)
	jal	nearbyint
	move	$20,$2

	sdc1	$f0,40($sp)
	lw	$5,88($sp)
	lw	$4,120($sp)
	sw	$20,36($sp)
	sw	$23,32($sp)
	mtc1	$18,$f2
	div.d	$f0,$f28,$f26
	mthc1	$19,$f2
	cvt.d.s	$f20,$f20
	mfc1	$6,$f0
	div.d	$f22,$f2,$f22
	sdc1	$f20,16($sp)
	mfhc1	$7,$f0
	jal	printf
	sdc1	$f22,24($sp)

	addiu	$2,$sp,80
	bne	$fp,$2,$L2
	nop

	jal	fesetround
	move	$4,$0

	jal	feclearexcept
	li	$4,124			# 0x7c

	lui	$2,%hi(big)
	li	$4,16			# 0x10
	ldc1	$f0,%lo(big)($2)
	lui	$2,%hi($LC8)
	ldc1	$f2,%lo($LC8)($2)
	mul.d	$f0,$f0,$f2
	sdc1	$f0,80($sp)
	lw	$6,80($sp)
	lw	$7,84($sp)
	sw	$6,88($sp)
	jal	fetestexcept
	sw	$7,92($sp)

	li	$4,4			# 0x4
	jal	fetestexcept
	move	$16,$2

	lui	$4,%hi($LC9)
	lw	$6,88($sp)
	sltu	$2,$0,$2
	lw	$7,92($sp)
	addiu	$4,$4,%lo($LC9)
	sltu	$16,$0,$16
	sw	$2,20($sp)
	sw	$16,16($sp)
	jal	printf
	lui	$16,%hi(zero)

	jal	feclearexcept
	li	$4,124			# 0x7c

	lui	$2,%hi(tiny)
	li	$4,8			# 0x8
	ldc1	$f0,%lo(tiny)($2)
	lui	$2,%hi($LC10)
	ldc1	$f2,%lo($LC10)($2)
	div.d	$f0,$f0,$f2
	sdc1	$f0,80($sp)
	lw	$6,80($sp)
	lw	$7,84($sp)
	sw	$6,88($sp)
	jal	fetestexcept
	sw	$7,92($sp)

	lui	$4,%hi($LC11)
	lw	$6,88($sp)
	sltu	$2,$0,$2
	lw	$7,92($sp)
	addiu	$4,$4,%lo($LC11)
	jal	printf
	sw	$2,16($sp)

	jal	feclearexcept
	li	$4,124			# 0x7c

	li	$4,32			# 0x20
	ldc1	$f0,%lo(one)($17)
	ldc1	$f2,%lo(zero)($16)
	div.d	$f0,$f0,$f2
	sdc1	$f0,80($sp)
	lw	$6,80($sp)
	lw	$7,84($sp)
	sw	$6,88($sp)
	jal	fetestexcept
	sw	$7,92($sp)

	lui	$4,%hi($LC12)
	lw	$6,88($sp)
	sltu	$2,$0,$2
	lw	$7,92($sp)
	addiu	$4,$4,%lo($LC12)
	jal	printf
	sw	$2,16($sp)

	jal	feclearexcept
	li	$4,124			# 0x7c

	li	$4,64			# 0x40
	ldc1	$f0,%lo(zero)($16)
	ldc1	$f2,%lo(zero)($16)
	div.d	$f0,$f0,$f2
	sdc1	$f0,80($sp)
	lw	$6,80($sp)
	lw	$7,84($sp)
	sw	$6,88($sp)
	jal	fetestexcept
	sw	$7,92($sp)

	lui	$4,%hi($LC13)
	lw	$6,88($sp)
	sltu	$2,$0,$2
	lw	$7,92($sp)
	addiu	$4,$4,%lo($LC13)
	jal	printf
	sw	$2,16($sp)

	jal	feclearexcept
	li	$4,124			# 0x7c

	li	$6,-2147483648			# 0xffffffff80000000
	lw	$4,%lo(one)($17)
	lw	$5,%lo(one+4)($17)
	mtc1	$4,$f2
	xor	$3,$5,$6
	lui	$6,%hi($LC14)
	ldc1	$f0,%lo($LC14)($6)
	mthc1	$5,$f2
	c.ule.d	$fcc0,$f2,$f0
	bc1f	$fcc0,$L8
	nop

	mtc1	$4,$f0
	mthc1	$3,$f0
	sqrt.d	$f0,$f0
$L5:
	sdc1	$f0,80($sp)
	li	$4,64			# 0x40
	lw	$6,80($sp)
	lw	$7,84($sp)
	sw	$6,88($sp)
	jal	fetestexcept
	sw	$7,92($sp)

	lui	$4,%hi($LC15)
	lw	$6,88($sp)
	sltu	$2,$0,$2
	lw	$7,92($sp)
	addiu	$4,$4,%lo($LC15)
	jal	printf
	sw	$2,16($sp)

	lui	$2,%hi($LC16)
	lui	$4,%hi($LC17)
	ldc1	$f0,%lo($LC16)($2)
	addiu	$4,$4,%lo($LC17)
	sdc1	$f0,16($sp)
	mfc1	$6,$f0
	jal	printf
	mfhc1	$7,$f0

	li	$2,1486618624			# 0x589c0000
	li	$3,-232849408			# 0xfffffffff21f0000
	sw	$2,16($sp)
	li	$6,-1294991360			# 0xffffffffb2d00000
	li	$2,123404288			# 0x75b0000
	lui	$4,%hi($LC18)
	ori	$3,$3,0x494c
	ori	$2,$2,0xcd18
	sw	$3,20($sp)
	addiu	$6,$6,24064
	sw	$2,24($sp)
	li	$5,-7			# 0xfffffffffffffff9
	jal	printf
	addiu	$4,$4,%lo($LC18)

	move	$2,$0
	lw	$31,164($sp)
	ldc1	$f30,208($sp)
	lw	$fp,160($sp)
	ldc1	$f28,200($sp)
	lw	$23,156($sp)
	ldc1	$f26,192($sp)
	lw	$22,152($sp)
	ldc1	$f24,184($sp)
	lw	$21,148($sp)
	ldc1	$f22,176($sp)
	lw	$20,144($sp)
	ldc1	$f20,168($sp)
	lw	$19,140($sp)
	lw	$18,136($sp)
	lw	$17,132($sp)
	lw	$16,128($sp)
	jr	$31
	addiu	$sp,$sp,216

$L8:
	mtc1	$4,$f12
	jal	sqrt
	mthc1	$3,$f12

	b	$L5
	nop

	.set	macro
	.set	reorder
	.end	main
	.size	main, .-main
	.data
	.align	2
	.type	fthree, @object
	.size	fthree, 4
fthree:
	.word	1077936128
	.align	2
	.type	fone, @object
	.size	fone, 4
fone:
	.word	1065353216
	.local	zero
	.comm	zero,8,8
	.align	3
	.type	tiny, @object
	.size	tiny, 8
tiny:
	.word	2014963922
	.word	471254
	.align	3
	.type	big, @object
	.size	big, 8
big:
	.word	-2048145248
	.word	2145504499
	.align	3
	.type	three, @object
	.size	three, 8
three:
	.word	0
	.word	1074266112
	.align	3
	.type	one, @object
	.size	one, 8
one:
	.word	0
	.word	1072693248
	.section	.rodata.cst8,"aM",@progbits,8
	.align	3
$LC4:
	.word	0
	.word	1074003968
	.align	3
$LC5:
	.word	0
	.word	-1072955392
	.align	3
$LC6:
	.word	0
	.word	1075707904
	.align	3
$LC8:
	.word	0
	.word	1076101120
	.align	3
$LC10:
	.word	536870912
	.word	1107468383
	.align	3
$LC14:
	.word	0
	.word	-2147483648
	.align	3
$LC16:
	.word	1431655765
	.word	349525
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
