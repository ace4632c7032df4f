# family: return-address
# attack: a jalr through a kernel address held in a register
# expect: confined
	.set	noreorder
	.text
	.globl	graft
	.type	graft, @function
graft:
lui	$t0, 0x8000
ori	$t0, $t0, 0x180
jalr	$t0
nop
jr	$ra
nop
