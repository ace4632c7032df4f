	.file	1 "muldiv.c"
	.section .mdebug.abi32
	.previous
	.nan	legacy
	.module	softfloat
	.module	oddspreg
	.module	arch=mips32
	.text
	.data
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
	.text
	.align	2
	.set	nomips16
	.set	nomicromips
	.ent	hw_div
	.type	hw_div, @function
hw_div:
	.frame	$fp,16,$31		# vars= 8, regs= 1/0, args= 0, gp= 0
	.mask	0x40000000,-4
	.fmask	0x00000000,0
	addiu	$sp,$sp,-16
	sw	$fp,12($sp)
	move	$fp,$sp
	sw	$4,16($fp)
	sw	$5,20($fp)
	sw	$6,24($fp)
	lw	$2,16($fp)
	lw	$3,20($fp)
#APP
 # 17 "../../../testdata/progs/muldiv.c" 1
	div $zero, $2, $3
	mflo $3
	mfhi $2
 # 0 "" 2
#NO_APP
	sw	$3,0($fp)
	sw	$2,4($fp)
	lw	$2,24($fp)
	lw	$3,4($fp)
	sw	$3,0($2)
	lw	$2,0($fp)
	move	$sp,$fp
	lw	$fp,12($sp)
	addiu	$sp,$sp,16
	jr	$31
	.end	hw_div
	.size	hw_div, .-hw_div
	.rdata
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
	.frame	$fp,232,$31		# vars= 176, regs= 10/0, args= 16, gp= 0
	.mask	0xc0ff0000,-4
	.fmask	0x00000000,0
	addiu	$sp,$sp,-232
	sw	$31,228($sp)
	sw	$fp,224($sp)
	sw	$23,220($sp)
	sw	$22,216($sp)
	sw	$21,212($sp)
	sw	$20,208($sp)
	sw	$19,204($sp)
	sw	$18,200($sp)
	sw	$17,196($sp)
	sw	$16,192($sp)
	move	$fp,$sp
	sw	$0,16($fp)
	sw	$0,20($fp)
	b	$L4

$L8:
	sw	$0,24($fp)
	b	$L5

$L7:
	lui	$2,%hi(vs)
	lw	$3,20($fp)
	sll	$3,$3,2
	addiu	$2,$2,%lo(vs)
	addu	$2,$3,$2
	lw	$2,0($2)
	sw	$2,88($fp)
	lui	$2,%hi(vs)
	lw	$3,24($fp)
	sll	$3,$3,2
	addiu	$2,$2,%lo(vs)
	addu	$2,$3,$2
	lw	$2,0($2)
	sw	$2,92($fp)
	lw	$2,88($fp)
	sw	$2,144($fp)
	sra	$2,$2,31
	sw	$2,148($fp)
	lw	$2,92($fp)
	sw	$2,152($fp)
	sra	$2,$2,31
	sw	$2,156($fp)
	lw	$6,144($fp)
	lw	$7,148($fp)
	move	$2,$7
	lw	$8,152($fp)
	lw	$9,156($fp)
	move	$3,$8
	mul	$3,$2,$3
	move	$2,$9
	move	$4,$6
	mul	$2,$2,$4
	addu	$4,$3,$2
	move	$2,$6
	move	$3,$8
	multu	$2,$3
	mflo	$2
	mfhi	$3
	addu	$4,$4,$3
	move	$3,$4
	sw	$2,96($fp)
	sw	$3,100($fp)
	sw	$2,96($fp)
	sw	$3,100($fp)
	lw	$3,88($fp)
	lw	$2,92($fp)
	mul	$2,$3,$2
	sw	$2,104($fp)
	lw	$3,16($fp)
	move	$2,$3
	sll	$2,$2,5
	subu	$3,$2,$3
	lw	$2,100($fp)
	sra	$2,$2,0
	sw	$2,160($fp)
	lw	$2,100($fp)
	sra	$2,$2,31
	sw	$2,164($fp)
	lw	$4,160($fp)
	move	$2,$4
	sll	$2,$2,3
	subu	$2,$2,$4
	addu	$3,$3,$2
	lw	$2,96($fp)
	addu	$2,$3,$2
	lw	$3,104($fp)
	addu	$2,$3,$2
	sw	$2,16($fp)
	lw	$2,92($fp)
	beq	$2,$0,$L6

	addiu	$2,$fp,136
	move	$6,$2
	lw	$5,92($fp)
	lw	$4,88($fp)
	jal	hw_div

	sw	$2,108($fp)
	lw	$3,16($fp)
	move	$2,$3
	sll	$2,$2,5
	subu	$4,$2,$3
	lw	$3,108($fp)
	move	$2,$3
	sll	$2,$2,1
	addu	$2,$2,$3
	addu	$2,$4,$2
	lw	$3,136($fp)
	addu	$2,$2,$3
	sw	$2,16($fp)
