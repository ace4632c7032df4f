# family: dedicated-registers
# attack: the base register loaded from memory
# expect: refused "a register MiSFIT dedicates (compile with"
	.set	noreorder
	.text
	.globl	graft
	.type	graft, @function
graft:
lw	$s6, 0($a0)
jr	$ra
nop
