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
	addu	$k0, $k0, $k1
	lw	$k0, ENV_VEC($k0)
	jr	$k0
	lw	$k0, ENV_XSAVE($k1)

# Exokernel exception dispatch (Aegis): save three scratch registers into
# the environment's save area, hand it EPC, Cause and BadVAddr in them and
# return to its handler in user mode. The handler resumes the interrupted
# code itself.
	.globl	exo_exc, exo_exc_end
exo_exc:
	sw	$t0, XS_T0($k0)
	sw	$t1, XS_T1($k0)
	sw	$t2, XS_T2($k0)
	lw	$k1, ENV_XHANDLER($k1)
	mfc0	$t0, $14		# EPC
	mfc0	$t1, $13		# Cause
	beq	$t0, $k1, exo_handler_fault	# the handler itself cannot be reached
	mfc0	$t2, $8			# BadVAddr
	mtc0	$k1, $14
	move	$k0, $zero		# the save area's kernel address stays here
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
# tick, return. Other interrupt sources are not enabled.
	.globl	intr
intr:
	mfc0	$k0, $13
	andi	$k0, $k0, 0x8000	# IP7
	beqz	$k0, 1f
	lui	$k1, %hi(timer_interval)
	lw	$k1, %lo(timer_interval)($k1)
	mfc0	$k0, $9			# Count
	addu	$k0, $k0, $k1
	mtc0	$k0, $11		# Compare: acknowledges IP7
	lui	$k1, %hi(ticks)
	lw	$k0, %lo(ticks)($k1)
	addiu	$k0, $k0, 1
	sw	$k0, %lo(ticks)($k1)
1:	move	$k0, $zero
	move	$k1, $zero
	eret

# Conventional entry: save the whole user context into a trap frame on the
# kernel stack, as a Unix kernel does. s0 = frame, s1 = environment.
	.macro	SAVE_ALL
	move	$k0, $sp
	lui	$sp, %hi(kstack_top - FRAME)
	addiu	$sp, $sp, %lo(kstack_top - FRAME)
	sw	$k0, F_SP($sp)
	sw	$1, 4($sp)
	sw	$2, 8($sp)
	sw	$3, 12($sp)
	sw	$4, 16($sp)
	sw	$5, 20($sp)
	sw	$6, 24($sp)
	sw	$7, 28($sp)
	sw	$8, 32($sp)
	sw	$9, 36($sp)
	sw	$10, 40($sp)
	sw	$11, 44($sp)
	sw	$12, 48($sp)
	sw	$13, 52($sp)
	sw	$14, 56($sp)
	sw	$15, 60($sp)
	sw	$16, 64($sp)
	sw	$17, 68($sp)
	sw	$18, 72($sp)
	sw	$19, 76($sp)
	sw	$20, 80($sp)
	sw	$21, 84($sp)
	sw	$22, 88($sp)
	sw	$23, 92($sp)
	sw	$24, 96($sp)
	sw	$25, 100($sp)
	sw	$28, 112($sp)
	sw	$30, 120($sp)
	sw	$31, 124($sp)
	mfhi	$k0
	sw	$k0, F_HI($sp)
	mflo	$k0
	sw	$k0, F_LO($sp)
	mfc0	$k0, $14
	sw	$k0, F_EPC($sp)
	mfc0	$k0, $13
	sw	$k0, F_CAUSE($sp)
	mfc0	$k0, $8
	sw	$k0, F_BADV($sp)
	mfc0	$k0, $12
	sw	$k0, F_STATUS($sp)
	move	$s0, $sp
	move	$s1, $k1
	.endm

	.macro	RESTORE_ALL
	lw	$k0, F_HI($sp)
	mthi	$k0
	lw	$k0, F_LO($sp)
	mtlo	$k0
	lw	$k0, F_EPC($sp)
	mtc0	$k0, $14
	lw	$1, 4($sp)
	lw	$2, 8($sp)
	lw	$3, 12($sp)
	lw	$4, 16($sp)
	lw	$5, 20($sp)
	lw	$6, 24($sp)
	lw	$7, 28($sp)
	lw	$8, 32($sp)
	lw	$9, 36($sp)
	lw	$10, 40($sp)
	lw	$11, 44($sp)
	lw	$12, 48($sp)
	lw	$13, 52($sp)
	lw	$14, 56($sp)
	lw	$15, 60($sp)
	lw	$16, 64($sp)
	lw	$17, 68($sp)
	lw	$18, 72($sp)
	lw	$19, 76($sp)
	lw	$20, 80($sp)
	lw	$21, 84($sp)
	lw	$22, 88($sp)
	lw	$23, 92($sp)
	lw	$24, 96($sp)
	lw	$25, 100($sp)
	lw	$28, 112($sp)
	lw	$30, 120($sp)
	lw	$31, 124($sp)
	lw	$sp, F_SP($sp)
	move	$k0, $zero		# EPC and the environment stay here
	move	$k1, $zero
	eret
	.endm

# Conventional system call: trap frame, system-call table, result in v0 and
# the error flag in a3 (Linux o32), trap frame restored.
	.globl	conv_sys
conv_sys:
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
	SAVE_ALL
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
