# vinoload.s: VINO's graft loader in the running kernel (doc/vino.md,
# "Installing a graft"). A program hands the kernel a MiSFIT-rewritten,
# signed graft object with vino_install; the kernel copies it, finds its
# signature note and checks that its key is one the kernel trusts and that
# the signature verifies (ed25519_verify, kernel/csrc/crypto), places and
# links it against the graft exports (glink_link, kernel/csrc/link), and
# maps it into a free graft slot. vino_remove takes it out again.
#
# The C functions run on their own stack (vino_lstack), with interrupts
# off, as the rest of a system call does.

	.include "layout.inc"
	.include "frame.inc"

	.equ PTE_V,	2
	.equ PTE_D,	4
	.equ PTE_CACHED, 0x18
	.equ ENOENT,	2
	.equ ENOEXEC,	8
	.equ EACCES,	13
	.equ EFAULT,	14
	.equ EBUSY,	16
	.equ EINVAL,	22
	.equ EPERM,	1
	.equ ENOMEM,	12
	.equ EFBIG,	27
	.equ ENOSPC,	28
	.equ EBADMSG,	74

# The graft record (vino.s, GR_*).
	.equ GR_STATE,	0
	.equ GR_POINT,	4
	.equ GR_OBJ,	8
	.equ GR_OWNER,	12
	.equ GR_ENTRY,	16
	.equ GR_RET,	20
	.equ GR_BASE,	24
	.equ GR_MASK,	28
	.equ GR_CODE,	32
	.equ GR_CODE_END, 36
	.equ GR_QUOTA,	40
	.equ GR_USED,	44
	.equ GR_BUDGET,	48
	.equ GR_FLAGS,	52
	.equ GR_CALLS,	56
	.equ GR_HEAP,	84
	.equ GR_HEAP_END, 88
	.equ GR_IOK,	92
	.equ GR_SHIFT,	7
	.equ GR_SIZE,	128
	.equ GS_READY,	1

# A vino_install specification (user memory).
	.equ VS_POINT,	0	# graft point
	.equ VS_REGION,	4	# data region size (0: 64 KiB)
	.equ VS_ENTRY,	8	# entry name, NUL-terminated, at most 31 characters
	.equ VS_SIZE,	40

# struct glink_place and struct glink_image (kernel/csrc/link/glink.h).
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
	.equ IM_ENT,	28	# 16 entries: name[32], address
	.equ IM_ENT_SIZE, 36
	.equ IM_SIZE,	604

	.equ VINO_OBJ_MAX,	0x10000	# bytes of graft object
	.equ VINO_CODE_STAGE,	0x10000	# bytes of linked code
	.equ VINO_LSTACK,	0x2000
	.equ VINO_NEXPORTS,	9	# vino_exports' entries

	.set	reorder
	.text

# vino_install(a0 = object, a1 = its length, a2 = specification): 4295.
# v0 = the graft's slot, or -EFBIG (no object, or larger than 64 KiB),
# -EFAULT, -EINVAL (the specification), -ENOSPC (no free slot), -EPERM (a
# scheduler graft from an environment other than 0), -EBUSY (the scheduler
# point is taken), -EBADMSG (no signature note, or the signature does not
# verify), -EACCES (signed by a key the kernel does not trust), -ENOEXEC
# (the linker refused it), -ENOENT (no such entry), -ENOMEM.
	.globl	sys_vino_install, vino_install_done
sys_vino_install:
	addiu	$sp, $sp, -48
	sw	$ra, 44($sp)
	sw	$s5, 40($sp)
	sw	$s6, 36($sp)
	sw	$s7, 32($sp)
	move	$s2, $a0
	move	$s3, $a1
	move	$s4, $a2
	la	$a0, vino_spec
	li	$a1, VS_SIZE
	jal	load_copyin
	bnez	$v0, 9f
	li	$v0, -EINVAL
	la	$t0, vino_spec
	sb	$zero, VS_ENTRY+31($t0)	# the name ends within 32 bytes
	lw	$t1, VS_POINT($t0)
	sltiu	$t2, $t1, VINO_NPOINT
	beqz	$t2, 9f
	lw	$t2, VS_REGION($t0)
	bnez	$t2, 1f
	li	$t2, 0x10000
	sw	$t2, VS_REGION($t0)
