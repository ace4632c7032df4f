	.file	1 "pkt.c"
	.section .mdebug.abi32
	.previous
	.nan	legacy
	.module	softfloat
	.module	oddspreg
	.module	arch=mips32
	.text
	.align	2
	.globl	pkt_batch
	.set	nomips16
	.set	nomicromips
	.ent	pkt_batch
	.type	pkt_batch, @function
pkt_batch:
	.frame	$sp,0,$31		# vars= 0, regs= 0/0, args= 0, gp= 0
	.mask	0x00000000,0
	.fmask	0x00000000,0
	beq	$5,$0,$L8
	sll	$5,$5,4

	addiu	$3,$4,18
	addu	$9,$7,$5
	move	$2,$0
	li	$11,8			# 0x8
	li	$12,4			# 0x4
$L7:
	lw	$8,-18($3)
	sltu	$4,$8,34
	bne	$4,$0,$L5
	sb	$0,13($7)

	lbu	$4,-1($3)
	lbu	$10,-2($3)
	sll	$4,$4,8
	or	$4,$4,$10
	bne	$4,$11,$L5

	lbu	$4,0($3)
	srl	$10,$4,4
	bne	$10,$12,$L5
	andi	$4,$4,0xf

	sll	$4,$4,2
	slt	$10,$4,20
	bne	$10,$0,$L5
	addiu	$10,$4,18

	sltu	$10,$8,$10
	bne	$10,$0,$L5

	lbu	$10,3($3)
	lbu	$13,2($3)
	sll	$10,$10,8
	or	$10,$10,$13
	sll	$13,$10,8
	srl	$10,$10,8
	or	$10,$13,$10
	andi	$10,$10,0xffff
	addiu	$10,$10,14
	sltu	$8,$8,$10
	bne	$8,$0,$L5

	lbu	$8,7($3)
	lbu	$10,6($3)
	sll	$8,$8,8
	or	$8,$8,$10
	sll	$10,$8,8
	srl	$8,$8,8
	or	$8,$10,$8
	andi	$8,$8,0x1fff
	bne	$8,$0,$L5
	li	$14,6			# 0x6

	lbu	$13,9($3)
	sb	$13,12($7)
	lbu	$10,13($3)
	lbu	$8,15($3)
	lbu	$24,12($3)
	lbu	$15,14($3)
	sll	$10,$10,8
	sll	$8,$8,8
	or	$10,$10,$24
	or	$8,$8,$15
	sll	$24,$8,8
	sll	$15,$10,8
	srl	$8,$8,8
	srl	$10,$10,8
	or	$10,$15,$10
	or	$15,$24,$8
	sll	$8,$10,16
	andi	$10,$15,0xffff
	or	$8,$8,$10
	sw	$8,0($7)
	lbu	$8,19($3)
	lbu	$10,17($3)
	lbu	$15,18($3)
	lbu	$24,16($3)
	sll	$10,$10,8
	sll	$5,$8,8
	or	$5,$5,$15
	or	$8,$10,$24
	sll	$10,$8,8
	sll	$15,$5,8
	srl	$8,$8,8
	srl	$5,$5,8
	or	$8,$10,$8
	or	$10,$15,$5
	sll	$5,$8,16
	andi	$8,$10,0xffff
	or	$5,$5,$8
	beq	$13,$14,$L6
	sw	$5,4($7)

	li	$5,17			# 0x11
	bne	$13,$5,$L5

$L6:
	addu	$4,$3,$4
	lbu	$5,1($4)
	lbu	$8,0($4)
	sll	$5,$5,8
	or	$5,$5,$8
	sll	$8,$5,8
	srl	$5,$5,8
	or	$5,$8,$5
	sh	$5,8($7)
	lbu	$5,3($4)
	lbu	$8,2($4)
	sll	$4,$5,8
	or	$4,$4,$8
	sll	$5,$4,8
	srl	$4,$4,8
	or	$4,$5,$4
	sh	$4,10($7)
	li	$4,1			# 0x1
	sb	$4,13($7)
	addiu	$2,$2,1
$L5:
	addiu	$7,$7,16
	bne	$9,$7,$L7
	addu	$3,$3,$6

	jr	$31

$L8:
	jr	$31
	move	$2,$0

	.set	macro
	.set	reorder
	.end	pkt_batch
	.size	pkt_batch, .-pkt_batch
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
