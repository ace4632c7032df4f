# counter.s: a protected shared library for the tests and doc/psl.md.
# Its data is shared by every client; its services run with the client's
# private memory closed.
#
#	add(a0) -> v0: the total after adding a0
#	get() -> v0: the total
#	peek(a0) -> v0: the word at a0 (a test: a client's address faults)
#	spin(): loops forever (a test: the timer still preempts it)
#	relay(a0) -> v0: library 1's service 0 of a0, plus 1000 (a nested call)

	.set	noreorder
	.text
	.globl	add
	.type	add, @function
add:
	lui	$t0, %hi(total)
	lw	$v0, %lo(total)($t0)
	addu	$v0, $v0, $a0
	jr	$ra
	sw	$v0, %lo(total)($t0)

	.globl	get
	.type	get, @function
get:
	lui	$t0, %hi(total)
	jr	$ra
	lw	$v0, %lo(total)($t0)

	.globl	peek
	.type	peek, @function
peek:
	jr	$ra
	lw	$v0, 0($a0)

	.globl	spin
	.type	spin, @function
spin:
1:	b	1b
	nop

	.globl	relay
	.type	relay, @function
relay:
	addiu	$sp, $sp, -8
	sw	$ra, 4($sp)
	li	$t9, 0x60000400		# library 1's service 0, through its stub
	jalr	$t9
	nop
	lw	$ra, 4($sp)
	addiu	$sp, $sp, 8
	jr	$ra
	addiu	$v0, $v0, 1000

	.data
	.align	2
total:	.word	0
