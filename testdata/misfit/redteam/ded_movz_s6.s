# family: dedicated-registers
# attack: the base register written by a conditional move
# expect: refused "a register MiSFIT dedicates (compile with"
	.set	noreorder
	.text
	.globl	graft
	.type	graft, @function
graft:
movz	$s6, $a0, $zero
jr	$ra
nop
