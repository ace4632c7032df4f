# cclient.s: a client of the C library names.c (doc/psl.md): it opens a
# handle, sets key 7 to its argument's length, and prints what it looks
# up for keys 7 and 8.
#
#	graftlab boot --psl testdata/psl/names.o:names_open,names_set,names_lookup cclient.elf hello

	.set	noreorder
	.text
	.globl	__start
__start:
	lw	$s1, 8($sp)		# argv[1]
	move	$s2, $zero
1:	lbu	$t1, 0($s1)		# its length
	beqz	$t1, 2f
	addiu	$s1, $s1, 1
	b	1b
	addiu	$s2, $s2, 1
2:	li	$t9, 0x60000000		# names_open()
	jalr	$t9
	nop
	move	$s0, $v0
	move	$a0, $s0		# names_set(handle, 7, length)
	li	$a1, 7
	move	$a2, $s2
	li	$t9, 0x60000010
	jalr	$t9
	nop
	li	$s3, 7
3:	move	$a0, $s0		# names_lookup(handle, key)
	move	$a1, $s3
	li	$t9, 0x60000020
	jalr	$t9
	nop
	addiu	$t0, $v0, 0x30		# one digit, or '/' for -1
	la	$t1, msg+6
	sb	$t0, 0($t1)
	addiu	$t0, $s3, 0x30
	la	$t1, msg+4
	sb	$t0, 0($t1)
	li	$a0, 1
	la	$a1, msg
	li	$a2, 8
	li	$v0, 4004
	syscall
	addiu	$s3, $s3, 1
	sltiu	$t0, $s3, 9
	bnez	$t0, 3b
	nop
	move	$a0, $zero
	li	$v0, 4001
	syscall

	.data
msg:	.ascii	"key K=V\n"
