# spin.s: SPIN's events, guards and handlers (doc/spin.md).
#
# An event is a procedure the kernel calls through a dispatcher. Handlers
# are bound to it in installation order (the ordering rule), each with an
# optional guard, a predicate on the event's arguments that decides whether
# its handler runs. The event's result is the result of the last handler
# that ran, or its default handler's when none ran (0 without a default).
#
# Every event can be dispatched two ways with the same semantics: by the
# table walk (spin_dispatch_table), which goes over the event's bindings and
# calls guard(args) and then handler(args) through pointers, and by the code
# that spin_gen writes for the event whenever a binding is installed or
# removed, into two pages the kernel owns in graft space (SPIN_CODE): a
# direct jump for a single unguarded handler; otherwise the loop unrolled,
# with guards of the form "global compared with a constant" and small leaf
# handlers inlined. The code is written through the pages' kseg0 alias and
# their I-cache lines are invalidated.
#
# Handlers and guards are functions of extensions: objects the firmware
# placed in extension slots of graft space (SPIN_BASE + i MiB), either
# unchecked (called directly) or MiSFIT-rewritten and verified (called
# through the gate, spin_gate, which gives them their region's registers and
# stack, as VINO's invocation does, and takes them back at misfit_return).
#
# A raise (spin_raise) runs the dispatcher in kernel mode with EXL clear and
# interrupts off, so that graft space, reached through the TLB, can be
# fetched and refilled; the current environment is spin_env meanwhile, whose
# vector table sends any exception to spin_fault, which ends the raise with
# status SS_FAULT. A MiSFIT check that fails ends it with SS_CHECK.
#
# Calling convention of an event (its dispatcher, its guards, its handlers,
# its default): o32. The arguments are a0-a3 and the fifth at 16(sp); the
# result is v0; s0-s8, gp, sp and ra are preserved.

	.include "layout.inc"
	.include "frame.inc"

	.equ PTE_V,	2
	.equ PTE_D,	4
	.equ PTE_CACHED, 0x18
	.equ ENOENT,	2
	.equ ENOMEM,	12
	.equ EFAULT,	14
	.equ EBUSY,	16
	.equ EINVAL,	22
	.equ EPERM,	1
	.equ ENOSPC,	28
	.equ ENOSYS,	89

# An event (spin_events), EV_SIZE bytes.
	.equ EV_STATE,	0	# 0 undeclared, 1 declared
	.equ EV_NARGS,	4	# 0-5
	.equ EV_DEF,	8	# the default handler (0: none; the result is then 0)
	.equ EV_DGATE,	12	# its extension's slot + 1 when checked, else 0
	.equ EV_N,	16	# bindings
	.equ EV_ENTRY,	20	# the generated dispatcher's entry
	.equ EV_PAGE0,	24	# kseg0 addresses of its two code pages (0: none yet)
	.equ EV_PAGE1,	28
	.equ EV_LEN,	32	# words of generated code
	.equ EV_NEXTID,	36	# the next binding's id
	.equ EV_BINDS,	40	# its bindings (spin_binds)
	.equ EV_CODE,	44	# the graft-space address of its code pages
	.equ EV_MAPPED,	48	# 1 once its pages are mapped there
	.equ EV_OWNER,	52	# the environment that declared it (0: the kernel's, or nobody's yet)
	.equ EV_SIZE,	64
	.equ EV_SHIFT,	6

# A binding (spin_binds, SPIN_NBIND per event, in installation order).
	.equ HB_ID,	0
	.equ HB_GATE,	4	# the extension's slot + 1 when checked, else 0
	.equ HB_GKIND,	8	# GK_*
	.equ HB_GUARD,	12	# the guard (GK_CALL) or the global's address (GK_CMP)
	.equ HB_GCMP,	16
	.equ HB_GCONST,	20
	.equ HB_HANDLER, 24
	.equ HB_INLINE,	28	# inlined: words from its entry to its jr ra's delay slot; 0: called
	.equ HB_SIZE,	32
	.equ HB_SHIFT,	5
	.equ HB_EVSHIFT, 12	# log2(SPIN_NBIND * HB_SIZE)

# An extension (spin_exts).
	.equ SX_STATE,	0	# 0 free, 1 placed
	.equ SX_CHECKED, 4
	.equ SX_BASE,	8	# its data region
	.equ SX_MASK,	12
	.equ SX_CODE,	16	# its code [SX_CODE, SX_CODE_END)
	.equ SX_CODE_END, 20
	.equ SX_RET,	28	# ra for a checked extension: its return stub
	.equ SX_SP,	32	# sp for a checked extension: the top of its stack page - 32
	.equ SX_NENT,	36
	.equ SX_ENT,	40	# its entry points (spin_ents)
	.equ SX_OWNER,	44	# the environment that loaded it (0: the firmware placed it)
	.equ SX_DOMAINS, 48	# the domains its manifest imports, a bit each
	.equ SX_SIZE,	64
	.equ SX_SHIFT,	6

# The generated dispatcher's frame (when it needs one): 0-15 its callees'
# argument slots, 16 the fifth argument, 20 ra, 24 the result, 28 whether a
# handler ran; its own arguments are kept in its caller's slots, 32-48.
	.equ DF_SIZE,	32

# Shapes of a generated dispatcher (spin_gen).
	.equ SH_FRAME,	1	# it calls a guard, or a handler that is not the last
	.equ SH_RAN,	2	# it must know whether a handler ran: the default may run
	.equ SH_RES0,	4	# the result is 0 when no handler runs

	.set	reorder
	.text

# spin_boot(a0 = boot information) -> v0 = 0, or -1: the events' table, the
# kernel's own event, and the extensions the firmware placed. Called once
# by __start, after vino_boot has opened segment 12.
	.globl	spin_boot
spin_boot:
	addiu	$sp, $sp, -32
	sw	$ra, 28($sp)
	sw	$s0, 24($sp)
	sw	$s1, 20($sp)
	sw	$s2, 16($sp)
	move	$s2, $a0
	la	$t0, spin_events
	la	$t1, spin_binds
	li	$t2, SPIN_CODE
	li	$t3, SPIN_NEVENT
1:	sw	$t1, EV_BINDS($t0)
	sw	$t2, EV_CODE($t0)
	li	$t4, 1
	sw	$t4, EV_NEXTID($t0)
	addiu	$t0, $t0, EV_SIZE
	addiu	$t1, $t1, SPIN_NBIND*HB_SIZE
	addiu	$t2, $t2, SPIN_CODE_SIZE
	addiu	$t3, $t3, -1
	bnez	$t3, 1b
	la	$t0, spin_gsave		# the gate's slot and stack for level 1
	sw	$t0, spin_gcur
	# spin_env: every exception during a raise to spin_fault.
	la	$t0, spin_env
	la	$t1, spin_fault
	li	$t2, 32
2:	sw	$t1, ENV_VEC($t0)
	addiu	$t0, $t0, 4
	addiu	$t2, $t2, -1
	bnez	$t2, 2b
	# The null system call's event: no arguments, the default ENOSYS.
	la	$t0, spin_events+SPIN_EV_SYSCALL*EV_SIZE
	li	$t1, 1
	sw	$t1, EV_STATE($t0)
	la	$t1, spin_enosys
	sw	$t1, EV_DEF($t0)
	sw	$t1, EV_ENTRY($t0)
	# The fault event: four arguments; the tick event: three. No default
	# (their results are not used).
	la	$t0, spin_events+SPIN_EV_FAULT*EV_SIZE
	li	$t1, 1
	sw	$t1, EV_STATE($t0)
	li	$t1, 4
	sw	$t1, EV_NARGS($t0)
	la	$t1, spin_zero
	sw	$t1, EV_ENTRY($t0)
	la	$t0, spin_events+SPIN_EV_TICK*EV_SIZE
	li	$t1, 1
	sw	$t1, EV_STATE($t0)
	li	$t1, 3
	sw	$t1, EV_NARGS($t0)
	la	$t1, spin_zero
	sw	$t1, EV_ENTRY($t0)
	li	$t0, BI_SPIN_BUDGET	# a raise's budget
	addu	$t0, $t0, $s2
	lw	$t0, 0($t0)
	sw	$t0, spin_budget
	li	$t0, BI_SPIN_NKEYS	# the trusted compilers' keys
	addu	$t0, $t0, $s2
	lw	$t0, 0($t0)
	sltiu	$t1, $t0, SPIN_MAXKEYS+1
	beqz	$t1, 9f
	sw	$t0, spin_nkeys
	la	$a0, spin_keys
	li	$a1, BI_SPIN_KEYS
	addu	$a1, $a1, $s2
	sll	$a2, $t0, 5
	addu	$a2, $a2, $a1
	jal	copy_words
	li	$t0, BI_SPIN_N
	addu	$t0, $t0, $s2
	lw	$s0, 0($t0)
	beqz	$s0, 8f
	sltiu	$t0, $s0, SPIN_NEXT+1
	beqz	$t0, 9f
	jal	spin_stubs
	bnez	$v0, 9f
	move	$s1, $zero
	li	$t0, BI_SPIN
	addu	$s2, $s2, $t0		# the first record
2:	move	$a0, $s1
	move	$a1, $s2
	jal	spin_place
	bnez	$v0, 9f
	addiu	$s1, $s1, 1
	addiu	$s2, $s2, BS_SIZE
	bne	$s1, $s0, 2b
8:	move	$v0, $zero
	b	10f
9:	li	$v0, -1
10:	lw	$ra, 28($sp)
	lw	$s0, 24($sp)
	lw	$s1, 20($sp)
	lw	$s2, 16($sp)
	addiu	$sp, $sp, 32
	jr	$ra

# spin_stubs() -> v0 = 0 or -1: SPIN's stub page at SPIN_STUBS, a jump
# through at to each of spin_stub_targets (kernel.SpinStubNames), made
# once.
	.globl	spin_stubs
spin_stubs:
	lw	$v0, spin_stub_page
	beqz	$v0, 1f
	move	$v0, $zero
	jr	$ra
1:	addiu	$sp, $sp, -24
	sw	$ra, 20($sp)
	la	$a0, spin_stub_targets
	la	$a1, spin_stub_end
	li	$a2, 1			# at
	li	$a3, SPIN_STUBS
	jal	stub_page
	sw	$v0, spin_stub_page
	sltiu	$v0, $v0, 1
	subu	$v0, $zero, $v0		# 0, or -1 without memory
	lw	$ra, 20($sp)
	addiu	$sp, $sp, 24
	jr	$ra

# spin_place(a0 = slot, a1 = boot record) -> v0 = 0 or -1: the extension's
# pages mapped (code read-only, its sections and its stack page read-write)
# and its record filled.
spin_place:
	addiu	$sp, $sp, -32
	sw	$ra, 28($sp)
	sw	$s0, 24($sp)
	sw	$s1, 20($sp)
	sw	$s2, 16($sp)
	sw	$s3, 12($sp)
	sll	$t0, $a0, SX_SHIFT
	la	$s0, spin_exts
	addu	$s0, $s0, $t0
	move	$s1, $a1
	sll	$s2, $a0, 20
	li	$t0, SPIN_BASE
	addu	$s2, $s2, $t0		# the slot
	sll	$t0, $a0, 10		# its entries: SPIN_MAXENT of SPIN_ENT_SIZE bytes
	la	$t1, spin_ents
	addu	$t0, $t0, $t1
	sw	$t0, SX_ENT($s0)
	move	$a0, $s2
	move	$a1, $s1
	li	$a2, 1			# the stack page
	jal	place_pages
	bnez	$v0, 9f
	li	$t0, SPIN_DATA_OFF
	addu	$s3, $s2, $t0		# the region
	sw	$s3, SX_BASE($s0)
	lw	$t0, BS_REGION($s1)
	addiu	$t1, $t0, -1
	sw	$t1, SX_MASK($s0)
	addu	$t1, $s3, $t0
	addiu	$t1, $t1, -32
	sw	$t1, SX_SP($s0)
	sw	$s2, SX_CODE($s0)
	lw	$t0, BS_CODE_LEN($s1)
	addu	$t0, $s2, $t0
	sw	$t0, SX_CODE_END($s0)
	lw	$t0, BS_RET($s1)
	sw	$t0, SX_RET($s0)
	lw	$t0, BS_CHECKED($s1)
	sw	$t0, SX_CHECKED($s0)
	lw	$t0, BS_NENT($s1)
	sltiu	$t1, $t0, SPIN_MAXENT+1
	li	$v0, -1
	beqz	$t1, 9f
	sw	$t0, SX_NENT($s0)
	lw	$t1, SX_ENT($s0)
	addiu	$t2, $s1, BS_ENT
	sll	$t0, $t0, 3		# words
