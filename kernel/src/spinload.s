# spinload.s: SPIN extensions a program loads into the running kernel
# (doc/spin.md, "Loading an extension"). spin_load takes a signed object:
# MiSFIT-rewritten and signed by a key the kernel trusts for grafts (a
# checked extension), or as its compiler made it and signed by a trusted
# compiler's key (an unchecked one, which models SPIN's trust in its
# Modula-3 compiler). The kernel copies it, checks the signature
# (load_signed), reads the manifest of the domains it imports
# (glink_manifest), links it against those domains' exports only
# (glink_link: any other symbol is refused), and maps it into a free SPIN
# slot, which is the loading environment's. spin_unload takes it out, with
# every binding and default that names it; so does the loader's exit
# (spin_forget_env), which also gives up the events it declared.
#
# SPIN slot i is graft slot 128 + i (SPIN_BASE = VINO_BASE + 128 MiB), so
# vino_map_copy and vino_unmap_slot serve it. The staging buffers, the
# loader's stack and the signature check are VINO's: both loaders run
# inside a system call, with interrupts off, one at a time.

	.include "layout.inc"
	.include "frame.inc"

	.equ PTE_D,	4
	.equ ENOENT,	2
	.equ ENOEXEC,	8
	.equ ENOMEM,	12
	.equ EFAULT,	14
	.equ EINVAL,	22
	.equ EPERM,	1
	.equ EFBIG,	27
	.equ ENOSPC,	28
	.equ EDQUOT,	122

# An extension (spin.s, SX_*).
	.equ SX_STATE,	0
	.equ SX_CHECKED, 4
	.equ SX_BASE,	8
	.equ SX_MASK,	12
	.equ SX_CODE,	16
	.equ SX_CODE_END, 20
	.equ SX_RET,	28
	.equ SX_SP,	32
	.equ SX_NENT,	36
	.equ SX_ENT,	40
	.equ SX_OWNER,	44
	.equ SX_DOMAINS, 48
	.equ SX_SIZE,	64
	.equ SX_SHIFT,	6

# An event and a binding (spin.s, EV_* and HB_*).
	.equ EV_STATE,	0
	.equ EV_NARGS,	4
	.equ EV_DEF,	8
	.equ EV_DGATE,	12
	.equ EV_N,	16
	.equ EV_BINDS,	40
	.equ EV_OWNER,	52
	.equ EV_SIZE,	64
	.equ HB_GKIND,	8
	.equ HB_GUARD,	12
	.equ HB_HANDLER, 24
	.equ HB_SIZE,	32
	.equ HB_SHIFT,	5

# struct glink_place and struct glink_image (vinoload.s has them too).
	.equ PL_CODE_BASE, 0
	.equ PL_CODE_SIZE, 4
	.equ PL_DATA_BASE, 8
	.equ PL_REGION,	12
	.equ PL_RESERVE, 16
	.equ PL_CODE_DST, 20
	.equ PL_DATA_DST, 24
	.equ PL_EXPORTS, 28
	.equ PL_NEXPORTS, 32
	.equ PL_FLAGS,	36
	.equ PL_SIZE,	40
	.equ IM_CODE_BASE, 0
	.equ IM_CODE_LEN, 4
	.equ IM_DATA_END, 8
	.equ IM_RET,	20
	.equ IM_NENT,	24
	.equ IM_ENT,	28
	.equ IM_ENT_SIZE, 36
	.equ GLINK_UNCHECKED, 1

# A spin_load specification (user memory).
	.equ SL_FLAGS,	0	# SLF_UNCHECKED
	.equ SL_REGION,	4	# data region size (0: 64 KiB)
	.equ SL_SIZE,	8
	.equ SLF_UNCHECKED, 1

	.equ VINO_OBJ_MAX,	0x10000
	.equ VINO_CODE_STAGE,	0x10000
	.equ VINO_LSTACK,	0x2000
	.equ SPIN_SLOT0,	128	# SPIN slot 0 as a graft slot

	.set	reorder
	.text

