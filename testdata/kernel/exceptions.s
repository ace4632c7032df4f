# exceptions.s: takes every kind of exception the nanokernel hands to user
# code, handles it and carries on, checking what the handler was told and
# that the interrupted code's registers survive. Assembled twice by
# kernel/exceptions_test.go: EXO=0 for the conventional personality (signal
# handlers, sigreturn), EXO=1 for the exokernel one (straight to the user's
# handler, resumed without the kernel). Prints "ok NAME" or "FAIL NAME" per
# case and exits with the number of failures.

	.set	noreorder
	.equ	REC, 0x7100		# the handler's record, in the u-page:
					# +0 signal, +4 Cause, +8 BadVAddr, +12 EPC

	.macro	SAY str
	.section .rodata
9:	.asciz	"\str\n"
	.text
	la	$a0, 9b
	jal	puts
	nop
	.endm

# TEST name, signal, exception code, instruction(s) that fault; s5 holds
# the expected BadVAddr (checked when CHECKBAD is 1).
	.macro	TEST name, sig, code, checkbad, fault:vararg
	sw	$zero, REC($zero)
	sw	$zero, REC+12($zero)
	li	$t0, 0x10101010
	li	$t1, 0x11111111
	li	$t2, 0x12121212
	li	$t4, 0x14141414
	li	$t9, 0x19191919
	li	$s0, 0x20202020
	li	$v1, 0x03030303
	li	$a1, 0x05050505
	li	$gp, 0x1c1c1c1c
	mthi	$t4
	mtlo	$t9
8:	\fault
	nop
	# registers survive
	li	$t3, 0x10101010
	bne	$t0, $t3, 7f
	li	$t3, 0x11111111
	bne	$t1, $t3, 7f
	li	$t3, 0x12121212
	bne	$t2, $t3, 7f
	li	$t3, 0x14141414
	bne	$t4, $t3, 7f
	li	$t3, 0x19191919
	bne	$t9, $t3, 7f
	li	$t3, 0x20202020
	bne	$s0, $t3, 7f
	li	$t3, 0x03030303
	bne	$v1, $t3, 7f
	li	$t3, 0x05050505
	bne	$a1, $t3, 7f
	li	$t3, 0x1c1c1c1c
	bne	$gp, $t3, 7f
	mfhi	$t3
	bne	$t3, $t4, 7f
	mflo	$t3
	bne	$t3, $t9, 7f
	# what the handler saw
	lw	$t3, REC+12($zero)
	la	$t4, 8b
	bne	$t3, $t4, 7f
	lw	$t3, REC+4($zero)
	andi	$t3, $t3, 0x7c
	li	$t4, \code << 2
	bne	$t3, $t4, 7f
	nop
	.if	\checkbad
	lw	$t3, REC+8($zero)
	bne	$t3, $s5, 7f
	nop
	.endif
	.if	EXO == 0
	lw	$t3, REC($zero)
	li	$t4, \sig
	bne	$t3, $t4, 7f
	nop
	.endif
	SAY	"ok \name"
	b	6f
	nop
7:	SAY	"FAIL \name"
	addiu	$s7, $s7, 1
6:
	.endm

	.text
	.globl	__start
