# A graft that hits a breakpoint.
# expect: refused "break is not allowed"
	.text
	.globl graft
graft:
	break	7
	jr	$ra
	nop