1:	addiu	$t3, $t2, -1
	and	$t3, $t3, $t2
	bnez	$t3, 9f			# a power of two
	sltiu	$t3, $t2, 0x4000
	bnez	$t3, 9f
	li	$t3, VINO_REGION_MAX
	sltu	$t3, $t3, $t2
	bnez	$t3, 9f
	# The scheduler's point: environment 0's, and one graft at a time.
	li	$t2, GP_SCHED
	bne	$t1, $t2, 2f
	li	$v0, -EPERM
	lw	$t2, ENV_ID($s1)
	bnez	$t2, 9f
	li	$v0, -EBUSY
	lw	$t2, vino_points+4*GP_SCHED
	bnez	$t2, 9f
	# A free slot.
2:	la	$s5, vino_grafts
	move	$s6, $zero
3:	lw	$t0, GR_STATE($s5)
	beqz	$t0, 4f
	addiu	$s5, $s5, GR_SIZE
	addiu	$s6, $s6, 1
	sltiu	$t0, $s6, VINO_NGRAFT
	bnez	$t0, 3b
	li	$v0, -ENOSPC
	b	9f
4:	jal	vino_stubs
	li	$t0, -ENOMEM
	beqz	$v0, 5f
	move	$v0, $t0
	b	9f
	# Check and link on the loader's stack.
5:	la	$t0, vino_lsp
	sw	$sp, 0($t0)
	la	$sp, vino_lstack+VINO_LSTACK-32
	jal	vino_check_link
	lw	$sp, vino_lsp
	bnez	$v0, 9f
	lw	$s7, vino_entry
	# Map the staged code and data into the slot.
	sll	$a0, $s6, 20
	li	$t0, VINO_BASE
	addu	$a0, $a0, $t0		# the slot
	la	$t0, vino_spec
	lw	$a1, VS_REGION($t0)
	li	$a2, 1			# with an I/O page
	jal	map_staged
	bnez	$v0, 8f
	# The graft record, from zero.
	move	$t0, $s5
	addiu	$t1, $s5, GR_SIZE
7:	sw	$zero, 0($t0)
	addiu	$t0, $t0, 4
	bne	$t0, $t1, 7b
	sll	$t0, $s6, 20
	li	$t1, VINO_BASE
	addu	$t0, $t0, $t1		# the slot
	li	$t1, VINO_DATA_OFF
	addu	$t2, $t0, $t1		# the region
	la	$t3, vino_image
	sw	$t0, GR_CODE($s5)
	lw	$t4, IM_CODE_BASE($t3)
	lw	$t5, IM_CODE_LEN($t3)
	addu	$t4, $t4, $t5
	sw	$t4, GR_CODE_END($s5)
	sw	$s7, GR_ENTRY($s5)
	lw	$t4, IM_RET($t3)
	sw	$t4, GR_RET($s5)
	sw	$t2, GR_BASE($s5)
	la	$t6, vino_spec
	lw	$t4, VS_REGION($t6)
	addiu	$t5, $t4, -1
	sw	$t5, GR_MASK($s5)
	addu	$t5, $t2, $t4
	addiu	$t5, $t5, -8192
	sw	$t5, GR_HEAP_END($s5)	# the I/O page
	lw	$t4, IM_DATA_END($t3)
	addiu	$t4, $t4, 4095
	li	$t5, -4096
	and	$t4, $t4, $t5
	sw	$t4, GR_HEAP($s5)
	lw	$t4, vino_stage_io
	sw	$t4, GR_IOK($s5)
	lw	$t4, VS_POINT($t6)
	sw	$t4, GR_POINT($s5)
	sw	$zero, GR_OBJ($s5)
	sw	$s1, GR_OWNER($s5)
	lw	$t4, vino_def_quota
	sw	$t4, GR_QUOTA($s5)
	sw	$zero, GR_USED($s5)
	lw	$t4, vino_def_budget
	sw	$t4, GR_BUDGET($s5)
	li	$t4, VF_UNDO|VF_BUDGET|VF_QUOTA|VF_LOCKTO
	sw	$t4, GR_FLAGS($s5)
	li	$t4, GS_READY
	sw	$t4, GR_STATE($s5)
	lw	$t4, VS_POINT($t6)
	li	$t5, GP_SCHED
	bne	$t4, $t5, 6f
	sw	$s5, vino_points+4*GP_SCHED