$L6:
	lw	$2,24($fp)
	addiu	$2,$2,1
	sw	$2,24($fp)
$L5:
	lw	$2,24($fp)
	sltu	$2,$2,10
	bne	$2,$0,$L7

	lw	$2,20($fp)
	addiu	$2,$2,1
	sw	$2,20($fp)
$L4:
	lw	$2,20($fp)
	sltu	$2,$2,10
	bne	$2,$0,$L8

	lui	$2,%hi($LC0)
	addiu	$4,$2,%lo($LC0)
	jal	put

	lw	$4,16($fp)
	jal	put_hex

	li	$4,10			# 0xa
	jal	putc_

	sw	$0,16($fp)
	sw	$0,28($fp)
	b	$L9

$L13:
	sw	$0,32($fp)
	b	$L10

$L12:
	lui	$2,%hi(vu)
	lw	$3,28($fp)
	sll	$3,$3,2
	addiu	$2,$2,%lo(vu)
	addu	$2,$3,$2
	lw	$2,0($2)
	sw	$2,68($fp)
	lui	$2,%hi(vu)
	lw	$3,32($fp)
	sll	$3,$3,2
	addiu	$2,$2,%lo(vu)
	addu	$2,$3,$2
	lw	$2,0($2)
	sw	$2,72($fp)
	lw	$2,68($fp)
	sw	$2,168($fp)
	sw	$0,172($fp)
	lw	$2,72($fp)
	sw	$2,176($fp)
	sw	$0,180($fp)
	lw	$6,168($fp)
	lw	$7,172($fp)
	move	$2,$7
	lw	$8,176($fp)
	lw	$9,180($fp)
	move	$3,$8
	mul	$3,$2,$3
	move	$2,$9
	move	$4,$6
	mul	$2,$2,$4
	addu	$4,$3,$2
	move	$2,$6
	move	$3,$8
	multu	$2,$3
	mflo	$2
	mfhi	$3
	addu	$4,$4,$3
	move	$3,$4
	sw	$2,80($fp)
	sw	$3,84($fp)
	sw	$2,80($fp)
	sw	$3,84($fp)
	lw	$3,16($fp)
	move	$2,$3
	sll	$2,$2,5
	subu	$3,$2,$3
	lw	$2,84($fp)
	srl	$2,$2,0
	sw	$2,184($fp)
	sw	$0,188($fp)
	lw	$4,184($fp)
	move	$2,$4
	sll	$2,$2,3
	subu	$2,$2,$4
	addu	$3,$3,$2
	lw	$2,80($fp)
	addu	$2,$3,$2
	sw	$2,16($fp)
	lw	$2,72($fp)
	beq	$2,$0,$L11

	lw	$3,16($fp)
	move	$2,$3
	sll	$2,$2,5
	subu	$3,$2,$3
	lw	$4,68($fp)
	lw	$2,72($fp)
	divu	$0,$4,$2
	teq	$2,$0,7
	mfhi	$2
	mflo	$4
	move	$2,$4
	sll	$2,$2,1
	addu	$2,$2,$4
	addu	$2,$3,$2
	lw	$4,68($fp)
	lw	$3,72($fp)
	divu	$0,$4,$3
	teq	$3,$0,7
	mfhi	$3
	addu	$2,$2,$3
	sw	$2,16($fp)
$L11:
	lw	$2,32($fp)
	addiu	$2,$2,1
	sw	$2,32($fp)
$L10:
	lw	$2,32($fp)
	sltu	$2,$2,9
	bne	$2,$0,$L12

	lw	$2,28($fp)
	addiu	$2,$2,1
	sw	$2,28($fp)
$L9:
	lw	$2,28($fp)
	sltu	$2,$2,9
	bne	$2,$0,$L13

	lui	$2,%hi($LC1)
	addiu	$4,$2,%lo($LC1)
	jal	put

	lw	$4,16($fp)
	jal	put_hex

	li	$4,10			# 0xa
	jal	putc_

	lui	$2,%hi(vs)
	addiu	$2,$2,%lo(vs)
	lw	$2,8($2)
	addiu	$3,$fp,112
	move	$6,$3
	move	$5,$2
	li	$4,-2147483648			# 0xffffffff80000000
	jal	hw_div

	sw	$2,64($fp)
	lui	$2,%hi($LC2)
	addiu	$4,$2,%lo($LC2)
	jal	put

	lw	$4,64($fp)
	jal	put_int

	lui	$2,%hi($LC3)
	addiu	$4,$2,%lo($LC3)
	jal	put

	lw	$2,112($fp)
	move	$4,$2
	jal	put_int

	lui	$2,%hi($LC4)
	addiu	$4,$2,%lo($LC4)
	jal	put

	lui	$2,%hi(vs)
	addiu	$2,$2,%lo(vs)
	lw	$2,16($2)
	srl	$3,$2,31
	addu	$2,$3,$2
	sra	$2,$2,1
	move	$4,$2
	jal	put_int

	lui	$2,%hi($LC3)
	addiu	$4,$2,%lo($LC3)
	jal	put

	lui	$2,%hi(vs)
	addiu	$2,$2,%lo(vs)
	lw	$3,16($2)
	li	$2,-2147483648			# 0xffffffff80000000
	ori	$2,$2,0x1
	and	$2,$3,$2
	bgez	$2,$L14

	addiu	$2,$2,-1
	li	$3,-2			# 0xfffffffffffffffe
	or	$2,$2,$3
	addiu	$2,$2,1
