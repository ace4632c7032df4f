# Branches, jumps and branch macros in .set reorder: GNU as -O0 puts a nop
# in every delay slot, macro branches included.
	.text
	.globl	branches
	.globl	gfunc
	.weak	wfunc
branches:
back:
	b	back
	b	fwd
	bal	back
	bal	gfunc
	b	gfunc
	b	external
	b	dlabel
	beqz	$2, back
	bnez	$2, fwd
	beqzl	$2, back
	bnezl	$2, fwd
	beq	$2, $3, back
	beq	$2, 0, back
	beq	$2, 5, fwd
	beq	$2, 0x12345, fwd
	bne	$2, -1, back
	beql	$2, 7, fwd
	bnel	$2, 0, fwd
	j	back
	j	fwd
	j	gfunc
	j	external+8
	jal	back
	jal	wfunc
	jr	$31
	jalr	$25
	jalr	$2, $25
	# comparisons against registers
	blt	$2, $3, back
	ble	$2, $3, back
	bgt	$2, $3, fwd
	bge	$2, $3, fwd
	bltu	$2, $3, back
	bleu	$2, $3, back
	bgtu	$2, $3, fwd
	bgeu	$2, $3, fwd
	blt	$2, $0, back
	blt	$0, $3, back
	ble	$2, $0, back
	ble	$0, $3, back
	bgt	$2, $0, back
	bgt	$0, $3, back
	bge	$2, $0, back
	bge	$0, $3, back
	bge	$0, $0, back
	bltu	$2, $0, back
	bltu	$0, $3, back
	bleu	$2, $0, back
	bleu	$0, $3, back
	bgtu	$2, $0, back
	bgtu	$0, $3, back
	bgeu	$2, $0, back
	bgeu	$0, $3, back
	# likely comparisons
	bltl	$2, $3, back
	blel	$2, $3, back
	bgtl	$2, $3, fwd
	bgel	$2, $3, fwd
	bltul	$2, $3, back
	bleul	$2, $3, back
	bgtul	$2, $3, fwd
	bgeul	$2, $3, fwd
	bltul	$2, $0, back
	bgtul	$0, $3, back
	# comparisons against immediates
	blt	$2, 0, back
	blt	$2, 1, back
	blt	$2, 100, back
	blt	$2, 0x12345, back
	blt	$2, -5, back
	ble	$2, 0, back
	ble	$2, -1, back
	ble	$2, 99, back
	ble	$2, 0x7fffffff, back
	bgt	$2, 0, fwd
	bgt	$2, -1, fwd
	bgt	$2, 99, fwd
	bgt	$2, 0x7fffffff, fwd
	bge	$2, 0, fwd
	bge	$2, 1, fwd
	bge	$2, 100, fwd
	bge	$2, -0x80000000, fwd
	bge	$2, 0x54321, fwd
	bltu	$2, 0, back
	bltu	$2, 1, back
	bltu	$2, 100, back
	bltu	$2, 0x12345, back
	bleu	$2, 0, back
	bleu	$2, -1, back
	bleu	$0, 5, back
	bleu	$2, 99, back
	bgtu	$2, 0, fwd
	bgtu	$2, -1, fwd
	bgtu	$0, 5, fwd
	bgtu	$2, 99, fwd
	bgeu	$2, 0, fwd
	bgeu	$2, 1, fwd
	bgeu	$2, 100, fwd
	bgeu	$2, 0x8000, fwd
	bltl	$2, 0, back
	bltl	$2, 100, back
	blel	$2, 5, back
	bgtl	$2, 5, fwd
	bgtl	$2, 0x7fffffff, fwd
	bgel	$2, 1, fwd
	bltul	$2, 0, back
	bltul	$2, 1, back
	bleul	$2, 5, back
	bgtul	$2, -1, fwd
	bgeul	$2, 100, fwd
	# local numeric labels
1:	b	1f
	b	1b
1:	bnez	$3, 1b
2:	beq	$2, $3, 2f
	bne	$2, $3, 2b
2:	nop
fwd:
	nop
gfunc:
	jr	$31
	.data
dlabel:
	.word	0
