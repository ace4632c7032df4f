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
	.ascii	"matmul\000"
	.section	.text.startup,"ax",@progbits
	.align	2
	.globl	main
	.set	nomips16
	.set	nomicromips
	.ent	main
	.type	main, @function
main:
	.frame	$sp,32,$31		# vars= 0, regs= 3/0, args= 16, gp= 0
	.mask	0x80030000,-4
	.fmask	0x00000000,0
	addiu	$sp,$sp,-32
	slt	$3,$4,2
	sw	$31,28($sp)
	sw	$17,24($sp)
	bne	$3,$0,$L19
	sw	$16,20($sp)

	move	$2,$4
	li	$3,2			# 0x2
	bne	$2,$3,$L9
	move	$4,$5

	lw	$5,4($5)
	lb	$2,0($5)
	beq	$2,$0,$L9
	li	$6,99942400			# 0x5f50000

	move	$11,$0
	ori	$6,$6,0xe101
$L10:
	addiu	$2,$2,-48
	andi	$3,$2,0x00ff
	sltu	$3,$3,10
	beq	$3,$0,$L9
	sll	$3,$11,2

	addu	$3,$3,$11
	sll	$3,$3,1
	addu	$11,$2,$3
	sltu	$2,$11,$6
	beq	$2,$0,$L9

	lb	$2,1($5)
	bne	$2,$0,$L10
	addiu	$5,$5,1

	beq	$11,$0,$L9

$L7:
	lui	$12,%hi(a)
	addiu	$12,$12,%lo(a)
	lui	$13,%hi(b)
	addiu	$13,$13,%lo(b)
	addiu	$14,$12,128
	addiu	$15,$12,4224
	move	$7,$14
	move	$8,$13
	li	$3,99			# 0x63
$L11:
	addiu	$5,$7,-128
	move	$6,$8
$L12:
	sll	$2,$3,13
	xor	$2,$2,$3
	srl	$3,$2,17
	xor	$2,$2,$3
	sll	$3,$2,5
	xor	$2,$2,$3
	sll	$4,$2,13
	xor	$4,$4,$2
	srl	$3,$4,17
	xor	$3,$3,$4
	sll	$4,$3,5
	andi	$2,$2,0xffff
	xor	$3,$3,$4
	sw	$2,0($5)
	andi	$2,$3,0xffff
	addiu	$5,$5,4
	sw	$2,0($6)
	bne	$5,$7,$L12
	addiu	$6,$6,4

	addiu	$7,$5,128
	bne	$7,$15,$L11
	addiu	$8,$8,128

	lui	$24,%hi(c)
	lui	$9,%hi(b+128)
	move	$16,$0
	move	$17,$0
	addiu	$24,$24,%lo(c)
	addiu	$9,$9,%lo(b+128)
	li	$25,32			# 0x20
	andi	$2,$16,0x1f
$L34:
	srl	$3,$16,5
	andi	$3,$3,0x1f
	sll	$2,$2,5
	addu	$2,$2,$3
	sll	$2,$2,2
	addu	$2,$12,$2
	lw	$3,0($2)
	move	$31,$24
	addu	$3,$3,$16
	sw	$3,0($2)
	move	$6,$14
$L14:
	move	$7,$13
	move	$8,$31
	addiu	$10,$6,-128
$L18:
	move	$2,$10
	move	$3,$7
	mtlo	$0
$L15:
	lw	$5,0($2)
	lw	$4,0($3)
	addiu	$2,$2,4
	madd	$5,$4
	bne	$6,$2,$L15
	addiu	$3,$3,128

	mflo	$2
	addiu	$7,$7,4
	sw	$2,0($8)
	bne	$9,$7,$L18
	addiu	$8,$8,4

	addiu	$6,$6,128
	bne	$6,$15,$L14
	addiu	$31,$31,128

	move	$3,$0
$L17:
	addu	$4,$3,$16
	sll	$2,$3,5
	andi	$4,$4,0x1f
	addu	$2,$2,$4
	sll	$2,$2,2
	addu	$2,$24,$2
	lw	$5,0($2)
	sll	$4,$17,5
	subu	$2,$4,$17
	addiu	$3,$3,1
	bne	$3,$25,$L17
	addu	$17,$2,$5

	addiu	$16,$16,1
	bne	$16,$11,$L34
	andi	$2,$16,0x1f

	lui	$4,%hi($LC1)
	jal	put
	addiu	$4,$4,%lo($LC1)

	jal	putc_
	li	$4,32			# 0x20

	jal	put_uint
	move	$4,$16

	jal	putc_
	li	$4,32			# 0x20

	jal	put_hex
	move	$4,$17

	jal	putc_
	li	$4,10			# 0xa

	jal	flush

	lw	$31,28($sp)
	lw	$17,24($sp)
	lw	$16,20($sp)
	move	$2,$0
	jr	$31
	addiu	$sp,$sp,32

$L19:
	b	$L7
	li	$11,4100			# 0x1004

$L9:
	jal	usage
	lw	$4,0($4)

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
	.local	c
	.comm	c,4096,4
	.local	b
	.comm	b,4096,4
	.local	a
	.comm	a,4096,4
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
