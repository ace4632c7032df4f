	.file	1 "lru.c"
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
	.ent	lru_init
	.type	lru_init, @function
lru_init:
	.frame	$fp,24,$31		# vars= 16, regs= 1/0, args= 0, gp= 0
	.mask	0x40000000,-4
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	addiu	$sp,$sp,-24
	sw	$fp,20($sp)
	move	$fp,$sp
	sw	$4,24($fp)
	lw	$2,24($fp)
	sw	$2,4($fp)
	lw	$2,4($fp)
	lw	$3,4($fp)
	sw	$3,4($2)
	lw	$2,4($fp)
	lw	$3,4($2)
	lw	$2,4($fp)
	sw	$3,0($2)
	sw	$0,0($fp)
	b	$L2
	nop

$L3:
	lw	$2,24($fp)
	lw	$4,12($2)
	lw	$3,0($fp)
	move	$2,$3
	sll	$2,$2,1
	addu	$2,$2,$3
	sll	$2,$2,2
	addu	$2,$4,$2
	sw	$2,8($fp)
	lw	$2,8($fp)
	lw	$3,0($fp)
	sw	$3,8($2)
	lw	$2,8($fp)
	lw	$3,4($fp)
	sw	$3,4($2)
	lw	$2,4($fp)
	lw	$3,0($2)
	lw	$2,8($fp)
	sw	$3,0($2)
	lw	$2,4($fp)
	lw	$2,0($2)
	lw	$3,8($fp)
	sw	$3,4($2)
	lw	$2,4($fp)
	lw	$3,8($fp)
	sw	$3,0($2)
	lw	$2,0($fp)
	addiu	$2,$2,1
	sw	$2,0($fp)
$L2:
	lw	$2,24($fp)
	lw	$2,16($2)
	lw	$3,0($fp)
	sltu	$2,$3,$2
	bne	$2,$0,$L3
	nop

	nop
	nop
	move	$sp,$fp
	lw	$fp,20($sp)
	addiu	$sp,$sp,24
	jr	$31
	nop

	.set	macro
	.set	reorder
	.end	lru_init
	.size	lru_init, .-lru_init
	.align	2
	.globl	lru_touch
	.set	nomips16
	.set	nomicromips
	.ent	lru_touch
	.type	lru_touch, @function
lru_touch:
	.frame	$fp,16,$31		# vars= 8, regs= 1/0, args= 0, gp= 0
	.mask	0x40000000,-4
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	addiu	$sp,$sp,-16
	sw	$fp,12($sp)
	move	$fp,$sp
	sw	$4,16($fp)
	sw	$5,20($fp)
	lw	$2,16($fp)
	sw	$2,0($fp)
	lw	$2,20($fp)
	lw	$2,0($2)
	lw	$3,20($fp)
	lw	$3,4($3)
	sw	$3,4($2)
	lw	$2,20($fp)
	lw	$2,4($2)
	lw	$3,20($fp)
	lw	$3,0($3)
	sw	$3,0($2)
	lw	$2,0($fp)
	lw	$3,4($2)
	lw	$2,20($fp)
	sw	$3,4($2)
	lw	$2,20($fp)
	lw	$3,0($fp)
	sw	$3,0($2)
	lw	$2,0($fp)
	lw	$2,4($2)
	lw	$3,20($fp)
	sw	$3,0($2)
	lw	$2,0($fp)
	lw	$3,20($fp)
	sw	$3,4($2)
	nop
	move	$sp,$fp
	lw	$fp,12($sp)
	addiu	$sp,$sp,16
	jr	$31
	nop

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
	.frame	$fp,40,$31		# vars= 16, regs= 2/0, args= 16, gp= 0
	.mask	0xc0000000,-4
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	addiu	$sp,$sp,-40
	sw	$31,36($sp)
	sw	$fp,32($sp)
	move	$fp,$sp
	sw	$4,40($fp)
	sw	$5,44($fp)
	sw	$6,48($fp)
	lw	$4,40($fp)
	jal	lru_init
	nop

	sw	$0,16($fp)
	b	$L6
	nop

$L7:
	lw	$2,40($fp)
	lw	$3,12($2)
	lw	$2,16($fp)
	sll	$2,$2,2
	lw	$4,44($fp)
	addu	$2,$4,$2
	lw	$4,0($2)
	lw	$2,40($fp)
	lw	$2,16($2)
	divu	$0,$4,$2
	teq	$2,$0,7
	mfhi	$2
	move	$4,$2
	move	$2,$4
	sll	$2,$2,1
	addu	$2,$2,$4
	sll	$2,$2,2
	addu	$2,$3,$2
	move	$5,$2
	lw	$4,40($fp)
	jal	lru_touch
	nop

	lw	$2,16($fp)
	addiu	$2,$2,1
	sw	$2,16($fp)
$L6:
	lw	$3,16($fp)
	lw	$2,48($fp)
	sltu	$2,$3,$2
	bne	$2,$0,$L7
	nop

	sw	$0,20($fp)
	lw	$2,40($fp)
	lw	$2,4($2)
	sw	$2,24($fp)
	b	$L8
	nop

$L9:
	lw	$3,20($fp)
	move	$2,$3
	sll	$2,$2,5
	subu	$3,$2,$3
	lw	$2,24($fp)
	lw	$2,8($2)
	addu	$2,$3,$2
	sw	$2,20($fp)
	lw	$2,24($fp)
	lw	$2,4($2)
	sw	$2,24($fp)
$L8:
	lw	$2,40($fp)
	lw	$3,24($fp)
	bne	$3,$2,$L9
	nop

	lw	$2,20($fp)
	move	$sp,$fp
	lw	$31,36($sp)
	lw	$fp,32($sp)
	addiu	$sp,$sp,40
	jr	$31
	nop

	.set	macro
	.set	reorder
	.end	lru_run
	.size	lru_run, .-lru_run
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
