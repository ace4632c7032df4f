# bcache.s: the disk driver and the buffer cache (doc/kernel.md, "The disk
# and the buffer cache"), and VINO's read-ahead graft point (doc/vino.md).
#
# The disk (doc/machine.md, "Disk") moves one run of sectors at a time by
# DMA and raises interrupt line 1 (Cause.IP3) when it is done. The cache
# keeps NBUF blocks of BLOCK bytes (8 sectors), each in a kernel page. A
# read the cache cannot serve is queued on the disk (bc_enqueue); the
# disk's interrupt (intr_dev, from intr in vectors.s) marks the buffer
# done, wakes the environments waiting on it and starts the next queued
# read. When no environment can run while the disk works, sched_next idles
# here (bc_idle) until the interrupt.
#
# bread is a conventional system call that must wait as a pipe's read
# does: it is restarted, not suspended (ipc.s, block_restart). Its first
# execution counts a hit or a miss and decides what to read ahead, and
# records the block in ENV_BWAIT; the restarted one only waits for the
# buffer or copies it out.
#
# The read-ahead decision is a graft point: a graft attached to
# GP_READAHEAD chooses the block to prefetch, else the next block is
# (sequential read-ahead).

	.include "layout.inc"
	.include "frame.inc"

	.equ DISK,	0xbf000300	# kseg1: the disk's registers
	.equ D_COMMAND,	0x00
	.equ D_SECTOR,	0x04
	.equ D_COUNT,	0x08
	.equ D_ADDR,	0x0c
	.equ D_STATUS,	0x10
	.equ D_ACK,	0x14
	.equ D_SIZE,	0x18
	.equ D_READ,	1
	.equ D_WRITE,	2
	.equ DS_DONE,	2		# STATUS bits 1:0
	.equ DS_FAILED,	3

	.equ NBUF,	16
	.equ BLOCK,	4096
	.equ BLOCK_SECTORS, 8

# A buffer (bc_bufs), BH_SIZE bytes.
	.equ BH_BLOCK,	0		# the block it holds
	.equ BH_STATE,	4		# BS_*
	.equ BH_STAMP,	8		# bc_clock at its last use: the LRU order
	.equ BH_DATA,	12		# kseg0 address of its page
	.equ BH_NEXT,	16		# the next buffer in the disk's queue
	.equ BH_ERR,	20		# the disk's error code when BS_ERROR
	.equ BH_CMD,	24		# D_READ (every buffer), or D_WRITE (pager.s)
	.equ BH_SIZE,	32
	.equ BH_SHIFT,	5

	.equ BS_EMPTY,	0
	.equ BS_QUEUED,	1		# waiting for the disk
	.equ BS_READING, 2		# the disk's command in flight
	.equ BS_VALID,	3
	.equ BS_ERROR,	4		# the read failed

	.equ EFAULT,	14
	.equ ENODEV,	19
	.equ EINVAL,	22
	.equ EIO,	5

	.set	reorder
	.text

# bc_boot(a0 = boot information): with a disk (BI_DISK), its size from its
# SIZE register and a page for each buffer; bc_im becomes the interrupt
# bits (IM3 | IE) __start puts into the user's Status. Without memory the
# cache stays empty and bread says -ENODEV.
	.globl	bc_boot
bc_boot:
	lw	$t0, BI_DISK($a0)
	beqz	$t0, 9f
	addiu	$sp, $sp, -24
	sw	$ra, 20($sp)
	sw	$s0, 16($sp)
	la	$s0, bc_bufs
1:	jal	alloc_page
	beqz	$v0, 8f
	sw	$v0, BH_DATA($s0)
	li	$t0, D_READ
	sw	$t0, BH_CMD($s0)
	addiu	$s0, $s0, BH_SIZE
	la	$t0, bc_bufs+NBUF*BH_SIZE
	bne	$s0, $t0, 1b
	li	$t0, DISK
	lw	$t1, D_SIZE($t0)
	srl	$t1, $t1, 3		# whole blocks of 8 sectors
	sw	$t1, bc_nblocks
	li	$t0, 0x0801		# IM3 | IE
	sw	$t0, bc_im
