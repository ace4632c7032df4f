	.file	1 "lib.c"
	.section .mdebug.abi32
	.previous
	.nan	legacy
	.module	softfloat
	.module	oddspreg
	.module	arch=mips32
	.text
	.align	2
	.globl	strlen
	.set	nomips16
	.set	nomicromips
	.ent	strlen
	.type	strlen, @function
strlen:
	.frame	$sp,0,$31		# vars= 0, regs= 0/0, args= 0, gp= 0
	.mask	0x00000000,0
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	lb	$2,0($4)
	beq	$2,$0,$L4
	nop

	move	$2,$4
$L3:
	lb	$3,1($2)
	bne	$3,$0,$L3
	addiu	$2,$2,1

	jr	$31
	subu	$2,$2,$4

$L4:
	jr	$31
	move	$2,$0

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
	.frame	$sp,0,$31		# vars= 0, regs= 0/0, args= 0, gp= 0
	.mask	0x00000000,0
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	beq	$6,$0,$L14
	move	$2,$4

	addu	$6,$4,$6
	move	$3,$4
$L9:
	lb	$7,0($5)
	addiu	$3,$3,1
	addiu	$5,$5,1
	bne	$3,$6,$L9
	sb	$7,-1($3)

$L14:
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
	.frame	$sp,0,$31		# vars= 0, regs= 0/0, args= 0, gp= 0
	.mask	0x00000000,0
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	sltu	$3,$4,$5
	beq	$3,$0,$L16
	move	$2,$4

	beq	$6,$0,$L28
	addu	$6,$4,$6

	move	$3,$4
$L18:
	lb	$4,0($5)
	addiu	$3,$3,1
	addiu	$5,$5,1
	bne	$6,$3,$L18
	sb	$4,-1($3)

$L28:
	jr	$31
	nop

$L16:
	addu	$3,$4,$6
	beq	$6,$0,$L28
	addu	$5,$5,$6

$L20:
	lb	$4,-1($5)
	addiu	$3,$3,-1
	addiu	$5,$5,-1
	bne	$2,$3,$L20
	sb	$4,0($3)

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
	.frame	$sp,24,$31		# vars= 0, regs= 2/0, args= 16, gp= 0
	.mask	0x80010000,-4
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	addiu	$sp,$sp,-24
	sw	$16,16($sp)
	sw	$31,20($sp)
	beq	$6,$0,$L32
	move	$16,$4

	sll	$5,$5,24
	jal	memset
	sra	$5,$5,24

$L32:
	lw	$31,20($sp)
	move	$2,$16
	lw	$16,16($sp)
	jr	$31
	addiu	$sp,$sp,24

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
	.frame	$sp,0,$31		# vars= 0, regs= 0/0, args= 0, gp= 0
	.mask	0x00000000,0
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	beq	$6,$0,$L38
	addu	$6,$5,$6

	b	$L40
	lbu	$3,0($5)

$L36:
	beq	$5,$6,$L38
	addiu	$4,$4,1

	lbu	$3,0($5)
$L40:
	lbu	$2,0($4)
	beq	$2,$3,$L36
	addiu	$5,$5,1

	jr	$31
	subu	$2,$2,$3

$L38:
	jr	$31
	move	$2,$0

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
	.frame	$sp,0,$31		# vars= 0, regs= 0/0, args= 0, gp= 0
	.mask	0x00000000,0
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	lb	$3,0($4)
	bne	$3,$0,$L42
	nop

	b	$L47
	lb	$2,0($5)

$L44:
	lb	$3,0($4)
	beq	$3,$0,$L48
	nop

	move	$5,$6
$L42:
	lb	$2,0($5)
	addiu	$4,$4,1
	beq	$2,$3,$L44
	addiu	$6,$5,1

	andi	$3,$3,0x00ff
	andi	$2,$2,0x00ff
$L49:
	jr	$31
	subu	$2,$3,$2

$L48:
	lb	$2,1($5)
	andi	$2,$2,0x00ff
	jr	$31
	subu	$2,$3,$2

$L47:
	b	$L49
	andi	$2,$2,0x00ff

	.set	macro
	.set	reorder
	.end	strcmp
	.size	strcmp, .-strcmp
	.align	2
	.globl	flush
	.set	nomips16
	.set	nomicromips
	.ent	flush
	.type	flush, @function
