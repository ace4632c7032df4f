	.file	1 "heap.c"
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
	.ent	sys_brk
	.type	sys_brk, @function
sys_brk:
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
	lw	$3,40($fp)
	li	$2,4045			# 0xfcd
	sw	$2,24($sp)
	sw	$0,20($sp)
	sw	$0,16($sp)
	move	$7,$0
	move	$6,$0
	move	$5,$0
	move	$4,$3
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
	.end	sys_brk
	.size	sys_brk, .-sys_brk
	.align	2
	.set	nomips16
	.set	nomicromips
	.ent	sys_mmap2
	.type	sys_mmap2, @function
sys_mmap2:
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
	sw	$7,52($fp)
	lw	$3,40($fp)
	lw	$4,44($fp)
	li	$2,4210			# 0x1072
	sw	$2,24($sp)
	lw	$2,60($fp)
	sw	$2,20($sp)
	lw	$2,56($fp)
	sw	$2,16($sp)
	lw	$7,52($fp)
	lw	$6,48($fp)
	move	$5,$4
	move	$4,$3
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
	.end	sys_mmap2
	.size	sys_mmap2, .-sys_mmap2
	.align	2
	.set	nomips16
	.set	nomicromips
	.ent	sys_munmap
	.type	sys_munmap, @function
sys_munmap:
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
	lw	$3,40($fp)
	lw	$4,44($fp)
	li	$2,4091			# 0xffb
	sw	$2,24($sp)
	sw	$0,20($sp)
	sw	$0,16($sp)
	move	$7,$0
	move	$6,$0
	move	$5,$4
	move	$4,$3
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
	.end	sys_munmap
	.size	sys_munmap, .-sys_munmap
	.rdata
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
	lw	$4,24($fp)
	jal	put
	nop

	lw	$2,28($fp)
	beq	$2,$0,$L8
	nop

	lui	$2,%hi($LC0)
	addiu	$2,$2,%lo($LC0)
	b	$L9
	nop

$L8:
	lui	$2,%hi($LC1)
	addiu	$2,$2,%lo($LC1)
$L9:
	move	$4,$2
	jal	put
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
	.end	check
	.size	check, .-check
	.rdata
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
	.text
	.align	2
	.globl	main
	.set	nomips16
	.set	nomicromips
	.ent	main
	.type	main, @function
main:
	.frame	$fp,96,$31		# vars= 64, regs= 2/0, args= 24, gp= 0
	.mask	0xc0000000,-4
	.fmask	0x00000000,0
	.set	noreorder
	.set	nomacro
	addiu	$sp,$sp,-96
	sw	$31,92($sp)
	sw	$fp,88($sp)
	move	$fp,$sp
	move	$4,$0
	jal	sys_brk
	nop

	sw	$2,52($fp)
	lw	$2,52($fp)
	sltu	$2,$0,$2
	andi	$2,$2,0x00ff
	move	$5,$2
	lui	$2,%hi($LC2)
	addiu	$4,$2,%lo($LC2)
	jal	check
	nop

	lw	$3,52($fp)
	li	$2,65536			# 0x10000
	ori	$2,$2,0x9000
	addu	$2,$3,$2
	sw	$2,56($fp)
	lw	$4,56($fp)
	jal	sys_brk
	nop

	sw	$2,60($fp)
	lw	$3,60($fp)
	lw	$2,56($fp)
	xor	$2,$3,$2
	sltu	$2,$2,1
	andi	$2,$2,0x00ff
	move	$5,$2
	lui	$2,%hi($LC3)
	addiu	$4,$2,%lo($LC3)
	jal	check
	nop

	lw	$2,52($fp)
	sw	$2,24($fp)
	b	$L11
	nop

$L13:
	lw	$3,24($fp)
	lw	$2,52($fp)
	subu	$2,$3,$2
	bgez	$2,$L12
	nop

	addiu	$2,$2,511
$L12:
	sra	$2,$2,9
	sll	$3,$2,24
	sra	$3,$3,24
	lw	$2,24($fp)
	sb	$3,0($2)
	lw	$2,24($fp)
	addiu	$2,$2,512
	sw	$2,24($fp)
$L11:
	lw	$3,24($fp)
	lw	$2,60($fp)
	sltu	$2,$3,$2
	bne	$2,$0,$L13
	nop

	sw	$0,28($fp)
	lw	$2,52($fp)
	sw	$2,32($fp)
	b	$L14
	nop

$L15:
	lw	$2,32($fp)
	lb	$2,0($2)
	andi	$2,$2,0x00ff
	move	$3,$2
	lw	$2,28($fp)
	addu	$2,$2,$3
	sw	$2,28($fp)
	lw	$2,32($fp)
	addiu	$2,$2,512
	sw	$2,32($fp)