8:	lw	$ra, 20($sp)
	lw	$s0, 16($sp)
	addiu	$sp, $sp, 24
9:	jr	$ra

# ---- the driver ----------------------------------------------------------

# bc_start(a0 = buffer): the disk reads its block into its page, or
# writes the page to the block (BH_CMD). The disk is idle (bc_service
# acknowledged the last command). Clobbers t0, t1.
bc_start:
	li	$t0, DISK
	lw	$t1, BH_BLOCK($a0)
	sll	$t1, $t1, 3
	sw	$t1, D_SECTOR($t0)
	li	$t1, BLOCK_SECTORS
	sw	$t1, D_COUNT($t0)
	lw	$t1, BH_DATA($a0)
	sll	$t1, $t1, 3		# kseg0 to physical
	srl	$t1, $t1, 3
	sw	$t1, D_ADDR($t0)
	lw	$t1, BH_CMD($a0)
	sw	$t1, D_COMMAND($t0)
	li	$t1, BS_READING
	sw	$t1, BH_STATE($a0)
	jr	$ra

# bc_enqueue(a0 = buffer, its block set): its command (a read, for the
# cache's buffers) goes into the disk's queue, and starts if the disk is
# idle. Its page leaves the data cache first: the disk writes RAM behind
# the cache's back, and the kernel does not touch the page until the
# command is done. The pager (pager.s) queues requests of its own, laid
# out as buffers, reads and writes: bc_service marks them done or failed
# and wakes who waits on them as it does the cache's. Clobbers t0-t2.
	.globl	bc_enqueue
bc_enqueue:
	lw	$t0, BH_DATA($a0)
	addiu	$t1, $t0, BLOCK
	.set	noreorder
1:	cache	0x11, 0($t0)		# Hit_Invalidate_D, a word at a time
	cache	0x11, 4($t0)		# (dec5000's lines are one word)
	cache	0x11, 8($t0)
	cache	0x11, 12($t0)
	addiu	$t0, $t0, 16
	bne	$t0, $t1, 1b
	nop
	.set	reorder
	li	$t0, BS_QUEUED
	sw	$t0, BH_STATE($a0)
	sw	$zero, BH_NEXT($a0)
	lw	$t0, bc_qtail
	sw	$a0, bc_qtail
	beqz	$t0, 2f
	sw	$a0, BH_NEXT($t0)	# behind the others
	jr	$ra
2:	sw	$a0, bc_qhead		# the disk is idle: now
	j	bc_start

# bc_service: the disk has finished (DONE or FAILED) or nothing: the
# command is acknowledged, its buffer is valid or failed, whoever waits for
# it (and for a free buffer) runs again, and the next queued read starts.
# Runs with interrupts off, from the interrupt (intr_dev) or the idle loop
# (bc_idle). Uses at, a0, t0-t3, ra only (wakeup and slice_rearm's
# registers too), and no stack.
	.globl	bc_service
bc_service:
	li	$t0, DISK
	lw	$t1, D_STATUS($t0)
	andi	$t2, $t1, 3
	addiu	$t3, $t2, -DS_DONE
	sltiu	$t3, $t3, 2
	beqz	$t3, 9f			# still busy, or idle: nothing to do
	sw	$zero, D_ACK($t0)	# the line drops
	lw	$a0, bc_qhead
	beqz	$a0, 9f
	li	$t3, BS_VALID
	li	$t0, DS_DONE
	beq	$t2, $t0, 1f
	srl	$t1, $t1, 8		# failed: keep the error code
	andi	$t1, $t1, 0xff
	sw	$t1, BH_ERR($a0)
	li	$t3, BS_ERROR
1:	sw	$t3, BH_STATE($a0)
	sw	$ra, bc_ra
	lw	$t0, BH_NEXT($a0)
	sw	$t0, bc_qhead
	bnez	$t0, 2f
	sw	$zero, bc_qtail
	b	3f
