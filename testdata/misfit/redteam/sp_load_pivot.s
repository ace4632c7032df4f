# family: stack-pointer
# attack: sp loaded from a region word holding a kernel address
# expect: confined
	.set	noreorder
	.text
	.globl	graft
	.type	graft, @function
graft:
lui	$t0, 0x8000
sw	$t0, 0($a0)
lw	$sp, 0($a0)
sw	$zero, 0($sp)
jr	$ra
nop
