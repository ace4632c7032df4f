	# A hand-made rewritten object (check policy): graft returns at once;
	# body checks s0 and stores through it, then checks t9 and stores
	# through it. The patches add entry symbols on the stores.
	.set	noreorder
	.set	noat
	.text
	.globl	graft
	.type	graft, @function
graft:
	j	misfit_return
	addiu	$v0, $zero, 1
	.globl	body
	.type	body, @function
body:
	subu	$s7, $s0, $s6
	sltu	$s7, $s5, $s7
	bne	$s7, $zero, __misfit_fault
	nop
	sw	$t0, 36($s0)
	subu	$s7, $t9, $s6
	sltu	$s7, $s5, $s7
	bne	$s7, $zero, __misfit_fault
	nop
	sw	$zero, 0($t9)
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
