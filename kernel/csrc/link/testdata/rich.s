# rich.s: a graft with every kind of section and relocation the graft
# linker applies, for the differential tests (the suite's rewritten grafts
# have no data): .rodata, .data, a second data section aligned to 64, .bss;
# R_MIPS_32 against code and data with addends, HI16/LO16 pairs (and two
# LO16s sharing one HI16), calls to a local function and to an export, a
# branch, function pointers in data; a global untyped entry.
	.set	noreorder
	.text
	.globl	rich_main
	.type	rich_main, @function
rich_main:
	addiu	$sp, $sp, -24
	sw	$ra, 20($sp)
	lui	$t0, %hi(table+8)
	lw	$t1, %lo(table+8)($t0)
	lui	$t2, %hi(counter)
	lw	$t3, %lo(counter)($t2)
	addu	$t3, $t3, $t1
	sw	$t3, %lo(counter)($t2)
	jal	helper
	move	$a0, $t3
	beq	$v0, $zero, 1f
	nop
	lui	$a0, %hi(buf+16)
	addiu	$a0, $a0, %lo(buf+16)
	lui	$a1, %hi(big)
	addiu	$a1, $a1, %lo(big)
	jal	memcpy
	li	$a2, 32
1:	lw	$ra, 20($sp)
	jr	$ra
	addiu	$sp, $sp, 24

	.globl	helper
	.type	helper, @function
helper:
	lui	$t0, %hi(fnptrs)
	lw	$t0, %lo(fnptrs)($t0)
	jr	$ra
	addu	$v0, $a0, $t0

	.globl	rich_notype
rich_notype:
	jr	$ra
	nop

	.section .rodata, "a"
	.align	3
msg:	.asciiz	"graftlab"
	.align	2
table:	.word	1, 2, 3, msg, counter+4, big+96

	.data
	.align	4
fnptrs:	.word	helper, rich_main
counter:
	.word	7

	.section .data.big, "aw"
	.align	6
big:	.space	100

	.bss
	.align	5
buf:	.space	300
