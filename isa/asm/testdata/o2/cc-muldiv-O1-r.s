	.file	1 "muldiv.c"
	.section .mdebug.abi32
	.previous
	.nan	legacy
	.module	softfloat
	.module	oddspreg
	.module	arch=mips32
	.text
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align	2
$LC0:
	.ascii	"signed hash \000"
	.align	2
$LC1:
	.ascii	"unsigned hash \000"
	.align	2
$LC2:
	.ascii	"INT_MIN / -1 = \000"
	.align	2
$LC3:
	.ascii	" rem \000"
	.align	2
$LC4:
	.ascii	"\012-7 / 2 = \000"
	.align	2
$LC5:
	.ascii	"\0127 / -2 = \000"
	.align	2
$LC6:
	.ascii	"madd \000"
	.align	2
$LC7:
	.ascii	"\012maddu \000"
	.align	2
$LC8:
	.ascii	"i64: \000"
	.globl	__divdi3
	.globl	__moddi3
	.align	2
$LC9:
	.ascii	"\012u64: \000"
	.globl	__udivdi3
	.globl	__umoddi3
	.align	2
$LC10:
	.ascii	"clz:\000"
	.text
	.align	2
	.globl	main
	.set	nomips16
	.set	nomicromips
	.ent	main
	.type	main, @function
main:
	.frame	$sp,56,$31		# vars= 16, regs= 5/0, args= 16, gp= 0
	.mask	0x800f0000,-4
	.fmask	0x00000000,0
	addiu	$sp,$sp,-56
	sw	$31,52($sp)
	sw	$19,48($sp)
	sw	$18,44($sp)
	sw	$17,40($sp)
	sw	$16,36($sp)
	move	$12,$0
	move	$16,$0
	lui	$10,%hi(vs)
	addiu	$10,$10,%lo(vs)
	b	$L2
	li	$11,10			# 0xa
	.set	macro
	.set	reorder

$L3:
	addiu	$8,$8,1
	beq	$8,$11,$L21
$L4:
	lw	$4,0($9)
	sll	$2,$8,2
	addu	$2,$2,$10
	lw	$2,0($2)
	sra	$3,$4,31
	sra	$5,$2,31
	mult	$5,$4
	madd	$3,$2
	mflo	$3
	multu	$4,$2
	mflo	$6
	mfhi	$7
	addu	$3,$3,$7
	sll	$5,$16,5
	subu	$5,$5,$16
	sll	$16,$3,3
	subu	$16,$16,$3
	mul	$3,$4,$2
	addu	$6,$3,$6
	addu	$16,$16,$6
	beq	$2,$0,$L3
	addu	$16,$16,$5
	.set	macro
	.set	reorder

#APP
 # 17 "../../../testdata/progs/muldiv.c" 1
	div $zero, $4, $2
	mflo $4
	mfhi $2
 # 0 "" 2
#NO_APP
	sll	$3,$16,5
	subu	$3,$3,$16
	sll	$16,$4,1
	addu	$16,$16,$4
	addu	$16,$16,$2
	b	$L3
	addu	$16,$16,$3
	.set	macro
	.set	reorder

$L21:
	addiu	$12,$12,1
	beq	$12,$11,$L5
	lui	$4,%hi($LC0)
	.set	macro
	.set	reorder

$L2:
	move	$8,$0
	sll	$9,$12,2
	b	$L4
	addu	$9,$9,$10
	.set	macro
	.set	reorder

$L5:
	jal	put
	addiu	$4,$4,%lo($LC0)
	.set	macro
	.set	reorder

	jal	put_hex
	move	$4,$16
	.set	macro
	.set	reorder

	jal	putc_
	li	$4,10			# 0xa
	.set	macro
	.set	reorder

	move	$11,$0
	move	$16,$0
	lui	$9,%hi(vu)
	addiu	$9,$9,%lo(vu)
	b	$L6
	li	$10,9			# 0x9
	.set	macro
	.set	reorder

