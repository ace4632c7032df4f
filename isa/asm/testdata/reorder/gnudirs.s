# Directives of GNU as 2.40 that graftlab accepts besides the common ones:
# .asciiz, .string8, .dc.*, .origin, .weakext, .sect, .nop and listing
# directives it ignores.
	.data
	.asciiz	"hi", "there"
	.string8 "x"
	.byte 1
	.dc.w	0x1234
	.dc.l	5
	.dc.a	lbl
	.dc.b	7
	.dc	9
	.origin	0x30
	.weakext w
	.ttl "t"
	.this_gcc_requires_the_gnu_assembler
	.sect .rodata.x,"a"
	.byte 3
	.text
lbl:	.nop
	.word w