# spin_load(a0 = object, a1 = its length, a2 = specification): 4316. v0 =
# the extension's slot, or -EFBIG (no object, or larger than 64 KiB),
# -EFAULT, -EINVAL (the specification; an entry point's name longer than
# SPIN_NAME-1), -EDQUOT (the caller has SPIN_PERENV extensions loaded
# already), -ENOSPC (no free slot), -EBADMSG (no signature, or one that
# does not verify), -EACCES (a key the kernel does not trust for that
# kind of extension), -ENOEXEC (the manifest or the linker refused it:
# spin_lerr says why), -ENOMEM.
	.globl	sys_spin_load, spin_load_done
sys_spin_load:
	addiu	$sp, $sp, -48
	sw	$ra, 44($sp)
	sw	$s5, 40($sp)
	sw	$s6, 36($sp)
	sw	$s7, 32($sp)
	move	$s2, $a0
	move	$s3, $a1
	move	$s4, $a2
	sw	$zero, spin_lerr
	sw	$zero, spin_lerr+4
	la	$a0, spin_lspec
	li	$a1, SL_SIZE
	jal	load_copyin
	bnez	$v0, 9f
	li	$v0, -EINVAL
	la	$t0, spin_lspec
	lw	$t1, SL_FLAGS($t0)
	li	$t2, ~SLF_UNCHECKED
	and	$t2, $t2, $t1
	bnez	$t2, 9f
	lw	$t2, SL_REGION($t0)
	bnez	$t2, 1f
	li	$t2, 0x10000
	sw	$t2, SL_REGION($t0)
1:	addiu	$t3, $t2, -1
	and	$t3, $t3, $t2
	bnez	$t3, 9f			# a power of two
	sltiu	$t3, $t2, 0x4000
	bnez	$t3, 9f
	li	$t3, VINO_REGION_MAX
	sltu	$t3, $t3, $t2
	bnez	$t3, 9f
	# At most SPIN_PERENV slots a program: no program takes them all.
	la	$t0, spin_exts
	la	$t1, spin_exts+SPIN_NEXT*SX_SIZE
	move	$t2, $zero
4:	lw	$t3, SX_STATE($t0)
	beqz	$t3, 5f
	lw	$t3, SX_OWNER($t0)
	bne	$t3, $s1, 5f
	addiu	$t2, $t2, 1
5:	addiu	$t0, $t0, SX_SIZE
	bne	$t0, $t1, 4b
	li	$v0, -EDQUOT
	sltiu	$t2, $t2, SPIN_PERENV
	beqz	$t2, 9f
	# A free slot.
	la	$s5, spin_exts
	move	$s6, $zero
2:	lw	$t0, SX_STATE($s5)
	beqz	$t0, 3f
	addiu	$s5, $s5, SX_SIZE
	addiu	$s6, $s6, 1
	sltiu	$t0, $s6, SPIN_NEXT
	bnez	$t0, 2b
	li	$v0, -ENOSPC
	b	9f
3:	jal	spin_stubs
	li	$t0, -ENOMEM
	beqz	$v0, 4f
	move	$v0, $t0
	b	9f
	# Check and link on the loader's stack.
4:	la	$t0, vino_lsp
	sw	$sp, 0($t0)
	la	$sp, vino_lstack+VINO_LSTACK-32
	jal	spin_check_link
	lw	$sp, vino_lsp
	bnez	$v0, 9f
	# Its entry points' names must fit the kernel's table.
	li	$v0, -EINVAL
	la	$t0, vino_image
	lw	$t1, IM_NENT($t0)
	sltiu	$t2, $t1, SPIN_MAXENT+1
	beqz	$t2, 9f
	addiu	$t0, $t0, IM_ENT
5:	beqz	$t1, 6f
	lbu	$t2, SPIN_NAME-1($t0)
	bnez	$t2, 9f
	addiu	$t0, $t0, IM_ENT_SIZE
	addiu	$t1, $t1, -1
	b	5b
	# Map the staged code and data into the slot.
6:	sll	$a0, $s6, 20
	li	$t0, SPIN_BASE
	addu	$a0, $a0, $t0		# the slot
	lw	$a1, spin_lspec+SL_REGION
	move	$a2, $zero		# no I/O page
	jal	map_staged
	bnez	$v0, 8f
	# The record, from zero.
	move	$t0, $s5
	addiu	$t1, $s5, SX_SIZE