$L7:
	addiu	$2,$2,1
	beq	$2,$10,$L22
$L8:
	lw	$3,0($8)
	sll	$4,$2,2
	addu	$4,$4,$9
	lw	$4,0($4)
	multu	$3,$4
	mflo	$6
	mfhi	$7
	sll	$5,$16,5
	subu	$5,$5,$16
	sll	$16,$7,3
	subu	$16,$16,$7
	addu	$16,$16,$6
	beq	$4,$0,$L7
	addu	$16,$16,$5
	.set	macro
	.set	reorder

	sll	$5,$16,5
	subu	$5,$5,$16
	divu	$0,$3,$4
	teq	$4,$0,7
	mfhi	$3
	mflo	$4
	sll	$16,$4,1
	addu	$16,$16,$4
	addu	$16,$16,$3
	b	$L7
	addu	$16,$16,$5
	.set	macro
	.set	reorder

$L22:
	addiu	$11,$11,1
	beq	$11,$10,$L9
	lui	$4,%hi($LC1)
	.set	macro
	.set	reorder

$L6:
	move	$2,$0
	sll	$8,$11,2
	b	$L8
	addu	$8,$8,$9
	.set	macro
	.set	reorder

$L9:
	jal	put
	addiu	$4,$4,%lo($LC1)
	.set	macro
	.set	reorder

	jal	put_hex
	move	$4,$16
	.set	macro
	.set	reorder

	jal	putc_
	li	$4,10			# 0xa
	.set	macro
	.set	reorder

	lui	$17,%hi(vs)
	addiu	$17,$17,%lo(vs)
	lw	$2,8($17)
	li	$16,-2147483648			# 0xffffffff80000000
#APP
 # 17 "../../../testdata/progs/muldiv.c" 1
	div $zero, $16, $2
	mflo $18
	mfhi $19
 # 0 "" 2
#NO_APP
	lui	$4,%hi($LC2)
	jal	put
	addiu	$4,$4,%lo($LC2)
	.set	macro
	.set	reorder

	jal	put_int
	move	$4,$18
	.set	macro
	.set	reorder

	lui	$18,%hi($LC3)
	jal	put
	addiu	$4,$18,%lo($LC3)
	.set	macro
	.set	reorder

	jal	put_int
	move	$4,$19
	.set	macro
	.set	reorder

	lui	$4,%hi($LC4)
	jal	put
	addiu	$4,$4,%lo($LC4)
	.set	macro
	.set	reorder

	lw	$2,16($17)
	srl	$4,$2,31
	addu	$4,$4,$2
	jal	put_int
	sra	$4,$4,1
	.set	macro
	.set	reorder

	jal	put
	addiu	$4,$18,%lo($LC3)
	.set	macro
	.set	reorder

	lw	$4,16($17)
	addiu	$16,$16,1
	and	$4,$4,$16
	bltz	$4,$L23
	li	$2,-2			# 0xfffffffffffffffe
	.set	macro
	.set	reorder

$L10:
	jal	put_int
	lui	$16,%hi(vs)
	.set	macro
	.set	reorder

	lui	$4,%hi($LC5)
	jal	put
	addiu	$4,$4,%lo($LC5)
	.set	macro
	.set	reorder

	addiu	$16,$16,%lo(vs)
	lw	$2,12($16)
	srl	$4,$2,31
	addu	$4,$4,$2
	sra	$4,$4,1
	jal	put_int
	subu	$4,$0,$4
	.set	macro
	.set	reorder

	lui	$4,%hi($LC3)
	jal	put
	addiu	$4,$4,%lo($LC3)
	.set	macro
	.set	reorder

	lw	$4,12($16)
	li	$2,-2147483648			# 0xffffffff80000000
	addiu	$2,$2,1
	and	$4,$4,$2
	bltz	$4,$L24
	li	$2,-2			# 0xfffffffffffffffe
	.set	macro
	.set	reorder

