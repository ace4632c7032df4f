# vino.s: VINO's grafts hosted in the running kernel (doc/vino.md).
#
# A graft is MiSFIT-rewritten code mapped into kernel space through segment
# register 12 (0xC0000000, VSID VINO_VSID, no user access). Slot i of
# VINO_NGRAFT has its code at VINO_BASE + i MiB and its data region at
# VINO_BASE + i MiB + VINO_DATA_OFF; everything else in the slot is left
# unmapped, so an access that MiSFIT's offset range lets out of the region
# lands on a guard page and faults.
#
# Every invocation (vino_invoke) is a transaction. It runs the graft in
# kernel mode with interrupts on; the current environment is vino_env for
# its duration, whose vector table sends every exception to VINO: a fault
# aborts the transaction (vino_fault), the timer checks the processor
# budget and the lock time-out (vino_intr). The graft's own return
# (misfit_return, linked to vino_return) commits. Accessors (the functions
# exported to grafts) record undo operations and take locks through the
# transaction; an abort undoes in reverse order, releases the locks, and
# the caller of vino_invoke runs the default method.
#
# The timer preempts a graft as it does a program. A regular tick that
# falls inside an invocation is counted by vino_intr; when it ends the
# slice of an invocation that a program's system call started (vino_call,
# a pipe's write), the graft's registers go to vino_susp and the invoking
# environment waits, in the kernel, while others run: its invocation's
# frames lie on its own kernel stack. When it is scheduled again
# (env_run, RESUME_VINO) the graft resumes where it was, its budget and
# lock time-out moved on by the time it waited. While a graft waits no
# other invocation begins (VS_BUSY: the default methods run), so the
# transaction stack stays the waiting one's. The scheduler's own graft
# point is not preempted: it chooses who runs next.

	.include "layout.inc"
	.include "frame.inc"

	.equ PTE_V,	2
	.equ PTE_D,	4
	.equ PTE_CACHED, 0x18

# A graft record (vino_grafts), GR_SIZE bytes.
	.equ GR_STATE,	0	# GS_FREE, GS_READY, GS_RUNNING
	.equ GR_POINT,	4	# the graft point it replaces (-1: none)
	.equ GR_OBJ,	8	# the object it is attached to (0: the point's global object)
	.equ GR_OWNER,	12	# the owning environment (descriptor)
	.equ GR_ENTRY,	16
	.equ GR_RET,	20	# ra for the graft: its return stub
	.equ GR_BASE,	24	# data region base (s6, s7)
	.equ GR_MASK,	28	# region size - 1 (s5)
	.equ GR_CODE,	32	# code range [GR_CODE, GR_CODE_END)
	.equ GR_CODE_END, 36
	.equ GR_QUOTA,	40	# heap pages it may hold
	.equ GR_USED,	44	# heap pages it holds
	.equ GR_BUDGET,	48	# cycles an invocation may run
	.equ GR_FLAGS,	52	# VF_*
	.equ GR_CALLS,	56	# invocations
	.equ GR_COMMITS, 60
	.equ GR_ABORTS,	64
	.equ GR_LAST,	68	# status of the last invocation
	.equ GR_LCAUSE,	72	# Cause, EPC, BadVAddr of the last fault
	.equ GR_LEPC,	76
	.equ GR_LBADV,	80
	.equ GR_HEAP,	84	# the next heap page's address
	.equ GR_HEAP_END, 88	# the end of the heap
	.equ GR_IOK,	92	# kseg0 address of the I/O page
	.equ GR_ARG2,	96	# a2 and a3 of a GP_ENCRYPT invocation (vino_attach)
	.equ GR_ARG3,	100
	.equ GR_SIZE,	128
	.equ GR_SHIFT,	7

	.equ GS_FREE,	0
	.equ GS_READY,	1
	.equ GS_RUNNING, 2

# A transaction (vino_txns, a stack VINO_DEPTH deep), TX_SIZE bytes.
	.equ TX_FRAME,	0	# the kernel sp at vino_invoke (its frame)
	.equ TX_GRAFT,	4
	.equ TX_UNDO,	8	# undo log length at begin
	.equ TX_HELD,	12	# held-lock stack length at begin
	.equ TX_ENV,	16	# curenv at begin
	.equ TX_DEADLINE, 20	# Count at which the budget runs out
	.equ TX_SIZE,	32
	.equ TX_SHIFT,	5

# vino_invoke's frame.
	.equ IV_S0,	16
	.equ IV_GP,	52
	.equ IV_RA,	56
	.equ IV_STATUS,	60
	.equ IV_EPC,	64
	.equ IV_COMPARE, 68
	.equ IV_SIZE,	72

	.equ EPERM,	1
	.equ EBADF,	9
	.equ EINVAL,	22
	.equ EFAULT,	14
	.equ FD_WRITE,	2
	.equ NFD,	16
	.equ P_RPOS,	4
	.equ P_COUNT,	8
	.equ P_GRAFT,	20
	.equ P_BUF,	32
	.equ PIPE_BUF,	512

	.equ UNDO_SIZE,	16	# fn, a0, a1
	.equ UNDO_SHIFT, 4

	.set	reorder
	.text

# vino_invoke(a0 = graft record, a1 = four argument words, a2 = 1 when the
# invocation may be preempted: it runs for a program, on its kernel stack)
# -> v0 = the graft's result, v1 = VS_OK, or why it did not commit. Called
# in kernel mode with interrupts off (EXL set), on a kernel stack;
# preserves s0-s8, gp, Status, EPC.
	.globl	vino_invoke, vino_begin, vino_enter
vino_invoke:
	lw	$t0, GR_STATE($a0)
	lw	$t1, vino_susp_env	# a graft waits: none begins
	bnez	$t1, 1f
	li	$t1, GS_READY
	beq	$t0, $t1, vino_begin
1:	li	$v1, VS_BUSY
	move	$v0, $zero
	jr	$ra
vino_begin:
	lw	$t0, vino_depth
	sltiu	$t1, $t0, VINO_DEPTH
	bnez	$t1, 1f
	li	$v1, VS_DEPTH
	move	$v0, $zero
	jr	$ra
1:	addiu	$sp, $sp, -IV_SIZE
	sw	$s0, IV_S0($sp)
	sw	$s1, IV_S0+4($sp)
	sw	$s2, IV_S0+8($sp)
	sw	$s3, IV_S0+12($sp)
	sw	$s4, IV_S0+16($sp)
	sw	$s5, IV_S0+20($sp)
	sw	$s6, IV_S0+24($sp)
	sw	$s7, IV_S0+28($sp)
	sw	$fp, IV_S0+32($sp)
	sw	$gp, IV_GP($sp)
	sw	$ra, IV_RA($sp)
	mfc0	$t2, $12
	sw	$t2, IV_STATUS($sp)
	mfc0	$t2, $14
	sw	$t2, IV_EPC($sp)
	mfc0	$t2, $11
	sw	$t2, IV_COMPARE($sp)
	bnez	$t0, 2f			# top level: the kernel's next tick, and
	sw	$t2, vino_tick_at	# whether the invocation may be preempted
	sw	$a2, vino_preempt