flush:
	.frame	$sp,56,$31		# vars= 0, regs= 5/0, args= 32, gp= 0
	.mask	0x800f0000,-4
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	addiu	$sp,$sp,-56
	sw	$18,44($sp)
	lui	$18,%hi(outlen)
	lw	$6,%lo(outlen)($18)
	sw	$31,52($sp)
	sw	$19,48($sp)
	sw	$17,40($sp)
	beq	$6,$0,$L51
	sw	$16,36($sp)

	lui	$17,%hi(outbuf)
	move	$16,$0
	addiu	$17,$17,%lo(outbuf)
	b	$L52
	li	$19,4004			# 0xfa4

$L58:
	lw	$6,%lo(outlen)($18)
	sltu	$2,$16,$6
	beq	$2,$0,$L59
	lw	$31,52($sp)

$L52:
	subu	$6,$6,$16
	addu	$5,$17,$16
	sw	$19,24($sp)
	sw	$0,20($sp)
	sw	$0,16($sp)
	move	$7,$0
	jal	__syscall
	li	$4,1			# 0x1

	bgtz	$2,$L58
	addu	$16,$16,$2

$L51:
	lw	$31,52($sp)
$L59:
	lw	$19,48($sp)
	lw	$17,40($sp)
	lw	$16,36($sp)
	sw	$0,%lo(outlen)($18)
	lw	$18,44($sp)
	jr	$31
	addiu	$sp,$sp,56

	.set	macro
	.set	reorder
	.end	flush
	.size	flush, .-flush
	.align	2
	.globl	sys_exit
	.set	nomips16
	.set	nomicromips
	.ent	sys_exit
	.type	sys_exit, @function
sys_exit:
	.frame	$sp,48,$31		# vars= 0, regs= 3/0, args= 32, gp= 0
	.mask	0x80030000,-4
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	addiu	$sp,$sp,-48
	sw	$17,40($sp)
	sw	$16,36($sp)
	sw	$31,44($sp)
	move	$16,$4
	jal	flush
	li	$17,4246			# 0x1096

	sw	$17,24($sp)
$L63:
	sw	$0,20($sp)
	sw	$0,16($sp)
	move	$7,$0
	move	$6,$0
	move	$5,$0
	jal	__syscall
	move	$4,$16

	b	$L63
	sw	$17,24($sp)

	.set	macro
	.set	reorder
	.end	sys_exit
	.size	sys_exit, .-sys_exit
	.align	2
	.globl	putc_
	.set	nomips16
	.set	nomicromips
	.ent	putc_
	.type	putc_, @function
putc_:
	.frame	$sp,32,$31		# vars= 0, regs= 3/0, args= 16, gp= 0
	.mask	0x80030000,-4
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	addiu	$sp,$sp,-32
	sw	$17,24($sp)
	lui	$17,%hi(outlen)
	lw	$2,%lo(outlen)($17)
	li	$3,512			# 0x200
	sw	$16,20($sp)
	sw	$31,28($sp)
	beq	$2,$3,$L67
	move	$16,$4

	lui	$3,%hi(outbuf)
	addiu	$3,$3,%lo(outbuf)
	addiu	$4,$2,1
	addu	$2,$2,$3
	sb	$16,0($2)
	lw	$31,28($sp)
	lw	$16,20($sp)
	sw	$4,%lo(outlen)($17)
	lw	$17,24($sp)
	jr	$31
	addiu	$sp,$sp,32

$L67:
	jal	flush
	nop

	lw	$2,%lo(outlen)($17)
	lui	$3,%hi(outbuf)
	addiu	$3,$3,%lo(outbuf)
	addiu	$4,$2,1
	addu	$2,$2,$3
	sb	$16,0($2)
	lw	$31,28($sp)
	lw	$16,20($sp)
	sw	$4,%lo(outlen)($17)
	lw	$17,24($sp)
	jr	$31
	addiu	$sp,$sp,32

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
	.frame	$sp,48,$31		# vars= 0, regs= 7/0, args= 16, gp= 0
	.mask	0x803f0000,-4
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	beq	$5,$0,$L80
	nop

	addiu	$sp,$sp,-48
	sw	$20,36($sp)
	sw	$19,32($sp)
	lui	$20,%hi(outbuf)
	lui	$19,%hi(outlen)
	sw	$21,40($sp)
	sw	$18,28($sp)
	sw	$16,20($sp)
	lw	$3,%lo(outlen)($19)
	sw	$31,44($sp)
	sw	$17,24($sp)
	move	$16,$4
	addu	$18,$4,$5
	addiu	$20,$20,%lo(outbuf)
	b	$L71
	li	$21,512			# 0x200

$L73:
	move	$2,$3
	addiu	$3,$2,1
	addu	$2,$20,$2
	sw	$3,%lo(outlen)($19)
	beq	$16,$18,$L79
	sb	$17,0($2)

