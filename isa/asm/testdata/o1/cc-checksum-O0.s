	.file	1 "checksum.c"
	.section .mdebug.abi32
	.previous
	.nan	legacy
	.module	softfloat
	.module	oddspreg
	.module	arch=mips32
	.text
	.local	data
	.comm	data,65536,4
	.local	crc_table
	.comm	crc_table,1024,4
	.align	2
	.set	nomips16
	.set	nomicromips
	.ent	adler32
	.type	adler32, @function
adler32:
	.frame	$fp,24,$31		# vars= 16, regs= 1/0, args= 0, gp= 0
	.mask	0x40000000,-4
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	addiu	$sp,$sp,-24
	sw	$fp,20($sp)
	move	$fp,$sp
	sw	$4,24($fp)
	sw	$5,28($fp)
	li	$2,1			# 0x1
	sw	$2,0($fp)
	sw	$0,4($fp)
	b	$L2
	nop

$L5:
	lw	$4,28($fp)
	lw	$3,28($fp)
	li	$2,5552			# 0x15b0
	sltu	$4,$4,5553
	movn	$2,$3,$4
	sw	$2,8($fp)
	lw	$3,28($fp)
	lw	$2,8($fp)
	subu	$2,$3,$2
	sw	$2,28($fp)
	b	$L3
	nop

$L4:
	lw	$2,24($fp)
	addiu	$3,$2,1
	sw	$3,24($fp)
	lbu	$2,0($2)
	move	$3,$2
	lw	$2,0($fp)
	addu	$2,$2,$3
	sw	$2,0($fp)
	lw	$3,4($fp)
	lw	$2,0($fp)
	addu	$2,$3,$2
	sw	$2,4($fp)
$L3:
	lw	$2,8($fp)
	addiu	$3,$2,-1
	sw	$3,8($fp)
	bne	$2,$0,$L4
	nop

	lw	$4,0($fp)
	li	$2,-2147024896			# 0xffffffff80070000
	ori	$2,$2,0x8071
	multu	$4,$2
	mfhi	$2
	srl	$3,$2,15
	move	$2,$3
	sll	$2,$2,12
	subu	$2,$2,$3
	sll	$2,$2,4
	addu	$2,$2,$3
	subu	$2,$4,$2
	sw	$2,0($fp)
	lw	$4,4($fp)
	li	$2,-2147024896			# 0xffffffff80070000
	ori	$2,$2,0x8071
	multu	$4,$2
	mfhi	$2
	srl	$3,$2,15
	move	$2,$3
	sll	$2,$2,12
	subu	$2,$2,$3
	sll	$2,$2,4
	addu	$2,$2,$3
	subu	$2,$4,$2
	sw	$2,4($fp)
$L2:
	lw	$2,28($fp)
	bne	$2,$0,$L5
	nop

	lw	$2,4($fp)
	sll	$3,$2,16
	lw	$2,0($fp)
	or	$2,$3,$2
	move	$sp,$fp
	lw	$fp,20($sp)
	addiu	$sp,$sp,24
	jr	$31
	nop

	.set	macro
	.set	reorder
	.end	adler32
	.size	adler32, .-adler32
	.align	2
	.set	nomips16
	.set	nomicromips
	.ent	crc32
	.type	crc32, @function
crc32:
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
	li	$2,-1			# 0xffffffffffffffff
	sw	$2,0($fp)
	b	$L8
	nop

$L9:
	lw	$2,16($fp)
	addiu	$3,$2,1
	sw	$3,16($fp)
	lbu	$2,0($2)
	move	$3,$2
	lw	$2,0($fp)
	xor	$2,$3,$2
	andi	$3,$2,0xff
	lui	$2,%hi(crc_table)
	sll	$3,$3,2
	addiu	$2,$2,%lo(crc_table)
	addu	$2,$3,$2
	lw	$3,0($2)
	lw	$2,0($fp)
	srl	$2,$2,8
	xor	$2,$3,$2
	sw	$2,0($fp)
$L8:
	lw	$2,20($fp)
	addiu	$3,$2,-1
	sw	$3,20($fp)
	bne	$2,$0,$L9
	nop

	lw	$2,0($fp)
	nor	$2,$0,$2
	move	$sp,$fp
	lw	$fp,12($sp)
	addiu	$sp,$sp,16
	jr	$31
	nop

	.set	macro
	.set	reorder
	.end	crc32
	.size	crc32, .-crc32
	.align	2
	.set	nomips16
	.set	nomicromips
	.ent	fnv1a
	.type	fnv1a, @function
fnv1a:
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
	li	$2,-2128871424			# 0xffffffff811c0000
	ori	$2,$2,0x9dc5
	sw	$2,0($fp)
	b	$L12
	nop

$L13:
	lw	$2,16($fp)
	addiu	$3,$2,1
	sw	$3,16($fp)
	lbu	$2,0($2)
	move	$3,$2
	lw	$2,0($fp)
	xor	$2,$2,$3
	sw	$2,0($fp)
	lw	$3,0($fp)
	li	$2,16777216			# 0x1000000
	ori	$2,$2,0x193
	mul	$2,$3,$2
	sw	$2,0($fp)
