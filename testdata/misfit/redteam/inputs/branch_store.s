	# Input for the patch attacks: a branch, a checked store, a call to a
	# leaf, a call to an export, a checked return, an sp write.
	.set	noreorder
	.text
	.globl	graft
	.type	graft, @function
graft:
	addiu	$sp, $sp, -24
	sw	$ra, 20($sp)
	bne	$a2, $zero, tgt
	nop
	addiu	$v0, $zero, 1
	.globl	tgt
tgt:
	sw	$zero, 0($a0)
	jal	helper
	nop
	.globl	call_log
call_log:
	jal	graft_log
	move	$a0, $a2
	lw	$ra, 20($sp)
	jr	$ra
	addiu	$sp, $sp, 24
	.type	helper, @function
helper:
	sw	$zero, 4($a1)
	jr	$ra
	nop
	.data
	.globl	dword
dword:
	.word	1, 2, 3, 4
