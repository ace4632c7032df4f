	.file	1 "lib.c"
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
	.ent	sys_write
	.type	sys_write, @function
sys_write:
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
	li	$2,4004			# 0xfa4
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
	.end	sys_write
	.size	sys_write, .-sys_write
	.align	2
	.globl	sys_exit
	.set	nomips16
	.set	nomicromips
	.ent	sys_exit
	.type	sys_exit, @function
sys_exit:
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
	jal	flush
	nop

$L4:
	li	$2,4246			# 0x1096
	sw	$2,24($sp)
	sw	$0,20($sp)
	sw	$0,16($sp)
	move	$7,$0
	move	$6,$0
	move	$5,$0
	lw	$4,40($fp)
	jal	__syscall
	nop

	b	$L4
	nop

	.set	macro
	.set	reorder
	.end	sys_exit
	.size	sys_exit, .-sys_exit
	.align	2
	.globl	strlen
	.set	nomips16
	.set	nomicromips
	.ent	strlen
	.type	strlen, @function
strlen:
	.frame	$fp,16,$31		# vars= 8, regs= 1/0, args= 0, gp= 0
	.mask	0x40000000,-4
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	addiu	$sp,$sp,-16
	sw	$fp,12($sp)
	move	$fp,$sp
	sw	$4,16($fp)
	lw	$2,16($fp)
	sw	$2,0($fp)
	b	$L6
	nop

$L7:
	lw	$2,0($fp)
	addiu	$2,$2,1
	sw	$2,0($fp)
$L6:
	lw	$2,0($fp)
	lb	$2,0($2)
	bne	$2,$0,$L7
	nop

	lw	$3,0($fp)
	lw	$2,16($fp)
	subu	$2,$3,$2
	move	$sp,$fp
	lw	$fp,12($sp)
	addiu	$sp,$sp,16
	jr	$31
	nop

	.set	macro
	.set	reorder
	.end	strlen
	.size	strlen, .-strlen
	.align	2
	.globl	memcpy
	.set	nomips16
	.set	nomicromips
	.ent	memcpy
	.type	memcpy, @function
memcpy:
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
	sw	$6,24($fp)
	lw	$2,16($fp)
	sw	$2,0($fp)
	lw	$2,20($fp)
	sw	$2,4($fp)
	b	$L10
	nop

$L11:
	lw	$3,4($fp)
	addiu	$2,$3,1
	sw	$2,4($fp)
	lw	$2,0($fp)
	addiu	$4,$2,1
	sw	$4,0($fp)
	lb	$3,0($3)
	sb	$3,0($2)
$L10:
	lw	$2,24($fp)
	addiu	$3,$2,-1
	sw	$3,24($fp)
	bne	$2,$0,$L11
	nop

	lw	$2,16($fp)
	move	$sp,$fp
	lw	$fp,12($sp)
	addiu	$sp,$sp,16
	jr	$31
	nop

	.set	macro
	.set	reorder
	.end	memcpy
	.size	memcpy, .-memcpy
	.align	2
	.globl	memmove
	.set	nomips16
	.set	nomicromips
	.ent	memmove
	.type	memmove, @function
memmove:
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
	sw	$6,24($fp)
	lw	$2,16($fp)
	sw	$2,0($fp)
	lw	$2,20($fp)
	sw	$2,4($fp)
	lw	$3,0($fp)
	lw	$2,4($fp)
	sltu	$2,$3,$2
	beq	$2,$0,$L14
	nop

	b	$L15
	nop

$L16:
	lw	$3,4($fp)
	addiu	$2,$3,1
	sw	$2,4($fp)
	lw	$2,0($fp)
	addiu	$4,$2,1
	sw	$4,0($fp)
	lb	$3,0($3)
	sb	$3,0($2)
$L15:
	lw	$2,24($fp)
	addiu	$3,$2,-1
	sw	$3,24($fp)
	bne	$2,$0,$L16
	nop

	b	$L17
	nop

$L14:
	lw	$3,0($fp)
	lw	$2,24($fp)
	addu	$2,$3,$2
	sw	$2,0($fp)
	lw	$3,4($fp)
	lw	$2,24($fp)
	addu	$2,$3,$2
	sw	$2,4($fp)
	b	$L18
	nop

$L19:
	lw	$2,4($fp)
	addiu	$2,$2,-1
	sw	$2,4($fp)
	lw	$2,0($fp)
	addiu	$2,$2,-1
	sw	$2,0($fp)
	lw	$2,4($fp)
	lb	$3,0($2)
	lw	$2,0($fp)
	sb	$3,0($2)
