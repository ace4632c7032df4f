	.file	1 "heap.c"
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
	.ascii	": ok\012\000"
	.align	2
$LC1:
	.ascii	": FAILED\012\000"
	.text
	.align	2
	.set	nomips16
	.set	nomicromips
	.ent	check
	.type	check, @function
check:
	.frame	$sp,24,$31		# vars= 0, regs= 2/0, args= 16, gp= 0
	.mask	0x80010000,-4
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	addiu	$sp,$sp,-24
	sw	$16,16($sp)
	sw	$31,20($sp)
	jal	put
	move	$16,$5

	beq	$16,$0,$L3
	nop

	lui	$4,%hi($LC0)
	addiu	$4,$4,%lo($LC0)
$L2:
	lw	$31,20($sp)
	lw	$16,16($sp)
	j	put
	addiu	$sp,$sp,24

$L3:
	lui	$4,%hi($LC1)
	b	$L2
	addiu	$4,$4,%lo($LC1)

	.set	macro
	.set	reorder
	.end	check
	.size	check, .-check
	.align	2
	.set	nomips16
	.set	nomicromips
	.ent	sys_brk
	.type	sys_brk, @function
sys_brk:
	.frame	$sp,40,$31		# vars= 0, regs= 1/0, args= 32, gp= 0
	.mask	0x80000000,-4
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	addiu	$sp,$sp,-40
	li	$2,4045			# 0xfcd
	move	$7,$0
	sw	$2,24($sp)
	sw	$0,20($sp)
	sw	$0,16($sp)
	move	$6,$0
	sw	$31,36($sp)
	jal	__syscall
	move	$5,$0

	lw	$31,36($sp)
	jr	$31
	addiu	$sp,$sp,40

	.set	macro
	.set	reorder
	.end	sys_brk
	.size	sys_brk, .-sys_brk
	.align	2
	.set	nomips16
	.set	nomicromips
	.ent	sys_munmap
	.type	sys_munmap, @function
sys_munmap:
	.frame	$sp,40,$31		# vars= 0, regs= 1/0, args= 32, gp= 0
	.mask	0x80000000,-4
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	addiu	$sp,$sp,-40
	li	$2,4091			# 0xffb
	move	$7,$0
	sw	$2,24($sp)
	sw	$0,20($sp)
	sw	$0,16($sp)
	sw	$31,36($sp)
	jal	__syscall
	move	$6,$0

	lw	$31,36($sp)
	jr	$31
	addiu	$sp,$sp,40

	.set	macro
	.set	reorder
	.end	sys_munmap
	.size	sys_munmap, .-sys_munmap
	.section	.rodata.str1.4
	.align	2
$LC2:
	.ascii	"brk(0) is nonzero\000"
	.align	2
$LC3:
	.ascii	"brk grows\000"
	.align	2
$LC4:
	.ascii	"brk sum \000"
	.align	2
$LC5:
	.ascii	"brk grows again\000"
	.align	2
$LC6:
	.ascii	"new brk memory is zero\000"
	.align	2
$LC7:
	.ascii	"brk shrinks\000"
	.align	2
$LC8:
	.ascii	"brk below the start fails\000"
	.align	2
$LC9:
	.ascii	"mmap2 anonymous\000"
	.align	2
$LC10:
	.ascii	"mmap2 memory is zero\000"
	.align	2
$LC11:
	.ascii	"mmap sum \000"
	.align	2
$LC12:
	.ascii	"second mapping is distinct\000"
	.align	2
$LC13:
	.ascii	"munmap\000"
	.align	2
$LC14:
	.ascii	"munmap again\000"
	.align	2
$LC15:
	.ascii	"munmap misaligned is EINVAL\000"
	.align	2
$LC16:
	.ascii	"mmap2 of length 0 is EINVAL\000"
	.align	2
$LC17:
	.ascii	"mmap2 of a file fails\000"
	.align	2
$LC18:
	.ascii	"mmap2 MAP_FIXED\000"
	.align	2
$LC19:
	.ascii	"MAP_FIXED memory works\000"
	.section	.text.startup,"ax",@progbits
	.align	2
	.globl	main
	.set	nomips16
	.set	nomicromips
	.ent	main
	.type	main, @function