2:	sw	$a0, bc_done
	move	$a0, $t0
	jal	bc_start
	lw	$a0, bc_done
3:	jal	wakeup			# the readers of the block
	lw	$t0, bc_free_wait
	beqz	$t0, 4f
	sw	$zero, bc_free_wait
	la	$a0, bc_free_wait	# the readers that found no buffer
	jal	wakeup
4:	lw	$ra, bc_ra
9:	jr	$ra

# intr_dev: an interrupt that is not the timer's (intr, vectors.s), in user
# mode; k0 and k1 are free. The disk's is served with the temporaries kept
# in bc_scratch; any other is left alone.
	.globl	intr_dev
intr_dev:
	.set	noreorder
	.set	noat
	mfc0	$k0, $13
	andi	$k0, $k0, 0x0800	# IP3: the disk
	beqz	$k0, 1f
	lui	$k1, %hi(bc_scratch)
	addiu	$k1, $k1, %lo(bc_scratch)
	sw	$at, 0($k1)
	sw	$a0, 4($k1)
	sw	$t0, 8($k1)
	sw	$t1, 12($k1)
	sw	$t2, 16($k1)
	sw	$t3, 20($k1)
	sw	$ra, 24($k1)
	jal	bc_service
	nop
	lui	$k1, %hi(bc_scratch)
	addiu	$k1, $k1, %lo(bc_scratch)
	lw	$at, 0($k1)
	lw	$a0, 4($k1)
	lw	$t0, 8($k1)
	lw	$t1, 12($k1)
	lw	$t2, 16($k1)
	lw	$t3, 20($k1)
	lw	$ra, 24($k1)
1:	move	$k0, $zero
	move	$k1, $zero
	eret
	.set	at
	.set	reorder

# bc_idle: sched_next found nobody to run while the disk works: wait for
# its interrupt, serve it and schedule again. The kernel runs with EXL set,
# under which wait would never end; so it opens the disk's line alone (IM3,
# IE, EXL clear, kernel mode) with the idle environment current, whose
# every vector comes back to bc_idle_woke with EXL set again. A timer tick
# due meanwhile stays pending until an environment runs.
	.globl	bc_idle
bc_idle:
	lw	$t0, curenv
	sw	$t0, bc_idle_saved
	la	$t0, bc_idle_env
	sw	$t0, curenv
	mfc0	$t1, $12
	sw	$t1, bc_idle_status
	li	$t2, 0x0801		# IM3 | IE; EXL clear: kernel mode
	.set	noreorder
	mtc0	$t2, $12
1:	wait
	b	1b			# an event with no interrupt: wait again
	nop
	.set	reorder
	.globl	bc_idle_woke
bc_idle_woke:
	la	$sp, kstack_top
	lw	$t0, bc_idle_status
	mtc0	$t0, $12
	lw	$t0, bc_idle_saved
	sw	$t0, curenv
	jal	bc_service
	j	sched_next

# ---- the buffer cache ----------------------------------------------------

# bc_lookup(a0 = block) -> v0 = the buffer holding it (reading, valid or
# failed), or 0. Clobbers t0-t2.
bc_lookup:
	la	$v0, bc_bufs
	la	$t2, bc_bufs+NBUF*BH_SIZE
1:	lw	$t0, BH_STATE($v0)
	beqz	$t0, 2f
	lw	$t1, BH_BLOCK($v0)
	beq	$t1, $a0, 3f
2:	addiu	$v0, $v0, BH_SIZE
	bne	$v0, $t2, 1b
	move	$v0, $zero
3:	jr	$ra

# bc_alloc() -> v0 = a buffer to fill: an empty one, else the least
# recently used of those the disk is not reading (valid or failed); 0 when
# the disk holds every one. Clobbers t0-t4.
bc_alloc:
	la	$t0, bc_bufs
	la	$t2, bc_bufs+NBUF*BH_SIZE
	move	$v0, $zero
	li	$t3, -1			# the oldest stamp so far
