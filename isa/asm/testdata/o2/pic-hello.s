	.file	1 "hello.c"
	.section .mdebug.abi32
	.previous
	.nan	legacy
	.module	fp=xx
	.module	nooddspreg
	.module	arch=mips32r2
	.abicalls
	.text
	.section	.rodata.str1.4,"aMS",@progbits,1
	.align	2
$LC1:
	.ascii	"hello %f %d %p\012\000"
	.section	.text.startup,"ax",@progbits
	.align	2
	.globl	main
	.set	nomips16
	.set	nomicromips
	.ent	main
	.type	main, @function
main:
	.frame	$sp,40,$31		# vars= 0, regs= 2/0, args= 24, gp= 8
	.mask	0x80010000,-4
	.fmask	0x00000000,0
	.set	noreorder
	.cpload	$25
	.set	nomacro
	addiu	$sp,$sp,-40
	lw	$25,%call16(malloc)($28)
	.cprestore	24
	sw	$16,32($sp)
	sw	$31,36($sp)
	.reloc	1f,R_MIPS_JALR,malloc
1:	jalr	$25
	li	$4,100			# 0x64

	move	$3,$0
	lw	$28,24($sp)
	li	$5,100			# 0x64
	move	$16,$2
	lw	$6,%got(g)($28)
	move	$4,$6
$L2:
	sw	$3,0($4)
	addiu	$3,$3,1
	bne	$3,$5,$L2
	addiu	$4,$4,4

	lw	$4,%got($LC0)($28)
	sltu	$3,$0,$16
	lw	$2,168($6)
	lw	$25,%call16(printf)($28)
	sw	$3,20($sp)
	sw	$2,16($sp)
	lw	$6,%lo($LC0)($4)
	lw	$7,%lo($LC0+4)($4)
	lw	$4,%got($LC1)($28)
	.reloc	1f,R_MIPS_JALR,printf
1:	jalr	$25
	addiu	$4,$4,%lo($LC1)

	lw	$28,24($sp)
	lw	$25,%call16(free)($28)
	.reloc	1f,R_MIPS_JALR,free
1:	jalr	$25
	move	$4,$16

	move	$2,$0
	lw	$31,36($sp)
	lw	$16,32($sp)
	jr	$31
	addiu	$sp,$sp,40

	.set	macro
	.set	reorder
	.end	main
	.size	main, .-main
	.globl	g
	.section	.bss,"aw",@nobits
	.align	2
	.type	g, @object
	.size	g, 400
g:
	.space	400
	.section	.rodata.cst8,"aM",@progbits,8
	.align	3
$LC0:
	.word	0
	.word	1074397184
	.ident	"GCC: (Debian 12.2.0-14) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
