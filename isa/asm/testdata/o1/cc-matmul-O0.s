	.file	1 "matmul.c"
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
	.ent	sys_write
	.type	sys_write, @function
sys_write:
	.frame	$fp,40,$31		# vars= 0, regs= 2/0, args= 32, gp= 0
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
	lw	$3,44($fp)
	lw	$4,48($fp)
	li	$2,4004			# 0xfa4
	sw	$2,24($sp)
	sw	$0,20($sp)
	sw	$0,16($sp)
	move	$7,$0
	move	$6,$4
	move	$5,$3
	lw	$4,40($fp)
	jal	__syscall
	nop

	move	$sp,$fp
	lw	$31,36($sp)
	lw	$fp,32($sp)
	addiu	$sp,$sp,40
	jr	$31
	nop

	.set	macro
	.set	reorder
	.end	sys_write
	.size	sys_write, .-sys_write
	.rdata
	.align	2
$LC0:
	.ascii	"usage: \000"
	.text
	.align	2
	.set	nomips16
	.set	nomicromips
	.ent	usage
	.type	usage, @function
usage:
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
	li	$6,7			# 0x7
	lui	$2,%hi($LC0)
	addiu	$5,$2,%lo($LC0)
	li	$4,2			# 0x2
	jal	sys_write
	nop

	lw	$4,24($fp)
	jal	strlen
	nop

	move	$6,$2
	lw	$5,24($fp)
	li	$4,2			# 0x2
	jal	sys_write
	nop

	li	$6,48			# 0x30
	lui	$2,%hi(msg.0)
	addiu	$5,$2,%lo(msg.0)
	li	$4,2			# 0x2
	jal	sys_write
	nop

	li	$4,2			# 0x2
	jal	sys_exit
	nop

	.set	macro
	.set	reorder
	.end	usage
	.size	usage, .-usage
	.align	2
	.set	nomips16
	.set	nomicromips
	.ent	size_arg
	.type	size_arg, @function
size_arg:
	.frame	$fp,32,$31		# vars= 8, regs= 2/0, args= 16, gp= 0
	.mask	0xc0000000,-4
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	addiu	$sp,$sp,-32
	sw	$31,28($sp)
	sw	$fp,24($sp)
	move	$fp,$sp
	sw	$4,32($fp)
	sw	$5,36($fp)
	sw	$6,40($fp)
	lw	$2,32($fp)
	slt	$2,$2,2
	beq	$2,$0,$L5
	nop

	lw	$2,40($fp)
	b	$L6
	nop

$L5:
	lw	$2,32($fp)
	slt	$2,$2,3
	bne	$2,$0,$L7
	nop

	lw	$2,36($fp)
	lw	$2,0($2)
	move	$4,$2
	jal	usage
	nop

$L7:
	sw	$0,16($fp)
	lw	$2,36($fp)
	lw	$2,4($2)
	sw	$2,20($fp)
	lw	$2,20($fp)
	lb	$2,0($2)
	bne	$2,$0,$L9
	nop

	lw	$2,36($fp)
	lw	$2,0($2)
	move	$4,$2
	jal	usage
	nop

	b	$L9
	nop

$L13:
	lw	$2,20($fp)
	lb	$2,0($2)
	slt	$2,$2,48
	bne	$2,$0,$L10
	nop

	lw	$2,20($fp)
	lb	$2,0($2)
	slt	$2,$2,58
	bne	$2,$0,$L11
	nop

$L10:
	lw	$2,36($fp)
	lw	$2,0($2)
	move	$4,$2
	jal	usage
	nop

$L11:
	lw	$3,16($fp)
	move	$2,$3
	sll	$2,$2,2
	addu	$2,$2,$3
	sll	$2,$2,1
	move	$3,$2
	lw	$2,20($fp)
	lb	$2,0($2)
	addu	$2,$3,$2
	addiu	$2,$2,-48
	sw	$2,16($fp)
	lw	$3,16($fp)
	li	$2,99942400			# 0x5f50000
	ori	$2,$2,0xe101
	sltu	$2,$3,$2
	bne	$2,$0,$L12
	nop

	lw	$2,36($fp)
	lw	$2,0($2)
	move	$4,$2
	jal	usage
	nop

$L12:
	lw	$2,20($fp)
	addiu	$2,$2,1
	sw	$2,20($fp)
$L9:
	lw	$2,20($fp)
	lb	$2,0($2)
	bne	$2,$0,$L13
	nop

	lw	$2,16($fp)
	bne	$2,$0,$L14
	nop

	lw	$2,36($fp)
	lw	$2,0($2)
	move	$4,$2
	jal	usage
	nop

$L14:
	lw	$2,16($fp)
