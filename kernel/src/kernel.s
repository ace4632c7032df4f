# kernel.s: the nanokernel's boot code, its page tables, the conventional
# personality's system calls and signals, and the exokernel's calls.
# The hot paths are in vectors.s; doc/kernel.md describes the whole.
#
# The kernel never takes an exception itself: it runs with Status.EXL set
# (interrupts masked), lives in kseg0 and reaches user memory through its
# own page tables (uva2k), never through the TLB.

	.include "layout.inc"
	.include "frame.inc"
	.include "kv.inc"

	.equ UART_RX,	0xbf000004
	.equ UART_STATUS, 0xbf000008
	.equ POWEROFF,	0xbf000100
	.equ PTE_V,	2
	.equ PTE_D,	4
	.equ PTE_CACHED, 0x18	# C = 3
	.equ SR_V,	0x80000000
	.equ SR_U,	0x40000000
	.equ SR_W,	0x20000000
	.equ SR_N,	0x10000000
	.equ EFAULT,	14
	.equ EINVAL,	22
	.equ EBADF,	9
	.equ ENOMEM,	12
	.equ SIGSYS,	12

	.set	reorder
	.text

# Entry from the boot ROM: a0 = the boot-information block (kseg0).
	.globl	__start
__start:
	mtc0	$zero, $12		# kernel mode; BEV, ERL, EXL, IE clear
	la	$sp, kstack_top
	move	$s7, $a0
	lw	$t0, BI_MAGIC($s7)
	li	$t1, BI_MAGIC_VALUE
	beq	$t0, $t1, 1f
	la	$a0, msg_bootinfo
	jal	puts
	li	$a0, 255
	j	poweroff
1:
	# Exception vectors: copy the refill handler (the exokernel's looks in
	# its software TLB first) and the general stub.
	li	$a0, 0x80000000
	la	$a1, refill_start
	la	$a2, refill_end
	lw	$t0, BI_PERSONALITY($s7)
	beqz	$t0, 1f
	la	$a1, refill_exo_start
	la	$a2, refill_exo_end
1:	jal	copy_words
	li	$a0, 0x80000180
	la	$a1, general_start
	la	$a2, general_end
	jal	copy_words

	# Empty page tables: every VSID starts with no pages.
	la	$t0, empty_seg
	la	$t1, empty_leaf
	li	$t2, 64
2:	sw	$t1, 0($t0)
	addiu	$t0, $t0, 4
	addiu	$t2, $t2, -1
	bnez	$t2, 2b
	la	$t0, vsid_dir
	la	$t1, empty_seg
	li	$t2, NVSID
3:	sw	$t1, 0($t0)
	addiu	$t0, $t0, 4
	addiu	$t2, $t2, -1
	bnez	$t2, 3b

	# Conventional system-call table.
	la	$t0, conv_systab
	la	$t1, sys_enosys
	li	$t2, NSYS
4:	sw	$t1, 0($t0)
	addiu	$t0, $t0, 4
	addiu	$t2, $t2, -1
	bnez	$t2, 4b
	la	$t0, sys_list
	la	$t3, conv_systab
5:	lw	$t1, 0($t0)		# number
	beqz	$t1, 6f
	lw	$t2, 4($t0)		# handler
	addiu	$t1, $t1, -4000
	sll	$t1, $t1, 2
	addu	$t1, $t1, $t3
	sw	$t2, 0($t1)
	addiu	$t0, $t0, 8
	b	5b
6:
	# Boot information.
	lw	$t0, BI_FREE_START($s7)
	sw	$t0, free_next
	lw	$t0, BI_FREE_END($s7)
	sw	$t0, free_end
	lw	$t0, BI_TIMER($s7)
	sw	$t0, timer_interval
	lw	$t0, BI_CLOCK_HZ($s7)
	sw	$t0, clock_hz
	lw	$t0, BI_NS_PER_TICK($s7)
	sw	$t0, ns_per_tick

	lw	$t0, BI_PERSONALITY($s7)
	sw	$t0, personality
	lw	$t0, BI_SLICE($s7)
	bnez	$t0, 1f
	li	$t0, 1
1:	sw	$t0, slice_len
	lw	$t0, BI_GRACE($s7)
	bnez	$t0, 2f
	li	$t0, 1
2:	sw	$t0, grace

	# The physical pages' owners (bind.s).
	jal	own_boot

	# The protected shared libraries, before their clients.
	move	$a0, $s7
	jal	psl_boot

	# VINO's graft segment and the grafts the firmware placed.
	move	$a0, $s7
	jal	vino_boot
	bnez	$v0, badboot

	# The disk and the buffer cache, if the machine has a disk (bcache.s).
	move	$a0, $s7
	jal	bc_boot

	# SPIN's events and the extensions the firmware placed (spin.s).
	move	$a0, $s7
	jal	spin_boot
	bnez	$v0, badboot

	# The environments of the boot list, one slice each.
	lw	$s2, BI_NENVS($s7)
	addiu	$t0, $s2, -1
	sltiu	$t0, $t0, NENV
	beqz	$t0, badboot
	sw	$s2, nslices
	move	$s3, $zero
	addiu	$s4, $s7, BI_ENVS
3:	move	$a0, $s3
	move	$a1, $s4
	jal	env_create
	beqz	$v0, nomem
	sll	$t0, $s3, 2
	la	$t1, slice_vec
	addu	$t1, $t1, $t0
	sw	$v0, 0($t1)
	addiu	$s3, $s3, 1
	addiu	$s4, $s4, BI_ENV_SIZE
	bne	$s3, $s2, 3b

	# Status for user mode (UM, EXL), and the timer's line.
	li	$t2, 0x12
	lw	$t0, timer_interval
	beqz	$t0, 4f
	mfc0	$t1, $9
	addu	$t1, $t1, $t0
	mtc0	$t1, $11
	ori	$t2, $t2, 0x8001	# IM7 | IE
4:	lw	$t0, bc_im		# IM3 | IE with a disk
	or	$t2, $t2, $t0
	mtc0	$t2, $12
	# The first slice is environment 0's.
	la	$t0, slice_vec
	sw	$t0, slice_cur
	sw	$zero, slice_pos
	lw	$t1, slice_len
	sw	$t1, slice_end
	la	$a0, envs
	j	env_run

	.globl	badboot, nomem
badboot:
	la	$a0, msg_bootinfo
	jal	puts
	li	$a0, 255
	j	poweroff

nomem:
	la	$a0, msg_nomem
	jal	puts
	li	$a0, 255
	j	poweroff

# env_create(a0 = index, a1 = its boot record) -> v0 = the environment: a
# descriptor in envs, its VSIDs (16 from 16*(index+1)), its vector table,
# a kernel page holding its trap frame (the entry point and stack pointer in
# it), its regions mapped in its page tables, its segment-register values,
# the signal trampoline in its u-page, and runnable. It leaves curenv and
# the segment registers at the new environment. v0 = 0 when memory runs out
# or the record has too many regions (what it mapped so far is not
# reclaimed: doc/kernel.md, "Limitations").
env_create:
	addiu	$sp, $sp, -40
	sw	$ra, 36($sp)
	sw	$s0, 32($sp)
	sw	$s1, 28($sp)
	sw	$s2, 24($sp)
	sw	$s3, 20($sp)
	sw	$s4, 16($sp)
	sw	$s5, 12($sp)
	sw	$s6, 8($sp)
	sll	$s0, $a0, ENV_SHIFT
	la	$t0, envs
	addu	$s0, $s0, $t0
	move	$s1, $a1
	sw	$a0, ENV_ID($s0)
	sw	$a1, ENV_BOOTREC($s0)
	addiu	$t0, $a0, 1
	lw	$t1, env_top		# 1 + the highest index ever made
	sltu	$t1, $t1, $t0
	beqz	$t1, 1f
	sw	$t0, env_top
