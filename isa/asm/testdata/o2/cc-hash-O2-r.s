	.file	1 "hash.c"
	.section .mdebug.abi32
	.previous
	.nan	legacy
	.module	softfloat
	.module	oddspreg
	.module	arch=mips32
	.text
	.align	2
	.globl	ht_lookup
	.set	nomips16
	.set	nomicromips
	.ent	ht_lookup
	.type	ht_lookup, @function
ht_lookup:
	.frame	$sp,0,$31		# vars= 0, regs= 0/0, args= 0, gp= 0
	.mask	0x00000000,0
	.fmask	0x00000000,0
	srl	$2,$5,16
	li	$3,73203712			# 0x45d0000
	ori	$3,$3,0x9f3b
	xor	$2,$2,$5
	mul	$2,$2,$3
	lw	$6,0($4)
	srl	$3,$2,16
	xor	$2,$2,$3
	and	$2,$2,$6
	lw	$3,4($4)
	sll	$2,$2,2
	addu	$2,$3,$2
	lw	$2,0($2)
	bne	$2,$0,$L4

	jr	$31
	move	$2,$0

$L3:
	lw	$2,8($2)
	beq	$2,$0,$L9

$L4:
	lw	$3,0($2)
	bne	$3,$5,$L3

	jr	$31
	lw	$2,4($2)

$L9:
	jr	$31

	.set	macro
	.set	reorder
	.end	ht_lookup
	.size	ht_lookup, .-ht_lookup
	.align	2
	.globl	ht_batch
	.set	nomips16
	.set	nomicromips
	.ent	ht_batch
	.type	ht_batch, @function
ht_batch:
	.frame	$sp,0,$31		# vars= 0, regs= 0/0, args= 0, gp= 0
	.mask	0x00000000,0
	.fmask	0x00000000,0
	beq	$6,$0,$L16
	sll	$6,$6,2

	li	$8,73203712			# 0x45d0000
	lw	$10,4($4)
	lw	$9,0($4)
	addu	$7,$5,$6
	move	$2,$0
	ori	$8,$8,0x9f3b
$L15:
	lw	$6,0($5)
	srl	$3,$6,16
	xor	$3,$3,$6
	mul	$3,$3,$8
	srl	$4,$3,16
	xor	$3,$3,$4
	and	$3,$3,$9
	sll	$3,$3,2
	addu	$3,$10,$3
	lw	$3,0($3)
	bne	$3,$0,$L14

	b	$L22
	addiu	$5,$5,4

$L13:
	lw	$3,8($3)
	beq	$3,$0,$L12

$L14:
	lw	$4,0($3)
	bne	$6,$4,$L13

	lw	$3,4($3)
	addu	$2,$2,$3
$L12:
	addiu	$5,$5,4
$L22:
	bne	$7,$5,$L15

	jr	$31

$L16:
	jr	$31
	move	$2,$0

	.set	macro
	.set	reorder
	.end	ht_batch
	.size	ht_batch, .-ht_batch
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
