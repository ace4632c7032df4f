# psl.s: protected shared libraries (doc/psl.md). A library's code and
# data live in one user segment (4 for library 0, 5 for library 1) under a
# VSID of the library's own (PSL_VSID + n), so every environment that
# attaches to it shares its page tables and TLB entries. An attached
# environment has a common area at 0x60000000 (segment 6: its service
# stubs and its service stack), open at all times. Outside a call the
# library's segment register is invalid in every environment; a service
# call closes the caller's private segments (0 and 7, or the calling
# library's) and opens the library's, and the return reverses that: three
# segment-register writes each way (four for a nested call).
#
# The call: v0 = -1 - (library * 256 + service), syscall. Arguments travel
# in a0-a3 (and the common area); t0-t9 are the kernel's to clobber, as any
# callee's. The service runs in user mode on the service stack with ra at
# its library's return gate, a break: the exception at the gate is the
# return. Any other exception during a call unwinds every call in progress
# and returns -EFAULT to the client, with its state as the call left it.

	.include "layout.inc"
	.include "frame.inc"

	.equ PSL_VSID,	0x500
	.equ SR_V,	0x80000000
	.equ SR_U,	0x40000000
	.equ SR_W,	0x20000000
	.equ PTE_V,	2
	.equ PTE_D,	4
	.equ PTE_CACHED, 0x18
	.equ EINVAL,	22
	.equ EFAULT,	14

	.set	noreorder
	.set	noat
	.text

# psl_boot(a0 = boot information): map each library's regions under its
# VSID and compute its open segment value. Runs at boot, before the
# environments are made.
	.globl	psl_boot
psl_boot:
	addiu	$sp, $sp, -32
	sw	$ra, 28($sp)
	sw	$s0, 24($sp)
	sw	$s1, 20($sp)
	sw	$s2, 16($sp)
	sw	$s3, 12($sp)
	lw	$s0, BI_NLIBS($a0)
	sltiu	$t0, $s0, PSL_MAXLIBS+1
	beqz	$t0, badboot
	addiu	$s1, $a0, BI_LIBS	# the record
	move	$s2, $zero		# the library's number
1:	beq	$s2, $s0, 9f
	nop
	addiu	$t0, $s2, 4		# its segment
	sw	$t0, BL_SEG($s1)
	li	$t1, PSL_VSID
	addu	$t1, $t1, $s2
	li	$t2, SR_V|SR_U|SR_W
	or	$t2, $t2, $t1
	sw	$t2, BL_SROPEN($s1)
	lw	$s3, BL_NREGIONS($s1)
	sltiu	$t0, $s3, 7
	beqz	$t0, badboot
	nop
	addiu	$t9, $s1, BL_REGIONS
2:	beqz	$s3, 4f
	nop
	lw	$t4, R_VA($t9)
	lw	$t5, R_PA($t9)
	lw	$t6, R_PAGES($t9)
	lw	$t7, R_FLAGS($t9)
	srl	$t0, $t4, 28		# every page in the library's segment
	lw	$t1, BL_SEG($s1)
	bne	$t0, $t1, badboot
	nop
3:	beqz	$t6, 5f
	nop
	srl	$a1, $t5, 12
	sll	$a1, $a1, 6
	ori	$a1, $a1, PTE_V|PTE_CACHED
	andi	$t0, $t7, RF_WRITE
	beqz	$t0, 6f
	nop
	ori	$a1, $a1, PTE_D
6:	move	$a0, $t4
	li	$a2, PSL_VSID
	addu	$a2, $a2, $s2
	sw	$t4, 0($sp)
	sw	$t5, 4($sp)
	sw	$t6, 8($sp)
	sw	$t9, 16($sp)
	jal	map_page_vsid
	sw	$t7, 20($sp)
	bnez	$v0, nomem
	lw	$t4, 0($sp)
	lw	$t5, 4($sp)
	lw	$t6, 8($sp)
	lw	$t9, 16($sp)
	lw	$t7, 20($sp)
	addiu	$t4, $t4, 4096
	addiu	$t5, $t5, 4096
	b	3b
	addiu	$t6, $t6, -1
5:	addiu	$t9, $t9, R_SIZE
	b	2b
	addiu	$s3, $s3, -1
4:	addiu	$s1, $s1, BI_LIB_SIZE
	b	1b
	addiu	$s2, $s2, 1
9:	lw	$ra, 28($sp)
	lw	$s0, 24($sp)
	lw	$s1, 20($sp)
	lw	$s2, 16($sp)
	lw	$s3, 12($sp)
	jr	$ra
	addiu	$sp, $sp, 32

