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
	.section	.text.startup,"ax",@progbits
	.align	2
	.globl	main
	.set	nomips16
	.set	nomicromips
	.ent	main
	.type	main, @function
main:
	.frame	$sp,64,$31		# vars= 16, regs= 8/0, args= 16, gp= 0
	.mask	0x80f70000,-4
	.fmask	0x00000000,0
	addiu	$sp,$sp,-64
	sw	$17,36($sp)
	lui	$17,%hi(vs)
	sw	$16,32($sp)
	sw	$31,60($sp)
	sw	$23,56($sp)
	sw	$22,52($sp)
	sw	$21,48($sp)
	sw	$20,44($sp)
	sw	$18,40($sp)
	move	$10,$0
	move	$16,$0
	addiu	$17,$17,%lo(vs)
	li	$9,10			# 0xa
	sll	$8,$10,2
$L29:
	move	$5,$0
	addu	$8,$17,$8
	sll	$2,$5,2
$L28:
	addu	$2,$17,$2
	lw	$4,0($8)
	lw	$3,0($2)
	sll	$2,$16,5
	mult	$4,$3
	subu	$16,$2,$16
	mfhi	$13
	mflo	$12
	mul	$2,$4,$3
	addiu	$5,$5,1
	addu	$6,$2,$12
	sll	$2,$13,3
	subu	$2,$2,$13
	addu	$2,$2,$6
	addu	$16,$2,$16
	sll	$2,$16,5
	.set	noreorder
	.set	nomacro
	beq	$3,$0,$L3
	subu	$2,$2,$16
	.set	macro
	.set	reorder

#APP
 # 17 "../../../testdata/progs/muldiv.c" 1
	div $zero, $4, $3
	mflo $4
	mfhi $3
 # 0 "" 2
#NO_APP
	sll	$16,$4,1
	addu	$16,$16,$4
	addu	$16,$16,$3
	addu	$16,$16,$2
$L3:
	.set	noreorder
	.set	nomacro
	bne	$5,$9,$L28
	sll	$2,$5,2
	.set	macro
	.set	reorder

	addiu	$10,$10,1
	.set	noreorder
	.set	nomacro
	bne	$10,$5,$L29
	sll	$8,$10,2
	.set	macro
	.set	reorder

	lui	$4,%hi($LC0)
	.set	noreorder
	.set	nomacro
	jal	put
	addiu	$4,$4,%lo($LC0)
	.set	macro
	.set	reorder

	.set	noreorder
	.set	nomacro
	jal	put_hex
	move	$4,$16
	.set	macro
	.set	reorder

	lui	$18,%hi(vu)
	.set	noreorder
	.set	nomacro
	jal	putc_
	li	$4,10			# 0xa
	.set	macro
	.set	reorder

	move	$16,$0
	move	$10,$0
	addiu	$18,$18,%lo(vu)
	li	$9,9			# 0x9
	sll	$8,$10,2
$L31:
	move	$3,$0
	addu	$8,$18,$8
	sll	$2,$3,2
$L30:
	addu	$2,$18,$2
	lw	$4,0($8)
	lw	$5,0($2)
	sll	$2,$16,5
	multu	$4,$5
	subu	$16,$2,$16
	mfhi	$7
	mflo	$6
	sll	$2,$7,3
	subu	$2,$2,$7
	addu	$2,$2,$6
	addu	$16,$2,$16
	sll	$2,$16,5
	addiu	$3,$3,1
	.set	noreorder
	.set	nomacro
	beq	$5,$0,$L7
	subu	$2,$2,$16
	.set	macro
	.set	reorder

	divu	$0,$4,$5
	teq	$5,$0,7
	mflo	$5
	mfhi	$4
	sll	$16,$5,1
	addu	$16,$16,$5
	addu	$16,$16,$4
	addu	$16,$16,$2
$L7:
	.set	noreorder
	.set	nomacro
	bne	$3,$9,$L30
	sll	$2,$3,2
	.set	macro
	.set	reorder

	addiu	$10,$10,1
	.set	noreorder
	.set	nomacro
	bne	$10,$3,$L31
	sll	$8,$10,2
	.set	macro
	.set	reorder

	lui	$4,%hi($LC1)
	.set	noreorder
	.set	nomacro
	jal	put
	addiu	$4,$4,%lo($LC1)
	.set	macro
	.set	reorder

	.set	noreorder
	.set	nomacro
	jal	put_hex
	move	$4,$16
	.set	macro
	.set	reorder

	.set	noreorder
	.set	nomacro
	jal	putc_
	li	$4,10			# 0xa
	.set	macro
	.set	reorder

	lui	$4,%hi($LC2)
	addiu	$4,$4,%lo($LC2)
	lw	$2,8($17)
	li	$16,-2147483648			# 0xffffffff80000000