3:	beqz	$t0, 4f
	lw	$t3, 0($t2)
	sw	$t3, 0($t1)
	addiu	$t1, $t1, 4
	addiu	$t2, $t2, 4
	addiu	$t0, $t0, -1
	b	3b
4:	li	$t0, 1
	sw	$t0, SX_STATE($s0)
	move	$v0, $zero
9:	lw	$ra, 28($sp)
	lw	$s0, 24($sp)
	lw	$s1, 20($sp)
	lw	$s2, 16($sp)
	lw	$s3, 12($sp)
	addiu	$sp, $sp, 32
	jr	$ra

# The kernel's own handlers: the default of the null system call's event,
# the result of an event without default or handlers, and the exported null
# procedure (an extension's call into the kernel).
	.globl	spin_enosys, spin_zero, spin_null, spin_putc, spin_clock
spin_enosys:
	li	$v0, -ENOSYS
	jr	$ra
spin_zero:
spin_null:
	move	$v0, $zero
	jr	$ra

# The domains' other exports (spinload.s): spin_putc(c) writes a byte to
# the console (domain spin.console); spin_clock() returns Count (domain
# spin.clock). Called from an extension through the stub page, in kernel
# mode, with its registers: they touch a0, t0 and v0 only.
spin_putc:
	li	$t0, UART_TX
	sb	$a0, 0($t0)
	move	$v0, $zero
	jr	$ra
spin_clock:
	mfc0	$v0, $9
	jr	$ra

# spin_raise(a0 = event, a1 = its arguments: five words, a2 = how: SPIN_GEN,
# SPIN_TABLE, SPIN_DIRECT) -> v0 = the result, v1 = the status (SS_*).
# Called in kernel mode with EXL set, on a kernel stack. The dispatcher runs
# between spin_raise_call and spin_raise_back, with the five arguments as
# the event's convention has them.
	.globl	spin_raise, spin_raise_call, spin_raise_back, spin_raise_out
	.equ RF_SIZE,	80	# 0-15 callee slots, 16 the fifth argument, 20 ra,
				# 24 Status, 28 curenv, 32-68 s0-s7, fp, gp,
	.equ RF_COMPARE, 72	# the kernel's Compare
spin_raise:
	move	$v0, $zero
	li	$v1, SS_BAD
	sltiu	$t0, $a0, SPIN_NEVENT
	beqz	$t0, 9f
	sll	$t0, $a0, EV_SHIFT
	la	$t1, spin_events
	addu	$t6, $t0, $t1		# the event
	lw	$t0, EV_STATE($t6)
	beqz	$t0, 9f
	li	$v1, SS_BUSY
	lw	$t0, spin_depth
	bnez	$t0, 9f
	li	$v1, SS_BAD
	lw	$t7, EV_ENTRY($t6)	# SPIN_GEN: the generated code
	beqz	$a2, 2f
	la	$t7, spin_dispatch_table
	li	$t0, SPIN_TABLE
	beq	$a2, $t0, 2f
	li	$t0, SPIN_DIRECT
	bne	$a2, $t0, 9f
	lw	$t0, EV_N($t6)		# SPIN_DIRECT: the first handler
	beqz	$t0, 9f
	lw	$t0, EV_BINDS($t6)
	lw	$t7, HB_HANDLER($t0)
	lw	$t8, HB_GATE($t0)
	beqz	$t8, 2f
	move	$t9, $t7		# through the gate
	addiu	$t8, $t8, -1
	la	$t7, spin_gate
2:
spin_raise_go:				# t7 (t8, t9 for the gate), v1 = t6 (the table's)
	addiu	$sp, $sp, -RF_SIZE
	sw	$ra, 20($sp)
	sw	$s0, 32($sp)
	sw	$s1, 36($sp)
	sw	$s2, 40($sp)
	sw	$s3, 44($sp)
	sw	$s4, 48($sp)
	sw	$s5, 52($sp)
	sw	$s6, 56($sp)
	sw	$s7, 60($sp)
	sw	$fp, 64($sp)
	sw	$gp, 68($sp)
	lw	$t0, 16($a1)
	sw	$t0, 16($sp)
	lw	$t0, curenv
	sw	$t0, 28($sp)
	la	$t0, spin_env
	sw	$t0, curenv
	sw	$sp, spin_rsp
	li	$t0, 1
	sw	$t0, spin_depth
	move	$v1, $t6		# SPIN_TABLE: the event
	lw	$a0, 0($a1)
	lw	$a2, 8($a1)
	lw	$a3, 12($a1)
	lw	$a1, 4($a1)
	# The budget: Compare at its end, the timer's line the only one open
	# (kernel mode, EXL clear, IE set); the kernel's tick waits.
	mfc0	$t0, $11
	sw	$t0, RF_COMPARE($sp)
	mfc0	$t0, $9
	lw	$t1, spin_budget
	addu	$t0, $t0, $t1
	mtc0	$t0, $11
	mfc0	$t0, $12
	sw	$t0, 24($sp)
	li	$t1, ~0xff13
	and	$t0, $t0, $t1
	ori	$t0, $t0, 0x8001
	.set	noreorder
	mtc0	$t0, $12
spin_raise_call:
	jalr	$t7
	nop
spin_raise_back:
	move	$v1, $zero
	.set	reorder
spin_raise_out:				# v0, v1; sp = the frame
	lw	$t0, 24($sp)
	mtc0	$t0, $12
spin_raise_quiet:			# interrupts are off again
	# The kernel's tick back: if it came during the raise, shortly.
	lw	$t0, RF_COMPARE($sp)
	lw	$t1, timer_interval
	beqz	$t1, 1f
	ARM	$t0, $t1, $t2
	b	2f
1:	mtc0	$t0, $11
2:
	lw	$t0, 28($sp)
	sw	$t0, curenv
	sw	$zero, spin_depth
	lw	$ra, 20($sp)
	lw	$s0, 32($sp)
	lw	$s1, 36($sp)
	lw	$s2, 40($sp)
	lw	$s3, 44($sp)
	lw	$s4, 48($sp)
	lw	$s5, 52($sp)
	lw	$s6, 56($sp)
	lw	$s7, 60($sp)
	lw	$fp, 64($sp)
	lw	$gp, 68($sp)
	addiu	$sp, $sp, RF_SIZE
	move	$k0, $zero
	move	$k1, $zero
9:	jr	$ra

# spin_call_fn(a1 = five argument words, t7 = a function, or spin_gate
# with t8 = the slot and t9 = the function) -> v0, v1 as spin_raise: a
# function of an extension called as a raise calls a handler (spin_env,
# the budget, a fault's recovery), for an extension's initialization.
	.globl	spin_call_fn
spin_call_fn:
	move	$v0, $zero
	li	$v1, SS_BUSY
	lw	$t0, spin_depth
	bnez	$t0, 1f
	move	$t6, $zero
	b	spin_raise_go
1:	jr	$ra

# spin_declare_event(a0 = event, a1 = its arguments, a2 = its default, a
# function of the calling extension, or 0 for none) -> v0 = 0 or -errno
# (spin_declare's, and -EPERM outside an extension's initialization or for
# an event another environment declared): an extension declares an event
# in its initialization (spin_init, called by spin_load), as a SPIN module
# does; the event is its loader's. Domain spin.events. It runs on the
# level's kernel stack with interrupts off, so that the budget's end cannot
# cut the kernel's bookkeeping short (it ends the raise just after).
	.globl	spin_declare_event
spin_declare_event:
	lw	$t0, spin_depth
	li	$v0, -EPERM
	addiu	$t1, $t0, -1		# a raise in progress, and a stack for its level
	sltiu	$t1, $t1, SPIN_MAXDEPTH-1
	bnez	$t1, 1f
	jr	$ra
1:	sll	$t1, $t0, SPIN_NSTACK_SHIFT	# this level's kernel stack
	la	$t2, spin_nstack
	addu	$t1, $t1, $t2
	addiu	$t1, $t1, -32
	sw	$sp, 24($t1)
	move	$sp, $t1
	sw	$ra, 20($sp)
	mfc0	$t0, $12
	sw	$t0, 28($sp)
	li	$t1, ~1
	and	$t1, $t1, $t0
	mtc0	$t1, $12		# interrupts off
	li	$v0, -EPERM
	lw	$t0, spin_init_slot
	beqz	$t0, 9f
	sltiu	$t1, $a0, SPIN_NEVENT
	beqz	$t1, 3f			# (spin_declare refuses it)
	sll	$t1, $a0, EV_SHIFT
	la	$t2, spin_events
	addu	$t2, $t2, $t1
	lw	$t1, EV_STATE($t2)
	beqz	$t1, 3f
	lw	$t1, EV_OWNER($t2)
	lw	$t3, spin_init_owner
	bne	$t1, $t3, 9f		# another's (or the kernel's)
3:	move	$a3, $a2
	addiu	$a2, $t0, -1		# the extension's slot
	bnez	$a3, 2f
	li	$a2, -1			# no default
2:	sw	$a0, 16($sp)
	jal	spin_declare
	bnez	$v0, 9f
	lw	$t0, 16($sp)
	sll	$t0, $t0, EV_SHIFT
	la	$t1, spin_events
	addu	$t0, $t0, $t1
	lw	$t1, spin_init_owner
	sw	$t1, EV_OWNER($t0)
9:	lw	$t0, 28($sp)
	mtc0	$t0, $12
	lw	$ra, 20($sp)
	lw	$sp, 24($sp)
	jr	$ra

# spin_raise_event(a0 = event, a1-a3 = its first three arguments) -> v0 =
# the event's result, or -EINVAL (no such event, not declared, one of the
# kernel's, or no raise in progress), -EBUSY (SPIN_MAXDEPTH raises in
# progress): a raise from within a raise, for a guard, a handler or a
# default (domain spin.events). The event's fourth and fifth arguments are
# 0; it is dispatched by its generated code. It runs on the kernel's own
# stack for its depth (spin_nstack); the caller's sp and ra come back, and
# its callee-saved registers as o32 keeps them (the dispatcher and the
# gate keep them; an unchecked handler is trusted to). A fault, a failed
# check or the budget's end inside
# it ends the outermost raise, as anywhere in a raise. Any program may
# raise any declared event; an extension that imports spin.events may too.
	.globl	spin_raise_event
	.equ NF_SIZE,	32	# 0-15 callee slots, 16 the fifth argument, 20 ra,
				# 24 the caller's sp
