package kernel

import (
	"testing"

	"graftlab/isa"
)

// mprotect (vm.s): the conventional personality's page protection.

// mprotectMacros: MPROT addr, len, prot calls mprotect; WANT n, errno
// exits with n unless the call returned errno (0: success; an error
// comes back as Linux o32 does, v0 = the positive errno and a3 = 1).
const mprotectMacros = `
	.macro	MPROT addr, len, prot
	li	$a0, \addr
	li	$a1, \len
	li	$a2, \prot
	li	$v0, 4125
	syscall
	.endm
	.macro	WANT n, errno
	li	$t0, \errno
	bne	$v0, $t0, 8f
	nop
	sltu	$t1, $zero, $t0		# a3 is 1 exactly when an errno came back
	beq	$a3, $t1, 7f
	nop
8:	EXIT	\n
7:
	.endm
`

// A store to a page made read-only is a SIGSEGV (TLB Mod) at the store,
// with the page's address in BadVAddr, whether or not its translation
// was in the TLB; a page made inaccessible faults on a load.
func TestMprotectFault(t *testing.T) {
	for _, c := range []struct {
		name, body string
		code       isa.ExcCode
		badv       uint32
	}{
		{"store after the page was in the TLB", `
	li	$s0, 0x00801000
	sw	$zero, 8($s0)		# in the TLB, writable
	MPROT	0x00801000, 4096, 1
	WANT	1, 0
	lw	$t0, 8($s0)		# reads still work
	sw	$zero, 8($s0)
	EXIT	2
`, isa.ExcCode(1), 0x00801008},
		{"store to a page never touched", `
	MPROT	0x00800000, 8192, 1
	WANT	1, 0
	li	$s0, 0x00801000
	sw	$zero, 12($s0)
	EXIT	2
`, isa.ExcCode(1), 0x0080100c},
		{"load from PROT_NONE", `
	li	$s0, 0x00800000
	lw	$t0, 0($s0)
	MPROT	0x00800000, 1, 0	# a length rounds up to the page
	WANT	1, 0
	lw	$t0, 4($s0)
	EXIT	2
`, isa.ExcCode(2), 0x00800004},
	} {
		x := guestProg(t, Conventional, mprotectMacros+c.body)
		_, status, sys := bootRun(t, Config{Program: x, Regions: []Region{{VA: 0x00800000, Pages: 2, Write: true}}}, 1_000_000)
		cr, ok := sys.Crash()
		if status != 128+11 || !ok || cr.Signal != 11 || cr.Code() != c.code || cr.BadVAddr != c.badv {
			t.Errorf("%s: status %d, crash %v; want SIGSEGV (%v) at badvaddr %#x", c.name, status, cr, c.code, c.badv)
		}
	}
}

// Protected, then unprotected: the store goes through, in the TLB entry
// the fault left and in the page table, and the data is the page's own.
// A SIGSEGV handler sees the faulting address and unprotects the page,
// and the store is retried, as Appel and Li's algorithms do.
func TestMprotectUnprotect(t *testing.T) {
	x := guestProg(t, Conventional, mprotectMacros+`
	li	$s0, 0x00800000
	li	$t0, 0x1234
	sw	$t0, 0($s0)
	MPROT	0x00800000, 8192, 1
	WANT	1, 0
	MPROT	0x00800000, 8192, 3
	WANT	2, 0
	li	$t0, 0x5678
	sw	$t0, 4($s0)		# writable again
	lw	$t1, 0($s0)
	li	$t2, 0x1234
	bne	$t1, $t2, 9f
	nop
	li	$a0, 11			# SIGSEGV: unprotect and retry
	la	$a1, handler
	li	$v0, 4048
	syscall
	MPROT	0x00800000, 8192, 1
	WANT	3, 0
	li	$t0, 0x9abc
	sw	$t0, 4100($s0)		# faults once; the handler unprotects
	lw	$t1, 4100($s0)
	bne	$t1, $t0, 9f
	nop
	la	$t0, seen
	lw	$t1, 0($t0)
	li	$t2, 0x00801004
	bne	$t1, $t2, 10f
	nop
	lw	$t1, 4($t0)
	li	$t2, 1
	bne	$t1, $t2, 10f
	nop
	EXIT	0
9:	EXIT	4
10:	EXIT	5
handler:
	lw	$t0, 144($a2)		# BadVAddr
	la	$t1, seen
	sw	$t0, 0($t1)
	lw	$t2, 4($t1)
	addiu	$t2, $t2, 1
	sw	$t2, 4($t1)
	move	$s7, $ra
	li	$t1, -4096
	and	$a0, $t0, $t1
	li	$a1, 4096
	li	$a2, 3
	li	$v0, 4125
	syscall
	jr	$s7
	nop
	.data
seen:	.word	0, 0
`)
	_, status, sys := bootRun(t, Config{Program: x, Regions: []Region{{VA: 0x00800000, Pages: 2, Write: true}}}, 1_000_000)
	if status != 0 {
		cr, _ := sys.Crash()
		t.Errorf("check %d failed (crash %v)", status, cr)
	}
}

