# family: delay-slots
# attack: sandbox policy: the and of an s7 pair in a branch's delay slot, its or after it, then a store through s7
# expect: refused "a taken branch would run only its first instruction"
# route: direct
# local: __misfit_table
# args: 0x80000100 0 0 0
	.set	noreorder
	.set	noat
	.text
	.globl	graft
	.type	graft, @function
graft:
	b	1f
	and	$s7, $a0, $s5
	or	$s7, $s7, $s6
1:	sw	$zero, 0($s7)
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