$L14:
	move	$4,$2
	jal	put_int

	lui	$2,%hi($LC5)
	addiu	$4,$2,%lo($LC5)
	jal	put

	lui	$2,%hi(vs)
	addiu	$2,$2,%lo(vs)
	lw	$2,12($2)
	srl	$3,$2,31
	addu	$2,$3,$2
	sra	$2,$2,1
	subu	$2,$0,$2
	move	$4,$2
	jal	put_int

	lui	$2,%hi($LC3)
	addiu	$4,$2,%lo($LC3)
	jal	put

	lui	$2,%hi(vs)
	addiu	$2,$2,%lo(vs)
	lw	$3,12($2)
	li	$2,-2147483648			# 0xffffffff80000000
	ori	$2,$2,0x1
	and	$2,$3,$2
	bgez	$2,$L15

	addiu	$2,$2,-1
	li	$3,-2			# 0xfffffffffffffffe
	or	$2,$2,$3
	addiu	$2,$2,1
$L15:
	move	$4,$2
	jal	put_int

	li	$4,10			# 0xa
	jal	putc_

	move	$2,$0
	move	$3,$0
	sw	$2,40($fp)
	sw	$3,44($fp)
	sw	$2,48($fp)
	sw	$3,52($fp)
	sw	$0,56($fp)
	b	$L16

$L17:
	lui	$2,%hi(vs)
	lw	$3,56($fp)
	sll	$3,$3,2
	addiu	$2,$2,%lo(vs)
	addu	$2,$3,$2
	lw	$2,0($2)
	move	$16,$2
	sra	$2,$2,31
	move	$17,$2
	lw	$2,56($fp)
	addiu	$4,$2,3
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
	lui	$2,%hi(vs)
	sll	$3,$3,2
	addiu	$2,$2,%lo(vs)
	addu	$2,$3,$2
	lw	$2,0($2)
	move	$18,$2
	sra	$2,$2,31
	move	$19,$2
	mul	$3,$17,$18
	mul	$2,$19,$16
	addu	$2,$3,$2
	multu	$16,$18
	mflo	$4
	mfhi	$5
	addu	$2,$2,$5
	move	$5,$2
	lw	$6,40($fp)
	lw	$7,44($fp)
	addu	$2,$6,$4
	sltu	$8,$2,$6
	addu	$3,$7,$5
	addu	$4,$8,$3
	move	$3,$4
	sw	$2,40($fp)
	sw	$3,44($fp)
	lw	$4,56($fp)
	li	$2,954400768			# 0x38e30000
	ori	$2,$2,0x8e39
	multu	$4,$2
	mfhi	$2
	srl	$3,$2,1
	move	$2,$3
	sll	$2,$2,3
	addu	$2,$2,$3
	subu	$3,$4,$2
	lui	$2,%hi(vu)
	sll	$3,$3,2
	addiu	$2,$2,%lo(vu)
	addu	$2,$3,$2
	lw	$2,0($2)
	move	$20,$2
	move	$21,$0
	lw	$2,56($fp)
	addiu	$4,$2,1
	li	$2,954400768			# 0x38e30000
	ori	$2,$2,0x8e39
	multu	$4,$2
	mfhi	$2
	srl	$3,$2,1
	move	$2,$3
	sll	$2,$2,3
	addu	$2,$2,$3
	subu	$3,$4,$2
	lui	$2,%hi(vu)
	sll	$3,$3,2
	addiu	$2,$2,%lo(vu)
	addu	$2,$3,$2
	lw	$2,0($2)
	move	$22,$2
	move	$23,$0
	mul	$3,$21,$22
	mul	$2,$23,$20
	addu	$2,$3,$2
	multu	$20,$22
	mflo	$4
	mfhi	$5
	addu	$2,$2,$5
	move	$5,$2
	lw	$6,48($fp)
	lw	$7,52($fp)
	addu	$2,$6,$4
	sltu	$8,$2,$6
	addu	$3,$7,$5
	addu	$4,$8,$3
	move	$3,$4
	sw	$2,48($fp)
	sw	$3,52($fp)
	lw	$2,56($fp)
	addiu	$2,$2,1
	sw	$2,56($fp)