$L11:
	jal	put_int
	jal	putc_
	li	$4,10			# 0xa
	.set	macro
	.set	reorder

	move	$3,$0
	move	$5,$0
	move	$7,$0
	move	$4,$0
	move	$6,$0
	lui	$12,%hi(vs)
	addiu	$12,$12,%lo(vs)
	li	$13,-859045888			# 0xffffffffcccc0000
	ori	$13,$13,0xcccd
	li	$11,954400768			# 0x38e30000
	ori	$11,$11,0x8e39
	lui	$10,%hi(vu)
	addiu	$10,$10,%lo(vu)
	li	$14,10			# 0xa
$L12:
	sll	$2,$3,2
	addu	$2,$2,$12
	lw	$9,0($2)
	addiu	$15,$3,3
	multu	$15,$13
	mfhi	$2
	srl	$2,$2,3
	sll	$8,$2,2
	addu	$2,$8,$2
	sll	$2,$2,1
	subu	$2,$15,$2
	sll	$2,$2,2
	addu	$2,$2,$12
	lw	$8,0($2)
	sra	$2,$9,31
	sra	$15,$8,31
	mult	$15,$9
	madd	$2,$8
	mflo	$2
	multu	$9,$8
	mflo	$8
	mfhi	$9
	addu	$9,$2,$9
	addu	$16,$4,$8
	sltu	$4,$16,$4
	addu	$6,$6,$9
	addu	$17,$4,$6
	move	$4,$16
	move	$6,$17
	multu	$3,$11
	mfhi	$2
	srl	$2,$2,1
	sll	$8,$2,3
	addu	$2,$8,$2
	subu	$2,$3,$2
	sll	$2,$2,2
	addu	$2,$2,$10
	lw	$8,0($2)
	addiu	$3,$3,1
	multu	$3,$11
	mfhi	$2
	srl	$2,$2,1
	sll	$9,$2,3
	addu	$2,$9,$2
	subu	$2,$3,$2
	sll	$2,$2,2
	addu	$2,$2,$10
	lw	$2,0($2)
	multu	$8,$2
	mflo	$8
	mfhi	$9
	addu	$18,$5,$8
	sltu	$5,$18,$5
	addu	$7,$7,$9
	addu	$19,$5,$7
	move	$5,$18
	bne	$3,$14,$L12
	move	$7,$19
	.set	macro
	.set	reorder

	lui	$4,%hi($LC6)
	jal	put
	addiu	$4,$4,%lo($LC6)
	.set	macro
	.set	reorder

	move	$4,$16
	jal	put_i64
	move	$5,$17
	.set	macro
	.set	reorder

	lui	$4,%hi($LC7)
	jal	put
	addiu	$4,$4,%lo($LC7)
	.set	macro
	.set	reorder

	move	$4,$18
	jal	put_u64
	move	$5,$19
	.set	macro
	.set	reorder

	jal	putc_
	li	$4,10			# 0xa
	.set	macro
	.set	reorder

	li	$2,494600192			# 0x1d7b0000
	ori	$2,$2,0xfff9
	li	$3,-2095513600			# 0xffffffff83190000
	ori	$3,$3,0x93af
	sw	$2,16($sp)
	sw	$3,20($sp)
	li	$2,-989331456			# 0xffffffffc5080000
	ori	$2,$2,0x1
	li	$3,-104071168			# 0xfffffffff9cc0000
	ori	$3,$3,0xd8a1
	sw	$2,24($sp)
	sw	$3,28($sp)
	lui	$4,%hi($LC8)
	jal	put
	addiu	$4,$4,%lo($LC8)
	.set	macro
	.set	reorder

	lw	$4,16($sp)
	lw	$5,20($sp)
	li	$6,983040			# 0xf0000
	ori	$6,$6,0x4243
	jal	__divdi3
	move	$7,$0
	.set	macro
	.set	reorder

	move	$4,$2
	jal	put_i64
	move	$5,$3
	.set	macro
	.set	reorder

	jal	putc_
	li	$4,32			# 0x20
	.set	macro
	.set	reorder

	lw	$4,16($sp)
	lw	$5,20($sp)
	li	$6,983040			# 0xf0000
	ori	$6,$6,0x4243
	jal	__moddi3
	move	$7,$0
	.set	macro
	.set	reorder

	move	$4,$2
	jal	put_i64
	move	$5,$3
	.set	macro
	.set	reorder

	lui	$4,%hi($LC9)
	jal	put
	addiu	$4,$4,%lo($LC9)
	.set	macro
	.set	reorder

	lw	$4,24($sp)
	lw	$5,28($sp)
	li	$6,-1294991360			# 0xffffffffb2d00000
	ori	$6,$6,0x5e13
	jal	__udivdi3
	move	$7,$0
	.set	macro
	.set	reorder

	move	$4,$2
	jal	put_u64
	move	$5,$3
	.set	macro
	.set	reorder

	jal	putc_
	li	$4,32			# 0x20
	.set	macro
	.set	reorder

	lw	$4,24($sp)
	lw	$5,28($sp)
	li	$6,-1294991360			# 0xffffffffb2d00000
	ori	$6,$6,0x5e13
	jal	__umoddi3
	move	$7,$0
	.set	macro
	.set	reorder

	move	$4,$2
	jal	put_u64
	move	$5,$3
	.set	macro
	.set	reorder

	jal	putc_
	li	$4,10			# 0xa
	.set	macro
	.set	reorder

	lui	$4,%hi($LC10)
	jal	put
	addiu	$4,$4,%lo($LC10)
	.set	macro
	.set	reorder

	move	$16,$0
	lui	$17,%hi(vu)
	addiu	$17,$17,%lo(vu)
	b	$L14
	li	$18,9			# 0x9
	.set	macro
	.set	reorder