__start:
	move	$s7, $zero		# failures
	.if	EXO
	la	$a0, handler
	li	$a1, 0x7000		# the save area
	li	$v0, 3			# EXO_SET_HANDLER
	syscall
	bnez	$v0, fatal
	nop
	.else
	.irp	sig, 4, 5, 8, 10, 11
	li	$a0, \sig
	la	$a1, handler
	li	$v0, 4048		# signal
	syscall
	bnez	$a3, fatal
	nop
	.endr
	.endif

	la	$s6, word
	addiu	$s5, $s6, 1
	TEST	unaligned-load, 10, 4, 1, lw $t3, 1($s6)
	addiu	$s5, $s6, 2
	TEST	unaligned-store, 10, 5, 1, sw $t3, 2($s6)
	li	$s4, 0x7fffffff
	TEST	overflow, 8, 12, 0, add $t3, $s4, $s4
	TEST	coprocessor, 4, 11, 0, .word 0x440b0000
	la	$s5, rodata
	TEST	read-only-page, 11, 1, 1, sw $zero, 0($s5)
	TEST	break, 5, 9, 0, break 3
	TEST	trap-divide-by-zero, 8, 13, 0, teq $zero, $zero, 7
	TEST	reserved-instruction, 4, 10, 0, .word 0x70000030
	li	$s5, 0x00600000
	TEST	unmapped-page, 11, 2, 1, lw $t3, 0($s5)
	li	$s5, 0x50000000
	TEST	invalid-segment, 11, 16, 1, lw $t3, 0($s5)
	li	$s5, 0x80001000
	TEST	kernel-address, 10, 4, 1, lw $t3, 0($s5)

	.if	EXO == 0
	SAY	"system calls"
	li	$v0, 4020		# getpid
	syscall
	li	$t3, 1
	bne	$v0, $t3, 5f
	nop
	bnez	$a3, 5f
	nop
	li	$v0, 4999		# ENOSYS
	syscall
	li	$t3, 89
	bne	$v0, $t3, 5f
	li	$t3, 1
	bne	$a3, $t3, 5f
	nop
	SAY	"ok syscalls"
	b	4f
	nop
5:	SAY	"FAIL syscalls"
	addiu	$s7, $s7, 1
4:
	.else
	li	$v0, 0			# EXO_NULL
	syscall
	li	$v0, 99			# no such call
	syscall
	li	$t3, -89
	bne	$v0, $t3, 5f
	nop
	SAY	"ok syscalls"
	b	4f
	nop
5:	SAY	"FAIL syscalls"
	addiu	$s7, $s7, 1
4:
	.endif
	move	$a0, $s7
	b	exit
	nop
fatal:
	li	$a0, 100
exit:
	.if	EXO
	li	$v0, 2
	.else
	li	$v0, 4001
	.endif
	syscall

# puts(a0): print a NUL-terminated string.
puts:
	.if	EXO
	move	$t5, $a0
1:	lbu	$a0, 0($t5)
	beqz	$a0, 2f
	nop
	li	$v0, 1			# EXO_PUTC
	syscall
	b	1b
	addiu	$t5, $t5, 1
2:	jr	$ra
	nop
	.else
	move	$t5, $a0
	move	$a1, $a0
1:	lbu	$t6, 0($t5)
	bnez	$t6, 1b
	addiu	$t5, $t5, 1
	subu	$a2, $t5, $a1
	addiu	$a2, $a2, -1
	li	$a0, 1
	li	$v0, 4004		# write
	syscall
	jr	$ra
	nop
	.endif

	.if	EXO
# t0 = EPC, t1 = Cause, t2 = BadVAddr; t0-t2 saved at 0x7000.
handler:
	sw	$t0, REC+12($zero)
	sw	$t1, REC+4($zero)
	sw	$t2, REC+8($zero)
	addiu	$t0, $t0, 4
	lw	$t1, 0x7004($zero)
	lw	$t2, 0x7008($zero)
	jr	$t0
	lw	$t0, 0x7000($zero)
	.else
# a0 = signal, a2 = signal context (regs, hi, lo, pc, cause, badvaddr).
handler:
	sw	$a0, REC($zero)
	lw	$t0, 140($a2)
	sw	$t0, REC+4($zero)
	lw	$t0, 144($a2)
	sw	$t0, REC+8($zero)
	lw	$t0, 136($a2)
	sw	$t0, REC+12($zero)
	addiu	$t0, $t0, 4
	jr	$ra
	sw	$t0, 136($a2)
	.endif

	.data
	.align	3
word:	.word	0, 0
	.section .rodata
	.align	2
rodata:	.word	0
