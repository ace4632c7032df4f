# family: sequence-entry
# attack: a jalr to a return site plus 4, past the check that follows the call
# expect: confined
# args: 0x80002000 0 0 0
	.set	noreorder
	.text
	.globl	graft
	.type	graft, @function
graft:
	addiu	$sp, $sp, -24
	sw	$ra, 20($sp)
	jal	graft_log
	nop
site:
	sw	$zero, 0($a0)
	la	$t0, site
	jalr	$t0
	addiu	$t0, $t0, 4
	lw	$ra, 20($sp)
	jr	$ra
	addiu	$sp, $sp, 24
