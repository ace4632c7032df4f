# pager.s: paging to a backing store, and VINO's page-eviction graft point
# (doc/kernel.md, "Paging"; doc/vino.md, "Graft points").
#
# A conventional program backs a region of its memory with disk blocks
# (pmap, 4299) and gives the number of physical frames the region may
# hold. Nothing is mapped at first. A TLB miss on one of the region's pages
# (TLBL, TLBS) is a page fault the kernel serves: a fresh frame while the
# region holds fewer than its limit, otherwise a victim's (written to its
# block first if it is dirty); then the page is read from its block and
# mapped, and the faulting instruction runs again.
#
# The environment waits for the disk as bread does (bcache.s): nothing of
# the fault is kept on a kernel stack. The fault starts the disk's command
# (a request laid out as a buffer, queued by bc_enqueue), records what it
# is doing in the pager and blocks on the request; the disk's interrupt
# wakes the environment, the instruction faults again, and the pager
# finishes what the request was for. Other environments run meanwhile.
#
# Dirty pages are tracked as real kernels on MIPS do: a page read in for a
# load is mapped clean (EntryLo's D clear), so its first store is a TLB Mod
# that marks it dirty and maps it writable; a page read in for a store is
# dirty at once. A clean victim is reused without a write.
#
# The victim is the oldest resident page (FIFO: the machine has no
# reference bits, from which LRU or a clock would be made), or, with a
# graft attached to GP_EVICT, the graft's choice among the resident pages.
#
# pmap points the environment's Mod, TLBL and TLBS vectors at pg_exc, so
# no other environment's exceptions take a longer path; a fault outside
# the region goes on exactly as conv_exc's (a signal).

	.include "layout.inc"
	.include "frame.inc"

	.equ PTE_V,	2
	.equ PTE_D,	4
	.equ PTE_CACHED, 0x18
	.equ SR_V,	0x80000000
	.equ SR_U,	0x40000000
	.equ SR_W,	0x20000000
	.equ SR_N,	0x10000000
	.equ ENOMEM,	12
	.equ EBUSY,	16
	.equ ENODEV,	19
	.equ EINVAL,	22
	.equ SIGBUS,	10

# The disk's commands and a request's fields (bcache.s: a buffer).
	.equ D_READ,	1
	.equ D_WRITE,	2
	.equ BH_BLOCK,	0
	.equ BH_STATE,	4
	.equ BH_DATA,	12
	.equ BH_CMD,	24
	.equ BS_QUEUED,	1
	.equ BS_ERROR,	4

# The graft record (vino.s, GR_*): its I/O page.
	.equ GR_HEAP_END, 88		# in graft space
	.equ GR_IOK,	92		# its kseg0 address

	.equ PG_MAXPAGES, 4096		# pages of a region (16 MiB)
	.equ PG_MAXFRAMES, 64		# frames it may hold

# A pager: one kernel page an environment with a paged region
# (ENV_PAGER).
	.equ PG_ENV,	0		# the environment it serves
	.equ PG_VA,	4		# the region's first page
	.equ PG_PAGES,	8		# its pages
	.equ PG_BLOCK,	12		# the block of its first page
	.equ PG_LIMIT,	16		# the frames it may hold
	.equ PG_NRES,	20		# the frames it holds: resident pages
	.equ PG_STATE,	24		# PGS_*: what the request is doing
	.equ PG_PAGE,	28		# the page being read in (its index)
	.equ PG_FRAME,	32		# the request's frame (kseg0)
	.equ PG_VICTIM,	36		# the victim being written out (its index)
	.equ PG_WRITE,	40		# PGF_DIRTY if the fault was a store's
	.equ PG_STATS,	48		# faults (pages read in), evictions,
					# write-backs, first writes (TLB Mod)
	.equ PG_REQ,	64		# the disk request, a buffer's layout
	.equ PG_RES,	128		# the resident pages, oldest first: pairs
					# (index, frame | PGF_DIRTY)
	.equ PGS_IDLE,	0
	.equ PGS_WRITE,	1		# the victim going to its block
	.equ PGS_READ,	2		# the page coming from its block
	.equ PGF_DIRTY,	1

	.macro	COUNT off
	lw	$t0, PG_STATS+\off($s2)
	addiu	$t0, $t0, 1
	sw	$t0, PG_STATS+\off($s2)
	.endm

	.set	reorder
	.text