spin_raise_event:
	lw	$t0, spin_depth
	li	$v0, -EINVAL
	beqz	$t0, 9f
	li	$v0, -EBUSY
	sltiu	$t1, $t0, SPIN_MAXDEPTH
	beqz	$t1, 9f
	li	$v0, -EINVAL
	sltiu	$t1, $a0, SPIN_NEVENT
	beqz	$t1, 9f
	beqz	$a0, 9f			# the kernel's events
	li	$t1, SPIN_EV_TICK
	beq	$a0, $t1, 9f
	li	$t1, SPIN_EV_FAULT
	beq	$a0, $t1, 9f
	sll	$t1, $a0, EV_SHIFT
	la	$t2, spin_events
	addu	$t2, $t2, $t1
	lw	$t1, EV_STATE($t2)
	beqz	$t1, 9f
	lw	$t7, EV_ENTRY($t2)
	sll	$t1, $t0, SPIN_NSTACK_SHIFT	# depth d's stack: [(d-1) S, d S)
	la	$t3, spin_nstack
	addu	$t1, $t1, $t3
	addiu	$t1, $t1, -NF_SIZE
	sw	$sp, 24($t1)
	move	$sp, $t1
	sw	$ra, 20($sp)
	addiu	$t0, $t0, 1
	sw	$t0, spin_depth
	lw	$t0, spin_gcur		# the next level's gate slot and stack
	addiu	$t0, $t0, 64
	sw	$t0, spin_gcur
	lw	$t0, spin_goff
	addiu	$t0, $t0, 1024
	sw	$t0, spin_goff
	move	$a0, $a1
	move	$a1, $a2
	move	$a2, $a3
	move	$a3, $zero
	sw	$zero, 16($sp)
	jalr	$t7
	lw	$t0, spin_depth
	addiu	$t0, $t0, -1
	sw	$t0, spin_depth
	lw	$t0, spin_gcur
	addiu	$t0, $t0, -64
	sw	$t0, spin_gcur
	lw	$t0, spin_goff
	addiu	$t0, $t0, -1024
	sw	$t0, spin_goff
	lw	$ra, 20($sp)
	lw	$sp, 24($sp)
9:	jr	$ra

# spin_fault: any exception during a raise (spin_env's vector table). The
# raise ends with SS_FAULT; what ran before the exception stays done.
	.globl	spin_fault, spin_xfault, spin_xret, spin_gate
spin_fault:
	mfc0	$t0, $13
	andi	$t1, $t0, 0x7c
	bnez	$t1, 1f
	# The timer: the budget ran out, unless the dispatch had returned
	# (interrupts are still on until spin_raise_quiet).
	mfc0	$t1, $14
	la	$t2, spin_raise_back
	subu	$t1, $t1, $t2
	sltiu	$t1, $t1, spin_raise_quiet-spin_raise_back
	beqz	$t1, 2f
	move	$v1, $zero
	b	spin_raise_out
2:	li	$v1, SS_TIME
	b	3f
1:	li	$v1, SS_FAULT
3:	mfc0	$t0, $13
	sw	$t0, spin_last
	mfc0	$t0, $14
	sw	$t0, spin_last+4
	mfc0	$t0, $8
	sw	$t0, spin_last+8
	b	spin_abort

# spin_xfault: a MiSFIT check failed in a checked extension (its
# misfit_fault). The raise ends with SS_CHECK.
spin_xfault:
	sw	$zero, spin_last
	sw	$ra, spin_last+4
	sw	$zero, spin_last+8
	li	$v1, SS_CHECK
spin_abort:
	la	$t0, spin_gsave		# level 1's gate slot and stack again
	sw	$t0, spin_gcur
	sw	$zero, spin_goff
	lw	$sp, spin_rsp
	move	$v0, $zero
	b	spin_raise_out

# spin_gate(t8 = slot, t9 = function, ra, a0-a3, 16(sp)): calls a function
# of a checked extension as VINO enters a graft: s5 its region's mask, s6
# and s7 its base, s4 clear, sp its stack, ra its return stub, the fifth
# argument on its stack, every other register cleared. Its return
# (misfit_return: spin_xret) gives the kernel its registers back and returns
# v0. One level: a handler cannot raise an event.
spin_gate:
	.set	noreorder
	.set	noat
	lui	$at, %hi(spin_gcur)
	lw	$at, %lo(spin_gcur)($at)	# this level's slot of spin_gsave
	sw	$sp, 0($at)
	sw	$ra, 4($at)
	sw	$s0, 8($at)
	sw	$s1, 12($at)
	sw	$s2, 16($at)
	sw	$s3, 20($at)
	sw	$s4, 24($at)
	sw	$s5, 28($at)
	sw	$s6, 32($at)
	sw	$s7, 36($at)
	sw	$fp, 40($at)
	sw	$gp, 44($at)
	lw	$v0, 16($sp)		# the fifth argument
	sll	$t8, $t8, SX_SHIFT
	lui	$at, %hi(spin_exts)
	addiu	$at, $at, %lo(spin_exts)
	addu	$t8, $t8, $at
	lw	$s5, SX_MASK($t8)
	lw	$s6, SX_BASE($t8)
	lw	$sp, SX_SP($t8)
	lw	$ra, SX_RET($t8)
	lui	$at, %hi(spin_goff)	# a nested level: 1 KiB lower each
	lw	$at, %lo(spin_goff)($at)
	subu	$sp, $sp, $at
	sw	$v0, 16($sp)
	move	$s7, $s6
	move	$s4, $zero
	move	$s0, $zero
	move	$s1, $zero
	move	$s2, $zero
	move	$s3, $zero
	move	$fp, $zero
	move	$gp, $zero
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
	jr	$t9
	move	$t8, $zero

# spin_xret: a checked extension's function returned v0 (misfit_return).
spin_xret:
	lui	$at, %hi(spin_gcur)
	lw	$at, %lo(spin_gcur)($at)
	lw	$sp, 0($at)
	lw	$ra, 4($at)
	lw	$s0, 8($at)
	lw	$s1, 12($at)
	lw	$s2, 16($at)
	lw	$s3, 20($at)
	lw	$s4, 24($at)
	lw	$s5, 28($at)
	lw	$s6, 32($at)
	lw	$s7, 36($at)
	lw	$fp, 40($at)
	lw	$gp, 44($at)
	jr	$ra
	move	$at, $zero
	.set	at
	.set	reorder

# TCALL: the walk calls t9 (its gate in t8: slot + 1, or 0) with the
# arguments back in a0-a3 and 16(sp) (a callee may have changed its own).
	.macro	TCALL
	lw	$a0, TF_SIZE($sp)
	lw	$a1, TF_SIZE+4($sp)
	lw	$a2, TF_SIZE+8($sp)
	lw	$a3, TF_SIZE+12($sp)
	lw	$t0, TF_SIZE+16($sp)
	sw	$t0, 16($sp)
	bnez	$t8, 81f
	jalr	$t9
	b	82f
81:	addiu	$t8, $t8, -1
	jal	spin_gate
82:
	.endm

# spin_dispatch_table(v1 = the event; a0-a3, 16(sp) = its arguments) -> v0:
# the table walk. Each binding in order: its guard called (GK_CALL) or
# evaluated (GK_CMP), and when it holds, its handler called; then the
# default when no handler ran.
	.globl	spin_dispatch_table
	.equ TF_SIZE,	48	# 16 the fifth argument, 20 the event, 24 the
				# result, 28 s2, 32 s1, 36 s0, 40 ra; the
				# arguments in the caller's slots, 48-60
spin_dispatch_table:
	addiu	$sp, $sp, -TF_SIZE
	sw	$ra, 40($sp)
	sw	$s0, 36($sp)
	sw	$s1, 32($sp)
	sw	$s2, 28($sp)
	sw	$a0, TF_SIZE($sp)
	sw	$a1, TF_SIZE+4($sp)
	sw	$a2, TF_SIZE+8($sp)
	sw	$a3, TF_SIZE+12($sp)
	sw	$v1, 20($sp)
	sw	$zero, 24($sp)
	lw	$s0, EV_BINDS($v1)
	lw	$s1, EV_N($v1)
	move	$s2, $zero		# no handler ran
1:	beqz	$s1, 7f
	lw	$t0, HB_GKIND($s0)
	beqz	$t0, 4f			# no guard
	addiu	$t0, $t0, -GK_CALL
	bnez	$t0, 3f
	lw	$t9, HB_GUARD($s0)	# the guard, called
	lw	$t8, HB_GATE($s0)
	TCALL
	beqz	$v0, 6f
	b	4f
3:	lw	$t0, HB_GUARD($s0)	# the guard, evaluated
	lw	$t0, 0($t0)
	lw	$t1, HB_GCONST($s0)
	lw	$t2, HB_GCMP($s0)
	jal	spin_compare
	beqz	$t3, 6f
4:	lw	$t9, HB_HANDLER($s0)	# the handler
	lw	$t8, HB_GATE($s0)
	TCALL
	sw	$v0, 24($sp)
	li	$s2, 1
6:	addiu	$s0, $s0, HB_SIZE
	addiu	$s1, $s1, -1
	b	1b
7:	bnez	$s2, 8f
	lw	$t0, 20($sp)
	lw	$t9, EV_DEF($t0)
	lw	$t8, EV_DGATE($t0)
	beqz	$t9, 8f
	TCALL
	sw	$v0, 24($sp)
8:	lw	$v0, 24($sp)
	lw	$ra, 40($sp)
	lw	$s0, 36($sp)
	lw	$s1, 32($sp)
	lw	$s2, 28($sp)
	addiu	$sp, $sp, TF_SIZE
	jr	$ra

# spin_compare(t0 = the global's value, t1 = the constant, t2 = CMP_*) ->
# t3 = 1 when "global op constant" holds, else 0. The comparisons: 0 eq,
# 1 ne, 2 lt, 3 ge, 4 ltu, 5 geu, 6 gt, 7 le, 8 gtu, 9 leu (lt, gt signed;
# ltu, gtu unsigned); an odd one is the even one's negation. Clobbers t4.
spin_compare:
	srl	$t4, $t2, 1		# 0 eq, 1 lt, 2 ltu, 3 gt, 4 gtu
	sltiu	$t3, $t4, 3
	bnez	$t3, 1f
	move	$t3, $t0		# gt, gtu: lt, ltu with the operands swapped
	move	$t0, $t1
	move	$t1, $t3
	addiu	$t4, $t4, -2
1:	addiu	$t4, $t4, -1
	bltz	$t4, 2f
	slt	$t3, $t0, $t1
	beqz	$t4, 3f
	sltu	$t3, $t0, $t1
	b	3f
2:	xor	$t3, $t0, $t1
	sltiu	$t3, $t3, 1
3:	andi	$t4, $t2, 1
	xor	$t3, $t3, $t4
	jr	$ra

# EMIT r: one word of generated code at s1, the write pointer into
# spin_scratch; past its end (s2) the word goes to the trash word at s2, so
# that the generator needs no check until it ends. Clobbers t8, t9.
	.macro	EMIT r
	sltu	$t9, $s1, $s2
	move	$t8, $s2
	movn	$t8, $s1, $t9
	sw	\r, 0($t8)
	addiu	$s1, $s1, 4
	.endm

	.macro	EMITI w
	li	$t7, \w
	EMIT	$t7
	.endm

# Words the generator emits (o32 names).
	.equ W_NOP,		0x00000000
	.equ W_FRAME,		0x27bdffe0	# addiu sp, sp, -32
	.equ W_POP,		0x27bd0020	# addiu sp, sp, 32
	.equ W_SAVE_RA,		0xafbf0014	# sw ra, 20(sp)
	.equ W_LOAD_RA,		0x8fbf0014	# lw ra, 20(sp)
	.equ W_SAVE_A0,		0xafa40020	# sw a0, 32(sp); + 0x10004 a register on
	.equ W_LOAD_A0,		0x8fa40020	# lw a0, 32(sp); likewise
	.equ W_LOAD_ARG5,	0x8fb80030	# lw t8, 48(sp)
	.equ W_STORE_ARG5,	0xafb80010	# sw t8, 16(sp)
	.equ W_SAVE_RES,	0xafa20018	# sw v0, 24(sp)
	.equ W_LOAD_RES,	0x8fa20018	# lw v0, 24(sp)
	.equ W_CLEAR_RES,	0xafa00018	# sw zero, 24(sp)
	.equ W_SET_RAN,		0xafbd001c	# sw sp, 28(sp)
	.equ W_CLEAR_RAN,	0xafa0001c	# sw zero, 28(sp)
	.equ W_LOAD_RAN,	0x8fb8001c	# lw t8, 28(sp)
	.equ W_RAN_T9,		0x24190001	# li t9, 1
	.equ W_NORAN_T9,	0x0000c821	# move t9, zero
	.equ W_ZERO_V0,		0x00001021	# move v0, zero
	.equ W_JR_RA,		0x03e00008
	.equ W_JR_T9,		0x03200008
	.equ W_BEQZ_V0,		0x10400000	# beqz v0, +0
	.equ W_BNEZ_T8,		0x17000000
	.equ W_BNEZ_T9,		0x17200000
	.equ W_J,		0x08000000
	.equ W_JAL,		0x0c000000
	.equ W_LUI_T9,		0x3c190000
	.equ W_ORI_T9,		0x37390000
	.equ W_LI_T8,		0x24180000	# addiu t8, zero, imm
	.equ W_LUI_T8,		0x3c180000
	.equ W_ORI_T8,		0x37180000
	.equ W_LUI_AT,		0x3c010000
	.equ W_LW_AT,		0x8c210000	# lw at, imm(at)
	.equ W_BEQ_AT,		0x10200000	# beq at, rt, +0
	.equ W_BNE_AT,		0x14200000
	.equ W_SLT_AT,		0x0000082a	# slt at, rs, rt
	.equ W_SLTU_AT,		0x0000082b

