# ping.s: an environment of the boot list that takes turns with pong.s:
# it prints "ping N" and gives the processor away with sched_yield, five
# times. Build and run (doc/kernel.md, "Several programs"):
#
#	graftlab asm -o ping.elf testdata/kernel/ping.s
#	graftlab asm -o pong.elf testdata/kernel/pong.s
#	graftlab boot ping.elf + pong.elf

	.set	noreorder
	.text
	.globl	__start
__start:
	li	$s0, 1
1:	la	$t0, msg+5
	addiu	$t1, $s0, 0x30		# the round's digit
	sb	$t1, 0($t0)
	li	$a0, 1			# write(1, msg, 7)
	la	$a1, msg
	li	$a2, 7
	li	$v0, 4004
	syscall
	li	$v0, 4162		# sched_yield
	syscall
	addiu	$s0, $s0, 1
	sltiu	$t0, $s0, 6
	bnez	$t0, 1b
	nop
	move	$a0, $zero		# exit(0)
	li	$v0, 4001
	syscall

	.data
msg:	.ascii	"ping N\n"