#APP
 # 17 "../../../testdata/progs/muldiv.c" 1
	div $zero, $16, $2
	mflo $20
	mfhi $21
 # 0 "" 2
#NO_APP
	jal	put
	move	$4,$20
	.set	noreorder
	.set	nomacro
	jal	put_int
	lui	$20,%hi($LC3)
	.set	macro
	.set	reorder

	.set	noreorder
	.set	nomacro
	jal	put
	addiu	$4,$20,%lo($LC3)
	.set	macro
	.set	reorder

	.set	noreorder
	.set	nomacro
	jal	put_int
	move	$4,$21
	.set	macro
	.set	reorder

	lui	$4,%hi($LC4)
	.set	noreorder
	.set	nomacro
	jal	put
	addiu	$4,$4,%lo($LC4)
	.set	macro
	.set	reorder

	lw	$2,16($17)
	addiu	$16,$16,1
	srl	$4,$2,31
	addu	$4,$4,$2
	.set	noreorder
	.set	nomacro
	jal	put_int
	sra	$4,$4,1
	.set	macro
	.set	reorder

	.set	noreorder
	.set	nomacro
	jal	put
	addiu	$4,$20,%lo($LC3)
	.set	macro
	.set	reorder

	lw	$4,16($17)
	and	$4,$4,$16
	.set	noreorder
	.set	nomacro
	bgez	$4,$L10
	li	$2,-2			# 0xfffffffffffffffe
	.set	macro
	.set	reorder

	addiu	$4,$4,-1
	or	$4,$4,$2
	addiu	$4,$4,1
$L10:
	jal	put_int
	lui	$4,%hi($LC5)
	.set	noreorder
	.set	nomacro
	jal	put
	addiu	$4,$4,%lo($LC5)
	.set	macro
	.set	reorder

	lw	$2,12($17)
	srl	$4,$2,31
	addu	$4,$4,$2
	sra	$4,$4,1
	.set	noreorder
	.set	nomacro
	jal	put_int
	subu	$4,$0,$4
	.set	macro
	.set	reorder

	.set	noreorder
	.set	nomacro
	jal	put
	addiu	$4,$20,%lo($LC3)
	.set	macro
	.set	reorder

	lw	$4,12($17)
	li	$2,-2147483648			# 0xffffffff80000000
	addiu	$2,$2,1
	and	$4,$4,$2
	.set	noreorder
	.set	nomacro
	bgez	$4,$L11
	li	$2,-2			# 0xfffffffffffffffe
	.set	macro
	.set	reorder

	addiu	$4,$4,-1
	or	$4,$4,$2
	addiu	$4,$4,1
$L11:
	.set	noreorder
	.set	nomacro
	jal	put_int
	move	$20,$0
	.set	macro
	.set	reorder

	.set	noreorder
	.set	nomacro
	jal	putc_
	li	$4,10			# 0xa
	.set	macro
	.set	reorder

	li	$7,-859045888			# 0xffffffffcccc0000
	li	$6,954400768			# 0x38e30000
	move	$5,$0
	move	$21,$0
	move	$22,$0
	move	$23,$0
	ori	$7,$7,0xcccd
	ori	$6,$6,0x8e39
	li	$8,10			# 0xa
