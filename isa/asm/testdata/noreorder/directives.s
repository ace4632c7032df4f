# Directives, expressions, symbols and sections, as GNU as reads them.
	.file	"directives.s"
	.set	noreorder
	.include "inc_defs.inc"

	# Equates and expressions (GNU precedence: unary, then * / % << >>,
	# then | & ^ !, then + -, then comparisons, then && and ||).
	A = 10
	.set	B, A*3+1
	.equ	C, (A << 4) | 3
	.equiv	D, -A
	E = 7 & 3 + 1
	F = 1 + 2 * 3 - 4 / 2
	G = ~0 ^ 0xff
	H = 5 ! 3
	I = (3 > 2) + (3 >= 3) + (2 < 1) + (1 == 1) + (1 != 1) + (1 <> 2)
	J = (1 && 0) + (1 || 0) + !0 + !7
	K = -10 / 3 + -10 % 3 * 100
	L = 0x7fffffff + 1
	M = 'a + 'Z'
	N = 0b1011 + 017 + 0X1F
	A = A + 1
	.text
	.globl	dirs
	.ent	dirs
	.type	dirs, @function
dirs:
	.frame	$sp, 32, $31
	.mask	0x80000000, -4
	.fmask	0x00000000, 0
	li	$2, A
	li	$2, B
	li	$2, C
	li	$2, D
	li	$2, E
	li	$2, F
	li	$2, G & 0xffff
	li	$2, H
	li	$2, I
	li	$2, J
	li	$2, K
	li	$2, L
	li	$2, M
	li	$2, N
	li	$2, INC_VALUE
	li	$2, LATER
	li	$2, end_dirs - dirs
	store_word $2
	store_word $3, 8
	store_word $4, 12, $5
	store_word reg=$6, base=$7, off=4
	addiu	$2, $3, 1; addiu $4, $5, 2	# two statements on a line
	/* a C comment */ addiu $6, $7, 3
	.rept	3
	addiu	$2, $2, 1
	.endr
	.irp	r, $4, $5, $6
	move	\r, $0
	.endr
	.irpc	n, 123
	addiu	$2, $2, \n
	.endr
	.if	A > 10
	addiu	$2, $2, 0x11
	.elseif	A == 10
	addiu	$2, $2, 0x22
	.else
	addiu	$2, $2, 0x33
	.endif
	.ifdef	A
	addiu	$2, $2, 0x44
	.endif
	.ifndef	NOT_DEFINED
	addiu	$2, $2, 0x45
	.endif
	.ifc	abc, abc
	addiu	$2, $2, 0x46
	.endif
	.ifnc	abc, abd
	addiu	$2, $2, 0x47
	.endif
	.ifeq	A - 11
	addiu	$2, $2, 0x48
	.endif
	.macro	sum3 a, b, c
	addu	\a, \b, \c
	.endm
	sum3	$2, $3, $4
	sum3	$5 $6 $7
	.macro	count n
	.if	\n
	addiu	$2, $2, \n
	count	"(\n - 1)"
	.endif
	.endm
	count	3
	.macro	lbl
	b	1f
	nop
1:	nop
	.endm
	lbl
	lbl
	jr	$31
	nop
end_dirs:
	.end	dirs
	.size	dirs, .-dirs
	LATER = 0x4242

	.data
	.align	2
	.globl	table
	.type	table, @object
table:
	.word	1, 2, 3, table, table+4, end_dirs, end_dirs-dirs, -1
	.half	0x1234, -1
	.hword	5
	.short	6
	.byte	1, 2, 255, -1, 'x
moved1:	.word	7		# auto-aligned after the bytes, with its label
	.2byte	0x1122
	.4byte	0x33445566	# not auto-aligned
	.ascii	"ab\n\t\\\"\101\x41"
	.asciz	"x", "yz"
	.string	"end"
moved2:	.align	3		# the label moves too
aligned8:
	.word	aligned8 - table, . - table
	.space	3
	.skip	2, 0xff
	.zero	2
	.fill	3, 2, 0x1234
	.fill	2, 4, 0xdeadbeef
	.fill	2
	.balign	8, 0xaa
	.p2align 4
	.balign	4
	.byte	9
	.align	0		# no more auto-alignment
	.word	0x99
	.half	0x98
	.align	2
	.word	0x97
	.org	0xa0
	.word	LATER
	.quad	0x123456789abcdef0
	.dword	-2
	.8byte	3
	.uleb128 0, 127, 128, 0x12345, end_dirs - dirs
	.sleb128 -1, 63, 64, -64, -65, 1000
	.word	A, B, C, D
	.incbin	"blob.bin"
	.incbin	"blob.bin", 2, 3

	.section .rodata
	.align	2
ro:	.word	ro, table
	.section .rodata.str1.4, "aMS", @progbits, 1
	.align	2
str:	.asciz	"merge me"
	.section .mydata, "aw", @progbits
	.word	0x1234
	.section .mytext, "ax", @progbits
	nop
	.pushsection .data
	.word	0x55aa
	.popsection
	nop
	.previous
	.word	0x66
	.previous
	nop
	.rdata
	.word	0x77
	.sdata
	.word	0x88
	.section .note.GNU-stack, "", @progbits

	.bss
	.space	4
bss1:	.space	8
	.comm	common1, 8
	.comm	common2, 3
	.comm	common3, 100, 32
	.lcomm	lcomm1, 3
	.lcomm	lcomm2, 8
	.local	lcommon
	.comm	lcommon, 4, 4
	.text
	.globl	later_global
later_global:
	nop
	.weak	weak1
weak1:	nop
	.weak	weak_undefined
	.word	weak_undefined
	.hidden	later_global
	.ident	"graftlab test"
