# bind.s: physical pages owned by exokernel environments, capabilities to
# share them, and secure bindings (doc/kernel.md, "Secure bindings"). The
# kernel protects the pages; the library operating system manages its own
# virtual memory: it asks for pages by physical number, and binds a virtual
# page to a physical one, which the kernel allows only for a page the
# environment owns or holds a capability for, with no more rights than that
# grants.
#
# page_own holds two words for each physical page: its owner in the low
# byte (0 free, an environment's index + 1, OWN_KERNEL the kernel's or the
# firmware's) and, above it, how many bindings refer to it; then the
# software-TLB slot + 1 of the last binding made to it (0: none), which
# lets the abort of a page bound once clear one slot instead of all.

	.include "layout.inc"
	.include "frame.inc"

	.equ NGRANT,	64
	.equ EINVAL,	22
	.equ EPERM,	1
	.equ EBUSY,	16
	.equ ENOMEM,	12
	.equ PTE_V,	2
	.equ PTE_D,	4
	.equ PTE_CACHED, 0x18
	.equ SR_V,	0x80000000
	.equ SR_U,	0x40000000
	.equ SR_W,	0x20000000

	.set	reorder
	.text

# own_boot: the owners' table, after the firmware's and the kernel's pages,
# which it marks the kernel's. At boot.
	.globl	own_boot
own_boot:
	lw	$t0, free_end
	srl	$t0, $t0, 9		# two words for each page
	addiu	$t0, $t0, 4095
	srl	$t0, $t0, 12		# its pages
	lw	$t1, free_next
	lui	$t2, 0x8000
	or	$t2, $t2, $t1
	sw	$t2, page_own
	lw	$t3, free_end		# no page taken yet
	srl	$t3, $t3, 12
	sw	$t3, free_hint
	sll	$t0, $t0, 12
	addu	$t1, $t1, $t0
	sw	$t1, free_next
	# Zero the table, then mark every page below free_next the kernel's.
	move	$t3, $t2
	lw	$t4, free_end		# (rounded up to 32 bytes, within
	srl	$t4, $t4, 9		# the table's pages)
	addiu	$t4, $t4, 31
	li	$t5, -32
	and	$t4, $t4, $t5
	addu	$t4, $t4, $t2
1:	sw	$zero, 0($t3)
	sw	$zero, 4($t3)
	sw	$zero, 8($t3)
	sw	$zero, 12($t3)
	sw	$zero, 16($t3)
	sw	$zero, 20($t3)
	sw	$zero, 24($t3)
	sw	$zero, 28($t3)
	addiu	$t3, $t3, 32
	bne	$t3, $t4, 1b
	srl	$t4, $t1, 9
	addu	$t4, $t4, $t2
	li	$t5, OWN_KERNEL
2:	beq	$t2, $t4, 3f
	sw	$t5, 0($t2)
	addiu	$t2, $t2, 8
	b	2b
3:	jr	$ra

# CAN_USE rights, ok, loop, next: branch to ok when the caller (s0) owns
# page a0 or holds a capability for it that covers the rights in register
# rights (all of them); fall through otherwise. t9 = the page's word in
# page_own (own_of's, not 0), t0 = that word after. loop and next name the
# macro's own labels. Clobbers t1-t6.
	.macro	CAN_USE rights, ok, loop, next
	lw	$t0, 0($t9)
	andi	$t1, $t0, 0xff
	lw	$t2, ENV_ID($s0)
	addiu	$t2, $t2, 1
	beq	$t1, $t2, \ok		# the caller's own page
	la	$t3, grants		# else a capability with those rights
	li	$t4, NGRANT
\loop:	lw	$t5, 4($t3)
	bne	$t5, $t2, \next
	lw	$t5, 0($t3)
	bne	$t5, $a0, \next
	lw	$t5, 8($t3)
	and	$t6, $t5, \rights
	beq	$t6, \rights, \ok
\next:	addiu	$t3, $t3, 12
	addiu	$t4, $t4, -1
	bnez	$t4, \loop
	.endm

