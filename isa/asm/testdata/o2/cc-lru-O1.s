	.file	1 "lru.c"
	.section .mdebug.abi32
	.previous
	.nan	legacy
	.module	softfloat
	.module	oddspreg
	.module	arch=mips32
	.text
	.align	2
	.globl	lru_touch
	.set	nomips16
	.set	nomicromips
	.ent	lru_touch
	.type	lru_touch, @function
lru_touch:
	.frame	$sp,0,$31		# vars= 0, regs= 0/0, args= 0, gp= 0
	.mask	0x00000000,0
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	lw	$3,0($5)
	lw	$2,4($5)
	sw	$2,4($3)
	lw	$3,0($5)
	sw	$3,0($2)
	lw	$2,4($4)
	sw	$2,4($5)
	sw	$4,0($5)
	lw	$2,4($4)
	sw	$5,0($2)
	jr	$31
	sw	$5,4($4)

	.set	macro
	.set	reorder
	.end	lru_touch
	.size	lru_touch, .-lru_touch
	.align	2
	.globl	lru_run
	.set	nomips16
	.set	nomicromips
	.ent	lru_run
	.type	lru_run, @function
lru_run:
	.frame	$sp,40,$31		# vars= 0, regs= 6/0, args= 16, gp= 0
	.mask	0x801f0000,-4
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	addiu	$sp,$sp,-40
	sw	$31,36($sp)
	sw	$20,32($sp)
	sw	$19,28($sp)
	sw	$18,24($sp)
	sw	$17,20($sp)
	sw	$16,16($sp)
	move	$16,$4
	move	$17,$6
	sw	$4,4($4)
	sw	$4,0($4)
	lw	$2,16($4)
	beq	$2,$0,$L3
	move	$18,$4

	move	$4,$0
	move	$3,$0
$L4:
	lw	$2,12($16)
	addu	$2,$2,$4
	sw	$3,8($2)
	sw	$16,4($2)
	lw	$6,0($16)
	sw	$6,0($2)
	sw	$2,4($6)
	sw	$2,0($16)
	addiu	$3,$3,1
	lw	$2,16($16)
	sltu	$2,$3,$2
	bne	$2,$0,$L4
	addiu	$4,$4,12

	beq	$17,$0,$L5
	nop

	move	$19,$5
$L15:
	move	$20,$0
$L6:
	lw	$3,0($19)
	lw	$2,16($16)
	divu	$0,$3,$2
	teq	$2,$0,7
	mfhi	$3
	sll	$2,$3,1
	addu	$2,$2,$3
	sll	$2,$2,2
	lw	$5,12($16)
	addu	$5,$5,$2
	jal	lru_touch
	move	$4,$16

	addiu	$20,$20,1
	sltu	$2,$20,$17
	bne	$2,$0,$L6
	addiu	$19,$19,4

$L5:
	lw	$3,4($16)
	beq	$3,$18,$L10
	nop

	move	$2,$0
$L8:
	sll	$4,$2,5
	subu	$2,$4,$2
	lw	$4,8($3)
	lw	$3,4($3)
	bne	$3,$18,$L8
	addu	$2,$2,$4

$L2:
	lw	$31,36($sp)
	lw	$20,32($sp)
	lw	$19,28($sp)
	lw	$18,24($sp)
	lw	$17,20($sp)
	lw	$16,16($sp)
	jr	$31
	addiu	$sp,$sp,40

$L10:
	b	$L2
	move	$2,$0

$L3:
	bne	$6,$0,$L15
	move	$19,$5

	b	$L2
	move	$2,$6

	.set	macro
	.set	reorder
	.end	lru_run
	.size	lru_run, .-lru_run
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
