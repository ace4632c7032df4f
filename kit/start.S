# start.S: the entry point and system-call wrapper of the graftlab kit, for
# C programs built without a C library (see README.md in this directory).
#
# The kernel (Linux, qemu-mipsel, or graftlab's user mode) starts __start
# with sp pointing at argc, followed by argv[], NULL, envp[], NULL and the
# auxiliary vector. __start calls main(argc, argv, envp) and then
# exit(main's result). exit here is weak: lib.c's exit, which flushes the
# output buffer first, replaces it when lib.c is linked.
	.set	noreorder
	.text

	.globl	__start
	.ent	__start
	.type	__start, @function
__start:
	lui	$gp, %hi(_gp)
	addiu	$gp, $gp, %lo(_gp)
	lw	$a0, 0($sp)		# argc
	addiu	$a1, $sp, 4		# argv
	sll	$t0, $a0, 2
	addu	$a2, $a1, $t0
	addiu	$a2, $a2, 4		# envp = argv + argc + 1
	jal	main
	addiu	$sp, $sp, -16		# (delay slot) the o32 argument save area
	jal	exit
	move	$a0, $v0		# (delay slot)
	break	0x3ff			# exit does not return
	.end	__start
	.size	__start, .-__start

# void _exit(int status): exit_group, without flushing anything.
	.globl	_exit
	.ent	_exit
	.type	_exit, @function
_exit:
	li	$v0, 4246		# exit_group
	syscall
	break	0x3ff			# exit_group does not return
	.end	_exit
	.size	_exit, .-_exit

# void exit(int status): _exit, unless lib.c provides the flushing one.
	.weak	exit
	.ent	exit
	.type	exit, @function
exit:
	j	_exit
	nop
	.end	exit
	.size	exit, .-exit

# long __syscall(long a0, long a1, long a2, long a3, long a4, long a5, long number)
#
# The o32 convention puts the fifth to seventh arguments at sp+16, sp+20 and
# sp+24, which is where the system call looks for its fifth and sixth: only
# the number needs moving. Returns the result, or -errno.
	.globl	__syscall
	.ent	__syscall
	.type	__syscall, @function
__syscall:
	lw	$v0, 24($sp)
	syscall
	bnez	$a3, 1f
	nop
	jr	$ra
	nop
1:	jr	$ra
	subu	$v0, $zero, $v0
	.end	__syscall
	.size	__syscall, .-__syscall

# The stack is not executable.
	.section .note.GNU-stack, "", @progbits