$L6:
	move	$sp,$fp
	lw	$31,28($sp)
	lw	$fp,24($sp)
	addiu	$sp,$sp,32
	jr	$31
	nop

	.set	macro
	.set	reorder
	.end	size_arg
	.size	size_arg, .-size_arg
	.align	2
	.set	nomips16
	.set	nomicromips
	.ent	report
	.type	report, @function
report:
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
	sw	$6,32($fp)
	lw	$4,24($fp)
	jal	put
	nop

	li	$4,32			# 0x20
	jal	putc_
	nop

	lw	$4,28($fp)
	jal	put_uint
	nop

	li	$4,32			# 0x20
	jal	putc_
	nop

	lw	$4,32($fp)
	jal	put_hex
	nop

	li	$4,10			# 0xa
	jal	putc_
	nop

	jal	flush
	nop

	move	$2,$0
	move	$sp,$fp
	lw	$31,20($sp)
	lw	$fp,16($sp)
	addiu	$sp,$sp,24
	jr	$31
	nop

	.set	macro
	.set	reorder
	.end	report
	.size	report, .-report
	.align	2
	.set	nomips16
	.set	nomicromips
	.ent	xorshift
	.type	xorshift, @function
xorshift:
	.frame	$fp,8,$31		# vars= 0, regs= 1/0, args= 0, gp= 0
	.mask	0x40000000,-4
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	addiu	$sp,$sp,-8
	sw	$fp,4($sp)
	move	$fp,$sp
	sw	$4,8($fp)
	lw	$2,8($fp)
	sll	$2,$2,13
	lw	$3,8($fp)
	xor	$2,$3,$2
	sw	$2,8($fp)
	lw	$2,8($fp)
	srl	$2,$2,17
	lw	$3,8($fp)
	xor	$2,$3,$2
	sw	$2,8($fp)
	lw	$2,8($fp)
	sll	$2,$2,5
	lw	$3,8($fp)
	xor	$2,$3,$2
	sw	$2,8($fp)
	lw	$2,8($fp)
	move	$sp,$fp
	lw	$fp,4($sp)
	addiu	$sp,$sp,8
	jr	$31
	nop

	.set	macro
	.set	reorder
	.end	xorshift
	.size	xorshift, .-xorshift
	.local	a
	.comm	a,4096,4
	.local	b
	.comm	b,4096,4
	.local	c
	.comm	c,4096,4
	.rdata
	.align	2
$LC1:
	.ascii	"matmul\000"
	.text
	.align	2
	.globl	main
	.set	nomips16
	.set	nomicromips
	.ent	main
	.type	main, @function
main:
	.frame	$fp,72,$31		# vars= 48, regs= 2/0, args= 16, gp= 0
	.mask	0xc0000000,-4
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	addiu	$sp,$sp,-72
	sw	$31,68($sp)
	sw	$fp,64($sp)
	move	$fp,$sp
	sw	$4,72($fp)
	sw	$5,76($fp)
	li	$6,4100			# 0x1004
	lw	$5,76($fp)
	lw	$4,72($fp)
	jal	size_arg
	nop

	sw	$2,56($fp)
	li	$2,99			# 0x63
	sw	$2,16($fp)
	sw	$0,20($fp)
	b	$L20
	nop

$L23:
	sw	$0,24($fp)
	b	$L21
	nop

$L22:
	lw	$4,16($fp)
	jal	xorshift
	nop

	sw	$2,16($fp)
	lw	$2,16($fp)
	andi	$3,$2,0xffff
	lui	$2,%hi(a)
	lw	$4,20($fp)
	sll	$5,$4,5
	lw	$4,24($fp)
	addu	$4,$5,$4
	sll	$4,$4,2
	addiu	$2,$2,%lo(a)
	addu	$2,$4,$2
	sw	$3,0($2)
	lw	$4,16($fp)
	jal	xorshift
	nop

	sw	$2,16($fp)
	lw	$2,16($fp)
	andi	$3,$2,0xffff
	lui	$2,%hi(b)
	lw	$4,20($fp)
	sll	$5,$4,5
	lw	$4,24($fp)
	addu	$4,$5,$4
	sll	$4,$4,2
	addiu	$2,$2,%lo(b)
	addu	$2,$4,$2
	sw	$3,0($2)
	lw	$2,24($fp)
	addiu	$2,$2,1
	sw	$2,24($fp)
$L21:
	lw	$2,24($fp)
	slt	$2,$2,32
	bne	$2,$0,$L22
	nop

	lw	$2,20($fp)
	addiu	$2,$2,1
	sw	$2,20($fp)
