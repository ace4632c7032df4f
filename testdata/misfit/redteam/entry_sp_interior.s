# family: entry-return-stubs
# attack: sandbox policy: entry symbol on the or of sp's sandbox, after an sp pivot that the kernel's entry skips
# expect: refused "is inside an inserted sequence"
# route: direct
# local: __misfit_table
# entry: mid2
	.set	noreorder
	.set	noat
	.text
	.globl	graft
	.type	graft, @function
graft:
	jr	$ra
	nop
	.globl	mid
	.type	mid, @function
mid:
	lui	$sp, 0x8000
	and	$sp, $sp, $s5
	.globl	mid2
	.type	mid2, @function
mid2:
	or	$sp, $sp, $s6
	sw	$zero, 0($sp)
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