# pmap(a0 = address, a1 = pages, a2 = first block, a3 = frames) -> 0: the
# caller's pages [address, address + 4096 * pages) are backed by the
# disk's blocks from the first block on, and hold at most that many
# frames; nothing is mapped until a page is touched. -ENODEV without a
# disk; -EINVAL for an unaligned address, 0 or more than PG_MAXPAGES
# pages, 0 or more than PG_MAXFRAMES frames, blocks past the disk's end, a
# range across segments, in the kernel's half, in the heap's range, in a
# segment that is neither closed nor the caller's own and writable, or
# over a page the caller maps; -EBUSY when the caller has a paged region;
# -ENOMEM. A closed segment is opened: user, writable, not executable.
	.globl	sys_pmap
sys_pmap:
	addiu	$sp, $sp, -32
	sw	$ra, 28($sp)
	sw	$a1, 16($sp)
	sw	$a2, 20($sp)
	sw	$a3, 24($sp)
	li	$v0, -ENODEV
	lw	$t0, bc_nblocks
	beqz	$t0, 9f
	li	$v0, -EINVAL
	andi	$t1, $a0, 0xfff
	bnez	$t1, 9f
	addiu	$t1, $a1, -1
	sltiu	$t1, $t1, PG_MAXPAGES
	beqz	$t1, 9f
	addiu	$t1, $a3, -1
	sltiu	$t1, $t1, PG_MAXFRAMES
	beqz	$t1, 9f
	sltu	$t1, $a2, $t0
	beqz	$t1, 9f			# the first block on the disk,
	subu	$t1, $t0, $a2
	sltu	$t1, $t1, $a1
	bnez	$t1, 9f			# and the last
	move	$s2, $a0
	sll	$s5, $a1, 12
	addu	$s5, $s5, $a0		# the end
	srl	$t2, $a0, 28
	addiu	$t1, $s5, -1
	srl	$t1, $t1, 28
	bne	$t1, $t2, 9f		# one segment,
	sltiu	$t1, $t2, 8
	beqz	$t1, 9f			# a user one
	lw	$t1, ENV_BRK_MAX($s1)	# not the heap's [base, max)
	sltu	$t1, $a0, $t1
	lw	$t3, ENV_BRK_BASE($s1)
	sltu	$t3, $t3, $s5
	and	$t1, $t1, $t3
	bnez	$t1, 9f
	li	$v0, -EBUSY		# one region an environment
	lw	$t0, ENV_PAGER($s1)
	beqz	$t0, 1f
	lw	$t0, PG_ENV($t0)
	beq	$t0, $s1, 9f		# (a fork's child has its parent's)
1:	li	$v0, -EINVAL
	sll	$t0, $t2, 2
	addu	$t0, $t0, $s1
	lw	$s4, ENV_SEGS($t0)	# the segment's register
	lw	$s6, ENV_VSID($s1)
	addu	$s6, $s6, $t2		# its VSID
	beqz	$s4, 2f			# closed
	sll	$t1, $s4, 8
	srl	$t1, $t1, 8
	bne	$t1, $s6, 9f		# a library's
	sll	$t1, $s4, 2
	bgez	$t1, 9f			# not writable
2:	move	$t6, $s6		# no page of the range mapped
	move	$t7, $a0
3:	PTE_WALK $t7
	bnez	$t3, 9f
	addiu	$t7, $t7, 4096
	bne	$t7, $s5, 3b
	# The pager, and the region's page tables, so that mapping a page in
	# never needs memory.
	jal	alloc_page
	beqz	$v0, 8f
	move	$s7, $v0
	sw	$s1, PG_ENV($s7)
	sw	$s2, PG_VA($s7)
	lw	$t0, 16($sp)
	sw	$t0, PG_PAGES($s7)
	lw	$t0, 20($sp)
	sw	$t0, PG_BLOCK($s7)
	lw	$t0, 24($sp)
	sw	$t0, PG_LIMIT($s7)
	move	$s3, $s2