2:	# The transaction.
	sll	$t1, $t0, TX_SHIFT
	la	$t2, vino_txns
	addu	$s0, $t2, $t1
	addiu	$t0, $t0, 1
	sw	$t0, vino_depth
	sw	$sp, TX_FRAME($s0)
	sw	$a0, TX_GRAFT($s0)
	lw	$t1, vino_undo_n
	sw	$t1, TX_UNDO($s0)
	lw	$t1, vino_held_n
	sw	$t1, TX_HELD($s0)
	lw	$t1, curenv
	sw	$t1, TX_ENV($s0)
	la	$t1, vino_env
	sw	$t1, curenv
	sw	$a0, vino_cur
	li	$t1, GS_RUNNING
	sw	$t1, GR_STATE($a0)
	lw	$t1, GR_CALLS($a0)
	addiu	$t1, $t1, 1
	sw	$t1, GR_CALLS($a0)
	mfc0	$t1, $9
	lw	$t2, GR_BUDGET($a0)
	addu	$t1, $t1, $t2
	sw	$t1, TX_DEADLINE($s0)
	sw	$t1, vino_deadline
	move	$s1, $a0
	move	$s2, $a1
	jal	vino_arm
	# Enter the graft: its dedicated registers (s5 mask, s6 and s7 the
	# region's base, s4 clear), its stack at the top of its region, ra its
	# return stub, every other register cleared; kernel mode, interrupts
	# on (the timer's line only).
	move	$t8, $s1
	move	$t9, $s2
	lw	$s6, GR_BASE($t8)
	lw	$s5, GR_MASK($t8)
	move	$s7, $s6
	addu	$sp, $s6, $s5
	addiu	$sp, $sp, -15
	lw	$t0, GR_ENTRY($t8)
	mtc0	$t0, $14
	lw	$ra, GR_RET($t8)
	lw	$a0, 0($t9)
	lw	$a1, 4($t9)
	lw	$a2, 8($t9)
	lw	$a3, 12($t9)
	mfc0	$t0, $12
	li	$t1, ~0xff13		# UM, IM, EXL, IE
	and	$t0, $t0, $t1
	ori	$t0, $t0, 0x8003	# IM7 | EXL | IE: eret clears EXL
vino_enter:
	.set	noreorder
	.set	noat
	mtc0	$t0, $12
	move	$at, $zero
	move	$v0, $zero
	move	$v1, $zero
	move	$t0, $zero
	move	$t1, $zero
	move	$t2, $zero
	move	$t3, $zero
	move	$t4, $zero
	move	$t5, $zero
	move	$t6, $zero
	move	$t7, $zero
	move	$t8, $zero
	move	$t9, $zero
	move	$s0, $zero
	move	$s1, $zero
	move	$s2, $zero
	move	$s3, $zero
	move	$s4, $zero
	move	$fp, $zero
	move	$gp, $zero
	mthi	$zero
	mtlo	$zero
	eret
	.set	at
	.set	reorder

# vino_return: where a graft's return stub jumps (linked as misfit_return):
# the graft returned v0. Interrupts off at once, then commit.
	.globl	vino_return, vino_commit
vino_return:
	.set	noreorder
	mfc0	$k0, $12
	nop
	ori	$k0, $k0, 2		# EXL: no interrupt from here on
	mtc0	$k0, $12
	.set	reorder
	move	$k0, $zero
	move	$t9, $v0
	li	$a0, VS_OK
vino_commit:
	b	vino_end

# vino_check: where a MiSFIT check that failed, or an exported function
# that refused, sends the graft (linked as misfit_fault).
	.globl	vino_check
vino_check:
	.set	noreorder
	mfc0	$k0, $12
	nop
	ori	$k0, $k0, 2
	mtc0	$k0, $12
	.set	reorder
	move	$k0, $zero
	lw	$t0, vino_cur
	sw	$zero, GR_LCAUSE($t0)
	sw	$ra, GR_LEPC($t0)
	sw	$zero, GR_LBADV($t0)
	li	$a0, VS_CHECK
	b	vino_end

# vino_fault: every exception but an interrupt while a graft runs (the
# vector table of vino_env). Without undo (VF_UNDO clear: an unprotected
# kernel) a fault in kernel mode is fatal, as it is in a kernel without
# VINO: the machine stops with status VINO_PANIC.
	.globl	vino_fault
vino_fault:
	lw	$t0, vino_cur
	mfc0	$t1, $13
	sw	$t1, GR_LCAUSE($t0)
	mfc0	$t1, $14
	sw	$t1, GR_LEPC($t0)
	mfc0	$t1, $8
	sw	$t1, GR_LBADV($t0)
	lw	$t1, GR_FLAGS($t0)
	andi	$t1, $t1, VF_UNDO
	beqz	$t1, vino_panic
	li	$a0, VS_FAULT
	b	vino_end
vino_panic:
	la	$sp, kstack_top
	la	$a0, msg_vino_panic
	jal	puts
	li	$a0, VINO_PANIC
	j	poweroff

# vino_intr: an interrupt while a graft runs (only the timer's line is
# open). The budget or the lock time-out may have run out: then the
# transaction aborts, once the graft itself is running (an accessor or
# the return path finishes first: the timer fires again shortly). A
# regular tick is counted; when it ends the slice of a preemptible
# invocation, the graft waits (vino_suspend) and the scheduler runs.
	.globl	vino_intr
vino_intr:
	.set	noreorder
	lui	$k1, %hi(vino_scratch)
	sw	$t0, %lo(vino_scratch)($k1)
	sw	$t1, %lo(vino_scratch+4)($k1)
	sw	$t2, %lo(vino_scratch+8)($k1)
	mfc0	$t0, $9			# now
	lui	$k0, %hi(vino_cur)
	lw	$k0, %lo(vino_cur)($k0)
	lw	$t1, GR_FLAGS($k0)
	andi	$t2, $t1, VF_BUDGET
	beqz	$t2, 1f
	lui	$t2, %hi(vino_deadline)
	lw	$t2, %lo(vino_deadline)($t2)
	subu	$t2, $t0, $t2
	bgez	$t2, 3f
	li	$t2, VS_TIME
1:	andi	$t2, $t1, VF_LOCKTO
	beqz	$t2, 6f
	lui	$t2, %hi(vino_held_n)
	lw	$t2, %lo(vino_held_n)($t2)
	beqz	$t2, 6f
	lui	$t2, %hi(vino_lock_dl)
	lw	$t2, %lo(vino_lock_dl)($t2)
	subu	$t2, $t0, $t2
	bgez	$t2, 3f
	li	$t2, VS_LOCK
	# A regular tick? Counted as intr counts it; the slice's end
	# preempts a preemptible invocation whose graft is running.
6:	lui	$t1, %hi(timer_interval)
	lw	$t1, %lo(timer_interval)($t1)
	beqz	$t1, 2f
	lui	$t2, %hi(vino_tick_at)
	lw	$t2, %lo(vino_tick_at)($t2)
	subu	$t2, $t0, $t2
	bltz	$t2, 2f
	addu	$t2, $t0, $t1
	lui	$t1, %hi(vino_tick_at)
	sw	$t2, %lo(vino_tick_at)($t1)
	lui	$t1, %hi(ticks)
	lw	$t2, %lo(ticks)($t1)
	addiu	$t2, $t2, 1
	sw	$t2, %lo(ticks)($t1)
	lw	$t1, %lo(slice_end)($t1)	# ticks and slice_end share an aligned pair
	sltu	$t2, $t2, $t1
	bnez	$t2, 2f
	lui	$t1, %hi(vino_preempt)
	lw	$t1, %lo(vino_preempt)($t1)
	beqz	$t1, 2f
	mfc0	$k1, $14
	lw	$t1, GR_CODE($k0)
	sltu	$t1, $k1, $t1
	bnez	$t1, 2f
	lw	$t1, GR_CODE_END($k0)
	sltu	$t1, $k1, $t1
	bnez	$t1, vino_suspend
	nop
	# Nothing ran out: the timer for the next event.
2:	lui	$t1, %hi(vino_scratch+12)
	sw	$ra, %lo(vino_scratch+12)($t1)
	jal	vino_next
	nop
	ARM	$v0, $t0, $t1
	lui	$k1, %hi(vino_scratch)
	lw	$v0, %lo(vino_scratch+16)($k1)
	lw	$ra, %lo(vino_scratch+12)($k1)
4:	lw	$t0, %lo(vino_scratch)($k1)
	lw	$t1, %lo(vino_scratch+4)($k1)
	lw	$t2, %lo(vino_scratch+8)($k1)
	move	$k0, $zero
	move	$k1, $zero
	eret
	# Out of time: abort, if the pc is the graft's own code.
3:	mfc0	$k1, $14
	lw	$t1, GR_CODE($k0)
	sltu	$t1, $k1, $t1
	bnez	$t1, 5f
	lw	$t1, GR_CODE_END($k0)
	sltu	$t1, $k1, $t1
	beqz	$t1, 5f
	nop
	mfc0	$t1, $13
	sw	$t1, GR_LCAUSE($k0)
	sw	$k1, GR_LEPC($k0)
	sw	$zero, GR_LBADV($k0)
	j	vino_end
	move	$a0, $t2
