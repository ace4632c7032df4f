# Relocations: which symbol GNU as relocates against (section symbol plus
# in-place addend for local labels, the symbol itself for globals, weak and
# undefined symbols, PC16 and merge sections), HI16/LO16 pairing order,
# %gp_rel, and .reloc.
	.set	noreorder
	.text
	.globl	gfn
	.weak	wfn
gfn:
	lui	$2, %hi(dlocal)
	lui	$3, %hi(dlocal+0x10000)
	addiu	$3, $3, %lo(dlocal+0x10000)
	addiu	$2, $2, %lo(dlocal)
	lui	$4, %hi(ext+0x8000)
	lui	$5, %hi(ext)
	lw	$5, %lo(ext)($5)
	lw	$4, %lo(ext+0x8000)($4)
	lui	$6, %hi(orphan)		# a %hi with no %lo
	lui	$7, %hi(gdata+4)
	lw	$7, %lo(gdata+4)($7)
	lw	$8, %lo(gdata+8)($7)
	lw	$9, %gp_rel(small)($gp)
	lw	$9, %gp_rel(dlocal+4)($gp)
	addiu	$10, $gp, %gp_rel(ext)
	lui	$11, %hi(str)
	addiu	$11, $11, %lo(str)
	b	dlocal
	nop
	bal	wfn
	nop
	beq	$2, $3, gfn
	nop
	jal	gfn+8
	nop
	j	tlocal
	nop
tlocal:
	jr	$31
	nop
	.word	tlocal, gfn, wfn, ext-4, str, str+1, tlocal-gfn
	.reloc	1f, R_MIPS_32, ext+4
	.reloc	1f, R_MIPS_NONE
	.reloc	gfn, BFD_RELOC_32, dlocal
	.reloc	gfn+4, R_MIPS_32, .Ltmp+4
1:	.word	8

	.data
	.globl	gdata
dlocal:	.word	1, 2, 3
.Ltmp:	.word	4
gdata:	.word	dlocal, gdata, .
	.reloc	2f, R_MIPS_GPREL32, small
2:	.word	0
	.section .rodata.str1.1, "aMS", @progbits, 1
str:	.asciz	"merge"
	.comm	small, 4, 4
