# family: exports
# attack: memcpy into the graft's own code
# expect: confined
# args: code base+0x100 16
	.set	noreorder
	.text
	.globl	graft
	.type	graft, @function
graft:
addiu	$sp, $sp, -24
sw	$ra, 20($sp)
jal	memcpy
nop
lw	$ra, 20($sp)
jr	$ra
addiu	$sp, $sp, 24