5:	addiu	$t0, $t0, 64		# in the kernel's part: again shortly
	ARM	$t0, $t1, $t2
	b	4b
	lui	$k1, %hi(vino_scratch)

# vino_suspend: the slice is over: the graft's registers (t0-t2 from the
# scratch words) go to vino_susp, the invoking environment will resume
# it (RESUME_VINO), the kernel's Status and timer come back, and the
# scheduler runs.
vino_suspend:
	lui	$k1, %hi(vino_susp)
	addiu	$k1, $k1, %lo(vino_susp)
	.set	noat
	sw	$1, 4($k1)
	.set	at
	sw	$v0, 8($k1)
	sw	$v1, 12($k1)
	sw	$a0, 16($k1)
	sw	$a1, 20($k1)
	sw	$a2, 24($k1)
	sw	$a3, 28($k1)
	sw	$t3, 44($k1)
	sw	$t4, 48($k1)
	sw	$t5, 52($k1)
	sw	$t6, 56($k1)
	sw	$t7, 60($k1)
	sw	$s0, 64($k1)
	sw	$s1, 68($k1)
	sw	$s2, 72($k1)
	sw	$s3, 76($k1)
	sw	$s4, 80($k1)
	sw	$s5, 84($k1)
	sw	$s6, 88($k1)
	sw	$s7, 92($k1)
	sw	$t8, 96($k1)
	sw	$t9, 100($k1)
	sw	$gp, 112($k1)
	sw	$sp, 116($k1)
	sw	$fp, 120($k1)
	sw	$ra, 124($k1)
	mfhi	$t1
	sw	$t1, 128($k1)
	mflo	$t1
	sw	$t1, 132($k1)
	mfc0	$t1, $14
	sw	$t1, 136($k1)
	lui	$t2, %hi(vino_scratch)
	lw	$t1, %lo(vino_scratch)($t2)
	sw	$t1, 32($k1)
	lw	$t1, %lo(vino_scratch+4)($t2)
	sw	$t1, 36($k1)
	lw	$t1, %lo(vino_scratch+8)($t2)
	sw	$t1, 40($k1)
	lui	$t1, %hi(vino_susp_at)
	sw	$t0, %lo(vino_susp_at)($t1)
	# The invoker: the top-level transaction's environment.
	lui	$t1, %hi(vino_txns+TX_ENV)
	lw	$a0, %lo(vino_txns+TX_ENV)($t1)
	lui	$t1, %hi(vino_txns+TX_FRAME)
	lw	$t2, %lo(vino_txns+TX_FRAME)($t1)
	lui	$t1, %hi(vino_susp_env)
	sw	$a0, %lo(vino_susp_env)($t1)
	li	$t1, RESUME_VINO
	sw	$t1, ENV_RESUME($a0)
	lui	$t1, %hi(curenv)
	sw	$a0, %lo(curenv)($t1)
	lw	$t1, IV_STATUS($t2)	# the kernel's Status (EXL set)
	mtc0	$t1, $12
	lui	$t1, %hi(vino_tick_at)
	lw	$t1, %lo(vino_tick_at)($t1)
	ARM	$t1, $t0, $t2
	move	$k0, $zero
	j	sched_next
	move	$k1, $zero

# vino_resume(k1 = the environment, its segments loaded): env_run gives the
# processor back to an environment whose graft waits. The budget's end and
# the lock time-out move on by the time it waited, and the graft
# continues with its registers as they were.
	.globl	vino_resume
vino_resume:
	sw	$zero, ENV_RESUME($k1)	# afterwards: its trap frame, as usual
	mfc0	$t0, $9
	lui	$t1, %hi(vino_susp_at)
	lw	$t1, %lo(vino_susp_at)($t1)
	subu	$t3, $t0, $t1		# the time it waited
	lui	$t1, %hi(vino_deadline)
	lw	$t2, %lo(vino_deadline)($t1)
	addu	$t2, $t2, $t3
	sw	$t2, %lo(vino_deadline)($t1)
	lui	$t1, %hi(vino_lock_dl)
	lw	$t2, %lo(vino_lock_dl)($t1)
	addu	$t2, $t2, $t3
	sw	$t2, %lo(vino_lock_dl)($t1)
	lui	$t4, %hi(vino_depth)
	lw	$t4, %lo(vino_depth)($t4)
	lui	$t5, %hi(vino_txns)
	addiu	$t5, $t5, %lo(vino_txns)
7:	lw	$t2, TX_DEADLINE($t5)
	addu	$t2, $t2, $t3
	sw	$t2, TX_DEADLINE($t5)
	addiu	$t4, $t4, -1
	bnez	$t4, 7b
	addiu	$t5, $t5, TX_SIZE
	lui	$t1, %hi(vino_susp_env)
	sw	$zero, %lo(vino_susp_env)($t1)
	lui	$t1, %hi(vino_env)
	addiu	$t1, $t1, %lo(vino_env)
	lui	$t2, %hi(curenv)
	sw	$t1, %lo(curenv)($t2)
	# The timer for the graft's next event, and its Status: kernel mode,
	# the timer's line only; eret clears EXL.
	mfc0	$t1, $11		# the kernel's next tick, as it stands now
	lui	$t2, %hi(vino_tick_at)
	sw	$t1, %lo(vino_tick_at)($t2)
	lui	$k0, %hi(vino_cur)
	jal	vino_next
	lw	$k0, %lo(vino_cur)($k0)
	ARM	$v0, $t0, $t1
	mfc0	$t0, $12
	li	$t1, ~0xff13
	and	$t0, $t0, $t1
	ori	$t0, $t0, 0x8003
	mtc0	$t0, $12
	lui	$k1, %hi(vino_susp)
	addiu	$k1, $k1, %lo(vino_susp)
	lw	$t1, 128($k1)
	mthi	$t1
	lw	$t1, 132($k1)
	mtlo	$t1
	lw	$t1, 136($k1)
	mtc0	$t1, $14
	.set	noat
	lw	$1, 4($k1)
	.set	at
	lw	$v0, 8($k1)
	lw	$v1, 12($k1)
	lw	$a0, 16($k1)
	lw	$a1, 20($k1)
	lw	$a2, 24($k1)
	lw	$a3, 28($k1)
	lw	$t0, 32($k1)
	lw	$t1, 36($k1)
	lw	$t2, 40($k1)
	lw	$t3, 44($k1)
	lw	$t4, 48($k1)
	lw	$t5, 52($k1)
	lw	$t6, 56($k1)
	lw	$t7, 60($k1)
	lw	$s0, 64($k1)
	lw	$s1, 68($k1)
	lw	$s2, 72($k1)
	lw	$s3, 76($k1)
	lw	$s4, 80($k1)
	lw	$s5, 84($k1)
	lw	$s6, 88($k1)
	lw	$s7, 92($k1)
	lw	$t8, 96($k1)
	lw	$t9, 100($k1)
	lw	$gp, 112($k1)
	lw	$sp, 116($k1)
	lw	$fp, 120($k1)
	lw	$ra, 124($k1)
	move	$k0, $zero
	move	$k1, $zero
	eret
	.set	reorder

# vino_next(t0 = Count now) -> v0 = the next Compare: the nearest of the
# budget's end, the lock time-out and the kernel's next tick that are in
# force, else now - 1 (the timer then fires only after Count wraps). Uses
# t1, t2 and k1, reads k0 (the graft); keeps v0's old value at
# vino_scratch+16.
	.macro	NEARER cand
	subu	$t1, \cand, $t0		# the candidate, from now
	subu	$k1, $v0, $t0		# the nearest so far (now - 1: the farthest)
	sltu	$t1, $t1, $k1
	beqz	$t1, 9f
	nop
	move	$v0, \cand
9:
	.endm
vino_next:
	.set	noreorder
	lui	$t1, %hi(vino_scratch+16)
	sw	$v0, %lo(vino_scratch+16)($t1)
	addiu	$v0, $t0, -1
	lw	$t1, GR_FLAGS($k0)
	andi	$t2, $t1, VF_BUDGET
	beqz	$t2, 1f
	nop
	lui	$t2, %hi(vino_deadline)
	lw	$v0, %lo(vino_deadline)($t2)