7:	sw	$zero, 0($t0)
	addiu	$t0, $t0, 4
	bne	$t0, $t1, 7b
	sll	$t0, $s6, 20
	li	$t1, SPIN_BASE
	addu	$t0, $t0, $t1		# the slot
	sw	$t0, SX_CODE($s5)
	la	$t3, vino_image
	lw	$t4, IM_CODE_BASE($t3)
	lw	$t5, IM_CODE_LEN($t3)
	addu	$t4, $t4, $t5
	sw	$t4, SX_CODE_END($s5)
	li	$t1, SPIN_DATA_OFF
	addu	$t2, $t0, $t1		# the region
	sw	$t2, SX_BASE($s5)
	lw	$t4, spin_lspec+SL_REGION
	addiu	$t5, $t4, -1
	sw	$t5, SX_MASK($s5)
	addu	$t5, $t2, $t4
	addiu	$t5, $t5, -32
	sw	$t5, SX_SP($s5)
	lw	$t4, IM_RET($t3)
	sw	$t4, SX_RET($s5)
	lw	$t4, spin_lspec+SL_FLAGS
	xori	$t4, $t4, SLF_UNCHECKED
	sw	$t4, SX_CHECKED($s5)
	sw	$s1, SX_OWNER($s5)
	lw	$t4, spin_lmask
	sw	$t4, SX_DOMAINS($s5)
	# Its entry points: address, kind SE_FUNC, name (NUL-padded).
	sll	$t0, $s6, 10
	la	$t1, spin_ents
	addu	$t0, $t0, $t1
	sw	$t0, SX_ENT($s5)
	lw	$t1, IM_NENT($t3)
	sw	$t1, SX_NENT($s5)
	addiu	$t3, $t3, IM_ENT
10:	beqz	$t1, 12f
	lw	$t4, 32($t3)
	sw	$t4, 0($t0)
	sw	$zero, 4($t0)
	move	$t5, $zero
11:	addu	$t6, $t3, $t5
	lw	$t6, 0($t6)
	addu	$t7, $t0, $t5
	sw	$t6, 8($t7)
	addiu	$t5, $t5, 4
	sltiu	$t6, $t5, SPIN_NAME
	bnez	$t6, 11b
	addiu	$t0, $t0, SPIN_ENT_SIZE
	addiu	$t3, $t3, IM_ENT_SIZE
	addiu	$t1, $t1, -1
	b	10b
12:	li	$t0, 1
	sw	$t0, SX_STATE($s5)
	# Its initialization, if it has one (spin_init_call).
	jal	spin_init_call
	move	$v0, $s6
	beqz	$v1, 9f
	addiu	$s7, $v1, SPIN_ERRNO	# it failed: the extension goes again
	move	$v0, $s5
	jal	spin_drop
	subu	$v0, $zero, $s7
	b	9f
8:	move	$s7, $v0		# no memory: give back what was mapped
	addiu	$a0, $s6, SPIN_SLOT0
	jal	vino_unmap_slot
	move	$v0, $s7
9:
spin_load_done:
	lw	$ra, 44($sp)
	lw	$s5, 40($sp)
	lw	$s6, 36($sp)
	lw	$s7, 32($sp)
	addiu	$sp, $sp, 48
	jr	$ra

# spin_init_call(s5 = the extension's record, s6 = its slot, s1 = its
# loader) -> v1 = SS_OK, or how the call ended: its entry point spin_init,
# when it has one, called as a raise calls a handler (the budget, a
# fault's recovery), with no arguments; it may declare events
# (spin_declare_event). Its result is not used.
spin_init_call:
	addiu	$sp, $sp, -48
	sw	$ra, 44($sp)
	move	$v1, $zero
	lw	$t0, SX_NENT($s5)
	lw	$t1, SX_ENT($s5)
1:	beqz	$t0, 9f			# no spin_init
	la	$t2, name_spin_init
	move	$t3, $zero