# spin_gen(a0 = event, a1 = 1 for an install, 0 for a removal or a
# declaration) -> v0 = 0, -ENOSPC (the code would not fit in its pages, with
# SPIN_RESERVE words to spare after an install, so that no later removal
# can overflow; nothing changed) or -ENOMEM: the event's dispatcher, generated into spin_scratch, then copied
# into its pages through their kseg0 alias, whose I-cache lines are then
# invalidated. Its shape:
#
#   no binding:  the default jumped to (a kernel function is the entry
#                itself until the event has pages), or "return 0"
#   a frame unless every guard is inlined (or none) and every handler but
#   the last is inlined:
#       addiu sp,sp,-32; sw ra,20(sp); the arguments into 32-48(sp) and the
#       fifth into 16(sp); the result and the ran flag cleared as needed
#   each binding in order:
#       guard call:     the arguments restored (the last in the delay
#                       slot); jal guard; beqz v0,next
#       guard compare:  lui at,%hi(g); lw at,%lo(g)(at); the constant
#                       into t8 (or zero); slt[u] at if ordered; beq/bne
#                       at,... next
#       handler inline: its body, then the result kept (sw v0,24(sp) or
#                       left in v0) and the ran flag set
#       handler call:   jal handler, the result kept; the last one is
#                       jumped to, the frame popped, and returns for us
#   then, when the last binding's guard failed: the default when no
#   handler ran, else the result returned.
#
# A checked extension's function is called through the gate: lui t9 /
# ori t9 with its address, jal SPIN_GATE with addiu t8,zero,slot in the
# delay slot. The generator's registers: s0 the event, s1 the write pointer,
# s2 the scratch's end, s3 the binding, s4 bindings left, s5 the shape
# (SH_*), s6 whether a0-a3 and 16(sp) hold the arguments, s7 the branch to
# the next binding (0: none), fp the restores the guard's delay slot did.
	.equ GF_SIZE,	64	# 12 a1, 16 ra, 20-52 s0-s7 and fp, 56 the arguments
				# in a-registers, 60 whether the arguments are in
				# place on the way to the next binding
	.globl	spin_gen
spin_gen:
	addiu	$sp, $sp, -GF_SIZE
	sw	$ra, 16($sp)
	sw	$s0, 20($sp)
	sw	$s1, 24($sp)
	sw	$s2, 28($sp)
	sw	$s3, 32($sp)
	sw	$s4, 36($sp)
	sw	$s5, 40($sp)
	sw	$s6, 44($sp)
	sw	$s7, 48($sp)
	sw	$fp, 52($sp)
	move	$s0, $a0
	sw	$a1, 12($sp)
	# Without bindings or pages, a kernel or unchecked default (or
	# spin_zero) is the entry itself.
	lw	$t0, EV_N($s0)
	bnez	$t0, 1f
	lw	$t0, EV_PAGE0($s0)
	bnez	$t0, 1f
	lw	$t0, EV_DGATE($s0)
	bnez	$t0, 1f
	lw	$t0, EV_DEF($s0)
	bnez	$t0, 2f
	la	$t0, spin_zero
2:	sw	$t0, EV_ENTRY($s0)
	sw	$zero, EV_LEN($s0)
	move	$v0, $zero
	b	99f
	# The restore list: lw a0..a(m-1) from the caller's slots; for five
	# arguments, the fifth copied into 16(sp).
1:	lw	$t0, EV_NARGS($s0)
	sltiu	$t1, $t0, 5
	li	$t2, 4
	movn	$t2, $t0, $t1		# m = min(nargs, 4)
	sw	$t2, 56($sp)
	la	$t3, spin_rl
	li	$t4, W_LOAD_A0
	li	$t5, 0x10004
2:	beqz	$t2, 3f
	sw	$t4, 0($t3)
	addu	$t4, $t4, $t5
	addiu	$t3, $t3, 4
	addiu	$t2, $t2, -1
	b	2b
3:	bnez	$t1, 4f
	li	$t4, W_LOAD_ARG5
	sw	$t4, 0($t3)
	li	$t4, W_STORE_ARG5
	sw	$t4, 4($t3)
	addiu	$t3, $t3, 8
4:	la	$t4, spin_rl
	subu	$t3, $t3, $t4
	srl	$t3, $t3, 2
	sw	$t3, spin_rn		# r: the list's length
	# The shape.
	lw	$s3, EV_BINDS($s0)
	lw	$s4, EV_N($s0)
	move	$s5, $zero
	move	$t0, $s3
	move	$t1, $s4
	li	$t5, 0			# an unguarded binding?
5:	beqz	$t1, 7f
	lw	$t2, HB_GKIND($t0)
	bnez	$t2, 6f
	li	$t5, 1
6:	li	$t3, GK_CALL
	bne	$t2, $t3, 61f
	ori	$s5, $s5, SH_FRAME	# a guard called
61:	li	$t3, 1
	beq	$t1, $t3, 62f		# the last handler is jumped to
	lw	$t2, HB_INLINE($t0)
	bnez	$t2, 62f
	ori	$s5, $s5, SH_FRAME	# a handler called
62:	addiu	$t0, $t0, HB_SIZE
	addiu	$t1, $t1, -1
	b	5b
7:	bnez	$t5, 8f
	lw	$t0, EV_DEF($s0)
	li	$t1, SH_RES0
	beqz	$t0, 71f
	li	$t1, SH_RAN
71:	or	$s5, $s5, $t1
8:	la	$s1, spin_scratch
	la	$s2, spin_scratch+SPIN_CODE_WORDS*4
	li	$s6, 1
	move	$s7, $zero
	bnez	$s4, 10f
	# No binding: the default, or 0.
	jal	gen_default
	b	50f
	# The prologue.
10:	andi	$t0, $s5, SH_FRAME
	beqz	$t0, 15f
	EMITI	W_FRAME
	EMITI	W_SAVE_RA
	lw	$t0, 56($sp)
	li	$t1, W_SAVE_A0
11:	beqz	$t0, 12f
	EMIT	$t1
	li	$t2, 0x10004
	addu	$t1, $t1, $t2
	addiu	$t0, $t0, -1
	b	11b
12:	lw	$t0, EV_NARGS($s0)
	li	$t1, 5
	bne	$t0, $t1, 13f
	EMITI	W_LOAD_ARG5
	EMITI	W_STORE_ARG5
13:	andi	$t0, $s5, SH_RES0
	beqz	$t0, 14f
	EMITI	W_CLEAR_RES
14:	andi	$t0, $s5, SH_RAN
	beqz	$t0, 20f
	EMITI	W_CLEAR_RAN
	b	20f
15:	andi	$t0, $s5, SH_RES0
	beqz	$t0, 16f
	EMITI	W_ZERO_V0
16:	andi	$t0, $s5, SH_RAN
	beqz	$t0, 20f
	EMITI	W_NORAN_T9
	# Each binding.
20:	move	$fp, $zero
	lw	$t0, HB_GKIND($s3)
	beqz	$t0, 30f
	li	$t1, GK_CALL
	bne	$t0, $t1, 25f
	# The guard, called.
	bnez	$s6, 21f
	move	$a0, $zero		# the arguments back, the last in the delay slot
	jal	gen_restores_held
	b	22f
21:	li	$v0, W_NOP
22:	lw	$a0, HB_GUARD($s3)
	lw	$a1, HB_GATE($s3)
	move	$a2, $v0
	jal	gen_call
	move	$s6, $zero
	move	$s7, $s1
	EMITI	W_BEQZ_V0
	jal	gen_branch_slot
	b	30f
	# The guard, inlined: "global op constant".
25:	jal	gen_compare
	move	$s7, $s1
	EMIT	$v0			# the branch to the next binding
	jal	gen_branch_slot
	# The handler. 60(sp): whether the arguments are in place on the way
	# to the next binding when the guard fails.
30:	sw	$s6, 60($sp)
	lw	$t0, HB_INLINE($s3)
	beqz	$t0, 35f
	bnez	$s6, 31f		# inlined: its body
	move	$a0, $fp
	lw	$a1, spin_rn
	jal	gen_restores
	li	$s6, 1
31:	li	$t0, 1
	bne	$s4, $t0, 32f
	andi	$t0, $s5, SH_FRAME
	bnez	$t0, 32f
	li	$a0, 1			# the last, without a frame: return its v0,
	jal	gen_body		# its last word in the delay slot
	EMITI	W_JR_RA
	EMIT	$v0
	b	40f
32:	move	$a0, $zero
	jal	gen_body
	li	$t0, 1
	bne	$s4, $t0, 33f
	jal	gen_return		# the last: return its v0
	b	40f
33:	andi	$t0, $s5, SH_FRAME
	beqz	$t0, 34f
	EMITI	W_SAVE_RES
	andi	$t0, $s5, SH_RAN
	beqz	$t0, 40f
	EMITI	W_SET_RAN
	b	40f
34:	andi	$t0, $s5, SH_RAN
	beqz	$t0, 40f
	EMITI	W_RAN_T9
	b	40f
35:	li	$t0, 1
	bne	$s4, $t0, 37f
	# The last handler, called: jumped to, returning for us.
	bnez	$s6, 36f
	move	$a0, $fp
	lw	$a1, 56($sp)		# a0-a3 only: the fifth is the caller's
	jal	gen_restores
36:	lw	$a0, HB_HANDLER($s3)
	lw	$a1, HB_GATE($s3)
	jal	gen_tail
	b	40f
	# A handler called.
37:	bnez	$s6, 38f
	move	$a0, $fp
	jal	gen_restores_held
	b	39f
38:	li	$v0, W_NOP
39:	lw	$a0, HB_HANDLER($s3)
	lw	$a1, HB_GATE($s3)
	move	$a2, $v0
	jal	gen_call
	move	$s6, $zero
	EMITI	W_SAVE_RES
	andi	$t0, $s5, SH_RAN
	beqz	$t0, 40f
	EMITI	W_SET_RAN
	# The next binding: the guard's branch lands here. The arguments are
	# in place only if they are on both ways in.
40:	lw	$t0, HB_GKIND($s3)
	beqz	$t0, 41f
	lw	$t1, 60($sp)
	and	$s6, $s6, $t1
41:	jal	gen_patch
	addiu	$s3, $s3, HB_SIZE
	addiu	$s4, $s4, -1
	bnez	$s4, 20b
	# The end: reached only when the last guard failed.
	lw	$t0, HB_GKIND-HB_SIZE($s3)
	beqz	$t0, 50f
	andi	$t0, $s5, SH_RAN
	beqz	$t0, 45f
	andi	$t0, $s5, SH_FRAME	# a handler ran? Then return the result.
	beqz	$t0, 42f
	EMITI	W_LOAD_RAN
	move	$s7, $s1
	EMITI	W_BNEZ_T8
	b	43f
42:	move	$s7, $s1
	EMITI	W_BNEZ_T9
