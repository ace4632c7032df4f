# family: sequence-entry
# attack: check policy: a branch to the branch whose delay slot holds a store checked before that branch, skipping the check
# expect: refused "is inside an inserted sequence"
# route: direct
# local: __misfit_table
# args: base+0x1000 0 16 0
	.set	noreorder
	.set	noat
	.text
	.globl	graft
	.type	graft, @function
graft:
	bne	$a2, $zero, inner
	nop
	subu	$s7, $s0, $s6
	sltu	$s7, $s5, $s7
	bne	$s7, $zero, __misfit_fault
	nop
inner:
	b	out
	sw	$zero, 36($s0)
out:
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