1:	sll	$t0, $t0, 4
	sw	$t0, ENV_VSID($s0)
	lw	$t0, BE_BRK($s1)
	sw	$t0, ENV_BRK($s0)
	sw	$t0, ENV_BRK_BASE($s0)
	sw	$t0, ENV_BRK_TOP($s0)
	lw	$t0, BE_BRK_MAX($s1)
	sw	$t0, ENV_BRK_MAX($s0)
	li	$t0, 1			# descriptors 0-2: the console
	sw	$t0, ENV_FDS($s0)
	sw	$t0, ENV_FDS+4($s0)
	sw	$t0, ENV_FDS+8($s0)
	# The personality's vector table.
	lw	$t0, personality
	la	$t1, conv_exc
	la	$t2, conv_sys
	beqz	$t0, 1f
	la	$t1, exo_kill
	la	$t2, exo_sys
1:	move	$t3, $s0
	li	$t4, 32
2:	sw	$t1, ENV_VEC($t3)
	addiu	$t3, $t3, 4
	addiu	$t4, $t4, -1
	bnez	$t4, 2b
	sw	$t2, ENV_VEC+8*4($s0)
	la	$t1, intr
	sw	$t1, ENV_VEC($s0)
	# Its kernel page: the trap frame at the top, its kernel stack below.
	jal	alloc_page
	beqz	$v0, 30f
	addiu	$t0, $v0, 4096-FRAME
	sw	$t0, ENV_KFRAME($s0)
	lw	$t1, BE_ENTRY($s1)
	sw	$t1, F_EPC($t0)
	lw	$t1, BE_SP($s1)
	sw	$t1, F_SP($t0)
	# Its regions: page tables, segment flags, wired TLB entries.
	sw	$s0, curenv
	la	$t0, segflags
	li	$t1, 16
3:	sw	$zero, 0($t0)
	addiu	$t0, $t0, 4
	addiu	$t1, $t1, -1
	bnez	$t1, 3b
	lw	$s2, BE_NREGIONS($s1)
	sltiu	$t0, $s2, BI_MAX_REGIONS+1
	beqz	$t0, 30f
	addiu	$s3, $s1, BE_REGIONS
10:	beqz	$s2, 14f
	lw	$s4, R_VA($s3)
	lw	$s5, R_PA($s3)
	lw	$s6, R_PAGES($s3)
	lw	$t0, R_FLAGS($s3)
	sw	$t0, region_flags
	# segment flags: 1 valid, 2 writable, 4 executable
	li	$t1, 1
	andi	$t2, $t0, RF_WRITE
	beqz	$t2, 11f
	ori	$t1, $t1, 2
11:	andi	$t2, $t0, RF_EXEC
	beqz	$t2, 12f
	ori	$t1, $t1, 4
12:	srl	$t2, $s4, 28
	sll	$t2, $t2, 2
	la	$t3, segflags
	addu	$t2, $t2, $t3
	lw	$t3, 0($t2)
	or	$t3, $t3, $t1
	sw	$t3, 0($t2)
13:	beqz	$s6, 15f
	srl	$a1, $s5, 12
	sll	$a1, $a1, 6
	ori	$a1, $a1, PTE_V|PTE_CACHED
	lw	$t0, region_flags
	andi	$t1, $t0, RF_WRITE
	beqz	$t1, 16f
	ori	$a1, $a1, PTE_D
16:	move	$a0, $s4
	sw	$a1, region_pte
	jal	map_page
	bnez	$v0, 30f
	lw	$t0, region_flags
	andi	$t1, $t0, RF_WIRED
	beqz	$t1, 17f
	move	$a0, $s4
	lw	$a1, region_pte
	jal	wire_page
17:	addiu	$s4, $s4, 4096
	addiu	$s5, $s5, 4096
	addiu	$s6, $s6, -1
	b	13b
15:	addiu	$s3, $s3, R_SIZE
	addiu	$s2, $s2, -1
	b	10b
14:
	# Segment-register values for segments 0-7, from the flags.
	lw	$t9, ENV_VSID($s0)
	la	$t0, segflags
	move	$t1, $zero
	addiu	$t6, $s0, ENV_SEGS
18:	lw	$t3, 0($t0)
	move	$t4, $zero
	beqz	$t3, 19f
	li	$t4, SR_V|SR_U
	andi	$t5, $t3, 2
	beqz	$t5, 20f
	li	$t5, SR_W
	or	$t4, $t4, $t5
20:	andi	$t5, $t3, 4
	bnez	$t5, 21f
	li	$t5, SR_N
	or	$t4, $t4, $t5
21:	addu	$t5, $t1, $t9
	or	$t4, $t4, $t5
19:	sw	$t4, 0($t6)
	addiu	$t0, $t0, 4
	addiu	$t6, $t6, 4
	addiu	$t1, $t1, 1
	sltiu	$t5, $t1, 8
	bnez	$t5, 18b
	# A client of protected shared libraries: PSL's entries (psl.s).
	move	$a0, $s0
	move	$a1, $s1
	jal	psl_attach
	# The signal trampoline in its u-page: li v0,4119 (sigreturn); syscall.
	move	$k1, $s0
	LOAD_SEGS
	li	$t8, UPAGE+UPAGE_TRAMPOLINE
	li	$t9, 1
	jal	uva2k
	beqz	$v1, 22f
	li	$t0, 0x24021017
	sw	$t0, 0($v1)
	li	$t0, 0x0000000c
	sw	$t0, 4($v1)
22:	li	$t0, ES_RUNNABLE
	sw	$t0, ENV_STATE($s0)
	move	$v0, $s0
	b	31f
30:	sw	$zero, ENV_STATE($s0)	# out of memory, or too many regions
	move	$v0, $zero
31:	lw	$ra, 36($sp)
	lw	$s0, 32($sp)
	lw	$s1, 28($sp)
	lw	$s2, 24($sp)
	lw	$s3, 20($sp)
	lw	$s4, 16($sp)
	lw	$s5, 12($sp)
	lw	$s6, 8($sp)
	addiu	$sp, $sp, 40
	jr	$ra

# sched_next: run the owner of the next slice that can run (round robin
# over the slice vector), the current environment only when no other can.
# With none, the machine powers off: with environment 0's exit status once
# it has ended, else (it is blocked, and no device can wake it) with 255
# and a message. Does not return.
	.globl	sched_next
sched_next:
	la	$sp, kstack_top
	lw	$t0, vino_points+4*GP_SCHED
	bnez	$t0, 7f			# a graft chooses (vino.s)
