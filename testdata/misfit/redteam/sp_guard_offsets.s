# family: stack-pointer
# attack: stores at the largest offsets from sp at the region's top and bottom
# expect: confined
# args: base 0 0 0
	.set	noreorder
	.text
	.globl	graft
	.type	graft, @function
graft:
sw	$zero, 32764($sp)
move	$sp, $a0
sw	$zero, -32768($sp)
jr	$ra
nop
