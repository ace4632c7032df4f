# family: entry-return-stubs
# attack: an entry symbol in .data holding instruction words (mtc0 $zero, $12)
# expect: refused "graft refused"
# route: direct
# local: __misfit_table
# entry: evil
	.set	noreorder
	.set	noat
	.text
	.globl	graft
	.type	graft, @function
graft:
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
	.data
	.globl	evil
evil:
	.word	0x40806000, 0x00000000, 0x03e00008, 0x00000000
	.section .note.graftlab.misfit,"",@note
	.word	9, 20, 1
	.ascii	"graftlab\0\0\0\0"
	.word	1, 0, 0, __misfit_table - graft, 4