2:	addu	$t4, $t1, $t3
	lw	$t5, 8($t4)
	addu	$t6, $t2, $t3
	lw	$t7, 0($t6)
	bne	$t5, $t7, 3f
	addiu	$t3, $t3, 4
	sltiu	$t4, $t3, SPIN_NAME
	bnez	$t4, 2b
	b	4f
3:	addiu	$t1, $t1, SPIN_ENT_SIZE
	addiu	$t0, $t0, -1
	b	1b
4:	lw	$t7, 0($t1)		# found: the function, or its gate
	lw	$t0, SX_CHECKED($s5)
	beqz	$t0, 5f
	move	$t9, $t7
	move	$t8, $s6
	la	$t7, spin_gate
5:	addiu	$t0, $s6, 1
	sw	$t0, spin_init_slot
	sw	$s1, spin_init_owner
	sw	$zero, 16($sp)		# no arguments
	sw	$zero, 20($sp)
	sw	$zero, 24($sp)
	sw	$zero, 28($sp)
	sw	$zero, 32($sp)
	addiu	$a1, $sp, 16
	jal	spin_call_fn
	sw	$zero, spin_init_slot
	sw	$zero, spin_init_owner
9:	lw	$ra, 44($sp)
	addiu	$sp, $sp, 48
	jr	$ra

# spin_check_link(s6 = slot, s3 = the object's length) -> v0 = 0, or
# -errno: the signature (a trusted compiler's key for an unchecked
# extension, a graft key for a checked one), the manifest, then the link
# against the imported domains' exports into the staging buffers. On the
# loader's stack.
spin_check_link:
	addiu	$sp, $sp, -32
	sw	$ra, 28($sp)
	la	$a0, vino_keys
	lw	$a1, vino_nkeys
	lw	$t0, spin_lspec+SL_FLAGS
	beqz	$t0, 1f
	la	$a0, spin_keys
	lw	$a1, spin_nkeys
1:	jal	load_signed
	bnez	$v0, 9f
	# The manifest: the domains it imports.
	la	$a0, vino_objbuf
	move	$a1, $s3
	la	$a2, spin_domain_names
	li	$a3, SPIN_NDOMAIN
	la	$t0, spin_lmask
	sw	$t0, 16($sp)
	la	$t0, spin_lerr+4
	sw	$t0, 20($sp)
	jal	glink_manifest
	.globl	spin_manifested
spin_manifested:
	bltz	$v0, 8f
	# The exports: the exits, then what the domains export.
	la	$t0, spin_lexports
	la	$t1, n_ret
	sw	$t1, 0($t0)
	li	$t1, SPIN_STUBS
	sw	$t1, 4($t0)
	la	$t1, n_fault
	sw	$t1, 8($t0)
	li	$t1, SPIN_STUBS+16
	sw	$t1, 12($t0)
	addiu	$t0, $t0, 16
	li	$t5, 2			# exports
	la	$t1, spin_dom_exports
	la	$t2, spin_dom_exports_end
	lw	$t3, spin_lmask
2:	beq	$t1, $t2, 3f
	lw	$t4, 8($t1)		# its domain
	srlv	$t4, $t3, $t4
	andi	$t4, $t4, 1
	beqz	$t4, 4f
	lw	$t4, 0($t1)
	sw	$t4, 0($t0)
	lw	$t4, 4($t1)
	sw	$t4, 4($t0)
	addiu	$t0, $t0, 8
	addiu	$t5, $t5, 1
4:	addiu	$t1, $t1, 12
	b	2b
	# Place and link.
3:	la	$a2, vino_place_arg
	sll	$t1, $s6, 20
	li	$t2, SPIN_BASE
	addu	$t1, $t1, $t2
	sw	$t1, PL_CODE_BASE($a2)
	li	$t2, VINO_CODE_STAGE
	sw	$t2, PL_CODE_SIZE($a2)
	li	$t2, SPIN_DATA_OFF
	addu	$t2, $t1, $t2
	sw	$t2, PL_DATA_BASE($a2)
	lw	$t3, spin_lspec+SL_REGION
	sw	$t3, PL_REGION($a2)
	li	$t3, 4096		# the stack page
	sw	$t3, PL_RESERVE($a2)
	la	$t3, vino_codebuf
	sw	$t3, PL_CODE_DST($a2)
	la	$t3, vino_databuf
	sw	$t3, PL_DATA_DST($a2)
	la	$t3, spin_lexports
	sw	$t3, PL_EXPORTS($a2)
	sw	$t5, PL_NEXPORTS($a2)
	lw	$t3, spin_lspec+SL_FLAGS	# SLF_UNCHECKED is GLINK_UNCHECKED
	sw	$t3, PL_FLAGS($a2)
	la	$a0, vino_objbuf
	move	$a1, $s3
	la	$a3, vino_image
	jal	glink_link
	.globl	spin_linked
spin_linked:
	bltz	$v0, 8f
	move	$v0, $zero
	b	9f
8:	sw	$v0, spin_lerr		# the refusal's code (and line)
	li	$v0, -ENOEXEC
9:	lw	$ra, 28($sp)
	addiu	$sp, $sp, 32
	jr	$ra

# spin_unload(a0 = slot) 4317 -> 0, -EINVAL (no extension there, or one
# the firmware placed) or -EPERM (another environment's).
	.globl	sys_spin_unload
sys_spin_unload:
	addiu	$sp, $sp, -24
	sw	$ra, 20($sp)
	jal	spin_ext
	li	$t0, -EINVAL
	beqz	$v0, 8f
	lw	$t1, SX_OWNER($v0)
	beqz	$t1, 8f
	li	$t0, -EPERM
	bne	$t1, $s1, 8f
	jal	spin_drop
	move	$t0, $zero
8:	move	$v0, $t0
	lw	$ra, 20($sp)
	addiu	$sp, $sp, 24
	jr	$ra

# spin_drop(v0 = the extension's record): it leaves the kernel: every
# binding whose handler or guard is one of its functions or globals, and
# every default that is one of its functions, go (the events' dispatchers
# are generated again), then its pages and its record.
spin_drop:
	addiu	$sp, $sp, -32
	sw	$ra, 28($sp)
	sw	$s0, 24($sp)
	sw	$s2, 20($sp)
	sw	$s3, 16($sp)
	move	$s2, $v0
	lw	$s3, SX_CODE($s2)	# the slot: [s3, s3 + 1 MiB)
	la	$s0, spin_events
1:	move	$a0, $s0
	move	$a1, $s3
	jal	spin_forget_slot
	addiu	$s0, $s0, EV_SIZE
	la	$t0, spin_events+SPIN_NEVENT*EV_SIZE
	bne	$s0, $t0, 1b
	li	$t0, SPIN_BASE
	subu	$a0, $s3, $t0
	srl	$a0, $a0, 20
	addiu	$a0, $a0, SPIN_SLOT0
	jal	vino_unmap_slot
	sw	$zero, SX_STATE($s2)
	sw	$zero, SX_OWNER($s2)
	sw	$zero, SX_NENT($s2)
	lw	$ra, 28($sp)
	lw	$s0, 24($sp)
	lw	$s2, 20($sp)
	lw	$s3, 16($sp)
	addiu	$sp, $sp, 32
	jr	$ra

# spin_forget_slot(a0 = event, a1 = a slot's base): the event's bindings
# that name the slot (handler, guard function or global) go, those after
# them keeping their order; a default in the slot goes; if anything went,
# the dispatcher is generated again. A removal always fits (SPIN_RESERVE)
# and needs no page the event does not have, so spin_gen cannot refuse it.
spin_forget_slot:
	addiu	$sp, $sp, -24
	sw	$ra, 20($sp)
	move	$t9, $zero		# anything gone?
	lw	$t0, EV_DEF($a0)
	subu	$t0, $t0, $a1
	srl	$t0, $t0, 20
	bnez	$t0, 1f
	sw	$zero, EV_DEF($a0)
	sw	$zero, EV_DGATE($a0)
	li	$t9, 1
1:	lw	$t0, EV_BINDS($a0)	# read
	move	$t1, $t0		# write
	lw	$t2, EV_N($a0)
	sll	$t2, $t2, HB_SHIFT
	addu	$t2, $t2, $t0		# the end
