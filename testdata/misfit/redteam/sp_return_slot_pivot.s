# family: stack-pointer
# attack: a kernel stack pointer set in a return's delay slot, used after the return by the caller
# expect: confined
	.set	noreorder
	.text
	.globl	graft
	.type	graft, @function
graft:
	addiu	$sp, $sp, -24
	sw	$ra, 20($sp)
	jal	f
	nop
	sw	$zero, 0($sp)
	lw	$ra, 20($sp)
	jr	$ra
	addiu	$sp, $sp, 24
	.type	f, @function
f:
	lui	$t0, 0x8000
	jr	$ra
	move	$sp, $t0
