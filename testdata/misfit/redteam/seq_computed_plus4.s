# family: sequence-entry
# attack: an indirect jump to a taken code address plus 4, inside the sequence the rewriter inserts before a wild store
# expect: confined
# args: 0x80002000 0 0 0
	.set	noreorder
	.text
	.globl	graft
	.type	graft, @function
graft:
	la	$t0, target
	addiu	$t0, $t0, 4
	jr	$t0
	nop
target:
	sw	$zero, 0($a0)
	jr	$ra
	nop