# SLOT_BINDS skip: branch to skip unless the software-TLB slot at t3 holds
# a binding of page a0; else t0 = its tag, t8 = the tag's VSID. Clobbers
# t1.
	.macro	SLOT_BINDS skip
	lw	$t0, 0($t3)
	andi	$t1, $t0, 1
	beqz	$t1, \skip
	lw	$t1, 4($t3)
	srl	$t1, $t1, 6
	bne	$t1, $a0, \skip
	andi	$t8, $t0, 0xffe		# the tag's VSID << 1
	srl	$t8, $t8, 1
	.endm

# own_of(a0 = physical page number) -> t9 = the address of its word in
# page_own, or 0 when the page does not exist.
own_of:
	move	$t9, $zero
	lw	$t0, free_end
	srl	$t0, $t0, 12
	sltu	$t0, $a0, $t0
	beqz	$t0, 1f
	lw	$t9, page_own
	sll	$t0, $a0, 3
	addu	$t9, $t9, $t0
1:	jr	$ra

# exo_page_alloc(a0 = physical page number, or -1 for any free one) -> v0
# = the page, owned by the caller and zeroed; -EBUSY when it is taken,
# -EINVAL when it does not exist, -ENOMEM when none is free.
	.globl	exo_page_alloc
exo_page_alloc:
	ENTER
	bgez	$a0, 2f
	lw	$a0, free_hint		# any: the highest free page, at or
1:	addiu	$a0, $a0, -1		# below the hint (every page from the
	bltz	$a0, 8f			# hint up is taken)
	jal	own_of
	lw	$t0, 0($t9)
	bnez	$t0, 1b
	sw	$a0, free_hint
	b	3f
2:	jal	own_of
	li	$v0, -EINVAL
	beqz	$t9, 9f
	lw	$t0, 0($t9)
	li	$v0, -EBUSY
	bnez	$t0, 9f
3:	lw	$t0, ENV_ID($s0)
	addiu	$t0, $t0, 1
	sw	$t0, 0($t9)		# the caller's, with no binding
	sll	$t1, $a0, 12		# zeroed: nothing of a former owner
	lui	$t2, 0x8000
	or	$t1, $t1, $t2
	addiu	$t2, $t1, 4096
4:	sw	$zero, 0($t1)
	addiu	$t1, $t1, 4
	bne	$t1, $t2, 4b
	move	$v0, $a0
	b	9f
8:	li	$v0, -ENOMEM
9:	LEAVE

# owner_check(a0 = page) -> t9 = its word, v0 = 0 when the caller owns it,
# else -EINVAL (no such page) or -EPERM.
owner_check:
	move	$s3, $ra
	jal	own_of
	move	$ra, $s3
	li	$v0, -EINVAL
	beqz	$t9, 1f
	lw	$t0, 0($t9)
	andi	$t0, $t0, 0xff
	lw	$t1, ENV_ID($s0)
	addiu	$t1, $t1, 1
	li	$v0, -EPERM
	bne	$t0, $t1, 1f
	move	$v0, $zero
1:	jr	$ra

# exo_page_free(a0 = page): the caller gives its page back: -EPERM if it is
# not the caller's (freeing twice, say), -EBUSY while a binding refers to
# it. Its capabilities go with it.
	.globl	exo_page_free
exo_page_free:
	ENTER
	jal	owner_check
	bnez	$v0, 9f
	lw	$t0, 0($t9)
	srl	$t0, $t0, 8
	li	$v0, -EBUSY
	bnez	$t0, 9f
	sw	$zero, 0($t9)
	jal	page_freed
	lw	$t0, ENV_REV_PAGE($s0)	# the page asked back of it: the
	addiu	$t1, $a0, 1		# request is met
	bne	$t0, $t1, 4f
	move	$s2, $s0
	jal	rev_done
4:	move	$v0, $zero
9:	LEAVE

# page_freed(a0 = page): what follows a page's freeing: the search for a
# free page starts above it again, and its capabilities go. Clobbers t0-t2.
page_freed:
	lw	$t0, free_hint
	addiu	$t1, $a0, 1
	sltu	$t2, $t0, $t1
	beqz	$t2, 3f
	sw	$t1, free_hint
3:	la	$t0, grants
	li	$t1, NGRANT
1:	lw	$t2, 0($t0)
	bne	$t2, $a0, 2f
	sw	$zero, 4($t0)