6:	move	$v0, $s6
	b	9f
8:	move	$s7, $v0		# no memory: give back what was mapped
	move	$a0, $s6
	jal	vino_unmap_slot
	move	$v0, $s7
9:
vino_install_done:
	lw	$ra, 44($sp)
	lw	$s5, 40($sp)
	lw	$s6, 36($sp)
	lw	$s7, 32($sp)
	addiu	$sp, $sp, 48
	jr	$ra

# load_copyin(s2 = object, s3 = its length, s4 = specification, in the
# program's memory; a0 = the specification's buffer, a1 = its size) -> v0
# = 0, -EFBIG (no object, or more than VINO_OBJ_MAX bytes) or -EFAULT: the
# object (into vino_objbuf) and the specification copied before anything
# looks at them, so that the program cannot change what is checked
# (vino_install, spin_load).
	.globl	load_copyin
load_copyin:
	addiu	$sp, $sp, -32
	sw	$ra, 28($sp)
	sw	$a0, 24($sp)
	sw	$a1, 20($sp)
	li	$v0, -EFBIG
	addiu	$t0, $s3, -1
	li	$t1, VINO_OBJ_MAX
	sltu	$t0, $t0, $t1
	beqz	$t0, 9f
	move	$a0, $s2
	la	$a1, vino_objbuf
	move	$a2, $s3
	move	$a3, $zero
	jal	copy_user
	bnez	$v0, 9f
	move	$a0, $s4
	lw	$a1, 24($sp)
	lw	$a2, 20($sp)
	move	$a3, $zero
	jal	copy_user
9:	lw	$ra, 28($sp)
	addiu	$sp, $sp, 32
	jr	$ra

# vino_check_link(s6 = slot) -> v0 = 0, or -errno: the signature, then the
# link into the staging buffers; the entry's address in vino_entry. On the
# loader's stack.
vino_check_link:
	addiu	$sp, $sp, -32
	sw	$ra, 28($sp)
	la	$a0, vino_keys
	lw	$a1, vino_nkeys
	jal	load_signed
	move	$t0, $v0
	bnez	$v0, 8f
	# Place and link.
	la	$a2, vino_place_arg
	sll	$t1, $s6, 20
	li	$t2, VINO_BASE
	addu	$t1, $t1, $t2
	sw	$t1, PL_CODE_BASE($a2)
	li	$t2, VINO_CODE_STAGE
	sw	$t2, PL_CODE_SIZE($a2)
	li	$t2, VINO_DATA_OFF
	addu	$t2, $t1, $t2
	sw	$t2, PL_DATA_BASE($a2)
	la	$t3, vino_spec
	lw	$t3, VS_REGION($t3)
	sw	$t3, PL_REGION($a2)
	li	$t3, 8192
	sw	$t3, PL_RESERVE($a2)
	la	$t3, vino_codebuf
	sw	$t3, PL_CODE_DST($a2)
	la	$t3, vino_databuf
	sw	$t3, PL_DATA_DST($a2)
	la	$t3, vino_exports
	sw	$t3, PL_EXPORTS($a2)
	li	$t3, VINO_NEXPORTS
	sw	$t3, PL_NEXPORTS($a2)
	sw	$zero, PL_FLAGS($a2)
	la	$a0, vino_objbuf
	move	$a1, $s3
	la	$a3, vino_image
	jal	glink_link
	.globl	vino_linked
vino_linked:
	li	$t0, -ENOEXEC
	bltz	$v0, 8f
	# The entry, by name.
	la	$t1, vino_image
	lw	$t2, IM_NENT($t1)
	addiu	$t1, $t1, IM_ENT
	li	$t0, -ENOENT
6:	beqz	$t2, 8f
	la	$t3, vino_spec+VS_ENTRY
	move	$t4, $t1
