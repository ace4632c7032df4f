# lib.s: definitions used by start.s. Rebuild lib.o with regen.sh.
	.set	noreorder
	.text
	.globl	lib_func
	.type	lib_func, @function
	.ent	lib_func
lib_func:
	addiu	$2, $0, 1
	addiu	$2, $2, 1
	addiu	$2, $2, 1
	jr	$31
	nop
	.end	lib_func
	.size	lib_func, . - lib_func

	.globl	lib_func2
	.type	lib_func2, @function
lib_func2:
	lui	$2, %hi(counter)
	jr	$31
	lw	$2, %lo(counter)($2)
	.size	lib_func2, . - lib_func2

	.weak	overridden
	.type	overridden, @function
overridden:
	jr	$31
	nop

	.data
	.globl	counter
	.type	counter, @object
counter:
	.word	42, 43
	.size	counter, 8

	.section .sdata, "aw"
	.globl	small_var
	.type	small_var, @object
small_var:
	.word	7
	.size	small_var, 4

	.bss
	.globl	table
	.type	table, @object
	.align	4
table:
	.space	0x20000
	.size	table, 0x20000

	.comm	cbuf, 64, 16
