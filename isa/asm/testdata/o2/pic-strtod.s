	.file	1 "strtod.c"
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
$LC16:
	.ascii	"%-32s %.17g %.9g rest=\"%s\"\012\000"
	.align	2
$LC17:
	.ascii	"-123456\000"
	.align	2
$LC18:
	.ascii	"0xffffffff\000"
	.align	2
$LC19:
	.ascii	"%ld %lu\012\000"
	.align	2
$LC0:
	.ascii	"0\000"
	.align	2
$LC1:
	.ascii	"1.5\000"
	.align	2
$LC2:
	.ascii	"-2.25e10\000"
	.align	2
$LC3:
	.ascii	"3.141592653589793238\000"
	.align	2
$LC4:
	.ascii	"1e-310\000"
	.align	2
$LC5:
	.ascii	"0x1.8p3\000"
	.align	2
$LC6:
	.ascii	"inf\000"
	.align	2
$LC7:
	.ascii	"nan\000"
	.align	2
$LC8:
	.ascii	"1e400\000"
	.align	2
$LC9:
	.ascii	"  42abc\000"
	.align	2
$LC10:
	.ascii	"4.9e-324\000"
	.align	2
$LC11:
	.ascii	"2.2250738585072014e-308\000"
	.align	2
$LC12:
	.ascii	"0.1\000"
	.align	2
$LC13:
	.ascii	"123456789012345678901234567890\000"
	.data
	.align	2
$LC15:
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
	.frame	$sp,136,$31		# vars= 72, regs= 5/0, args= 32, gp= 8
	.mask	0x800f0000,-4
	.fmask	0x00000000,0
	.set	noreorder
	.cpload	$25
	.set	nomacro
	lw	$2,%got($LC15)($28)
	addiu	$sp,$sp,-136
	addiu	$2,$2,%lo($LC15)
	sw	$16,116($sp)
	addiu	$16,$sp,40
	.cprestore	32
	addiu	$8,$2,48
	sw	$31,132($sp)
	sw	$19,128($sp)
	move	$3,$16
	sw	$18,124($sp)
	sw	$17,120($sp)
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

	lw	$17,%got($LC16)($28)
	addiu	$19,$sp,96
	lw	$4,0($2)
	lw	$2,4($2)
	addiu	$17,$17,%lo($LC16)
	sw	$4,0($3)
	sw	$2,4($3)
$L3:
	lw	$18,0($16)
	move	$5,$19
	lw	$25,%call16(strtod)($28)
	addiu	$16,$16,4
	.reloc	1f,R_MIPS_JALR,strtod
1:	jalr	$25
	move	$4,$18

	move	$5,$0
	lw	$28,32($sp)
	move	$4,$18
	lw	$25,%call16(strtof)($28)
	.reloc	1f,R_MIPS_JALR,strtof
1:	jalr	$25
	sdc1	$f0,104($sp)

	move	$5,$18
	cvt.d.s	$f0,$f0
	lw	$28,32($sp)
	move	$4,$17
	lw	$2,96($sp)
	lw	$6,104($sp)
	lw	$7,108($sp)
	lw	$25,%call16(printf)($28)
	sw	$2,24($sp)
	.reloc	1f,R_MIPS_JALR,printf
1:	jalr	$25
	sdc1	$f0,16($sp)

	bne	$19,$16,$L3
	lw	$28,32($sp)

	lw	$4,%got($LC17)($28)
	li	$6,10			# 0xa
	lw	$25,%call16(strtol)($28)
	move	$5,$0
	.reloc	1f,R_MIPS_JALR,strtol
1:	jalr	$25
	addiu	$4,$4,%lo($LC17)

	li	$6,16			# 0x10
	lw	$28,32($sp)
	move	$5,$0
	move	$16,$2
	lw	$4,%got($LC18)($28)
	lw	$25,%call16(strtoul)($28)
	.reloc	1f,R_MIPS_JALR,strtoul
1:	jalr	$25
	addiu	$4,$4,%lo($LC18)

	move	$5,$16
	lw	$28,32($sp)
	move	$6,$2
	lw	$4,%got($LC19)($28)
	lw	$25,%call16(printf)($28)
	.reloc	1f,R_MIPS_JALR,printf
1:	jalr	$25
	addiu	$4,$4,%lo($LC19)

	move	$2,$0
	lw	$31,132($sp)
	lw	$19,128($sp)
	lw	$18,124($sp)
	lw	$17,120($sp)
	lw	$16,116($sp)
	jr	$31
	addiu	$sp,$sp,136

	.set	macro
	.set	reorder
	.end	main
	.size	main, .-main
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