// Bad arguments get Linux's errors and change nothing: a range refused
// for a page it lacks leaves its first page writable.
func TestMprotectErrors(t *testing.T) {
	x := guestProg(t, Conventional, mprotectMacros+`
	MPROT	0x00800004, 4096, 1	# unaligned
	WANT	1, 22
	MPROT	0x00800000, 4096, 8	# unknown prot bit
	WANT	2, 22
	MPROT	0x00800000, 0, 1	# nothing to do
	WANT	3, 0
	MPROT	0x00800000, 12288, 1	# the third page is not mapped
	WANT	4, 12
	MPROT	0x00900000, 4096, 3	# nothing there
	WANT	5, 12
	MPROT	0x80010000, 4096, 1	# the kernel
	WANT	6, 12
	MPROT	0x7ffff000, 8192, 1	# into the kernel's half
	WANT	7, 12
	MPROT	0x00800000, -1, 1	# wraps
	WANT	8, 12
	MPROT	0x10000000, 4096, 3	# a read-only segment's page
	WANT	9, 13
	MPROT	0x10000000, 4096, 5	# read and execute: allowed
	WANT	10, 0
	MPROT	0x00400000, 4096, 3	# text, mapped read-only: it may be
	WANT	11, 13			# shared and there is no copy on write
	MPROT	0x00800000, 4096, 1	# a page mapped writable, protected,
	WANT	12, 0
	MPROT	0x00800000, 4096, 3	# may be made writable again
	WANT	13, 0
	li	$s0, 0x00800000
	sw	$zero, 0($s0)		# still writable after the refusals
	sw	$zero, 4096($s0)
	EXIT	0
`)
	_, status, sys := bootRun(t, Config{Program: x, Regions: []Region{{VA: 0x00800000, Pages: 2, Write: true}, {VA: 0x10000000, Pages: 1}}}, 1_000_000)
	if status != 0 {
		cr, _ := sys.Crash()
		t.Errorf("check %d failed (crash %v)", status, cr)
	}
}

// Another environment's page at the same address is its own: protecting
// one environment's page leaves the other's writable (the TLB is keyed by
// VSID, and the call walks the caller's tables only).
func TestMprotectIsolation(t *testing.T) {
	a := guestProg(t, Conventional, mprotectMacros+`
	li	$s0, 0x00800000
	sw	$zero, 0($s0)
	MPROT	0x00800000, 4096, 1
	WANT	1, 0
	li	$v0, 4162		# sched_yield: the other one runs
	syscall
	sw	$zero, 0($s0)		# still read-only: SIGSEGV
	EXIT	2
`)
	b := guestProg(t, Conventional, `
	li	$s0, 0x00800000
	sw	$zero, 0($s0)
	li	$v0, 4162
	syscall
	li	$t0, 7
	sw	$t0, 0($s0)
	lw	$t1, 0($s0)
	bne	$t0, $t1, 1f
	nop
	EXIT	0
1:	EXIT	1
`)
	r := []Region{{VA: 0x00800000, Pages: 1, Write: true}}
	_, _, sys := bootRun(t, Config{Program: a, Regions: r, Programs: []Program{{Executable: b, Regions: r}}}, 2_000_000)
	ex := sys.Exits()
	if ex[0].Crash.Signal != 11 || ex[0].Crash.BadVAddr != 0x00800000 || !ex[1].Exited || ex[1].Status != 0 || ex[1].Crash.Signal != 0 {
		t.Errorf("exits %+v; want the first killed by SIGSEGV at 0x800000 and the second to end with 0", ex)
	}
}
