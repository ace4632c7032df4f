	.file	1 "pkt.c"
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
	.ent	be16
	.type	be16, @function
be16:
	.frame	$fp,8,$31		# vars= 0, regs= 1/0, args= 0, gp= 0
	.mask	0x40000000,-4
	.fmask	0x00000000,0
	addiu	$sp,$sp,-8
	sw	$fp,4($sp)
	move	$fp,$sp
	sw	$4,8($fp)
	lw	$2,8($fp)
	lbu	$2,0($2)
	sll	$2,$2,8
	lw	$3,8($fp)
	addiu	$3,$3,1
	lbu	$3,0($3)
	or	$2,$2,$3
	move	$sp,$fp
	lw	$fp,4($sp)
	addiu	$sp,$sp,8
	jr	$31

	.set	macro
	.set	reorder
	.end	be16
	.size	be16, .-be16
	.align	2
	.set	nomips16
	.set	nomicromips
	.ent	be32
	.type	be32, @function
be32:
	.frame	$fp,32,$31		# vars= 0, regs= 3/0, args= 16, gp= 0
	.mask	0xc0010000,-4
	.fmask	0x00000000,0
	addiu	$sp,$sp,-32
	sw	$31,28($sp)
	sw	$fp,24($sp)
	sw	$16,20($sp)
	move	$fp,$sp
	sw	$4,32($fp)
	lw	$4,32($fp)
	jal	be16

	sll	$16,$2,16
	lw	$2,32($fp)
	addiu	$2,$2,2
	move	$4,$2
	jal	be16

	or	$2,$16,$2
	move	$sp,$fp
	lw	$31,28($sp)
	lw	$fp,24($sp)
	lw	$16,20($sp)
	addiu	$sp,$sp,32
	jr	$31

	.set	macro
	.set	reorder
	.end	be32
	.size	be32, .-be32
	.align	2
	.set	nomips16
	.set	nomicromips
	.ent	parse
	.type	parse, @function
parse:
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
	lw	$2,40($fp)
	sb	$0,13($2)
	lw	$2,36($fp)
	sltu	$2,$2,34
	bne	$2,$0,$L6

	lw	$2,32($fp)
	addiu	$2,$2,12
	move	$4,$2
	jal	be16

	move	$3,$2
	li	$2,2048			# 0x800
	beq	$3,$2,$L7

$L6:
	move	$2,$0
	b	$L8

$L7:
	lw	$2,32($fp)
	addiu	$2,$2,14
	sw	$2,16($fp)
	lw	$2,16($fp)
	lbu	$2,0($2)
	andi	$2,$2,0xf
	sll	$2,$2,2
	sw	$2,20($fp)
	lw	$2,16($fp)
	lbu	$2,0($2)
	srl	$2,$2,4
	andi	$3,$2,0x00ff
	li	$2,4			# 0x4
	bne	$3,$2,$L9

	lw	$2,20($fp)
	sltu	$2,$2,20
	bne	$2,$0,$L9

	lw	$2,20($fp)
	addiu	$2,$2,18
	lw	$3,36($fp)
	sltu	$2,$3,$2
	beq	$2,$0,$L10

$L9:
	move	$2,$0
	b	$L8

$L10:
	lw	$2,16($fp)
	addiu	$2,$2,2
	move	$4,$2
	jal	be16

	addiu	$2,$2,14
	lw	$3,36($fp)
	sltu	$2,$3,$2
	bne	$2,$0,$L11

	lw	$2,16($fp)
	addiu	$2,$2,6
	move	$4,$2
	jal	be16

	andi	$2,$2,0x1fff
	beq	$2,$0,$L12

$L11:
	move	$2,$0
	b	$L8

$L12:
	lw	$2,16($fp)
	addiu	$2,$2,9
	lbu	$3,0($2)
	lw	$2,40($fp)
	sb	$3,12($2)
	lw	$2,16($fp)
	addiu	$2,$2,12
	move	$4,$2
	jal	be32

	move	$3,$2
	lw	$2,40($fp)
	sw	$3,0($2)
	lw	$2,16($fp)
	addiu	$2,$2,16
	move	$4,$2
	jal	be32

	move	$3,$2
	lw	$2,40($fp)
	sw	$3,4($2)
	lw	$2,40($fp)
	lbu	$3,12($2)
	li	$2,6			# 0x6
	beq	$3,$2,$L13

	lw	$2,40($fp)
	lbu	$3,12($2)
	li	$2,17			# 0x11
	beq	$3,$2,$L13

	move	$2,$0
	b	$L8

$L13:
	lw	$3,16($fp)
	lw	$2,20($fp)
	addu	$2,$3,$2
	move	$4,$2
	jal	be16

	andi	$3,$2,0xffff
	lw	$2,40($fp)
	sh	$3,8($2)
	lw	$2,20($fp)
	addiu	$2,$2,2
	lw	$3,16($fp)
	addu	$2,$3,$2
	move	$4,$2
	jal	be16

	andi	$3,$2,0xffff
	lw	$2,40($fp)
	sh	$3,10($2)
	lw	$2,40($fp)
	li	$3,1			# 0x1
	sb	$3,13($2)
	li	$2,1			# 0x1
$L8:
	move	$sp,$fp
	lw	$31,28($sp)
	lw	$fp,24($sp)
	addiu	$sp,$sp,32
	jr	$31

	.set	macro
	.set	reorder
	.end	parse
	.size	parse, .-parse
	.align	2
	.globl	pkt_batch
	.set	nomips16
	.set	nomicromips
	.ent	pkt_batch
	.type	pkt_batch, @function
pkt_batch:
	.frame	$fp,40,$31		# vars= 16, regs= 2/0, args= 16, gp= 0
	.mask	0xc0000000,-4
	.fmask	0x00000000,0
	addiu	$sp,$sp,-40
	sw	$31,36($sp)
	sw	$fp,32($sp)
	move	$fp,$sp
	sw	$4,40($fp)
	sw	$5,44($fp)
	sw	$6,48($fp)
	sw	$7,52($fp)
	sw	$0,16($fp)
	sw	$0,20($fp)
	b	$L15

$L16:
	lw	$3,20($fp)
	lw	$2,48($fp)
	mul	$2,$3,$2
	lw	$3,40($fp)
	addu	$2,$3,$2
	sw	$2,24($fp)
	lw	$2,24($fp)
	lw	$2,0($2)
	sw	$2,28($fp)
	lw	$2,24($fp)
	addiu	$4,$2,4
	lw	$2,20($fp)
	sll	$2,$2,4
	lw	$3,52($fp)
	addu	$2,$3,$2
	move	$6,$2
	lw	$5,28($fp)
	jal	parse

	move	$3,$2
	lw	$2,16($fp)
	addu	$2,$2,$3
	sw	$2,16($fp)
	lw	$2,20($fp)
	addiu	$2,$2,1
	sw	$2,20($fp)
$L15:
	lw	$3,20($fp)
	lw	$2,44($fp)
	sltu	$2,$3,$2
	bne	$2,$0,$L16

	lw	$2,16($fp)
	move	$sp,$fp
	lw	$31,36($sp)
	lw	$fp,32($sp)
	addiu	$sp,$sp,40
	jr	$31

	.set	macro
	.set	reorder
	.end	pkt_batch
	.size	pkt_batch, .-pkt_batch
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