1:	andi	$t2, $t1, VF_LOCKTO
	beqz	$t2, 2f
	lui	$t2, %hi(vino_held_n)
	lw	$t2, %lo(vino_held_n)($t2)
	beqz	$t2, 2f
	lui	$t2, %hi(vino_lock_dl)
	lw	$t2, %lo(vino_lock_dl)($t2)
	NEARER	$t2
2:	lui	$t2, %hi(timer_interval)
	lw	$t2, %lo(timer_interval)($t2)
	beqz	$t2, 3f
	lui	$t2, %hi(vino_tick_at)
	lw	$t2, %lo(vino_tick_at)($t2)
	NEARER	$t2
3:	jr	$ra
	nop
	.set	reorder

# vino_arm: Compare for the running graft (vino_cur), from now. Clobbers
# t0-t2, k0, k1.
vino_arm:
	move	$t3, $ra
	mfc0	$t0, $9
	lw	$k0, vino_cur
	jal	vino_next
	ARM	$v0, $t0, $t1
	move	$k0, $zero
	move	$k1, $zero
	jr	$t3

# vino_end(a0 = status, t9 = the graft's result): the transaction ends.
# Commit: a top-level transaction drops its undo log and releases its
# locks; a nested one leaves both to its parent. Abort: the undo log
# back to the transaction's begin, in reverse order (when VF_UNDO), and
# its locks released. Then the invoker's state comes back.
	.globl	vino_end, vino_abort
vino_end:
	lw	$t0, vino_depth
	addiu	$t0, $t0, -1
	sll	$t1, $t0, TX_SHIFT
	la	$s0, vino_txns
	addu	$s0, $s0, $t1
	lw	$sp, TX_FRAME($s0)
	lw	$s1, TX_GRAFT($s0)
	move	$s2, $a0
	move	$s3, $t9
	bnez	$s2, vino_abort
	lw	$t1, GR_COMMITS($s1)
	addiu	$t1, $t1, 1
	sw	$t1, GR_COMMITS($s1)
	bnez	$t0, 8f			# nested: the parent takes its log and locks
	b	6f
vino_abort:
	move	$s3, $zero
	lw	$t1, GR_ABORTS($s1)
	addiu	$t1, $t1, 1
	sw	$t1, GR_ABORTS($s1)
	lw	$t1, GR_FLAGS($s1)
	andi	$t1, $t1, VF_UNDO
	beqz	$t1, 6f
	# Undo, newest first.
1:	lw	$t0, vino_undo_n
	lw	$t1, TX_UNDO($s0)
	beq	$t0, $t1, 6f
	addiu	$t0, $t0, -1
	sw	$t0, vino_undo_n
	sll	$t0, $t0, UNDO_SHIFT
	la	$t1, vino_undo
	addu	$t0, $t0, $t1
	lw	$t9, 0($t0)
	lw	$a0, 4($t0)
	lw	$a1, 8($t0)
	jalr	$t9
	b	1b
	# Release the locks taken since begin; drop the log.
6:	lw	$t0, TX_UNDO($s0)
	sw	$t0, vino_undo_n
	lw	$t0, vino_held_n
	lw	$t1, TX_HELD($s0)
	la	$t2, vino_held
	la	$t3, vino_locks
7:	beq	$t0, $t1, 9f
	addiu	$t0, $t0, -1
	sll	$t4, $t0, 2
	addu	$t4, $t4, $t2
	lw	$t4, 0($t4)
	sll	$t4, $t4, 3
	addu	$t4, $t4, $t3
	sw	$zero, 0($t4)
	b	7b
9:	sw	$t0, vino_held_n
8:	sw	$s2, GR_LAST($s1)
	li	$t0, GS_READY
	sw	$t0, GR_STATE($s1)
	lw	$t0, vino_depth
	addiu	$t0, $t0, -1
	sw	$t0, vino_depth
	lw	$t1, TX_ENV($s0)
	sw	$t1, curenv
	beqz	$t0, 2f
	# Nested: the parent graft runs on, under its own budget.
	lw	$t1, TX_GRAFT-TX_SIZE($s0)
	sw	$t1, vino_cur
	lw	$t1, TX_DEADLINE-TX_SIZE($s0)
	sw	$t1, vino_deadline
	jal	vino_arm
	b	3f
	# Top level: the kernel's timer as it was; a tick that came due
	# meanwhile fires at once.
2:	sw	$zero, vino_cur
	lw	$t0, IV_COMPARE($sp)
	lw	$t1, timer_interval
	beqz	$t1, 4f
	lw	$t0, vino_tick_at	# the kernel's next tick, as vino_intr kept it
	ARM	$t0, $t1, $t2
	b	3f
4:	mtc0	$t0, $11
3:	lw	$t0, IV_STATUS($sp)
	mtc0	$t0, $12
	lw	$t0, IV_EPC($sp)
	mtc0	$t0, $14
	move	$v0, $s3
	move	$v1, $s2
	lw	$s0, IV_S0($sp)
	lw	$s1, IV_S0+4($sp)
	lw	$s2, IV_S0+8($sp)
	lw	$s3, IV_S0+12($sp)
	lw	$s4, IV_S0+16($sp)
	lw	$s5, IV_S0+20($sp)
	lw	$s6, IV_S0+24($sp)
	lw	$s7, IV_S0+28($sp)
	lw	$fp, IV_S0+32($sp)
	lw	$gp, IV_GP($sp)
	lw	$ra, IV_RA($sp)
	addiu	$sp, $sp, IV_SIZE
	.globl	vino_done
vino_done:
	jr	$ra

# Accessors: the kernel functions a graft may call (VinoExports). Each
# turns interrupts off, moves to the kernel stack below the invocation's
# frame, and back.
	.macro	ACC_ENTER
	mfc0	$t0, $12
	li	$t1, -2
	and	$t0, $t0, $t1
	mtc0	$t0, $12
	move	$t0, $sp
	lw	$t1, vino_depth
	addiu	$t1, $t1, -1
	sll	$t1, $t1, TX_SHIFT
	la	$t2, vino_txns
	addu	$t1, $t1, $t2
	lw	$sp, TX_FRAME($t1)
	addiu	$sp, $sp, -32
	sw	$t0, 28($sp)
	sw	$ra, 24($sp)
	sw	$s0, 20($sp)
	sw	$s1, 16($sp)
	lw	$s0, vino_cur
	.endm

	.macro	ACC_LEAVE
	lw	$ra, 24($sp)
	lw	$s0, 20($sp)
	lw	$s1, 16($sp)
	lw	$sp, 28($sp)
	mfc0	$t0, $12
	ori	$t0, $t0, 1
	mtc0	$t0, $12
	move	$t1, $zero
	move	$t2, $zero
	move	$k0, $zero
	move	$k1, $zero
	jr	$ra
	.endm

# undo_push(a0 = function, a1, a2): one entry in the undo log; v0 = 0, or
# -1 when the log is full.
undo_push:
	lw	$t0, vino_undo_n
	sltiu	$t1, $t0, VINO_UNDO_MAX
	beqz	$t1, 1f
	sll	$t1, $t0, UNDO_SHIFT
	la	$t2, vino_undo
	addu	$t1, $t1, $t2
	sw	$a0, 0($t1)
	sw	$a1, 4($t1)
	sw	$a2, 8($t1)
	addiu	$t0, $t0, 1
	sw	$t0, vino_undo_n
	move	$v0, $zero
	jr	$ra
1:	li	$v0, -1
	jr	$ra

# vino_abort_from(a0 = status): an accessor aborts the transaction (a quota
# run out, a full log). Records where and ends it.
vino_abort_from:
	.set	noreorder
	mfc0	$t0, $12
	nop
	ori	$t0, $t0, 2
	mtc0	$t0, $12
	.set	reorder
	lw	$t0, vino_cur
	sw	$zero, GR_LCAUSE($t0)
	lw	$t1, 24($sp)		# the accessor's return address
	sw	$t1, GR_LEPC($t0)
	sw	$zero, GR_LBADV($t0)
	b	vino_end

