# graft.s: the kernel side of MiSFIT grafts in system mode (doc/misfit.md,
# "Loading in system mode"). Linked after kernel.s and vectors.s only in the
# graft kernel (kernel.BuildGraftKernel); the plain kernel does not have it.
#
# The firmware (kernel.LoadGraft) has placed the graft's code and data in
# their kseg0 regions, linked it against the exports below, and filled the
# graft block (GRAFT_BLOCK). graft_boot calls the graft once through the
# entry stub graft_call, stores its v0 and how it ended, and powers off.

	.equ POWEROFF,		0xbf000100
	.equ GRAFT_BLOCK,	0x80002000
	.equ GB_ENTRY,	0	# graft entry address
	.equ GB_RET,	4	# ra for the graft: its __misfit_return, or misfit_return
	.equ GB_BASE,	8	# data region base (s6)
	.equ GB_MASK,	12	# data region size - 1 (s5)
	.equ GB_A0,	16	# a0-a3 at 16, 20, 24, 28
	.equ GB_RESULT,	32	# the graft's v0
	.equ GB_STATUS,	36	# 0 returned, 1 aborted (misfit_fault), 2 out of time,
				# 3 aborted by an exception; 0xdead before the end
	.equ GB_BUDGET,	40	# cycles the graft may run before the timer aborts it
	.equ GB_CAUSE,	44	# Cause, EPC and BadVAddr of the exception that
	.equ GB_EPC,	48	# ended the graft (status 2 or 3)
	.equ GB_BADVA,	52
	.equ ST_RUN,	0x00408001	# BEV, IM7 (the timer), IE: the graft runs
	.equ ST_KERNEL,	0x00400000	# BEV, interrupts off

	.set	noreorder
	.text

	.globl	graft_boot
graft_boot:
	la	$sp, graft_kstack_top
	li	$s0, GRAFT_BLOCK
	li	$t0, 0xdead
	sw	$t0, GB_STATUS($s0)
	jal	graft_call
	move	$a0, $s0
	sw	$v0, GB_RESULT($s0)
	sw	$v1, GB_STATUS($s0)
	li	$t0, POWEROFF
	sw	$zero, 0($t0)
1:	b	1b
	nop

# graft_call(a0 = graft block): the entry stub. Saves the kernel's
# callee-saved registers, gp, sp and ra in graft_save (outside the graft's
# regions), sets the dedicated registers (s5 mask, s6 base, s7 = base; s4
# cleared), sp 16 bytes below the top of the data region, a0-a3, ra, and
# jumps to the entry. Returns v0 = the graft's v0 and v1 = 0 when the graft
# returned, 1 when it was aborted.
	.globl	graft_call
graft_call:
	la	$t0, graft_save
	sw	$s0, 0($t0)
	sw	$s1, 4($t0)
	sw	$s2, 8($t0)
	sw	$s3, 12($t0)
	sw	$s4, 16($t0)
	sw	$s5, 20($t0)
	sw	$s6, 24($t0)
	sw	$s7, 28($t0)
	sw	$fp, 32($t0)
	sw	$gp, 36($t0)
	sw	$sp, 40($t0)
	sw	$ra, 44($t0)
	# The time bound: Compare = Count + budget, the timer's line enabled.
	mfc0	$t0, $9
	lw	$t1, GB_BUDGET($a0)
	addu	$t0, $t0, $t1
	mtc0	$t0, $11
	lw	$s6, GB_BASE($a0)
	lw	$s5, GB_MASK($a0)
	move	$s7, $s6
	move	$s4, $zero
	addu	$sp, $s6, $s5
	addiu	$sp, $sp, -15
	lw	$t9, GB_ENTRY($a0)
	lw	$ra, GB_RET($a0)
	lw	$a1, GB_A0+4($a0)
	lw	$a2, GB_A0+8($a0)
	lw	$a3, GB_A0+12($a0)
	# No kernel value reaches the graft: every other register is cleared.
	mtlo	$zero
	mthi	$zero
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
	move	$s0, $zero
	move	$s1, $zero
	move	$s2, $zero
	move	$s3, $zero
	move	$k0, $zero
	move	$k1, $zero
	move	$gp, $zero
	move	$fp, $zero
	li	$t9, ST_RUN
	mtc0	$t9, $12		# interrupts on: the timer may end the graft
	lw	$t9, GB_ENTRY($a0)	# t9 = the entry, as o32 passes it
	.globl	graft_enter
graft_enter:
	jr	$t9
	lw	$a0, GB_A0($a0)

# misfit_return: the graft returned (v0 is its result).
	.globl	graft_exports_start
graft_exports_start:
	.globl	misfit_return
misfit_return:
	b	graft_leave
	move	$v1, $zero

# misfit_fault: a check failed, or an exported function refused its
# arguments: the graft is aborted.
	.globl	misfit_fault
