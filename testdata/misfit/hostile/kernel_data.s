# A graft that takes the address of a kernel variable.
# expect: refused "a graft may only call kernel functions"
	.text
	.globl graft
graft:
	lui	$v0, %hi(current_process)
	lw	$v0, %lo(current_process)($v0)
	jr	$ra
	nop