# vino_lock(a0 = lock) -> v0 = 0, or -1 for no such lock. Takes the lock
# for the transaction until its top level ends (two-phase locking). The
# time-out counts from the first lock the transactions hold.
	.globl	vino_lock
vino_lock:
	ACC_ENTER
	li	$v0, -1
	sltiu	$t0, $a0, VINO_NLOCK
	beqz	$t0, 9f
	move	$v0, $zero
	sll	$t0, $a0, 3
	la	$t1, vino_locks
	addu	$t0, $t0, $t1
	lw	$t1, 0($t0)
	bnez	$t1, 9f			# held by this transaction or a parent
	lw	$t1, vino_held_n
	sltiu	$t2, $t1, VINO_NLOCK
	bnez	$t2, 1f
	li	$a0, VS_QUOTA
	b	vino_abort_from
1:	lw	$t2, vino_depth
	sw	$t2, 0($t0)		# owner: the transaction's depth
	mfc0	$t3, $9
	sw	$t3, 4($t0)
	sll	$t2, $t1, 2
	la	$t4, vino_held
	addu	$t2, $t2, $t4
	sw	$a0, 0($t2)
	addiu	$t1, $t1, 1
	sw	$t1, vino_held_n
	li	$t2, 1
	bne	$t1, $t2, 9f
	lw	$t2, vino_lock_timeout
	addu	$t3, $t3, $t2
	sw	$t3, vino_lock_dl
	jal	vino_arm
	move	$v0, $zero
9:	lw	$ra, 24($sp)
	lw	$s0, 20($sp)
	lw	$s1, 16($sp)
	lw	$sp, 28($sp)
	mfc0	$t0, $12
	ori	$t0, $t0, 1
	mtc0	$t0, $12
	move	$t1, $zero
	move	$t2, $zero
	move	$k0, $zero
	move	$k1, $zero
	.globl	vino_lock_ret
vino_lock_ret:				# (ACC_LEAVE, with a label for the bench)
	jr	$ra

# vino_alloc() -> v0 = the address of a fresh zeroed page in the graft's
# heap (its region between its sections and its I/O page), or 0 when the
# heap or the kernel's memory is exhausted. The page is charged to the
# graft's owner: when the pages all its grafts hold reach this graft's
# quota (VF_QUOTA), the transaction aborts. The undo log frees it.
	.globl	vino_alloc
vino_alloc:
	ACC_ENTER
	lw	$t0, GR_FLAGS($s0)
	andi	$t0, $t0, VF_QUOTA
	beqz	$t0, 1f
	# The pages the owner's grafts hold, against this graft's quota.
	lw	$t3, GR_OWNER($s0)
	la	$t4, vino_grafts
	addiu	$t5, $t4, VINO_NGRAFT*GR_SIZE
	move	$t0, $zero
2:	lw	$t1, GR_OWNER($t4)
	bne	$t1, $t3, 3f
	lw	$t1, GR_USED($t4)
	addu	$t0, $t0, $t1
3:	addiu	$t4, $t4, GR_SIZE
	bne	$t4, $t5, 2b
	lw	$t1, GR_QUOTA($s0)
	sltu	$t0, $t0, $t1
	bnez	$t0, 1f
	li	$a0, VS_QUOTA
	b	vino_abort_from
1:	move	$v0, $zero
	lw	$s1, GR_HEAP($s0)
	lw	$t0, GR_HEAP_END($s0)
	sltu	$t0, $s1, $t0
	beqz	$t0, 9f
	move	$a0, $zero		# a fresh zeroed page, mapped there
	move	$a1, $s1
	li	$a2, PTE_D
	move	$a3, $zero
	jal	vino_map_copy
	beqz	$v0, 2f
	move	$v0, $zero		# no memory
	b	9f
2:	sw	$v1, 8($sp)
	la	$a0, undo_alloc
	move	$a1, $s1
	lw	$a2, 8($sp)
	jal	undo_push
	beqz	$v0, 3f
	move	$a0, $s1		# the log is full: no page, and abort
	lw	$a1, 8($sp)
	jal	undo_alloc
	li	$a0, VS_QUOTA
	b	vino_abort_from
3:	addiu	$t0, $s1, 4096
	sw	$t0, GR_HEAP($s0)
	lw	$t0, GR_USED($s0)
	addiu	$t0, $t0, 1
	sw	$t0, GR_USED($s0)
	lw	$t0, vino_pages
	addiu	$t0, $t0, 1
	sw	$t0, vino_pages
	move	$v0, $s1
9:	ACC_LEAVE

# undo_alloc(a0 = heap page address, a1 = its kseg0 address): the page
# leaves the graft's heap and goes back to the kernel.
undo_alloc:
	addiu	$sp, $sp, -24
	sw	$ra, 20($sp)
	sw	$a0, 16($sp)
	sw	$a1, 12($sp)
	jal	vino_unmap_page
	lw	$a0, 12($sp)
	jal	free_page
	lw	$t1, 16($sp)		# the slot's graft record
	li	$t2, VINO_BASE
	subu	$t0, $t1, $t2
	srl	$t0, $t0, 20
	sll	$t0, $t0, GR_SHIFT
	la	$t2, vino_grafts
	addu	$t0, $t0, $t2
	sw	$t1, GR_HEAP($t0)
	lw	$t1, GR_USED($t0)
	addiu	$t1, $t1, -1
	sw	$t1, GR_USED($t0)
	lw	$t1, vino_pages
	addiu	$t1, $t1, -1
	sw	$t1, vino_pages
	lw	$ra, 20($sp)
	addiu	$sp, $sp, 24
	jr	$ra

# VAR_ADDR: t0 = the address of variable a0 of the running graft's owner
# (vino_vars: VINO_NVAR words for each environment, so that grafts of
# different owners cannot touch each other's policy), or 0 for no such
# variable. Clobbers t1.
	.macro	VAR_ADDR
	move	$t0, $zero
	sltiu	$t1, $a0, VINO_NVAR
	beqz	$t1, 9f
	lw	$t0, vino_cur
	lw	$t0, GR_OWNER($t0)
	lw	$t0, ENV_ID($t0)
	sll	$t0, $t0, VINO_NVAR_SHIFT
	addu	$t0, $t0, $a0
	sll	$t0, $t0, 2
	la	$t1, vino_vars
	addu	$t0, $t0, $t1
9:
	.endm

# vino_set(a0 = variable, a1 = value) -> v0 = 0, or -1 for no such
# variable: a policy variable of the graft's owner, written through the
# transaction (undo: the old value).
	.globl	vino_set, vino_get
vino_set:
	ACC_ENTER
	li	$v0, -1
	VAR_ADDR
	beqz	$t0, 9f
	move	$s1, $t0
	move	$t3, $a1
	sw	$t3, 8($sp)
	la	$a0, undo_word
	move	$a1, $s1
	lw	$a2, 0($s1)
	jal	undo_push
	beqz	$v0, 1f
	li	$a0, VS_QUOTA
	b	vino_abort_from
1:	lw	$t3, 8($sp)
	sw	$t3, 0($s1)
	move	$v0, $zero
9:	ACC_LEAVE

# vino_get(a0 = variable) -> v0 = its value (0 for no such variable).
vino_get:
	move	$v0, $zero
	VAR_ADDR
	beqz	$t0, 1f
	lw	$v0, 0($t0)
1:	move	$t0, $zero
	move	$t1, $zero
	jr	$ra

# vino_nested(a0 = slot, a1, a2) -> v0 = the graft's result, v1 = its
# status: the graft calls another graft of its owner's, attached to
# GP_CALL, with (a1, a2) as its a0 and a1, in a nested transaction. The
# inner transaction's commit leaves its undo records and locks to the
# outer one; its abort undoes its own effects only.
	.globl	vino_nested
