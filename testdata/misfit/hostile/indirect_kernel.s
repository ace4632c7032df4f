# A graft that calls a kernel address through a register.
# expect: confined
	.text
	.globl graft
graft:
	lui	$t0, 0x8000
	addiu	$t0, $t0, 0x180
	jalr	$t0
	nop
	jr	$ra
	nop
