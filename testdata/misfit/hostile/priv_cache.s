# A graft that invalidates cache lines.
# expect: refused "privileged instruction"
	.text
	.globl graft
graft:
	cache	0x10, 0($a0)
	jr	$ra
	nop
