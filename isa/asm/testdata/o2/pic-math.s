	.file	1 "math.c"
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
	.frame	$sp,336,$31		# vars= 144, regs= 10/12, args= 96, gp= 8
	.mask	0xc0ff0000,-52
	.fmask	0xfff00000,-8
	.set	noreorder
	.cpload	$25
	.set	nomacro
	lw	$2,%got($LC0)($28)
	addiu	$sp,$sp,-336
	sdc1	$f30,328($sp)
	addiu	$2,$2,%lo($LC0)
	sw	$18,256($sp)
	addiu	$18,$sp,104
	sdc1	$f28,320($sp)
	addiu	$8,$2,64
	.cprestore	96
	sdc1	$f26,312($sp)
	move	$3,$18
	sw	$31,284($sp)
	sdc1	$f24,304($sp)
	sw	$fp,280($sp)
	sdc1	$f22,296($sp)
	sw	$23,276($sp)
	sdc1	$f20,288($sp)
	sw	$22,272($sp)
	sw	$21,268($sp)
	sw	$20,264($sp)
	sw	$19,260($sp)
	sw	$17,252($sp)
	sw	$16,248($sp)
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

	lw	$4,%got($LC1)($28)
	addiu	$19,$sp,176
	lw	$5,%got($LC2)($28)
	addiu	$20,$sp,184
	lw	$21,%got($LC4)($28)
	ldc1	$f0,%lo($LC1)($4)
	lw	$4,0($2)
	lw	$2,4($2)
	lw	$fp,%got($LC6)($28)
	sdc1	$f0,216($sp)
	ldc1	$f0,%lo($LC2)($5)
	lw	$5,%got($LC3)($28)
	sdc1	$f0,224($sp)
	ldc1	$f0,%lo($LC3)($5)
	lw	$5,%got($LC5)($28)
	sdc1	$f0,232($sp)
	lwc1	$f0,%lo($LC5)($5)
	swc1	$f0,240($sp)
	sw	$4,0($3)
	sw	$2,4($3)
$L9:
	lw	$16,0($18)
	mtc1	$0,$f2
	lw	$17,4($18)
	mtc1	$16,$f0
	ext	$23,$17,0,31
	mthc1	$0,$f2
	mthc1	$23,$f0
	c.ule.d	$fcc0,$f2,$f0
	bc1f	$fcc0,$L14
	move	$22,$16

	sqrt.d	$f0,$f0
	sdc1	$f0,192($sp)
$L5:
	mtc1	$16,$f12
	lw	$25,%call16(sincos)($28)
	move	$7,$20
	move	$6,$19
	.reloc	1f,R_MIPS_JALR,sincos
1:	jalr	$25
	mthc1	$17,$f12

	mtc1	$16,$f12
	ldc1	$f2,176($sp)
	lw	$28,96($sp)
	ldc1	$f0,184($sp)
	lw	$25,%call16(exp)($28)
	mthc1	$17,$f12
	sdc1	$f2,208($sp)
	.reloc	1f,R_MIPS_JALR,exp
1:	jalr	$25
	sdc1	$f0,200($sp)

	mtc1	$22,$f12
	lw	$28,96($sp)
	mov.d	$f30,$f0
	lw	$25,%call16(log)($28)
	.reloc	1f,R_MIPS_JALR,log
1:	jalr	$25
	mthc1	$23,$f12

	mtc1	$22,$f12
	ldc1	$f14,216($sp)
	lw	$28,96($sp)
	mov.d	$f20,$f0
	lw	$25,%call16(pow)($28)
	.reloc	1f,R_MIPS_JALR,pow
1:	jalr	$25
	mthc1	$23,$f12

	mtc1	$16,$f4
	ldc1	$f6,232($sp)
	lw	$28,96($sp)
	mov.d	$f22,$f0
	ldc1	$f14,224($sp)
	lw	$25,%call16(fmod)($28)
	mthc1	$17,$f4
	.reloc	1f,R_MIPS_JALR,fmod
1:	jalr	$25
	mul.d	$f12,$f4,$f6

	mtc1	$16,$f12
	lw	$28,96($sp)
	mov.d	$f26,$f0
	lw	$25,%call16(floor)($28)
	.reloc	1f,R_MIPS_JALR,floor
1:	jalr	$25
	mthc1	$17,$f12

	mtc1	$16,$f12
	lw	$28,96($sp)
	mov.d	$f28,$f0
	lw	$25,%call16(ceil)($28)
	.reloc	1f,R_MIPS_JALR,ceil