2:	addiu	$t0, $t0, 12
	addiu	$t1, $t1, -1
	bnez	$t1, 1b
	jr	$ra

# rev_done(s2 = environment): its revocation request is over (met or
# carried out): the request cleared, its run entry back in place.
rev_done:
	sw	$zero, ENV_REV_PAGE($s2)
	sw	$zero, ENV_REV_DL($s2)
	sw	$zero, ENV_REV_BY($s2)
	lw	$t0, ENV_REV_RUN($s2)
	beqz	$t0, 1f
	li	$t1, -4
	and	$t0, $t0, $t1		# (its mark, kernel.s exo_set_entry)
	sw	$t0, ENV_RUN($s2)
	sw	$zero, ENV_REV_RUN($s2)
1:	jr	$ra

# exo_reclaim(a0 = page): the kernel asks the page's owner to give it
# back: visible revocation. Only environment 0, the boot list's first,
# may ask: it stands for the policy that decides which memory to take
# back (any other could otherwise take every page of its peers). v0 = 0
# when the page is free (it was, or it has just been taken by force), 1
# while the request stands, -EINVAL for no such page or the caller's own,
# -EPERM for the kernel's or a caller other than environment 0, -EBUSY
# when the owner has another request standing. A new request gives the owner
# Config.Grace timer periods; an owner with a revocation entry and a run
# entry starts at the revocation entry, instead of its run entry, until it
# frees the page (EXO_PAGE_ASKED names it). Asked again after the
# deadline, or when the owner has ended, the kernel aborts the owner's
# hold: every binding of the page goes, whoever made it, its capabilities
# too, the page is free, and it is written in the owner's repossession
# vector (EXO_PAGE_REPOSSESSED).
	.globl	exo_reclaim
exo_reclaim:
	ENTER
	li	$v0, -EPERM		# environment 0 stands for the memory
	lw	$t0, ENV_ID($s0)	# policy: the one that may ask
	bnez	$t0, 9f
	sw	$a0, 0($sp)
	jal	own_of
	li	$v0, -EINVAL
	beqz	$t9, 9f
	lw	$t0, 0($t9)
	andi	$t1, $t0, 0xff		# the owner's index + 1
	move	$v0, $zero
	beqz	$t1, 9f			# free
	li	$v0, -EPERM
	li	$t2, OWN_KERNEL
	beq	$t1, $t2, 9f
	lw	$t2, ENV_ID($s0)
	addiu	$t2, $t2, 1
	li	$v0, -EINVAL
	beq	$t1, $t2, 9f		# the caller's own
	addiu	$t1, $t1, -1
	sll	$t1, $t1, ENV_SHIFT
	la	$t2, envs
	addu	$s2, $t1, $t2		# s2 = the owner
	sw	$s2, 4($sp)
	lw	$t5, ENV_STATE($s2)
	li	$t6, ES_DEAD
	beq	$t5, $t6, 5f		# ended: nothing to ask
	addiu	$t3, $a0, 1
	lw	$t4, ENV_REV_PAGE($s2)
	beq	$t4, $t3, 3f		# this request stands
	li	$v0, -EBUSY
	bnez	$t4, 9f			# another does
	sw	$t3, ENV_REV_PAGE($s2)	# the request, and its deadline
	lw	$t5, ticks
	lw	$t6, grace
	addu	$t5, $t5, $t6
	sw	$t5, ENV_REV_DL($s2)
	lw	$t5, ENV_ID($s0)
	sw	$t5, ENV_REV_BY($s2)
	lw	$t5, ENV_REVENT($s2)	# the upcall: where it starts next
	beqz	$t5, 4f
	lw	$t6, ENV_RUN($s2)
	beqz	$t6, 4f			# (its state is in its trap frame)
	ori	$t6, $t6, 1		# kept aside, marked
	sw	$t6, ENV_REV_RUN($s2)
	sw	$t5, ENV_RUN($s2)
4:	li	$v0, 1
	b	9f
3:	lw	$t5, ticks		# before the deadline it stands
	lw	$t6, ENV_REV_DL($s2)
	sltu	$t5, $t5, $t6
	li	$v0, 1
	bnez	$t5, 9f