$L16:
	lw	$2,56($fp)
	sltu	$2,$2,10
	bne	$2,$0,$L17

	lui	$2,%hi($LC6)
	addiu	$4,$2,%lo($LC6)
	jal	put

	lw	$4,40($fp)
	lw	$5,44($fp)
	jal	put_i64

	lui	$2,%hi($LC7)
	addiu	$4,$2,%lo($LC7)
	jal	put

	lw	$4,48($fp)
	lw	$5,52($fp)
	jal	put_u64

	li	$4,10			# 0xa
	jal	putc_

	li	$2,494600192			# 0x1d7b0000
	ori	$2,$2,0xfff9
	li	$3,-2095513600			# 0xffffffff83190000
	ori	$3,$3,0x93af
	sw	$2,120($fp)
	sw	$3,124($fp)
	li	$2,-989331456			# 0xffffffffc5080000
	ori	$2,$2,0x1
	li	$3,-104071168			# 0xfffffffff9cc0000
	ori	$3,$3,0xd8a1
	sw	$2,128($fp)
	sw	$3,132($fp)
	lui	$2,%hi($LC8)
	addiu	$4,$2,%lo($LC8)
	jal	put

	lw	$2,120($fp)
	lw	$3,124($fp)
	li	$6,983040			# 0xf0000
	ori	$6,$6,0x4243
	move	$7,$0
	move	$4,$2
	move	$5,$3
	jal	__divdi3

	move	$4,$2
	move	$5,$3
	jal	put_i64

	li	$4,32			# 0x20
	jal	putc_

	lw	$2,120($fp)
	lw	$3,124($fp)
	li	$6,983040			# 0xf0000
	ori	$6,$6,0x4243
	move	$7,$0
	move	$4,$2
	move	$5,$3
	jal	__moddi3

	move	$4,$2
	move	$5,$3
	jal	put_i64

	lui	$2,%hi($LC9)
	addiu	$4,$2,%lo($LC9)
	jal	put

	lw	$2,128($fp)
	lw	$3,132($fp)
	li	$6,-1294991360			# 0xffffffffb2d00000
	ori	$6,$6,0x5e13
	move	$7,$0
	move	$4,$2
	move	$5,$3
	jal	__udivdi3

	move	$4,$2
	move	$5,$3
	jal	put_u64

	li	$4,32			# 0x20
	jal	putc_

	lw	$2,128($fp)
	lw	$3,132($fp)
	li	$6,-1294991360			# 0xffffffffb2d00000
	ori	$6,$6,0x5e13
	move	$7,$0
	move	$4,$2
	move	$5,$3
	jal	__umoddi3

	move	$4,$2
	move	$5,$3
	jal	put_u64

	li	$4,10			# 0xa
	jal	putc_

	lui	$2,%hi($LC10)
	addiu	$4,$2,%lo($LC10)
	jal	put

	sw	$0,60($fp)
	b	$L18

$L21:
	li	$4,32			# 0x20
	jal	putc_

	lui	$2,%hi(vu)
	lw	$3,60($fp)
	sll	$3,$3,2
	addiu	$2,$2,%lo(vu)
	addu	$2,$3,$2
	lw	$2,0($2)
	beq	$2,$0,$L19

	lui	$2,%hi(vu)
	lw	$3,60($fp)
	sll	$3,$3,2
	addiu	$2,$2,%lo(vu)
	addu	$2,$3,$2
	lw	$2,0($2)
	clz	$2,$2
	b	$L20

$L19:
	li	$2,32			# 0x20
$L20:
	move	$4,$2
	jal	put_uint

	lw	$2,60($fp)
	addiu	$2,$2,1
	sw	$2,60($fp)
$L18:
	lw	$2,60($fp)
	sltu	$2,$2,9
	bne	$2,$0,$L21

	li	$4,10			# 0xa
	jal	putc_

	jal	flush

	move	$2,$0
	move	$sp,$fp
	lw	$31,228($sp)
	lw	$fp,224($sp)
	lw	$23,220($sp)
	lw	$22,216($sp)
	lw	$21,212($sp)
	lw	$20,208($sp)
	lw	$19,204($sp)
	lw	$18,200($sp)
	lw	$17,196($sp)
	lw	$16,192($sp)
	addiu	$sp,$sp,232
	jr	$31

	.set	macro
	.set	reorder
	.end	main
	.size	main, .-main
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
