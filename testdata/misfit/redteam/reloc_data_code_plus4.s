# family: relocations
# attack: a data word holding a function's address plus 4, loaded and jumped to
# expect: confined
# args: 0x80002000 0 0 0
	.set	noreorder
	.text
	.globl	graft
	.type	graft, @function
graft:
	la	$t0, ptr
	lw	$t0, 0($t0)
	jr	$t0
	nop
	.type	f, @function
f:
	sw	$zero, 0($a0)
	jr	$ra
	nop
	.data
ptr:
	.word	f+4