4:	move	$a0, $s3		# a leaf table for each 4 MiB
	move	$a1, $zero
	jal	map_page
	bnez	$v0, 7f
	li	$t0, 0x3fffff
	or	$s3, $s3, $t0
	addiu	$s3, $s3, 1
	sltu	$t0, $s3, $s5
	bnez	$t0, 4b
	sw	$s7, ENV_PAGER($s1)
	bnez	$s4, 5f			# open the segment
	li	$t0, SR_V|SR_U|SR_W|SR_N
	or	$t0, $t0, $s6
	srl	$t1, $s2, 28
	sll	$t1, $t1, 2
	addu	$t1, $t1, $s1
	sw	$t0, ENV_SEGS($t1)
	mtsrin	$t0, $s2
	# Its TLB misses and first writes come to the pager (behind PSL's
	# entries for a library's client, as exo_set_handler does).
5:	la	$t0, pg_exc
	lw	$t1, ENV_PSL_MASK($s1)
	addiu	$t2, $s1, ENV_VEC
	beqz	$t1, 6f
	addiu	$t2, $s1, ENV_BVEC
6:	sw	$t0, 1*4($t2)		# Mod
	sw	$t0, 2*4($t2)		# TLBL
	sw	$t0, 3*4($t2)		# TLBS
	move	$v0, $zero
	b	9f
7:	move	$a0, $s7		# no memory for a table (those made stay)
	jal	free_page
8:	li	$v0, -ENOMEM
9:	lw	$ra, 28($sp)
	addiu	$sp, $sp, 32
	jr	$ra

# pg_exc: Mod, TLBL or TLBS in an environment with a paged region (k1 =
# the environment + 4 * code, from exc_general). The pager serves the
# fault, or the environment gets its signal as conv_exc gives it.
	.globl	pg_exc
pg_exc:
	.set	noreorder
	.set	noat
	mfc0	$k0, $13
	andi	$k0, $k0, 0x7c
	subu	$k1, $k1, $k0		# the environment
	SAVE_ALL
	jal	pg_fault
	nop
	beqz	$v0, 2f			# served: the access runs again
	move	$a0, $v0
	bgtz	$v0, 1f			# the pager's signal
	nop
	jal	exc_to_signal		# not the pager's: conv_exc's signal
	nop
	move	$a0, $v0
1:	jal	send_signal
	nop
2:	j	conv_return
	nop
	.set	at
	.set	reorder

# pg_fault(s0 = trap frame, s1 = environment) -> v0 = 0 when the fault is
# served (the instruction runs again), SIGBUS when the page cannot be had
# (the disk failed, no memory), -1 when the fault is not the pager's. Or it
# does not return: the environment waits for the disk. Keeps s0, s1.
pg_fault:
	addiu	$sp, $sp, -24
	sw	$ra, 20($sp)
	li	$v0, -1
	lw	$s2, ENV_PAGER($s1)
	beqz	$s2, pg_ret
	lw	$t0, PG_ENV($s2)
	bne	$t0, $s1, pg_ret	# a fork's child: its parent's pager
	lw	$t0, PG_STATE($s2)
	bnez	$t0, pg_pending		# a request under way, or done
	lw	$t0, F_BADV($s0)
	lw	$t1, PG_VA($s2)
	subu	$t0, $t0, $t1
	srl	$s4, $t0, 12		# the page's index
	lw	$t1, PG_PAGES($s2)
	sltu	$t1, $s4, $t1
	beqz	$t1, pg_ret		# outside the region
	move	$a0, $s4
	jal	pg_find
	lw	$t0, F_CAUSE($s0)
	andi	$t0, $t0, 0x7c
	li	$t1, 1*4
	beq	$t0, $t1, pg_mod
	bnez	$v0, pg_not		# resident: mprotect took it away
	# A page fault. A store's page is dirty from the start.
	xori	$t0, $t0, 3*4		# TLBS
	sltiu	$t0, $t0, 1
	sw	$t0, PG_WRITE($s2)
	sw	$s4, PG_PAGE($s2)
	lw	$t0, PG_NRES($s2)	# a fresh frame, below the limit
	lw	$t1, PG_LIMIT($s2)
	sltu	$t1, $t0, $t1
	beqz	$t1, 1f
	jal	alloc_page
	bnez	$v0, pg_read
	lw	$t0, PG_NRES($s2)	# no memory: a victim of its own, if any
	li	$v0, SIGBUS
	beqz	$t0, pg_ret
