# family: stack-pointer
# attack: in a 4 KiB region, stores at the largest offsets from the region's edges through sp and a sandboxed pointer
# expect: confined
# args: base top-4 0 0
# region: 0x1000
	.set	noreorder
	.text
	.globl	graft
	.type	graft, @function
graft:
sw	$zero, 32764($sp)
move	$sp, $a0
sw	$zero, -32768($sp)
sw	$zero, 32764($a1)
jr	$ra
nop
