# A graft that loads a segment register to map kernel memory.
# expect: refused "privileged instruction"
	.text
	.globl graft
graft:
	mtsr	$sr1, $a0
	jr	$ra
	nop
