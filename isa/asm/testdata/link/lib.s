# Functions and data for the link test.
	.text
	.globl	sum
	.globl	sum_words
sum:
	li	$2, 0
	lw	$3, table
	addu	$2, $2, $3
	jr	$31
sum_words:
	move	$2, $0
1:	beqz	$5, 2f
	lw	$3, 0($4)
	addu	$2, $2, $3
	addiu	$4, $4, 4
	addiu	$5, $5, -1
	b	1b
2:	jr	$31

	.data
	.globl	table
	.globl	counter
table:	.word	1, 2, 3, 4, 5
counter:
	.word	0x100
	.section .rodata
msg:	.asciz	"linked by graftlab"
	.word	msg
