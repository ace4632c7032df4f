# family: return-address
# attack: ra loaded from memory the graft controls, then returned through
# expect: confined
	.set	noreorder
	.text
	.globl	graft
	.type	graft, @function
graft:
lui	$t0, 0x8000
sw	$t0, 0($a0)
lw	$ra, 0($a0)
jr	$ra
nop
