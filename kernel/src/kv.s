# kv.s: a key-value store with per-task handles, the one source of the
# shared service that doc/psl.md implements four ways (a protected shared
# library, a conventional system call, an LRPC server, a plain library).
# Leaf functions with the o32 calling convention; the store is wherever
# a0 points:
#
#	+0  the last handle given
#	+4  KV_N entries of 12 bytes: handle (0: free), key, value
#
#	kv_open(store) -> a new handle
#	kv_put(store, handle, key, value) -> 0, or -1 when the store is full
#	kv_get(store, handle, key) -> the value, or -1
#
# A handle is a task's namespace: the same key under two handles is two
# entries.

	.include "kv.inc"

	.set	noreorder
	.text
	.globl	kv_open
	.type	kv_open, @function
kv_open:
	lw	$v0, 0($a0)
	addiu	$v0, $v0, 1
	jr	$ra
	sw	$v0, 0($a0)

	.globl	kv_put
	.type	kv_put, @function
kv_put:
	addiu	$t0, $a0, 4		# the entry
	li	$t1, KV_N
	move	$t2, $zero		# the first free one
1:	lw	$t3, 0($t0)
	bne	$t3, $a1, 2f
	nop
	lw	$t4, 4($t0)
	beq	$t4, $a2, 4f		# the key is there: replace its value
	nop
2:	bnez	$t3, 3f
	nop
	bnez	$t2, 3f
	nop
	move	$t2, $t0
3:	addiu	$t1, $t1, -1
	bnez	$t1, 1b
	addiu	$t0, $t0, 12
	beqz	$t2, 5f			# full
	move	$t0, $t2
	sw	$a1, 0($t0)
	sw	$a2, 4($t0)
4:	sw	$a3, 8($t0)
	jr	$ra
	move	$v0, $zero
5:	jr	$ra
	li	$v0, -1

	.globl	kv_get
	.type	kv_get, @function
kv_get:
	addiu	$t0, $a0, 4
	li	$t1, KV_N
1:	lw	$t3, 0($t0)
	bne	$t3, $a1, 2f
	nop
	lw	$t4, 4($t0)
	beq	$t4, $a2, 3f
	nop
2:	addiu	$t1, $t1, -1
	bnez	$t1, 1b
	addiu	$t0, $t0, 12
	jr	$ra
	li	$v0, -1
3:	jr	$ra
	lw	$v0, 8($t0)