misfit_fault:
	move	$v0, $zero
	li	$v1, 1
graft_leave:
	li	$t0, ST_KERNEL
	mtc0	$t0, $12		# interrupts off
graft_quiet:
	mtc0	$zero, $11		# and the timer's line cleared
	la	$t0, graft_save
	lw	$s0, 0($t0)
	lw	$s1, 4($t0)
	lw	$s2, 8($t0)
	lw	$s3, 12($t0)
	lw	$s4, 16($t0)
	lw	$s5, 20($t0)
	lw	$s6, 24($t0)
	lw	$s7, 28($t0)
	lw	$fp, 32($t0)
	lw	$gp, 36($t0)
	lw	$sp, 40($t0)
	lw	$ra, 44($t0)
	jr	$ra
	nop

# graft_exception: the boot ROM's general exception vector (0xbfc00380,
# Status.BEV is set) jumps here. The timer interrupt means the graft ran out
# of its budget (status 2); any other exception in the graft or in an export
# it called aborts it (status 3). Cause, EPC and BadVAddr go to the block.
	.globl	graft_exception
graft_exception:
	# A tick that arrives after the graft has reached misfit_return or
	# misfit_fault, before graft_leave turns interrupts off, is not the
	# graft's: it is dropped and the exit goes on.
	mfc0	$k0, $13
	andi	$k0, $k0, 0x7c
	bnez	$k0, 1f
	mfc0	$k1, $14
	la	$k0, misfit_return
	sltu	$k0, $k1, $k0
	bnez	$k0, 1f
	la	$k0, graft_quiet
	sltu	$k0, $k1, $k0
	beqz	$k0, 1f
	nop
	mtc0	$zero, $11		# acknowledges the tick
	eret
1:	li	$k0, GRAFT_BLOCK
	mfc0	$k1, $13
	sw	$k1, GB_CAUSE($k0)
	mfc0	$v1, $14
	sw	$v1, GB_EPC($k0)
	mfc0	$v1, $8
	sw	$v1, GB_BADVA($k0)
	andi	$k1, $k1, 0x7c		# ExcCode << 2: 0 is an interrupt
	li	$v1, 3
	bne	$k1, $zero, graft_leave
	move	$v0, $zero
	b	graft_leave
	li	$v1, 2

# ---- the exports: graft-callable kernel functions ----------------------
	.globl	graft_services_start
graft_services_start:
# Ordinary o32 functions: they preserve s0-s8, so the graft's s5/s6 survive.
# Those taking pointers check them against the caller's region (s6 base,
# s5 mask) and abort the graft (misfit_fault) when a range leaves it.

# graft_log(a0): a service: returns a0 + 1.
	.globl	graft_log
graft_log:
	jr	$ra
	addiu	$v0, $a0, 1

# graft_time(): the CP0 Count register.
	.globl	graft_time
graft_time:
	mfc0	$v0, $9
	jr	$ra
	nop

# region_check(a0 = address, a1 = length): returns if the range
# [a0, a0+a1) lies in the region, jumps to misfit_fault otherwise. Clobbers
# t0, t1.
region_check:
	subu	$t0, $a0, $s6		# offset in the region
	sltu	$t1, $s5, $t0
	bne	$t1, $zero, misfit_fault
	subu	$t0, $s5, $t0		# bytes left after the first, minus one
	addiu	$t0, $t0, 1
	sltu	$t1, $t0, $a1
	bne	$t1, $zero, misfit_fault
	nop
	jr	$ra
	nop

# memset(a0 = dst, a1 = byte, a2 = n): returns dst.
	.globl	memset
memset:
	move	$t8, $ra
	move	$t2, $a1
	jal	region_check
	move	$a1, $a2
	move	$ra, $t8
	move	$v0, $a0
	beq	$a2, $zero, 2f
	addu	$t3, $a0, $a2
1:	sb	$t2, 0($a0)
	addiu	$a0, $a0, 1
	bne	$a0, $t3, 1b
	nop
2:	jr	$ra
	nop

# memcpy(a0 = dst, a1 = src, a2 = n): returns dst.
	.globl	memcpy
memcpy:
	move	$t8, $ra
	move	$t2, $a1		# src
	jal	region_check		# dst
	move	$a1, $a2
	move	$t3, $a0
	jal	region_check		# src
	move	$a0, $t2
	move	$a0, $t3
	move	$ra, $t8
	move	$v0, $a0
	beq	$a2, $zero, 2f
	addu	$t3, $a0, $a2
1:	lbu	$t4, 0($t2)
	addiu	$t2, $t2, 1
	sb	$t4, 0($a0)
	addiu	$a0, $a0, 1
	bne	$a0, $t3, 1b
	nop
2:	jr	$ra
	nop
	.globl	graft_exports_end
graft_exports_end:

	.bss
	.align	3
graft_save:	.space	48
graft_kstack:	.space	1024
graft_kstack_top:
