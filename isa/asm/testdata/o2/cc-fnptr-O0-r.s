	.file	1 "fnptr.c"
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

	move	$sp,$fp
	lw	$31,36($sp)
	lw	$fp,32($sp)
	addiu	$sp,$sp,40
	jr	$31

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

	lw	$4,24($fp)
	jal	strlen

	move	$6,$2
	lw	$5,24($fp)
	li	$4,2			# 0x2
	jal	sys_write

	li	$6,48			# 0x30
	lui	$2,%hi(msg.0)
	addiu	$5,$2,%lo(msg.0)
	li	$4,2			# 0x2
	jal	sys_write

	li	$4,2			# 0x2
	jal	sys_exit

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

	lw	$2,40($fp)
	b	$L6

$L5:
	lw	$2,32($fp)
	slt	$2,$2,3
	bne	$2,$0,$L7

	lw	$2,36($fp)
	lw	$2,0($2)
	move	$4,$2
	jal	usage

$L7:
	sw	$0,16($fp)
	lw	$2,36($fp)
	lw	$2,4($2)
	sw	$2,20($fp)
	lw	$2,20($fp)
	lb	$2,0($2)
	bne	$2,$0,$L9

	lw	$2,36($fp)
	lw	$2,0($2)
	move	$4,$2
	jal	usage

	b	$L9

$L13:
	lw	$2,20($fp)
	lb	$2,0($2)
	slt	$2,$2,48
	bne	$2,$0,$L10

	lw	$2,20($fp)
	lb	$2,0($2)
	slt	$2,$2,58
	bne	$2,$0,$L11

$L10:
	lw	$2,36($fp)
	lw	$2,0($2)
	move	$4,$2
	jal	usage

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

	lw	$2,36($fp)
	lw	$2,0($2)
	move	$4,$2
	jal	usage

$L12:
	lw	$2,20($fp)
	addiu	$2,$2,1
	sw	$2,20($fp)
$L9:
	lw	$2,20($fp)
	lb	$2,0($2)
	bne	$2,$0,$L13

	lw	$2,16($fp)
	bne	$2,$0,$L14

	lw	$2,36($fp)
	lw	$2,0($2)
	move	$4,$2
	jal	usage

$L14:
	lw	$2,16($fp)
$L6:
	move	$sp,$fp
	lw	$31,28($sp)
	lw	$fp,24($sp)
	addiu	$sp,$sp,32
	jr	$31

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
	addiu	$sp,$sp,-24
	sw	$31,20($sp)
	sw	$fp,16($sp)
	move	$fp,$sp
	sw	$4,24($fp)
	sw	$5,28($fp)
	sw	$6,32($fp)
	lw	$4,24($fp)
	jal	put

	li	$4,32			# 0x20
	jal	putc_

	lw	$4,28($fp)
	jal	put_uint

	li	$4,32			# 0x20
	jal	putc_

	lw	$4,32($fp)
	jal	put_hex

	li	$4,10			# 0xa
	jal	putc_

	jal	flush

	move	$2,$0
	move	$sp,$fp
	lw	$31,20($sp)
	lw	$fp,16($sp)
	addiu	$sp,$sp,24
	jr	$31

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

	.set	macro
	.set	reorder
	.end	xorshift
	.size	xorshift, .-xorshift
	.align	2
	.set	nomips16
	.set	nomicromips
	.ent	op_add
	.type	op_add, @function
op_add:
	.frame	$fp,8,$31		# vars= 0, regs= 1/0, args= 0, gp= 0
	.mask	0x40000000,-4
	.fmask	0x00000000,0
	addiu	$sp,$sp,-8
	sw	$fp,4($sp)
	move	$fp,$sp
	sw	$4,8($fp)
	sw	$5,12($fp)
	lw	$3,8($fp)
	lw	$2,12($fp)
	addu	$2,$3,$2
	move	$sp,$fp
	lw	$fp,4($sp)
	addiu	$sp,$sp,8
	jr	$31

	.set	macro
	.set	reorder
	.end	op_add
	.size	op_add, .-op_add
	.align	2
	.set	nomips16
	.set	nomicromips
	.ent	op_xor
	.type	op_xor, @function