vino_nested:
	ACC_ENTER
	move	$v0, $zero
	li	$v1, VS_BUSY
	sltiu	$t0, $a0, VINO_NGRAFT
	beqz	$t0, 9f
	sll	$t0, $a0, GR_SHIFT
	la	$t1, vino_grafts
	addu	$a0, $t0, $t1
	lw	$t0, GR_OWNER($a0)
	lw	$t1, GR_OWNER($s0)
	bne	$t0, $t1, 9f
	lw	$t0, GR_POINT($a0)
	li	$t1, GP_CALL
	bne	$t0, $t1, 9f
	addiu	$sp, $sp, -32
	sw	$a1, 16($sp)
	sw	$a2, 20($sp)
	sw	$zero, 24($sp)
	sw	$zero, 28($sp)
	addiu	$a1, $sp, 16
	move	$a2, $zero		# (a nested one follows its parent)
	jal	vino_invoke
	addiu	$sp, $sp, 32
9:	ACC_LEAVE

# undo_word(a0 = address, a1 = value)
undo_word:
	sw	$a1, 0($a0)
	jr	$ra

# vino_env_state(a0 = environment) -> v0 = its state (ES_*), -1 for none.
	.globl	vino_env_state, vino_time
vino_env_state:
	li	$v0, -1
	sltiu	$t0, $a0, NENV
	beqz	$t0, 1f
	sll	$t0, $a0, ENV_SHIFT
	la	$t1, envs
	addu	$t0, $t0, $t1
	lw	$v0, ENV_STATE($t0)
1:	move	$t0, $zero
	move	$t1, $zero
	jr	$ra

# vino_time() -> v0 = Count.
vino_time:
	mfc0	$v0, $9
	jr	$ra

# vino_call(a0 = slot, a1-a3 = the graft's first three arguments): the
# system call that invokes a graft attached to GP_CALL, for its owner.
# Conventional (4293): v0 = the result, or -(VINO_ERRNO + status) when the
# invocation did not commit. Exokernel (EXO_VINO_CALL): v0 = the result,
# v1 = the status.
	.globl	sys_vino_call, exo_vino_call
sys_vino_call:
	addiu	$sp, $sp, -40
	sw	$ra, 36($sp)
	move	$t9, $s1
	jal	vino_call_k
	beqz	$v1, 1f
	li	$t0, VINO_ERRNO
	addu	$v0, $v1, $t0
	subu	$v0, $zero, $v0
1:	lw	$ra, 36($sp)
	addiu	$sp, $sp, 40
	jr	$ra

exo_vino_call:
	ENTER
	addiu	$sp, $sp, -40
	move	$t9, $s0
	jal	vino_call_k
	addiu	$sp, $sp, 40
	lw	$ra, 24($sp)
	lw	$s0, 20($sp)
	lw	$s1, 16($sp)
	lw	$s2, 12($sp)
	lw	$s3, 8($sp)
	lw	$sp, 28($sp)
	.set	noat
	.set	noreorder
	move	$t0, $zero
	move	$t1, $zero
	move	$t2, $zero
	move	$t3, $zero
	move	$t4, $zero
	move	$t5, $zero
	move	$t6, $zero
	move	$t7, $zero
	move	$t8, $zero
	move	$t9, $zero
	move	$at, $zero
	move	$k0, $zero
	move	$k1, $zero
	eret
	.set	reorder
	.set	at

# vino_call_k(a0-a3 as vino_call, t9 = the calling environment), on a
# caller's frame of 40 bytes -> v0, v1 as vino_invoke.
vino_call_k:
	move	$v0, $zero
	li	$v1, VS_BUSY
	sltiu	$t0, $a0, VINO_NGRAFT
	beqz	$t0, 1f
	sll	$t0, $a0, GR_SHIFT
	la	$t1, vino_grafts
	addu	$a0, $t0, $t1
	lw	$t0, GR_OWNER($a0)
	bne	$t0, $t9, 1f
	lw	$t0, GR_POINT($a0)
	li	$t1, GP_CALL
	bne	$t0, $t1, 1f
	sw	$a1, 16($sp)
	sw	$a2, 20($sp)
	sw	$a3, 24($sp)
	sw	$zero, 28($sp)
	addiu	$a1, $sp, 16
	li	$a2, 1			# a program's call: it may be preempted
	j	vino_invoke
1:	jr	$ra

# vino_attach(a0 = slot, a1 = fd, a2, a3): the caller attaches its
# GP_ENCRYPT graft to the pipe whose write end is its descriptor fd; every
# write through the pipe then calls the graft with (the I/O page, the
# length, a2, a3). Conventional 4294: v0 = 0, -EINVAL (no such graft of
# the caller's at that point), -EBADF (no pipe write end).
	.globl	sys_vino_attach
sys_vino_attach:
	li	$v0, -EINVAL
	sltiu	$t0, $a0, VINO_NGRAFT
	beqz	$t0, 9f
	sll	$t0, $a0, GR_SHIFT
	la	$t1, vino_grafts
	addu	$t8, $t0, $t1
	lw	$t0, GR_STATE($t8)
	beqz	$t0, 9f
	lw	$t0, GR_OWNER($t8)
	bne	$t0, $s1, 9f
	lw	$t0, GR_POINT($t8)
	li	$t1, GP_ENCRYPT
	bne	$t0, $t1, 9f
	li	$v0, -EBADF
	sltiu	$t0, $a1, NFD
	beqz	$t0, 9f
	sll	$t0, $a1, 2
	addu	$t0, $t0, $s1
	lw	$t0, ENV_FDS($t0)
	andi	$t1, $t0, FD_WRITE
	beqz	$t1, 9f
	xori	$t0, $t0, FD_WRITE	# the pipe
	sw	$a2, GR_ARG2($t8)
	sw	$a3, GR_ARG3($t8)
	sw	$t8, P_GRAFT($t0)
	move	$v0, $zero
9:	jr	$ra

# pipe_encrypt(s2 = pipe, s3 = bytes (at most PIPE_BUF), s4 = user
# address, a0 = position in the ring) -> v0 = 0 or -EFAULT: the write's
# bytes go through the pipe's encryption graft into the ring. The bytes are
# copied into the graft's I/O page, the graft runs on them in place, and
# the result goes into the ring. An invocation that does not commit runs
# the default method: the bytes go in as they are. The invocation may be
# preempted: the caller holds the pipe's write lock.
	.globl	pipe_encrypt
pipe_encrypt:
	addiu	$sp, $sp, -40
	sw	$ra, 36($sp)
	sw	$a0, 32($sp)
	lw	$t9, P_GRAFT($s2)
	move	$a0, $s4
	lw	$a1, GR_IOK($t9)
	move	$a2, $s3
	move	$a3, $zero
	jal	copy_user
	bnez	$v0, 9f
	lw	$a0, P_GRAFT($s2)
	lw	$t0, GR_HEAP_END($a0)	# the I/O page, in graft space
	sw	$t0, 16($sp)
	sw	$s3, 20($sp)
	lw	$t0, GR_ARG2($a0)
	sw	$t0, 24($sp)
	lw	$t0, GR_ARG3($a0)
	sw	$t0, 28($sp)
	addiu	$a1, $sp, 16
	li	$a2, 1			# preemptible: the write holds the pipe (P_WLOCK)
	jal	vino_invoke
	beqz	$v1, 1f
	lw	$t9, P_GRAFT($s2)	# the default method
	move	$a0, $s4
	lw	$a1, GR_IOK($t9)
	move	$a2, $s3
	move	$a3, $zero
	jal	copy_user
	bnez	$v0, 9f
1:	lw	$t9, P_GRAFT($s2)
	lw	$t0, GR_IOK($t9)
	lw	$t1, 32($sp)		# the position in the ring
	move	$t2, $s3
2:	lbu	$t3, 0($t0)
	addu	$t4, $s2, $t1
	sb	$t3, P_BUF($t4)
	addiu	$t0, $t0, 1
	addiu	$t1, $t1, 1
	andi	$t1, $t1, PIPE_BUF-1
	addiu	$t2, $t2, -1
	bnez	$t2, 2b
	move	$v0, $zero
9:	lw	$ra, 36($sp)
	addiu	$sp, $sp, 40
	jr	$ra