sched_rr:
	lw	$t0, nslices
	lw	$t1, slice_pos
	move	$t2, $t0
	la	$t4, slice_vec
	lw	$t7, curenv		# it runs again only if nobody else can
	move	$t8, $zero
1:	addiu	$t1, $t1, 1
	bne	$t1, $t0, 2f
	move	$t1, $zero
2:	sll	$t3, $t1, 2
	addu	$t3, $t3, $t4
	lw	$a0, 0($t3)
	beqz	$a0, 3f
	lw	$t5, ENV_STATE($a0)
	li	$t6, ES_RUNNABLE
	bne	$t5, $t6, 3f
	bne	$a0, $t7, 4f
	bnez	$t8, 3f
	move	$t8, $t3		# the current one's slice, if nothing else
	move	$t9, $t1
3:	addiu	$t2, $t2, -1
	bnez	$t2, 1b
	move	$t3, $t8
	move	$t1, $t9
	move	$a0, $t7
	bnez	$t8, 4f
	# Nobody can run. While the disk works, wait for it (bcache.s).
	lw	$t0, bc_qhead
	bnez	$t0, bc_idle
	# Once environment 0 has ended, the machine stops with
	# its status (servers left waiting for a transfer do not hold it up);
	# while it is blocked, nothing can ever wake it.
	la	$t0, envs
	lw	$t2, ENV_STATE($t0)
	li	$t3, ES_BLOCKED
	beq	$t2, $t3, 6f
	lw	$a0, ENV_STATUS($t0)
	j	poweroff
6:	la	$a0, msg_deadlock
	jal	puts
	li	$a0, 255
	j	poweroff
4:	sw	$t1, slice_pos
	sw	$t3, slice_cur
	lw	$t0, ticks
	lw	$t1, slice_len
	addu	$t0, $t0, $t1
	sw	$t0, slice_end
	j	env_run
7:	jal	vino_sched
	beqz	$v0, 1f
	move	$a0, $v0		# its choice runs for a slice
	lw	$t0, ticks
	lw	$t1, slice_len
	addu	$t0, $t0, $t1
	sw	$t0, slice_end
	j	env_run
1:	la	$sp, kstack_top		# the default method
	b	sched_rr

# slice_rearm: another environment can run: if the slice was left without
# an end (the current one was alone), it ends after slice_len ticks.
	.globl	slice_rearm
slice_rearm:
	lw	$t0, slice_end
	addiu	$t0, $t0, 1
	bnez	$t0, 1f
	lw	$t0, ticks
	lw	$t1, slice_len
	addu	$t0, $t0, $t1
	sw	$t0, slice_end
1:	jr	$ra

# env_exit(a0 = status): the current environment ends; its boot record
# gets the status; the next slice's owner runs.
	.globl	env_exit
env_exit:
	la	$sp, kstack_top		# it may come from user-mode state
	lw	$s0, curenv
	sw	$a0, ENV_STATUS($s0)
	lw	$t1, ENV_BOOTREC($s0)
	beqz	$t1, 1f
	sw	$a0, BE_STATUS($t1)
	li	$t2, 1
	sw	$t2, BE_EXITED($t1)
1:	move	$a0, $s0		# its pipes see it go
	jal	env_close_fds
	move	$a0, $s0		# its grafts leave the kernel
	jal	vino_forget_env
	move	$a0, $s0		# and its extensions and events
	jal	spin_forget_env
	li	$t1, ES_DEAD
	sw	$t1, ENV_STATE($s0)
	lw	$a0, ENV_PARENT($s0)	# a parent in waitpid
	beqz	$a0, 2f
	jal	wakeup
2:	j	sched_next

# copy_words(a0 = destination, a1 = start, a2 = end)
	.globl	copy_words
copy_words:
	beq	$a1, $a2, 1f
	lw	$t0, 0($a1)
	sw	$t0, 0($a0)
	addiu	$a0, $a0, 4
	addiu	$a1, $a1, 4
	b	copy_words
1:	jr	$ra

	.globl	alloc_page, map_page, copy_user, unmap_page, env_create, uva2k, free_page, puts
# alloc_page() -> v0 = kseg0 address of a zeroed physical page, or 0: a
# page freed earlier (free_list, linked through each page's first word) or
# the next never-used one. Every page is zeroed here, so no contents pass
# from one owner to the next.
alloc_page:
	lw	$v0, free_list
	beqz	$v0, 3f
	lw	$t0, 0($v0)
	sw	$t0, free_list
	b	4f
3:	lw	$v0, free_next
	lw	$t0, free_end
	addiu	$t1, $v0, 4096
	sltu	$t0, $t0, $t1
	bnez	$t0, 2f
	sw	$t1, free_next
	lw	$t0, page_own		# a page an environment owns (bind.s) is
	beqz	$t0, 5f			# skipped; the one taken is the kernel's
	srl	$t1, $v0, 9		# (two words a page)
	addu	$t0, $t0, $t1
	lw	$t1, 0($t0)
	bnez	$t1, 3b
	li	$t1, OWN_KERNEL
	sw	$t1, 0($t0)
5:	lui	$t0, 0x8000
	or	$v0, $v0, $t0
4:	move	$t0, $v0
	addiu	$t1, $v0, 4096
1:	sw	$zero, 0($t0)
	sw	$zero, 4($t0)
	sw	$zero, 8($t0)
	sw	$zero, 12($t0)
	addiu	$t0, $t0, 16
	bne	$t0, $t1, 1b
	jr	$ra
2:	move	$v0, $zero
	jr	$ra

# free_page(a0 = kseg0 address of a page): give it back.
free_page:
	lw	$t0, free_list
	sw	$t0, 0($a0)
	sw	$a0, free_list
	jr	$ra

# unmap_page(a0 = user address) -> v0 = the kseg0 address of the page it
# mapped in the current environment, or 0: its PTE is cleared and a TLB
# entry holding it is invalidated.
unmap_page:
	lw	$t0, curenv
	lw	$t0, ENV_VSID($t0)
	srl	$t1, $a0, 28
	addu	$t6, $t0, $t1		# VSID
# unmap_page_vsid(a0 = address, t6 = VSID): the same, under the given
# VSID (graft space's, vinoload.s).
	.globl	unmap_page_vsid
unmap_page_vsid:
	PTE_WALK $a0
	move	$v0, $zero
	andi	$t1, $t3, PTE_V
	beqz	$t1, 1f
	la	$t1, empty_leaf
	beq	$t0, $t1, 1f		# the shared empty table: nothing mapped
	sw	$zero, 0($t2)
	cache	0x11, 0($t2)		# Hit_Invalidate_D, as map_page
	srl	$v0, $t3, 6
	sll	$v0, $v0, 12
	lui	$t1, 0x8000
	or	$v0, $v0, $t1
	li	$t0, -4096
	and	$t0, $a0, $t0
	mtc0	$t0, $10
	mtc0	$t6, $10, 1
	tlbp
	mfc0	$t1, $0
	bltz	$t1, 1f
	mtc0	$zero, $2		# an invalid entry
	tlbwi
1:	jr	$ra