op_xor:
	.frame	$fp,8,$31		# vars= 0, regs= 1/0, args= 0, gp= 0
	.mask	0x40000000,-4
	.fmask	0x00000000,0
	addiu	$sp,$sp,-8
	sw	$fp,4($sp)
	move	$fp,$sp
	sw	$4,8($fp)
	sw	$5,12($fp)
	lw	$3,12($fp)
	li	$2,-1640562688			# 0xffffffff9e370000
	ori	$2,$2,0x79b9
	mul	$3,$3,$2
	lw	$2,8($fp)
	xor	$2,$3,$2
	move	$sp,$fp
	lw	$fp,4($sp)
	addiu	$sp,$sp,8
	jr	$31

	.set	macro
	.set	reorder
	.end	op_xor
	.size	op_xor, .-op_xor
	.align	2
	.set	nomips16
	.set	nomicromips
	.ent	op_rot
	.type	op_rot, @function
op_rot:
	.frame	$fp,8,$31		# vars= 0, regs= 1/0, args= 0, gp= 0
	.mask	0x40000000,-4
	.fmask	0x00000000,0
	addiu	$sp,$sp,-8
	sw	$fp,4($sp)
	move	$fp,$sp
	sw	$4,8($fp)
	sw	$5,12($fp)
	lw	$2,12($fp)
	andi	$2,$2,0x1f
	lw	$3,8($fp)
	sll	$3,$3,$2
	lw	$2,12($fp)
	subu	$2,$0,$2
	andi	$2,$2,0x1f
	lw	$4,8($fp)
	srl	$2,$4,$2
	or	$2,$3,$2
	move	$sp,$fp
	lw	$fp,4($sp)
	addiu	$sp,$sp,8
	jr	$31

	.set	macro
	.set	reorder
	.end	op_rot
	.size	op_rot, .-op_rot
	.align	2
	.set	nomips16
	.set	nomicromips
	.ent	op_mul
	.type	op_mul, @function
op_mul:
	.frame	$fp,8,$31		# vars= 0, regs= 1/0, args= 0, gp= 0
	.mask	0x40000000,-4
	.fmask	0x00000000,0
	addiu	$sp,$sp,-8
	sw	$fp,4($sp)
	move	$fp,$sp
	sw	$4,8($fp)
	sw	$5,12($fp)
	lw	$3,8($fp)
	li	$2,16777216			# 0x1000000
	ori	$2,$2,0x193
	mul	$3,$3,$2
	lw	$2,12($fp)
	addu	$2,$3,$2
	move	$sp,$fp
	lw	$fp,4($sp)
	addiu	$sp,$sp,8
	jr	$31

	.set	macro
	.set	reorder
	.end	op_mul
	.size	op_mul, .-op_mul
	.align	2
	.set	nomips16
	.set	nomicromips
	.ent	op_sub
	.type	op_sub, @function
op_sub:
	.frame	$fp,8,$31		# vars= 0, regs= 1/0, args= 0, gp= 0
	.mask	0x40000000,-4
	.fmask	0x00000000,0
	addiu	$sp,$sp,-8
	sw	$fp,4($sp)
	move	$fp,$sp
	sw	$4,8($fp)
	sw	$5,12($fp)
	lw	$3,12($fp)
	lw	$2,8($fp)
	subu	$2,$3,$2
	move	$sp,$fp
	lw	$fp,4($sp)
	addiu	$sp,$sp,8
	jr	$31

	.set	macro
	.set	reorder
	.end	op_sub
	.size	op_sub, .-op_sub
	.align	2
	.set	nomips16
	.set	nomicromips
	.ent	op_shf
	.type	op_shf, @function
op_shf:
	.frame	$fp,24,$31		# vars= 0, regs= 2/0, args= 16, gp= 0
	.mask	0xc0000000,-4
	.fmask	0x00000000,0
	addiu	$sp,$sp,-24
	sw	$31,20($sp)
	sw	$fp,16($sp)
	move	$fp,$sp
	sw	$4,24($fp)
	sw	$5,28($fp)
	lw	$3,24($fp)
	lw	$2,28($fp)
	addu	$2,$3,$2
	move	$4,$2
	jal	xorshift

	move	$sp,$fp
	lw	$31,20($sp)
	lw	$fp,16($sp)
	addiu	$sp,$sp,24
	jr	$31

	.set	macro
	.set	reorder
	.end	op_shf
	.size	op_shf, .-op_shf
	.align	2
	.set	nomips16
	.set	nomicromips
	.ent	op_not
	.type	op_not, @function
