	.file	1 "stdio.c"
	.section .mdebug.abi32
	.previous
	.nan	legacy
	.module	fp=xx
	.module	nooddspreg
	.module	arch=mips32r2
	.text
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align	2
$LC1:
	.ascii	"%f %e %g %.17g %a\012\000"
	.align	2
$LC3:
	.ascii	"%f %f %f\012\000"
	.align	2
$LC7:
	.ascii	"%f %.10f\012\000"
	.align	2
$LC9:
	.ascii	"%08.3f|%-10.2e|%+g\000"
	.rdata
	.align	3
$LC0:
	.word	0
	.word	0
	.word	0
	.word	-2147483648
	.word	0
	.word	1072693248
	.word	0
	.word	-1073479680
	.word	1413754129
	.word	1074340347
	.word	-2013235812
	.word	2117592124
	.word	-1023872167
	.word	-2119864801
	.word	1417674752
	.word	1100836660
	.word	1431655765
	.word	1070945621
	.word	1431655765
	.word	1071994197
	.word	-1998362383
	.word	1055193269
	.word	1
	.word	0
	.word	-1
	.word	2146435071
	.section	.text.startup,"ax",@progbits
	.align	2
	.globl	main
	.set	nomips16
	.set	nomicromips
	.ent	main
	.type	main, @function
main:
	.frame	$sp,232,$31		# vars= 168, regs= 4/0, args= 48, gp= 0
	.mask	0x80070000,-4
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	lui	$2,%hi($LC0)
	addiu	$sp,$sp,-232
	addiu	$2,$2,%lo($LC0)
	addiu	$3,$sp,48
	addiu	$8,$2,96
	sw	$31,228($sp)
	sw	$18,224($sp)
	sw	$17,220($sp)
	sw	$16,216($sp)
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

	lw	$4,0($2)
	lui	$17,%hi($LC1)
	lw	$2,4($2)
	addiu	$18,$sp,152
	addiu	$17,$17,%lo($LC1)
	addiu	$16,$sp,48
	sw	$4,0($3)
	sw	$2,4($3)
$L3:
	ldc1	$f0,0($16)
	addiu	$16,$16,8
	move	$4,$17
	sdc1	$f0,40($sp)
	mfc1	$6,$f0
	mfhc1	$7,$f0
	sdc1	$f0,32($sp)
	sdc1	$f0,24($sp)
	jal	printf
	sdc1	$f0,16($sp)

	bne	$18,$16,$L3
	lui	$3,%hi($LC4)

	lui	$2,%hi($LC5)
	ldc1	$f0,%lo($LC4)($3)
	lui	$4,%hi($LC2)
	lw	$6,%lo($LC2)($4)
	lw	$7,%lo($LC2+4)($4)
	lui	$4,%hi($LC3)
	addiu	$4,$4,%lo($LC3)
	sdc1	$f0,24($sp)
	ldc1	$f0,%lo($LC5)($2)
	jal	printf
	sdc1	$f0,16($sp)

	lui	$2,%hi($LC8)
	lui	$3,%hi($LC6)
	ldc1	$f0,%lo($LC8)($2)
	lui	$4,%hi($LC7)
	lw	$6,%lo($LC6)($3)
	addiu	$4,$4,%lo($LC7)
	lw	$7,%lo($LC6+4)($3)
	jal	printf
	sdc1	$f0,16($sp)

	lui	$7,%hi($LC10)
	lui	$3,%hi($LC11)
	ldc1	$f0,%lo($LC10)($7)
	lui	$2,%hi($LC12)
	lui	$6,%hi($LC9)
	li	$5,64			# 0x40
	addiu	$6,$6,%lo($LC9)
	move	$4,$18
	sdc1	$f0,32($sp)
	ldc1	$f0,%lo($LC11)($3)
	sdc1	$f0,24($sp)
	ldc1	$f0,%lo($LC12)($2)
	jal	snprintf
	sdc1	$f0,16($sp)

	jal	puts
	move	$4,$18

	move	$2,$0
	lw	$31,228($sp)
	lw	$18,224($sp)
	lw	$17,220($sp)
	lw	$16,216($sp)
	jr	$31
	addiu	$sp,$sp,232

	.set	macro
	.set	reorder
	.end	main
	.size	main, .-main
	.section	.rodata.cst8,"aM",@progbits,8
	.align	3
$LC2:
	.word	0
	.word	2146435072
	.align	3
$LC4:
	.word	-1
	.word	2146959359
	.align	3
$LC5:
	.word	0
	.word	-1048576
	.align	3
$LC6:
	.word	-1610612736
	.word	1072798105
	.align	3
$LC8:
	.word	-2147483648
	.word	1074423398
	.align	3
$LC10:
	.word	2025163840
	.word	1142271773
	.align	3
$LC11:
	.word	-194063802
	.word	-1088413903
	.align	3
$LC12:
	.word	0
	.word	1074528256
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