$L18:
	lw	$2,24($fp)
	addiu	$3,$2,-1
	sw	$3,24($fp)
	bne	$2,$0,$L19
	nop

$L17:
	lw	$2,16($fp)
	move	$sp,$fp
	lw	$fp,12($sp)
	addiu	$sp,$sp,16
	jr	$31
	nop

	.set	macro
	.set	reorder
	.end	memmove
	.size	memmove, .-memmove
	.align	2
	.globl	memset
	.set	nomips16
	.set	nomicromips
	.ent	memset
	.type	memset, @function
memset:
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
	sw	$6,24($fp)
	lw	$2,16($fp)
	sw	$2,0($fp)
	b	$L22
	nop

$L23:
	lw	$2,0($fp)
	addiu	$3,$2,1
	sw	$3,0($fp)
	lw	$3,20($fp)
	sll	$3,$3,24
	sra	$3,$3,24
	sb	$3,0($2)
$L22:
	lw	$2,24($fp)
	addiu	$3,$2,-1
	sw	$3,24($fp)
	bne	$2,$0,$L23
	nop

	lw	$2,16($fp)
	move	$sp,$fp
	lw	$fp,12($sp)
	addiu	$sp,$sp,16
	jr	$31
	nop

	.set	macro
	.set	reorder
	.end	memset
	.size	memset, .-memset
	.align	2
	.globl	memcmp
	.set	nomips16
	.set	nomicromips
	.ent	memcmp
	.type	memcmp, @function
memcmp:
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
	sw	$6,24($fp)
	lw	$2,16($fp)
	sw	$2,0($fp)
	lw	$2,20($fp)
	sw	$2,4($fp)
	b	$L26
	nop

$L29:
	lw	$2,0($fp)
	lbu	$3,0($2)
	lw	$2,4($fp)
	lbu	$2,0($2)
	beq	$3,$2,$L27
	nop

	lw	$2,0($fp)
	lbu	$2,0($2)
	move	$3,$2
	lw	$2,4($fp)
	lbu	$2,0($2)
	subu	$2,$3,$2
	b	$L28
	nop

$L27:
	lw	$2,24($fp)
	addiu	$2,$2,-1
	sw	$2,24($fp)
	lw	$2,0($fp)
	addiu	$2,$2,1
	sw	$2,0($fp)
	lw	$2,4($fp)
	addiu	$2,$2,1
	sw	$2,4($fp)
$L26:
	lw	$2,24($fp)
	bne	$2,$0,$L29
	nop

	move	$2,$0
$L28:
	move	$sp,$fp
	lw	$fp,12($sp)
	addiu	$sp,$sp,16
	jr	$31
	nop

	.set	macro
	.set	reorder
	.end	memcmp
	.size	memcmp, .-memcmp
	.align	2
	.globl	strcmp
	.set	nomips16
	.set	nomicromips
	.ent	strcmp
	.type	strcmp, @function
strcmp:
	.frame	$fp,8,$31		# vars= 0, regs= 1/0, args= 0, gp= 0
	.mask	0x40000000,-4
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	addiu	$sp,$sp,-8
	sw	$fp,4($sp)
	move	$fp,$sp
	sw	$4,8($fp)
	sw	$5,12($fp)
	b	$L31
	nop

$L33:
	lw	$2,8($fp)
	addiu	$2,$2,1
	sw	$2,8($fp)
	lw	$2,12($fp)
	addiu	$2,$2,1
	sw	$2,12($fp)
$L31:
	lw	$2,8($fp)
	lb	$2,0($2)
	beq	$2,$0,$L32
	nop

	lw	$2,8($fp)
	lb	$3,0($2)
	lw	$2,12($fp)
	lb	$2,0($2)
	beq	$3,$2,$L33
	nop

$L32:
	lw	$2,8($fp)
	lb	$2,0($2)
	andi	$2,$2,0x00ff
	move	$3,$2
	lw	$2,12($fp)
	lb	$2,0($2)
	andi	$2,$2,0x00ff
	subu	$2,$3,$2
	move	$sp,$fp
	lw	$fp,4($sp)
	addiu	$sp,$sp,8
	jr	$31
	nop

	.set	macro
	.set	reorder
	.end	strcmp
	.size	strcmp, .-strcmp
	.local	outbuf
	.comm	outbuf,512,4
	.local	outlen
	.comm	outlen,4,4
	.align	2
	.globl	flush
	.set	nomips16
	.set	nomicromips
	.ent	flush
	.type	flush, @function
