# vectors.s: the nanokernel's hot paths. The TLB-refill handler and the
# general-exception stub are copied to the exception vectors (0x80000000 and
# 0x80000180) at boot; everything else runs where it was linked.
#
# Register use on every path: k0 and k1 only, until a path saves more.
# kernel.md explains the two personalities and counts the exokernel path.

	.include "layout.inc"
	.include "frame.inc"

	.set	noreorder
	.set	noat
	.text

# TLB refill: look up the page table keyed by (VSID, page) and write the
# entry at a random index above the wired ones. The tables are three levels,
# all in kseg0: vsid_dir[VSID] -> segment table[EA[27:22]] -> leaf[EA[21:12]]
# -> EntryLo. Missing levels point at shared empty tables, so a miss writes an
# invalid entry and the retried access raises TLBL/TLBS (not a refill), which
# the general handler turns into a fault.
	.globl	refill_start, refill_end
refill_start:
	mfc0	$k0, $10, 1		# EntryVSID
	lui	$k1, %hi(vsid_dir)
	sll	$k0, $k0, 2
	addu	$k1, $k1, $k0
	lw	$k1, %lo(vsid_dir)($k1)	# segment table
	mfc0	$k0, $10		# EntryHi: EA[31:12]
	srl	$k0, $k0, 20
	andi	$k0, $k0, 0xfc		# EA[27:22] * 4
	addu	$k1, $k1, $k0
	lw	$k1, 0($k1)		# leaf
	mfc0	$k0, $10
	srl	$k0, $k0, 10
	andi	$k0, $k0, 0xffc		# EA[21:12] * 4
	addu	$k1, $k1, $k0
	lw	$k0, 0($k1)		# the PTE is an EntryLo
	mtc0	$k0, $2
	mfc0	$k0, $1			# Random: 0-63
	sltiu	$k1, $k0, WIRED		# below WIRED: move up by WIRED, so
	sll	$k1, $k1, 3		# entries 0-7 stay wired (the R3000
	addu	$k0, $k0, $k1		# wires them in hardware)
	mtc0	$k0, $0
	tlbwi
	move	$k0, $zero		# no kernel value goes back to user mode
	move	$k1, $zero
	eret
refill_end:

# TLB refill under the exokernel: first the software TLB (stlb, bind.s),
# 4096 direct-mapped slots of 8 bytes in kseg0, as Aegis has: slot (page
# xor VSID) mod 4096 holds the tag EntryHi xor (VSID << 1 | 1) and the
# EntryLo. A hit writes the TLB; a miss walks the page tables as
# refill_start does (the pages the firmware placed), and where nothing is
# bound the retried access raises TLBL/TLBS, the environment's TLB-miss
# upcall. Copied to 0x80000000 when the personality is the exokernel's.
	.globl	refill_exo_start, refill_exo_end, stlb_hit, stlb_hit_end
refill_exo_start:
	mfc0	$k0, $10		# EntryHi
	mfc0	$k1, $10, 1		# EntryVSID
	srl	$k0, $k0, 12
	xor	$k0, $k0, $k1
	andi	$k0, $k0, 0xfff		# the slot
	sll	$k0, $k0, 3
	lui	$k1, %hi(stlb)
	addu	$k1, $k1, $k0
	lw	$k0, %lo(stlb)($k1)	# its tag
	lw	$k1, %lo(stlb)+4($k1)	# its EntryLo
	mtc0	$k1, $2
	mfc0	$k1, $10
	xor	$k0, $k0, $k1		# VSID << 1 | 1 when it is this page's
	mfc0	$k1, $10, 1
	sll	$k1, $k1, 1
	ori	$k1, $k1, 1
	bne	$k0, $k1, 1f
stlb_hit:
	mfc0	$k0, $1			# Random, above the wired entries
	sltiu	$k1, $k0, WIRED
	sll	$k1, $k1, 3
	addu	$k0, $k0, $k1
	mtc0	$k0, $0
	tlbwi
	move	$k0, $zero
	move	$k1, $zero
	eret
