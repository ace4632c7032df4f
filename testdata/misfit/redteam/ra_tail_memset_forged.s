# family: return-address
# attack: a tail call to memset with ra forged to a kernel address
# expect: confined
# args: base+0x100 0 16 0
	.set	noreorder
	.text
	.globl	graft
	.type	graft, @function
graft:
lui	$ra, 0x8000
j	memset
nop