flush:
	.frame	$fp,32,$31		# vars= 8, regs= 2/0, args= 16, gp= 0
	.mask	0xc0000000,-4
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	addiu	$sp,$sp,-32
	sw	$31,28($sp)
	sw	$fp,24($sp)
	move	$fp,$sp
	sw	$0,16($fp)
	b	$L36
	nop

$L39:
	lw	$3,16($fp)
	lui	$2,%hi(outbuf)
	addiu	$2,$2,%lo(outbuf)
	addu	$4,$3,$2
	lui	$2,%hi(outlen)
	lw	$3,%lo(outlen)($2)
	lw	$2,16($fp)
	subu	$2,$3,$2
	move	$6,$2
	move	$5,$4
	li	$4,1			# 0x1
	jal	sys_write
	nop

	sw	$2,20($fp)
	lw	$2,20($fp)
	blez	$2,$L40
	nop

	lw	$2,20($fp)
	lw	$3,16($fp)
	addu	$2,$3,$2
	sw	$2,16($fp)
$L36:
	lui	$2,%hi(outlen)
	lw	$2,%lo(outlen)($2)
	lw	$3,16($fp)
	sltu	$2,$3,$2
	bne	$2,$0,$L39
	nop

	b	$L38
	nop

$L40:
	nop
$L38:
	lui	$2,%hi(outlen)
	sw	$0,%lo(outlen)($2)
	nop
	move	$sp,$fp
	lw	$31,28($sp)
	lw	$fp,24($sp)
	addiu	$sp,$sp,32
	jr	$31
	nop

	.set	macro
	.set	reorder
	.end	flush
	.size	flush, .-flush
	.align	2
	.globl	putc_
	.set	nomips16
	.set	nomicromips
	.ent	putc_
	.type	putc_, @function
putc_:
	.frame	$fp,24,$31		# vars= 0, regs= 2/0, args= 16, gp= 0
	.mask	0xc0000000,-4
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	addiu	$sp,$sp,-24
	sw	$31,20($sp)
	sw	$fp,16($sp)
	move	$fp,$sp
	move	$2,$4
	sb	$2,24($fp)
	lui	$2,%hi(outlen)
	lw	$3,%lo(outlen)($2)
	li	$2,512			# 0x200
	bne	$3,$2,$L42
	nop

	jal	flush
	nop

$L42:
	lui	$2,%hi(outlen)
	lw	$2,%lo(outlen)($2)
	addiu	$4,$2,1
	lui	$3,%hi(outlen)
	sw	$4,%lo(outlen)($3)
	lui	$3,%hi(outbuf)
	addiu	$3,$3,%lo(outbuf)
	addu	$2,$2,$3
	lbu	$3,24($fp)
	sb	$3,0($2)
	nop
	move	$sp,$fp
	lw	$31,20($sp)
	lw	$fp,16($sp)
	addiu	$sp,$sp,24
	jr	$31
	nop

	.set	macro
	.set	reorder
	.end	putc_
	.size	putc_, .-putc_
	.align	2
	.globl	putn
	.set	nomips16
	.set	nomicromips
	.ent	putn
	.type	putn, @function
putn:
	.frame	$fp,24,$31		# vars= 0, regs= 2/0, args= 16, gp= 0
	.mask	0xc0000000,-4
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	addiu	$sp,$sp,-24
	sw	$31,20($sp)
	sw	$fp,16($sp)
	move	$fp,$sp
	sw	$4,24($fp)
	sw	$5,28($fp)
	b	$L44
	nop

$L45:
	lw	$2,24($fp)
	addiu	$3,$2,1
	sw	$3,24($fp)
	lb	$2,0($2)
	move	$4,$2
	jal	putc_
	nop

$L44:
	lw	$2,28($fp)
	addiu	$3,$2,-1
	sw	$3,28($fp)
	bne	$2,$0,$L45
	nop

	nop
	nop
	move	$sp,$fp
	lw	$31,20($sp)
	lw	$fp,16($sp)
	addiu	$sp,$sp,24
	jr	$31
	nop

	.set	macro
	.set	reorder
	.end	putn
	.size	putn, .-putn
	.align	2
	.globl	put
	.set	nomips16
	.set	nomicromips
	.ent	put
	.type	put, @function
put:
	.frame	$fp,24,$31		# vars= 0, regs= 2/0, args= 16, gp= 0
	.mask	0xc0000000,-4
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	addiu	$sp,$sp,-24
	sw	$31,20($sp)
	sw	$fp,16($sp)
	move	$fp,$sp
	sw	$4,24($fp)
	b	$L47
	nop