stlb_hit_end:				# (the hit path: refill_exo_start to here)
1:	mfc0	$k0, $10, 1		# the page tables
	lui	$k1, %hi(vsid_dir)
	sll	$k0, $k0, 2
	addu	$k1, $k1, $k0
	lw	$k1, %lo(vsid_dir)($k1)
	mfc0	$k0, $10
	srl	$k0, $k0, 20
	andi	$k0, $k0, 0xfc
	addu	$k1, $k1, $k0
	lw	$k1, 0($k1)
	mfc0	$k0, $10
	srl	$k0, $k0, 10
	andi	$k0, $k0, 0xffc
	addu	$k1, $k1, $k0
	lw	$k0, 0($k1)
	mtc0	$k0, $2
	mfc0	$k0, $1
	sltiu	$k1, $k0, WIRED
	sll	$k1, $k1, 3
	addu	$k0, $k0, $k1
	mtc0	$k0, $0
	tlbwi
	move	$k0, $zero
	move	$k1, $zero
	eret
refill_exo_end:

# The general-exception stub, copied to 0x80000180: load the current
# environment and jump to the dispatcher.
	.globl	general_start, general_end
general_start:
	lui	$k1, %hi(curenv)
	j	exc_general
	lw	$k1, %lo(curenv)($k1)	# k1 = environment descriptor
general_end:

# Dispatch on the exception code through the environment's vector table,
# which its personality filled. Every handler starts with k1 = environment
# and k0 = the kseg0 address of its exokernel save area.
	.globl	exc_general
exc_general:
	mfc0	$k0, $13		# Cause
	andi	$k0, $k0, 0x7c		# ExcCode * 4
	addu	$k1, $k1, $k0		# the environment + 4 * code
	lw	$k0, ENV_VEC($k1)
	jr	$k0
	lw	$k0, ENV_UVEC($k1)	# the cause's user handler

# Exokernel exception dispatch (Aegis): save three scratch registers into
# the environment's save area, hand it EPC, Cause and BadVAddr in them and
# return to its handler in user mode. The handler resumes the interrupted
# code itself.
	.globl	exo_exc, exo_exc_end
exo_exc:
	lw	$k1, ENV_XSAVEV($k1)	# the save area (kseg0)
	sw	$t0, XS_T0($k1)
	sw	$t1, XS_T1($k1)
	sw	$t2, XS_T2($k1)
	mfc0	$t0, $14		# EPC
	mfc0	$t1, $13		# Cause
	beq	$t0, $k0, exo_handler_fault	# the handler itself cannot be reached
	mfc0	$t2, $8			# BadVAddr
	mtc0	$k0, $14		# k0 = the cause's handler
	move	$k1, $zero		# the save area's kernel address stays here
	eret
exo_exc_end:

# Exokernel system call: a procedure call across the protection boundary.
# The caller-saved registers (at, v0-v1, a0-a3, t0-t9) are the kernel's to
# clobber; nothing is saved.
	.globl	exo_sys
exo_sys:
	mfc0	$k0, $13
	bltz	$k0, exo_sys_slot	# Cause.BD: a system call in a delay slot
	mfc0	$k0, $14
	addiu	$k0, $k0, 4
	mtc0	$k0, $14
	sltiu	$k0, $v0, EXO_NSYS
	beqz	$k0, exo_sys_bad
	sll	$k0, $v0, 2
	lui	$k1, %hi(exo_systab)
	addu	$k1, $k1, $k0
	lw	$k1, %lo(exo_systab)($k1)
	jr	$k1
	nop
	.globl	exo_null
exo_null:
	move	$k1, $zero		# exo_null's address
	eret
exo_sys_bad:
	li	$v0, -89		# ENOSYS
	eret

# Timer interrupt, for both personalities: set the next deadline, count the
# tick, and at the end of the slice go to slice_over. Any other interrupt
# (the disk's) goes to intr_dev (bcache.s), after the timer's test, so the
# timer's path is as long as it was.
	.globl	intr
