# A graft that moves its stack into kernel memory and pushes to it.
# expect: confined
	.text
	.globl graft
graft:
	move	$t9, $sp
	lui	$sp, 0x8001
	addiu	$sp, $sp, -64
	sw	$ra, 0($sp)
	sw	$a0, 4($sp)
	lw	$ra, 0($sp)
	move	$sp, $t9
	jr	$ra
	nop
