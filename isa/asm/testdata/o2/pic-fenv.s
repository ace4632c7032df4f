	.file	1 "fenv.c"
	.section .mdebug.abi32
	.previous
	.nan	legacy
	.module	fp=xx
	.module	nooddspreg
	.module	arch=mips32r2
	.abicalls
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
	.frame	$sp,224,$31		# vars= 80, regs= 10/12, args= 48, gp= 8
	.mask	0xc0ff0000,-52
	.fmask	0xfff00000,-8
	.set	noreorder
	.cpload	$25
	.set	nomacro
	lw	$2,%got($LC4)($28)
	addiu	$sp,$sp,-224
	sdc1	$f30,216($sp)
	.cprestore	48
	ldc1	$f30,%lo($LC4)($2)
	lw	$2,%got($LC5)($28)
	sw	$fp,168($sp)
	addiu	$fp,$sp,72
	sw	$22,160($sp)
	ldc1	$f0,%lo($LC5)($2)
	addiu	$2,$sp,88
	sw	$17,140($sp)
	sw	$2,104($sp)
	lw	$2,%got($LC6)($28)
	sw	$16,136($sp)
	addiu	$16,$sp,56
	sdc1	$f28,208($sp)
	sw	$31,172($sp)
	sdc1	$f26,200($sp)
	sw	$23,164($sp)
	sdc1	$f0,112($sp)
	sw	$21,156($sp)
	ldc1	$f0,%lo($LC6)($2)
	lw	$2,%got(fone)($28)
	sdc1	$f24,192($sp)
	sw	$20,152($sp)
	sw	$2,128($sp)
	lw	$2,%got($LC7)($28)
	sdc1	$f22,184($sp)
	sw	$19,148($sp)
	addiu	$2,$2,%lo($LC7)
	sdc1	$f20,176($sp)
	sw	$18,144($sp)
	sw	$2,132($sp)
	lw	$2,%got(fthree)($28)
	sdc1	$f0,120($sp)
	sw	$0,72($sp)
	sw	$2,108($sp)
	li	$2,1			# 0x1
	lw	$17,%got(one)($28)
	sw	$2,76($sp)
	li	$2,2			# 0x2
	lw	$22,%got(three)($28)
	sw	$2,80($sp)
	li	$2,3			# 0x3
	sw	$2,84($sp)
	lw	$2,%got($LC0)($28)
	addiu	$2,$2,%lo($LC0)
	sw	$2,56($sp)
	lw	$2,%got($LC1)($28)
	addiu	$2,$2,%lo($LC1)
	sw	$2,60($sp)
	lw	$2,%got($LC2)($28)
	addiu	$2,$2,%lo($LC2)
	sw	$2,64($sp)
	lw	$2,%got($LC3)($28)
	addiu	$2,$2,%lo($LC3)
	sw	$2,68($sp)
$L2:
	lw	$4,0($fp)
	addiu	$16,$16,4
	lw	$25,%call16(fesetround)($28)
	.reloc	1f,R_MIPS_JALR,fesetround
1:	jalr	$25
	addiu	$fp,$fp,4

	mov.d	$f12,$f30
	lw	$28,48($sp)
	lw	$2,128($sp)
	lw	$5,-4($16)
	ldc1	$f28,%lo(one)($17)
	lw	$25,%call16(lrint)($28)
	ldc1	$f26,%lo(three)($22)
	sw	$5,96($sp)
	lwc1	$f20,%lo(fone)($2)
	lw	$2,108($sp)
	lwc1	$f24,%lo(fthree)($2)
	lw	$20,%lo(one)($17)
	lw	$21,%lo(one+4)($17)
	ldc1	$f22,%lo(three)($22)
	.reloc	1f,R_MIPS_JALR,lrint
1:	jalr	$25
	move	$18,$20

	ldc1	$f12,112($sp)
	move	$23,$2
	lw	$28,48($sp)
	li	$2,-2147483648			# 0xffffffff80000000
	lw	$25,%call16(lrint)($28)
	.reloc	1f,R_MIPS_JALR,lrint
1:	jalr	$25
	xor	$19,$21,$2

	ldc1	$f12,120($sp)
	lw	$28,48($sp)
	lw	$25,%call16(nearbyint)($28)
	.reloc	1f,R_MIPS_JALR,nearbyint
1:	jalr	$25
	move	$20,$2

	mtc1	$18,$f2
	lw	$28,48($sp)
	div.s	$f20,$f20,$f24
	lw	$5,96($sp)
	lw	$4,132($sp)
	sdc1	$f0,40($sp)
	lw	$25,%call16(printf)($28)
	sw	$20,36($sp)
	sw	$23,32($sp)
	mthc1	$19,$f2
	cvt.d.s	$f20,$f20
	div.d	$f22,$f2,$f22
	sdc1	$f20,16($sp)
	div.d	$f2,$f28,$f26
	sdc1	$f22,24($sp)
	mfc1	$6,$f2
	.reloc	1f,R_MIPS_JALR,printf