intr:
	mfc0	$k0, $13
	andi	$k0, $k0, 0x8000	# IP7
	beqz	$k0, intr_dev
	lui	$k1, %hi(timer_interval)
	lw	$k1, %lo(timer_interval)($k1)
	mfc0	$k0, $9			# Count
	addu	$k0, $k0, $k1
	mtc0	$k0, $11		# Compare: acknowledges IP7
	lui	$k1, %hi(ticks)
	lw	$k0, %lo(ticks)($k1)
	addiu	$k0, $k0, 1
	sw	$k0, %lo(ticks)($k1)
	lui	$k0, %hi(spin_events+SPIN_TICK_N)	# handlers on SPIN's tick event?
	lw	$k0, %lo(spin_events+SPIN_TICK_N)($k0)
	bnez	$k0, spin_tick		# (it comes back to intr_slice)
	lw	$k0, %lo(ticks)($k1)
	.globl	intr_slice
intr_slice:				# k0 = ticks, k1 = %hi(ticks)
	lw	$k1, %lo(slice_end)($k1)	# ticks and slice_end share an aligned pair
	sltu	$k0, $k0, $k1
	beqz	$k0, slice_over
	move	$k0, $zero
	move	$k1, $zero
	eret

# The slice has ended. An environment that was upcalled at the end of its
# last slice and has not yielded is aborted. If no other environment can
# run, the slice is extended. Otherwise an exokernel environment with an
# epilogue gets an upcall to it (t0-t2 saved at XS_E_T0 in its save area,
# EPC, Cause and BadVAddr in them) and must yield within the grace period;
# any other is saved in its trap frame and the next slice's owner runs.
slice_over:
	lui	$k1, %hi(slice_scratch)
	sw	$t0, %lo(slice_scratch)($k1)
	sw	$t1, %lo(slice_scratch+4)($k1)
	sw	$t2, %lo(slice_scratch+8)($k1)
	lui	$k0, %hi(curenv)
	lw	$k0, %lo(curenv)($k0)
	lw	$t0, ENV_DEADLINE($k0)
	bnez	$t0, slice_abort
	# Another owner of a slice that can run?
	lui	$t0, %hi(slice_vec)
	addiu	$t0, $t0, %lo(slice_vec)
	lui	$t1, %hi(nslices)
	lw	$t1, %lo(nslices)($t1)
2:	lw	$t2, 0($t0)
	beq	$t2, $k0, 3f
	nop
	beqz	$t2, 3f
	nop
	lw	$t2, ENV_STATE($t2)
	addiu	$t2, $t2, -ES_RUNNABLE
	beqz	$t2, slice_switch
3:	addiu	$t1, $t1, -1
	bnez	$t1, 2b
	addiu	$t0, $t0, 4
	# Alone: no slice ends until another environment can run
	# (slice_rearm).
	li	$t1, -1
	lui	$t0, %hi(slice_end)
	sw	$t1, %lo(slice_end)($t0)
	lw	$t0, %lo(slice_scratch)($k1)
	lw	$t1, %lo(slice_scratch+4)($k1)
	lw	$t2, %lo(slice_scratch+8)($k1)
	move	$k0, $zero
	move	$k1, $zero
	eret
slice_switch:
	lw	$t0, ENV_EPI($k0)
	beqz	$t0, slice_preempt
	lw	$t0, ENV_PSL_DEPTH($k0)	# in a library's service: not its own code
	bnez	$t0, slice_preempt
	lw	$t0, ENV_XSAVE($k0)
	beqz	$t0, slice_preempt
	# The epilogue upcall, and the time it has to yield.
	lui	$t0, %hi(ticks)
	lw	$t1, %lo(ticks)($t0)
	lw	$t2, %lo(grace)($t0)
	addu	$t1, $t1, $t2
	sw	$t1, %lo(slice_end)($t0)
	sw	$t1, ENV_DEADLINE($k0)
	lw	$t0, %lo(slice_scratch)($k1)
	lw	$t1, %lo(slice_scratch+4)($k1)
	lw	$t2, %lo(slice_scratch+8)($k1)
	move	$k1, $k0
	lw	$k0, ENV_XSAVE($k1)
	sw	$t0, XS_E_T0($k0)
	sw	$t1, XS_E_T1($k0)
	sw	$t2, XS_E_T2($k0)
	mfc0	$t0, $14
	mfc0	$t1, $13
	mfc0	$t2, $8
	lw	$k0, ENV_EPI($k1)
	mtc0	$k0, $14
	move	$k0, $zero
	move	$k1, $zero
	eret
