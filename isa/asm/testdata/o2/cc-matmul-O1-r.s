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
	.ascii	"matmul\000"
	.text
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
	sw	$31,28($sp)
	sw	$17,24($sp)
	move	$3,$4
	slt	$4,$4,2
	bne	$4,$0,$L21
	sw	$16,20($sp)

	slt	$3,$3,3
	beq	$3,$0,$L33
	move	$2,$5

	lw	$5,4($5)
	lb	$3,0($5)
	beq	$3,$0,$L31
	move	$16,$0

	li	$6,99942400			# 0x5f50000
	ori	$6,$6,0xe101
	addiu	$4,$3,-48
$L38:
	andi	$4,$4,0x00ff
	sltu	$4,$4,10
	beq	$4,$0,$L34
	sll	$4,$16,2

	addu	$4,$4,$16
	sll	$4,$4,1
	addiu	$3,$3,-48
	addu	$16,$3,$4
	sltu	$3,$16,$6
	beq	$3,$0,$L35

	addiu	$5,$5,1
	lb	$3,0($5)
	bne	$3,$0,$L38
	addiu	$4,$3,-48

	beq	$16,$0,$L36

$L6:
	lui	$11,%hi(b)
	addiu	$11,$11,%lo(b)
	lui	$10,%hi(a)
	addiu	$10,$10,%lo(a)
	addiu	$12,$10,128
	addiu	$10,$10,4224
	move	$6,$12
	move	$7,$11
	b	$L11
	li	$3,99			# 0x63

$L33:
	jal	usage
	lw	$4,0($5)

$L31:
	jal	usage
	lw	$4,0($2)

$L34:
	jal	usage
	lw	$4,0($2)

$L35:
	jal	usage
	lw	$4,0($2)

$L36:
	jal	usage
	lw	$4,0($2)

$L21:
	b	$L6
	li	$16,4100			# 0x1004

$L37:
	beq	$6,$10,$L13
	addiu	$7,$7,128

$L11:
	addiu	$4,$6,-128
	move	$5,$7
$L12:
	sll	$2,$3,13
	xor	$2,$2,$3
	srl	$3,$2,17
	xor	$2,$2,$3
	sll	$3,$2,5
	xor	$2,$2,$3
	andi	$3,$2,0xffff
	sw	$3,0($4)
	sll	$3,$2,13
	xor	$2,$3,$2
	srl	$3,$2,17
	xor	$3,$3,$2
	sll	$2,$3,5
	xor	$3,$3,$2
	andi	$2,$3,0xffff
	sw	$2,0($5)
	addiu	$4,$4,4
	bne	$4,$6,$L12
	addiu	$5,$5,4

	b	$L37
	addiu	$6,$6,128

$L13:
	beq	$16,$0,$L23
	move	$13,$0

	move	$17,$0
	lui	$14,%hi(a)
	addiu	$14,$14,%lo(a)
	lui	$15,%hi(c)
	addiu	$9,$11,128
	addiu	$25,$15,%lo(c)
	b	$L20
	li	$24,32			# 0x20

$L17:
	beq	$6,$10,$L24
	addiu	$31,$31,128

$L15:
	move	$7,$11
	move	$8,$31
$L19:
	addiu	$2,$6,-128
	move	$3,$7
	mtlo	$0
$L16:
	lw	$5,0($2)
	lw	$4,0($3)
	madd	$5,$4
	addiu	$2,$2,4
	bne	$2,$6,$L16
	addiu	$3,$3,128

	mflo	$2
	sw	$2,0($8)
	addiu	$7,$7,4
	bne	$7,$9,$L19
	addiu	$8,$8,4

	b	$L17
	addiu	$6,$6,128

$L24:
	move	$3,$0
$L18:
	sll	$4,$17,5
	subu	$4,$4,$17
	addu	$5,$3,$13
	andi	$5,$5,0x1f
	sll	$2,$3,5
	addu	$2,$2,$5
	sll	$2,$2,2
	addu	$2,$2,$25
	lw	$17,0($2)
	addiu	$3,$3,1
	bne	$3,$24,$L18
	addu	$17,$4,$17

	addiu	$13,$13,1
	beq	$13,$16,$L39
	lui	$4,%hi($LC1)

$L20:
	andi	$2,$13,0x1f
	srl	$3,$13,5
	andi	$3,$3,0x1f
	sll	$2,$2,5
	addu	$2,$2,$3
	sll	$2,$2,2
	addu	$2,$2,$14
	lw	$3,0($2)
	addu	$3,$3,$13
	sw	$3,0($2)
	addiu	$31,$15,%lo(c)
	b	$L15
	move	$6,$12

$L23:
	move	$17,$16
	lui	$4,%hi($LC1)
$L39:
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

	move	$2,$0
	lw	$31,28($sp)
	lw	$17,24($sp)
	lw	$16,20($sp)
	jr	$31
	addiu	$sp,$sp,32

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
