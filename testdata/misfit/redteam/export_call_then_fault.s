# family: entry-return-stubs
# attack: a call to graft_log, then an access fault after it returns
# expect: confined
	.set	noreorder
	.text
	.globl	graft
	.type	graft, @function
graft:
addiu	$sp, $sp, -24
sw	$ra, 20($sp)
jal	graft_log
nop
lw	$v0, 2($a0)
lw	$ra, 20($sp)
jr	$ra
addiu	$sp, $sp, 24
