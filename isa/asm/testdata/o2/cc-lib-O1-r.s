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
	lb	$2,0($4)
	beq	$2,$0,$L6
	move	$2,$4

$L3:
	addiu	$2,$2,1
	lb	$5,0($2)
	bne	$5,$0,$L3

$L2:
$L6:
	jr	$31
	subu	$2,$2,$4

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
	beq	$6,$0,$L11
	move	$2,$4

	addu	$6,$4,$6
	move	$3,$4
$L9:
	addiu	$5,$5,1
	addiu	$3,$3,1
	lb	$7,-1($5)
	bne	$6,$3,$L9
	sb	$7,-1($3)

$L11:
	jr	$31

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
	sltu	$3,$4,$5
	beq	$3,$0,$L13
	move	$2,$4

	beq	$6,$0,$L20
	addu	$6,$4,$6

	move	$3,$4
$L15:
	addiu	$5,$5,1
	addiu	$3,$3,1
	lb	$4,-1($5)
	bne	$3,$6,$L15
	sb	$4,-1($3)

$L20:
	jr	$31

$L13:
	addu	$3,$4,$6
	beq	$6,$0,$L20
	addu	$5,$5,$6

$L16:
	addiu	$5,$5,-1
	addiu	$3,$3,-1
	lb	$4,0($5)
	bne	$2,$3,$L16
	sb	$4,0($3)

	jr	$31

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
	.frame	$sp,0,$31		# vars= 0, regs= 0/0, args= 0, gp= 0
	.mask	0x00000000,0
	.fmask	0x00000000,0
	beq	$6,$0,$L25
	move	$2,$4

	addu	$6,$4,$6
	move	$3,$4
$L23:
	addiu	$3,$3,1
	bne	$6,$3,$L23
	sb	$5,-1($3)

$L25:
	jr	$31

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
	beq	$6,$0,$L30
	addu	$6,$4,$6

$L29:
	lbu	$2,0($4)
	lbu	$3,0($5)
	bne	$2,$3,$L32
	addiu	$4,$4,1

	bne	$6,$4,$L29
	addiu	$5,$5,1

	jr	$31
	move	$2,$0

$L32:
	jr	$31
	subu	$2,$2,$3

$L30:
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
	lb	$2,0($4)
	beq	$2,$0,$L35

$L34:
	lb	$3,0($5)
	bne	$3,$2,$L38
	andi	$2,$2,0x00ff

	addiu	$4,$4,1
	lb	$2,0($4)
	bne	$2,$0,$L34
	addiu	$5,$5,1

$L35:
	andi	$2,$2,0x00ff
$L38:
	lbu	$3,0($5)
	jr	$31
	subu	$2,$2,$3

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
	lui	$2,%hi(outlen)
	lw	$6,%lo(outlen)($2)
	beq	$6,$0,$L44

	addiu	$sp,$sp,-56
	sw	$31,52($sp)
	sw	$19,48($sp)
	sw	$18,44($sp)
	sw	$17,40($sp)
	sw	$16,36($sp)
	move	$16,$0
	lui	$17,%hi(outbuf)
	addiu	$17,$17,%lo(outbuf)
	li	$18,4004			# 0xfa4
	move	$19,$2
$L41:
	sw	$18,24($sp)
	sw	$0,20($sp)
	sw	$0,16($sp)
	move	$7,$0
	subu	$6,$6,$16
	addu	$5,$17,$16
	jal	__syscall
	li	$4,1			# 0x1

	blez	$2,$L40
	addu	$16,$16,$2

	lw	$6,%lo(outlen)($19)
	sltu	$2,$16,$6
	bne	$2,$0,$L41

$L40:
	lui	$2,%hi(outlen)
	sw	$0,%lo(outlen)($2)
	lw	$31,52($sp)
	lw	$19,48($sp)
	lw	$18,44($sp)
	lw	$17,40($sp)
	lw	$16,36($sp)
	jr	$31
	addiu	$sp,$sp,56

$L44:
	jr	$31
	sw	$0,%lo(outlen)($2)

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
	addiu	$sp,$sp,-48
	sw	$31,44($sp)
	sw	$17,40($sp)
	sw	$16,36($sp)
	jal	flush
	move	$16,$4

	li	$17,4246			# 0x1096
	sw	$17,24($sp)
