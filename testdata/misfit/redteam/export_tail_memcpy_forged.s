# family: exports
# attack: a tail call to memcpy with ra forged to a kernel address
# expect: confined
# args: base+0x100 base+0x200 16
	.set	noreorder
	.text
	.globl	graft
	.type	graft, @function
graft:
lui	$ra, 0x8000
j	memcpy
nop