# map_page(a0 = user address, a1 = PTE): enter the page into the current
# environment's page table, allocating tables as needed, and update the TLB
# entry if one holds the page. v0 = 0, or -ENOMEM.
map_page:
	lw	$t0, curenv
	lw	$t0, ENV_VSID($t0)
	srl	$t1, $a0, 28
	addu	$a2, $t0, $t1		# VSID
# map_page_vsid(a0 = user address, a1 = PTE, a2 = VSID): the same, under
# the given VSID (a protected shared library's, say).
	.globl	map_page_vsid
map_page_vsid:
	addiu	$sp, $sp, -24
	sw	$ra, 20($sp)
	sw	$s5, 16($sp)
	sw	$s6, 12($sp)
	sw	$s7, 8($sp)
	move	$s5, $a0
	move	$s6, $a1
	move	$s7, $a2		# VSID
	la	$t0, vsid_dir
	sll	$t1, $s7, 2
	addu	$t2, $t0, $t1
	lw	$t3, 0($t2)
	la	$t4, empty_seg
	bne	$t3, $t4, 1f
	sw	$t2, 0($sp)
	jal	alloc_page
	beqz	$v0, 9f
	la	$t1, empty_leaf
	move	$t0, $v0
	li	$t2, 64
3:	sw	$t1, 0($t0)
	addiu	$t0, $t0, 4
	addiu	$t2, $t2, -1
	bnez	$t2, 3b
	lw	$t2, 0($sp)
	sw	$v0, 0($t2)
	move	$t3, $v0
1:	srl	$t1, $s5, 20
	andi	$t1, $t1, 0xfc
	addu	$t2, $t3, $t1
	lw	$t3, 0($t2)
	la	$t4, empty_leaf
	bne	$t3, $t4, 2f
	sw	$t2, 0($sp)
	jal	alloc_page
	beqz	$v0, 9f
	lw	$t2, 0($sp)
	sw	$v0, 0($t2)
	move	$t3, $v0
2:	srl	$t1, $s5, 10
	andi	$t1, $t1, 0xffc
	addu	$t2, $t3, $t1
	sw	$s6, 0($t2)
	# Leave the entry out of the data cache: a refill then finds its PTE
	# in memory, as it does on a system whose tables were written long
	# before, whatever user code has touched since (doc/kernel.md).
	cache	0x11, 0($t2)		# Hit_Invalidate_D
	# A TLB entry may hold the page (an invalid one after a failed access).
	li	$t0, -4096
	and	$t0, $s5, $t0
	mtc0	$t0, $10
	mtc0	$s7, $10, 1
	tlbp
	mfc0	$t1, $0
	bltz	$t1, 4f
	mtc0	$s6, $2
	tlbwi
4:	move	$v0, $zero
	b	5f
9:	li	$v0, -ENOMEM
5:	lw	$ra, 20($sp)
	lw	$s5, 16($sp)
	lw	$s6, 12($sp)
	lw	$s7, 8($sp)
	addiu	$sp, $sp, 24
	jr	$ra

# wire_page(a0 = user address, a1 = PTE): write the translation into the
# next wired TLB entry (0-7), which the refill handler never replaces.
wire_page:
	lw	$t0, wired_next
	sltiu	$t1, $t0, WIRED
	beqz	$t1, 1f
	addiu	$t1, $t0, 1
	sw	$t1, wired_next
	mtc0	$t0, $0
	li	$t1, -4096
	and	$t1, $a0, $t1
	mtc0	$t1, $10
	lw	$t1, curenv
	lw	$t1, ENV_VSID($t1)
	srl	$t2, $a0, 28
	addu	$t1, $t1, $t2
	mtc0	$t1, $10, 1
	mtc0	$a1, $2
	tlbwi
1:	jr	$ra

# uva2k(t8 = user address, t9 = nonzero for a write) -> v1 = the kseg0
# address that reaches it, or 0 if the environment may not make that access.
# Clobbers t4-t7 only.
	.globl	uva2k
uva2k:
	bltz	$t8, 9f
	mfsrin	$t4, $t8
	bgez	$t4, 9f			# V
	sll	$t5, $t4, 1
	bgez	$t5, 9f			# U
	beqz	$t9, 1f
	sll	$t5, $t4, 2
	bgez	$t5, 9f			# W
1:	sll	$t4, $t4, 8
	srl	$t4, $t4, 8		# VSID
	sltiu	$t5, $t4, NVSID
	beqz	$t5, 9f
	sll	$t4, $t4, 2
	la	$t5, vsid_dir
	addu	$t4, $t4, $t5
	lw	$t4, 0($t4)
	srl	$t5, $t8, 20
	andi	$t5, $t5, 0xfc
	addu	$t4, $t4, $t5
	lw	$t4, 0($t4)
	srl	$t5, $t8, 10
	andi	$t5, $t5, 0xffc
	addu	$t4, $t4, $t5
	lw	$t4, 0($t4)		# PTE
	andi	$t5, $t4, PTE_V
	beqz	$t5, 9f
	beqz	$t9, 2f
	andi	$t5, $t4, PTE_D
	beqz	$t5, 9f
2:	srl	$t4, $t4, 6
	sll	$t4, $t4, 12
	andi	$t5, $t8, 0xfff
	or	$v1, $t4, $t5
	lui	$t5, 0x8000
	or	$v1, $v1, $t5
	jr	$ra
9:	move	$v1, $zero
	jr	$ra

# copy_user(a0 = user address, a1 = kernel address, a2 = length, a3 = 1 to
# copy to the user, 0 from) -> v0 = 0 or -EFAULT. Whole words when both
# sides and the length allow. Clobbers t0-t9, a0-a2.
copy_user:
	move	$t3, $ra
1:	beqz	$a2, 8f
	move	$t8, $a0
	move	$t9, $a3
	jal	uva2k
	beqz	$v1, 9f
	andi	$t0, $a0, 0xfff
	li	$t1, 4096
	subu	$t0, $t1, $t0		# bytes left in the page
	sltu	$t1, $a2, $t0
	beqz	$t1, 2f
	move	$t0, $a2		# chunk = min(page rest, length)
2:	addu	$a0, $a0, $t0
	subu	$a2, $a2, $t0
	or	$t1, $v1, $a1
	or	$t1, $t1, $t0
	andi	$t1, $t1, 3
	bnez	$t1, 5f
	.set	noreorder
	# words
	beqz	$a3, 4f
	nop
3:	lw	$t1, 0($a1)		# to the user
	addiu	$a1, $a1, 4
	addiu	$t0, $t0, -4
	sw	$t1, 0($v1)
	bnez	$t0, 3b
	addiu	$v1, $v1, 4
	b	1b
	nop
4:	lw	$t1, 0($v1)		# from the user
	addiu	$v1, $v1, 4
	addiu	$t0, $t0, -4
	sw	$t1, 0($a1)
	bnez	$t0, 4b
	addiu	$a1, $a1, 4
	b	1b
	nop
	# bytes
5:	beqz	$a3, 6f
	nop
7:	lbu	$t1, 0($a1)		# to the user
	addiu	$a1, $a1, 1
	addiu	$t0, $t0, -1
	sb	$t1, 0($v1)
	bnez	$t0, 7b
	addiu	$v1, $v1, 1
	b	1b
	nop