7:	lbu	$t5, 0($t3)
	lbu	$t6, 0($t4)
	bne	$t5, $t6, 10f
	addiu	$t3, $t3, 1
	addiu	$t4, $t4, 1
	bnez	$t5, 7b
	lw	$t0, 32($t1)		# found
	sw	$t0, vino_entry
	move	$t0, $zero
	b	8f
10:	addiu	$t1, $t1, IM_ENT_SIZE
	addiu	$t2, $t2, -1
	b	6b
8:	move	$v0, $t0
	lw	$ra, 28($sp)
	addiu	$sp, $sp, 32
	jr	$ra

# load_signed(a0 = trusted keys, 32 bytes each, a1 = how many; s3 = the
# object's length in vino_objbuf) -> v0 = 0, -EBADMSG (no signature note,
# or a signature that does not verify) or -EACCES (signed by a key not in
# the list): the check of an object a program hands the kernel (VINO's
# grafts, SPIN's extensions). On the loader's stack; the signature's bytes
# are left zeroed in the object.
	.globl	load_signed
load_signed:
	addiu	$sp, $sp, -40
	sw	$ra, 36($sp)
	sw	$a0, 24($sp)
	sw	$a1, 28($sp)
	# The signature note: the key's and the signature's offsets.
	la	$a0, vino_objbuf
	move	$a1, $s3
	addiu	$a2, $sp, 16
	addiu	$a3, $sp, 20
	jal	glink_signature
	li	$t0, -EBADMSG
	bltz	$v0, 8f
	# A trusted key?
	lw	$t1, 16($sp)
	la	$t2, vino_objbuf
	addu	$t1, $t1, $t2		# the key in the object
	lw	$t3, 28($sp)
	lw	$t4, 24($sp)
1:	li	$t0, -EACCES
	beqz	$t3, 8f
	move	$t5, $zero
2:	addu	$t6, $t1, $t5
	lbu	$t6, 0($t6)
	addu	$t7, $t4, $t5
	lbu	$t7, 0($t7)
	bne	$t6, $t7, 3f
	addiu	$t5, $t5, 1
	sltiu	$t6, $t5, 32
	bnez	$t6, 2b
	b	4f			# this one
3:	addiu	$t4, $t4, 32
	addiu	$t3, $t3, -1
	b	1b
	# The signature covers the object with its 64 bytes zeroed.
4:	lw	$t1, 20($sp)
	la	$t2, vino_objbuf
	addu	$t1, $t1, $t2
	la	$t3, vino_sig
	li	$t5, 64
5:	lbu	$t6, 0($t1)
	sb	$t6, 0($t3)
	sb	$zero, 0($t1)
	addiu	$t1, $t1, 1
	addiu	$t3, $t3, 1
	addiu	$t5, $t5, -1
	bnez	$t5, 5b
	la	$a0, vino_sig
	la	$a1, vino_objbuf
	move	$a2, $s3
	lw	$a3, 16($sp)
	addu	$a3, $a3, $a1		# the key
	jal	ed25519_verify
	.globl	vino_verified
vino_verified:
	li	$t0, -EBADMSG
	bnez	$v0, 8f
	move	$t0, $zero
8:	move	$v0, $t0
	lw	$ra, 36($sp)
	addiu	$sp, $sp, 40
	jr	$ra

# map_staged(a0 = a graft slot's base, VINO's or SPIN's, a1 = its data
# region's size, a2 = 1 for an I/O page below the stack page) -> v0 = 0 or
# -ENOMEM: fresh pages for the linked code (read-only), the data sections,
# the I/O page (its kseg0 address in vino_stage_io) and the stack page at
# the region's top, filled from the staging buffers and mapped into the
# slot. The I-cache forgets whatever it held for the code pages.
	.globl	map_staged
map_staged:
	addiu	$sp, $sp, -48
	sw	$ra, 36($sp)
	sw	$s0, 32($sp)
	sw	$s1, 28($sp)
	sw	$s2, 24($sp)
	sw	$s3, 20($sp)
	sw	$a1, 40($sp)
	sw	$a2, 44($sp)
	move	$s0, $a0		# the slot
	# Code: from the slot to the image's end.
	la	$t0, vino_image
	lw	$t1, IM_CODE_BASE($t0)
	lw	$t2, IM_CODE_LEN($t0)
	addu	$t1, $t1, $t2
	subu	$t1, $t1, $s0
	addiu	$t1, $t1, 4095
	srl	$s1, $t1, 12		# pages
	la	$s2, vino_codebuf
	move	$s3, $s0