$L14:
	lw	$3,32($fp)
	lw	$2,60($fp)
	sltu	$2,$3,$2
	bne	$2,$0,$L15
	nop

	lui	$2,%hi($LC4)
	addiu	$4,$2,%lo($LC4)
	jal	put
	nop

	lw	$4,28($fp)
	jal	put_uint
	nop

	li	$4,10			# 0xa
	jal	putc_
	nop

	lw	$2,60($fp)
	addiu	$2,$2,12288
	move	$4,$2
	jal	sys_brk
	nop

	sw	$2,64($fp)
	lw	$2,60($fp)
	addiu	$3,$2,12288
	lw	$2,64($fp)
	xor	$2,$3,$2
	sltu	$2,$2,1
	andi	$2,$2,0x00ff
	move	$5,$2
	lui	$2,%hi($LC5)
	addiu	$4,$2,%lo($LC5)
	jal	check
	nop

	lw	$2,64($fp)
	addiu	$2,$2,-1
	lb	$2,0($2)
	bne	$2,$0,$L16
	nop

	lw	$2,60($fp)
	lb	$2,0($2)
	bne	$2,$0,$L16
	nop

	li	$2,1			# 0x1
	b	$L17
	nop

$L16:
	move	$2,$0
$L17:
	move	$5,$2
	lui	$2,%hi($LC6)
	addiu	$4,$2,%lo($LC6)
	jal	check
	nop

	lw	$2,52($fp)
	addiu	$2,$2,4096
	move	$4,$2
	jal	sys_brk
	nop

	move	$3,$2
	lw	$2,52($fp)
	addiu	$2,$2,4096
	xor	$2,$3,$2
	sltu	$2,$2,1
	andi	$2,$2,0x00ff
	move	$5,$2
	lui	$2,%hi($LC7)
	addiu	$4,$2,%lo($LC7)
	jal	check
	nop

	lw	$3,52($fp)
	li	$2,-65536			# 0xffffffffffff0000
	addu	$2,$3,$2
	move	$4,$2
	jal	sys_brk
	nop

	move	$3,$2
	lw	$2,52($fp)
	addiu	$2,$2,4096
	xor	$2,$3,$2
	sltu	$2,$2,1
	andi	$2,$2,0x00ff
	move	$5,$2
	lui	$2,%hi($LC8)
	addiu	$4,$2,%lo($LC8)
	jal	check
	nop

	li	$2,262144			# 0x40000
	sw	$2,68($fp)
	sw	$0,20($sp)
	li	$2,-1			# 0xffffffffffffffff
	sw	$2,16($sp)
	li	$7,2050			# 0x802
	li	$6,3			# 0x3
	lw	$5,68($fp)
	move	$4,$0
	jal	sys_mmap2
	nop

	sw	$2,72($fp)
	lw	$2,72($fp)
	blez	$2,$L18
	nop

	lw	$2,72($fp)
	andi	$2,$2,0xfff
	bne	$2,$0,$L18
	nop

	li	$2,1			# 0x1
	b	$L19
	nop

$L18:
	move	$2,$0
$L19:
	move	$5,$2
	lui	$2,%hi($LC9)
	addiu	$4,$2,%lo($LC9)
	jal	check
	nop

	lw	$2,72($fp)
	sw	$2,76($fp)
	li	$2,1			# 0x1
	sw	$2,36($fp)
	sw	$0,40($fp)
	b	$L20
	nop

$L22:
	lw	$2,40($fp)
	sll	$2,$2,2
	lw	$3,76($fp)
	addu	$2,$3,$2
	lw	$2,0($2)
	beq	$2,$0,$L21
	nop

	sw	$0,36($fp)
$L21:
	lw	$2,40($fp)
	addiu	$2,$2,1024
	sw	$2,40($fp)
$L20:
	lw	$2,68($fp)
	srl	$2,$2,2
	lw	$3,40($fp)
	sltu	$2,$3,$2
	bne	$2,$0,$L22
	nop

	lw	$5,36($fp)
	lui	$2,%hi($LC10)
	addiu	$4,$2,%lo($LC10)
	jal	check
	nop

	sw	$0,44($fp)
	b	$L23
	nop

$L24:
	lw	$2,44($fp)
	sll	$2,$2,2
	lw	$3,76($fp)
	addu	$2,$3,$2
	lw	$4,44($fp)
	li	$3,-1640562688			# 0xffffffff9e370000
	ori	$3,$3,0x79b1
	mul	$3,$4,$3
	sw	$3,0($2)
	lw	$2,44($fp)
	addiu	$2,$2,1
	sw	$2,44($fp)
$L23:
	lw	$2,68($fp)
	srl	$2,$2,2
	lw	$3,44($fp)
	sltu	$2,$3,$2
	bne	$2,$0,$L24
	nop

	sw	$0,28($fp)
	sw	$0,48($fp)
	b	$L25
	nop

$L26:
	lw	$2,48($fp)
	sll	$2,$2,2
	lw	$3,76($fp)
	addu	$2,$3,$2
	lw	$3,0($2)
	lw	$2,48($fp)
	addu	$2,$3,$2
	lw	$3,28($fp)
	xor	$2,$3,$2
	sw	$2,28($fp)
	lw	$2,48($fp)
	addiu	$2,$2,1
	sw	$2,48($fp)
