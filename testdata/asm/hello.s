# hello.s: write a line with the write system call, then exit with status 0.
# Assemble, link and run it on graftlab:
#   graftlab asm -o hello testdata/asm/hello.s && graftlab run --stats hello

	.text
	.globl	__start
	.ent	__start
__start:
	li	$a0, 1			# stdout
	la	$a1, msg
	li	$a2, msglen
	li	$v0, 4004		# write
	syscall
	li	$a0, 0
	li	$v0, 4001		# exit
	syscall
	.end	__start

	.section .rodata
msg:	.ascii	"hello from graftlab\n"
	.set	msglen, . - msg
