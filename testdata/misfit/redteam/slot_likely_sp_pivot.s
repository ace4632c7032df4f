# family: delay-slots
# attack: a stack pivot to the kernel in the delay slot of a branch-likely, then a store through sp
# expect: refused "write of sp or ra in the delay slot of a branch-likely"
# args: 0 0 16 0
	.set	noreorder
	.text
	.globl	graft
	.type	graft, @function
graft:
	lui	$t0, 0x8000
	bnel	$a2, $zero, 1f
	move	$sp, $t0
1:	sw	$zero, 0($sp)
	jr	$ra
	nop
