# A graft that calls a kernel function that is not graft-callable.
# expect: refused "not on the graft-callable list"
	.text
	.globl graft
graft:
	addiu	$sp, $sp, -24
	sw	$ra, 20($sp)
	jal	panic
	nop
	lw	$ra, 20($sp)
	jr	$ra
	addiu	$sp, $sp, 24
