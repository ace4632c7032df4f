# A graft that stops the processor.
# expect: refused "privileged instruction"
	.text
	.globl graft
graft:
	wait
	jr	$ra
	nop