$L12:
	multu	$5,$6
	addiu	$11,$5,3
	mfhi	$3
	multu	$11,$7
	srl	$3,$3,1
	sll	$2,$3,3
	mfhi	$4
	addu	$3,$2,$3
	sll	$10,$5,2
	subu	$3,$5,$3
	addiu	$5,$5,1
	multu	$5,$6
	srl	$4,$4,3
	sll	$9,$4,2
	mfhi	$2
	addu	$4,$9,$4
	sll	$4,$4,1
	srl	$2,$2,1
	subu	$4,$11,$4
	sll	$9,$2,3
	sll	$4,$4,2
	addu	$2,$9,$2
	addu	$4,$17,$4
	addu	$9,$17,$10
	lw	$9,0($9)
	mtlo	$22
	lw	$4,0($4)
	mthi	$23
	subu	$2,$5,$2
	madd	$9,$4
	sll	$3,$3,2
	sll	$2,$2,2
	addu	$3,$18,$3
	addu	$2,$18,$2
	lw	$3,0($3)
	mfhi	$23
	lw	$2,0($2)
	mflo	$22
	mtlo	$20
	mthi	$21
	maddu	$3,$2
	mflo	$20
	.set	noreorder
	.set	nomacro
	bne	$5,$8,$L12
	mfhi	$21
	.set	macro
	.set	reorder

	lui	$4,%hi($LC6)
	.set	noreorder
	.set	nomacro
	jal	put
	addiu	$4,$4,%lo($LC6)
	.set	macro
	.set	reorder

	move	$5,$23
	.set	noreorder
	.set	nomacro
	jal	put_i64
	move	$4,$22
	.set	macro
	.set	reorder

	lui	$4,%hi($LC7)
	.set	noreorder
	.set	nomacro
	jal	put
	addiu	$4,$4,%lo($LC7)
	.set	macro
	.set	reorder

	move	$5,$21
	.set	noreorder
	.set	nomacro
	jal	put_u64
	move	$4,$20
	.set	macro
	.set	reorder

	.set	noreorder
	.set	nomacro
	jal	putc_
	li	$4,10			# 0xa
	.set	macro
	.set	reorder

	li	$2,494600192			# 0x1d7b0000
	li	$3,-2095513600			# 0xffffffff83190000
	ori	$2,$2,0xfff9
	ori	$3,$3,0x93af
	sw	$2,24($sp)
	lui	$4,%hi($LC8)
	sw	$3,28($sp)
	li	$2,-989331456			# 0xffffffffc5080000
	li	$3,-104071168			# 0xfffffffff9cc0000
	ori	$2,$2,0x1
	ori	$3,$3,0xd8a1
	addiu	$4,$4,%lo($LC8)
	sw	$2,16($sp)
	sw	$3,20($sp)
	jal	put
	lw	$4,24($sp)
	li	$6,983040			# 0xf0000
	lw	$5,28($sp)
	ori	$6,$6,0x4243
	.set	noreorder
	.set	nomacro
	jal	__divdi3
	move	$7,$0
	.set	macro
	.set	reorder

	move	$4,$2
	.set	noreorder
	.set	nomacro
	jal	put_i64
	move	$5,$3
	.set	macro
	.set	reorder

	.set	noreorder
	.set	nomacro
	jal	putc_
	li	$4,32			# 0x20
	.set	macro
	.set	reorder

	lw	$4,24($sp)
	li	$6,983040			# 0xf0000
	lw	$5,28($sp)
	ori	$6,$6,0x4243
	.set	noreorder
	.set	nomacro
	jal	__moddi3
	move	$7,$0
	.set	macro
	.set	reorder

	move	$4,$2
	.set	noreorder
	.set	nomacro
	jal	put_i64
	move	$5,$3
	.set	macro
	.set	reorder

	lui	$4,%hi($LC9)
	.set	noreorder
	.set	nomacro
	jal	put
	addiu	$4,$4,%lo($LC9)
	.set	macro
	.set	reorder

	lw	$4,16($sp)
	li	$6,-1294991360			# 0xffffffffb2d00000
	lw	$5,20($sp)
	ori	$6,$6,0x5e13
	.set	noreorder
	.set	nomacro
	jal	__udivdi3
	move	$7,$0
	.set	macro
	.set	reorder

	move	$4,$2
	.set	noreorder
	.set	nomacro
	jal	put_u64
	move	$5,$3
	.set	macro
	.set	reorder

	.set	noreorder
	.set	nomacro
	jal	putc_
	li	$4,32			# 0x20
	.set	macro
	.set	reorder

	lw	$4,16($sp)
	li	$6,-1294991360			# 0xffffffffb2d00000
	lw	$5,20($sp)
	ori	$6,$6,0x5e13
	.set	noreorder
	.set	nomacro
	jal	__umoddi3
	move	$7,$0
	.set	macro
	.set	reorder

	move	$4,$2
	.set	noreorder
	.set	nomacro
	jal	put_u64
	move	$5,$3
	.set	macro
	.set	reorder

	.set	noreorder
	.set	nomacro
	jal	putc_
	li	$4,10			# 0xa
	.set	macro
	.set	reorder

	lui	$4,%hi($LC10)
	.set	noreorder
	.set	nomacro
	jal	put
	addiu	$4,$4,%lo($LC10)
	.set	macro
	.set	reorder

	move	$16,$0
	li	$17,9			# 0x9
$L14:
	.set	noreorder
	.set	nomacro
	jal	putc_
	li	$4,32			# 0x20
	.set	macro
	.set	reorder

	sll	$2,$16,2
	addu	$2,$18,$2
	lw	$3,0($2)
	.set	noreorder
	.set	nomacro
	beq	$3,$0,$L13
	li	$4,32			# 0x20
	.set	macro
	.set	reorder

	lw	$4,0($2)
	clz	$4,$4
$L13:
	.set	noreorder
	.set	nomacro
	jal	put_uint
	addiu	$16,$16,1
	.set	macro
	.set	reorder

	bne	$16,$17,$L14
	.set	noreorder
	.set	nomacro
	jal	putc_
	li	$4,10			# 0xa
	.set	macro
	.set	reorder

	jal	flush
	lw	$31,60($sp)
	lw	$23,56($sp)
	lw	$22,52($sp)
	lw	$21,48($sp)
	lw	$20,44($sp)
	lw	$18,40($sp)
	lw	$17,36($sp)
	lw	$16,32($sp)
	move	$2,$0
	.set	noreorder
	.set	nomacro
	jr	$31
	addiu	$sp,$sp,64
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
