# client.s: a client of testdata/psl/counter.s (doc/psl.md). It adds its
# first argument's length to the library's shared total, yields, and prints
# the total it reads after the others have added theirs.
#
#	graftlab asm -c -o counter.o testdata/psl/counter.s
#	graftlab asm -o client.elf testdata/psl/client.s
#	graftlab boot --psl counter.o:add,get client.elf one + client.elf three

	.set	noreorder
	.equ	ADD, 0x60000000		# library 0's service 0: its stub
	.equ	GET, 0x60000010		# service 1
	.text
	.globl	__start
__start:
	lw	$t0, 8($sp)		# argv[1]
	move	$a0, $zero
1:	lbu	$t1, 0($t0)		# its length
	beqz	$t1, 2f
	addiu	$t0, $t0, 1
	b	1b
	addiu	$a0, $a0, 1
2:	li	$t9, ADD
	jalr	$t9			# add(length): a service call
	nop
	li	$v0, 4162		# sched_yield: let the others add
	syscall
	li	$t9, GET
	jalr	$t9			# get()
	nop
	addiu	$t0, $v0, 0x30		# one digit
	la	$t1, msg+6
	sb	$t0, 0($t1)
	li	$a0, 1
	la	$a1, msg
	li	$a2, 8
	li	$v0, 4004
	syscall
	move	$a0, $zero
	li	$v0, 4001
	syscall

	.data
msg:	.ascii	"total N\n"
