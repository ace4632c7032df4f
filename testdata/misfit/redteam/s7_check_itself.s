# family: dedicated-registers
# attack: check policy: a check of s7 itself, after which s7 is 0, then a store through s7
# expect: refused "which the check itself overwrites"
# route: direct
# local: __misfit_table
	.set	noreorder
	.set	noat
	.text
	.globl	graft
	.type	graft, @function
graft:
subu	$s7, $s7, $s6
sltu	$s7, $s5, $s7
bne	$s7, $zero, __misfit_fault
nop
sw	$zero, -8($s7)
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
	.word	1, 1, 0, __misfit_table - graft, 4
