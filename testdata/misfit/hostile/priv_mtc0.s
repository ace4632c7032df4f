# A graft that writes the Status register.
# expect: refused "privileged instruction"
	.text
	.globl graft
graft:
	mtc0	$zero, $12
	jr	$ra
	nop
