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
	beq	$5,$0,$L4
	addu	$5,$4,$5

	li	$2,-1			# 0xffffffffffffffff
	lui	$6,%hi(crc_table)
	addiu	$6,$6,%lo(crc_table)
$L3:
	addiu	$4,$4,1
	lbu	$3,-1($4)
	xor	$3,$3,$2
	andi	$3,$3,0xff
	sll	$3,$3,2
	addu	$3,$3,$6
	lw	$3,0($3)
	srl	$2,$2,8
	bne	$5,$4,$L3
	xor	$2,$3,$2

$L2:
	jr	$31
	nor	$2,$0,$2

$L4:
	b	$L2
	li	$2,-1			# 0xffffffffffffffff

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
	.text
	.align	2
	.globl	main
	.set	nomips16
	.set	nomicromips
	.ent	main
	.type	main, @function
main:
	.frame	$sp,24,$31		# vars= 0, regs= 2/0, args= 16, gp= 0
	.mask	0x80010000,-4
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	addiu	$sp,$sp,-24
	sw	$31,20($sp)
	sw	$16,16($sp)
	lui	$6,%hi(crc_table)
	addiu	$6,$6,%lo(crc_table)
	move	$5,$0
	li	$4,-306708480			# 0xffffffffedb80000
	ori	$4,$4,0x8320
	b	$L7
	li	$7,256			# 0x100

$L8:
	srl	$2,$2,1
$L9:
	addiu	$16,$16,-1
	beq	$16,$0,$L23
	nop

$L10:
	andi	$3,$2,0x1
	beq	$3,$0,$L8
	nop

	srl	$2,$2,1
	b	$L9
	xor	$2,$2,$4

$L23:
	sw	$2,0($6)
	addiu	$5,$5,1
	beq	$5,$7,$L11
	addiu	$6,$6,4

$L7:
	move	$2,$5
	b	$L10
	li	$16,8			# 0x8

$L11:
	lui	$4,%hi(data)
	addiu	$4,$4,%lo(data)
	li	$5,65536			# 0x10000
	addu	$5,$4,$5
	li	$2,-1831469056			# 0xffffffff92d60000
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
	bne	$5,$4,$L24
	sll	$3,$2,13

	lui	$4,%hi($LC0)
	jal	put
	addiu	$4,$4,%lo($LC0)

	lui	$2,%hi(data)
	addiu	$2,$2,%lo(data)
	li	$4,1			# 0x1
	li	$6,65536			# 0x10000
	li	$8,5552			# 0x15b0
	li	$7,-2147024896			# 0xffffffff80070000
	ori	$7,$7,0x8071
$L15:
	sltu	$3,$6,5553
	move	$5,$8
	movn	$5,$6,$3
	move	$3,$6
	beq	$3,$0,$L13
	subu	$6,$6,$5

	addu	$5,$2,$5
$L14:
	addiu	$2,$2,1
	lbu	$3,-1($2)
	addu	$4,$4,$3
	bne	$2,$5,$L14
	addu	$16,$16,$4

	move	$2,$5
$L13:
	multu	$4,$7
	mfhi	$5
	srl	$5,$5,15
	sll	$3,$5,12
	subu	$3,$3,$5
	sll	$3,$3,4
	addu	$3,$3,$5
	subu	$4,$4,$3
	multu	$16,$7
	mfhi	$5
	srl	$5,$5,15
	sll	$3,$5,12
	subu	$3,$3,$5
	sll	$3,$3,4
	addu	$3,$3,$5
	bne	$6,$0,$L15
	subu	$16,$16,$3

	sll	$16,$16,16
	jal	put_hex
	or	$4,$16,$4

	lui	$4,%hi($LC1)
	jal	put
	addiu	$4,$4,%lo($LC1)

	li	$5,65536			# 0x10000
	lui	$16,%hi(data)
	jal	crc32
	addiu	$4,$16,%lo(data)

	jal	put_hex
	move	$4,$2

	lui	$4,%hi($LC2)
	jal	put
	addiu	$4,$4,%lo($LC2)

	li	$4,-2128871424			# 0xffffffff811c0000
	ori	$4,$4,0x9dc5
	addiu	$2,$16,%lo(data)
	li	$6,16777216			# 0x1000000
	addiu	$6,$6,403
	lui	$5,%hi(data+65536)
	addiu	$5,$5,%lo(data+65536)
$L16:
	addiu	$2,$2,1
	lbu	$3,-1($2)
	xor	$4,$3,$4
	bne	$2,$5,$L16
	mul	$4,$4,$6

	jal	put_hex
	nop

	lui	$4,%hi($LC3)
	jal	put
	addiu	$4,$4,%lo($LC3)

	li	$5,9			# 0x9
	lui	$4,%hi($LC4)
	jal	crc32
	addiu	$4,$4,%lo($LC4)

	jal	put_hex
	move	$4,$2

	jal	putc_
	li	$4,10			# 0xa

	jal	flush
	nop

	move	$2,$0
	lw	$31,20($sp)
	lw	$16,16($sp)
	jr	$31
	addiu	$sp,$sp,24

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
