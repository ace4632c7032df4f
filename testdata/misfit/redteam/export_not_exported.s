# family: exports
# attack: a call to memmove, callable for the rewriter but not exported by this kernel
# expect: refused "which is not graft-callable"
	.set	noreorder
	.text
	.globl	graft
	.type	graft, @function
graft:
addiu	$sp, $sp, -24
sw	$ra, 20($sp)
jal	memmove
nop
lw	$ra, 20($sp)
jr	$ra
addiu	$sp, $sp, 24
