# A stack pivot in the delay slot of a return, then a push through the
# pivoted stack by the caller.
# expect: confined
	.set noreorder
	.text
	.globl graft
graft:
	move	$t8, $ra
	jal	pivot
	nop
	sw	$a0, 0($sp)
	sw	$a0, -4($sp)
	jr	$t8
	nop
pivot:
	lui	$t0, 0x7fff
	jr	$ra
	move	$sp, $t0
