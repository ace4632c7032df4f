	.file	1 "stdio.c"
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
	.frame	$sp,240,$31		# vars= 168, regs= 4/0, args= 48, gp= 8
	.mask	0x80070000,-4
	.fmask	0x00000000,0
	.set	noreorder
	.cpload	$25
	.set	nomacro
	lw	$2,%got($LC0)($28)
	addiu	$sp,$sp,-240
	addiu	$2,$2,%lo($LC0)
	sw	$16,224($sp)
	addiu	$16,$sp,56
	.cprestore	48
	addiu	$8,$2,96
	sw	$31,236($sp)
	sw	$18,232($sp)
	move	$3,$16
	sw	$17,228($sp)
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

	lw	$17,%got($LC1)($28)
	addiu	$18,$sp,160
	lw	$4,0($2)
	lw	$2,4($2)
	addiu	$17,$17,%lo($LC1)
	sw	$4,0($3)
	sw	$2,4($3)
$L3:
	ldc1	$f0,0($16)
	addiu	$16,$16,8
	lw	$25,%call16(printf)($28)
	move	$4,$17
	sdc1	$f0,40($sp)
	mfc1	$6,$f0
	mfhc1	$7,$f0
	sdc1	$f0,32($sp)
	sdc1	$f0,24($sp)
	.reloc	1f,R_MIPS_JALR,printf
1:	jalr	$25
	sdc1	$f0,16($sp)

	bne	$18,$16,$L3
	lw	$28,48($sp)

	lw	$3,%got($LC4)($28)
	lw	$2,%got($LC5)($28)
	lw	$4,%got($LC2)($28)
	ldc1	$f0,%lo($LC4)($3)
	lw	$25,%call16(printf)($28)
	lw	$6,%lo($LC2)($4)
	lw	$7,%lo($LC2+4)($4)
	lw	$4,%got($LC3)($28)
	sdc1	$f0,24($sp)
	addiu	$4,$4,%lo($LC3)
	ldc1	$f0,%lo($LC5)($2)
	.reloc	1f,R_MIPS_JALR,printf
1:	jalr	$25
	sdc1	$f0,16($sp)

	lw	$28,48($sp)
	lw	$2,%got($LC8)($28)
	lw	$3,%got($LC6)($28)
	lw	$4,%got($LC7)($28)
	ldc1	$f0,%lo($LC8)($2)
	lw	$25,%call16(printf)($28)
	lw	$6,%lo($LC6)($3)
	addiu	$4,$4,%lo($LC7)
	lw	$7,%lo($LC6+4)($3)
	.reloc	1f,R_MIPS_JALR,printf
1:	jalr	$25
	sdc1	$f0,16($sp)

	li	$5,64			# 0x40
	lw	$28,48($sp)
	move	$4,$18
	lw	$7,%got($LC10)($28)
	lw	$3,%got($LC11)($28)
	lw	$2,%got($LC12)($28)
	ldc1	$f0,%lo($LC10)($7)
	lw	$6,%got($LC9)($28)
	lw	$25,%call16(snprintf)($28)
	addiu	$6,$6,%lo($LC9)
	sdc1	$f0,32($sp)
	ldc1	$f0,%lo($LC11)($3)
	sdc1	$f0,24($sp)
	ldc1	$f0,%lo($LC12)($2)
	.reloc	1f,R_MIPS_JALR,snprintf
1:	jalr	$25
	sdc1	$f0,16($sp)

	lw	$28,48($sp)
	lw	$25,%call16(puts)($28)
	.reloc	1f,R_MIPS_JALR,puts
1:	jalr	$25
	move	$4,$18

	move	$2,$0
	lw	$31,236($sp)
	lw	$18,232($sp)
	lw	$17,228($sp)
	lw	$16,224($sp)
	jr	$31
	addiu	$sp,$sp,240

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
