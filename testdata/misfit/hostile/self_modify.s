# A graft that overwrites its own code with a jump to the kernel.
# expect: confined
	.text
	.globl graft
graft:
	lui	$t0, %hi(victim)
	addiu	$t0, $t0, %lo(victim)
	li	$t1, 0x0c000000
	sw	$t1, 0($t0)
victim:
	li	$v0, 5
	jr	$ra
	nop