1:	jalr	$25
	mfhc1	$7,$f2

	lw	$2,104($sp)
	bne	$fp,$2,$L2
	lw	$28,48($sp)

	lw	$25,%call16(fesetround)($28)
	lw	$18,%got(zero)($28)
	.reloc	1f,R_MIPS_JALR,fesetround
1:	jalr	$25
	move	$4,$0

	lw	$28,48($sp)
	lw	$25,%call16(feclearexcept)($28)
	.reloc	1f,R_MIPS_JALR,feclearexcept
1:	jalr	$25
	li	$4,124			# 0x7c

	li	$4,16			# 0x10
	lw	$28,48($sp)
	lw	$2,%got(big)($28)
	lw	$25,%call16(fetestexcept)($28)
	ldc1	$f0,%lo(big)($2)
	lw	$2,%got($LC8)($28)
	ldc1	$f2,%lo($LC8)($2)
	mul.d	$f0,$f0,$f2
	sdc1	$f0,88($sp)
	lw	$6,88($sp)
	lw	$7,92($sp)
	sw	$6,96($sp)
	.reloc	1f,R_MIPS_JALR,fetestexcept
1:	jalr	$25
	sw	$7,100($sp)

	li	$4,4			# 0x4
	lw	$28,48($sp)
	lw	$25,%call16(fetestexcept)($28)
	.reloc	1f,R_MIPS_JALR,fetestexcept
1:	jalr	$25
	move	$16,$2

	sltu	$3,$0,$16
	lw	$28,48($sp)
	sltu	$2,$0,$2
	lw	$6,96($sp)
	lw	$7,100($sp)
	sw	$3,16($sp)
	sw	$2,20($sp)
	lw	$4,%got($LC9)($28)
	lw	$25,%call16(printf)($28)
	.reloc	1f,R_MIPS_JALR,printf
1:	jalr	$25
	addiu	$4,$4,%lo($LC9)

	lw	$28,48($sp)
	lw	$25,%call16(feclearexcept)($28)
	.reloc	1f,R_MIPS_JALR,feclearexcept
1:	jalr	$25
	li	$4,124			# 0x7c

	li	$4,8			# 0x8
	lw	$28,48($sp)
	lw	$2,%got(tiny)($28)
	lw	$25,%call16(fetestexcept)($28)
	ldc1	$f0,%lo(tiny)($2)
	lw	$2,%got($LC10)($28)
	ldc1	$f2,%lo($LC10)($2)
	div.d	$f0,$f0,$f2
	sdc1	$f0,88($sp)
	lw	$6,88($sp)
	lw	$7,92($sp)
	sw	$6,96($sp)
	.reloc	1f,R_MIPS_JALR,fetestexcept
1:	jalr	$25
	sw	$7,100($sp)

	lw	$28,48($sp)
	sltu	$2,$0,$2
	lw	$6,96($sp)
	lw	$7,100($sp)
	sw	$2,16($sp)
	lw	$4,%got($LC11)($28)
	lw	$25,%call16(printf)($28)
	.reloc	1f,R_MIPS_JALR,printf
1:	jalr	$25
	addiu	$4,$4,%lo($LC11)

	lw	$28,48($sp)
	lw	$25,%call16(feclearexcept)($28)
	.reloc	1f,R_MIPS_JALR,feclearexcept
1:	jalr	$25
	li	$4,124			# 0x7c

	li	$4,32			# 0x20
	ldc1	$f0,%lo(one)($17)
	lw	$28,48($sp)
	ldc1	$f2,%lo(zero)($18)
	lw	$25,%call16(fetestexcept)($28)
	div.d	$f0,$f0,$f2
	sdc1	$f0,88($sp)
	lw	$6,88($sp)
	lw	$7,92($sp)
	sw	$6,96($sp)
	.reloc	1f,R_MIPS_JALR,fetestexcept
1:	jalr	$25
	sw	$7,100($sp)

	lw	$28,48($sp)
	sltu	$2,$0,$2
	lw	$6,96($sp)
	lw	$7,100($sp)
	sw	$2,16($sp)
	lw	$4,%got($LC12)($28)
	lw	$25,%call16(printf)($28)
	.reloc	1f,R_MIPS_JALR,printf
1:	jalr	$25
	addiu	$4,$4,%lo($LC12)

	lw	$28,48($sp)
	lw	$25,%call16(feclearexcept)($28)
	.reloc	1f,R_MIPS_JALR,feclearexcept
