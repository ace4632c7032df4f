	.file	1 "qsort.c"
	.section .mdebug.abi32
	.previous
	.nan	legacy
	.module	softfloat
	.module	oddspreg
	.module	arch=mips32
	.text
	.align	2
	.set	nomips16
	.set	nomicromips
	.ent	swap
	.type	swap, @function
swap:
	.frame	$fp,16,$31		# vars= 8, regs= 1/0, args= 0, gp= 0
	.mask	0x40000000,-4
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	addiu	$sp,$sp,-16
	sw	$fp,12($sp)
	move	$fp,$sp
	sw	$4,16($fp)
	sw	$5,20($fp)
	sw	$6,24($fp)
	b	$L2
	nop

$L3:
	lw	$2,16($fp)
	lbu	$2,0($2)
	sb	$2,0($fp)
	lw	$2,16($fp)
	addiu	$3,$2,1
	sw	$3,16($fp)
	lw	$3,20($fp)
	lb	$3,0($3)
	sb	$3,0($2)
	lw	$2,20($fp)
	addiu	$3,$2,1
	sw	$3,20($fp)
	lbu	$3,0($fp)
	sb	$3,0($2)
$L2:
	lw	$2,24($fp)
	addiu	$3,$2,-1
	sw	$3,24($fp)
	bne	$2,$0,$L3
	nop

	nop
	nop
	move	$sp,$fp
	lw	$fp,12($sp)
	addiu	$sp,$sp,16
	jr	$31
	nop

	.set	macro
	.set	reorder
	.end	swap
	.size	swap, .-swap
	.align	2
	.set	nomips16
	.set	nomicromips
	.ent	sort
	.type	sort, @function
sort:
	.frame	$fp,40,$31		# vars= 16, regs= 2/0, args= 16, gp= 0
	.mask	0xc0000000,-4
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	addiu	$sp,$sp,-40
	sw	$31,36($sp)
	sw	$fp,32($sp)
	move	$fp,$sp
	sw	$4,40($fp)
	sw	$5,44($fp)
	sw	$6,48($fp)
	sw	$7,52($fp)
	lw	$2,40($fp)
	sw	$2,16($fp)
	b	$L5
	nop

$L10:
	lw	$2,44($fp)
	srl	$3,$2,1
	lw	$2,48($fp)
	mul	$2,$3,$2
	lw	$3,16($fp)
	addu	$2,$3,$2
	sw	$2,28($fp)
	lw	$6,48($fp)
	lw	$5,28($fp)
	lw	$4,16($fp)
	jal	swap
	nop

	sw	$0,20($fp)
	li	$2,1			# 0x1
	sw	$2,24($fp)
	b	$L6
	nop

$L8:
	lw	$3,24($fp)
	lw	$2,48($fp)
	mul	$2,$3,$2
	lw	$3,16($fp)
	addu	$3,$3,$2
	lw	$2,52($fp)
	lw	$5,16($fp)
	move	$4,$3
	jalr	$2
	nop

	bgez	$2,$L7
	nop

	lw	$2,20($fp)
	addiu	$2,$2,1
	sw	$2,20($fp)
	lw	$3,20($fp)
	lw	$2,48($fp)
	mul	$2,$3,$2
	lw	$3,16($fp)
	addu	$4,$3,$2
	lw	$3,24($fp)
	lw	$2,48($fp)
	mul	$2,$3,$2
	lw	$3,16($fp)
	addu	$2,$3,$2
	lw	$6,48($fp)
	move	$5,$2
	jal	swap
	nop

$L7:
	lw	$2,24($fp)
	addiu	$2,$2,1
	sw	$2,24($fp)