$L71:
	addiu	$16,$16,1
	bne	$3,$21,$L73
	lb	$17,-1($16)

	jal	flush
	nop

	lw	$2,%lo(outlen)($19)
	addiu	$3,$2,1
	addu	$2,$20,$2
	sw	$3,%lo(outlen)($19)
	bne	$16,$18,$L71
	sb	$17,0($2)

$L79:
	lw	$31,44($sp)
	lw	$21,40($sp)
	lw	$20,36($sp)
	lw	$19,32($sp)
	lw	$18,28($sp)
	lw	$17,24($sp)
	lw	$16,20($sp)
	jr	$31
	addiu	$sp,$sp,48

$L80:
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
	.frame	$sp,40,$31		# vars= 0, regs= 6/0, args= 16, gp= 0
	.mask	0x801f0000,-4
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	addiu	$sp,$sp,-40
	sw	$17,20($sp)
	lb	$17,0($4)
	sw	$31,36($sp)
	sw	$20,32($sp)
	sw	$19,28($sp)
	sw	$18,24($sp)
	beq	$17,$0,$L81
	sw	$16,16($sp)

	lui	$18,%hi(outlen)
	lui	$19,%hi(outbuf)
	lw	$2,%lo(outlen)($18)
	move	$16,$4
	addiu	$19,$19,%lo(outbuf)
	b	$L84
	li	$20,512			# 0x200

$L83:
	addu	$3,$19,$2
	sb	$17,0($3)
	lb	$17,0($16)
	addiu	$2,$2,1
	beq	$17,$0,$L81
	sw	$2,%lo(outlen)($18)

$L84:
	bne	$2,$20,$L83
	addiu	$16,$16,1

	jal	flush
	nop

	lw	$2,%lo(outlen)($18)
	addu	$3,$19,$2
	sb	$17,0($3)
	lb	$17,0($16)
	addiu	$2,$2,1
	bne	$17,$0,$L84
	sw	$2,%lo(outlen)($18)

$L81:
	lw	$31,36($sp)
	lw	$20,32($sp)
	lw	$19,28($sp)
	lw	$18,24($sp)
	lw	$17,20($sp)
	lw	$16,16($sp)
	jr	$31
	addiu	$sp,$sp,40

	.set	macro
	.set	reorder
	.end	put
	.size	put, .-put
	.align	2
	.globl	put_u64
	.set	nomips16
	.set	nomicromips
	.ent	put_u64
	.type	put_u64, @function
put_u64:
	.frame	$sp,72,$31		# vars= 24, regs= 7/0, args= 16, gp= 0
	.mask	0x803f0000,-4
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	li	$10,-859045888			# 0xffffffffcccc0000
	addiu	$sp,$sp,-72
	ori	$10,$10,0xcccd
	li	$12,268369920			# 0xfff0000
	move	$6,$5
	sw	$31,68($sp)
	sw	$21,64($sp)
	sw	$20,60($sp)
	sw	$19,56($sp)
	sw	$18,52($sp)
	sw	$17,48($sp)
	sw	$16,44($sp)
	addiu	$11,$sp,16
	ori	$12,$12,0xffff
	addiu	$13,$10,-1
$L97:
	sll	$2,$6,4
$L100:
	srl	$3,$4,28
	or	$3,$2,$3
	and	$3,$3,$12
	and	$2,$4,$12
	srl	$5,$6,24
	addu	$2,$2,$3
	addu	$2,$2,$5
	multu	$2,$10
	move	$14,$6
	mfhi	$3
	move	$15,$4
	srl	$3,$3,2
	sll	$5,$3,2
	addu	$3,$5,$3
	subu	$2,$2,$3
	subu	$2,$4,$2
	mul	$3,$2,$13
	sltu	$5,$4,$2
	multu	$2,$10
	subu	$5,$6,$5
	mfhi	$7
	mflo	$6
	mul	$8,$5,$10
	srl	$6,$6,1
	addu	$5,$8,$3
	addu	$5,$5,$7
	sll	$3,$5,31
	or	$6,$3,$6
	sll	$3,$6,2
	multu	$2,$10
	addu	$2,$3,$6
	mflo	$8
	sll	$2,$2,1
	subu	$2,$4,$2
	addiu	$2,$2,48
	sll	$4,$5,31
	srl	$3,$8,1
	move	$16,$11
	sb	$2,23($11)
	or	$4,$4,$3
	srl	$6,$5,1
	bne	$14,$0,$L97
	addiu	$11,$11,-1

	sltu	$15,$15,10
	beq	$15,$0,$L100
	sll	$2,$6,4

	lui	$18,%hi(outlen)
	lui	$19,%hi(outbuf)
	lw	$3,%lo(outlen)($18)
	addiu	$16,$16,23
	addiu	$21,$sp,40
	addiu	$19,$19,%lo(outbuf)
	b	$L93
	li	$20,512			# 0x200

