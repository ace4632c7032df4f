# family: delay-slots
# attack: sandbox policy: the and of sp's sandbox pair in a branch's delay slot, its or after: the branch skips the or
# expect: refused "a taken branch would run only its first instruction"
# route: direct
# local: __misfit_table
	.set	noreorder
	.set	noat
	.text
	.globl	graft
	.type	graft, @function
graft:
	lui	$sp, 0x8000
	b	1f
	and	$sp, $sp, $s5
	or	$sp, $sp, $s6
1:	sw	$zero, -4($sp)
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
