# A graft that jumps (not calls) to a graft-callable kernel function with a
# forged return address: the kernel function would return to it.
# expect: confined
	.set	noreorder
	.text
	.globl	graft
graft:
	lui	$ra, 0x8000
	j	graft_log
	nop