1:	beqz	$s1, 2f
	move	$a0, $s2
	move	$a1, $s3
	move	$a2, $zero
	li	$a3, 1
	jal	vino_map_copy
	bnez	$v0, 9f
	addiu	$s1, $s1, -1
	addiu	$s2, $s2, 4096
	addiu	$s3, $s3, 4096
	b	1b
	# The data sections' pages.
2:	li	$t0, VINO_DATA_OFF
	addu	$s3, $s0, $t0		# the region
	la	$t0, vino_image
	lw	$t1, IM_DATA_END($t0)
	subu	$t1, $t1, $s3
	addiu	$t1, $t1, 4095
	srl	$s1, $t1, 12
	la	$s2, vino_databuf
3:	beqz	$s1, 4f
	move	$a0, $s2
	move	$a1, $s3
	li	$a2, PTE_D
	move	$a3, $zero
	jal	vino_map_copy
	bnez	$v0, 9f
	addiu	$s1, $s1, -1
	addiu	$s2, $s2, 4096
	addiu	$s3, $s3, 4096
	b	3b
	# The I/O page and the stack page, at the region's top.
4:	li	$t0, VINO_DATA_OFF
	addu	$s3, $s0, $t0
	lw	$t0, 40($sp)
	addu	$s3, $s3, $t0
	addiu	$s3, $s3, -4096		# the stack page
	la	$t0, vino_databuf
	addu	$s2, $s3, $t0
	li	$t0, VINO_DATA_OFF
	subu	$s2, $s2, $t0
	subu	$s2, $s2, $s0		# the same offset in the staged region
	lw	$t0, 44($sp)
	beqz	$t0, 5f
	addiu	$a0, $s2, -4096
	addiu	$a1, $s3, -4096
	li	$a2, PTE_D
	move	$a3, $zero
	jal	vino_map_copy
	bnez	$v0, 9f
	sw	$v1, vino_stage_io
5:	move	$a0, $s2
	move	$a1, $s3
	li	$a2, PTE_D
	move	$a3, $zero
	jal	vino_map_copy
9:	lw	$ra, 36($sp)
	lw	$s0, 32($sp)
	lw	$s1, 28($sp)
	lw	$s2, 24($sp)
	lw	$s3, 20($sp)
	addiu	$sp, $sp, 48
	jr	$ra

# vino_map_copy(a0 = staged page, or 0 for none, a1 = graft-space address,
# a2 = PTE_D or 0, a3 = 1 for code) -> v0 = 0 or -ENOMEM, v1 = the new page
# (kseg0): a fresh page, the staged one copied in (without one it stays
# zeroed), mapped at a1.
	.globl	vino_map_copy
vino_map_copy:
	addiu	$sp, $sp, -32
	sw	$ra, 28($sp)
	sw	$a0, 16($sp)
	sw	$a1, 20($sp)
	sw	$a2, 24($sp)
	sw	$a3, 12($sp)
	jal	alloc_page
	beqz	$v0, 8f
	sw	$v0, 8($sp)
	lw	$t0, 16($sp)		# copy the page
	beqz	$t0, 3f
	move	$t1, $v0
	addiu	$t2, $v0, 4096
1:	lw	$t3, 0($t0)
	lw	$t4, 4($t0)
	sw	$t3, 0($t1)
	sw	$t4, 4($t1)
	addiu	$t0, $t0, 8
	addiu	$t1, $t1, 8
	bne	$t1, $t2, 1b
	lw	$t0, 12($sp)
	beqz	$t0, 3f
	lw	$a0, 8($sp)		# code: invalidate its I-cache lines
	addiu	$a1, $a0, 4096
	jal	icache_invalidate