6:	lbu	$t1, 0($v1)		# from the user
	addiu	$v1, $v1, 1
	addiu	$t0, $t0, -1
	sb	$t1, 0($a1)
	bnez	$t0, 6b
	addiu	$a1, $a1, 1
	b	1b
	nop
	.set	reorder
8:	move	$v0, $zero
	jr	$t3
9:	li	$v0, -EFAULT
	jr	$t3

# ---- console and power -------------------------------------------------

# puts(a0 = NUL-terminated string in kernel memory)
puts:
	li	$t1, UART_TX
1:	lbu	$t0, 0($a0)
	beqz	$t0, 2f
	sb	$t0, 0($t1)
	addiu	$a0, $a0, 1
	b	1b
2:	jr	$ra

# poweroff(a0 = exit status): end the run.
	.globl	poweroff
poweroff:
	li	$t0, POWEROFF
	sw	$a0, 0($t0)
1:	b	1b

# kill_env(a0 = signal): the current environment ends with status
# 128+signal. As Linux, the kernel prints nothing on the console; it leaves
# a crash record (signal, EPC, Cause, BadVAddr) in the environment's boot
# record for the firmware to report.
	.globl	kill_env
kill_env:
	lw	$t0, curenv
	sw	$a0, ENV_SIGNALED($t0)
	lw	$t0, ENV_BOOTREC($t0)
	beqz	$t0, 1f
	sw	$a0, BE_CRASH_SIG($t0)
	mfc0	$t1, $14
	sw	$t1, BE_CRASH_EPC($t0)
	mfc0	$t1, $13
	sw	$t1, BE_CRASH_CAUSE($t0)
	mfc0	$t1, $8
	sw	$t1, BE_CRASH_BADVADDR($t0)
1:	addiu	$a0, $a0, 128
	j	env_exit

# ---- exokernel ----------------------------------------------------------

# An exception in an exokernel environment with no handler registered.
	.globl	exo_kill
exo_kill:
	mfc0	$t0, $13
	andi	$t0, $t0, 0x7c
	la	$t1, exc_signal
	addu	$t1, $t1, $t0
	lw	$a0, 0($t1)
	j	kill_env

exo_putc:
	li	$k0, UART_TX
	sb	$a0, 0($k0)
	move	$k0, $zero
	move	$k1, $zero
	eret

exo_exit:
	j	env_exit

exo_ticks:
	lui	$k0, %hi(ticks)
	lw	$v0, %lo(ticks)($k0)
	move	$k0, $zero
	move	$k1, $zero
	eret

# A system call in a delay slot: the kernel does not emulate the branch.
# It goes to the environment's handler as the exception it is (Cause.BD
# set, EPC at the branch); with no handler, the environment is killed with
# SIGSYS. k1 = the environment.
	.globl	exo_sys_slot
exo_sys_slot:
	lw	$k0, ENV_XHANDLER-8*4($k1)	# k1 = the environment + 4 * code 8
	beqz	$k0, 1f
	nop
	j	exo_exc			# the handler in k0, as the dispatcher leaves it
1:	li	$a0, SIGSYS
	j	kill_env

# The exception handler's own first instruction faulted (it is misaligned,
# unmapped or not executable): delivering the exception again would fault
# again forever. The environment is killed with SIGSEGV.
	.globl	exo_handler_fault
exo_handler_fault:
	li	$a0, 11
	j	kill_env

# exo_set_handler(a0 = handler, a1 = save area): register the environment's
# exception handler and its save area (XS_SIZE bytes, word aligned, within
# one writable page). a0 = 0 unregisters. v0 = 0, -EINVAL or -EFAULT.
exo_set_handler:
	move	$k1, $ra
	bltz	$a0, 8f
	andi	$t0, $a0, 3		# a handler is an instruction address
	bnez	$t0, 8f
	andi	$t0, $a1, 3
	bnez	$t0, 8f
	andi	$t0, $a1, 0xfff
	sltiu	$t0, $t0, 4096-XS_SIZE+1
	beqz	$t0, 8f
	move	$t8, $a1
	li	$t9, 1
	jal	uva2k
	beqz	$v1, 9f
	lw	$t0, curenv
	sw	$v1, ENV_XSAVE($t0)
	sw	$a0, ENV_XHANDLER($t0)
	la	$t1, exo_exc
	bnez	$a0, 1f
	la	$t1, exo_kill
1:	li	$t2, 1			# every code but Int (0) and Sys (8)
2:	sll	$t3, $t2, 2
	addu	$t3, $t3, $t0
	sw	$v1, ENV_XSAVEV($t3)
	li	$t4, 8
	beq	$t2, $t4, 3f
	lw	$t4, ENV_PSL_MASK($t0)	# a library client: behind PSL's entries
	addiu	$t5, $t3, ENV_VEC
	beqz	$t4, 4f
	addiu	$t4, $t3, ENV_BVEC
	move	$t5, $t4
4:	sw	$t1, 0($t5)
	sw	$a0, ENV_UVEC($t3)
3:	addiu	$t2, $t2, 1
	sltiu	$t3, $t2, 32
	bnez	$t3, 2b
	move	$v0, $zero
	b	10f
8:	li	$v0, -EINVAL
	b	10f
9:	li	$v0, -EFAULT
10:	move	$ra, $k1
	# The caller-saved registers used here held kernel addresses.
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
	move	$v1, $zero
	move	$k0, $zero
	move	$k1, $zero
	eret

# exo_set_cause(a0 = exception code, a1 = handler): the code's own handler,
# or with a1 = 0 the default one (EXO_SET_HANDLER's). The save area must be
# registered first. Not for Int (0) or Sys (8). v0 = 0 or -EINVAL.
exo_set_cause:
	lw	$t0, curenv
	li	$v0, -EINVAL
	blez	$a0, 9f
	sltiu	$t1, $a0, 32
	beqz	$t1, 9f
	li	$t1, 8
	beq	$a0, $t1, 9f
	andi	$t1, $a1, 3
	bnez	$t1, 9f
	bltz	$a1, 9f
	lw	$t1, ENV_XSAVE($t0)
	beqz	$t1, 9f
	bnez	$a1, 1f
	lw	$a1, ENV_XHANDLER($t0)
1:	sll	$t1, $a0, 2
	addu	$t1, $t1, $t0
	sw	$a1, ENV_UVEC($t1)
	la	$t2, exo_exc
	bnez	$a1, 2f
	la	$t2, exo_kill
2:	lw	$t3, ENV_PSL_MASK($t0)	# a library client: behind PSL's entries
	addiu	$t4, $t1, ENV_VEC
	beqz	$t3, 3f
	addiu	$t4, $t1, ENV_BVEC
3:	sw	$t2, 0($t4)
	move	$v0, $zero
9:	move	$t0, $zero
	move	$t1, $zero
	move	$t2, $zero
	move	$k0, $zero
	move	$k1, $zero
	eret

