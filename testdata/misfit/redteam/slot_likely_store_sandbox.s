# family: delay-slots
# attack: sandbox policy: a wild store in the delay slot of a taken branch-likely
# expect: confined
# policy: sandbox
# args: 0x80002000 0 0 0
	.set	noreorder
	.text
	.globl	graft
	.type	graft, @function
graft:
	beql	$a2, $a2, 1f
	sw	$zero, 0($a0)
1:	jr	$ra
	nop
