# family: return-address
# attack: a checked jalr that links into $0 enters a leaf function with ra forged to a kernel address
# expect: refused "the graft has indirect jumps that are not returns"
# route: direct
# local: __misfit_table
	.set	noreorder
	.set	noat
	.text
	.globl	graft
	.type	graft, @function
graft:
lui	$ra, 0x8000
ori	$ra, $ra, 0x180
la	$t1, leaf
andi	$s4, $t1, 0xc
lui	$at, %hi(__misfit_table)
addu	$s4, $s4, $at
lw	$s4, %lo(__misfit_table)($s4)
bne	$s4, $t1, __misfit_fault
nop
jalr	$zero, $s4
nop
	j	misfit_return
	nop
	.type	leaf, @function
leaf:
	jr	$ra
	addiu	$v0, $zero, 3
	.type	pad, @function
pad:
	j	misfit_return
	nop
	.align	4
	.globl	__misfit_return
__misfit_return:
	j	misfit_return
	nop
__misfit_fault:
	j	misfit_fault
	nop
	.globl	__misfit_table
__misfit_table:
	.word	leaf, leaf, leaf, leaf
	.section .note.graftlab.misfit,"",@note
	.word	9, 20, 1
	.ascii	"graftlab\0\0\0\0"
	.word	1, 0, 0, __misfit_table - graft, 4