$L94:
	move	$2,$3
	addiu	$3,$2,1
	addu	$2,$19,$2
	sw	$3,%lo(outlen)($18)
	beq	$16,$21,$L99
	sb	$17,0($2)

$L93:
	addiu	$16,$16,1
	bne	$3,$20,$L94
	lb	$17,-1($16)

	jal	flush
	nop

	lw	$2,%lo(outlen)($18)
	addiu	$3,$2,1
	addu	$2,$19,$2
	sw	$3,%lo(outlen)($18)
	bne	$16,$21,$L93
	sb	$17,0($2)

$L99:
	lw	$31,68($sp)
	lw	$21,64($sp)
	lw	$20,60($sp)
	lw	$19,56($sp)
	lw	$18,52($sp)
	lw	$17,48($sp)
	lw	$16,44($sp)
	jr	$31
	addiu	$sp,$sp,72

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
	.frame	$sp,32,$31		# vars= 0, regs= 4/0, args= 16, gp= 0
	.mask	0x80070000,-4
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	bltz	$5,$L108
	li	$3,512			# 0x200

	j	put_u64
	nop

$L108:
	addiu	$sp,$sp,-32
	sw	$18,24($sp)
	lui	$18,%hi(outlen)
	lw	$2,%lo(outlen)($18)
	sw	$17,20($sp)
	sw	$16,16($sp)
	sw	$31,28($sp)
	move	$16,$5
	beq	$2,$3,$L109
	move	$17,$4

$L104:
	lui	$3,%hi(outbuf)
	addiu	$3,$3,%lo(outbuf)
	addiu	$6,$2,1
	addu	$2,$2,$3
	li	$3,45			# 0x2d
	sb	$3,0($2)
	sltu	$5,$0,$17
	subu	$16,$0,$16
	lw	$31,28($sp)
	subu	$4,$0,$17
	subu	$5,$16,$5
	lw	$17,20($sp)
	lw	$16,16($sp)
	sw	$6,%lo(outlen)($18)
	lw	$18,24($sp)
	j	put_u64
	addiu	$sp,$sp,32

$L109:
	jal	flush
	nop

	b	$L104
	lw	$2,%lo(outlen)($18)

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
	.frame	$sp,64,$31		# vars= 16, regs= 7/0, args= 16, gp= 0
	.mask	0x803f0000,-4
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	addiu	$sp,$sp,-64
	li	$7,-859045888			# 0xffffffffcccc0000
	addiu	$5,$sp,16
	sw	$31,60($sp)
	sw	$21,56($sp)
	sw	$20,52($sp)
	sw	$19,48($sp)
	sw	$18,44($sp)
	sw	$17,40($sp)
	sw	$16,36($sp)
	ori	$7,$7,0xcccd
$L111:
	multu	$4,$7
	move	$6,$4
	mfhi	$2
	move	$16,$5
	srl	$2,$2,3
	sll	$3,$2,2
	addu	$3,$3,$2
	sll	$3,$3,1
	subu	$4,$4,$3
	addiu	$4,$4,48
	sltu	$3,$6,10
	sb	$4,11($5)
	move	$4,$2
	beq	$3,$0,$L111
	addiu	$5,$5,-1

	lui	$18,%hi(outlen)
	lui	$19,%hi(outbuf)
	lw	$3,%lo(outlen)($18)
	addiu	$16,$16,11
	addiu	$21,$sp,28
	addiu	$19,$19,%lo(outbuf)
	b	$L113
	li	$20,512			# 0x200

$L114:
	move	$2,$3
	addiu	$3,$2,1
	addu	$2,$19,$2
	sw	$3,%lo(outlen)($18)
	beq	$16,$21,$L118
	sb	$17,0($2)

$L113:
	addiu	$16,$16,1
	bne	$3,$20,$L114
	lb	$17,-1($16)

	jal	flush
	nop

	lw	$2,%lo(outlen)($18)
	addiu	$3,$2,1
	addu	$2,$19,$2
	sw	$3,%lo(outlen)($18)
	bne	$16,$21,$L113
	sb	$17,0($2)