# vino_sched(): the scheduler's graft point, called by sched_next when a
# graft is attached to GP_SCHED: the graft chooses the environment that
# runs next from (a0 = the current environment's index, a1 = 1 + the
# highest index). v0 = its descriptor when it committed and chose a
# runnable environment; 0 otherwise (the default method runs).
	.globl	vino_sched
vino_sched:
	addiu	$sp, $sp, -40
	sw	$ra, 36($sp)
	lw	$t0, curenv
	lw	$t0, ENV_ID($t0)
	sw	$t0, 16($sp)
	lw	$t0, env_top
	sw	$t0, 20($sp)
	sw	$zero, 24($sp)
	sw	$zero, 28($sp)
	lw	$a0, vino_points+4*GP_SCHED
	addiu	$a1, $sp, 16
	move	$a2, $zero		# the scheduler is not preempted
	jal	vino_invoke
	bnez	$v1, 8f
	sltiu	$t0, $v0, NENV
	beqz	$t0, 8f
	sll	$t0, $v0, ENV_SHIFT
	la	$t1, envs
	addu	$v0, $t0, $t1
	lw	$t0, ENV_STATE($v0)
	li	$t1, ES_RUNNABLE
	beq	$t0, $t1, 9f
8:	move	$v0, $zero
9:	lw	$ra, 36($sp)
	addiu	$sp, $sp, 40
	jr	$ra

# vino_boot(a0 = boot information): the graft segment, and the grafts the
# firmware placed (boot graft records). Called once by __start.
	.globl	vino_boot
vino_boot:
	addiu	$sp, $sp, -40
	sw	$ra, 36($sp)
	sw	$s0, 32($sp)
	sw	$s1, 28($sp)
	sw	$s2, 24($sp)
	sw	$s3, 20($sp)
	sw	$s4, 16($sp)
	move	$s4, $a0
	li	$t0, SR_VINO
	mtsr	12, $t0
	# vino_env: every exception to VINO while a graft runs.
	la	$t0, vino_env
	la	$t1, vino_fault
	li	$t2, 32
1:	sw	$t1, ENV_VEC($t0)
	addiu	$t0, $t0, 4
	addiu	$t2, $t2, -1
	bnez	$t2, 1b
	la	$t1, vino_intr
	sw	$t1, vino_env+ENV_VEC
	lw	$t0, BI_LOCK_TIMEOUT($s4)
	sw	$t0, vino_lock_timeout
	lw	$t0, BI_VINO_QUOTA($s4)
	sw	$t0, vino_def_quota
	lw	$t0, BI_VINO_BUDGET($s4)
	sw	$t0, vino_def_budget
	lw	$t0, BI_VINO_NKEYS($s4)	# the keys grafts may be signed with
	sltiu	$t1, $t0, VINO_MAXKEYS+1
	beqz	$t1, 9f
	sw	$t0, vino_nkeys
	la	$a0, vino_keys
	li	$a1, BI_VINO_KEYS
	addu	$a1, $a1, $s4
	sll	$a2, $t0, 5
	addu	$a2, $a2, $a1
	jal	copy_words
	lw	$s0, BI_NGRAFTS($s4)
	beqz	$s0, 8f			# none: no page for VINO until one is installed
	jal	vino_stubs
	bnez	$v0, 9f
	sltiu	$t0, $s0, VINO_NGRAFT+1
	beqz	$t0, 9f
	move	$s1, $zero
	li	$s2, BI_GRAFTS
	addu	$s2, $s2, $s4
2:	beq	$s1, $s0, 8f
	move	$a0, $s1
	move	$a1, $s2
	jal	vino_place
	bnez	$v0, 9f
	addiu	$s1, $s1, 1
	addiu	$s2, $s2, BG_SIZE
	b	2b
8:	move	$v0, $zero
	b	10f
9:	li	$v0, -1
10:	lw	$ra, 36($sp)
	lw	$s0, 32($sp)
	lw	$s1, 28($sp)
	lw	$s2, 24($sp)
	lw	$s3, 20($sp)
	lw	$s4, 16($sp)
	addiu	$sp, $sp, 40
	jr	$ra

	.globl	vino_stubs
# vino_stubs() -> v0 = 0, or -1 without memory: the stub page, a jump to
# each export within the grafts' reach, mapped once at VINO_STUBS.
vino_stubs:
	lw	$v0, vino_stub_page
	bnez	$v0, 8f
	addiu	$sp, $sp, -24
	sw	$ra, 20($sp)
	la	$a0, vino_stub_targets
	la	$a1, vino_stub_end
	li	$a2, 25			# t9
	li	$a3, VINO_STUBS
	jal	stub_page
	sw	$v0, vino_stub_page
	sltiu	$v0, $v0, 1
	subu	$v0, $zero, $v0		# 0, or -1 without memory
	lw	$ra, 20($sp)
	addiu	$sp, $sp, 24
	jr	$ra
8:	move	$v0, $zero
	jr	$ra

# stub_page(a0 = targets, a1 = their end, a2 = a register's number, a3 =
# graft-space address) -> v0 = the page (kseg0), or 0 without memory: a
# page of 16-byte stubs, the i-th `lui r, %hi(target i); addiu r, r,
# %lo(target i); jr r; nop`, mapped read-only at a3 (VINO's exports with
# t9, SPIN's with at).
	.globl	stub_page
stub_page:
	addiu	$sp, $sp, -40
	sw	$ra, 36($sp)
	sw	$s0, 32($sp)
	sw	$s1, 28($sp)
	sw	$s2, 24($sp)
	sw	$s3, 20($sp)
	move	$s0, $a0
	move	$s1, $a1
	move	$s2, $a2
	move	$s3, $a3
	jal	alloc_page
	sw	$v0, 16($sp)
	beqz	$v0, 9f
	sll	$t6, $s2, 16		# lui r
	lui	$t7, 0x3c00
	or	$t6, $t6, $t7
	sll	$t7, $s2, 21		# addiu r, r
	sll	$t8, $s2, 16
	or	$t7, $t7, $t8
	lui	$t8, 0x2400
	or	$t7, $t7, $t8
	sll	$t8, $s2, 21		# jr r
	ori	$t8, $t8, 8
	move	$t2, $v0
1:	lw	$t3, 0($s0)
	addiu	$t4, $t3, 0x7fff
	addiu	$t4, $t4, 1
	srl	$t4, $t4, 16		# %hi, carried
	or	$t5, $t6, $t4
	sw	$t5, 0($t2)
	andi	$t4, $t3, 0xffff
	or	$t5, $t7, $t4
	sw	$t5, 4($t2)
	sw	$t8, 8($t2)
	sw	$zero, 12($t2)
	addiu	$s0, $s0, 4
	addiu	$t2, $t2, 16
	bne	$s0, $s1, 1b
	lw	$t0, 16($sp)
	li	$t1, 0x1fffffff
	and	$a0, $t0, $t1
	li	$a1, 1
	move	$a2, $s3
	move	$a3, $zero
	jal	vino_map_run
	beqz	$v0, 9f
	lw	$a0, 16($sp)		# no page table: the page goes back
	jal	free_page
	sw	$zero, 16($sp)
9:	lw	$v0, 16($sp)
	lw	$ra, 36($sp)
	lw	$s0, 32($sp)
	lw	$s1, 28($sp)
	lw	$s2, 24($sp)
	lw	$s3, 20($sp)
	addiu	$sp, $sp, 40
	jr	$ra