3:	lw	$a1, 8($sp)
	li	$t0, 0x1fffffff
	and	$a1, $a1, $t0
	srl	$a1, $a1, 6
	ori	$a1, $a1, PTE_V|PTE_CACHED
	lw	$t0, 24($sp)
	or	$a1, $a1, $t0
	lw	$a0, 20($sp)
	li	$a2, VINO_VSID
	jal	map_page_vsid
	beqz	$v0, 4f
	lw	$a0, 8($sp)		# no page table: the page goes back
	jal	free_page
8:	li	$v0, -ENOMEM
	b	9f
4:	lw	$v1, 8($sp)
	move	$v0, $zero
9:	lw	$ra, 28($sp)
	addiu	$sp, $sp, 32
	jr	$ra

# icache_invalidate(a0, a1): the I-cache lines of [a0, a1) invalidated,
# through kseg0 (Hit_Invalidate_I), after code is written there (a loaded
# graft's or extension's pages, SPIN's generated dispatchers). Clobbers t0.
	.globl	icache_invalidate
icache_invalidate:
	beq	$a0, $a1, 2f
1:	cache	0x10, 0($a0)
	addiu	$a0, $a0, 16
	sltu	$t0, $a0, $a1
	bnez	$t0, 1b
2:	jr	$ra

# vino_unmap_slot(a0 = slot): every page mapped in the slot, code and
# region, unmapped and freed.
	.globl	vino_unmap_slot
vino_unmap_slot:
	addiu	$sp, $sp, -32
	sw	$ra, 28($sp)
	sw	$s0, 24($sp)
	sw	$s1, 20($sp)
	sll	$s0, $a0, 20
	li	$t0, VINO_BASE
	addu	$s0, $s0, $t0
	li	$t0, 0x100000
	addu	$s1, $s0, $t0		# the slot's end
1:	beq	$s0, $s1, 9f
	move	$a0, $s0
	jal	vino_unmap_page
	beqz	$v0, 2f
	move	$a0, $v0
	jal	free_page
2:	addiu	$s0, $s0, 4096
	b	1b
9:	lw	$ra, 28($sp)
	lw	$s0, 24($sp)
	lw	$s1, 20($sp)
	addiu	$sp, $sp, 32
	jr	$ra

# vino_unmap_page(a0 = graft-space address) -> v0 = the kseg0 address of
# the page it mapped, or 0: its PTE cleared and its TLB entry invalidated.
	.globl	vino_unmap_page
vino_unmap_page:
	li	$t6, VINO_VSID
	j	unmap_page_vsid

# vino_remove(a0 = slot): 4296. The caller's graft leaves the kernel: its
# pages, heap included, are freed, its point and the pipes it encrypted
# forget it. v0 = 0, -EINVAL (no graft of the caller's there) or -EBUSY
# (it is running: a graft's own call through vino_nested).
	.globl	sys_vino_remove
sys_vino_remove:
	li	$v0, -EINVAL
	sltiu	$t0, $a0, VINO_NGRAFT
	beqz	$t0, 9f
	sll	$t0, $a0, GR_SHIFT
	la	$t2, vino_grafts
	addu	$a1, $t2, $t0
	lw	$t0, GR_STATE($a1)
	beqz	$t0, 9f
	lw	$t1, GR_OWNER($a1)
	bne	$t1, $s1, 9f
	li	$v0, -EBUSY
	li	$t1, GS_READY
	bne	$t0, $t1, 9f
	j	vino_drop
9:	jr	$ra

# vino_forget_env(a0 = environment): it has ended: the grafts it owns
# leave the kernel and its policy variables are cleared (a later
# environment in its descriptor inherits neither). Preserves s0.
	.globl	vino_forget_env
vino_forget_env:
	addiu	$sp, $sp, -32
	sw	$ra, 28($sp)
	sw	$s6, 24($sp)
	sw	$s7, 20($sp)
	sw	$a0, 16($sp)
	move	$s6, $zero
1:	sll	$t0, $s6, GR_SHIFT
	la	$t1, vino_grafts
	addu	$a1, $t1, $t0
	lw	$t0, GR_STATE($a1)
	li	$t1, GS_READY
	bne	$t0, $t1, 2f
	lw	$t0, GR_OWNER($a1)
	lw	$t1, 16($sp)
	bne	$t0, $t1, 2f
	move	$a0, $s6
	jal	vino_drop