5:	# The abort: every binding of the page, whoever holds it. Bound
	# once, and its last binding's slot still holds it: that slot;
	# bound more than once: every slot looked at.
	jal	own_of
	lw	$t0, 0($t9)
	srl	$t0, $t0, 8		# its bindings
	beqz	$t0, 8f
	addiu	$t0, $t0, -1
	bnez	$t0, 7f
	lw	$t1, 4($t9)
	beqz	$t1, 7f
	sll	$t3, $t1, 3
	la	$t2, stlb-8
	addu	$t3, $t3, $t2		# the slot
	SLOT_BINDS 7f
	jal	drop_slot
	b	8f
7:	move	$a1, $zero
	jal	drop_binds
8:	lw	$a0, 0($sp)
	lw	$s2, 4($sp)
	jal	own_of
	sw	$zero, 0($t9)
	jal	page_freed
	lw	$t0, ENV_REPO_N($s2)	# the repossession vector
	sltiu	$t1, $t0, 8
	beqz	$t1, 6f
	sll	$t1, $t0, 2
	addu	$t1, $t1, $s2
	sw	$a0, ENV_REPO($t1)
	addiu	$t0, $t0, 1
	sw	$t0, ENV_REPO_N($s2)
6:	lw	$t0, ENV_REV_PAGE($s2)	# the request it had, if it was this
	addiu	$t1, $a0, 1
	bne	$t0, $t1, 7f
	jal	rev_done
7:	move	$v0, $zero
9:	LEAVE

# exo_protect(a0 = user address, a1 = pages, a2 = rights: 1 read, 3
# read-write): the rights of the caller's bindings in [a0, a0 + 4096 a1)
# change at once, in their software-TLB slots and in any TLB entry that
# holds them: one crossing for a range, as a library OS's mprotect wants.
# A page not bound there (or whose binding its slot has lost) is skipped:
# its next access is an upcall, and the library OS binds it as its own
# table says. Read-write is checked for every page before any changes, as
# EXO_BIND checks it: the caller's own page or a capability with both.
# v0 = the number of bindings changed; -EINVAL for an unaligned or kernel
# range, more than 4096 pages (the kernel is not preempted, so a call's
# length is bounded) or bad rights, -EPERM when a page may not be written.
	.globl	exo_protect
exo_protect:
	ENTER
	li	$v0, -EINVAL
	andi	$t0, $a0, 0xfff
	bnez	$t0, 9f
	li	$t0, 1
	beq	$a2, $t0, 1f
	li	$t0, 3
	bne	$a2, $t0, 9f
1:	sltiu	$t0, $a1, 4097		# at most 4096 pages, as many as the
	beqz	$t0, 9f			# software TLB holds: a call is short
	sll	$t1, $a1, 12
	addu	$s2, $a0, $t1		# the end
	sltu	$t0, $s2, $a0
	bnez	$t0, 9f			# wrapped
	lui	$t0, 0x8000
	sltu	$t0, $t0, $s2
	bnez	$t0, 9f			# into the kernel's half
	move	$s3, $a2
	move	$v0, $zero
	beq	$a0, $s2, 9f		# no pages
	sw	$a0, 0($sp)
	li	$t0, 3
	bne	$s3, $t0, 5f		# read only: nothing to check
	# Pass 1: every bound page writable by the caller.
	move	$s1, $a0
2:	lw	$t8, ENV_VSID($s0)
	srl	$t1, $s1, 28
	addu	$t8, $t8, $t1
	jal	stlb_slot
	lw	$t0, 0($t7)
	bne	$t0, $t6, 4f		# not bound here
	lw	$a0, 4($t7)
	srl	$a0, $a0, 6		# its page
	jal	own_of
	CAN_USE	$s3, 4f, prot_cap, prot_cap_next	# read-write, as EXO_BIND asks
	li	$v0, -EPERM
	b	9f
4:	addiu	$s1, $s1, 4096
	bne	$s1, $s2, 2b
	# Pass 2: the slots and the TLB.
5:	lw	$s1, 0($sp)
	sw	$zero, 4($sp)		# the count