43:	EMITI	W_NOP
	jal	gen_default		# none ran: the default
	jal	gen_patch
45:	andi	$t0, $s5, SH_FRAME
	beqz	$t0, 46f
	EMITI	W_LOAD_RES
46:	jal	gen_return
	# The code is made: does it fit?
50:	la	$t0, spin_scratch
	subu	$s1, $s1, $t0
	srl	$s1, $s1, 2		# its words
	li	$t1, SPIN_CODE_WORDS-SPIN_RESERVE
	lw	$t2, 12($sp)
	bnez	$t2, 51f
	li	$t1, SPIN_CODE_WORDS
51:	sltu	$t1, $t1, $s1
	li	$v0, -ENOSPC
	bnez	$t1, 99f
	# Its pages, the first time: kept by the event from then on (a
	# failure leaves what it got for the next attempt).
	li	$v0, -ENOMEM
	lw	$t0, EV_PAGE0($s0)
	bnez	$t0, 47f
	jal	alloc_page
	beqz	$v0, 58f
	sw	$v0, EV_PAGE0($s0)
47:	lw	$t0, EV_PAGE1($s0)
	bnez	$t0, 48f
	jal	alloc_page
	beqz	$v0, 58f
	sw	$v0, EV_PAGE1($s0)
48:	lw	$t0, EV_MAPPED($s0)
	bnez	$t0, 55f
	lw	$a0, EV_PAGE0($s0)
	li	$t0, 0x1fffffff
	and	$a0, $a0, $t0
	li	$a1, 1
	lw	$a2, EV_CODE($s0)
	move	$a3, $zero
	jal	vino_map_run
	bnez	$v0, 56f
	lw	$a0, EV_PAGE1($s0)
	li	$t0, 0x1fffffff
	and	$a0, $a0, $t0
	li	$a1, 1
	lw	$a2, EV_CODE($s0)
	addiu	$a2, $a2, 4096
	move	$a3, $zero
	jal	vino_map_run
	bnez	$v0, 56f
	li	$t0, 1
	sw	$t0, EV_MAPPED($s0)
	# Copied through the kseg0 alias, then the lines forgotten.
55:	la	$t0, spin_scratch
	lw	$t1, EV_PAGE0($s0)
	move	$t2, $s1
	li	$t3, 1024
52:	beqz	$t2, 54f
	bnez	$t3, 53f
	lw	$t1, EV_PAGE1($s0)
53:	lw	$t4, 0($t0)
	sw	$t4, 0($t1)
	addiu	$t0, $t0, 4
	addiu	$t1, $t1, 4
	addiu	$t2, $t2, -1
	addiu	$t3, $t3, -1
	b	52b
54:	lw	$a0, EV_PAGE0($s0)
	sltiu	$a1, $s1, 1025
	li	$t0, 4096
	sll	$t1, $s1, 2
	movz	$t1, $t0, $a1		# the first page's bytes
	addu	$a1, $a0, $t1
	jal	icache_invalidate
	lw	$a0, EV_PAGE1($s0)
	addiu	$t1, $s1, -1024
	blez	$t1, 59f
	sll	$t1, $t1, 2
	addu	$a1, $a0, $t1
	jal	icache_invalidate
59:	sw	$s1, EV_LEN($s0)
	lw	$t0, EV_CODE($s0)
	sw	$t0, EV_ENTRY($s0)
	move	$v0, $zero
	b	99f
56:	li	$v0, -ENOMEM		# no page table
58:
99:	lw	$ra, 16($sp)
	lw	$s0, 20($sp)
	lw	$s1, 24($sp)
	lw	$s2, 28($sp)
	lw	$s3, 32($sp)
	lw	$s4, 36($sp)
	lw	$s5, 40($sp)
	lw	$s6, 44($sp)
	lw	$s7, 48($sp)
	lw	$fp, 52($sp)
	addiu	$sp, $sp, GF_SIZE
	jr	$ra

# gen_restores(a0 = first, a1 = end): the restore list's words [a0, a1)
# emitted. gen_restores_held(a0 = first): all but the last of [a0, r)
# emitted -> v0 = the last (W_NOP when none), for a delay slot; the
# arguments are in place after it. Both leave fp alone.
gen_restores:
	la	$t0, spin_rl
	sll	$t1, $a0, 2
	addu	$t0, $t0, $t1
1:	sltu	$t1, $a0, $a1
	beqz	$t1, 2f
	lw	$t2, 0($t0)
	EMIT	$t2
	addiu	$t0, $t0, 4
	addiu	$a0, $a0, 1
	b	1b
2:	jr	$ra

gen_restores_held:
	move	$t6, $ra
	lw	$a1, spin_rn
	li	$v0, W_NOP
	sltu	$t1, $a0, $a1
	beqz	$t1, 1f
	addiu	$a1, $a1, -1
	sll	$t1, $a1, 2
	lw	$v0, spin_rl($t1)
	jal	gen_restores
1:	jr	$t6

# gen_branch_slot: the delay slot of the guard's branch: the first restore
# when the handler will need the arguments back (it is harmless on the way
# to the next binding), else a nop; fp = the restores it did.
gen_branch_slot:
	li	$t0, W_NOP
	bnez	$s6, 1f
	lw	$t1, spin_rn
	beqz	$t1, 1f
	lw	$t0, spin_rl
	li	$fp, 1
1:	EMIT	$t0
	jr	$ra

# gen_call(a0 = function, a1 = gate, a2 = the delay slot's word): a call,
# jal directly or through the gate (then the delay slot loads t8 and a2
# goes before the jump).
gen_call:
	bnez	$a1, 1f
	srl	$t0, $a0, 2
	li	$t1, 0x03ffffff
	and	$t0, $t0, $t1
	li	$t1, W_JAL
	or	$t0, $t0, $t1
	EMIT	$t0
	EMIT	$a2
	jr	$ra
1:	move	$t6, $ra
	jal	gen_t9
	beqz	$a2, 2f			# (no nop before the jump)
	EMIT	$a2
2:	li	$t0, W_JAL|((SPIN_GATE>>2)&0x03ffffff)
	EMIT	$t0
	addiu	$t0, $a1, -1
	li	$t1, W_LI_T8
	or	$t0, $t0, $t1
	EMIT	$t0
	jr	$t6

# gen_t9(a0 = address): lui t9 / ori t9 with it (the ori only when its
# low half is not 0).
gen_t9:
	srl	$t0, $a0, 16
	li	$t1, W_LUI_T9
	or	$t0, $t0, $t1
	EMIT	$t0
	andi	$t0, $a0, 0xffff
	beqz	$t0, 1f
	li	$t1, W_ORI_T9
	or	$t0, $t0, $t1
	EMIT	$t0
1:	jr	$ra

# gen_tail(a0 = function, a1 = gate): the last call, a jump: ra back and
# the frame popped in its delay slot (with a frame), so that the callee
# returns to the event's caller with its result.
gen_tail:
	move	$t6, $ra
	beqz	$a1, 2f
	jal	gen_t9			# through the gate: t9, t8, then j
	addiu	$t0, $a1, -1
	li	$t1, W_LI_T8
	or	$t0, $t0, $t1
	EMIT	$t0
	li	$a0, SPIN_GATE
	b	3f
2:	srl	$t0, $a0, 28		# a kernel function: jr t9
	li	$t1, SPIN_CODE>>28
	beq	$t0, $t1, 3f
	jal	gen_t9
	andi	$t0, $s5, SH_FRAME
	beqz	$t0, 21f
	EMITI	W_LOAD_RA
21:	li	$t0, W_JR_T9
	EMIT	$t0
	b	5f
3:	andi	$t0, $s5, SH_FRAME
	beqz	$t0, 4f
	EMITI	W_LOAD_RA
4:	srl	$t0, $a0, 2
	li	$t1, 0x03ffffff
	and	$t0, $t0, $t1
	li	$t1, W_J
	or	$t0, $t0, $t1
	EMIT	$t0
5:	li	$t0, W_NOP
	andi	$t1, $s5, SH_FRAME
	beqz	$t1, 6f
	li	$t0, W_POP
6:	EMIT	$t0
	jr	$t6

# gen_return: return v0 (the frame popped).
gen_return:
	andi	$t0, $s5, SH_FRAME
	beqz	$t0, 1f
	EMITI	W_LOAD_RA
	EMITI	W_JR_RA
	EMITI	W_POP
	jr	$ra
1:	EMITI	W_JR_RA
	EMITI	W_NOP
	jr	$ra

# gen_default: the default jumped to with the arguments in place, or
# "return 0" without one.
gen_default:
	move	$t5, $ra
	lw	$t0, EV_DEF($s0)
	bnez	$t0, 1f
	andi	$t0, $s5, SH_FRAME
	beqz	$t0, 2f
	EMITI	W_LOAD_RA
	EMITI	W_JR_RA
	EMITI	W_POP
	jr	$t5
2:	EMITI	W_JR_RA
	EMITI	W_ZERO_V0
	jr	$t5
1:	bnez	$s6, 3f
	move	$a0, $fp
	lw	$a1, 56($sp)		# the generator's frame: a0-a3 only
	jal	gen_restores
3:	lw	$a0, EV_DEF($s0)
	lw	$a1, EV_DGATE($s0)
	jal	gen_tail
	jr	$t5

# gen_patch: the pending branch (s7) lands at s1.
gen_patch:
	beqz	$s7, 1f
	sltu	$t0, $s7, $s2
	beqz	$t0, 1f			# in the trash: the code will not fit anyway
	subu	$t0, $s1, $s7
	sra	$t0, $t0, 2
	addiu	$t0, $t0, -1
	andi	$t0, $t0, 0xffff
	lw	$t1, 0($s7)
	or	$t1, $t1, $t0
	sw	$t1, 0($s7)
1:	move	$s7, $zero
	jr	$ra

# gen_compare -> v0 = the branch to the next binding (offset 0), after the
# guard's compare is emitted: the global into at, the constant into t8
# (or zero), slt or sltu for an ordered comparison.
gen_compare:
	move	$t6, $ra
	lw	$t3, HB_GUARD($s3)
	addiu	$t0, $t3, 0x7fff
	addiu	$t0, $t0, 1
	srl	$t0, $t0, 16
	andi	$t0, $t0, 0xffff
	li	$t1, W_LUI_AT
	or	$t0, $t0, $t1
	EMIT	$t0
	andi	$t0, $t3, 0xffff
	li	$t1, W_LW_AT
	or	$t0, $t0, $t1
	EMIT	$t0
	lw	$t3, HB_GCONST($s3)
	li	$t5, 0			# the constant's register
	beqz	$t3, 3f
	li	$t5, 24			# t8
	li	$t0, 0x8000
	addu	$t0, $t3, $t0
	srl	$t0, $t0, 16
	bnez	$t0, 1f
	andi	$t0, $t3, 0xffff	# a 16-bit signed constant
	li	$t1, W_LI_T8
	or	$t0, $t0, $t1
	EMIT	$t0
	b	3f
1:	srl	$t0, $t3, 16
	li	$t1, W_LUI_T8
	or	$t0, $t0, $t1
	EMIT	$t0
	andi	$t0, $t3, 0xffff
	beqz	$t0, 3f
	li	$t1, W_ORI_T8
	or	$t0, $t0, $t1
	EMIT	$t0
3:	lw	$t2, HB_GCMP($s3)
	srl	$t4, $t2, 1		# 0 eq, 1 lt, 2 ltu, 3 gt, 4 gtu
	andi	$t2, $t2, 1		# negated
	bnez	$t4, 4f
	# eq: bne at,rc (skip when unequal); ne: beq at,rc.
	li	$v0, W_BNE_AT
	beqz	$t2, 31f
	li	$v0, W_BEQ_AT
31:	sll	$t0, $t5, 16
	or	$v0, $v0, $t0
	jr	$t6
	# Ordered: slt[u] at, x, y; then beq at,zero (lt: skip when false) or
	# bne at,zero (ge: skip when true).