1:	jalr	$25
	mthc1	$17,$f12

	mtc1	$16,$f12
	lw	$28,96($sp)
	mov.d	$f24,$f0
	lw	$25,%call16(round)($28)
	.reloc	1f,R_MIPS_JALR,round
1:	jalr	$25
	mthc1	$17,$f12

	addiu	$4,$21,%lo($LC4)
	sdc1	$f0,88($sp)
	move	$6,$16
	lw	$28,96($sp)
	move	$7,$17
	ldc1	$f0,200($sp)
	ldc1	$f2,208($sp)
	lw	$25,%call16(printf)($28)
	sdc1	$f28,72($sp)
	sdc1	$f26,64($sp)
	sdc1	$f0,32($sp)
	ldc1	$f0,192($sp)
	sdc1	$f2,24($sp)
	sdc1	$f24,80($sp)
	sdc1	$f22,56($sp)
	sdc1	$f0,16($sp)
	sdc1	$f20,48($sp)
	.reloc	1f,R_MIPS_JALR,printf
1:	jalr	$25
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
	lw	$28,96($sp)

	sqrt.s	$f22,$f2
$L8:
	lw	$25,%call16(sinf)($28)
	addiu	$18,$18,8
	.reloc	1f,R_MIPS_JALR,sinf
1:	jalr	$25
	mtc1	$16,$f12

	mtc1	$16,$f12
	lw	$28,96($sp)
	lw	$25,%call16(expf)($28)
	.reloc	1f,R_MIPS_JALR,expf
1:	jalr	$25
	mov.s	$f24,$f0

	mtc1	$17,$f12
	lwc1	$f14,240($sp)
	lw	$28,96($sp)
	lw	$25,%call16(powf)($28)
	.reloc	1f,R_MIPS_JALR,powf
1:	jalr	$25
	mov.s	$f20,$f0

	cvt.d.s	$f2,$f22
	addiu	$4,$fp,%lo($LC6)
	lw	$28,96($sp)
	cvt.d.s	$f0,$f0
	cvt.d.s	$f24,$f24
	lw	$25,%call16(printf)($28)
	cvt.d.s	$f20,$f20
	mfc1	$6,$f2
	mfhc1	$7,$f2
	sdc1	$f0,32($sp)
	sdc1	$f24,16($sp)
	.reloc	1f,R_MIPS_JALR,printf
1:	jalr	$25
	sdc1	$f20,24($sp)

	bne	$19,$18,$L9
	lw	$28,96($sp)

	lw	$3,%got($LC9)($28)
	lw	$2,%got($LC10)($28)
	lw	$4,%got($LC7)($28)
	ldc1	$f0,%lo($LC9)($3)
	lw	$25,%call16(printf)($28)
	lw	$6,%lo($LC7)($4)
	lw	$7,%lo($LC7+4)($4)
	lw	$4,%got($LC8)($28)
	sdc1	$f0,24($sp)
	addiu	$4,$4,%lo($LC8)
	ldc1	$f0,%lo($LC10)($2)
	.reloc	1f,R_MIPS_JALR,printf
1:	jalr	$25
	sdc1	$f0,16($sp)

	move	$2,$0
	lw	$31,284($sp)
	ldc1	$f30,328($sp)
	lw	$fp,280($sp)
	ldc1	$f28,320($sp)
	lw	$23,276($sp)
	ldc1	$f26,312($sp)
	lw	$22,272($sp)
	ldc1	$f24,304($sp)
	lw	$21,268($sp)
	ldc1	$f22,296($sp)
	lw	$20,264($sp)
	ldc1	$f20,288($sp)
	lw	$19,260($sp)
	lw	$18,256($sp)
	lw	$17,252($sp)
	lw	$16,248($sp)
	jr	$31
	addiu	$sp,$sp,336

$L14:
	mtc1	$16,$f12
	lw	$25,%call16(sqrt)($28)
	.reloc	1f,R_MIPS_JALR,sqrt
1:	jalr	$25
	mthc1	$23,$f12

	lw	$28,96($sp)
	b	$L5
	sdc1	$f0,192($sp)

$L15:
	lw	$25,%call16(sqrtf)($28)
	.reloc	1f,R_MIPS_JALR,sqrtf
1:	jalr	$25
	mtc1	$17,$f12

	mov.s	$f22,$f0
	b	$L8
	lw	$28,96($sp)

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