$L6:
	lw	$3,24($fp)
	lw	$2,44($fp)
	sltu	$2,$3,$2
	bne	$2,$0,$L8
	nop

	lw	$3,20($fp)
	lw	$2,48($fp)
	mul	$2,$3,$2
	lw	$3,16($fp)
	addu	$2,$3,$2
	lw	$6,48($fp)
	move	$5,$2
	lw	$4,16($fp)
	jal	swap
	nop

	lw	$3,44($fp)
	lw	$2,20($fp)
	subu	$2,$3,$2
	addiu	$2,$2,-1
	lw	$3,20($fp)
	sltu	$2,$3,$2
	beq	$2,$0,$L9
	nop

	lw	$7,52($fp)
	lw	$6,48($fp)
	lw	$5,20($fp)
	lw	$4,16($fp)
	jal	sort
	nop

	lw	$2,20($fp)
	addiu	$3,$2,1
	lw	$2,48($fp)
	mul	$2,$3,$2
	lw	$3,16($fp)
	addu	$2,$3,$2
	sw	$2,16($fp)
	lw	$3,44($fp)
	lw	$2,20($fp)
	subu	$2,$3,$2
	addiu	$2,$2,-1
	sw	$2,44($fp)
	b	$L5
	nop

$L9:
	lw	$2,20($fp)
	addiu	$3,$2,1
	lw	$2,48($fp)
	mul	$2,$3,$2
	lw	$3,16($fp)
	addu	$4,$3,$2
	lw	$3,44($fp)
	lw	$2,20($fp)
	subu	$2,$3,$2
	addiu	$2,$2,-1
	lw	$7,52($fp)
	lw	$6,48($fp)
	move	$5,$2
	jal	sort
	nop

	lw	$2,20($fp)
	sw	$2,44($fp)
$L5:
	lw	$2,44($fp)
	sltu	$2,$2,2
	beq	$2,$0,$L10
	nop

	nop
	nop
	move	$sp,$fp
	lw	$31,36($sp)
	lw	$fp,32($sp)
	addiu	$sp,$sp,40
	jr	$31
	nop

	.set	macro
	.set	reorder
	.end	sort
	.size	sort, .-sort
	.align	2
	.set	nomips16
	.set	nomicromips
	.ent	cmp_int
	.type	cmp_int, @function
cmp_int:
	.frame	$fp,16,$31		# vars= 8, regs= 1/0, args= 0, gp= 0
	.mask	0x40000000,-4
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	addiu	$sp,$sp,-16
	sw	$fp,12($sp)
	move	$fp,$sp
	sw	$4,16($fp)
	sw	$5,20($fp)
	lw	$2,16($fp)
	lw	$2,0($2)
	sw	$2,0($fp)
	lw	$2,20($fp)
	lw	$2,0($2)
	sw	$2,4($fp)
	lw	$3,0($fp)
	lw	$2,4($fp)
	slt	$2,$3,$2
	bne	$2,$0,$L12
	nop

	lw	$3,0($fp)
	lw	$2,4($fp)
	slt	$2,$2,$3
	andi	$2,$2,0x00ff
	b	$L14
	nop

$L12:
	li	$2,-1			# 0xffffffffffffffff
$L14:
	move	$sp,$fp
	lw	$fp,12($sp)
	addiu	$sp,$sp,16
	jr	$31
	nop

	.set	macro
	.set	reorder
	.end	cmp_int
	.size	cmp_int, .-cmp_int
	.align	2
	.set	nomips16
	.set	nomicromips
	.ent	cmp_str
	.type	cmp_str, @function
cmp_str:
	.frame	$fp,24,$31		# vars= 0, regs= 2/0, args= 16, gp= 0
	.mask	0xc0000000,-4
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	addiu	$sp,$sp,-24
	sw	$31,20($sp)
	sw	$fp,16($sp)
	move	$fp,$sp
	sw	$4,24($fp)
	sw	$5,28($fp)
	lw	$2,24($fp)
	lw	$3,0($2)
	lw	$2,28($fp)
	lw	$2,0($2)
	move	$5,$2
	move	$4,$3
	jal	strcmp
	nop

	move	$sp,$fp
	lw	$31,20($sp)
	lw	$fp,16($sp)
	addiu	$sp,$sp,24
	jr	$31
	nop

	.set	macro
	.set	reorder
	.end	cmp_str
	.size	cmp_str, .-cmp_str
	.local	v
	.comm	v,12000,4
	.rdata
	.align	2
