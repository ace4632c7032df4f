	# A hand-made rewritten object (check policy) for the HI16/LO16 pairing
	# attack: a table check of a0 = 0x80000180, a decoy LO16 against the
	# table with addend -4, and at .text+0x8000 a checked "lb $0, 0x180($0)"
	# whose word is 0x80000180; the table sits at .text+0x18000.
	.set	noreorder
	.set	noat
	.text
	.globl	graft
	.type	graft, @function
graft:
	lui	$a0, 0x8000
	ori	$a0, $a0, 0x180
	andi	$s4, $a0, 0xc
	lui	$at, %hi(__misfit_table)
	addu	$s4, $s4, $at
	lw	$s4, %lo(__misfit_table)($s4)
	bne	$s4, $a0, __misfit_fault
	nop
	jr	$s4
	nop
	.globl	decoy
decoy:
	addiu	$t1, $zero, %lo(__misfit_table-4)
	.org	0x7ff0
	subu	$s7, $zero, $s6
	sltu	$s7, $s5, $s7
	bne	$s7, $zero, __misfit_fault
	nop
	.word	0x80000180
	.org	0x17ff0
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