2:	beq	$t0, $t2, 5f
	lw	$t3, HB_HANDLER($t0)
	subu	$t3, $t3, $a1
	srl	$t3, $t3, 20
	beqz	$t3, 4f			# its handler: it goes
	lw	$t3, HB_GKIND($t0)
	beqz	$t3, 3f
	lw	$t3, HB_GUARD($t0)
	subu	$t3, $t3, $a1
	srl	$t3, $t3, 20
	beqz	$t3, 4f			# its guard: it goes
3:	beq	$t0, $t1, 31f		# kept: moved down
	li	$t4, HB_SIZE/4
	move	$t5, $t0
	move	$t6, $t1
30:	lw	$t7, 0($t5)
	sw	$t7, 0($t6)
	addiu	$t5, $t5, 4
	addiu	$t6, $t6, 4
	addiu	$t4, $t4, -1
	bnez	$t4, 30b
31:	addiu	$t1, $t1, HB_SIZE
	addiu	$t0, $t0, HB_SIZE
	b	2b
4:	li	$t9, 1
	addiu	$t0, $t0, HB_SIZE
	b	2b
5:	beqz	$t9, 9f
	lw	$t0, EV_BINDS($a0)
	subu	$t1, $t1, $t0
	srl	$t1, $t1, HB_SHIFT
	sw	$t1, EV_N($a0)
	lw	$t0, EV_STATE($a0)
	beqz	$t0, 9f
	move	$a1, $zero
	jal	spin_gen
9:	lw	$ra, 20($sp)
	addiu	$sp, $sp, 24
	jr	$ra

# spin_forget_env(a0 = environment): it has ended: the extensions it
# loaded leave the kernel (spin_drop), and the events it declared are
# nobody's again: undeclared, without bindings or default. Their code pages
# keep the dispatcher last generated (a raise refuses an undeclared event;
# a declaration generates it again), so that it can still be shown.
# Preserves s0.
	.globl	spin_forget_env
spin_forget_env:
	addiu	$sp, $sp, -32
	sw	$ra, 28($sp)
	sw	$s2, 24($sp)
	sw	$s3, 20($sp)
	move	$s3, $a0
	la	$s2, spin_exts
1:	lw	$t0, SX_STATE($s2)
	beqz	$t0, 2f
	lw	$t0, SX_OWNER($s2)
	bne	$t0, $s3, 2f
	move	$v0, $s2
	jal	spin_drop
2:	addiu	$s2, $s2, SX_SIZE
	la	$t0, spin_exts+SPIN_NEXT*SX_SIZE
	bne	$s2, $t0, 1b
	la	$s2, spin_events+EV_SIZE	# event 0 is the kernel's
3:	lw	$t0, EV_STATE($s2)
	beqz	$t0, 4f
	lw	$t0, EV_OWNER($s2)
	bne	$t0, $s3, 4f
	sw	$zero, EV_STATE($s2)
	sw	$zero, EV_OWNER($s2)
	sw	$zero, EV_NARGS($s2)
	sw	$zero, EV_DEF($s2)
	sw	$zero, EV_DGATE($s2)
	sw	$zero, EV_N($s2)
4:	addiu	$s2, $s2, EV_SIZE
	la	$t0, spin_events+SPIN_NEVENT*EV_SIZE
	bne	$s2, $t0, 3b
	lw	$ra, 28($sp)
	lw	$s2, 24($sp)
	lw	$s3, 20($sp)
	addiu	$sp, $sp, 32
	jr	$ra

# The exokernel's SPIN calls (EXO_SPIN_INSTALL ... EXO_SPIN_UNLOAD, 23-29):
# the conventional ones, with the same arguments and results (v0 = the
# result or -errno), for an exokernel program. exo_spin (t9 = the
# conventional call) runs it on the caller's kernel stack (ENTER), the
# caller in s1 as the conventional path has it, and keeps the callee-saved
# registers the conventional calls may use and EPC (the exokernel's call
# path keeps the return there, and a raise takes exceptions).
	.globl	exo_spin_install, exo_spin_uninstall, exo_spin_raise, exo_spin_declare
	.globl	exo_spin_lookup, exo_spin_load, exo_spin_unload
