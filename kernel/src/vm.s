# vm.s: the conventional personality's page protection, mprotect (Linux
# o32 4125). Linked last, so that nothing before it moves.

	.include "layout.inc"
	.include "frame.inc"

	.equ PTE_V,	2
	.equ PTE_D,	4
	.equ PTE_WAS_W,	1	# bit 0, G in EntryLo, which the machine
				# ignores: the page was mapped writable, so
				# mprotect may make it writable again
	.equ SR_W,	0x20000000
	.equ ENOMEM,	12
	.equ EACCES,	13
	.equ EINVAL,	22

	.set	reorder
	.text

# PTE_AT: a1 = a user page's address -> t2 = the address of its entry in
# the current environment's page table (s1), t3 = the entry (0: no page),
# t6 = its VSID, t4 = its segment's register value. Clobbers t0, t1.
	.macro	PTE_AT
	srl	$t1, $a1, 28
	sll	$t0, $t1, 2
	addu	$t0, $t0, $s1
	lw	$t4, ENV_SEGS($t0)
	lw	$t0, ENV_VSID($s1)
	addu	$t6, $t0, $t1
	PTE_WALK $a1
	.endm

# mprotect(a0 = address, a1 = length, a2 = prot: PROT_READ 1, PROT_WRITE 2,
# PROT_EXEC 4) -> 0: every page of [address, address + length rounded up
# to pages) gets the protection, in the environment's page table and in
# any TLB entry that holds it (rewritten in place, so the next access needs
# no refill). PROT_NONE clears V (the page stays the environment's);
# PROT_WRITE implies read, as on every MIPS without RI/XI; PROT_EXEC is
# accepted and changes nothing (execution is the segment's, not the
# page's). As Linux: -EINVAL for an unaligned address or unknown prot
# bits, -ENOMEM when the range wraps, reaches the kernel or holds a page
# the environment does not map, -EACCES for write access to a page whose
# segment is not writable. The range is checked whole before any page
# changes, so a refused call changes nothing.
	.globl	sys_mprotect
sys_mprotect:
	li	$v0, -EINVAL
	andi	$t0, $a0, 0xfff
	bnez	$t0, 9f
	srl	$t0, $a2, 3
	bnez	$t0, 9f
	move	$v0, $zero
	beqz	$a1, 9f
	addiu	$a1, $a1, 4095
	li	$t0, -4096
	and	$a1, $a1, $t0
	addu	$a3, $a0, $a1		# the end
	li	$v0, -ENOMEM
	sltu	$t0, $a0, $a3
	beqz	$t0, 9f			# wrapped (or rounded to nothing)
	lui	$t0, 0x8000
	sltu	$t0, $t0, $a3
	bnez	$t0, 9f			# into the kernel's half
	andi	$t5, $a2, 2		# PROT_WRITE
	# Every page mapped, and writable segments for PROT_WRITE.
	move	$a1, $a0
1:	PTE_AT
	li	$v0, -ENOMEM
	beqz	$t3, 9f
	beqz	$t5, 2f
	sll	$t0, $t4, 2
	li	$v0, -EACCES
	bgez	$t0, 9f			# the segment's W
	andi	$t0, $t3, PTE_D|PTE_WAS_W
	beqz	$t0, 9f			# and a page mapped writable: a page
					# mapped read-only (a shared one, a
					# library's) never becomes writable
2:	addiu	$a1, $a1, 4096
	bne	$a1, $a3, 1b
	# The new protection bits.
	move	$t7, $zero
	andi	$t0, $a2, 3
	beqz	$t0, 3f
	li	$t7, PTE_V
	beqz	$t5, 3f
	li	$t7, PTE_V|PTE_D
3:	move	$a1, $a0
4:	PTE_AT
	andi	$t0, $t3, PTE_D		# a page that was writable says so
	srl	$t0, $t0, 2		# in bit 0 (PTE_WAS_W)
	or	$t3, $t3, $t0
	li	$t0, ~(PTE_V|PTE_D)
	and	$t3, $t3, $t0
	or	$t3, $t3, $t7
	sw	$t3, 0($t2)
	cache	0x11, 0($t2)		# Hit_Invalidate_D, as map_page
	mtc0	$a1, $10		# a TLB entry holding the page
	mtc0	$t6, $10, 1
	tlbp
	mfc0	$t0, $0
	bltz	$t0, 5f
	mtc0	$t3, $2
	tlbwi
5:	addiu	$a1, $a1, 4096
	bne	$a1, $a3, 4b
	move	$v0, $zero
9:	jr	$ra