$L50:
	sw	$0,20($sp)
	sw	$0,16($sp)
	move	$7,$0
	move	$6,$0
	move	$5,$0
	jal	__syscall
	move	$4,$16

	b	$L50
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
	.frame	$sp,24,$31		# vars= 0, regs= 2/0, args= 16, gp= 0
	.mask	0x80010000,-4
	.fmask	0x00000000,0
	addiu	$sp,$sp,-24
	sw	$31,20($sp)
	sw	$16,16($sp)
	lui	$2,%hi(outlen)
	lw	$3,%lo(outlen)($2)
	li	$2,512			# 0x200
	beq	$3,$2,$L54
	move	$16,$4

	lui	$3,%hi(outlen)
$L55:
	lw	$2,%lo(outlen)($3)
	addiu	$4,$2,1
	sw	$4,%lo(outlen)($3)
	lui	$3,%hi(outbuf)
	addiu	$3,$3,%lo(outbuf)
	addu	$2,$2,$3
	sb	$16,0($2)
	lw	$31,20($sp)
	lw	$16,16($sp)
	jr	$31
	addiu	$sp,$sp,24

$L54:
	jal	flush

	b	$L55
	lui	$3,%hi(outlen)

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
	.frame	$sp,32,$31		# vars= 0, regs= 3/0, args= 16, gp= 0
	.mask	0x80030000,-4
	.fmask	0x00000000,0
	beq	$5,$0,$L65

	addiu	$sp,$sp,-32
	sw	$31,28($sp)
	sw	$17,24($sp)
	sw	$16,20($sp)
	move	$16,$4
	addu	$17,$4,$5
	addiu	$16,$16,1
$L64:
	jal	putc_
	lb	$4,-1($16)

	bne	$17,$16,$L64
	addiu	$16,$16,1

	lw	$31,28($sp)
	lw	$17,24($sp)
	lw	$16,20($sp)
	jr	$31
	addiu	$sp,$sp,32

$L65:
	jr	$31

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
	.frame	$sp,24,$31		# vars= 0, regs= 2/0, args= 16, gp= 0
	.mask	0x80010000,-4
	.fmask	0x00000000,0
	addiu	$sp,$sp,-24
	sw	$31,20($sp)
	sw	$16,16($sp)
	move	$16,$4
	lb	$4,0($4)
	beq	$4,$0,$L71
	lw	$31,20($sp)

$L68:
	jal	putc_
	addiu	$16,$16,1

	lb	$4,0($16)
	bne	$4,$0,$L68
	lw	$31,20($sp)

$L71:
	lw	$16,16($sp)
	jr	$31
	addiu	$sp,$sp,24

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
	.frame	$sp,48,$31		# vars= 24, regs= 1/0, args= 16, gp= 0
	.mask	0x80000000,-4
	.fmask	0x00000000,0
	addiu	$sp,$sp,-48
	sw	$31,44($sp)
	addiu	$12,$sp,16
	move	$9,$12
	li	$10,268369920			# 0xfff0000
	ori	$10,$10,0xffff
	li	$8,-859045888			# 0xffffffffcccc0000
	ori	$8,$8,0xcccd
	addiu	$11,$8,-1
$L76:
	and	$3,$4,$10
$L78:
	sll	$14,$5,4
	srl	$2,$4,28
	or	$2,$14,$2
	and	$2,$2,$10
	addu	$2,$3,$2
	srl	$13,$5,24
	addu	$2,$2,$13
	multu	$2,$8
	mfhi	$6
	srl	$6,$6,2
	sll	$7,$6,2
	addu	$6,$7,$6
	subu	$2,$2,$6
	subu	$2,$4,$2
	sltu	$6,$4,$2
	subu	$6,$5,$6
	mult	$2,$11
	madd	$6,$8
	mflo	$15
	multu	$2,$8
	mflo	$6
	mfhi	$7
	addu	$7,$15,$7
	sll	$2,$7,31
	srl	$6,$6,1
	or	$6,$2,$6
	sll	$2,$6,2
	addu	$2,$2,$6
	sll	$2,$2,1
	subu	$2,$4,$2
	addiu	$2,$2,48
	sb	$2,23($9)
	move	$7,$4
	move	$6,$5
	srl	$2,$4,28
	or	$2,$14,$2
	and	$2,$2,$10
	addu	$2,$3,$2
	addu	$2,$2,$13
	multu	$2,$8
	mfhi	$3
	srl	$3,$3,2
	sll	$13,$3,2
	addu	$3,$13,$3
	subu	$2,$2,$3
	subu	$2,$4,$2
	move	$4,$15
	multu	$2,$8
	mflo	$14
	mfhi	$15
	addu	$15,$4,$15
	sll	$4,$15,31
	srl	$2,$14,1
	or	$4,$4,$2
	srl	$5,$15,1
	move	$2,$9
	bne	$6,$0,$L76
	addiu	$9,$9,-1

	bne	$6,$0,$L75
	sltu	$7,$7,10

	beq	$7,$0,$L78
	and	$3,$4,$10

