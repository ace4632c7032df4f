# A graft that stores to a kernel address and to the region of another graft.
# expect: confined
	.text
	.globl graft
graft:
	lui	$t0, 0x8000
	sw	$a0, 0($t0)
	lui	$t0, 0x0040
	sw	$a0, 0x100($t0)
	li	$v0, 1
	jr	$ra
	nop
