# A graft that widens its sandbox by writing the mask register.
# expect: refused "register MiSFIT dedicates"
	.text
	.globl graft
graft:
	li	$s5, -1
	sw	$zero, 0($a0)
	jr	$ra
	nop