1:	jal	pg_victim		# v0 = the victim's entry
	lw	$s5, 0($v0)		# its index
	lw	$s6, 4($v0)		# its frame and dirty bit
	move	$a0, $v0
	jal	pg_remove
	lw	$a0, PG_VA($s2)		# unmapped: its entry and any TLB entry
	sll	$t0, $s5, 12		# (whatever mprotect left in them)
	addu	$a0, $a0, $t0
	move	$a1, $zero
	jal	map_page
	andi	$t0, $s6, PGF_DIRTY
	xor	$s6, $s6, $t0		# the frame
	bnez	$t0, 2f
	COUNT	4			# clean: its frame is reused at once
	move	$v0, $s6
	b	pg_read
2:	sw	$s5, PG_VICTIM($s2)	# dirty: to its block first
	sw	$s6, PG_FRAME($s2)
	li	$t0, PGS_WRITE
	sw	$t0, PG_STATE($s2)
	lw	$a0, PG_BLOCK($s2)
	addu	$a0, $a0, $s5
	move	$a1, $s6
	li	$a2, D_WRITE
	jal	pg_io
	b	pg_wait
pg_ret:
	lw	$ra, 20($sp)
	addiu	$sp, $sp, 24
	jr	$ra

# The first write to a resident page (v0 = its entry): a clean page becomes
# dirty and writable. A dirty one was write-protected by mprotect: the
# program's fault.
pg_mod:
	beqz	$v0, pg_not
	lw	$a1, 4($v0)
	andi	$t0, $a1, PGF_DIRTY
	bnez	$t0, pg_not
	ori	$a1, $a1, PGF_DIRTY
	sw	$a1, 4($v0)
	move	$a0, $s4
	jal	pg_map
	COUNT	12
	move	$v0, $zero
	b	pg_ret
pg_not:
	li	$v0, -1
	b	pg_ret

# pg_read(v0 = a frame, PG_PAGE = the page): the page's block is read into
# the frame, and the environment waits.
pg_read:
	sw	$v0, PG_FRAME($s2)
	li	$t0, PGS_READ
	sw	$t0, PG_STATE($s2)
	lw	$t0, PG_PAGE($s2)
	lw	$a0, PG_BLOCK($s2)
	addu	$a0, $a0, $t0
	move	$a1, $v0
	li	$a2, D_READ
	jal	pg_io
# pg_wait: the environment blocks on the request; the fault comes back
# when the disk's interrupt has woken it.
pg_wait:
	addiu	$a0, $s2, PG_REQ
	sw	$a0, ENV_CHAN($s1)
	li	$t0, ES_BLOCKED
	sw	$t0, ENV_STATE($s1)
	sw	$zero, ENV_RESUME($s1)
	j	sched_next

# The fault of an environment whose request (t0 = PG_STATE) was started:
# it waits on, or the request's work is finished and the instruction runs
# again (and faults afresh if it needs another page).
pg_pending:
	lw	$t1, PG_REQ+BH_STATE($s2)
	addiu	$t2, $t1, -BS_QUEUED
	sltiu	$t2, $t2, 2
	bnez	$t2, pg_wait		# still on the disk
	li	$t2, PGS_WRITE
	bne	$t0, $t2, 2f
	li	$t2, BS_ERROR		# the victim written:
	beq	$t1, $t2, 1f
	COUNT	4
	COUNT	8
	lw	$v0, PG_FRAME($s2)	# its frame takes the page
	b	pg_read
1:	lw	$a1, PG_FRAME($s2)	# not written: it stays, dirty
	ori	$a1, $a1, PGF_DIRTY
	lw	$a0, PG_VICTIM($s2)
	jal	pg_add
	b	4f
2:	li	$t2, BS_ERROR		# the page read:
	beq	$t1, $t2, 3f
	lw	$a1, PG_FRAME($s2)	# mapped
	lw	$t0, PG_WRITE($s2)
	or	$a1, $a1, $t0
	lw	$a0, PG_PAGE($s2)
	jal	pg_add
	COUNT	0
	sw	$zero, PG_STATE($s2)
	move	$v0, $zero
	b	pg_ret
3:	lw	$a0, PG_FRAME($s2)	# not read: the frame goes back
	jal	free_page
4:	sw	$zero, PG_STATE($s2)
	li	$v0, SIGBUS
	b	pg_ret