$L75:
	subu	$4,$2,$12
	addiu	$4,$4,23
	li	$5,24			# 0x18
	subu	$5,$5,$4
	addiu	$2,$sp,16
	jal	putn
	addu	$4,$2,$4

	lw	$31,44($sp)
	jr	$31
	addiu	$sp,$sp,48

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
	.frame	$sp,32,$31		# vars= 0, regs= 3/0, args= 16, gp= 0
	.mask	0x80030000,-4
	.fmask	0x00000000,0
	addiu	$sp,$sp,-32
	sw	$31,28($sp)
	sw	$17,24($sp)
	sw	$16,20($sp)
	move	$17,$4
	bltz	$5,$L84
	move	$16,$5

	jal	put_u64

	lw	$31,28($sp)
$L85:
	lw	$17,24($sp)
	lw	$16,20($sp)
	jr	$31
	addiu	$sp,$sp,32

$L84:
	jal	putc_
	li	$4,45			# 0x2d

	sltu	$5,$0,$17
	subu	$16,$0,$16
	subu	$4,$0,$17
	jal	put_u64
	subu	$5,$16,$5

	b	$L85
	lw	$31,28($sp)

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
	.frame	$sp,40,$31		# vars= 16, regs= 1/0, args= 16, gp= 0
	.mask	0x80000000,-4
	.fmask	0x00000000,0
	addiu	$sp,$sp,-40
	sw	$31,36($sp)
	addiu	$7,$sp,16
	move	$5,$7
	li	$6,-859045888			# 0xffffffffcccc0000
	ori	$6,$6,0xcccd
$L87:
	multu	$4,$6
	mfhi	$3
	srl	$3,$3,3
	sll	$2,$3,2
	addu	$2,$2,$3
	sll	$2,$2,1
	subu	$2,$4,$2
	addiu	$2,$2,48
	sb	$2,11($5)
	move	$2,$4
	move	$4,$3
	move	$3,$5
	sltu	$2,$2,10
	beq	$2,$0,$L87
	addiu	$5,$5,-1

	subu	$4,$3,$7
	addiu	$4,$4,11
	li	$5,12			# 0xc
	subu	$5,$5,$4
	addiu	$2,$sp,16
	jal	putn
	addu	$4,$2,$4

	lw	$31,36($sp)
	jr	$31
	addiu	$sp,$sp,40

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
	.frame	$sp,24,$31		# vars= 0, regs= 2/0, args= 16, gp= 0
	.mask	0x80010000,-4
	.fmask	0x00000000,0
	addiu	$sp,$sp,-24
	sw	$31,20($sp)
	sw	$16,16($sp)
	bltz	$4,$L94
	move	$16,$4

	jal	put_uint

	lw	$31,20($sp)
$L95:
	lw	$16,16($sp)
	jr	$31
	addiu	$sp,$sp,24

$L94:
	jal	putc_
	li	$4,45			# 0x2d

	jal	put_uint
	subu	$4,$0,$16

	b	$L95
	lw	$31,20($sp)

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
	.frame	$sp,40,$31		# vars= 0, regs= 5/0, args= 16, gp= 0
	.mask	0x800f0000,-4
	.fmask	0x00000000,0
	addiu	$sp,$sp,-40
	sw	$31,36($sp)
	sw	$19,32($sp)
	sw	$18,28($sp)
	sw	$17,24($sp)
	sw	$16,20($sp)
	move	$18,$4
	lui	$4,%hi($LC0)
	jal	put
	addiu	$4,$4,%lo($LC0)

	li	$16,28			# 0x1c
	lui	$17,%hi($LC1)
	addiu	$17,$17,%lo($LC1)
	li	$19,-4			# 0xfffffffffffffffc
	srl	$2,$18,$16
$L100:
	andi	$2,$2,0xf
	addu	$2,$2,$17
	jal	putc_
	lb	$4,0($2)

	addiu	$16,$16,-4
	bne	$16,$19,$L100
	srl	$2,$18,$16

	lw	$31,36($sp)
	lw	$19,32($sp)
	lw	$18,28($sp)
	lw	$17,24($sp)
	lw	$16,20($sp)
	jr	$31
	addiu	$sp,$sp,40

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
