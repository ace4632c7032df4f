	.file	1 "wc.c"
	.section .mdebug.abi32
	.previous
	.nan	legacy
	.module	softfloat
	.module	oddspreg
	.module	arch=mips32
	.text
	.align	2
	.globl	main
	.set	nomips16
	.set	nomicromips
	.ent	main
	.type	main, @function
main:
	.frame	$sp,176,$31		# vars= 104, regs= 9/0, args= 32, gp= 0
	.mask	0x80ff0000,-4
	.fmask	0x00000000,0
	addiu	$sp,$sp,-176
	sw	$31,172($sp)
	sw	$23,168($sp)
	sw	$22,164($sp)
	sw	$21,160($sp)
	sw	$20,156($sp)
	sw	$19,152($sp)
	sw	$18,148($sp)
	sw	$17,144($sp)
	sw	$16,140($sp)
	move	$17,$0
	move	$16,$0
	move	$23,$0
	move	$22,$0
	move	$19,$0
	li	$20,32			# 0x20
	b	$L2
	li	$21,9			# 0x9

$L16:
	addiu	$19,$19,1
	move	$17,$7
$L4:
	addiu	$3,$3,1
	beq	$6,$3,$L15

$L5:
	lb	$2,0($3)
	sll	$4,$16,5
	addu	$4,$4,$16
	andi	$16,$2,0x00ff
	beq	$2,$5,$L16
	addu	$16,$16,$4

	beq	$2,$20,$L17

	beq	$2,$21,$L8

	bne	$17,$0,$L4

	addiu	$22,$22,1
	b	$L4
	move	$17,$8

$L8:
	b	$L4
	move	$17,$7

$L17:
	b	$L4
	move	$17,$7

$L15:
	addu	$23,$23,$18
$L2:
	li	$2,4003			# 0xfa3
	sw	$2,24($sp)
	sw	$0,20($sp)
	sw	$0,16($sp)
	move	$7,$0
	li	$6,100			# 0x64
	addiu	$5,$sp,32
	jal	__syscall
	move	$4,$0

	blez	$2,$L18
	move	$18,$2

	addiu	$3,$sp,32
	addu	$6,$18,$3
	li	$5,10			# 0xa
	move	$7,$0
	b	$L5
	li	$8,1			# 0x1

$L18:
	jal	put_uint
	move	$4,$19

	jal	putc_
	li	$4,32			# 0x20

	jal	put_uint
	move	$4,$22

	jal	putc_
	li	$4,32			# 0x20

	jal	put_uint
	move	$4,$23

	jal	putc_
	li	$4,32			# 0x20

	jal	put_hex
	move	$4,$16

	jal	putc_
	li	$4,10			# 0xa

	jal	flush

	srl	$2,$18,31
	lw	$31,172($sp)
	lw	$23,168($sp)
	lw	$22,164($sp)
	lw	$21,160($sp)
	lw	$20,156($sp)
	lw	$19,152($sp)
	lw	$18,148($sp)
	lw	$17,144($sp)
	lw	$16,140($sp)
	jr	$31
	addiu	$sp,$sp,176

	.set	macro
	.set	reorder
	.end	main
	.size	main, .-main
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
