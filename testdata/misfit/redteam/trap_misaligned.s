# family: entry-return-stubs
# attack: a misaligned load: the kernel's exception handler aborts the graft and never returns into it
# expect: confined
	.set	noreorder
	.text
	.globl	graft
	.type	graft, @function
graft:
lw	$v0, 1($a0)
jr	$ra
nop