1:	lw	$t1, BH_STATE($t0)
	beqz	$t1, 4f			# empty: this one
	addiu	$t1, $t1, -BS_VALID
	sltiu	$t1, $t1, 2		# valid or failed
	beqz	$t1, 2f
	lw	$t4, BH_STAMP($t0)
	sltu	$t1, $t4, $t3
	beqz	$t1, 2f
	move	$t3, $t4
	move	$v0, $t0
2:	addiu	$t0, $t0, BH_SIZE
	bne	$t0, $t2, 1b
	jr	$ra
4:	move	$v0, $t0
	jr	$ra

# bc_touch(a0 = buffer): it is the most recently used. Clobbers t0.
bc_touch:
	lw	$t0, bc_clock
	addiu	$t0, $t0, 1
	sw	$t0, bc_clock
	sw	$t0, BH_STAMP($a0)
	jr	$ra

# bc_fill(a0 = buffer, a1 = block): the buffer takes the block, and its read
# goes to the disk. Clobbers t0-t2.
bc_fill:
	sw	$a1, BH_BLOCK($a0)
	move	$t2, $ra
	jal	bc_touch
	move	$ra, $t2
	j	bc_enqueue

# bread(a0 = block, a1 = user buffer of BLOCK bytes) -> 0: the block,
# from the cache or read from the disk first (the caller waits; other
# environments run). -ENODEV without a disk, -EINVAL for a block past the
# disk's end, -EFAULT for a buffer the caller may not write, -EIO when the
# disk failed to read it.
	.globl	sys_bread
sys_bread:
	addiu	$sp, $sp, -24
	sw	$ra, 20($sp)
	lw	$t0, bc_nblocks
	li	$v0, -ENODEV
	beqz	$t0, 9f
	sltu	$t1, $a0, $t0
	li	$v0, -EINVAL
	beqz	$t1, 9f
	move	$s2, $a0		# the block
	move	$s3, $a1		# the user's buffer
	addiu	$s5, $a0, 1
	jal	bc_lookup
	move	$s4, $v0		# its buffer, or 0
	lw	$t0, ENV_BWAIT($s1)
	bne	$t0, $s5, 1f
	bnez	$s4, 5f			# restarted, and the buffer is still there
	sw	$zero, ENV_BWAIT($s1)	# (evicted meanwhile: a miss again)
	# The first execution: a hit or a miss.
1:	beqz	$s4, 2f
	lw	$t0, BH_STATE($s4)
	li	$t1, BS_ERROR
	beq	$t0, $t1, 3f		# a failed read-ahead: read it again
	lw	$t0, bc_stats+0		# a hit
	addiu	$t0, $t0, 1
	sw	$t0, bc_stats+0
	move	$a0, $s4
	jal	bc_touch
	b	4f
2:	jal	bc_alloc
	move	$s4, $v0
	bnez	$v0, 3f
	li	$t0, 1			# every buffer is being read: wait for one
	sw	$t0, bc_free_wait
	la	$a0, bc_free_wait
	j	block_restart
3:	lw	$t0, bc_stats+4		# a miss: the disk reads it
	addiu	$t0, $t0, 1
	sw	$t0, bc_stats+4
	lw	$t0, bc_stats+8
	addiu	$t0, $t0, 1
	sw	$t0, bc_stats+8
	move	$a0, $s4
	move	$a1, $s2
	jal	bc_fill
	# What to read ahead, now that the block is found or on its way.
4:	sw	$s5, ENV_BWAIT($s1)
	lw	$a1, ENV_BLAST($s1)
	sw	$s5, ENV_BLAST($s1)
	addiu	$a1, $a1, -1		# the previous block read, -1 for none
	move	$a0, $s2
	jal	bc_readahead
	# Wait for the buffer, or copy it out.
5:	lw	$t0, BH_STATE($s4)
	addiu	$t1, $t0, -BS_QUEUED
	sltiu	$t1, $t1, 2
	beqz	$t1, 6f
	move	$a0, $s4		# still on the disk
	j	block_restart
