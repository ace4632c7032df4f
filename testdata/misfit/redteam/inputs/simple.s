	# Input for the section and note patches: returns 7.
	.set	noreorder
	.text
	.globl	graft
	.type	graft, @function
graft:
	jr	$ra
	addiu	$v0, $zero, 7