# psl_attach(a0 = environment, a1 = its boot record): make the environment
# a client of the libraries its record names: PSL's entries in front of
# its personality's (kept in ENV_BVEC), its service stack, and its own
# segment 0 and 7 values to reopen after a call.
	.globl	psl_attach
psl_attach:
	lw	$t0, BE_PSL_MASK($a1)
	beqz	$t0, 9f
	sw	$t0, ENV_PSL_MASK($a0)
	lw	$t0, BE_PSL_SP($a1)
	sw	$t0, ENV_PSL_SP($a0)
	sw	$zero, ENV_PSL_DEPTH($a0)
	lw	$t0, ENV_SEGS($a0)
	sw	$t0, ENV_PSL_CSEG0($a0)
	lw	$t0, ENV_SEGS+28($a0)
	sw	$t0, ENV_PSL_CSEG7($a0)
	la	$t2, psl_exc
	move	$t3, $zero
1:	sll	$t4, $t3, 2
	addu	$t4, $t4, $a0
	lw	$t5, ENV_VEC($t4)
	sw	$t5, ENV_BVEC($t4)
	beqz	$t3, 2f			# interrupts stay the kernel's
	nop
	sw	$t2, ENV_VEC($t4)
2:	addiu	$t3, $t3, 1
	sltiu	$t4, $t3, 32
	bnez	$t4, 1b
	nop
	la	$t2, psl_sys
	sw	$t2, ENV_VEC+8*4($a0)
9:	jr	$ra
	nop

# A system call of an attached environment (k1 = environment + 4 * 8): a
# service call when v0 is negative, else the personality's.
	.globl	psl_sys
psl_sys:
	bltz	$v0, psl_call
	lw	$k0, ENV_BVEC($k1)
	jr	$k0
	lw	$k0, ENV_UVEC($k1)	# as the dispatcher left it

psl_call:
	addiu	$k1, $k1, -8*4		# the environment
	lw	$t0, ENV_PSL_DEPTH($k1)
	sltiu	$t1, $t0, PSL_DEPTH
	beqz	$t1, psl_bad
	nor	$v0, $v0, $zero		# library * 256 + service
	srl	$t3, $v0, 8
	sltiu	$t1, $t3, PSL_MAXLIBS
	beqz	$t1, psl_bad
	lw	$t1, ENV_PSL_MASK($k1)
	srlv	$t1, $t1, $t3
	andi	$t1, $t1, 1
	beqz	$t1, psl_bad
	sll	$t3, $t3, 8		# BI_LIB_SIZE
	lui	$t2, %hi(BOOTINFO+BI_LIBS)
	addiu	$t2, $t2, %lo(BOOTINFO+BI_LIBS)
	addu	$t2, $t2, $t3		# the library's record
	andi	$v0, $v0, 0xff
	lw	$t1, BL_NSERV($t2)
	sltu	$t1, $v0, $t1
	beqz	$t1, psl_bad
	# The frame: where to return, and to what.
	sll	$t5, $t0, 4
	addu	$t5, $t5, $k1
	mfc0	$t6, $14
	addiu	$t6, $t6, 4
	sw	$t6, ENV_PSL_FR($t5)
	sw	$sp, ENV_PSL_FR+4($t5)
	sw	$ra, ENV_PSL_FR+8($t5)
	sw	$t2, ENV_PSL_FR+12($t5)
	# The service: its entry, its stack (PSL_STACK bytes a level), ra at
	# the library's gate.
	sll	$t6, $v0, 2
	addu	$t6, $t6, $t2
	lw	$t6, BL_SERV($t6)
	mtc0	$t6, $14
	lw	$ra, BL_GATE($t2)
	lw	$sp, ENV_PSL_SP($k1)
	sll	$t6, $t0, 10		# PSL_STACK
	subu	$sp, $sp, $t6
	addiu	$t0, $t0, 1
	sw	$t0, ENV_PSL_DEPTH($k1)
	# Close the caller's segments: the client's 0 and 7, or the calling
	# library's.
	addiu	$t0, $t0, -1
	bnez	$t0, 1f
	lw	$t6, ENV_PSL_FR-16+12($t5)	# (nested) the caller's library
	mtsr	0, $zero
	mtsr	7, $zero
	sw	$zero, ENV_SEGS($k1)
	b	2f
	sw	$zero, ENV_SEGS+28($k1)
1:	lw	$t6, BL_SEG($t6)
	sll	$t7, $t6, 28
	mtsrin	$zero, $t7
	sll	$t6, $t6, 2
	addu	$t6, $t6, $k1
	sw	$zero, ENV_SEGS($t6)
