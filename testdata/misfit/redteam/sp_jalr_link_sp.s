# family: stack-pointer
# attack: a jalr that links into sp, making sp a code address
# expect: refused "jalr links into a dedicated register"
# route: direct
# local: __misfit_table
	.set	noreorder
	.set	noat
	.text
	.globl	graft
	.type	graft, @function
graft:
andi	$s4, $ra, 0xc
lui	$at, %hi(__misfit_table)
addu	$s4, $s4, $at
lw	$s4, %lo(__misfit_table)($s4)
bne	$s4, $ra, __misfit_fault
nop
jalr	$sp, $s4
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