$L23:
	addiu	$4,$4,-1
	or	$4,$4,$2
	b	$L10
	addiu	$4,$4,1
	.set	macro
	.set	reorder

$L24:
	addiu	$4,$4,-1
	or	$4,$4,$2
	b	$L11
	addiu	$4,$4,1
	.set	macro
	.set	reorder

$L15:
	li	$4,32			# 0x20
$L13:
	jal	put_uint
	addiu	$16,$16,1
	.set	macro
	.set	reorder

	beq	$16,$18,$L25
$L14:
	jal	putc_
	li	$4,32			# 0x20
	.set	macro
	.set	reorder

	sll	$2,$16,2
	addu	$2,$2,$17
	lw	$2,0($2)
	beq	$2,$0,$L15
	sll	$2,$16,2
	.set	macro
	.set	reorder

	addu	$2,$2,$17
	lw	$4,0($2)
	b	$L13
	clz	$4,$4
	.set	macro
	.set	reorder

$L25:
	jal	putc_
	li	$4,10			# 0xa
	.set	macro
	.set	reorder

	jal	flush
	move	$2,$0
	lw	$31,52($sp)
	lw	$19,48($sp)
	lw	$18,44($sp)
	lw	$17,40($sp)
	lw	$16,36($sp)
	jr	$31
	addiu	$sp,$sp,56
	.set	macro
	.set	reorder

	.end	main
	.size	main, .-main
	.data
	.align	2
	.type	vu, @object
	.size	vu, 36
vu:
	.word	0
	.word	1
	.word	-1
	.word	7
	.word	-2147483648
	.word	65535
	.word	65536
	.word	-559038737
	.word	3
	.align	2
	.type	vs, @object
	.size	vs, 40
vs:
	.word	0
	.word	1
	.word	-1
	.word	7
	.word	-7
	.word	2147483647
	.word	-2147483648
	.word	46341
	.word	-65536
	.word	3
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
