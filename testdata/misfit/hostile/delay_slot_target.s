# A graft that branches into a delay slot.
# expect: refused "branch into the delay slot"
	.set noreorder
	.text
	.globl graft
graft:
	beq	$a0, $zero, 1f
	nop
	b	2f
1:	sw	$zero, 0($a0)
2:	jr	$ra
	nop
