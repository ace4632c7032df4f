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
	li	$2,-1640562688			# 0xffffffff9e370000
	addiu	$2,$2,31161
	mul	$2,$5,$2
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
	subu	$3,$0,$5
	sll	$2,$4,$5
	srl	$4,$4,$3
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
	beq	$2,$0,$L10

	jr	$31
	subu	$2,$4,$5

$L10:
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
	.ent	sys_write.constprop.0.isra.0
	.type	sys_write.constprop.0.isra.0, @function
sys_write.constprop.0.isra.0:
	.frame	$sp,40,$31		# vars= 0, regs= 1/0, args= 32, gp= 0
	.mask	0x80000000,-4
	.fmask	0x00000000,0
	addiu	$sp,$sp,-40
	li	$2,4004			# 0xfa4
	move	$6,$5
	sw	$2,24($sp)
	sw	$0,20($sp)
	sw	$0,16($sp)
	move	$5,$4
	move	$7,$0
	sw	$31,36($sp)
	jal	__syscall
	li	$4,2			# 0x2

	lw	$31,36($sp)
	jr	$31
	addiu	$sp,$sp,40

	.set	macro
	.set	reorder
	.end	sys_write.constprop.0.isra.0
	.size	sys_write.constprop.0.isra.0, .-sys_write.constprop.0.isra.0
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
	sw	$16,16($sp)
	move	$16,$4
	lui	$4,%hi($LC0)
	li	$5,7			# 0x7
	sw	$31,20($sp)
	jal	sys_write.constprop.0.isra.0
	addiu	$4,$4,%lo($LC0)

	jal	strlen
	move	$4,$16

	move	$5,$2
	jal	sys_write.constprop.0.isra.0
	move	$4,$16

	lui	$4,%hi(msg.0)
	addiu	$4,$4,%lo(msg.0)
	jal	sys_write.constprop.0.isra.0
	li	$5,48			# 0x30

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
	.section	.text.startup,"ax",@progbits
	.align	2
	.globl	main
	.set	nomips16
	.set	nomicromips
	.ent	main
	.type	main, @function
main:
	.frame	$sp,48,$31		# vars= 8, regs= 6/0, args= 16, gp= 0
	.mask	0x801f0000,-4
	.fmask	0x00000000,0
	addiu	$sp,$sp,-48
	slt	$3,$4,2
	sw	$31,44($sp)
	sw	$20,40($sp)
	sw	$19,36($sp)
	sw	$18,32($sp)
	sw	$17,28($sp)
	bne	$3,$0,$L25
	sw	$16,24($sp)

	li	$3,2			# 0x2
	bne	$4,$3,$L19
	move	$6,$5

	lw	$4,4($5)
	lb	$2,0($4)
	beq	$2,$0,$L19
	li	$5,99942400			# 0x5f50000

	move	$18,$0
	ori	$5,$5,0xe101
$L20:
	addiu	$2,$2,-48
	andi	$3,$2,0x00ff
	sltu	$3,$3,10
	beq	$3,$0,$L19
	sll	$3,$18,2

	addu	$3,$3,$18
	sll	$3,$3,1
	addu	$18,$2,$3
	sltu	$2,$18,$5
	beq	$2,$0,$L19

	lb	$2,1($4)
	bne	$2,$0,$L20
	addiu	$4,$4,1

	beq	$18,$0,$L19

$L17:
	lui	$3,%hi(op_add)
	lui	$16,%hi(ops)
	addiu	$3,$3,%lo(op_add)
	move	$19,$0
	li	$2,1			# 0x1
	li	$17,1000			# 0x3e8
	addiu	$16,$16,%lo(ops)
$L21:
	b	$L24
	move	$20,$0

$L22:
	xor	$3,$3,$20
	andi	$3,$3,0x7
	sll	$3,$3,2
	addu	$3,$3,$16
	lw	$3,0($3)
$L24:
	move	$5,$20
	move	$4,$2
	jalr	$3
	addiu	$20,$20,1

	bne	$20,$17,$L22
	srl	$3,$2,3

	addiu	$19,$19,1
	beq	$18,$19,$L23
	srl	$3,$2,1

	andi	$3,$3,0x1c
	addu	$3,$3,$16
	b	$L21
	lw	$3,0($3)

$L23:
	lui	$4,%hi($LC1)
	addiu	$4,$4,%lo($LC1)
	jal	put
	sw	$2,16($sp)

	jal	putc_
	li	$4,32			# 0x20

	jal	put_uint
	move	$4,$18

	jal	putc_
	li	$4,32			# 0x20

	lw	$2,16($sp)
	jal	put_hex
	move	$4,$2

	jal	putc_
	li	$4,10			# 0xa

	jal	flush

	lw	$31,44($sp)
	lw	$20,40($sp)
	lw	$19,36($sp)
	lw	$18,32($sp)
	lw	$17,28($sp)
	lw	$16,24($sp)
	move	$2,$0
	jr	$31
	addiu	$sp,$sp,48

$L25:
	b	$L17
	li	$18,55000			# 0xd6d8

$L19:
	jal	usage
	lw	$4,0($6)

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