# exo_set_entry(a0 = ENTRY_RUN, ENTRY_PCT, ENTRY_EPI or ENTRY_REVOKE, a1 =
# address, 0 to remove): the environment's run entry (where it starts when
# scheduled after yielding), protected-control-transfer entry, epilogue
# (upcalled at the end of its slice), or revocation entry (where it starts
# instead of its run entry while a page is asked back of it, bind.s).
# v0 = 0 or -EINVAL.
exo_set_entry:
	lw	$t0, curenv
	li	$v0, -EINVAL
	sltiu	$t1, $a0, 4
	beqz	$t1, 9f
	andi	$t1, $a1, 3
	bnez	$t1, 9f
	bltz	$a1, 9f
	li	$t1, ENTRY_REVOKE
	beq	$a0, $t1, 2f
	sll	$t1, $a0, 2
	addu	$t1, $t1, $t0
	move	$t3, $a1
	bnez	$a0, 1f
	lw	$t2, ENV_REV_RUN($t0)	# the run entry while the revocation
	beqz	$t2, 1f			# entry stands in for it: kept aside,
	addiu	$t1, $t0, ENV_REV_RUN-ENV_RUN
	ori	$t3, $t3, 1		# marked (bind.s, rev_done)
1:	sw	$t3, ENV_RUN($t1)	# ENV_RUN, ENV_PCT, ENV_EPI follow each other
	move	$v0, $zero
	b	9f
2:	sw	$a1, ENV_REVENT($t0)
	move	$v0, $zero
9:	move	$t3, $zero
	move	$t2, $zero
	move	$t0, $zero
	move	$t1, $zero
	move	$k0, $zero
	move	$k1, $zero
	eret

# exo_getid() -> v0 = the environment's index.
exo_getid:
	lui	$k1, %hi(curenv)
	lw	$k1, %lo(curenv)($k1)
	lw	$v0, ENV_ID($k1)
	move	$k0, $zero
	move	$k1, $zero
	eret

# exo_null_stack(): the null call on the stack path (Aegis's second system
# call path): the kernel switches to the environment's kernel stack, below
# its trap frame, keeps sp and ra there and calls an ordinary function.
exo_null_stack:
	lui	$k1, %hi(curenv)
	lw	$k1, %lo(curenv)($k1)
	lw	$k0, ENV_KFRAME($k1)
	sw	$sp, -4($k0)
	sw	$ra, -8($k0)
	addiu	$sp, $k0, -8
	jal	exo_null_k
	lw	$ra, 0($sp)
	lw	$sp, 4($sp)
	move	$k0, $zero
	move	$k1, $zero
	eret
exo_null_k:
	move	$v0, $zero
	jr	$ra

# ---- conventional system calls -----------------------------------------
# Called from conv_sys with the arguments in a0-a3, s0 = trap frame,
# s1 = environment, sp = the frame (the stack grows below it). They return
# v0 (a negative errno on failure) and may clobber every register but
# s0, s1 and sp.

sys_enosys:
	li	$v0, -89
	jr	$ra

sys_exit:
	andi	$a0, $a0, 0xff
	j	env_exit

# The key-value store as conventional system calls (doc/psl.md, "One
# service, four ways"): kv_open (4290), kv_put (4291), kv_get (4292) on the
# kernel's store, through kv.s's functions. The conventional return turns a
# -1 into the error flag with v0 = 1.
sys_kv_open:
	la	$a0, kv_store
	j	kv_open
sys_kv_put:
	move	$a3, $a2
	move	$a2, $a1
	move	$a1, $a0
	la	$a0, kv_store
	j	kv_put
sys_kv_get:
	move	$a2, $a1
	move	$a1, $a0
	la	$a0, kv_store
	j	kv_get

# sched_yield(): the rest of the slice goes to the next environment; the
# call returns 0 when this one runs again.
sys_sched_yield:
	sw	$zero, F_V0($s0)
	sw	$zero, F_A3($s0)
	sw	$zero, ENV_RESUME($s1)
	j	sched_next

sys_getpid:
	lw	$v0, ENV_ID($s1)	# process IDs count from 1
	addiu	$v0, $v0, 1
	jr	$ra

sys_set_thread_area:
	sw	$a0, ENV_TLS($s1)
	move	$v0, $zero
	jr	$ra

# signal(sig, handler) -> the old handler (0 is SIG_DFL: terminate).
sys_signal:
	addiu	$t0, $a0, -1
	sltiu	$t0, $t0, NSIG-1
	beqz	$t0, 1f
	sll	$t0, $a0, 2
	addu	$t0, $t0, $s1
	lw	$v0, ENV_SIG($t0)
	sw	$a1, ENV_SIG($t0)
	jr	$ra
1:	li	$v0, -EINVAL
	jr	$ra

# write_console(a1 = user buffer, a2 = count) -> bytes written or -EFAULT.
# The kernel runs with interrupts masked: with a timer tick waiting, it
# stops at a page boundary once it has written something and returns a
# short count, so that a long write does not hold the processor past its
# slice (the caller writes the rest when it runs again).
	.globl	write_console
write_console:
	addiu	$sp, $sp, -16
	sw	$ra, 12($sp)
	bltz	$a2, 7f
	move	$s2, $zero		# written
	move	$s3, $a1
	move	$s4, $a2
1:	beqz	$s4, 5f
	beqz	$s2, 4f			# a timer tick waiting: stop at a page with
	mfc0	$t0, $13		# what is written, and let it be taken
	andi	$t0, $t0, 0x8000
	bnez	$t0, 5f
4:	move	$t8, $s3
	move	$t9, $zero
	jal	uva2k
	beqz	$v1, 6f
	andi	$t0, $s3, 0xfff
	li	$t1, 4096
	subu	$t0, $t1, $t0
	sltu	$t1, $s4, $t0
	beqz	$t1, 2f
	move	$t0, $s4
2:	addu	$s3, $s3, $t0
	subu	$s4, $s4, $t0
	addu	$s2, $s2, $t0
	li	$t1, UART_TX
3:	lbu	$t2, 0($v1)
	sb	$t2, 0($t1)
	addiu	$v1, $v1, 1
	addiu	$t0, $t0, -1
	bnez	$t0, 3b
	b	1b
5:	move	$v0, $s2
	b	8f
6:	move	$v0, $s2
	bnez	$s2, 8f
	li	$v0, -EFAULT
	b	8f
7:	li	$v0, -EINVAL
8:	lw	$ra, 12($sp)
	addiu	$sp, $sp, 16
	jr	$ra

# writev(fd, iov, iovcnt)
sys_writev:
	addiu	$sp, $sp, -32
	sw	$ra, 28($sp)
	addiu	$t0, $a0, -1
	sltiu	$t0, $t0, 2
	li	$v0, -EBADF
	beqz	$t0, 9f
	sltiu	$t0, $a2, 1025
	li	$v0, -EINVAL
	beqz	$t0, 9f
	move	$s5, $a1		# iov
	move	$s6, $a2		# count
	move	$s7, $zero		# total
1:	beqz	$s6, 8f
	beqz	$s7, 2f			# a timer tick waiting: a short count
	mfc0	$t0, $13
	andi	$t0, $t0, 0x8000
	bnez	$t0, 8f
