# family: stack-pointer
# attack: sp set to a kernel address, then stores through sp
# expect: confined
	.set	noreorder
	.text
	.globl	graft
	.type	graft, @function
graft:
lui	$sp, 0x8000
sw	$ra, 0($sp)
sw	$zero, 4($sp)
jr	$ra
nop