2:	addiu	$s6, $s6, 1
	sltiu	$t0, $s6, VINO_NGRAFT
	bnez	$t0, 1b
	lw	$t0, 16($sp)		# and its policy variables
	lw	$t0, ENV_ID($t0)
	sll	$t0, $t0, VINO_NVAR_SHIFT+2
	la	$t1, vino_vars
	addu	$t0, $t0, $t1
	addiu	$t1, $t0, VINO_NVAR*4
3:	sw	$zero, 0($t0)
	addiu	$t0, $t0, 4
	bne	$t0, $t1, 3b
	lw	$ra, 28($sp)
	lw	$s6, 24($sp)
	lw	$s7, 20($sp)
	addiu	$sp, $sp, 32
	jr	$ra

# vino_drop(a0 = slot, a1 = its record) -> v0 = 0: the graft leaves the
# kernel: its pages, the points and pipes that name it, its record.
vino_drop:
	addiu	$sp, $sp, -32
	sw	$ra, 28($sp)
	sw	$s5, 24($sp)
	move	$s5, $a1
	jal	vino_unmap_slot
	la	$t0, vino_points	# its point
	li	$t1, VINO_NPOINT
1:	lw	$t2, 0($t0)
	bne	$t2, $s5, 2f
	sw	$zero, 0($t0)
2:	addiu	$t0, $t0, 4
	addiu	$t1, $t1, -1
	bnez	$t1, 1b
	move	$a0, $s5		# the pipes
	jal	pipe_forget_graft
	lw	$t0, GR_USED($s5)	# its heap pages are back
	lw	$t1, vino_pages
	subu	$t1, $t1, $t0
	sw	$t1, vino_pages
	sw	$zero, GR_STATE($s5)	# free; its counters stay for the record
	sw	$zero, GR_OWNER($s5)
	sw	$zero, GR_POINT($s5)
	sw	$zero, GR_USED($s5)
	move	$v0, $zero
	lw	$ra, 28($sp)
	lw	$s5, 24($sp)
	addiu	$sp, $sp, 32
	jr	$ra

	.data
	.align	2
# The graft exports for the linker: struct glink_export {name, address},
# in kernel.VinoStubNames' order, each address the export's stub.
vino_exports:
	.word	n_ret, VINO_STUBS+0*16, n_fault, VINO_STUBS+1*16
	.word	n_alloc, VINO_STUBS+2*16, n_env_state, VINO_STUBS+3*16
	.word	n_get, VINO_STUBS+4*16, n_lock, VINO_STUBS+5*16
	.word	n_nested, VINO_STUBS+6*16, n_set, VINO_STUBS+7*16
	.word	n_time, VINO_STUBS+8*16
	.globl	n_ret, n_fault
n_ret:		.asciz	"misfit_return"
n_fault:	.asciz	"misfit_fault"
n_alloc:	.asciz	"vino_alloc"
n_env_state:	.asciz	"vino_env_state"
n_get:		.asciz	"vino_get"
n_lock:		.asciz	"vino_lock"
n_nested:	.asciz	"vino_nested"
n_set:		.asciz	"vino_set"
n_time:		.asciz	"vino_time"

	.bss
	.align	2
	.globl	vino_objbuf, vino_codebuf, vino_databuf, vino_lsp, vino_lstack, vino_image, vino_place_arg
	.globl	vino_nkeys, vino_keys, vino_def_quota, vino_def_budget
vino_nkeys:	.space	4		# trusted keys (boot information)
vino_keys:	.space	4*32
vino_def_quota:	.space	4
vino_def_budget: .space	4
vino_lsp:	.space	4		# the caller's sp while the loader runs
vino_stage_io:	.space	4		# the I/O page just mapped (kseg0)
vino_entry:	.space	4		# the entry vino_check_link found
vino_spec:	.space	VS_SIZE
vino_sig:	.space	64
vino_place_arg:	.space	PL_SIZE
vino_image:	.space	IM_SIZE
	.align	3
vino_lstack:	.space	VINO_LSTACK
	.align	12
vino_objbuf:	.space	VINO_OBJ_MAX
vino_codebuf:	.space	VINO_CODE_STAGE
vino_databuf:	.space	VINO_REGION_MAX
