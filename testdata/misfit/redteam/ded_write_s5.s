# family: dedicated-registers
# attack: the mask register set to all ones
# expect: refused "a register MiSFIT dedicates (compile with"
	.set	noreorder
	.text
	.globl	graft
	.type	graft, @function
graft:
li	$s5, -1
sw	$zero, 0($a0)
jr	$ra
nop
