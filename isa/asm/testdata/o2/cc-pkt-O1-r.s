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
	beq	$5,$0,$L6
	move	$8,$7

	addiu	$3,$4,18
	sll	$5,$5,4
	addu	$10,$7,$5
	move	$2,$0
	move	$11,$0
	li	$12,2048			# 0x800
	b	$L5
	li	$14,4			# 0x4

$L7:
	move	$4,$11
$L3:
	addu	$2,$2,$4
	addiu	$8,$8,16
	beq	$10,$8,$L18
	addu	$3,$3,$6

$L5:
	lw	$5,-18($3)
	move	$9,$8
	sltu	$4,$5,34
	bne	$4,$0,$L7
	sb	$0,13($8)

	lbu	$4,-2($3)
	sll	$4,$4,8
	lbu	$7,-1($3)
	or	$4,$4,$7
	bne	$4,$12,$L8
	move	$15,$3

	lbu	$7,0($3)
	srl	$13,$7,4
	bne	$13,$14,$L3
	move	$4,$11

	andi	$7,$7,0xf
	sll	$7,$7,2
	sltu	$4,$7,20
	bne	$4,$0,$L3
	move	$4,$0

	addiu	$4,$7,18
	sltu	$4,$5,$4
	bne	$4,$0,$L3
	move	$4,$0

	lbu	$13,2($3)
	sll	$13,$13,8
	lbu	$4,3($3)
	or	$13,$13,$4
	addiu	$13,$13,14
	sltu	$5,$5,$13
	bne	$5,$0,$L3
	move	$4,$0

	lbu	$4,6($3)
	sll	$4,$4,8
	lbu	$5,7($3)
	or	$4,$4,$5
	andi	$4,$4,0x1fff
	bne	$4,$0,$L3
	move	$4,$0

	lbu	$13,9($3)
	sb	$13,12($8)
	lbu	$4,12($3)
	sll	$4,$4,8
	lbu	$5,13($3)
	or	$4,$4,$5
	sll	$4,$4,16
	lbu	$5,14($3)
	sll	$5,$5,8
	lbu	$24,15($3)
	or	$5,$5,$24
	or	$4,$4,$5
	sw	$4,0($8)
	lbu	$4,16($3)
	sll	$4,$4,8
	lbu	$5,17($3)
	or	$4,$4,$5
	sll	$4,$4,16
	lbu	$5,18($3)
	sll	$5,$5,8
	lbu	$24,19($3)
	or	$5,$5,$24
	or	$4,$4,$5
	sw	$4,4($8)
	li	$4,6			# 0x6
	beq	$13,$4,$L17
	addu	$5,$15,$7

	li	$4,17			# 0x11
	bne	$13,$4,$L14

$L17:
	lbu	$4,0($5)
	sll	$4,$4,8
	lbu	$5,1($5)
	or	$4,$4,$5
	sh	$4,8($9)
	addiu	$7,$7,2
	addu	$4,$15,$7
	lbu	$5,0($4)
	sll	$5,$5,8
	lbu	$4,1($4)
	or	$4,$5,$4
	sh	$4,10($9)
	li	$4,1			# 0x1
	sb	$4,13($9)
	b	$L3
	li	$4,1			# 0x1

$L8:
	b	$L3
	move	$4,$11

	b	$L3
	move	$4,$0

	b	$L3
	move	$4,$0

$L14:
	b	$L3
	move	$4,$0

$L18:
	jr	$31

$L6:
	jr	$31
	move	$2,$5

	.set	macro
	.set	reorder
	.end	pkt_batch
	.size	pkt_batch, .-pkt_batch
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