$LC15:
	.ascii	"ints sorted\012\000"
	.align	2
$LC16:
	.ascii	"ints NOT sorted\012\000"
	.align	2
$LC17:
	.ascii	"min \000"
	.align	2
$LC18:
	.ascii	" median \000"
	.align	2
$LC19:
	.ascii	" max \000"
	.align	2
$LC20:
	.ascii	"\012hash \000"
	.align	2
$LC0:
	.ascii	"pear\000"
	.align	2
$LC1:
	.ascii	"apple\000"
	.align	2
$LC2:
	.ascii	"fig\000"
	.align	2
$LC3:
	.ascii	"banana\000"
	.align	2
$LC4:
	.ascii	"cherry\000"
	.align	2
$LC5:
	.ascii	"kiwi\000"
	.align	2
$LC6:
	.ascii	"date\000"
	.align	2
$LC7:
	.ascii	"grape\000"
	.align	2
$LC8:
	.ascii	"lemon\000"
	.align	2
$LC9:
	.ascii	"mango\000"
	.align	2
$LC10:
	.ascii	"apricot\000"
	.align	2
$LC11:
	.ascii	"lime\000"
	.align	2
$LC12:
	.ascii	"plum\000"
	.align	2
$LC13:
	.ascii	"quince\000"
	.align	2
$LC21:
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
	.text
	.align	2
	.globl	main
	.set	nomips16
	.set	nomicromips
	.ent	main
	.type	main, @function
main:
	.frame	$fp,112,$31		# vars= 88, regs= 2/0, args= 16, gp= 0
	.mask	0xc0000000,-4
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	addiu	$sp,$sp,-112
	sw	$31,108($sp)
	sw	$fp,104($sp)
	move	$fp,$sp
	li	$2,12345			# 0x3039
	sw	$2,16($fp)
	sw	$0,20($fp)
	b	$L18
	nop

$L19:
	lw	$3,16($fp)
	li	$2,1103495168			# 0x41c60000
	ori	$2,$2,0x4e6d
	mul	$2,$3,$2
	addiu	$2,$2,12345
	sw	$2,16($fp)
	lw	$2,16($fp)
	srl	$2,$2,8
	move	$3,$2
	li	$2,-4194304			# 0xffffffffffc00000
	addu	$3,$3,$2
	lui	$2,%hi(v)
	lw	$4,20($fp)
	sll	$4,$4,2
	addiu	$2,$2,%lo(v)
	addu	$2,$4,$2
	sw	$3,0($2)
	lw	$2,20($fp)
	addiu	$2,$2,1
	sw	$2,20($fp)
$L18:
	lw	$2,20($fp)
	slt	$2,$2,3000
	bne	$2,$0,$L19
	nop

	lui	$2,%hi(cmp_int)
	addiu	$7,$2,%lo(cmp_int)
	li	$6,4			# 0x4
	li	$5,3000			# 0xbb8
	lui	$2,%hi(v)
	addiu	$4,$2,%lo(v)
	jal	sort
	nop

	li	$2,1			# 0x1
	sw	$2,24($fp)
	sw	$0,28($fp)
	sw	$0,32($fp)
	b	$L20
	nop

$L22:
	lw	$2,32($fp)
	blez	$2,$L21
	nop

	lw	$2,32($fp)
	addiu	$3,$2,-1
	lui	$2,%hi(v)
	sll	$3,$3,2
	addiu	$2,$2,%lo(v)
	addu	$2,$3,$2
	lw	$3,0($2)
	lui	$2,%hi(v)
	lw	$4,32($fp)
	sll	$4,$4,2
	addiu	$2,$2,%lo(v)
	addu	$2,$4,$2
	lw	$2,0($2)
	slt	$2,$2,$3
	beq	$2,$0,$L21
	nop

	sw	$0,24($fp)
