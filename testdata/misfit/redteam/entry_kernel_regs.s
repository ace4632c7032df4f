# family: entry-return-stubs
# attack: a graft that returns the registers the stub does not set, summed: a kernel value left over would leak
# expect: confined
# route: direct
# local: __misfit_table
# check: registers
	.set	noreorder
	.set	noat
	.text
	.globl	graft
	.type	graft, @function
graft:
addu	$v0, $s0, $s1
addu	$v0, $v0, $t9
addu	$v0, $v0, $gp
addu	$v0, $v0, $fp
addu	$v0, $v0, $at
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
	.word	__misfit_return, __misfit_return, __misfit_return, __misfit_return
	.section .note.graftlab.misfit,"",@note
	.word	9, 20, 1
	.ascii	"graftlab\0\0\0\0"
	.word	1, 0, 0, __misfit_table - graft, 4