# pg_io(a0 = block, a1 = frame, a2 = D_READ or D_WRITE): the pager's
# request goes to the disk's queue. Clobbers t0-t3.
pg_io:
	addiu	$t3, $s2, PG_REQ
	sw	$a0, BH_BLOCK($t3)
	sw	$a1, BH_DATA($t3)
	sw	$a2, BH_CMD($t3)
	move	$a0, $t3
	j	bc_enqueue

# pg_find(a0 = page index) -> v0 = its entry in the resident list, or 0.
# Clobbers t0, t1.
pg_find:
	addiu	$v0, $s2, PG_RES
	lw	$t0, PG_NRES($s2)
1:	beqz	$t0, 2f
	lw	$t1, 0($v0)
	beq	$t1, $a0, 3f
	addiu	$v0, $v0, 8
	addiu	$t0, $t0, -1
	b	1b
2:	move	$v0, $zero
3:	jr	$ra

# pg_remove(a0 = an entry): it leaves the resident list; the newer ones
# move down. Clobbers t0-t2.
pg_remove:
	lw	$t0, PG_NRES($s2)
	addiu	$t0, $t0, -1
	sw	$t0, PG_NRES($s2)
	sll	$t0, $t0, 3
	addu	$t0, $t0, $s2
	addiu	$t0, $t0, PG_RES	# the last entry
1:	beq	$a0, $t0, 2f
	lw	$t1, 8($a0)
	lw	$t2, 12($a0)
	sw	$t1, 0($a0)
	sw	$t2, 4($a0)
	addiu	$a0, $a0, 8
	b	1b
2:	jr	$ra

# pg_add(a0 = page index, a1 = frame | PGF_DIRTY): the page is resident,
# the newest, and mapped.
pg_add:
	lw	$t0, PG_NRES($s2)
	addiu	$t1, $t0, 1
	sw	$t1, PG_NRES($s2)
	sll	$t0, $t0, 3
	addu	$t0, $t0, $s2
	sw	$a0, PG_RES($t0)
	sw	$a1, PG_RES+4($t0)
# pg_map(a0 = page index, a1 = frame | PGF_DIRTY): its PTE, read-only when
# clean. The region's tables exist (pmap), so map_page needs no memory.
pg_map:
	li	$t0, 0x1ffff000
	and	$t0, $a1, $t0
	srl	$t0, $t0, 6
	ori	$t0, $t0, PTE_V|PTE_CACHED
	andi	$a1, $a1, PGF_DIRTY
	sll	$a1, $a1, 2		# PTE_D
	or	$a1, $a1, $t0
	lw	$t0, PG_VA($s2)
	sll	$a0, $a0, 12
	addu	$a0, $a0, $t0
	j	map_page

# pg_victim(s4 = the faulting page's index) -> v0 = the entry of the page
# to evict (there is one at least): the oldest, or the choice of a graft
# attached to GP_EVICT. The graft gets (the faulting page, the resident
# pages' number, the graft-space address of their indexes, oldest first,
# copied into its I/O page, 0) and returns the index of one of them; an
# invocation that does not commit, or any other answer, leaves the choice
# to the default method. Clobbers what vino_invoke does.
pg_victim:
	addiu	$sp, $sp, -40
	sw	$ra, 36($sp)
	lw	$a0, vino_points+4*GP_EVICT
	beqz	$a0, 8f
	lw	$t0, GR_IOK($a0)
	lw	$t1, PG_NRES($s2)
	addiu	$t2, $s2, PG_RES
	move	$t3, $t1
1:	lw	$t4, 0($t2)
	sw	$t4, 0($t0)
	addiu	$t2, $t2, 8
	addiu	$t0, $t0, 4
	addiu	$t3, $t3, -1
	bnez	$t3, 1b
	sw	$s4, 16($sp)
	sw	$t1, 20($sp)
	lw	$t0, GR_HEAP_END($a0)
	sw	$t0, 24($sp)
	sw	$zero, 28($sp)
	addiu	$a1, $sp, 16
	jal	vino_invoke
	bnez	$v1, 8f			# not committed
	move	$a0, $v0
	jal	pg_find
	bnez	$v0, 9f			# one of them
8:	addiu	$v0, $s2, PG_RES	# the default: the oldest
9:	lw	$ra, 36($sp)
	addiu	$sp, $sp, 40
	jr	$ra
