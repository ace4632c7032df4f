# family: delay-slots
# attack: a write of ra in the delay slot of a jalr
# expect: refused "the delay slot of a call uses ra"
	.set	noreorder
	.text
	.globl	graft
	.type	graft, @function
graft:
	la	$t0, f
	lui	$t1, 0x8000
	jalr	$t0
	move	$ra, $t1
	jr	$ra
	nop
	.type	f, @function
f:
	jr	$ra
	nop