exo_spin_install:
	la	$t9, sys_spin_install
	b	exo_spin
exo_spin_uninstall:
	la	$t9, sys_spin_uninstall
	b	exo_spin
exo_spin_raise:
	la	$t9, sys_spin_raise
	b	exo_spin
exo_spin_declare:
	la	$t9, sys_spin_declare
	b	exo_spin
exo_spin_lookup:
	la	$t9, sys_spin_lookup
	b	exo_spin
exo_spin_load:
	la	$t9, sys_spin_load
	b	exo_spin
exo_spin_unload:
	la	$t9, sys_spin_unload
exo_spin:
	ENTER
	addiu	$sp, $sp, -48
	sw	$s4, 16($sp)
	sw	$s5, 20($sp)
	sw	$s6, 24($sp)
	sw	$s7, 28($sp)
	sw	$fp, 32($sp)
	sw	$gp, 36($sp)
	mfc0	$t0, $14		# the return: a raise's refills and faults
	sw	$t0, 40($sp)		# take exceptions, which set EPC
	move	$s1, $s0		# the caller
	jalr	$t9
	lw	$t0, 40($sp)
	mtc0	$t0, $14
	lw	$s4, 16($sp)
	lw	$s5, 20($sp)
	lw	$s6, 24($sp)
	lw	$s7, 28($sp)
	lw	$fp, 32($sp)
	lw	$gp, 36($sp)
	addiu	$sp, $sp, 48
	LEAVE

# spin_may_use(a0 = slot) -> v0 = 0 when the calling program (s1) may
# bind the extension's functions: one the firmware placed, or one it
# loaded; -EPERM for another's. (No extension: spin_install refuses it.)
	.globl	spin_may_use
spin_may_use:
	move	$v0, $zero
	sltiu	$t0, $a0, SPIN_NEXT
	beqz	$t0, 9f
	sll	$t0, $a0, SX_SHIFT
	la	$t1, spin_exts
	addu	$t0, $t0, $t1
	lw	$t1, SX_STATE($t0)
	beqz	$t1, 9f
	lw	$t1, SX_OWNER($t0)
	beqz	$t1, 9f
	beq	$t1, $s1, 9f
	li	$v0, -EPERM
9:	jr	$ra

	.data
# The domains: named sets of the kernel's exports (kernel.SpinDomains).
# An extension's manifest names those it imports.
	.globl	spin_domain_names, spin_dom_exports, spin_dom_exports_end
spin_domain_names:
	.word	dn_null, dn_console, dn_clock, dn_events
dn_null:	.asciiz	"spin.null"
dn_console:	.asciiz	"spin.console"
dn_clock:	.asciiz	"spin.clock"
dn_events:	.asciiz	"spin.events"
en_null:	.asciiz	"spin_null"
en_putc:	.asciiz	"spin_putc"
en_clock:	.asciiz	"spin_clock"
en_raise:	.asciiz	"spin_raise_event"
en_declare:	.asciiz	"spin_declare_event"
	.align	2
name_spin_init:	.asciiz	"spin_init"	# NUL-padded to SPIN_NAME, as the entries' names
	.space	SPIN_NAME-10
	.align	2
# Each export: its name, its stub (SPIN_STUBS + 16 * its index in
# kernel.SpinStubNames), its domain.
spin_dom_exports:
	.word	en_null, SPIN_STUBS+3*16, 0
	.word	en_putc, SPIN_STUBS+4*16, 1
	.word	en_clock, SPIN_STUBS+5*16, 2
	.word	en_raise, SPIN_STUBS+6*16, 3
	.word	en_declare, SPIN_STUBS+7*16, 3
spin_dom_exports_end:

	.bss
	.align	2
	.globl	spin_lerr
spin_lspec:	.space	SL_SIZE
spin_lmask:	.space	4
spin_lerr:	.space	8	# the last refusal: glink's code, the manifest's line
spin_lexports:	.space	8*(2+SPIN_NEXPORT)
