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
	lw	$6,0($5)
	lw	$3,4($5)
	sw	$3,4($6)
	lw	$2,4($4)
	sw	$6,0($3)
	sw	$2,4($5)
	sw	$4,0($5)
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
	.frame	$sp,0,$31		# vars= 0, regs= 0/0, args= 0, gp= 0
	.mask	0x00000000,0
	.fmask	0x00000000,0
	lw	$8,16($4)
	sw	$4,4($4)
	beq	$8,$0,$L4
	sw	$4,0($4)

	lw	$2,12($4)
	move	$7,$4
	move	$3,$0
$L5:
	sw	$4,4($2)
	sw	$7,0($2)
	lw	$7,0($4)
	sw	$3,8($2)
	addiu	$3,$3,1
	sw	$2,4($7)
	move	$7,$2
	sw	$2,0($4)
	bne	$3,$8,$L5
	addiu	$2,$2,12

$L4:
	beq	$6,$0,$L6
	sll	$6,$6,2

	lw	$10,12($4)
	addu	$9,$5,$6
$L7:
	lw	$2,0($5)
	addiu	$5,$5,4
	divu	$0,$2,$8
	teq	$8,$0,7
	mfhi	$2
	sll	$3,$2,1
	addu	$3,$3,$2
	sll	$3,$3,2
	addu	$3,$10,$3
	lw	$7,0($3)
	lw	$6,4($3)
	sw	$6,4($7)
	lw	$2,4($4)
	sw	$7,0($6)
	sw	$2,4($3)
	sw	$4,0($3)
	sw	$3,0($2)
	bne	$9,$5,$L7
	sw	$3,4($4)

	beq	$4,$3,$L19
	move	$2,$0

$L10:
	lw	$5,8($3)
	sll	$6,$2,5
	lw	$3,4($3)
	subu	$2,$6,$2
	bne	$3,$4,$L10
	addu	$2,$2,$5

$L19:
	jr	$31

$L6:
	lw	$3,4($4)
	bne	$4,$3,$L10
	move	$2,$0

	jr	$31

	.set	macro
	.set	reorder
	.end	lru_run
	.size	lru_run, .-lru_run
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
