# A graft that returns to an address of its choice (a kernel address).
# expect: confined
	.text
	.globl graft
graft:
	lui	$ra, 0x8000
	jr	$ra
	nop