$L48:
	lw	$2,24($fp)
	addiu	$3,$2,1
	sw	$3,24($fp)
	lb	$2,0($2)
	move	$4,$2
	jal	putc_
	nop

$L47:
	lw	$2,24($fp)
	lb	$2,0($2)
	bne	$2,$0,$L48
	nop

	nop
	nop
	move	$sp,$fp
	lw	$31,20($sp)
	lw	$fp,16($sp)
	addiu	$sp,$sp,24
	jr	$31
	nop

	.set	macro
	.set	reorder
	.end	put
	.size	put, .-put
	.globl	__umoddi3
	.globl	__udivdi3
	.align	2
	.globl	put_u64
	.set	nomips16
	.set	nomicromips
	.ent	put_u64
	.type	put_u64, @function
put_u64:
	.frame	$fp,56,$31		# vars= 32, regs= 2/0, args= 16, gp= 0
	.mask	0xc0000000,-4
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	addiu	$sp,$sp,-56
	sw	$31,52($sp)
	sw	$fp,48($sp)
	move	$fp,$sp
	sw	$4,56($fp)
	sw	$5,60($fp)
	li	$2,24			# 0x18
	sw	$2,16($fp)
$L50:
	lw	$2,56($fp)
	lw	$3,60($fp)
	li	$6,10			# 0xa
	move	$7,$0
	move	$4,$2
	move	$5,$3
	jal	__umoddi3
	nop

	andi	$2,$2,0x00ff
	addiu	$2,$2,48
	andi	$3,$2,0x00ff
	lw	$2,16($fp)
	addiu	$2,$2,-1
	sw	$2,16($fp)
	sll	$3,$3,24
	sra	$3,$3,24
	lw	$2,16($fp)
	addiu	$4,$fp,16
	addu	$2,$4,$2
	sb	$3,4($2)
	lw	$2,56($fp)
	lw	$3,60($fp)
	li	$6,10			# 0xa
	move	$7,$0
	move	$4,$2
	move	$5,$3
	jal	__udivdi3
	nop

	sw	$2,56($fp)
	sw	$3,60($fp)
	lw	$2,56($fp)
	lw	$3,60($fp)
	or	$2,$2,$3
	bne	$2,$0,$L50
	nop

	lw	$2,16($fp)
	addiu	$3,$fp,20
	addu	$4,$3,$2
	lw	$2,16($fp)
	li	$3,24			# 0x18
	subu	$2,$3,$2
	move	$5,$2
	jal	putn
	nop

	nop
	move	$sp,$fp
	lw	$31,52($sp)
	lw	$fp,48($sp)
	addiu	$sp,$sp,56
	jr	$31
	nop

	.set	macro
	.set	reorder
	.end	put_u64
	.size	put_u64, .-put_u64
	.align	2
	.globl	put_i64
	.set	nomips16
	.set	nomicromips
	.ent	put_i64
	.type	put_i64, @function
put_i64:
	.frame	$fp,24,$31		# vars= 0, regs= 2/0, args= 16, gp= 0
	.mask	0xc0000000,-4
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	addiu	$sp,$sp,-24
	sw	$31,20($sp)
	sw	$fp,16($sp)
	move	$fp,$sp
	sw	$4,24($fp)
	sw	$5,28($fp)
	lw	$2,28($fp)
	bgez	$2,$L52
	nop

	li	$4,45			# 0x2d
	jal	putc_
	nop

	lw	$6,24($fp)
	lw	$7,28($fp)
	move	$4,$0
	move	$5,$0
	subu	$2,$4,$6
	sltu	$8,$4,$2
	subu	$3,$5,$7
	subu	$4,$3,$8
	move	$3,$4
	move	$4,$2
	move	$5,$3
	jal	put_u64
	nop

	b	$L55
	nop

$L52:
	lw	$2,24($fp)
	lw	$3,28($fp)
	lw	$4,24($fp)
	lw	$5,28($fp)
	jal	put_u64
	nop

$L55:
	nop
	move	$sp,$fp
	lw	$31,20($sp)
	lw	$fp,16($sp)
	addiu	$sp,$sp,24
	jr	$31
	nop

	.set	macro
	.set	reorder
	.end	put_i64
	.size	put_i64, .-put_i64
	.align	2
	.globl	put_uint
	.set	nomips16
	.set	nomicromips
	.ent	put_uint
	.type	put_uint, @function
