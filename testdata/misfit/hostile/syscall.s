# A graft that makes a system call.
# expect: refused "syscall is not allowed"
	.text
	.globl graft
graft:
	li	$v0, 4001
	syscall
	jr	$ra
	nop