slice_preempt:
	lw	$t0, %lo(slice_scratch)($k1)
	lw	$t1, %lo(slice_scratch+4)($k1)
	lw	$t2, %lo(slice_scratch+8)($k1)
	move	$k1, $k0
	SAVE_ALL
	sw	$zero, ENV_RESUME($s1)
	j	sched_next
	nop
slice_abort:
	li	$a0, 30			# SIGXCPU: excessive time
	j	kill_env
	nop

# env_run(a0 = environment): give it the processor: its segment registers
# (segments 0-7; no TLB flush, the TLB is keyed by VSID), then either its
# saved trap frame or its run entry with every register cleared. Does not
# return.
	.globl	env_run
env_run:
	move	$k1, $a0
	lui	$k0, %hi(curenv)
	sw	$k1, %lo(curenv)($k0)
	LOAD_SEGS
	lw	$k0, ENV_RESUME($k1)
	bnez	$k0, 1f
	nop
	lw	$sp, ENV_KFRAME($k1)
	RESTORE_ALL
1:	addiu	$k0, $k0, -RESUME_VINO
	beqz	$k0, vino_resume	# a graft it invoked was preempted
	lw	$k0, ENV_RUN($k1)
	mtc0	$k0, $14
	CLEAR_USER
	move	$k0, $zero
	move	$k1, $zero
	eret

# EXO_YIELD (a0 = the environment to run, or -1 for the next slice's
# owner): the caller gives up the processor. It will resume at its run
# entry if it has one; otherwise the kernel keeps its registers in its trap
# frame and the yield returns 0. A named runnable environment runs in the
# rest of the slice; otherwise the next slice begins.
	.globl	exo_yield
exo_yield:
	lui	$k1, %hi(curenv)
	lw	$k1, %lo(curenv)($k1)
	sw	$zero, ENV_DEADLINE($k1)
	lw	$k0, ENV_RUN($k1)
	beqz	$k0, 1f
	li	$k0, RESUME_RUN
	b	2f
	sw	$k0, ENV_RESUME($k1)
1:	SAVE_ALL
	sw	$zero, F_V0($sp)
	sw	$zero, ENV_RESUME($s1)
2:	bltz	$a0, 3f
	sltiu	$t0, $a0, NENV
	beqz	$t0, 3f
	sll	$t0, $a0, ENV_SHIFT
	la	$t1, envs
	addu	$a0, $t0, $t1
	lw	$t0, ENV_STATE($a0)
	li	$t1, ES_RUNNABLE
	beq	$t0, $t1, env_run
	nop
3:	j	sched_next
	nop