4:	li	$t0, 1			# x = at, y = rc
	move	$t1, $t5
	sltiu	$t3, $t4, 3
	bnez	$t3, 5f
	move	$t0, $t5		# gt, gtu: x = rc, y = at
	li	$t1, 1
	addiu	$t4, $t4, -2
5:	sll	$t0, $t0, 21
	sll	$t1, $t1, 16
	or	$t0, $t0, $t1
	li	$t1, W_SLT_AT
	li	$t3, 1
	beq	$t4, $t3, 6f
	li	$t1, W_SLTU_AT
6:	or	$t0, $t0, $t1
	EMIT	$t0
	li	$v0, W_BEQ_AT
	beqz	$t2, 7f
	li	$v0, W_BNE_AT
7:	jr	$t6

# gen_body(a0 = 1 to hold its last word back) -> v0 = that word (W_NOP
# when none or a0 = 0): the binding's inlined handler: its words from its
# entry to its jr ra's delay slot (spin_kword), but the jr ra and the nops
# (spin_inlinable accepted them).
gen_body:
	move	$t7, $ra
	lw	$t6, HB_HANDLER($s3)	# the body, in graft space
	move	$t4, $zero
	li	$v0, W_NOP		# the word held back
1:	lw	$t5, HB_INLINE($s3)
	beq	$t4, $t5, 3f
	addiu	$t5, $t5, -2		# the jr ra's index
	beq	$t4, $t5, 2f
	sll	$t0, $t4, 2
	addu	$t0, $t0, $t6
	jal	spin_kword
	move	$t5, $t1
	beqz	$t5, 2f
	beqz	$a0, 4f
	beqz	$v0, 5f
	EMIT	$v0
5:	move	$v0, $t5
	b	2f
4:	EMIT	$t5
2:	addiu	$t4, $t4, 1
	b	1b
3:	jr	$t7

# spin_kword(t0 = an address in graft space) -> t1 = the word there, read
# through its page's kseg0 alias (graft space's page table walked), or 0
# when it is not mapped. An extension's code pages need not be contiguous
# (spin_load maps fresh pages one at a time). Clobbers t2, t3.
spin_kword:
	lw	$t2, vsid_dir+4*VINO_VSID	# graft space's segment table
	srl	$t3, $t0, 20
	andi	$t3, $t3, 0xfc
	addu	$t2, $t2, $t3
	lw	$t2, 0($t2)		# its leaf table
	srl	$t3, $t0, 10
	andi	$t3, $t3, 0xffc
	addu	$t2, $t2, $t3
	lw	$t2, 0($t2)		# the entry
	andi	$t3, $t2, PTE_V
	beqz	$t3, 1f
	srl	$t2, $t2, 6
	sll	$t2, $t2, 12		# the frame
	andi	$t3, $t0, 0xffc
	or	$t2, $t2, $t3
	lui	$t3, 0x8000
	or	$t2, $t2, $t3
	lw	$t1, 0($t2)
	jr	$ra
1:	move	$t1, $zero
	jr	$ra

# spin_inlinable(a0 = the handler's graft-space address, a1 = checked) -> v0 =
# its words up to its jr ra's delay slot, or 0 when it cannot be inlined:
# at most SPIN_INLINE_MAX words, none a branch, a jump or anything but
# register arithmetic and (for an unchecked extension) loads and stores
# not based on sp; writing only at, v0, v1, t0-t8; reading neither s0-s8,
# gp, sp, ra nor k0, k1 (t9 holds the dispatcher's ran flag; a0-a3 the
# arguments for the next binding).
	.equ READ_OK,	0x0300ffff	# zero, at, v0, v1, a0-a3, t0-t9
	.equ WRITE_OK,	0x0100ff0e	# at, v0, v1, t0-t8
spin_inlinable:
	move	$t9, $zero		# index
1:	sltiu	$t0, $t9, SPIN_INLINE_MAX
	beqz	$t0, 90f
	sll	$t0, $t9, 2
	addu	$t0, $t0, $a0
	move	$t8, $ra
	jal	spin_kword
	move	$ra, $t8
	li	$t0, 0x03e00008		# jr ra: the body ends with its delay slot
	bne	$t1, $t0, 2f
	addiu	$t9, $t9, 1
	sltiu	$t0, $t9, SPIN_INLINE_MAX
	beqz	$t0, 90f
	sll	$t0, $t9, 2
	addu	$t0, $t0, $a0
	move	$t8, $ra
	jal	spin_kword
	move	$ra, $t8
	addiu	$t9, $t9, 1
	move	$t8, $ra
	jal	inline_word
	move	$ra, $t8
	beqz	$v0, 90f
	move	$v0, $t9
	jr	$ra
2:	move	$t8, $ra
	jal	inline_word
	move	$ra, $t8
	beqz	$v0, 90f
	addiu	$t9, $t9, 1
	b	1b
90:	move	$v0, $zero
	jr	$ra

# inline_word(t1 = word, a1 = checked) -> v0 = 1 when it may be inlined.
# Clobbers t0, t2-t7.
inline_word:
	move	$v0, $zero
	beqz	$t1, 8f			# nop
	srl	$t2, $t1, 26		# opcode
	srl	$t3, $t1, 21
	andi	$t3, $t3, 31		# rs
	srl	$t4, $t1, 16
	andi	$t4, $t4, 31		# rt
	srl	$t5, $t1, 11
	andi	$t5, $t5, 31		# rd
	li	$t6, READ_OK
	srlv	$t7, $t6, $t3
	andi	$t7, $t7, 1
	beqz	$t7, 9f			# rs read
	bnez	$t2, 3f
	# SPECIAL: the arithmetic, shifts, moves, multiply and divide.
	andi	$t0, $t1, 0x3f
	srl	$t7, $t0, 5		# which word of the bit map
	sll	$t7, $t7, 2
	la	$t6, inline_special
	addu	$t7, $t7, $t6
	lw	$t7, 0($t7)
	andi	$t6, $t0, 31
	srlv	$t7, $t7, $t6
	andi	$t7, $t7, 1
	beqz	$t7, 9f
	li	$t6, READ_OK		# rt read
	srlv	$t7, $t6, $t4
	andi	$t7, $t7, 1
	beqz	$t7, 9f
	li	$t6, WRITE_OK|1		# rd written (zero: mult, div, mthi, mtlo)
	srlv	$t7, $t6, $t5
	andi	$t7, $t7, 1
	beqz	$t7, 9f
	b	8f
3:	# Immediate arithmetic: rt written.
	sltiu	$t7, $t2, 0x08
	bnez	$t7, 9f
	sltiu	$t7, $t2, 0x10
	beqz	$t7, 4f
	li	$t6, WRITE_OK
	srlv	$t7, $t6, $t4
	andi	$t7, $t7, 1
	beqz	$t7, 9f
	b	8f
4:	# Loads and stores: unchecked extensions only, never through sp.
	bnez	$a1, 9f
	li	$t7, 29
	beq	$t3, $t7, 9f
	li	$t7, 0x20		# lb
	beq	$t2, $t7, 5f
	li	$t7, 0x21		# lh
	beq	$t2, $t7, 5f
	li	$t7, 0x23		# lw
	beq	$t2, $t7, 5f
	li	$t7, 0x24		# lbu
	beq	$t2, $t7, 5f
	li	$t7, 0x25		# lhu
	beq	$t2, $t7, 5f
	li	$t7, 0x28		# sb
	beq	$t2, $t7, 6f
	li	$t7, 0x29		# sh
	beq	$t2, $t7, 6f
	li	$t7, 0x2b		# sw
	beq	$t2, $t7, 6f
	b	9f
5:	li	$t6, WRITE_OK		# a load writes rt
	b	7f
6:	li	$t6, READ_OK		# a store reads it
7:	srlv	$t7, $t6, $t4
	andi	$t7, $t7, 1
	beqz	$t7, 9f
8:	li	$v0, 1
9:	jr	$ra

# The SPECIAL functions an inlined body may use, a bit each: sll, srl, sra,
# sllv, srlv, srav, movz, movn, mfhi, mthi, mflo, mtlo, mult, multu, div,
# divu, add, addu, sub, subu, and, or, xor, nor, slt, sltu.
inline_special:
	.word	0x0f0f0cdd, 0x00000cff

# spin_entry(a0 = extension record, a1 = address) -> v0 = 1 when the address
# is one of its entry points (not one of its globals).
spin_entry:
	lw	$t0, SX_NENT($a0)
	lw	$t1, SX_ENT($a0)
	move	$v0, $zero
1:	beqz	$t0, 3f
	lw	$t2, 0($t1)
	bne	$t2, $a1, 2f
	lw	$t2, 4($t1)
	li	$t3, SE_FUNC
	beq	$t2, $t3, 4f
2:	addiu	$t1, $t1, SPIN_ENT_SIZE
	addiu	$t0, $t0, -1
	b	1b
4:	li	$v0, 1
3:	jr	$ra

# spin_ext(a0 = slot) -> v0 = its extension record, or 0 for no extension.
	.globl	spin_ext
spin_ext:
	move	$v0, $zero
	sltiu	$t0, $a0, SPIN_NEXT
	beqz	$t0, 1f
	sll	$t0, $a0, SX_SHIFT
	la	$t1, spin_exts
	addu	$t0, $t0, $t1
	lw	$t1, SX_STATE($t0)
	beqz	$t1, 1f
	move	$v0, $t0
1:	jr	$ra

# spin_event(a0 = event) -> v0 = its record, or 0 when it is not declared.
spin_event:
	move	$v0, $zero
	sltiu	$t0, $a0, SPIN_NEVENT
	beqz	$t0, 1f
	sll	$t0, $a0, EV_SHIFT
	la	$t1, spin_events
	addu	$t0, $t0, $t1
	lw	$t1, EV_STATE($t0)
	beqz	$t1, 1f
	move	$v0, $t0
1:	jr	$ra

# spin_install(a0 = request, SI_SIZE bytes in kernel memory) -> v0 = the
# binding's id (1, 2, ... on each event), or -EINVAL (no such event or
# extension, a bad flag, a guard kind, a comparison, a global outside the
# extension's region or misaligned, a handler that cannot be inlined),
# -ENOENT (the handler or the guard is not an entry point of the
# extension), -ENOSPC (SPIN_NBIND bindings, or the code would not fit) or
# -ENOMEM. The binding goes last: it runs after those installed before.
	.globl	spin_install, spin_install_done
spin_install:
	addiu	$sp, $sp, -32
	sw	$ra, 28($sp)
	sw	$s0, 24($sp)
	sw	$s1, 20($sp)
	sw	$s2, 16($sp)
	sw	$s3, 12($sp)
	move	$s0, $a0
	li	$s3, -EINVAL
	lw	$a0, SI_EVENT($s0)
	jal	spin_event
	beqz	$v0, 90f
	move	$s1, $v0		# the event
	lw	$a0, SI_EXT($s0)
	jal	spin_ext
	beqz	$v0, 90f
	move	$s2, $v0		# the extension
	li	$s3, -ENOENT
	move	$a0, $s2
	lw	$a1, SI_HANDLER($s0)
	jal	spin_entry
	beqz	$v0, 90f
	li	$s3, -EINVAL
	lw	$t0, SI_FLAGS($s0)
	li	$t1, ~SIF_INLINE
	and	$t1, $t0, $t1
	bnez	$t1, 90f
	sw	$zero, 8($sp)		# the inlined words
	beqz	$t0, 1f
	lw	$a0, SI_HANDLER($s0)
	lw	$a1, SX_CHECKED($s2)
	jal	spin_inlinable
	beqz	$v0, 90f
	sw	$v0, 8($sp)
1:	lw	$t0, SI_GKIND($s0)
	beqz	$t0, 3f
	li	$t1, GK_CALL
	bne	$t0, $t1, 2f
	li	$s3, -ENOENT
	move	$a0, $s2
	lw	$a1, SI_GUARD($s0)
	jal	spin_entry
	beqz	$v0, 90f
	b	3f
