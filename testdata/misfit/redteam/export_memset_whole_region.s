# family: exports
# attack: memset of the whole region, the graft's own stack included
# expect: confined
# args: base 0 0x10000
	.set	noreorder
	.text
	.globl	graft
	.type	graft, @function
graft:
addiu	$sp, $sp, -24
sw	$ra, 20($sp)
jal	memset
nop
lw	$ra, 20($sp)
jr	$ra
addiu	$sp, $sp, 24