1:	jalr	$25
	li	$4,124			# 0x7c

	li	$4,64			# 0x40
	ldc1	$f0,%lo(zero)($18)
	lw	$28,48($sp)
	ldc1	$f2,%lo(zero)($18)
	lw	$25,%call16(fetestexcept)($28)
	div.d	$f0,$f0,$f2
	sdc1	$f0,88($sp)
	lw	$6,88($sp)
	lw	$7,92($sp)
	sw	$6,96($sp)
	.reloc	1f,R_MIPS_JALR,fetestexcept
1:	jalr	$25
	sw	$7,100($sp)

	lw	$28,48($sp)
	sltu	$2,$0,$2
	lw	$6,96($sp)
	lw	$7,100($sp)
	sw	$2,16($sp)
	lw	$4,%got($LC13)($28)
	lw	$25,%call16(printf)($28)
	.reloc	1f,R_MIPS_JALR,printf
1:	jalr	$25
	addiu	$4,$4,%lo($LC13)

	lw	$28,48($sp)
	lw	$25,%call16(feclearexcept)($28)
	.reloc	1f,R_MIPS_JALR,feclearexcept
1:	jalr	$25
	li	$4,124			# 0x7c

	li	$6,-2147483648			# 0xffffffff80000000
	lw	$4,%lo(one)($17)
	lw	$28,48($sp)
	lw	$5,%lo(one+4)($17)
	mtc1	$4,$f2
	xor	$3,$5,$6
	lw	$6,%got($LC14)($28)
	ldc1	$f0,%lo($LC14)($6)
	mthc1	$5,$f2
	c.ule.d	$fcc0,$f2,$f0
	bc1f	$fcc0,$L8
	lw	$25,%call16(sqrt)($28)

	mtc1	$4,$f0
	mthc1	$3,$f0
	sqrt.d	$f0,$f0
$L5:
	sdc1	$f0,88($sp)
	li	$4,64			# 0x40
	lw	$25,%call16(fetestexcept)($28)
	lw	$6,88($sp)
	lw	$7,92($sp)
	sw	$6,96($sp)
	.reloc	1f,R_MIPS_JALR,fetestexcept
1:	jalr	$25
	sw	$7,100($sp)

	lw	$28,48($sp)
	sltu	$2,$0,$2
	lw	$6,96($sp)
	lw	$7,100($sp)
	sw	$2,16($sp)
	lw	$4,%got($LC15)($28)
	lw	$25,%call16(printf)($28)
	.reloc	1f,R_MIPS_JALR,printf
1:	jalr	$25
	addiu	$4,$4,%lo($LC15)

	lw	$28,48($sp)
	lw	$2,%got($LC16)($28)
	lw	$4,%got($LC17)($28)
	lw	$25,%call16(printf)($28)
	ldc1	$f0,%lo($LC16)($2)
	addiu	$4,$4,%lo($LC17)
	sdc1	$f0,16($sp)
	mfc1	$6,$f0
	.reloc	1f,R_MIPS_JALR,printf
1:	jalr	$25
	mfhc1	$7,$f0

	li	$2,123404288			# 0x75b0000
	lw	$28,48($sp)
	li	$6,-1294991360			# 0xffffffffb2d00000
	ori	$2,$2,0xcd18
	li	$3,-232849408			# 0xfffffffff21f0000
	sw	$2,24($sp)
	li	$2,1486618624			# 0x589c0000
	lw	$4,%got($LC18)($28)
	ori	$3,$3,0x494c
	lw	$25,%call16(printf)($28)
	addiu	$6,$6,24064
	li	$5,-7			# 0xfffffffffffffff9
	sw	$3,20($sp)
	addiu	$4,$4,%lo($LC18)
	.reloc	1f,R_MIPS_JALR,printf
1:	jalr	$25
	sw	$2,16($sp)

	move	$2,$0
	lw	$31,172($sp)
	ldc1	$f30,216($sp)
	lw	$fp,168($sp)
	ldc1	$f28,208($sp)
	lw	$23,164($sp)
	ldc1	$f26,200($sp)
	lw	$22,160($sp)
	ldc1	$f24,192($sp)
	lw	$21,156($sp)
	ldc1	$f22,184($sp)
	lw	$20,152($sp)
	ldc1	$f20,176($sp)
	lw	$19,148($sp)
	lw	$18,144($sp)
	lw	$17,140($sp)
	lw	$16,136($sp)
	jr	$31
	addiu	$sp,$sp,224

$L8:
	mtc1	$4,$f12
	.reloc	1f,R_MIPS_JALR,sqrt
1:	jalr	$25
	mthc1	$3,$f12

	b	$L5
	lw	$28,48($sp)

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