7:	lw	$t8, ENV_VSID($s0)
	srl	$t1, $s1, 28
	addu	$t8, $t8, $t1
	jal	stlb_slot
	lw	$t0, 0($t7)
	bne	$t0, $t6, 8f
	lw	$t0, 4($t7)
	li	$t1, ~PTE_D
	and	$t0, $t0, $t1
	andi	$t1, $s3, RIGHT_WRITE
	beqz	$t1, 6f
	ori	$t0, $t0, PTE_D
6:	sw	$t0, 4($t7)
	mtc0	$s1, $10		# a TLB entry holding it: rewritten
	mtc0	$t8, $10, 1
	tlbp
	mfc0	$t1, $0
	bltz	$t1, 6f
	mtc0	$t0, $2
	tlbwi
6:	lw	$t1, 4($sp)
	addiu	$t1, $t1, 1
	sw	$t1, 4($sp)
8:	addiu	$s1, $s1, 4096
	bne	$s1, $s2, 7b
	lw	$v0, 4($sp)
9:	LEAVE

# exo_page_asked() -> v0 = the page asked back of the caller, a1 = the
# index of the environment that asked; v0 = -1 when none is.
	.globl	exo_page_asked
exo_page_asked:
	ENTER
	li	$v0, -1
	lw	$t0, ENV_REV_PAGE($s0)
	beqz	$t0, 9f
	addiu	$v0, $t0, -1
	lw	$a1, ENV_REV_BY($s0)
9:	LEAVE

# exo_page_repossessed() -> v0 = a page the kernel took from the caller by
# force, the last one first, each once; -1 when there is none left.
	.globl	exo_page_repossessed
exo_page_repossessed:
	ENTER
	li	$v0, -1
	lw	$t0, ENV_REPO_N($s0)
	beqz	$t0, 9f
	addiu	$t0, $t0, -1
	sw	$t0, ENV_REPO_N($s0)
	sll	$t1, $t0, 2
	addu	$t1, $t1, $s0
	lw	$v0, ENV_REPO($t1)
9:	LEAVE

# exo_page_share(a0 = page, a1 = environment, a2 = rights): a capability
# for another environment to bind the caller's page with at most those
# rights (RIGHT_READ, RIGHT_WRITE); rights 0 takes it back. -EPERM if the
# page is not the caller's, -EINVAL for a bad environment or rights,
# -ENOMEM when the table of capabilities is full.
	.globl	exo_page_share
exo_page_share:
	ENTER
	jal	owner_check
	bnez	$v0, 9f
	li	$v0, -EINVAL
	sltiu	$t0, $a1, NENV
	beqz	$t0, 9f
	sltiu	$t0, $a2, 4
	beqz	$t0, 9f
	addiu	$s1, $a1, 1		# the holder
	la	$t0, grants		# its capability, if it has one
	li	$t1, NGRANT
	move	$t3, $zero		# a free entry
1:	lw	$t2, 4($t0)
	bnez	$t2, 2f
	bnez	$t3, 3f
	move	$t3, $t0
	b	3f
2:	bne	$t2, $s1, 3f
	lw	$t2, 0($t0)
	bne	$t2, $a0, 3f
	move	$t3, $t0		# the same holder and page: replace it
	b	4f
3:	addiu	$t0, $t0, 12
	addiu	$t1, $t1, -1
	bnez	$t1, 1b
	li	$v0, -ENOMEM
	beqz	$t3, 9f
4:	sw	$a0, 0($t3)
	sw	$s1, 4($t3)
	sw	$a2, 8($t3)
	bnez	$a2, 5f
	sw	$zero, 4($t3)		# rights 0: no capability
5:	# A capability changed or taken back: the bindings the holder made
	# with it go (it binds again with what it now holds).
	sll	$t0, $a1, ENV_SHIFT
	la	$t1, envs
	addu	$a1, $t0, $t1
	jal	drop_binds
	move	$v0, $zero
9:	LEAVE

# drop_binds(a0 = page, a1 = environment): every binding of the page that
# the environment holds goes: its software-TLB slot cleared, a TLB entry
# that holds it invalidated, the page's count of bindings lowered. Scans
# the 4096 slots for the environment's VSIDs. Clobbers t0-t9, s1-s3.
drop_binds:
	move	$s3, $ra
	move	$s2, $zero		# a1 = 0: every environment's, the
	li	$t5, -1			# VSIDs 0 .. 2^32-2
	beqz	$a1, 3f
	lw	$s2, ENV_VSID($a1)	# its VSIDs: s2 .. s2+7
	li	$t5, 8
