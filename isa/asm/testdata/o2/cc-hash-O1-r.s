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
	xor	$2,$2,$5
	li	$3,73203712			# 0x45d0000
	ori	$3,$3,0x9f3b
	mul	$2,$2,$3
	srl	$3,$2,16
	xor	$2,$2,$3
	lw	$3,0($4)
	and	$2,$2,$3
	lw	$3,4($4)
	sll	$2,$2,2
	addu	$2,$3,$2
	lw	$2,0($2)
	beq	$2,$0,$L5

$L4:
	lw	$3,0($2)
	beq	$3,$5,$L7

	lw	$2,8($2)
	bne	$2,$0,$L4

	jr	$31

$L7:
	jr	$31
	lw	$2,4($2)

$L5:
	jr	$31
	move	$2,$0

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
	.frame	$sp,40,$31		# vars= 0, regs= 6/0, args= 16, gp= 0
	.mask	0x801f0000,-4
	.fmask	0x00000000,0
	addiu	$sp,$sp,-40
	sw	$31,36($sp)
	sw	$20,32($sp)
	sw	$19,28($sp)
	sw	$18,24($sp)
	sw	$17,20($sp)
	sw	$16,16($sp)
	beq	$6,$0,$L11
	move	$19,$6

	move	$20,$4
	move	$16,$5
	move	$17,$0
	move	$18,$0
$L10:
	lw	$5,0($16)
	jal	ht_lookup
	move	$4,$20

	addu	$18,$18,$2
	addiu	$17,$17,1
	bne	$19,$17,$L10
	addiu	$16,$16,4

$L8:
	move	$2,$18
	lw	$31,36($sp)
	lw	$20,32($sp)
	lw	$19,28($sp)
	lw	$18,24($sp)
	lw	$17,20($sp)
	lw	$16,16($sp)
	jr	$31
	addiu	$sp,$sp,40

$L11:
	b	$L8
	move	$18,$6

	.set	macro
	.set	reorder
	.end	ht_batch
	.size	ht_batch, .-ht_batch
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