2:	move	$a0, $s5
	addiu	$a1, $sp, 16
	li	$a2, 8
	move	$a3, $zero
	jal	copy_user
	bnez	$v0, 7f
	lw	$a1, 16($sp)
	lw	$a2, 20($sp)
	jal	write_console
	bltz	$v0, 7f
	addu	$s7, $s7, $v0
	lw	$t0, 20($sp)		# the vector's length
	bne	$v0, $t0, 8f		# cut short for a timer tick
	addiu	$s5, $s5, 8
	addiu	$s6, $s6, -1
	b	1b
7:	bnez	$s7, 8f
	b	9f
8:	move	$v0, $s7
9:	lw	$ra, 28($sp)
	addiu	$sp, $sp, 32
	jr	$ra

# console_read(a1 = buf, a2 = count): what the console has, without
# waiting (sys_read's path for a console descriptor).
	.globl	console_read
console_read:
	addiu	$sp, $sp, -16
	sw	$ra, 12($sp)
	move	$s2, $zero
	move	$s3, $a1
	move	$s4, $a2
	beqz	$a2, 8f
	move	$t8, $a1		# a buffer the caller may not write is EFAULT,
	li	$t9, 1			# input or not
	jal	uva2k
	beqz	$v1, 7f
1:	beq	$s2, $s4, 8f
	li	$t0, UART_STATUS
	lw	$t0, 0($t0)
	andi	$t0, $t0, 2
	beqz	$t0, 8f
	move	$t8, $s3
	li	$t9, 1
	jal	uva2k
	beqz	$v1, 7f
	li	$t0, UART_RX
	lw	$t0, 0($t0)
	sb	$t0, 0($v1)
	addiu	$s2, $s2, 1
	addiu	$s3, $s3, 1
	b	1b
7:	li	$v0, -EFAULT
	beqz	$s2, 9f
8:	move	$v0, $s2
9:	lw	$ra, 12($sp)
	addiu	$sp, $sp, 16
	jr	$ra

# brk(addr): move the break between its start and its limit (the end of
# its segment, or the next region above it: ENV_BRK_MAX). Growing maps
# zeroed pages; if memory runs out, the pages this call mapped are unmapped
# and freed and the break stays. Shrinking unmaps and frees the pages above
# the new break and zeroes the rest of its last page, so growing again
# always brings zeroes. Returns the break.
sys_brk:
	addiu	$sp, $sp, -16
	sw	$ra, 12($sp)
	lw	$v0, ENV_BRK($s1)
	lw	$t0, ENV_BRK_BASE($s1)
	sltu	$t1, $a0, $t0
	bnez	$t1, 9f			# below the start (brk(0) too)
	lw	$t0, ENV_BRK_MAX($s1)
	sltu	$t1, $t0, $a0
	bnez	$t1, 9f			# past the limit
	move	$s2, $a0
	addiu	$s3, $a0, 4095
	li	$t0, -4096
	and	$s3, $s3, $t0		# new top
	lw	$s4, ENV_BRK_TOP($s1)
	move	$s5, $s4		# the top before this call
	sltu	$t0, $s3, $s4
	bnez	$t0, 4f			# shrinking
1:	sltu	$t0, $s4, $s3
	beqz	$t0, 2f
	jal	alloc_page
	beqz	$v0, 3f
	sll	$a1, $v0, 3
	srl	$a1, $a1, 15
	sll	$a1, $a1, 6
	ori	$a1, $a1, PTE_V|PTE_D|PTE_CACHED
	move	$a0, $s4
	move	$s6, $v0
	jal	map_page
	bnez	$v0, 5f
	addiu	$s4, $s4, 4096
	b	1b
2:	sw	$s4, ENV_BRK_TOP($s1)
	sw	$s2, ENV_BRK($s1)
	b	8f
5:	move	$a0, $s6		# mapping failed: give its page back
	jal	free_page
3:	# Out of memory: undo this call's pages.
	beq	$s4, $s5, 8f
	addiu	$s4, $s4, -4096
	move	$a0, $s4
	jal	unmap_page
	beqz	$v0, 3b
	move	$a0, $v0
	jal	free_page
	b	3b
4:	# Shrinking: free the pages above the new top.
	beq	$s4, $s3, 6f
	addiu	$s4, $s4, -4096
	move	$a0, $s4
	jal	unmap_page
	beqz	$v0, 4b
	move	$a0, $v0
	jal	free_page
	b	4b
6:	sw	$s4, ENV_BRK_TOP($s1)
	sw	$s2, ENV_BRK($s1)
	# Zero from the new break to the end of its page.
7:	beq	$s2, $s3, 8f
	move	$t8, $s2
	li	$t9, 1
	jal	uva2k
	beqz	$v1, 8f
	sb	$zero, 0($v1)
	addiu	$s2, $s2, 1
	b	7b
8:	lw	$v0, ENV_BRK($s1)
9:	lw	$ra, 12($sp)
	addiu	$sp, $sp, 16
	jr	$ra

# uname(buf)
sys_uname:
	addiu	$sp, $sp, -16
	sw	$ra, 12($sp)
	la	$a1, utsname
	li	$a2, 390
	li	$a3, 1
	jal	copy_user
	lw	$ra, 12($sp)
	addiu	$sp, $sp, 16
	jr	$ra

# clock_gettime(clock, ts): Count ticks since boot.
sys_clock_gettime:
	addiu	$sp, $sp, -16
	sw	$ra, 12($sp)
	sltiu	$t0, $a0, 12
	li	$v0, -EINVAL
	beqz	$t0, 9f
	mfc0	$t0, $9
	lw	$t1, clock_hz
	divu	$zero, $t0, $t1
	mflo	$t2
	mfhi	$t3
	lw	$t4, ns_per_tick
	mul	$t3, $t3, $t4
	sw	$t2, 0($sp)
	sw	$t3, 4($sp)
	move	$a0, $a1
	move	$a1, $sp
	li	$a2, 8
	li	$a3, 1
	jal	copy_user
9:	lw	$ra, 12($sp)
	addiu	$sp, $sp, 16
	jr	$ra

# sigreturn(): restore the context the signal frame holds and return to it
# (through conv_return, so v0 and a3 are the context's).
sys_sigreturn:
	lw	$a0, F_SP($s0)
	addiu	$a0, $a0, 16
	move	$a1, $s0
	li	$a2, SC_SIZE
	move	$a3, $zero
	jal	copy_user
	bnez	$v0, 1f
	move	$sp, $s0
	j	conv_return
1:	li	$a0, 11
	j	kill_env

# exc_to_signal() -> v0 = the signal for the trap frame's exception. As
# Linux, a break or trap with code 6 (overflow) or 7 (divide by zero, gcc's
# teq) is SIGFPE, not SIGTRAP.
	.globl	exc_to_signal
exc_to_signal:
	move	$t3, $ra
	lw	$t0, F_CAUSE($s0)
	andi	$t0, $t0, 0x7c
	la	$t1, exc_signal
	addu	$t1, $t1, $t0
	lw	$v0, 0($t1)
	li	$t1, 9*4		# Bp
	beq	$t0, $t1, 1f
	li	$t1, 13*4		# Tr
	bne	$t0, $t1, 9f
1:	lw	$t8, F_EPC($s0)
	lw	$t1, F_CAUSE($s0)
	bgez	$t1, 2f			# BD: the instruction is in the delay slot
	addiu	$t8, $t8, 4