2:	li	$t1, GK_CMP
	bne	$t0, $t1, 90f
	lw	$t0, SI_GCMP($s0)
	sltiu	$t0, $t0, SPIN_NCMP
	beqz	$t0, 90f
	lw	$t0, SI_GUARD($s0)	# the global: a word of the region
	andi	$t1, $t0, 3
	bnez	$t1, 90f
	lw	$t1, SX_BASE($s2)
	subu	$t0, $t0, $t1
	lw	$t1, SX_MASK($s2)
	sltu	$t0, $t1, $t0
	bnez	$t0, 90f
3:	li	$s3, -ENOSPC
	lw	$t0, EV_N($s1)
	sltiu	$t1, $t0, SPIN_NBIND
	beqz	$t1, 90f
	sll	$t1, $t0, HB_SHIFT
	lw	$t2, EV_BINDS($s1)
	addu	$t1, $t1, $t2		# the binding
	lw	$t2, EV_NEXTID($s1)
	sw	$t2, HB_ID($t1)
	lw	$t2, SX_CHECKED($s2)
	beqz	$t2, 4f
	lw	$t2, SI_EXT($s0)
	addiu	$t2, $t2, 1
4:	sw	$t2, HB_GATE($t1)
	lw	$t2, SI_GKIND($s0)
	sw	$t2, HB_GKIND($t1)
	lw	$t2, SI_GUARD($s0)
	sw	$t2, HB_GUARD($t1)
	lw	$t2, SI_GCMP($s0)
	sw	$t2, HB_GCMP($t1)
	lw	$t2, SI_GCONST($s0)
	sw	$t2, HB_GCONST($t1)
	lw	$t2, SI_HANDLER($s0)
	sw	$t2, HB_HANDLER($t1)
	lw	$t2, 8($sp)
	sw	$t2, HB_INLINE($t1)
	addiu	$t0, $t0, 1
	sw	$t0, EV_N($s1)
	move	$a0, $s1
	li	$a1, 1
	jal	spin_gen
	move	$s3, $v0
	beqz	$v0, 5f
	lw	$t0, EV_N($s1)		# refused: the binding goes
	addiu	$t0, $t0, -1
	sw	$t0, EV_N($s1)
	b	90f
5:	lw	$s3, EV_NEXTID($s1)
	addiu	$t0, $s3, 1
	sw	$t0, EV_NEXTID($s1)
90:	move	$v0, $s3
	lw	$ra, 28($sp)
	lw	$s0, 24($sp)
	lw	$s1, 20($sp)
	lw	$s2, 16($sp)
	lw	$s3, 12($sp)
	addiu	$sp, $sp, 32
spin_install_done:
	jr	$ra

# spin_uninstall(a0 = event, a1 = id) -> v0 = 0, or -EINVAL (no such
# event), -ENOENT (no such binding) or -ENOMEM: the binding goes; those
# after it keep their order.
	.globl	spin_uninstall
spin_uninstall:
	addiu	$sp, $sp, -32
	sw	$ra, 28($sp)
	sw	$s0, 24($sp)
	sw	$s1, 20($sp)
	sw	$s2, 16($sp)
	move	$s1, $a1
	jal	spin_event
	li	$s2, -EINVAL
	beqz	$v0, 9f
	move	$s0, $v0
	li	$s2, -ENOENT
	lw	$t0, EV_BINDS($s0)
	lw	$t1, EV_N($s0)
	sll	$t2, $t1, HB_SHIFT
	addu	$t2, $t2, $t0		# the end
1:	beq	$t0, $t2, 9f
	lw	$t3, HB_ID($t0)
	beq	$t3, $s1, 2f
	addiu	$t0, $t0, HB_SIZE
	b	1b
2:	la	$t4, spin_removed	# kept, should the code not fit
	move	$t5, $t0
	li	$t6, HB_SIZE/4
3:	lw	$t3, 0($t5)
	sw	$t3, 0($t4)
	addiu	$t4, $t4, 4
	addiu	$t5, $t5, 4
	addiu	$t6, $t6, -1
	bnez	$t6, 3b
	sw	$t0, 8($sp)
4:	addiu	$t5, $t0, HB_SIZE	# the later ones move down
	beq	$t5, $t2, 5f
	lw	$t3, 0($t5)
	sw	$t3, 0($t0)
	addiu	$t0, $t0, 4
	b	4b
5:	addiu	$t1, $t1, -1
	sw	$t1, EV_N($s0)
	move	$a0, $s0
	move	$a1, $zero
	jal	spin_gen
	move	$s2, $v0
	beqz	$v0, 9f
	# It did not fit (or no memory): the binding back where it was.
	lw	$t1, EV_N($s0)
	lw	$t0, EV_BINDS($s0)
	sll	$t2, $t1, HB_SHIFT
	addu	$t2, $t2, $t0		# the end
	lw	$t0, 8($sp)		# its place
6:	beq	$t2, $t0, 7f
	lw	$t3, -4($t2)
	sw	$t3, HB_SIZE-4($t2)
	addiu	$t2, $t2, -4
	b	6b
7:	la	$t4, spin_removed
	li	$t6, HB_SIZE/4
8:	lw	$t3, 0($t4)
	sw	$t3, 0($t0)
	addiu	$t4, $t4, 4
	addiu	$t0, $t0, 4
	addiu	$t6, $t6, -1
	bnez	$t6, 8b
	addiu	$t1, $t1, 1
	sw	$t1, EV_N($s0)
9:	move	$v0, $s2
	lw	$ra, 28($sp)
	lw	$s0, 24($sp)
	lw	$s1, 20($sp)
	lw	$s2, 16($sp)
	addiu	$sp, $sp, 32
	jr	$ra

# spin_declare(a0 = event, a1 = its arguments (0-5), a2 = the default's
# extension (-1: no default), a3 = the default, an entry point of it) ->
# v0 = 0, or -EPERM (the kernel's event), -EINVAL, -ENOENT (no such entry),
# -EBUSY (the number of arguments changes while handlers are bound) or
# -ENOMEM. An event is declared once and may be declared again.
	.globl	spin_declare
spin_declare:
	addiu	$sp, $sp, -40
	sw	$ra, 36($sp)
	sw	$s0, 32($sp)
	sw	$s1, 28($sp)
	li	$v0, -EPERM
	beqz	$a0, 9f			# SPIN_EV_SYSCALL, _FAULT and _TICK are the kernel's
	li	$t0, SPIN_EV_FAULT
	beq	$a0, $t0, 9f
	li	$t0, SPIN_EV_TICK
	beq	$a0, $t0, 9f
	li	$v0, -EINVAL
	sltiu	$t0, $a0, SPIN_NEVENT
	beqz	$t0, 9f
	sltiu	$t0, $a1, 6
	beqz	$t0, 9f
	sll	$t0, $a0, EV_SHIFT
	la	$s0, spin_events
	addu	$s0, $s0, $t0
	move	$s1, $zero		# the default's gate
	move	$t9, $zero		# the default
	li	$t0, -1
	beq	$a2, $t0, 2f
	sw	$a1, 16($sp)
	sw	$a3, 20($sp)
	move	$a0, $a2
	sw	$a2, 24($sp)
	jal	spin_ext
	li	$t0, -EINVAL
	beqz	$v0, 8f
	move	$a0, $v0
	lw	$a1, 20($sp)
	lw	$t0, SX_CHECKED($a0)
	beqz	$t0, 1f
	lw	$s1, 24($sp)
	addiu	$s1, $s1, 1
1:	jal	spin_entry
	li	$t0, -ENOENT
	beqz	$v0, 8f
	lw	$a1, 16($sp)
	lw	$t9, 20($sp)
2:	lw	$t0, EV_N($s0)
	beqz	$t0, 3f
	lw	$t0, EV_NARGS($s0)
	beq	$t0, $a1, 3f
	li	$t0, -EBUSY
	b	8f
3:	lw	$t0, EV_STATE($s0)	# kept, should there be no memory
	sw	$t0, 8($sp)
	lw	$t0, EV_NARGS($s0)
	sw	$t0, 12($sp)
	lw	$t0, EV_DEF($s0)
	sw	$t0, 16($sp)
	lw	$t0, EV_DGATE($s0)
	sw	$t0, 20($sp)
	li	$t0, 1
	sw	$t0, EV_STATE($s0)
	sw	$a1, EV_NARGS($s0)
	sw	$t9, EV_DEF($s0)
	sw	$s1, EV_DGATE($s0)
	move	$a0, $s0
	move	$a1, $zero
	jal	spin_gen
	beqz	$v0, 9f
	lw	$t0, 8($sp)
	sw	$t0, EV_STATE($s0)
	lw	$t0, 12($sp)
	sw	$t0, EV_NARGS($s0)
	lw	$t0, 16($sp)
	sw	$t0, EV_DEF($s0)
	lw	$t0, 20($sp)
	sw	$t0, EV_DGATE($s0)
	b	9f
8:	move	$v0, $t0
9:	lw	$ra, 36($sp)
	lw	$s0, 32($sp)
	lw	$s1, 28($sp)
	addiu	$sp, $sp, 40
	jr	$ra

# The system calls (conventional). spin_install(request) 4310 -> the id or
# -errno; spin_uninstall(event, id) 4311; spin_raise(event, block, how,
# times) 4312: the block holds the five arguments, and the result is
# written at its word 5; the event is raised times times in a row (0: once;
# at most SPIN_REPEAT: the call holds the processor, as every system call
# does), which the bench uses to measure dispatches one after the other;
# v0 = 0, -EINVAL (no such event or how, nothing to call, too many
# times), -EBUSY, -EFAULT, or -(SPIN_ERRNO + status) when a handler faulted
# (the raises stop there);
# spin_declare(event, nargs, extension, default) 4313; spin_syscall() 4314:
# the null system call raised as SPIN_EV_SYSCALL, its result returned.
	.globl	sys_spin_install, sys_spin_uninstall, sys_spin_raise, sys_spin_declare, sys_spin_syscall
sys_spin_install:
	addiu	$sp, $sp, -24
	sw	$ra, 20($sp)
	la	$a1, spin_req
	li	$a2, SI_SIZE
	move	$a3, $zero
	jal	copy_user
	bnez	$v0, 1f
	lw	$a0, spin_req+SI_EVENT
	jal	spin_may_bind
	bnez	$v0, 1f
	lw	$a0, spin_req+SI_EXT
	jal	spin_may_use
	bnez	$v0, 1f
	la	$a0, spin_req
	jal	spin_install
1:	lw	$ra, 20($sp)
	addiu	$sp, $sp, 24
	jr	$ra

sys_spin_uninstall:
	addiu	$sp, $sp, -24
	sw	$ra, 20($sp)
	sw	$a0, 16($sp)
	sw	$a1, 12($sp)
	jal	spin_may_bind
	bnez	$v0, 1f
	lw	$a0, 16($sp)
	lw	$a1, 12($sp)
	jal	spin_uninstall
1:	lw	$ra, 20($sp)
	addiu	$sp, $sp, 24
	jr	$ra

# A program's declare: an event declared by another environment is not
# its to declare again; once declared, it is the caller's.
sys_spin_declare:
	addiu	$sp, $sp, -24
	sw	$ra, 20($sp)
	sw	$a0, 16($sp)
	li	$v0, -EPERM
	sltiu	$t0, $a0, SPIN_NEVENT
	beqz	$t0, 2f			# (spin_declare refuses it)
	sll	$t0, $a0, EV_SHIFT
	la	$t1, spin_events
	addu	$t0, $t0, $t1
	lw	$t1, EV_STATE($t0)
	beqz	$t1, 2f
	lw	$t1, EV_OWNER($t0)
	bne	$t1, $s1, 1f
2:	sw	$a1, 12($sp)
	sw	$a2, 8($sp)
	sw	$a3, 4($sp)
	move	$a0, $a2		# the default's extension
	jal	spin_may_use
	bnez	$v0, 1f
	lw	$a0, 16($sp)
	lw	$a1, 12($sp)
	lw	$a2, 8($sp)
	lw	$a3, 4($sp)
	jal	spin_declare
	bnez	$v0, 1f
	lw	$t0, 16($sp)
	sll	$t0, $t0, EV_SHIFT
	la	$t1, spin_events
	addu	$t0, $t0, $t1
	sw	$s1, EV_OWNER($t0)
1:	lw	$ra, 20($sp)
	addiu	$sp, $sp, 24
	jr	$ra

# spin_may_bind(a0 = event) -> v0 = 0 when the calling program (s1) may
# bind handlers to it or remove them: the kernel's event is environment
# 0's to extend, a declared event its declarer's; else -EPERM. (An event
# not declared, or no event, is spin_install's to refuse.)
spin_may_bind:
	move	$v0, $zero
	sltiu	$t0, $a0, SPIN_NEVENT
	beqz	$t0, 9f
	sll	$t0, $a0, EV_SHIFT
	la	$t1, spin_events
	addu	$t0, $t0, $t1
	lw	$t1, EV_STATE($t0)
	beqz	$t1, 9f
	li	$v0, -EPERM
	beqz	$a0, 2f
	li	$t1, SPIN_EV_TICK
	beq	$a0, $t1, 2f
	li	$t1, SPIN_EV_FAULT
	bne	$a0, $t1, 1f
2:	lw	$t1, ENV_ID($s1)	# the kernel's events
	bnez	$t1, 9f
	move	$v0, $zero
	b	9f
1:	lw	$t1, EV_OWNER($t0)
	bne	$t1, $s1, 9f
	move	$v0, $zero
9:	jr	$ra

sys_spin_raise:
	addiu	$sp, $sp, -64
	sw	$ra, 52($sp)
	sw	$a0, 40($sp)
	sw	$a1, 44($sp)
	sw	$a2, 48($sp)
	li	$v0, -EINVAL
	sltiu	$t0, $a3, SPIN_REPEAT+1
	beqz	$t0, 9f
	bnez	$a3, 1f
	li	$a3, 1
1:	sw	$a3, 56($sp)
	move	$a0, $a1
	addiu	$a1, $sp, 16		# the arguments: 16-35
	li	$a2, 20
	move	$a3, $zero
	jal	copy_user
	bnez	$v0, 9f
2:	lw	$a0, 40($sp)		# each raise
	addiu	$a1, $sp, 16
	lw	$a2, 48($sp)
	jal	spin_raise
	sw	$v0, 36($sp)
	bnez	$v1, 3f
	lw	$t0, 56($sp)
	addiu	$t0, $t0, -1
	sw	$t0, 56($sp)
	bnez	$t0, 2b
3:	li	$t0, SS_BAD
	beq	$v1, $t0, 7f
	li	$t0, SS_BUSY
	beq	$v1, $t0, 6f
	beqz	$v1, 5f
	addiu	$v0, $v1, SPIN_ERRNO
	subu	$v0, $zero, $v0
	b	9f
5:	lw	$a0, 44($sp)		# the result, into word 5
	addiu	$a0, $a0, 20
	addiu	$a1, $sp, 36
	li	$a2, 4
	li	$a3, 1
	jal	copy_user
	b	9f
6:	li	$v0, -EBUSY
	b	9f
7:	li	$v0, -EINVAL
9:	lw	$ra, 52($sp)
	addiu	$sp, $sp, 64
	jr	$ra

# spin_lookup(slot, name) 4315 -> the address of the entry point or
# global of that name in the extension in the slot (the name is read up to
# its NUL, at most SPIN_NAME bytes), or -EINVAL (no extension there),
# -ENOENT (no such name), -EFAULT. The kernel's linker knows an extension's
# entry points and globals by name, as SPIN's does, so that a program binds
# them without knowing where the firmware put them.
	.globl	sys_spin_lookup
sys_spin_lookup:
	addiu	$sp, $sp, -40
	sw	$ra, 36($sp)
	sw	$s0, 32($sp)
	sw	$s1, 28($sp)
	move	$s1, $a1
	jal	spin_ext
	move	$s0, $v0
	li	$v0, -EINVAL
	beqz	$s0, 9f
	la	$t0, spin_name		# NUL-padded, as the entries' names are
	li	$t1, SPIN_NAME/4
1:	sw	$zero, 0($t0)
	addiu	$t0, $t0, 4
	addiu	$t1, $t1, -1
	bnez	$t1, 1b
	sw	$zero, 24($sp)		# the name, a byte at a time
2:	lw	$t0, 24($sp)
	addu	$a0, $s1, $t0
	la	$a1, spin_name
	addu	$a1, $a1, $t0
	li	$a2, 1
	move	$a3, $zero
	jal	copy_user
	bnez	$v0, 9f
	lw	$t0, 24($sp)
	lbu	$t1, spin_name($t0)
	beqz	$t1, 3f
	addiu	$t0, $t0, 1
	sw	$t0, 24($sp)
	sltiu	$t1, $t0, SPIN_NAME
	bnez	$t1, 2b
	b	8f			# longer than any entry's name
3:	lw	$t0, SX_NENT($s0)
	lw	$t1, SX_ENT($s0)
	la	$t2, spin_name
4:	beqz	$t0, 8f
	move	$t3, $zero
5:	addu	$t4, $t1, $t3
	lw	$t5, 8($t4)
	addu	$t6, $t2, $t3
	lw	$t7, 0($t6)
	bne	$t5, $t7, 6f
	addiu	$t3, $t3, 4
	sltiu	$t4, $t3, SPIN_NAME
	bnez	$t4, 5b
	lw	$v0, 0($t1)		# found
	b	9f
6:	addiu	$t1, $t1, SPIN_ENT_SIZE
	addiu	$t0, $t0, -1
	b	4b
8:	li	$v0, -ENOENT
9:	lw	$ra, 36($sp)
	lw	$s0, 32($sp)
	lw	$s1, 28($sp)
	addiu	$sp, $sp, 40
	jr	$ra

# spin_fault_event(s0 = trap frame, s1 = environment; from conv_exc, when
# handlers are bound to SPIN_EV_FAULT): a conventional program's memory
# exception (Mod, TLBL, TLBS, AdEL, AdES, IBE, DBE), about to become a
# signal, raised as SPIN_EV_FAULT with its BadVAddr, EPC, exception code
# and the environment's id. Then back to conv_signal: the kernel does what
# it would have done, the result is not used.
	.globl	spin_fault_event
spin_fault_event:
	la	$ra, conv_signal
	lw	$t0, F_CAUSE($s0)
	srl	$t0, $t0, 2
	andi	$t0, $t0, 31		# the code
	addiu	$t1, $t0, -1
	sltiu	$t1, $t1, 7
	beqz	$t1, 9f
	addiu	$sp, $sp, -48
	sw	$ra, 44($sp)
	lw	$t1, F_BADV($s0)
	sw	$t1, 16($sp)
	lw	$t1, F_EPC($s0)
	sw	$t1, 20($sp)
	sw	$t0, 24($sp)
	lw	$t1, ENV_ID($s1)
	sw	$t1, 28($sp)
	sw	$zero, 32($sp)
	li	$a0, SPIN_EV_FAULT
	addiu	$a1, $sp, 16
	li	$a2, SPIN_GEN
	jal	spin_raise
	lw	$ra, 44($sp)
	addiu	$sp, $sp, 48
9:	jr	$ra

# spin_tick (from intr, k0 = ticks, with handlers bound to SPIN_EV_TICK):
# the tick raised as SPIN_EV_TICK with the tick count, the interrupted EPC
# and the environment's id, when the interrupted code is a program's (user
# mode; a tick that finds the kernel running raises nothing). The program's
# registers go to its trap frame meanwhile; then back to intr_slice, which
# ends the slice or returns. The result is not used.
	.globl	spin_tick
spin_tick:
	.set	noreorder
	mfc0	$k1, $12
	andi	$k1, $k1, 0x10		# UM: the interrupted mode
	bnez	$k1, 1f
	lui	$k1, %hi(curenv)
	j	intr_slice
	lui	$k1, %hi(ticks)
1:	lw	$k1, %lo(curenv)($k1)
	SAVE_ALL			# sp = s0 = its trap frame, s1 = it
	.set	reorder
	addiu	$sp, $sp, -40
	lw	$t0, ticks
	sw	$t0, 16($sp)
	lw	$t0, F_EPC($s0)
	sw	$t0, 20($sp)
	lw	$t0, ENV_ID($s1)
	sw	$t0, 24($sp)
	sw	$zero, 28($sp)
	sw	$zero, 32($sp)
	li	$a0, SPIN_EV_TICK
	addiu	$a1, $sp, 16
	li	$a2, SPIN_GEN
	jal	spin_raise
	addiu	$sp, $sp, 40
	.set	noreorder
	RESTORE_REGS
	lui	$k1, %hi(ticks)
	j	intr_slice
	lw	$k0, %lo(ticks)($k1)
	.set	reorder

sys_spin_syscall:
	addiu	$sp, $sp, -24
	sw	$ra, 20($sp)
	li	$a0, SPIN_EV_SYSCALL
	la	$a1, spin_noargs
	li	$a2, SPIN_GEN
	jal	spin_raise
	beqz	$v1, 1f
	addiu	$v0, $v1, SPIN_ERRNO
	subu	$v0, $zero, $v0
1:	lw	$ra, 20($sp)
	addiu	$sp, $sp, 24
	jr	$ra

# The stub page's targets, in the order of kernel.SpinStubNames.
	.globl	spin_stub_targets
spin_stub_targets:
	.word	spin_xret, spin_xfault, spin_gate, spin_null, spin_putc, spin_clock, spin_raise_event, spin_declare_event
spin_stub_end:
spin_noargs:
	.word	0, 0, 0, 0, 0

	.bss
	.align	2
	.globl	spin_events, spin_binds, spin_exts, spin_ents, spin_last, spin_depth
spin_depth:	.space	4	# 1 while a raise runs
spin_budget:	.space	4	# a raise's budget, cycles
spin_stub_page:	.space	4	# the stub page (kseg0), once made
	.globl	spin_keys, spin_nkeys
spin_nkeys:	.space	4
spin_keys:	.space	32*SPIN_MAXKEYS	# the trusted compilers' keys
spin_rsp:	.space	4	# spin_raise's frame, for spin_abort
spin_last:	.space	12	# the last fault: Cause, EPC, BadVAddr (Cause 0: a MiSFIT check)
	.equ SPIN_NSTACK, 2048	# 1 << SPIN_NSTACK_SHIFT
	.align	3
spin_nstack:	.space	SPIN_NSTACK*(SPIN_MAXDEPTH-1)	# nested raises' stacks, depth 2 and up
	.globl	spin_init_slot, spin_init_owner
spin_init_slot:	.space	4	# the slot + 1 of the extension whose spin_init runs (0: none)
spin_init_owner: .space	4	# its loader
spin_gcur:	.space	4	# spin_gsave's slot for the level in progress
spin_goff:	.space	4	# how much lower the level's checked calls start their stack
spin_gsave:	.space	64*SPIN_MAXDEPTH	# the gate's kernel registers, a slot a depth
spin_rn:	.space	4	# the generator's restore list: its length and words
spin_rl:	.space	24
spin_req:	.space	SI_SIZE
spin_removed:	.space	HB_SIZE
spin_name:	.space	SPIN_NAME	# spin_lookup's name
	.align	EV_SHIFT
spin_events:	.space	SPIN_NEVENT*EV_SIZE
spin_exts:	.space	SPIN_NEXT*SX_SIZE
spin_ents:	.space	SPIN_NEXT*SPIN_MAXENT*SPIN_ENT_SIZE	# address, name
spin_binds:	.space	SPIN_NEVENT*SPIN_NBIND*HB_SIZE
spin_scratch:	.space	SPIN_CODE_WORDS*4+4	# the generator's output, and its trash word
	.align	ENV_SHIFT
spin_env:	.space	ENV_SIZE
