# family: sequence-entry
# attack: check policy: a branch to a table check that stands between a check of s0 and the store in its jr's delay slot
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
	andi	$s4, $ra, 0xc
	lui	$at, %hi(__misfit_table)
	addu	$s4, $s4, $at
	lw	$s4, %lo(__misfit_table)($s4)
	bne	$s4, $ra, __misfit_fault
	nop
	jr	$s4
	sw	$zero, 36($s0)
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