$L21:
	lw	$3,28($fp)
	move	$2,$3
	sll	$2,$2,5
	subu	$2,$2,$3
	lui	$3,%hi(v)
	lw	$4,32($fp)
	sll	$4,$4,2
	addiu	$3,$3,%lo(v)
	addu	$3,$4,$3
	lw	$3,0($3)
	addu	$2,$2,$3
	sw	$2,28($fp)
	lw	$2,32($fp)
	addiu	$2,$2,1
	sw	$2,32($fp)
$L20:
	lw	$2,32($fp)
	slt	$2,$2,3000
	bne	$2,$0,$L22
	nop

	lw	$2,24($fp)
	beq	$2,$0,$L23
	nop

	lui	$2,%hi($LC15)
	addiu	$2,$2,%lo($LC15)
	b	$L24
	nop

$L23:
	lui	$2,%hi($LC16)
	addiu	$2,$2,%lo($LC16)
$L24:
	move	$4,$2
	jal	put
	nop

	lui	$2,%hi($LC17)
	addiu	$4,$2,%lo($LC17)
	jal	put
	nop

	lui	$2,%hi(v)
	lw	$2,%lo(v)($2)
	move	$4,$2
	jal	put_int
	nop

	lui	$2,%hi($LC18)
	addiu	$4,$2,%lo($LC18)
	jal	put
	nop

	lui	$2,%hi(v)
	addiu	$2,$2,%lo(v)
	lw	$2,6000($2)
	move	$4,$2
	jal	put_int
	nop

	lui	$2,%hi($LC19)
	addiu	$4,$2,%lo($LC19)
	jal	put
	nop

	lui	$2,%hi(v)
	addiu	$2,$2,%lo(v)
	lw	$2,11996($2)
	move	$4,$2
	jal	put_int
	nop

	lui	$2,%hi($LC20)
	addiu	$4,$2,%lo($LC20)
	jal	put
	nop

	lw	$4,28($fp)
	jal	put_hex
	nop

	li	$4,10			# 0xa
	jal	putc_
	nop

	lui	$2,%hi($LC21)
	addiu	$4,$fp,44
	addiu	$2,$2,%lo($LC21)
	li	$3,56			# 0x38
	move	$6,$3
	move	$5,$2
	jal	memcpy
	nop

	li	$2,14			# 0xe
	sw	$2,40($fp)
	addiu	$3,$fp,44
	lui	$2,%hi(cmp_str)
	addiu	$7,$2,%lo(cmp_str)
	li	$6,4			# 0x4
	lw	$5,40($fp)
	move	$4,$3
	jal	sort
	nop

	sw	$0,36($fp)
	b	$L25
	nop

$L28:
	lw	$2,36($fp)
	sll	$2,$2,2
	addiu	$3,$fp,16
	addu	$2,$3,$2
	lw	$2,28($2)
	move	$4,$2
	jal	put
	nop

	lw	$2,36($fp)
	addiu	$2,$2,1
	lw	$3,40($fp)
	sltu	$2,$2,$3
	beq	$2,$0,$L26
	nop

	li	$2,32			# 0x20
	b	$L27
	nop

$L26:
	li	$2,10			# 0xa
$L27:
	move	$4,$2
	jal	putc_
	nop

	lw	$2,36($fp)
	addiu	$2,$2,1
	sw	$2,36($fp)
$L25:
	lw	$3,36($fp)
	lw	$2,40($fp)
	sltu	$2,$3,$2
	bne	$2,$0,$L28
	nop

	jal	flush
	nop

	move	$2,$0
	move	$sp,$fp
	lw	$31,108($sp)
	lw	$fp,104($sp)
	addiu	$sp,$sp,112
	jr	$31
	nop

	.set	macro
	.set	reorder
	.end	main
	.size	main, .-main
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
