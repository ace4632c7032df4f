	.file	1 "checksum.c"
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
	.ent	crc32
	.type	crc32, @function
crc32:
	.frame	$sp,0,$31		# vars= 0, regs= 0/0, args= 0, gp= 0
	.mask	0x00000000,0
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	lui	$6,%hi(crc_table)
	addu	$5,$4,$5
	li	$2,-1			# 0xffffffffffffffff
	addiu	$6,$6,%lo(crc_table)
$L2:
	lbu	$3,0($4)
	addiu	$4,$4,1
	xor	$3,$3,$2
	andi	$3,$3,0xff
	sll	$3,$3,2
	addu	$3,$6,$3
	lw	$3,0($3)
	srl	$2,$2,8
	bne	$4,$5,$L2
	xor	$2,$3,$2

	jr	$31
	nor	$2,$0,$2

	.set	macro
	.set	reorder
	.end	crc32
	.size	crc32, .-crc32
	.section	.rodata.str1.4,"aMS",@progbits,1
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
	.section	.text.startup,"ax",@progbits
	.align	2
	.globl	main
	.set	nomips16
	.set	nomicromips
	.ent	main
	.type	main, @function
main:
	.frame	$sp,40,$31		# vars= 0, regs= 5/0, args= 16, gp= 0
	.mask	0x800f0000,-4
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	addiu	$sp,$sp,-40
	lui	$6,%hi(crc_table)
	li	$4,-306708480			# 0xffffffffedb80000
	addiu	$6,$6,%lo(crc_table)
	sw	$31,36($sp)
	sw	$19,32($sp)
	sw	$18,28($sp)
	sw	$17,24($sp)
	sw	$16,20($sp)
	move	$5,$0
	ori	$4,$4,0x8320
	li	$7,256			# 0x100
$L8:
	move	$2,$5
	li	$16,8			# 0x8
	andi	$3,$2,0x1
$L23:
	addiu	$16,$16,-1
	beq	$3,$0,$L6
	srl	$2,$2,1

	xor	$2,$2,$4
$L6:
	bne	$16,$0,$L23
	andi	$3,$2,0x1

	addiu	$5,$5,1
	sw	$2,0($6)
	bne	$5,$7,$L8
	addiu	$6,$6,4

	lui	$17,%hi(data)
	addiu	$19,$17,%lo(data)
	li	$18,65536			# 0x10000
	li	$2,-1831469056			# 0xffffffff92d60000
	move	$4,$19
	addu	$18,$19,$18
	ori	$2,$2,0x8ca2
	sll	$3,$2,13
$L24:
	xor	$2,$3,$2
	srl	$3,$2,17
	xor	$3,$3,$2
	sll	$2,$3,5
	xor	$2,$2,$3
	sw	$2,0($4)
	addiu	$4,$4,4
	bne	$18,$4,$L24
	sll	$3,$2,13

	lui	$4,%hi($LC0)
	jal	put
	addiu	$4,$4,%lo($LC0)

	li	$9,-2147024896			# 0xffffffff80070000
	li	$4,1			# 0x1
	move	$5,$19
	li	$8,65536			# 0x10000
	li	$10,5552			# 0x15b0
	ori	$9,$9,0x8071
$L11:
	sltu	$2,$8,5553
	move	$3,$10
	movn	$3,$8,$2
	subu	$8,$8,$3
	move	$2,$5
	addu	$5,$5,$3
$L10:
	lbu	$3,0($2)
	addiu	$2,$2,1
	addu	$4,$4,$3
	bne	$5,$2,$L10
	addu	$16,$16,$4

	multu	$4,$9
	mfhi	$7
	multu	$16,$9
	srl	$7,$7,15
	mfhi	$6
	sll	$3,$7,12
	srl	$6,$6,15
	sll	$2,$6,12
	subu	$3,$3,$7
	subu	$2,$2,$6
	sll	$3,$3,4
	sll	$2,$2,4
	addu	$3,$3,$7
	addu	$2,$2,$6
	subu	$4,$4,$3
	bne	$8,$0,$L11
	subu	$16,$16,$2

	sll	$16,$16,16
	jal	put_hex
	or	$4,$16,$4

	lui	$4,%hi($LC1)
	jal	put
	addiu	$4,$4,%lo($LC1)

	li	$5,65536			# 0x10000
	jal	crc32
	addiu	$4,$17,%lo(data)

	jal	put_hex
	move	$4,$2

	lui	$4,%hi($LC2)
	jal	put
	addiu	$4,$4,%lo($LC2)

	li	$4,-2128871424			# 0xffffffff811c0000
	li	$3,16777216			# 0x1000000
	ori	$4,$4,0x9dc5
	addiu	$3,$3,403
$L12:
	lbu	$2,0($19)
	addiu	$19,$19,1
	xor	$4,$2,$4
	bne	$19,$18,$L12
	mul	$4,$4,$3

	jal	put_hex
	nop

	lui	$4,%hi($LC3)
	jal	put
	addiu	$4,$4,%lo($LC3)

	lui	$4,%hi($LC4)
	li	$5,9			# 0x9
	jal	crc32
	addiu	$4,$4,%lo($LC4)

	jal	put_hex
	move	$4,$2

	jal	putc_
	li	$4,10			# 0xa

	jal	flush
	nop

	lw	$31,36($sp)
	lw	$19,32($sp)
	lw	$18,28($sp)
	lw	$17,24($sp)
	lw	$16,20($sp)
	move	$2,$0
	jr	$31
	addiu	$sp,$sp,40

	.set	macro
	.set	reorder
	.end	main
	.size	main, .-main
	.local	crc_table
	.comm	crc_table,1024,4
	.local	data
	.comm	data,65536,4
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
