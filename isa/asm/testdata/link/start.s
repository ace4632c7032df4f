# The entry point of the link test: calls into lib.s, uses its data, and
# refers to symbols in every relocation GNU ld resolves for non-PIC code.
	.text
	.globl	__start
	.ent	__start
__start:
	la	$sp, stack_top
	jal	sum
	nop
	la	$4, table
	li	$5, 4
	jal	sum_words
	lw	$6, counter
	addu	$2, $2, $6
	sw	$2, result
	bal	local_fn
	j	done
local_fn:
	jr	$31
done:
	move	$4, $2
	li	$2, 4001	# exit
	syscall
	.end	__start

	.data
	.globl	pointers
pointers:
	.word	__start, sum, table+8, result, local_fn
	.bss
	.space	256
stack_top:
	.comm	result, 4