6:	sw	$zero, ENV_BWAIT($s1)
	li	$t1, BS_ERROR
	bne	$t0, $t1, 7f
	sw	$zero, BH_STATE($s4)	# failed: the next bread reads it again
	li	$v0, -EIO
	b	9f
7:	move	$a0, $s3
	lw	$a1, BH_DATA($s4)
	li	$a2, BLOCK
	li	$a3, 1
	jal	copy_user		# 0 or -EFAULT
9:	lw	$ra, 20($sp)
	addiu	$sp, $sp, 24
	jr	$ra

# bc_readahead(a0 = the block just read, a1 = the previous block read or
# -1): the read-ahead graft point. A graft attached to GP_READAHEAD is
# invoked with (the block, the previous one, the blocks on the disk, 0) and
# chooses the block to prefetch (-1 or past the disk's end: none); without
# one, or when its invocation does not commit, the default method chooses
# the next block. The chosen block is read if it is not cached and a
# buffer is free or evictable. Clobbers what vino_invoke does.
bc_readahead:
	addiu	$sp, $sp, -40
	sw	$ra, 36($sp)
	sw	$a0, 32($sp)
	addiu	$v0, $a0, 1		# the default: the next block
	lw	$t0, vino_points+4*GP_READAHEAD
	beqz	$t0, 1f
	sw	$a0, 16($sp)
	sw	$a1, 20($sp)
	lw	$t1, bc_nblocks
	sw	$t1, 24($sp)
	sw	$zero, 28($sp)
	move	$a0, $t0
	addiu	$a1, $sp, 16
	move	$a2, $zero		# not preempted: bread holds the cache's state
	jal	vino_invoke
	beqz	$v1, 1f			# committed: its choice
	lw	$v0, 32($sp)		# else the default method
	addiu	$v0, $v0, 1
1:	lw	$t0, bc_nblocks
	sltu	$t0, $v0, $t0
	beqz	$t0, 9f			# none
	sw	$v0, 32($sp)
	move	$a0, $v0
	jal	bc_lookup
	bnez	$v0, 9f			# cached, or on its way
	jal	bc_alloc
	beqz	$v0, 9f			# no buffer to spare
	move	$a0, $v0
	lw	$a1, 32($sp)
	jal	bc_fill
	lw	$t0, bc_stats+12
	addiu	$t0, $t0, 1
	sw	$t0, bc_stats+12
9:	lw	$ra, 36($sp)
	addiu	$sp, $sp, 40
	jr	$ra

# bstat(a0 = user address of 4 words) -> 0 or -EFAULT: the cache's hits,
# misses, reads and read-aheads so far.
	.globl	sys_bstat
sys_bstat:
	addiu	$sp, $sp, -16
	sw	$ra, 12($sp)
	la	$a1, bc_stats
	li	$a2, 16
	li	$a3, 1
	jal	copy_user
	lw	$ra, 12($sp)
	addiu	$sp, $sp, 16
	jr	$ra

	.data
	.align	2
	.globl	bc_nblocks, bc_stats, bc_im
bc_nblocks:	.word	0		# blocks on the disk (0: no disk)
bc_im:		.word	0		# IM3 | IE with a disk, for the user's Status
bc_stats:	.word	0, 0, 0, 0	# hits, misses, reads, read-aheads
bc_clock:	.word	0
	.globl	bc_qhead
bc_qhead:	.word	0		# the buffer the disk is reading (0: idle)
bc_qtail:	.word	0
bc_free_wait:	.word	0		# 1 while a bread waits for a buffer
bc_done:	.word	0
bc_ra:		.word	0
bc_idle_saved:	.word	0
bc_idle_status:	.word	0
bc_scratch:	.word	0, 0, 0, 0, 0, 0, 0
# The idle environment: its vector table (and the user handlers the
# dispatcher reads beside it), every entry bc_idle_woke.
	.align	2
bc_idle_env:
	.rept	32
	.word	bc_idle_woke
	.endr
	.space	128

	.bss
	.align	2
	.globl	bc_bufs
bc_bufs:	.space	NBUF*BH_SIZE