$L118:
	lw	$31,60($sp)
	lw	$21,56($sp)
	lw	$20,52($sp)
	lw	$19,48($sp)
	lw	$18,44($sp)
	lw	$17,40($sp)
	lw	$16,36($sp)
	jr	$31
	addiu	$sp,$sp,64

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
	.frame	$sp,32,$31		# vars= 0, regs= 3/0, args= 16, gp= 0
	.mask	0x80030000,-4
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	bltz	$4,$L125
	li	$3,512			# 0x200

	j	put_uint
	nop

$L125:
	addiu	$sp,$sp,-32
	sw	$17,24($sp)
	lui	$17,%hi(outlen)
	lw	$2,%lo(outlen)($17)
	sw	$16,20($sp)
	sw	$31,28($sp)
	beq	$2,$3,$L126
	move	$16,$4

$L121:
	lui	$3,%hi(outbuf)
	addiu	$3,$3,%lo(outbuf)
	addiu	$5,$2,1
	addu	$2,$2,$3
	li	$3,45			# 0x2d
	sb	$3,0($2)
	lw	$31,28($sp)
	subu	$4,$0,$16
	sw	$5,%lo(outlen)($17)
	lw	$16,20($sp)
	lw	$17,24($sp)
	j	put_uint
	addiu	$sp,$sp,32

$L126:
	jal	flush
	nop

	b	$L121
	lw	$2,%lo(outlen)($17)

	.set	macro
	.set	reorder
	.end	put_int
	.size	put_int, .-put_int
	.section	.rodata.str1.4,"aMS",@progbits,1
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
	.frame	$sp,56,$31		# vars= 0, regs= 9/0, args= 16, gp= 0
	.mask	0x80ff0000,-4
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	addiu	$sp,$sp,-56
	sw	$19,32($sp)
	sw	$18,28($sp)
	sw	$16,20($sp)
	lui	$18,%hi(outlen)
	lui	$16,%hi($LC0)
	lui	$19,%hi(outbuf)
	sw	$21,40($sp)
	sw	$20,36($sp)
	sw	$17,24($sp)
	lw	$2,%lo(outlen)($18)
	sw	$31,52($sp)
	sw	$23,48($sp)
	sw	$22,44($sp)
	move	$20,$4
	li	$17,48			# 0x30
	addiu	$16,$16,%lo($LC0)
	addiu	$19,$19,%lo(outbuf)
	b	$L129
	li	$21,512			# 0x200

$L128:
	addu	$3,$19,$2
	sb	$17,0($3)
	lb	$17,0($16)
	addiu	$2,$2,1
	beq	$17,$0,$L137
	sw	$2,%lo(outlen)($18)

$L129:
	bne	$2,$21,$L128
	addiu	$16,$16,1

	jal	flush
	nop

	lw	$2,%lo(outlen)($18)
	addu	$3,$19,$2
	sb	$17,0($3)
	lb	$17,0($16)
	addiu	$2,$2,1
	bne	$17,$0,$L129
	sw	$2,%lo(outlen)($18)

$L137:
	lui	$21,%hi($LC1)
	li	$16,28			# 0x1c
	addiu	$21,$21,%lo($LC1)
	li	$23,512			# 0x200
	b	$L131
	li	$22,-4			# 0xfffffffffffffffc

$L133:
	move	$3,$2
	addiu	$2,$3,1
	addiu	$16,$16,-4
	addu	$3,$19,$3
	sw	$2,%lo(outlen)($18)
	beq	$16,$22,$L138
	sb	$17,0($3)

$L131:
	srl	$3,$20,$16
	andi	$3,$3,0xf
	addu	$3,$21,$3
	bne	$2,$23,$L133
	lb	$17,0($3)

	jal	flush
	addiu	$16,$16,-4

	lw	$3,%lo(outlen)($18)
	addiu	$2,$3,1
	addu	$3,$19,$3
	sw	$2,%lo(outlen)($18)
	bne	$16,$22,$L131
	sb	$17,0($3)

$L138:
	lw	$31,52($sp)
	lw	$23,48($sp)
	lw	$22,44($sp)
	lw	$21,40($sp)
	lw	$20,36($sp)
	lw	$19,32($sp)
	lw	$18,28($sp)
	lw	$17,24($sp)
	lw	$16,20($sp)
	jr	$31
	addiu	$sp,$sp,56

	.set	macro
	.set	reorder
	.end	put_hex
	.size	put_hex, .-put_hex
	.local	outlen
	.comm	outlen,4,4
	.local	outbuf
	.comm	outbuf,512,4
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
