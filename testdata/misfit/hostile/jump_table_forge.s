# A graft that computes a jump target a few instructions into its own code:
# after rewriting, that address lies inside an inserted sequence, so the
# target check must refuse it. (Unrewritten, the target is an ordinary
# instruction and the graft just loops.)
# expect: confined
# original: harmless
	.text
	.globl graft
graft:
	lui	$t0, %hi(graft)
	addiu	$t0, $t0, %lo(graft)
	addiu	$t0, $t0, 12
	jr	$t0
	nop
	sw	$zero, 0($a0)
	jr	$ra
	nop
