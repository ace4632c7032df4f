# start.s: entry point and callers. Exercises every relocation type that
# package loader applies, against global, local, weak, common and section
# symbols. Rebuild start.o with regen.sh.
	.set	noreorder
	.text
	.globl	__start
	.ent	__start
__start:
	lui	$gp, %hi(_gp)
	addiu	$gp, $gp, %lo(_gp)
	# Two R_MIPS_HI16 sharing one R_MIPS_LO16.
	lui	$4, %hi(counter)
	lui	$5, %hi(counter)
	lw	$6, %lo(counter)($4)
	# HI16/LO16 whose low half is negative, so the high half carries.
	lui	$7, %hi(table + 0x1fffc)
	lw	$7, %lo(table + 0x1fffc)($7)
	# R_MIPS_LO16 alone.
	addiu	$8, $0, %lo(counter + 4)
	# R_MIPS_26 to a global, with an addend, and to a local label.
	jal	lib_func
	nop
	jal	lib_func + 8
	nop
	jal	local_helper
	nop
	# R_MIPS_26 with a negative addend (sign-extended for a global).
	jal	lib_func2 - 4
	nop
	# R_MIPS_PC16 to a global, with an addend.
	bal	lib_func2
	nop
	b	lib_func + 4
	nop
	# R_MIPS_GPREL16 to a global and to a local in .sdata, and to a small common.
	lw	$9, %gp_rel(small_var)($gp)
	lw	$10, %gp_rel(local_small + 4)($gp)
	lw	$11, %gp_rel(csmall)($gp)
	# Weak undefined: resolves to 0.
	lui	$12, %hi(weak_missing)
	addiu	$12, $12, %lo(weak_missing)
	# Commons, a local common and a weak symbol overridden by a strong one.
	lui	$13, %hi(cbuf + 16)
	addiu	$13, $13, %lo(cbuf + 16)
	lui	$14, %hi(lbuf)
	addiu	$14, $14, %lo(lbuf)
	lui	$15, %hi(overridden)
	lw	$15, %lo(overridden)($15)
	lui	$16, %hi(message)
	addiu	$16, $16, %lo(message)
	# HI16/LO16 pairs whose low halves put the sum on either side of a
	# carry into the high half, wherever table ends up.
	.irp	off, 0x1000, 0x3000, 0x5000, 0x7000, 0x7f00, 0x9000, 0xb000, 0xd000, 0xf000
	lui	$24, %hi(table + \off)
	addiu	$24, $24, %lo(table + \off)
	.endr
1:	b	1b
	nop
	.end	__start

	.type	local_helper, @function
local_helper:
	jr	$31
	nop
	.size	local_helper, . - local_helper

	.data
	.globl	pointers
	.type	pointers, @object
pointers:
	.word	lib_func, local_helper, table + 8, pointers + 4, counter + 4, message + 2
	.size	pointers, . - pointers
	# Non-PIC GNU as turns .gpword into .word, so ask for R_MIPS_GPREL32.
	.reloc	2f, R_MIPS_GPREL32, small_var
2:	.word	8

	.section .sdata, "aw"
	.align	2
local_small:
	.word	1, 2

	.section .rodata
message:
	.asciz	"graftlab"

	.comm	cbuf, 32, 8
	.comm	csmall, 4, 4
	.lcomm	lbuf, 24
	.weak	weak_missing