# Protected control transfer (EXO_PCT_SYNC, EXO_PCT_ASYNC; v1 = the
# target's index): the kernel switches the segment registers and the current
# environment and starts the target at its PCT entry with the general
# registers untouched, except v1, which names the caller. The caller
# resumes at its run entry when next scheduled, or, without one, waits for
# a transfer back. A synchronous transfer donates the current slice and its
# future instances (the slice vector's entry becomes the target's); an
# asynchronous one only the rest of this slice. A target that is free,
# dead or has no PCT entry: v0 = -ESRCH (3) to the caller.
	.macro	PCT sync
	sltiu	$k0, $v1, NENV
	beqz	$k0, pct_bad
	sll	$k1, $v1, ENV_SHIFT
	lui	$k0, %hi(envs)
	addiu	$k0, $k0, %lo(envs)
	addu	$k1, $k1, $k0		# the target
	lw	$v1, ENV_STATE($k1)
	addiu	$v1, $v1, -ES_RUNNABLE
	sltiu	$v1, $v1, 2		# runnable, or blocked waiting for a transfer
	beqz	$v1, pct_bad
	lw	$k0, ENV_PCT($k1)
	beqz	$k0, pct_bad
	li	$v1, ES_RUNNABLE
	sw	$v1, ENV_STATE($k1)
	mtc0	$k0, $14		# the target starts at its PCT entry
	lui	$k0, %hi(curenv)
	lw	$v1, %lo(curenv)($k0)	# the caller
	sw	$k1, %lo(curenv)($k0)
	lw	$k0, ENV_RUN($v1)
	sltu	$k0, $zero, $k0		# RESUME_RUN with a run entry
	sw	$k0, ENV_RESUME($v1)
	xori	$k0, $k0, 1
	addiu	$k0, $k0, ES_RUNNABLE	# else blocked until a transfer back
	sw	$k0, ENV_STATE($v1)
	lw	$v1, ENV_ID($v1)
	.if	\sync
	lui	$k0, %hi(slice_cur)
	lw	$k0, %lo(slice_cur)($k0)
	sw	$k1, 0($k0)		# the slice is the target's from now on
	.endif
	LOAD_SEGS
	move	$k0, $zero
	move	$k1, $zero
	eret
	.endm

	.globl	exo_pct_sync, exo_pct_async
exo_pct_sync:
	PCT	1
exo_pct_async:
	PCT	0
pct_bad:
	li	$v0, -3			# ESRCH
	move	$k0, $zero
	move	$k1, $zero
	eret





# Conventional system call: trap frame, system-call table, result in v0 and
# the error flag in a3 (Linux o32), trap frame restored.
	.globl	conv_sys
conv_sys:
	addiu	$k1, $k1, -8*4		# the environment
	SAVE_ALL
	lw	$t0, F_CAUSE($s0)
	bltz	$t0, conv_sys_slot	# Cause.BD: a system call in a delay slot
	lw	$t0, F_EPC($s0)
	addiu	$t0, $t0, 4
	sw	$t0, F_EPC($s0)
	addiu	$t0, $v0, -4000
	sltiu	$t1, $t0, NSYS
	beqz	$t1, 1f
	sll	$t0, $t0, 2
	lui	$t1, %hi(conv_systab)
	addu	$t1, $t1, $t0
	lw	$t1, %lo(conv_systab)($t1)
	jalr	$t1
	nop
	.globl	conv_sys_return
conv_sys_return:
	sltiu	$t0, $v0, -4095		# v0 in [-4095, -1]: an error
	bnez	$t0, 2f
	move	$t1, $zero
	subu	$v0, $zero, $v0
	li	$t1, 1
2:	sw	$v0, F_V0($s0)
	sw	$t1, F_A3($s0)
	.globl	conv_return
conv_return:
	RESTORE_ALL
1:	b	conv_sys_return
	li	$v0, -89		# ENOSYS

# Conventional exception: trap frame, then a signal delivered to the user
# handler through a signal frame on the user stack (send_signal).
	.globl	conv_exc
conv_exc:
	mfc0	$k0, $13
	andi	$k0, $k0, 0x7c
	subu	$k1, $k1, $k0		# the environment
	SAVE_ALL
	lui	$t0, %hi(spin_events+SPIN_FAULT_N)	# handlers on SPIN's fault event?
	lw	$t0, %lo(spin_events+SPIN_FAULT_N)($t0)
	bnez	$t0, spin_fault_event	# (it comes back to conv_signal)
	nop
	.globl	conv_signal
conv_signal:
	jal	exc_to_signal
	nop
	jal	send_signal
	move	$a0, $v0
	b	conv_return
	nop

# A system call in a delay slot: the kernel does not emulate the branch;
# the program gets SIGSYS (12) with EPC at the branch.
conv_sys_slot:
	jal	send_signal
	li	$a0, 12
	b	conv_return
	nop
