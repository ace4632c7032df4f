# A graft that writes the sandboxed-address register, then stores through it.
# expect: refused "register MiSFIT dedicates"
	.text
	.globl graft
graft:
	lui	$s7, 0x8000
	sw	$zero, 0($s7)
	jr	$ra
	nop
