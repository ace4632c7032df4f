# A graft that forges ra and runs into a leaf function from the code before
# it, instead of calling it.
# expect: confined
	.set	noreorder
	.text
	.globl	graft
	.type	graft, @function
graft:
	lui	$ra, 0x8000
	addiu	$ra, $ra, 0x180
	.type	leaf, @function
leaf:
	jr	$ra
	addiu	$v0, $zero, 1
