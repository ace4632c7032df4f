# family: return-address
# attack: a jal to graft_log with ra written in its delay slot: the export returns to a kernel address
# expect: refused "writes ra in a delay slot"
# route: direct
# local: __misfit_table
	.set	noreorder
	.set	noat
	.text
	.globl	graft
	.type	graft, @function
graft:
lui	$t0, 0x8000
ori	$t0, $t0, 0x180
jal	graft_log
move	$ra, $t0
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
