# lib2.s: a strong definition that overrides lib.s's weak one.
	.data
	.globl	overridden
	.type	overridden, @object
overridden:
	.word	0x11223344
	.size	overridden, 4