$L20:
	lw	$2,20($fp)
	slt	$2,$2,32
	bne	$2,$0,$L23
	nop

	sw	$0,28($fp)
	sw	$0,32($fp)
	b	$L24
	nop

$L33:
	lw	$2,32($fp)
	andi	$5,$2,0x1f
	lw	$2,32($fp)
	srl	$2,$2,5
	andi	$4,$2,0x1f
	lui	$3,%hi(a)
	sll	$5,$5,5
	addu	$4,$5,$4
	sll	$4,$4,2
	addiu	$3,$3,%lo(a)
	addu	$3,$4,$3
	lw	$3,0($3)
	lw	$4,32($fp)
	andi	$5,$4,0x1f
	andi	$4,$2,0x1f
	lw	$2,32($fp)
	addu	$3,$3,$2
	lui	$2,%hi(a)
	sll	$5,$5,5
	addu	$4,$5,$4
	sll	$4,$4,2
	addiu	$2,$2,%lo(a)
	addu	$2,$4,$2
	sw	$3,0($2)
	sw	$0,36($fp)
	b	$L25
	nop

$L30:
	sw	$0,40($fp)
	b	$L26
	nop

$L29:
	sw	$0,44($fp)
	sw	$0,48($fp)
	b	$L27
	nop

$L28:
	lui	$2,%hi(a)
	lw	$3,36($fp)
	sll	$4,$3,5
	lw	$3,48($fp)
	addu	$3,$4,$3
	sll	$3,$3,2
	addiu	$2,$2,%lo(a)
	addu	$2,$3,$2
	lw	$3,0($2)
	lui	$2,%hi(b)
	lw	$4,48($fp)
	sll	$5,$4,5
	lw	$4,40($fp)
	addu	$4,$5,$4
	sll	$4,$4,2
	addiu	$2,$2,%lo(b)
	addu	$2,$4,$2
	lw	$2,0($2)
	mul	$2,$3,$2
	lw	$3,44($fp)
	addu	$2,$3,$2
	sw	$2,44($fp)
	lw	$2,48($fp)
	addiu	$2,$2,1
	sw	$2,48($fp)
$L27:
	lw	$2,48($fp)
	slt	$2,$2,32
	bne	$2,$0,$L28
	nop

	lui	$2,%hi(c)
	lw	$3,36($fp)
	sll	$4,$3,5
	lw	$3,40($fp)
	addu	$3,$4,$3
	sll	$3,$3,2
	addiu	$2,$2,%lo(c)
	addu	$2,$3,$2
	lw	$3,44($fp)
	sw	$3,0($2)
	lw	$2,40($fp)
	addiu	$2,$2,1
	sw	$2,40($fp)
$L26:
	lw	$2,40($fp)
	slt	$2,$2,32
	bne	$2,$0,$L29
	nop

	lw	$2,36($fp)
	addiu	$2,$2,1
	sw	$2,36($fp)
$L25:
	lw	$2,36($fp)
	slt	$2,$2,32
	bne	$2,$0,$L30
	nop

	sw	$0,52($fp)
	b	$L31
	nop

$L32:
	lw	$3,28($fp)
	move	$2,$3
	sll	$2,$2,5
	subu	$3,$2,$3
	lw	$4,52($fp)
	lw	$2,32($fp)
	addu	$2,$4,$2
	andi	$4,$2,0x1f
	lui	$2,%hi(c)
	lw	$5,52($fp)
	sll	$5,$5,5
	addu	$4,$5,$4
	sll	$4,$4,2
	addiu	$2,$2,%lo(c)
	addu	$2,$4,$2
	lw	$2,0($2)
	addu	$2,$3,$2
	sw	$2,28($fp)
	lw	$2,52($fp)
	addiu	$2,$2,1
	sw	$2,52($fp)
$L31:
	lw	$2,52($fp)
	slt	$2,$2,32
	bne	$2,$0,$L32
	nop

	lw	$2,32($fp)
	addiu	$2,$2,1
	sw	$2,32($fp)
$L24:
	lw	$3,32($fp)
	lw	$2,56($fp)
	sltu	$2,$3,$2
	bne	$2,$0,$L33
	nop

	lw	$6,28($fp)
	lw	$5,56($fp)
	lui	$2,%hi($LC1)
	addiu	$4,$2,%lo($LC1)
	jal	report
	nop

	move	$sp,$fp
	lw	$31,68($sp)
	lw	$fp,64($sp)
	addiu	$sp,$sp,72
	jr	$31
	nop

	.set	macro
	.set	reorder
	.end	main
	.size	main, .-main
	.rdata
	.align	2
	.type	msg.0, @object
	.size	msg.0, 49
msg.0:
	.ascii	": want one argument, a size from 1 to 100000000\012\000"
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
