# A graft that writes a TLB entry.
# expect: refused "privileged instruction"
	.text
	.globl graft
graft:
	tlbwi
	jr	$ra
	nop
