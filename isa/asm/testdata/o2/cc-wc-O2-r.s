	.file	1 "wc.c"
	.section .mdebug.abi32
	.previous
	.nan	legacy
	.module	softfloat
	.module	oddspreg
	.module	arch=mips32
	.text
	.section	.text.startup,"ax",@progbits
	.align	2
	.globl	main
	.set	nomips16
	.set	nomicromips
	.ent	main
	.type	main, @function
main:
	.frame	$sp,184,$31		# vars= 112, regs= 9/0, args= 32, gp= 0
	.mask	0x80ff0000,-4
	.fmask	0x00000000,0
	addiu	$sp,$sp,-184
	sw	$19,160($sp)
	li	$19,4003			# 0xfa3
	sw	$19,24($sp)
	sw	$0,20($sp)
	sw	$0,16($sp)
	move	$7,$0
	li	$6,100			# 0x64
	addiu	$5,$sp,32
	move	$4,$0
	sw	$23,176($sp)
	sw	$22,172($sp)
	sw	$21,168($sp)
	sw	$20,164($sp)
	sw	$18,156($sp)
	sw	$17,152($sp)
	sw	$16,148($sp)
	sw	$31,180($sp)
	move	$17,$0
	move	$16,$0
	move	$18,$0
	move	$23,$0
	move	$20,$0
	li	$21,32			# 0x20
	jal	__syscall
	li	$22,9			# 0x9

	blez	$2,$L15
	move	$4,$20

	addiu	$3,$sp,32
$L16:
	addu	$7,$2,$3
	li	$6,10			# 0xa
$L5:
	lb	$4,0($3)
	sll	$5,$16,5
	addu	$16,$5,$16
	andi	$5,$4,0x00ff
	beq	$4,$6,$L13
	addu	$16,$5,$16

	bne	$4,$21,$L14

$L8:
	move	$17,$0
$L4:
	addiu	$3,$3,1
	bne	$7,$3,$L5
	addiu	$5,$sp,32

	sw	$19,24($sp)
	sw	$0,20($sp)
	sw	$0,16($sp)
	move	$7,$0
	li	$6,100			# 0x64
	move	$4,$0
	jal	__syscall
	addu	$18,$18,$2

	bgtz	$2,$L16
	addiu	$3,$sp,32

	move	$4,$20
$L15:
	jal	put_uint
	sw	$2,136($sp)

	jal	putc_
	li	$4,32			# 0x20

	jal	put_uint
	move	$4,$23

	jal	putc_
	li	$4,32			# 0x20

	jal	put_uint
	move	$4,$18

	jal	putc_
	li	$4,32			# 0x20

	jal	put_hex
	move	$4,$16

	jal	putc_
	li	$4,10			# 0xa

	jal	flush

	lw	$2,136($sp)
	lw	$31,180($sp)
	lw	$23,176($sp)
	lw	$22,172($sp)
	lw	$21,168($sp)
	lw	$20,164($sp)
	lw	$19,160($sp)
	lw	$18,156($sp)
	lw	$17,152($sp)
	lw	$16,148($sp)
	srl	$2,$2,31
	jr	$31
	addiu	$sp,$sp,184

$L14:
	beq	$4,$22,$L8

	bne	$17,$0,$L4

	addiu	$23,$23,1
	b	$L4
	li	$17,1			# 0x1

$L13:
	addiu	$20,$20,1
	b	$L4
	move	$17,$0

	.set	macro
	.set	reorder
	.end	main
	.size	main, .-main
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