3:	la	$t3, stlb
	li	$t4, 4096
1:	SLOT_BINDS 2f
	subu	$t2, $t8, $s2		# one of the environment's VSIDs?
	sltu	$t2, $t2, $t5
	beqz	$t2, 2f
	jal	drop_slot
2:	addiu	$t3, $t3, 8
	addiu	$t4, $t4, -1
	bnez	$t4, 1b
	jr	$s3

# drop_slot(t3 = a software-TLB slot, t0 = its tag, t8 = the tag's VSID,
# a0 = its page): the binding goes: the slot cleared, a TLB entry that
# holds it invalidated, the page's count of bindings lowered. Clobbers t1,
# t2, t6, t7, t9, s1.
drop_slot:
	move	$t6, $ra
	sw	$zero, 0($t3)
	sw	$zero, 4($t3)
	li	$t2, -4096		# its address: the tag xor (VSID << 1 | 1)
	and	$s1, $t0, $t2
	jal	tlb_drop
	lw	$t9, page_own		# one fewer binding
	sll	$t7, $a0, 3
	addu	$t9, $t9, $t7
	lw	$t7, 0($t9)
	addiu	$t7, $t7, -0x100
	sw	$t7, 0($t9)
	jr	$t6

# exo_bind(a0 = user address, a1 = page, a2 = rights): the secure binding
# of the caller's virtual page to a physical page. The kernel checks it
# against ownership: the page must be the caller's (any rights) or the
# caller must hold a capability for it with the rights asked. The address
# must be a user page (its segment is opened for the caller if it was
# not). -EINVAL for a bad address, page or rights, -EPERM otherwise.
	.globl	exo_bind
exo_bind:
	ENTER
	li	$v0, -EINVAL
	bltz	$a0, 9f			# a kernel address
	andi	$t0, $a0, 0xfff
	bnez	$t0, 9f
	addiu	$t0, $a2, -1
	sltiu	$t0, $t0, 3		# rights 1, 2 or 3
	beqz	$t0, 9f
	move	$s1, $a0
	move	$s3, $a2		# the rights
	sw	$a2, 4($sp)
	move	$a0, $a1
	jal	own_of
	li	$v0, -EINVAL
	beqz	$t9, 9f
	CAN_USE	$a2, 3f, bind_cap, bind_cap_next
	li	$v0, -EPERM
	b	9f
3:	# The binding: the slot of the software TLB for (the page, its VSID),
	# and the TLB itself. A binding the slot held before is evicted: the
	# next access to that page misses and its environment binds it again.
	li	$t1, 0x100		# one more binding of the page
	addu	$t0, $t0, $t1
	sw	$t0, 0($t9)
	move	$s2, $a0		# the page
	srl	$t1, $s1, 28		# the address's segment, opened if need be
	sll	$t1, $t1, 2
	addu	$t1, $t1, $s0
	lw	$t2, ENV_SEGS($t1)
	bnez	$t2, 4f
	lw	$t2, ENV_VSID($s0)
	srl	$t3, $s1, 28
	addu	$t2, $t2, $t3
	li	$t3, SR_V|SR_U|SR_W
	or	$t2, $t2, $t3
	sw	$t2, ENV_SEGS($t1)
	mtsrin	$t2, $s1
4:	lw	$t8, ENV_VSID($s0)
	srl	$t1, $s1, 28
	addu	$t8, $t8, $t1		# the VSID
	jal	stlb_slot		# t7 = the slot, t6 = the tag
	lw	$t0, 0($t7)		# what it held
	andi	$t1, $t0, 1
	beqz	$t1, 5f
	lw	$a0, 4($t7)
	move	$s3, $t8		# its TLB entry goes too: the count must
	andi	$t8, $t0, 0xffe		# not say unbound while the TLB maps it
	srl	$t8, $t8, 1
	li	$t1, -4096
	and	$t1, $t0, $t1
	sw	$s1, 0($sp)
	move	$s1, $t1
	jal	tlb_drop
	lw	$s1, 0($sp)
	move	$t8, $s3
	lw	$s3, 4($sp)		# (the rights, kept below)
	srl	$a0, $a0, 6		# its page: one binding fewer
	jal	own_of
	beqz	$t9, 5f
	lw	$t0, 0($t9)
	li	$t1, 0x100
	sltu	$t2, $t0, $t1
	bnez	$t2, 5f
	subu	$t0, $t0, $t1
	sw	$t0, 0($t9)
