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
	.ent	op_add
	.type	op_add, @function
op_add:
	.frame	$sp,0,$31		# vars= 0, regs= 0/0, args= 0, gp= 0
	.mask	0x00000000,0
	.fmask	0x00000000,0
	jr	$31
	addu	$2,$4,$5

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
	.frame	$sp,0,$31		# vars= 0, regs= 0/0, args= 0, gp= 0
	.mask	0x00000000,0
	.fmask	0x00000000,0
	li	$3,-1640562688			# 0xffffffff9e370000
	addiu	$3,$3,31161
	mul	$2,$5,$3
	jr	$31
	xor	$2,$2,$4

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
	.frame	$sp,0,$31		# vars= 0, regs= 0/0, args= 0, gp= 0
	.mask	0x00000000,0
	.fmask	0x00000000,0
	sll	$2,$4,$5
	subu	$5,$0,$5
	srl	$4,$4,$5
	jr	$31
	or	$2,$4,$2

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
	.frame	$sp,0,$31		# vars= 0, regs= 0/0, args= 0, gp= 0
	.mask	0x00000000,0
	.fmask	0x00000000,0
	li	$3,16777216			# 0x1000000
	addiu	$3,$3,403
	mul	$6,$4,$3
	jr	$31
	addu	$2,$6,$5

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
	.frame	$sp,0,$31		# vars= 0, regs= 0/0, args= 0, gp= 0
	.mask	0x00000000,0
	.fmask	0x00000000,0
	jr	$31
	subu	$2,$5,$4

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
	.frame	$sp,0,$31		# vars= 0, regs= 0/0, args= 0, gp= 0
	.mask	0x00000000,0
	.fmask	0x00000000,0
	addu	$4,$4,$5
	sll	$2,$4,13
	xor	$2,$2,$4
	srl	$3,$2,17
	xor	$2,$2,$3
	sll	$3,$2,5
	jr	$31
	xor	$2,$2,$3

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
	.frame	$sp,0,$31		# vars= 0, regs= 0/0, args= 0, gp= 0
	.mask	0x00000000,0
	.fmask	0x00000000,0
	andi	$5,$5,0x00ff
	subu	$5,$5,$4
	jr	$31
	addiu	$2,$5,-1

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
	.frame	$sp,0,$31		# vars= 0, regs= 0/0, args= 0, gp= 0
	.mask	0x00000000,0
	.fmask	0x00000000,0
	sltu	$2,$5,$4
	beq	$2,$0,$L9

	jr	$31
	subu	$2,$4,$5

$L9:
	addiu	$5,$5,1
	jr	$31
	subu	$2,$5,$4

	.set	macro
	.set	reorder
	.end	op_max
	.size	op_max, .-op_max
	.align	2
	.set	nomips16
	.set	nomicromips
	.ent	sys_write
	.type	sys_write, @function
sys_write:
	.frame	$sp,40,$31		# vars= 0, regs= 1/0, args= 32, gp= 0
	.mask	0x80000000,-4
	.fmask	0x00000000,0
	addiu	$sp,$sp,-40
	sw	$31,36($sp)
	li	$2,4004			# 0xfa4
	sw	$2,24($sp)
	sw	$0,20($sp)
	sw	$0,16($sp)
	jal	__syscall
	move	$7,$0

	lw	$31,36($sp)
	jr	$31
	addiu	$sp,$sp,40

	.set	macro
	.set	reorder
	.end	sys_write
	.size	sys_write, .-sys_write
	.section	.rodata.str1.4,"aMS",@progbits,1
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
	.frame	$sp,24,$31		# vars= 0, regs= 2/0, args= 16, gp= 0
	.mask	0x80010000,-4
	.fmask	0x00000000,0
	addiu	$sp,$sp,-24
	sw	$31,20($sp)
	sw	$16,16($sp)
	move	$16,$4
	li	$6,7			# 0x7
	lui	$5,%hi($LC0)
	addiu	$5,$5,%lo($LC0)
	jal	sys_write
	li	$4,2			# 0x2

	jal	strlen
	move	$4,$16

	move	$6,$2
	move	$5,$16
	jal	sys_write
	li	$4,2			# 0x2

	li	$6,48			# 0x30
	lui	$5,%hi(msg.0)
	addiu	$5,$5,%lo(msg.0)
	jal	sys_write
	li	$4,2			# 0x2

	jal	sys_exit
	li	$4,2			# 0x2

	.set	macro
	.set	reorder
	.end	usage
	.size	usage, .-usage
	.section	.rodata.str1.4
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
	.frame	$sp,48,$31		# vars= 0, regs= 7/0, args= 16, gp= 0
	.mask	0x803f0000,-4
	.fmask	0x00000000,0
	addiu	$sp,$sp,-48
	sw	$31,44($sp)
	sw	$21,40($sp)
	sw	$20,36($sp)
	sw	$19,32($sp)
	sw	$18,28($sp)
	sw	$17,24($sp)
	slt	$3,$4,2
	bne	$3,$0,$L24
	sw	$16,20($sp)

	slt	$2,$4,3
	beq	$2,$0,$L32
	move	$6,$5

	lw	$4,4($5)
	lb	$2,0($4)
	beq	$2,$0,$L29
	move	$20,$0

	li	$5,99942400			# 0x5f50000
	ori	$5,$5,0xe101
	addiu	$3,$2,-48
$L36:
	andi	$3,$3,0x00ff
	sltu	$3,$3,10
	beq	$3,$0,$L33
	sll	$3,$20,2

	addu	$3,$3,$20
	sll	$3,$3,1
	addiu	$2,$2,-48
	addu	$20,$2,$3
	sltu	$2,$20,$5
	beq	$2,$0,$L34
	addiu	$4,$4,1

	lb	$2,0($4)
	bne	$2,$0,$L36
	addiu	$3,$2,-48

	beq	$20,$0,$L35

$L16:
	move	$21,$0
	li	$17,1			# 0x1
	lui	$18,%hi(ops)
	addiu	$18,$18,%lo(ops)
	li	$19,1000			# 0x3e8
	move	$16,$0
$L21:
	srl	$3,$17,3
	xor	$3,$3,$16
	andi	$3,$3,0x7
	sll	$3,$3,2
	addu	$3,$3,$18
	lw	$2,0($3)
	move	$5,$16
	jalr	$2
	move	$4,$17

	addiu	$16,$16,1
	bne	$16,$19,$L21
	move	$17,$2

	addiu	$21,$21,1
	bne	$21,$20,$L21
	move	$16,$0

	lui	$4,%hi($LC1)
	jal	put
	addiu	$4,$4,%lo($LC1)

	jal	putc_
	li	$4,32			# 0x20

	jal	put_uint
	move	$4,$20

	jal	putc_
	li	$4,32			# 0x20

	jal	put_hex
	move	$4,$17

	jal	putc_
	li	$4,10			# 0xa

	jal	flush

	move	$2,$0
	lw	$31,44($sp)
	lw	$21,40($sp)
	lw	$20,36($sp)
	lw	$19,32($sp)
	lw	$18,28($sp)
	lw	$17,24($sp)
	lw	$16,20($sp)
	jr	$31
	addiu	$sp,$sp,48

$L32:
	jal	usage
	lw	$4,0($5)

$L29:
	jal	usage
	lw	$4,0($5)

$L33:
	jal	usage
	lw	$4,0($6)

$L34:
	jal	usage
	lw	$4,0($6)

$L35:
	jal	usage
	lw	$4,0($6)

$L24:
	b	$L16
	li	$20,55000			# 0xd6d8

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
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
