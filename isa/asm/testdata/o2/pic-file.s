	.file	1 "file.c"
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
	.ascii	"file.c\000"
	.align	2
$LC1:
	.ascii	"(unset)\000"
	.align	2
$LC2:
	.ascii	"opened\000"
	.align	2
$LC3:
	.ascii	"NULL\000"
	.align	2
$LC4:
	.ascii	"r\000"
	.align	2
$LC5:
	.ascii	"fopen\000"
	.align	2
$LC6:
	.ascii	"%s: %d lines, %ld chars, size %ld, hash %08x\012\000"
	.align	2
$LC7:
	.ascii	"GRAFTLAB_TEST\000"
	.align	2
$LC8:
	.ascii	"env: %s\012\000"
	.align	2
$LC9:
	.ascii	"/nonexistent/file\000"
	.align	2
$LC10:
	.ascii	"missing: %s\012\000"
	.section	.text.startup,"ax",@progbits
	.align	2
	.globl	main
	.set	nomips16
	.set	nomicromips
	.ent	main
	.type	main, @function
main:
	.frame	$sp,320,$31		# vars= 256, regs= 8/0, args= 24, gp= 8
	.mask	0x807f0000,-4
	.fmask	0x00000000,0
	.set	noreorder
	.cpload	$25
	.set	nomacro
	addiu	$sp,$sp,-320
	slt	$4,$4,2
	.cprestore	24
	sw	$31,316($sp)
	sw	$22,312($sp)
	sw	$21,308($sp)
	sw	$20,304($sp)
	sw	$19,300($sp)
	sw	$18,296($sp)
	sw	$17,292($sp)
	bne	$4,$0,$L10
	sw	$16,288($sp)

	lw	$19,4($5)
$L2:
	lw	$20,%got($LC4)($28)
	move	$4,$19
	lw	$25,%call16(fopen)($28)
	.reloc	1f,R_MIPS_JALR,fopen
1:	jalr	$25
	addiu	$5,$20,%lo($LC4)

	lw	$28,24($sp)
	beq	$2,$0,$L19
	move	$18,$2

	move	$21,$0
	move	$17,$0
	move	$16,$0
	addiu	$22,$sp,32
$L3:
	lw	$25,%call16(fgets)($28)
	li	$5,256			# 0x100
	move	$6,$18
	.reloc	1f,R_MIPS_JALR,fgets
1:	jalr	$25
	move	$4,$22

	beq	$2,$0,$L20
	lw	$28,24($sp)

$L7:
	lw	$25,%call16(strlen)($28)
	move	$4,$22
	.reloc	1f,R_MIPS_JALR,strlen
1:	jalr	$25
	addiu	$16,$16,1

	lb	$5,32($sp)
	addu	$17,$17,$2
	beq	$5,$0,$L3
	lw	$28,24($sp)

	move	$7,$22
$L6:
	addiu	$7,$7,1
	sll	$3,$21,5
	andi	$2,$5,0x00ff
	lb	$5,0($7)
	subu	$3,$3,$21
	bne	$5,$0,$L6
	addu	$21,$2,$3

	lw	$25,%call16(fgets)($28)
	li	$5,256			# 0x100
	move	$6,$18
	.reloc	1f,R_MIPS_JALR,fgets
1:	jalr	$25
	move	$4,$22

	bne	$2,$0,$L7
	lw	$28,24($sp)

$L20:
	lw	$25,%call16(fseek)($28)
	li	$6,2			# 0x2
	move	$5,$0
	.reloc	1f,R_MIPS_JALR,fseek
1:	jalr	$25
	move	$4,$18

	lw	$28,24($sp)
	lw	$25,%call16(ftell)($28)
	.reloc	1f,R_MIPS_JALR,ftell
1:	jalr	$25
	move	$4,$18

	move	$4,$18
	lw	$28,24($sp)
	lw	$25,%call16(fclose)($28)
	.reloc	1f,R_MIPS_JALR,fclose
1:	jalr	$25
	move	$18,$2

	move	$5,$19
	lw	$28,24($sp)
	move	$7,$17
	move	$6,$16
	sw	$21,20($sp)
	sw	$18,16($sp)
	lw	$4,%got($LC6)($28)
	lw	$25,%call16(printf)($28)
	.reloc	1f,R_MIPS_JALR,printf
1:	jalr	$25
	addiu	$4,$4,%lo($LC6)

	lw	$28,24($sp)
	lw	$4,%got($LC7)($28)
	lw	$25,%call16(getenv)($28)
	.reloc	1f,R_MIPS_JALR,getenv
1:	jalr	$25
	addiu	$4,$4,%lo($LC7)

	lw	$28,24($sp)
	beq	$2,$0,$L21
	move	$5,$2

$L8:
	lw	$4,%got($LC8)($28)
	lw	$25,%call16(printf)($28)
	.reloc	1f,R_MIPS_JALR,printf
1:	jalr	$25
	addiu	$4,$4,%lo($LC8)

	addiu	$5,$20,%lo($LC4)
	lw	$28,24($sp)
	lw	$4,%got($LC9)($28)
	lw	$25,%call16(fopen)($28)
	.reloc	1f,R_MIPS_JALR,fopen
1:	jalr	$25
	addiu	$4,$4,%lo($LC9)

	beq	$2,$0,$L12
	lw	$28,24($sp)

	lw	$5,%got($LC2)($28)
	addiu	$5,$5,%lo($LC2)
$L9:
	lw	$4,%got($LC10)($28)
	lw	$25,%call16(printf)($28)
	.reloc	1f,R_MIPS_JALR,printf
1:	jalr	$25
	addiu	$4,$4,%lo($LC10)

	move	$2,$0
$L1:
	lw	$31,316($sp)
	lw	$22,312($sp)
	lw	$21,308($sp)
	lw	$20,304($sp)
	lw	$19,300($sp)
	lw	$18,296($sp)
	lw	$17,292($sp)
	lw	$16,288($sp)
	jr	$31
	addiu	$sp,$sp,320

$L10:
	lw	$19,%got($LC0)($28)
	b	$L2
	addiu	$19,$19,%lo($LC0)

$L21:
	lw	$5,%got($LC1)($28)
	b	$L8
	addiu	$5,$5,%lo($LC1)

$L12:
	lw	$5,%got($LC3)($28)
	b	$L9
	addiu	$5,$5,%lo($LC3)

$L19:
	lw	$4,%got($LC5)($28)
	lw	$25,%call16(perror)($28)
	.reloc	1f,R_MIPS_JALR,perror
1:	jalr	$25
	addiu	$4,$4,%lo($LC5)

	b	$L1
	li	$2,1			# 0x1

	.set	macro
	.set	reorder
	.end	main
	.size	main, .-main
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