op_not:
	.frame	$fp,8,$31		# vars= 0, regs= 1/0, args= 0, gp= 0
	.mask	0x40000000,-4
	.fmask	0x00000000,0
	addiu	$sp,$sp,-8
	sw	$fp,4($sp)
	move	$fp,$sp
	sw	$4,8($fp)
	sw	$5,12($fp)
	lw	$2,12($fp)
	andi	$3,$2,0xff
	lw	$2,8($fp)
	subu	$2,$3,$2
	addiu	$2,$2,-1
	move	$sp,$fp
	lw	$fp,4($sp)
	addiu	$sp,$sp,8
	jr	$31

	.set	macro
	.set	reorder
	.end	op_not
	.size	op_not, .-op_not
	.align	2
	.set	nomips16
	.set	nomicromips
	.ent	op_max
	.type	op_max, @function
op_max:
	.frame	$fp,8,$31		# vars= 0, regs= 1/0, args= 0, gp= 0
	.mask	0x40000000,-4
	.fmask	0x00000000,0
	addiu	$sp,$sp,-8
	sw	$fp,4($sp)
	move	$fp,$sp
	sw	$4,8($fp)
	sw	$5,12($fp)
	lw	$3,8($fp)
	lw	$2,12($fp)
	sltu	$2,$2,$3
	beq	$2,$0,$L34

	lw	$3,8($fp)
	lw	$2,12($fp)
	subu	$2,$3,$2
	b	$L36

$L34:
	lw	$3,12($fp)
	lw	$2,8($fp)
	subu	$2,$3,$2
	addiu	$2,$2,1
$L36:
	move	$sp,$fp
	lw	$fp,4($sp)
	addiu	$sp,$sp,8
	jr	$31

	.set	macro
	.set	reorder
	.end	op_max
	.size	op_max, .-op_max
	.data
	.align	2
	.type	ops, @object
	.size	ops, 32
ops:
	.word	op_add
	.word	op_xor
	.word	op_rot
	.word	op_mul
	.word	op_sub
	.word	op_shf
	.word	op_not
	.word	op_max
	.rdata
	.align	2
$LC1:
	.ascii	"fnptr\000"
	.text
	.align	2
	.globl	main
	.set	nomips16
	.set	nomicromips
	.ent	main
	.type	main, @function
main:
	.frame	$fp,40,$31		# vars= 16, regs= 2/0, args= 16, gp= 0
	.mask	0xc0000000,-4
	.fmask	0x00000000,0
	addiu	$sp,$sp,-40
	sw	$31,36($sp)
	sw	$fp,32($sp)
	move	$fp,$sp
	sw	$4,40($fp)
	sw	$5,44($fp)
	li	$6,55000			# 0xd6d8
	lw	$5,44($fp)
	lw	$4,40($fp)
	jal	size_arg

	sw	$2,28($fp)
	li	$2,1			# 0x1
	sw	$2,16($fp)
	sw	$0,20($fp)
	b	$L38

$L41:
	sw	$0,24($fp)
	b	$L39

$L40:
	lw	$2,16($fp)
	srl	$3,$2,3
	lw	$2,24($fp)
	xor	$2,$3,$2
	andi	$3,$2,0x7
	lui	$2,%hi(ops)
	sll	$3,$3,2
	addiu	$2,$2,%lo(ops)
	addu	$2,$3,$2
	lw	$2,0($2)
	lw	$5,24($fp)
	lw	$4,16($fp)
	jalr	$2

	sw	$2,16($fp)
	lw	$2,24($fp)
	addiu	$2,$2,1
	sw	$2,24($fp)
$L39:
	lw	$2,24($fp)
	sltu	$2,$2,1000
	bne	$2,$0,$L40

	lw	$2,20($fp)
	addiu	$2,$2,1
	sw	$2,20($fp)
$L38:
	lw	$3,20($fp)
	lw	$2,28($fp)
	sltu	$2,$3,$2
	bne	$2,$0,$L41

	lw	$6,16($fp)
	lw	$5,28($fp)
	lui	$2,%hi($LC1)
	addiu	$4,$2,%lo($LC1)
	jal	report

	move	$sp,$fp
	lw	$31,36($sp)
	lw	$fp,32($sp)
	addiu	$sp,$sp,40
	jr	$31

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
