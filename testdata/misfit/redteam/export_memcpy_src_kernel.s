# family: exports
# attack: memcpy from the graft block into the region
# expect: confined
# args: base+0x100 0x80002000 16
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