$L25:
	lw	$2,68($fp)
	srl	$2,$2,2
	lw	$3,48($fp)
	sltu	$2,$3,$2
	bne	$2,$0,$L26
	nop

	lui	$2,%hi($LC11)
	addiu	$4,$2,%lo($LC11)
	jal	put
	nop

	lw	$4,28($fp)
	jal	put_hex
	nop

	li	$4,10			# 0xa
	jal	putc_
	nop

	sw	$0,20($sp)
	li	$2,-1			# 0xffffffffffffffff
	sw	$2,16($sp)
	li	$7,2050			# 0x802
	li	$6,3			# 0x3
	li	$5,8192			# 0x2000
	move	$4,$0
	jal	sys_mmap2
	nop

	sw	$2,80($fp)
	lw	$2,80($fp)
	blez	$2,$L27
	nop

	lw	$2,80($fp)
	addiu	$2,$2,8191
	lw	$3,72($fp)
	slt	$2,$2,$3
	bne	$2,$0,$L28
	nop

	lw	$3,68($fp)
	lw	$2,72($fp)
	addu	$2,$3,$2
	lw	$3,80($fp)
	slt	$2,$3,$2
	bne	$2,$0,$L27
	nop

$L28:
	li	$2,1			# 0x1
	b	$L29
	nop

$L27:
	move	$2,$0
$L29:
	move	$5,$2
	lui	$2,%hi($LC12)
	addiu	$4,$2,%lo($LC12)
	jal	check
	nop

	lw	$5,68($fp)
	lw	$4,76($fp)
	jal	sys_munmap
	nop

	sltu	$2,$2,1
	andi	$2,$2,0x00ff
	move	$5,$2
	lui	$2,%hi($LC13)
	addiu	$4,$2,%lo($LC13)
	jal	check
	nop

	lw	$5,68($fp)
	lw	$4,76($fp)
	jal	sys_munmap
	nop

	sltu	$2,$2,1
	andi	$2,$2,0x00ff
	move	$5,$2
	lui	$2,%hi($LC14)
	addiu	$4,$2,%lo($LC14)
	jal	check
	nop

	lw	$2,80($fp)
	addiu	$2,$2,1
	li	$5,4096			# 0x1000
	move	$4,$2
	jal	sys_munmap
	nop

	addiu	$2,$2,22
	sltu	$2,$2,1
	andi	$2,$2,0x00ff
	move	$5,$2
	lui	$2,%hi($LC15)
	addiu	$4,$2,%lo($LC15)
	jal	check
	nop

	sw	$0,20($sp)
	li	$2,-1			# 0xffffffffffffffff
	sw	$2,16($sp)
	li	$7,2050			# 0x802
	li	$6,1			# 0x1
	move	$5,$0
	move	$4,$0
	jal	sys_mmap2
	nop

	addiu	$2,$2,22
	sltu	$2,$2,1
	andi	$2,$2,0x00ff
	move	$5,$2
	lui	$2,%hi($LC16)
	addiu	$4,$2,%lo($LC16)
	jal	check
	nop

	sw	$0,20($sp)
	li	$2,3			# 0x3
	sw	$2,16($sp)
	li	$7,2			# 0x2
	li	$6,1			# 0x1
	li	$5,4096			# 0x1000
	move	$4,$0
	jal	sys_mmap2
	nop

	srl	$2,$2,31
	andi	$2,$2,0x00ff
	move	$5,$2
	lui	$2,%hi($LC17)
	addiu	$4,$2,%lo($LC17)
	jal	check
	nop

	sw	$0,20($sp)
	li	$2,-1			# 0xffffffffffffffff
	sw	$2,16($sp)
	li	$7,2066			# 0x812
	li	$6,3			# 0x3
	li	$5,4096			# 0x1000
	li	$4,1342177280			# 0x50000000
	jal	sys_mmap2
	nop

	sw	$2,84($fp)
	lw	$3,84($fp)
	li	$2,-1342177280			# 0xffffffffb0000000
	addu	$2,$3,$2
	sltu	$2,$2,1
	andi	$2,$2,0x00ff
	move	$5,$2
	lui	$2,%hi($LC18)
	addiu	$4,$2,%lo($LC18)
	jal	check
	nop

	lw	$2,84($fp)
	li	$3,7			# 0x7
	sw	$3,0($2)
	lw	$2,84($fp)
	lw	$2,0($2)
	xori	$2,$2,0x7
	sltu	$2,$2,1
	andi	$2,$2,0x00ff
	move	$5,$2
	lui	$2,%hi($LC19)
	addiu	$4,$2,%lo($LC19)
	jal	check
	nop

	jal	flush
	nop

	move	$2,$0
	move	$sp,$fp
	lw	$31,92($sp)
	lw	$fp,88($sp)
	addiu	$sp,$sp,96
	jr	$31
	nop

	.set	macro
	.set	reorder
	.end	main
	.size	main, .-main
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
