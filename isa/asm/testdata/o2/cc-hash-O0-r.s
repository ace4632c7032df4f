	.file	1 "hash.c"
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
	.ent	hash
	.type	hash, @function
hash:
	.frame	$fp,8,$31		# vars= 0, regs= 1/0, args= 0, gp= 0
	.mask	0x40000000,-4
	.fmask	0x00000000,0
	addiu	$sp,$sp,-8
	sw	$fp,4($sp)
	move	$fp,$sp
	sw	$4,8($fp)
	lw	$2,8($fp)
	srl	$2,$2,16
	lw	$3,8($fp)
	xor	$2,$3,$2
	sw	$2,8($fp)
	lw	$3,8($fp)
	li	$2,73203712			# 0x45d0000
	ori	$2,$2,0x9f3b
	mul	$2,$3,$2
	sw	$2,8($fp)
	lw	$2,8($fp)
	srl	$2,$2,16
	lw	$3,8($fp)
	xor	$2,$3,$2
	sw	$2,8($fp)
	lw	$2,8($fp)
	move	$sp,$fp
	lw	$fp,4($sp)
	addiu	$sp,$sp,8
	jr	$31

	.set	macro
	.set	reorder
	.end	hash
	.size	hash, .-hash
	.align	2
	.globl	ht_lookup
	.set	nomips16
	.set	nomicromips
	.ent	ht_lookup
	.type	ht_lookup, @function
ht_lookup:
	.frame	$fp,40,$31		# vars= 8, regs= 3/0, args= 16, gp= 0
	.mask	0xc0010000,-4
	.fmask	0x00000000,0
	addiu	$sp,$sp,-40
	sw	$31,36($sp)
	sw	$fp,32($sp)
	sw	$16,28($sp)
	move	$fp,$sp
	sw	$4,40($fp)
	sw	$5,44($fp)
	lw	$2,40($fp)
	lw	$16,4($2)
	lw	$4,44($fp)
	jal	hash

	move	$3,$2
	lw	$2,40($fp)
	lw	$2,0($2)
	and	$2,$3,$2
	sll	$2,$2,2
	addu	$2,$16,$2
	lw	$2,0($2)
	sw	$2,16($fp)
	b	$L4

$L7:
	lw	$2,16($fp)
	lw	$2,0($2)
	lw	$3,44($fp)
	bne	$3,$2,$L5

	lw	$2,16($fp)
	lw	$2,4($2)
	b	$L6

$L5:
	lw	$2,16($fp)
	lw	$2,8($2)
	sw	$2,16($fp)
$L4:
	lw	$2,16($fp)
	bne	$2,$0,$L7

	move	$2,$0
$L6:
	move	$sp,$fp
	lw	$31,36($sp)
	lw	$fp,32($sp)
	lw	$16,28($sp)
	addiu	$sp,$sp,40
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
	sw	$0,16($fp)
	sw	$0,20($fp)
	b	$L9

$L10:
	lw	$2,20($fp)
	sll	$2,$2,2
	lw	$3,36($fp)
	addu	$2,$3,$2
	lw	$2,0($2)
	move	$5,$2
	lw	$4,32($fp)
	jal	ht_lookup

	move	$3,$2
	lw	$2,16($fp)
	addu	$2,$2,$3
	sw	$2,16($fp)
	lw	$2,20($fp)
	addiu	$2,$2,1
	sw	$2,20($fp)
$L9:
	lw	$3,20($fp)
	lw	$2,40($fp)
	sltu	$2,$3,$2
	bne	$2,$0,$L10

	lw	$2,16($fp)
	move	$sp,$fp
	lw	$31,28($sp)
	lw	$fp,24($sp)
	addiu	$sp,$sp,32
	jr	$31

	.set	macro
	.set	reorder
	.end	ht_batch
	.size	ht_batch, .-ht_batch
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