main:
	.frame	$sp,56,$31		# vars= 0, regs= 5/0, args= 32, gp= 0
	.mask	0x800f0000,-4
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	addiu	$sp,$sp,-56
	move	$4,$0
	sw	$31,52($sp)
	sw	$18,44($sp)
	sw	$17,40($sp)
	sw	$16,36($sp)
	sw	$19,48($sp)
	jal	sys_brk
	li	$17,65536			# 0x10000

	move	$18,$2
	lui	$4,%hi($LC2)
	ori	$17,$17,0x9000
	sltu	$5,$0,$2
	addiu	$4,$4,%lo($LC2)
	jal	check
	addu	$17,$18,$17

	jal	sys_brk
	move	$4,$17

	xor	$5,$17,$2
	lui	$4,%hi($LC3)
	move	$16,$2
	sltu	$5,$5,1
	jal	check
	addiu	$4,$4,%lo($LC3)

	sltu	$2,$18,$16
	beq	$2,$0,$L11
	move	$17,$0

	move	$4,$18
	subu	$3,$4,$18
$L35:
	bgez	$3,$L12
	nop

	addiu	$3,$3,511
$L12:
	sra	$3,$3,9
	sb	$3,0($4)
	addiu	$4,$4,512
	sltu	$2,$4,$16
	bne	$2,$0,$L35
	subu	$3,$4,$18

	move	$3,$18
	move	$17,$0
$L14:
	lbu	$4,0($3)
	addiu	$3,$3,512
	sltu	$2,$3,$16
	bne	$2,$0,$L14
	addu	$17,$17,$4

$L11:
	lui	$4,%hi($LC4)
	jal	put
	addiu	$4,$4,%lo($LC4)

	jal	put_uint
	move	$4,$17

	addiu	$17,$16,12288
	jal	putc_
	li	$4,10			# 0xa

	jal	sys_brk
	move	$4,$17

	xor	$5,$17,$2
	lui	$4,%hi($LC5)
	move	$19,$2
	sltu	$5,$5,1
	jal	check
	addiu	$4,$4,%lo($LC5)

	lb	$2,-1($19)
	bne	$2,$0,$L15
	move	$5,$0

	lb	$5,0($16)
	sltu	$5,$5,1
$L15:
	lui	$4,%hi($LC6)
	addiu	$16,$18,4096
	jal	check
	addiu	$4,$4,%lo($LC6)

	jal	sys_brk
	move	$4,$16

	xor	$5,$16,$2
	lui	$4,%hi($LC7)
	sltu	$5,$5,1
	jal	check
	addiu	$4,$4,%lo($LC7)

	li	$4,-65536			# 0xffffffffffff0000
	jal	sys_brk
	addu	$4,$18,$4

	xor	$5,$16,$2
	lui	$4,%hi($LC8)
	sltu	$5,$5,1
	jal	check
	addiu	$4,$4,%lo($LC8)

	li	$2,4210			# 0x1072
	sw	$2,24($sp)
	li	$2,-1			# 0xffffffffffffffff
	sw	$0,20($sp)
	sw	$2,16($sp)
	li	$7,2050			# 0x802
	li	$6,3			# 0x3
	li	$5,262144			# 0x40000
	jal	__syscall
	move	$4,$0

	blez	$2,$L24
	move	$18,$2

	andi	$5,$2,0xfff
	sltu	$5,$5,1
$L16:
	lui	$4,%hi($LC9)
	jal	check
	addiu	$4,$4,%lo($LC9)

	li	$4,262144			# 0x40000
	move	$16,$18
	addu	$4,$18,$4
	move	$3,$18
	li	$5,1			# 0x1
$L18:
	lw	$2,0($3)
	addiu	$3,$3,4096
	bne	$3,$4,$L18
	movn	$5,$0,$2

	lui	$4,%hi($LC10)
	jal	check
	addiu	$4,$4,%lo($LC10)

	li	$2,-1640562688			# 0xffffffff9e370000
	move	$4,$18
	move	$3,$0
	addiu	$2,$2,31153
	li	$5,2041643008			# 0x79b10000
$L19:
	sw	$3,0($4)
	addu	$3,$3,$2
	bne	$3,$5,$L19
	addiu	$4,$4,4

	move	$3,$0
	move	$17,$0
	li	$2,65536			# 0x10000
$L20:
	lw	$4,0($16)
	addiu	$16,$16,4
	addu	$4,$3,$4
	addiu	$3,$3,1
	bne	$3,$2,$L20
	xor	$17,$17,$4

	lui	$4,%hi($LC11)
	jal	put
	addiu	$4,$4,%lo($LC11)

	jal	put_hex
	move	$4,$17

	jal	putc_
	li	$4,10			# 0xa

	li	$2,4210			# 0x1072
	sw	$2,24($sp)
	li	$2,-1			# 0xffffffffffffffff
	sw	$0,20($sp)
	sw	$2,16($sp)
	li	$7,2050			# 0x802
	li	$6,3			# 0x3
	li	$5,8192			# 0x2000
	jal	__syscall
	move	$4,$0

	blez	$2,$L25
	move	$16,$2

	addiu	$2,$2,8191
	slt	$2,$2,$18
	bne	$2,$0,$L26
	nop

	li	$5,262144			# 0x40000
	addu	$5,$18,$5
	slt	$5,$16,$5
	xori	$5,$5,0x1
$L21:
	lui	$4,%hi($LC12)
	jal	check
	addiu	$4,$4,%lo($LC12)

	move	$4,$18
	jal	sys_munmap
	li	$5,262144			# 0x40000

	lui	$4,%hi($LC13)
	sltu	$5,$2,1
	jal	check
	addiu	$4,$4,%lo($LC13)

	move	$4,$18
	jal	sys_munmap
	li	$5,262144			# 0x40000

	lui	$4,%hi($LC14)
	sltu	$5,$2,1
	jal	check
	addiu	$4,$4,%lo($LC14)

	addiu	$4,$16,1
	jal	sys_munmap
	li	$5,4096			# 0x1000

	addiu	$5,$2,22
	lui	$4,%hi($LC15)
	li	$16,4210			# 0x1072
	li	$17,-1			# 0xffffffffffffffff
	sltu	$5,$5,1
	jal	check
	addiu	$4,$4,%lo($LC15)

	sw	$16,24($sp)
	sw	$17,16($sp)
	li	$7,2050			# 0x802
	li	$6,1			# 0x1
	move	$5,$0
	move	$4,$0
	jal	__syscall
	sw	$0,20($sp)

	addiu	$5,$2,22
	lui	$4,%hi($LC16)
	sltu	$5,$5,1
	jal	check
	addiu	$4,$4,%lo($LC16)

	li	$2,3			# 0x3
	sw	$16,24($sp)
	li	$7,2			# 0x2
	li	$6,1			# 0x1
	sw	$2,16($sp)
	li	$5,4096			# 0x1000
	move	$4,$0
	jal	__syscall
	sw	$0,20($sp)

	lui	$4,%hi($LC17)
	srl	$5,$2,31
	jal	check
	addiu	$4,$4,%lo($LC17)

	li	$7,2066			# 0x812
	li	$6,3			# 0x3
	sw	$16,24($sp)
	sw	$17,16($sp)
	li	$5,4096			# 0x1000
	li	$4,1342177280			# 0x50000000
	jal	__syscall
	sw	$0,20($sp)

	li	$5,-1342177280			# 0xffffffffb0000000
	addu	$5,$2,$5
	lui	$4,%hi($LC18)
	sltu	$5,$5,1
	addiu	$4,$4,%lo($LC18)
	jal	check
	move	$16,$2

	li	$2,7			# 0x7
	sw	$2,0($16)
	lw	$5,0($16)
	lui	$4,%hi($LC19)
	xori	$5,$5,0x7
	sltu	$5,$5,1
	jal	check
	addiu	$4,$4,%lo($LC19)

	jal	flush
	nop

	lw	$31,52($sp)
	lw	$19,48($sp)
	lw	$18,44($sp)
	lw	$17,40($sp)
	lw	$16,36($sp)
	move	$2,$0
	jr	$31
	addiu	$sp,$sp,56

$L26:
	b	$L21
	li	$5,1			# 0x1

$L25:
	b	$L21
	move	$5,$0

$L24:
	b	$L16
	move	$5,$0

	.set	macro
	.set	reorder
	.end	main
	.size	main, .-main
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