2:	move	$t9, $zero
	jal	uva2k
	li	$v0, 5			# SIGTRAP
	beqz	$v1, 9f
	lw	$t1, 0($v1)		# the instruction
	srl	$t2, $t1, 26
	bnez	$t2, 9f			# a trap-immediate has no code
	andi	$t2, $t1, 0x3f		# function
	li	$t4, 0x0d		# break: code in bits 25:16
	bne	$t2, $t4, 4f
	srl	$t1, $t1, 16
	b	5f
4:	srl	$t1, $t1, 6		# teq, tge, ...: code in bits 15:6
5:	andi	$t1, $t1, 0x3ff
	li	$t4, 6
	beq	$t1, $t4, 6f
	li	$t4, 7
	bne	$t1, $t4, 9f
6:	li	$v0, 8			# SIGFPE
9:	jr	$t3

# send_signal(a0 = signal): build a signal frame on the user stack holding
# the trap frame's context, and make the trap frame return to the handler
# with a0 = signal, a1 = 0, a2 = the context, ra = the trampoline.
	.globl	send_signal
send_signal:
	addiu	$sp, $sp, -16
	sw	$ra, 12($sp)
	sll	$t0, $a0, 2
	addu	$t0, $t0, $s1
	lw	$s2, ENV_SIG($t0)	# handler
	beqz	$s2, 9f
	move	$s3, $a0
	lw	$t0, F_SP($s0)
	addiu	$t0, $t0, -SIGFRAME
	li	$t1, -8
	and	$s4, $t0, $t1		# new user sp
	addiu	$a0, $s4, 16
	move	$a1, $s0
	li	$a2, SC_SIZE
	li	$a3, 1
	jal	copy_user
	bnez	$v0, 8f
	sw	$s3, F_A0($s0)
	sw	$zero, F_A1($s0)
	addiu	$t0, $s4, 16
	sw	$t0, F_A2($s0)
	sw	$s4, F_SP($s0)
	li	$t0, UPAGE+UPAGE_TRAMPOLINE
	sw	$t0, F_RA($s0)
	sw	$s2, F_EPC($s0)
	sw	$s2, F_T9($s0)
	lw	$ra, 12($sp)
	addiu	$sp, $sp, 16
	jr	$ra
8:	li	$a0, 11			# no room for the frame: SIGSEGV
9:	j	kill_env

	.data
	.align	2
	.globl	curenv, timer_interval, personality, nslices, slice_pos, slice_cur
curenv:		.word	0
	.globl	page_own, free_next, free_end
page_own:	.word	0		# the owners' table (bind.s), 0 before it is made
	.globl	env_top
env_top:	.word	0		# 1 + the highest environment index ever made
timer_interval:	.word	0
free_next:	.word	0
personality:	.word	0
nslices:	.word	0
slice_pos:	.word	0
slice_cur:	.word	0		# the slice vector's entry in force
	# One aligned block: intr and slice_over reach them from one %hi.
	.align	4
	.globl	ticks, slice_end, slice_len, grace
ticks:		.word	0
slice_end:	.word	0		# the tick at which the slice ends
slice_len:	.word	1		# ticks in a slice
grace:		.word	1		# ticks to yield after an epilogue upcall
	.globl	slice_scratch
slice_scratch:	.word	0, 0, 0, 0	# slice_over's t0-t2
clock_hz:	.word	25000000
ns_per_tick:	.word	40
free_list:	.word	0
free_end:	.word	0
wired_next:	.word	0
region_flags:	.word	0
region_pte:	.word	0

# Signal for each exception code (0: none).
	.globl	exc_signal
exc_signal:
	.word	0, 11, 11, 11, 10, 10, 10, 10	# Int Mod TLBL TLBS AdEL AdES IBE DBE
	.word	0, 5, 4, 4, 8, 5, 11, 11	# Sys Bp RI CpU Ov Tr - -
	.word	11, 11, 11, 11, 11, 11, 11, 11	# SegV ...
	.word	11, 11, 11, 11, 11, 11, 11, 11

	.globl	exo_systab
exo_systab:
	.word	exo_null, exo_putc, exo_exit, exo_set_handler, exo_ticks
	.word	exo_yield, exo_pct_sync, exo_pct_async, exo_set_cause, exo_set_entry
	.word	exo_getid, exo_null_stack, exo_env_alloc
	.word	exo_page_alloc, exo_page_free, exo_page_share, exo_bind, exo_unbind
	.word	exo_reclaim, exo_page_asked, exo_page_repossessed, exo_protect
	.word	exo_vino_call
	.word	exo_spin_install, exo_spin_uninstall, exo_spin_raise, exo_spin_declare
	.word	exo_spin_lookup, exo_spin_load, exo_spin_unload

sys_list:
	.word	4001, sys_exit
	.word	4002, sys_fork
	.word	4003, sys_read
	.word	4004, sys_write
	.word	4006, sys_close
	.word	4007, sys_waitpid
	.word	4020, sys_getpid
	.word	4042, sys_pipe
	.word	4045, sys_brk
	.word	4048, sys_signal
	.word	4125, sys_mprotect
	.word	4119, sys_sigreturn
	.word	4122, sys_uname
	.word	4146, sys_writev
	.word	4162, sys_sched_yield
	.word	4246, sys_exit
	.word	4263, sys_clock_gettime
	.word	4283, sys_set_thread_area
	.word	4290, sys_kv_open
	.word	4291, sys_kv_put
	.word	4292, sys_kv_get
	.word	4293, sys_vino_call
	.word	4294, sys_vino_attach
	.word	4295, sys_vino_install
	.word	4296, sys_vino_remove
	.word	4297, sys_bread
	.word	4298, sys_bstat
	.word	4299, sys_pmap
	.word	4310, sys_spin_install
	.word	4311, sys_spin_uninstall
	.word	4312, sys_spin_raise
	.word	4313, sys_spin_declare
	.word	4314, sys_spin_syscall
	.word	4315, sys_spin_lookup
	.word	4316, sys_spin_load
	.word	4317, sys_spin_unload
	.word	0, 0

utsname:
	.asciz	"Linux"
	.space	65-6
	.asciz	"graftlab"
	.space	65-9
	.asciz	"6.1.0-graftlab"
	.space	65-15
	.asciz	"#1 graftlab nanokernel"
	.space	65-23
	.asciz	"mips"
	.space	65-5
	.asciz	"(none)"
	.space	65-7

msg_bootinfo:	.asciz	"nanokernel: bad boot information\n"
msg_nomem:	.asciz	"nanokernel: out of memory\n"
msg_deadlock:	.asciz	"nanokernel: every environment is blocked\n"

	.bss
	.align	12
	.globl	vsid_dir, empty_leaf, empty_seg
vsid_dir:	.space	NVSID*4
empty_leaf:	.space	4096
empty_seg:	.space	256
segflags:	.space	64
	.align	2
kv_store:	.space	KV_SIZE
	.globl	slice_vec
slice_vec:	.space	NENV*4		# the owner of each slice
	.align	10
	.globl	envs
envs:		.space	NENV*ENV_SIZE
	.globl	conv_systab
conv_systab:	.space	NSYS*4
	.align	3
kstack:		.space	8192
	.globl	kstack_top
kstack_top:
