# A graft that uses the largest offsets from the region edges: they must
# stay in the guard zones.
# expect: confined
	.text
	.globl graft
graft:
	li	$t0, 0xfffc
	addu	$t0, $a0, $t0
	sw	$zero, 32764($t0)
	lw	$v0, -32768($a0)
	lw	$v1, 32764($t0)
	lui	$t1, 0x7fff
	sw	$zero, -32768($t1)
	jr	$ra
	nop
