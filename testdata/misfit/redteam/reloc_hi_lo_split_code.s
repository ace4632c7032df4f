# family: relocations
# attack: a code address built from %hi and %lo of a label plus 4 in two registers and jumped to
# expect: confined
# args: 0x80002000 0 0 0
	.set	noreorder
	.text
	.globl	graft
	.type	graft, @function
graft:
	lui	$t0, %hi(f+4)
	addiu	$t0, $t0, %lo(f+4)
	jr	$t0
	nop
	.type	f, @function
f:
	sw	$zero, 0($a0)
	jr	$ra
	nop
