# A graft that forges ra and branches (not calls) to a leaf function, whose
# return would otherwise be left unchecked.
# expect: confined
	.set	noreorder
	.text
	.globl	graft
	.type	graft, @function
graft:
	lui	$ra, 0x8000
	b	leaf
	nop
	.type	leaf, @function
leaf:
	jr	$ra
	addiu	$v0, $zero, 1
