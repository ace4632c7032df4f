# family: return-address
# attack: a non-linking jump to a leaf function with ra forged to a kernel address
# expect: confined
	.set	noreorder
	.text
	.globl	graft
	.type	graft, @function
graft:
	lui	$ra, 0x8000
	j	leaf
	nop
	.type	leaf, @function
leaf:
	jr	$ra
	addiu	$v0, $zero, 1
