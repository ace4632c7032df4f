# A graft that returns from an exception it never took.
# expect: refused "privileged instruction"
	.text
	.globl graft
graft:
	eret
	nop