2:	# Open the library's.
	lw	$t6, BL_SEG($t2)
	lw	$t4, BL_SROPEN($t2)
	sll	$t7, $t6, 28
	mtsrin	$t4, $t7
	sll	$t6, $t6, 2
	addu	$t6, $t6, $k1
	sw	$t4, ENV_SEGS($t6)
	move	$t0, $zero		# no kernel address reaches the library
	move	$t2, $zero
	move	$t4, $zero
	move	$t5, $zero
	move	$t6, $zero
	move	$t7, $zero
	move	$k0, $zero
	move	$k1, $zero
	eret

# A call the kernel refuses: no such library or service, or too deep.
psl_bad:
	mfc0	$k0, $14
	addiu	$k0, $k0, 4
	mtc0	$k0, $14
	li	$v0, -EINVAL
	move	$t2, $zero
	move	$t5, $zero
	move	$k0, $zero
	move	$k1, $zero
	eret

# An exception of an attached environment (k1 = environment + 4 * code):
# outside a call, the personality's; during one, the return (a break at
# the called library's gate) or the unwinding of every call.
	.globl	psl_exc
psl_exc:
	mfc0	$k0, $13
	andi	$k0, $k0, 0x7c
	subu	$k1, $k1, $k0		# the environment
	lw	$k0, ENV_PSL_DEPTH($k1)
	bnez	$k0, 1f
	mfc0	$k0, $13
	andi	$k0, $k0, 0x7c
	addu	$k1, $k1, $k0
	lw	$k0, ENV_BVEC($k1)
	jr	$k0
	lw	$k0, ENV_UVEC($k1)
1:	# In a call: the return, when a break is taken at the gate.
	andi	$k0, $k0, 0x7c
	xori	$k0, $k0, 9*4		# Bp
	bnez	$k0, psl_unwind
	lw	$t0, ENV_PSL_DEPTH($k1)
	addiu	$t0, $t0, -1
	sll	$t5, $t0, 4
	addu	$t5, $t5, $k1		# the frame
	lw	$t2, ENV_PSL_FR+12($t5)	# the library that ran
	lw	$t6, BL_GATE($t2)
	mfc0	$t7, $14
	bne	$t6, $t7, psl_unwind
	nop
	jal	psl_pop			# ra is restored from the frame
	nop
	move	$t0, $zero
	move	$t2, $zero
	move	$t5, $zero
	move	$t6, $zero
	move	$t7, $zero
	move	$k0, $zero
	move	$k1, $zero
	eret

# psl_pop(k1 = environment, t0 = depth - 1, t5 = the frame, t2 = its
# library): close the library's segment, reopen the caller's (the client's
# segments 0 and 7, or the calling library's), and restore sp, ra and the
# return pc from the frame; the depth drops by one. Clobbers t6, t7, k0.
psl_pop:
	lw	$t6, BL_SEG($t2)
	sll	$t7, $t6, 28
	mtsrin	$zero, $t7
	sll	$t6, $t6, 2
	addu	$t6, $t6, $k1
	sw	$zero, ENV_SEGS($t6)
	bnez	$t0, 1f
	sw	$t0, ENV_PSL_DEPTH($k1)
	lw	$t6, ENV_PSL_CSEG0($k1)
	mtsr	0, $t6
	sw	$t6, ENV_SEGS($k1)
	lw	$t6, ENV_PSL_CSEG7($k1)
	mtsr	7, $t6
	b	2f
	sw	$t6, ENV_SEGS+28($k1)
1:	lw	$t6, ENV_PSL_FR-16+12($t5)	# the calling library
	lw	$t7, BL_SROPEN($t6)
	lw	$t6, BL_SEG($t6)
	sll	$k0, $t6, 28
	mtsrin	$t7, $k0
	sll	$t6, $t6, 2
	addu	$t6, $t6, $k1
	sw	$t7, ENV_SEGS($t6)
2:	lw	$t6, ENV_PSL_FR($t5)
	mtc0	$t6, $14
	lw	$sp, ENV_PSL_FR+4($t5)
	jr	$ra
	lw	$ra, ENV_PSL_FR+8($t5)

# A fault during a call: every call in progress is unwound and the client
# gets -EFAULT, at its return point, with its sp and ra.
psl_unwind:
	lw	$t0, ENV_PSL_DEPTH($k1)
1:	addiu	$t0, $t0, -1
	sll	$t5, $t0, 4
	addu	$t5, $t5, $k1
	jal	psl_pop
	lw	$t2, ENV_PSL_FR+12($t5)
	bnez	$t0, 1b
	nop
	li	$v0, -EFAULT
	move	$t2, $zero
	move	$t5, $zero
	move	$t6, $zero
	move	$t7, $zero
	move	$k0, $zero
	move	$k1, $zero
	eret