$L12:
	lw	$2,20($fp)
	addiu	$3,$2,-1
	sw	$3,20($fp)
	bne	$2,$0,$L13
	nop

	lw	$2,0($fp)
	move	$sp,$fp
	lw	$fp,12($sp)
	addiu	$sp,$sp,16
	jr	$31
	nop

	.set	macro
	.set	reorder
	.end	fnv1a
	.size	fnv1a, .-fnv1a
	.rdata
	.align	2
$LC0:
	.ascii	"adler32 \000"
	.align	2
$LC1:
	.ascii	"\012crc32   \000"
	.align	2
$LC2:
	.ascii	"\012fnv1a   \000"
	.align	2
$LC3:
	.ascii	"\012crc32(\"123456789\") \000"
	.align	2
$LC4:
	.ascii	"123456789\000"
	.text
	.align	2
	.globl	main
	.set	nomips16
	.set	nomicromips
	.ent	main
	.type	main, @function
main:
	.frame	$fp,48,$31		# vars= 24, regs= 2/0, args= 16, gp= 0
	.mask	0xc0000000,-4
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	addiu	$sp,$sp,-48
	sw	$31,44($sp)
	sw	$fp,40($sp)
	move	$fp,$sp
	sw	$0,16($fp)
	b	$L16
	nop

$L21:
	lw	$2,16($fp)
	sw	$2,20($fp)
	sw	$0,24($fp)
	b	$L17
	nop

$L20:
	lw	$2,20($fp)
	andi	$2,$2,0x1
	beq	$2,$0,$L18
	nop

	lw	$2,20($fp)
	srl	$3,$2,1
	li	$2,-306708480			# 0xffffffffedb80000
	ori	$2,$2,0x8320
	xor	$2,$3,$2
	b	$L19
	nop

$L18:
	lw	$2,20($fp)
	srl	$2,$2,1
$L19:
	sw	$2,20($fp)
	lw	$2,24($fp)
	addiu	$2,$2,1
	sw	$2,24($fp)
$L17:
	lw	$2,24($fp)
	slt	$2,$2,8
	bne	$2,$0,$L20
	nop

	lui	$2,%hi(crc_table)
	lw	$3,16($fp)
	sll	$3,$3,2
	addiu	$2,$2,%lo(crc_table)
	addu	$2,$3,$2
	lw	$3,20($fp)
	sw	$3,0($2)
	lw	$2,16($fp)
	addiu	$2,$2,1
	sw	$2,16($fp)
$L16:
	lw	$2,16($fp)
	sltu	$2,$2,256
	bne	$2,$0,$L21
	nop

	li	$2,-1831469056			# 0xffffffff92d60000
	ori	$2,$2,0x8ca2
	sw	$2,32($fp)
	sw	$0,28($fp)
	b	$L22
	nop

$L23:
	lw	$2,32($fp)
	sll	$3,$2,13
	lw	$2,32($fp)
	xor	$2,$3,$2
	sw	$2,32($fp)
	lw	$2,32($fp)
	srl	$3,$2,17
	lw	$2,32($fp)
	xor	$2,$3,$2
	sw	$2,32($fp)
	lw	$2,32($fp)
	sll	$3,$2,5
	lw	$2,32($fp)
	xor	$2,$3,$2
	sw	$2,32($fp)
	lw	$3,28($fp)
	lui	$2,%hi(data)
	addiu	$2,$2,%lo(data)
	addu	$2,$3,$2
	addiu	$3,$fp,32
	li	$6,4			# 0x4
	move	$5,$3
	move	$4,$2
	jal	memcpy
	nop

	lw	$2,28($fp)
	addiu	$2,$2,4
	sw	$2,28($fp)
$L22:
	lw	$3,28($fp)
	li	$2,65536			# 0x10000
	sltu	$2,$3,$2
	bne	$2,$0,$L23
	nop

	lui	$2,%hi($LC0)
	addiu	$4,$2,%lo($LC0)
	jal	put
	nop

	li	$5,65536			# 0x10000
	lui	$2,%hi(data)
	addiu	$4,$2,%lo(data)
	jal	adler32
	nop

	move	$4,$2
	jal	put_hex
	nop

	lui	$2,%hi($LC1)
	addiu	$4,$2,%lo($LC1)
	jal	put
	nop

	li	$5,65536			# 0x10000
	lui	$2,%hi(data)
	addiu	$4,$2,%lo(data)
	jal	crc32
	nop

	move	$4,$2
	jal	put_hex
	nop

	lui	$2,%hi($LC2)
	addiu	$4,$2,%lo($LC2)
	jal	put
	nop

	li	$5,65536			# 0x10000
	lui	$2,%hi(data)
	addiu	$4,$2,%lo(data)
	jal	fnv1a
	nop

	move	$4,$2
	jal	put_hex
	nop

	lui	$2,%hi($LC3)
	addiu	$4,$2,%lo($LC3)
	jal	put
	nop

	li	$5,9			# 0x9
	lui	$2,%hi($LC4)
	addiu	$4,$2,%lo($LC4)
	jal	crc32
	nop

	move	$4,$2
	jal	put_hex
	nop

	li	$4,10			# 0xa
	jal	putc_
	nop

	jal	flush
	nop

	move	$2,$0
	move	$sp,$fp
	lw	$31,44($sp)
	lw	$fp,40($sp)
	addiu	$sp,$sp,48
	jr	$31
	nop

	.set	macro
	.set	reorder
	.end	main
	.size	main, .-main
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