# vino_place(a0 = slot, a1 = boot graft record) -> v0 = 0 or -1: map the
# pages the firmware placed (code read-only; the sections' pages and the
# two top pages, I/O and stack, read-write) and fill the graft record.
vino_place:
	addiu	$sp, $sp, -40
	sw	$ra, 36($sp)
	sw	$s0, 32($sp)
	sw	$s1, 28($sp)
	sw	$s2, 24($sp)
	sw	$s3, 20($sp)
	sw	$s4, 16($sp)
	sll	$t0, $a0, GR_SHIFT
	la	$s0, vino_grafts
	addu	$s0, $s0, $t0
	move	$s1, $a1
	sll	$s4, $a0, 20
	li	$t0, VINO_BASE
	addu	$s4, $s4, $t0		# the slot
	move	$a0, $s4
	move	$a1, $s1
	li	$a2, 2			# the I/O page and the stack page
	jal	place_pages
	bnez	$v0, 9f
	li	$t0, VINO_DATA_OFF
	addu	$s2, $s4, $t0		# the region
	lw	$t0, BG_REGION($s1)
	addu	$t1, $s2, $t0
	addiu	$t1, $t1, -8192
	sw	$t1, GR_HEAP_END($s0)	# the I/O page
	lw	$t2, BG_TOP_PA($s1)
	li	$t0, 0x80000000
	or	$t2, $t2, $t0
	sw	$t2, GR_IOK($s0)
	lw	$t0, BG_LOW_PAGES($s1)
	sll	$t0, $t0, 12
	addu	$t0, $s2, $t0
	sw	$t0, GR_HEAP($s0)
	sw	$s2, GR_BASE($s0)
	lw	$t0, BG_REGION($s1)
	addiu	$t0, $t0, -1
	sw	$t0, GR_MASK($s0)
	sw	$s4, GR_CODE($s0)
	lw	$t0, BG_CODE_LEN($s1)
	addu	$t0, $s4, $t0
	sw	$t0, GR_CODE_END($s0)
	lw	$t0, BG_ENTRY($s1)
	sw	$t0, GR_ENTRY($s0)
	lw	$t0, BG_RET($s1)
	sw	$t0, GR_RET($s0)
	lw	$t0, BG_POINT($s1)
	sw	$t0, GR_POINT($s0)
	lw	$t0, BG_OBJ($s1)
	sw	$t0, GR_OBJ($s0)
	lw	$t0, BG_OWNER($s1)
	sll	$t0, $t0, ENV_SHIFT
	la	$t1, envs
	addu	$t0, $t0, $t1
	sw	$t0, GR_OWNER($s0)
	lw	$t0, BG_QUOTA($s1)
	sw	$t0, GR_QUOTA($s0)
	lw	$t0, BG_BUDGET($s1)
	sw	$t0, GR_BUDGET($s0)
	lw	$t0, BG_FLAGS($s1)
	sw	$t0, GR_FLAGS($s0)
	li	$t0, GS_READY
	sw	$t0, GR_STATE($s0)
	# A graft point it replaces (VINO_NPOINT of them).
	lw	$t0, GR_POINT($s0)
	sltiu	$t1, $t0, VINO_NPOINT
	beqz	$t1, 8f
	sll	$t0, $t0, 2
	la	$t1, vino_points
	addu	$t0, $t0, $t1
	sw	$s0, 0($t0)
8:	move	$v0, $zero
9:	lw	$ra, 36($sp)
	lw	$s0, 32($sp)
	lw	$s1, 28($sp)
	lw	$s2, 24($sp)
	lw	$s3, 20($sp)
	lw	$s4, 16($sp)
	addiu	$sp, $sp, 40
	jr	$ra

# place_pages(a0 = a slot's base in graft space, a1 = the boot record of
# what the firmware placed there, a2 = the pages at its region's top) ->
# v0 = 0, or -ENOMEM: the pages mapped, as the record's first six words
# (BG_* and BS_* alike) say: its code, read-only, at the slot's base; its
# sections' pages from the region's base (VINO_DATA_OFF in the slot); a2
# pages at the region's top (a graft's I/O and stack pages, an
# extension's stack page); all read-write but the code.
	.globl	place_pages
place_pages:
	addiu	$sp, $sp, -32
	sw	$ra, 28($sp)
	sw	$s0, 24($sp)
	sw	$s1, 20($sp)
	sw	$s2, 16($sp)
	move	$s0, $a0
	move	$s1, $a1
	move	$s2, $a2
	lw	$a0, BG_CODE_PA($s1)
	lw	$a1, BG_CODE_PAGES($s1)
	move	$a2, $s0
	move	$a3, $zero
	jal	vino_map_run
	bnez	$v0, 9f
	li	$t0, VINO_DATA_OFF
	addu	$s0, $s0, $t0		# the region
	lw	$a0, BG_LOW_PA($s1)
	lw	$a1, BG_LOW_PAGES($s1)
	move	$a2, $s0
	li	$a3, PTE_D
	jal	vino_map_run
	bnez	$v0, 9f
	lw	$t0, BG_REGION($s1)
	addu	$a2, $s0, $t0
	sll	$t0, $s2, 12
	subu	$a2, $a2, $t0
	lw	$a0, BG_TOP_PA($s1)
	move	$a1, $s2
	li	$a3, PTE_D
	jal	vino_map_run
9:	lw	$ra, 28($sp)
	lw	$s0, 24($sp)
	lw	$s1, 20($sp)
	lw	$s2, 16($sp)
	addiu	$sp, $sp, 32
	jr	$ra

# vino_map_run(a0 = physical address, a1 = pages, a2 = graft-space
# address, a3 = PTE_D or 0) -> v0 = 0, or -ENOMEM (also SPIN's, spin.s).
	.globl	vino_map_run
vino_map_run:
	addiu	$sp, $sp, -32
	sw	$ra, 28($sp)
	sw	$s0, 24($sp)
	sw	$s1, 20($sp)
	sw	$s2, 16($sp)
	sw	$s3, 12($sp)
	srl	$s0, $a0, 12
	move	$s1, $a1
	move	$s2, $a2
	move	$s3, $a3
1:	move	$v0, $zero
	beqz	$s1, 9f
	sll	$a1, $s0, 6
	ori	$a1, $a1, PTE_V|PTE_CACHED
	or	$a1, $a1, $s3
	move	$a0, $s2
	li	$a2, VINO_VSID
	jal	map_page_vsid
	bnez	$v0, 9f
	addiu	$s0, $s0, 1
	addiu	$s1, $s1, -1
	addiu	$s2, $s2, 4096
	b	1b
9:	lw	$ra, 28($sp)
	lw	$s0, 24($sp)
	lw	$s1, 20($sp)
	lw	$s2, 16($sp)
	lw	$s3, 12($sp)
	addiu	$sp, $sp, 32
	jr	$ra

# The stub page's targets, in the order of kernel.VinoStubNames.
vino_stub_targets:
	.word	vino_return, vino_check
	.word	vino_alloc, vino_env_state, vino_get, vino_lock, vino_nested, vino_set, vino_time
vino_stub_end:
msg_vino_panic:	.asciz	"nanokernel: fault in a graft without transactions: system halted\n"

	.bss
	.align	2
	.globl	vino_grafts, vino_points, vino_txns, vino_depth, vino_cur
	.globl	vino_undo, vino_undo_n, vino_held, vino_held_n, vino_locks
	.globl	vino_vars, vino_pages, vino_env
vino_depth:	.space	4	# transactions in progress
vino_cur:	.space	4	# the running graft's record (0: none)
vino_deadline:	.space	4	# the innermost transaction's budget end
vino_undo_n:	.space	4
vino_held_n:	.space	4
vino_lock_dl:	.space	4	# when the first held lock times out
vino_lock_timeout: .space 4
vino_pages:	.space	4	# heap pages the grafts hold
vino_tick_at:	.space	4	# Count of the kernel's next regular tick
vino_preempt:	.space	4	# 1: the top-level invocation may be preempted
vino_susp_env:	.space	4	# the environment whose graft waits (0: none)
vino_susp_at:	.space	4	# Count when it began to wait
	.align	3
vino_susp:	.space	140	# its registers: GPR n at 4n, HI, LO, EPC
vino_stub_page:	.space	4	# kseg0 address of the stub page (0: not yet made)
vino_scratch:	.space	32
vino_points:	.space	VINO_NPOINT*4
vino_txns:	.space	VINO_DEPTH*TX_SIZE
vino_held:	.space	VINO_NLOCK*4
vino_locks:	.space	VINO_NLOCK*8	# owner depth (0: free), Count when taken
vino_vars:	.space	NENV*VINO_NVAR*4	# each environment's policy variables
vino_undo:	.space	VINO_UNDO_MAX*UNDO_SIZE
	.align	GR_SHIFT
vino_grafts:	.space	VINO_NGRAFT*GR_SIZE
	.align	ENV_SHIFT
vino_env:	.space	ENV_SIZE