put_uint:
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
	li	$2,12			# 0xc
	sw	$2,16($fp)
$L57:
	lw	$4,40($fp)
	li	$2,-859045888			# 0xffffffffcccc0000
	ori	$2,$2,0xcccd
	multu	$4,$2
	mfhi	$2
	srl	$3,$2,3
	move	$2,$3
	sll	$2,$2,2
	addu	$2,$2,$3
	sll	$2,$2,1
	subu	$3,$4,$2
	andi	$2,$3,0x00ff
	addiu	$2,$2,48
	andi	$3,$2,0x00ff
	lw	$2,16($fp)
	addiu	$2,$2,-1
	sw	$2,16($fp)
	sll	$3,$3,24
	sra	$3,$3,24
	lw	$2,16($fp)
	addiu	$4,$fp,16
	addu	$2,$4,$2
	sb	$3,4($2)
	lw	$3,40($fp)
	li	$2,-859045888			# 0xffffffffcccc0000
	ori	$2,$2,0xcccd
	multu	$3,$2
	mfhi	$2
	srl	$2,$2,3
	sw	$2,40($fp)
	lw	$2,40($fp)
	bne	$2,$0,$L57
	nop

	lw	$2,16($fp)
	addiu	$3,$fp,20
	addu	$4,$3,$2
	lw	$2,16($fp)
	li	$3,12			# 0xc
	subu	$2,$3,$2
	move	$5,$2
	jal	putn
	nop

	nop
	move	$sp,$fp
	lw	$31,36($sp)
	lw	$fp,32($sp)
	addiu	$sp,$sp,40
	jr	$31
	nop

	.set	macro
	.set	reorder
	.end	put_uint
	.size	put_uint, .-put_uint
	.align	2
	.globl	put_int
	.set	nomips16
	.set	nomicromips
	.ent	put_int
	.type	put_int, @function
put_int:
	.frame	$fp,24,$31		# vars= 0, regs= 2/0, args= 16, gp= 0
	.mask	0xc0000000,-4
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	addiu	$sp,$sp,-24
	sw	$31,20($sp)
	sw	$fp,16($sp)
	move	$fp,$sp
	sw	$4,24($fp)
	lw	$2,24($fp)
	bgez	$2,$L59
	nop

	li	$4,45			# 0x2d
	jal	putc_
	nop

	lw	$2,24($fp)
	subu	$2,$0,$2
	move	$4,$2
	jal	put_uint
	nop

	b	$L61
	nop

$L59:
	lw	$2,24($fp)
	move	$4,$2
	jal	put_uint
	nop

$L61:
	nop
	move	$sp,$fp
	lw	$31,20($sp)
	lw	$fp,16($sp)
	addiu	$sp,$sp,24
	jr	$31
	nop

	.set	macro
	.set	reorder
	.end	put_int
	.size	put_int, .-put_int
	.rdata
	.align	2
$LC0:
	.ascii	"0x\000"
	.align	2
$LC1:
	.ascii	"0123456789abcdef\000"
	.text
	.align	2
	.globl	put_hex
	.set	nomips16
	.set	nomicromips
	.ent	put_hex
	.type	put_hex, @function
put_hex:
	.frame	$fp,32,$31		# vars= 8, regs= 2/0, args= 16, gp= 0
	.mask	0xc0000000,-4
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	addiu	$sp,$sp,-32
	sw	$31,28($sp)
	sw	$fp,24($sp)
	move	$fp,$sp
	sw	$4,32($fp)
	lui	$2,%hi($LC0)
	addiu	$4,$2,%lo($LC0)
	jal	put
	nop

	li	$2,28			# 0x1c
	sw	$2,16($fp)
	b	$L63
	nop

$L64:
	lw	$3,32($fp)
	lw	$2,16($fp)
	srl	$2,$3,$2
	andi	$3,$2,0xf
	lui	$2,%hi($LC1)
	addiu	$2,$2,%lo($LC1)
	addu	$2,$3,$2
	lb	$2,0($2)
	move	$4,$2
	jal	putc_
	nop

	lw	$2,16($fp)
	addiu	$2,$2,-4
	sw	$2,16($fp)
$L63:
	lw	$2,16($fp)
	bgez	$2,$L64
	nop

	nop
	nop
	move	$sp,$fp
	lw	$31,28($sp)
	lw	$fp,24($sp)
	addiu	$sp,$sp,32
	jr	$31
	nop

	.set	macro
	.set	reorder
	.end	put_hex
	.size	put_hex, .-put_hex
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