5:	lw	$t9, page_own		# the page's last binding: this slot
	sll	$t0, $s2, 3
	addu	$t9, $t9, $t0
	la	$t0, stlb
	subu	$t0, $t7, $t0
	srl	$t0, $t0, 3
	addiu	$t0, $t0, 1
	sw	$t0, 4($t9)
	sll	$t0, $s2, 6		# the EntryLo
	ori	$t0, $t0, PTE_V|PTE_CACHED
	andi	$t1, $s3, RIGHT_WRITE
	beqz	$t1, 6f
	ori	$t0, $t0, PTE_D
6:	sw	$t6, 0($t7)
	sw	$t0, 4($t7)
	# The TLB: an entry it holds for the page (an old binding, or the
	# invalid entry of the miss that led here) takes the binding; else the
	# refill loads it from the software TLB on the first access.
	mtc0	$s1, $10
	mtc0	$t8, $10, 1
	mtc0	$t0, $2
	tlbp
	mfc0	$t1, $0
	bltz	$t1, 7f
	tlbwi
7:
	move	$v0, $zero
9:	LEAVE

# stlb_slot(s1 = page-aligned user address, t8 = its VSID) -> t7 = the
# kseg0 address of its software-TLB slot, t6 = its tag: the address xor
# (VSID << 1 | 1). Clobbers t5.
stlb_slot:
	srl	$t7, $s1, 12
	xor	$t7, $t7, $t8
	andi	$t7, $t7, 0xfff
	sll	$t7, $t7, 3
	la	$t5, stlb
	addu	$t7, $t7, $t5
	sll	$t6, $t8, 1
	ori	$t6, $t6, 1
	xor	$t6, $t6, $s1
	jr	$ra

# exo_unbind(a0 = user address): the caller's binding of that page goes
# (its software-TLB slot and TLB entry); the physical page stays its
# owner's. -EINVAL when nothing is bound there.
	.globl	exo_unbind
exo_unbind:
	ENTER
	li	$v0, -EINVAL
	bltz	$a0, 9f
	andi	$t0, $a0, 0xfff
	bnez	$t0, 9f
	move	$s1, $a0
	lw	$t8, ENV_VSID($s0)
	srl	$t1, $s1, 28
	addu	$t8, $t8, $t1
	jal	stlb_slot
	lw	$t0, 0($t7)
	li	$v0, -EINVAL
	bne	$t0, $t6, 9f		# not bound there
	lw	$a0, 4($t7)
	sw	$zero, 0($t7)
	sw	$zero, 4($t7)
	jal	tlb_drop		# s1, t8: the TLB entry, if any
	srl	$a0, $a0, 6
	jal	own_of
	beqz	$t9, 7f
	lw	$t0, 0($t9)
	li	$t1, 0x100
	sltu	$t2, $t0, $t1
	bnez	$t2, 7f
	subu	$t0, $t0, $t1
	sw	$t0, 0($t9)
7:	move	$v0, $zero
9:	LEAVE

# tlb_drop(s1 = user address, t8 = VSID): a TLB entry that maps the page
# is invalidated. Clobbers t1.
tlb_drop:
	mtc0	$s1, $10
	mtc0	$t8, $10, 1
	tlbp
	mfc0	$t1, $0
	bltz	$t1, 1f
	mtc0	$zero, $2
	tlbwi
1:	jr	$ra

	.bss
	.align	15
	.globl	stlb
stlb:	.space	4096*8			# the software TLB: tag, EntryLo
	.data
	.align	2
free_hint:	.word	0		# pages from this number up are taken
	.globl	grants
grants:	.space	NGRANT*12		# capabilities: page, holder (index + 1), rights
