	.file	1 "wc.c"
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
	.ent	sys_read
	.type	sys_read, @function
sys_read:
	.frame	$fp,40,$31		# vars= 0, regs= 2/0, args= 32, gp= 0
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
	lw	$3,44($fp)
	lw	$4,48($fp)
	li	$2,4003			# 0xfa3
	sw	$2,24($sp)
	sw	$0,20($sp)
	sw	$0,16($sp)
	move	$7,$0
	move	$6,$4
	move	$5,$3
	lw	$4,40($fp)
	jal	__syscall
	nop

	move	$sp,$fp
	lw	$31,36($sp)
	lw	$fp,32($sp)
	addiu	$sp,$sp,40
	jr	$31
	nop

	.set	macro
	.set	reorder
	.end	sys_read
	.size	sys_read, .-sys_read
	.align	2
	.globl	main
	.set	nomips16
	.set	nomicromips
	.ent	main
	.type	main, @function
main:
	.frame	$fp,160,$31		# vars= 136, regs= 2/0, args= 16, gp= 0
	.mask	0xc0000000,-4
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	addiu	$sp,$sp,-160
	sw	$31,156($sp)
	sw	$fp,152($sp)
	move	$fp,$sp
	sw	$0,16($fp)
	sw	$0,20($fp)
	sw	$0,24($fp)
	sw	$0,28($fp)
	sw	$0,32($fp)
	b	$L4
	nop

$L11:
	sw	$0,36($fp)
	b	$L5
	nop

$L10:
	lw	$2,36($fp)
	addiu	$3,$fp,16
	addu	$2,$3,$2
	lbu	$2,32($2)
	sb	$2,44($fp)
	lw	$2,24($fp)
	addiu	$2,$2,1
	sw	$2,24($fp)
	lw	$3,28($fp)
	move	$2,$3
	sll	$2,$2,5
	addu	$2,$2,$3
	lbu	$3,44($fp)
	addu	$2,$2,$3
	sw	$2,28($fp)
	lb	$3,44($fp)
	li	$2,10			# 0xa
	bne	$3,$2,$L6
	nop

	lw	$2,16($fp)
	addiu	$2,$2,1
	sw	$2,16($fp)
$L6:
	lb	$3,44($fp)
	li	$2,32			# 0x20
	beq	$3,$2,$L7
	nop

	lb	$3,44($fp)
	li	$2,10			# 0xa
	beq	$3,$2,$L7
	nop

	lb	$3,44($fp)
	li	$2,9			# 0x9
	bne	$3,$2,$L8
	nop

$L7:
	sw	$0,32($fp)
	b	$L9
	nop

$L8:
	lw	$2,32($fp)
	bne	$2,$0,$L9
	nop

	li	$2,1			# 0x1
	sw	$2,32($fp)
	lw	$2,20($fp)
	addiu	$2,$2,1
	sw	$2,20($fp)
$L9:
	lw	$2,36($fp)
	addiu	$2,$2,1
	sw	$2,36($fp)
$L5:
	lw	$3,36($fp)
	lw	$2,40($fp)
	slt	$2,$3,$2
	bne	$2,$0,$L10
	nop

$L4:
	addiu	$2,$fp,48
	li	$6,100			# 0x64
	move	$5,$2
	move	$4,$0
	jal	sys_read
	nop

	sw	$2,40($fp)
	lw	$2,40($fp)
	bgtz	$2,$L11
	nop

	lw	$4,16($fp)
	jal	put_uint
	nop

	li	$4,32			# 0x20
	jal	putc_
	nop

	lw	$4,20($fp)
	jal	put_uint
	nop

	li	$4,32			# 0x20
	jal	putc_
	nop

	lw	$4,24($fp)
	jal	put_uint
	nop

	li	$4,32			# 0x20
	jal	putc_
	nop

	lw	$4,28($fp)
	jal	put_hex
	nop

	li	$4,10			# 0xa
	jal	putc_
	nop

	jal	flush
	nop

	lw	$2,40($fp)
	srl	$2,$2,31
	move	$sp,$fp
	lw	$31,156($sp)
	lw	$fp,152($sp)
	addiu	$sp,$sp,160
	jr	$31
	nop

	.set	macro
	.set	reorder
	.end	main
	.size	main, .-main
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
