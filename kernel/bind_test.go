package kernel

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"testing"

	"graftlab/cpu"
)

// Secure bindings (bind.s): pages owned by environments, capabilities,
// and bindings the kernel checks against them.

// exoCall is the assembly of one exokernel call with up to three
// arguments; CHECK fails with status n unless v0 equals want.
const bindMacros = `
	.macro	CALL n, a=0, b=0, c=0
	li	$a0, \a
	li	$a1, \b
	li	$a2, \c
	li	$v0, \n
	syscall
	.endm
	.macro	CHECK want, n
	li	$t0, \want
	beq	$v0, $t0, 1f
	nop
	EXIT	\n
1:
	.endm
`

// One environment: allocate by physical number, bind, use, unbind, free;
// and every refusal.
func TestSecureBindings(t *testing.T) {
	x := guestProg(t, Exokernel, bindMacros+`
	CALL	13, 3000		# EXO_PAGE_ALLOC of page 3000
	CHECK	3000, 1
	CALL	13, 3000		# taken
	CHECK	-16, 2
	CALL	13, 0x7fffffff		# no such page
	CHECK	-22, 3
	CALL	13, 5			# the kernel's
	CHECK	-16, 4
	CALL	16, 0x10000000, 3000, 3	# bind it read-write at 0x10000000
	CHECK	0, 5
	li	$t1, 0x10000000
	li	$t2, 0x1234
	sw	$t2, 8($t1)
	lw	$t3, 8($t1)
	bne	$t3, $t2, 9f
	nop
	CALL	14, 3000		# freed while bound
	CHECK	-16, 6
	CALL	16, 0x80001000, 3000, 1	# over the kernel
	CHECK	-22, 7
	CALL	16, 0x10001000, 5, 1	# a page it does not own
	CHECK	-1, 8
	CALL	16, 0x10001000, 3000, 4	# bad rights
	CHECK	-22, 9
	CALL	17, 0x10000000		# unbind
	CHECK	0, 10
	CALL	14, 3000		# free
	CHECK	0, 11
	CALL	14, 3000		# twice
	CHECK	-1, 12
	CALL	13, 3000		# again: zeroed
	CHECK	3000, 13
	CALL	16, 0x10000000, 3000, 1	# read-only now
	CHECK	0, 14
	li	$t1, 0x10000000
	lw	$t3, 8($t1)
	bnez	$t3, 9f
	nop
	sw	$t3, 8($t1)		# a write to a read-only binding: TLB Mod
	EXIT	15
9:	EXIT	16
`)
	_, status, sys := bootRun(t, Config{Program: x, Personality: Exokernel, RAMSize: 16 << 20}, 1_000_000)
	c, _ := sys.Crash()
	if status != 128+11 || c.Code() != 1 || c.BadVAddr != 0x10000008 {
		t.Errorf("status %d (a failed check is its number), crash %v; want the write to the read-only binding killed", status, c)
	}
}

// Two environments: a page shared read-only by capability can be bound
// read-only by the other and not read-write; taken back, not at all.
func TestCapabilities(t *testing.T) {
	owner := guestProg(t, Exokernel, bindMacros+`
	CALL	13, 3001
	CHECK	3001, 1
	CALL	16, 0x10000000, 3001, 3
	CHECK	0, 2
	li	$t1, 0x10000000
	li	$t2, 0x5a5a
	sw	$t2, 0($t1)
	CALL	15, 3001, 1, 1		# a read capability for environment 1
	CHECK	0, 3
	li	$a0, 1			# its turn
	li	$v0, 5
	syscall
	CALL	15, 3001, 1, 0		# taken back
	CHECK	0, 4
	li	$a0, 1
	li	$v0, 5
	syscall
	EXIT	0
`)
	other := guestProg(t, Exokernel, bindMacros+`
	CALL	16, 0x20000000, 3001, 3	# read-write: more than it was granted
	CHECK	-1, 21
	CALL	16, 0x20000000, 3001, 1	# read
	CHECK	0, 22
	li	$t1, 0x20000000
	lw	$t2, 0($t1)
	li	$t3, 0x5a5a
	bne	$t2, $t3, 9f
	nop
	li	$a0, 0			# bound when the capability is taken back
	li	$v0, 5
	syscall
	CALL	16, 0x20000000, 3001, 1	# the capability is gone
	CHECK	-1, 24
	CALL	14, 3001		# not its page
	CHECK	-1, 25
	li	$t1, 0x20000000		# and so is the binding: a fault
	lw	$t2, 0($t1)
	EXIT	27
9:	EXIT	26
`)
	_, status, sys := bootRun(t, Config{Program: owner, Personality: Exokernel, RAMSize: 16 << 20,
		Programs: []Program{{Executable: other}}}, 1_000_000)
	if ex := sys.Exits(); status != 0 || ex[1].Crash.Signal != 11 || ex[1].Crash.BadVAddr != 0x20000000 {
		t.Errorf("status %d, exits %+v (a failed check is its number); want the holder's access after revocation to fault", status, ex)
	}
}

// FuzzBindCalls runs random sequences of the exokernel's memory calls
// (alloc, free, share, bind, unbind, reclaim, the asked and repossessed
// queries, and protect with a store after it, with small arguments so that
// they meet) from two environments, each touching the pages it binds, with
// the timer running so that revocation deadlines pass. The kernel never
// crashes, its text is intact, and a memory hook checks every
// user access to an environment's page against the ownership table and
// the capabilities the kernel keeps: no environment reads or writes a page
// it neither owns nor holds a capability for.
func FuzzBindCalls(f *testing.F) {
	f.Add([]byte{0, 0, 3, 0, 0, 0, 0, 0, 0, 3, 0, 0, 2, 1, 1, 1})
	f.Add([]byte{0, 1, 0, 0, 2, 0, 1, 1, 3, 1, 0, 3, 1, 2, 1, 1, 4, 1, 0})
	// A page shared, bound by the holder, the capability taken back.
	f.Add([]byte{0, 0, 0, 0, 0, 2, 0, 4, 1, 3, 0, 0, 0, 2, 0, 1, 1, 3, 0, 0, 1, 4, 0, 0})
	// A page bound by its owner and its capability's holder, asked back
	// until it is taken by force; the owner reads its repossession vector.
	f.Add([]byte{0, 0, 1, 0, 0, 3, 1, 0, 0, 2, 1, 4, 1, 3, 1, 0, 1, 5, 1, 0, 1, 5, 1, 0, 1, 5, 1, 0, 1, 5, 1, 0, 1, 5, 1, 0, 0, 6, 0, 0, 1, 0, 1, 0})
	k, err := Build()
	if err != nil {
		f.Fatal(err)
	}
	ownAddr, _ := k.Symbol("page_own")
	grantsAddr, _ := k.Symbol("grants")
	curenvAddr, _ := k.Symbol("curenv")
	envsAddr, _ := k.Symbol("envs")
	ktext := k.Segments[0]
	f.Fuzz(func(t *testing.T, ops []byte) {
		if len(ops) > 120 {
			ops = ops[:120]
		}
		// Each op is 4 bytes: environment, call, page, argument.
		var src [2]string
		for i := 0; i+4 <= len(ops); i += 4 {
			env, call, page, arg := ops[i]%2, ops[i+1]%8, 3000+int(ops[i+2]%4), int(ops[i+3])
			va := 0x10000000 + (arg%4)*0x1000
			var s string
			switch call {
			case 0:
				s = fmt.Sprintf("\tCALL 13, %d\n", page)
			case 1:
				s = fmt.Sprintf("\tCALL 14, %d\n", page)
			case 2:
				s = fmt.Sprintf("\tCALL 15, %d, %d, %d\n", page, arg%3, arg/3%4)
			case 3:
				s = fmt.Sprintf("\tCALL 16, %d, %d, %d\n\tbnez $v0, 1f\n\tnop\n\tli $t1, %d\n\tlw $t2, 0($t1)\n\tsw $t2, 4($t1)\n1:\n", va, page, 1+arg%3, va)
			case 4:
				s = fmt.Sprintf("\tCALL 17, %d\n", va)
			case 5:
				s = fmt.Sprintf("\tCALL 18, %d\n", page)
			case 6:
				s = "\tCALL 19\n\tCALL 20\n"
			case 7:
				s = fmt.Sprintf("\tCALL 21, %d, %d, %d\n\tli $t1, %d\n\tsw $t1, 8($t1)\n", va, 1+arg/4%3, 1+arg/12%2*2, va)
			}
			src[env] += s + "\tli $a0, -1\n\tli $v0, 5\n\tsyscall\n"
		}
		// A write to a read-only binding is a fault: a handler skips it.
		handler := "\tla $a0, handler\n\tli $a1, 0x7000\n\tli $v0, 3\n\tsyscall\n"
		tail := "\tEXIT 0\nhandler:\n\taddiu $t0, $t0, 4\n\tlw $t1, 0x7004($zero)\n\tlw $t2, 0x7008($zero)\n\tjr $t0\n\tlw $t0, 0x7000($zero)\n"
		a := guestProg(t, Exokernel, bindMacros+handler+src[0]+tail)
		b := guestProg(t, Exokernel, bindMacros+handler+src[1]+tail)
		// The timer lets revocation deadlines pass (EXO_RECLAIM).
		sys, err := Boot(Config{Program: a, Personality: Exokernel, RAMSize: 16 << 20, TimerInterval: 3000,
			Programs: []Program{{Executable: b}}})
		if err != nil {
			t.Fatal(err)
		}
		ram := sys.Machine.Bus.RAM()
		word := func(va uint32) uint32 { return binary.LittleEndian.Uint32(ram[va&0x1fffffff:]) }
		var bad string
		sys.Machine.AddMemHook(cpu.MemRead|cpu.MemWrite, cpu.Range{}, func(m *cpu.Machine, ev cpu.MemEvent) {
			if ev.PC >= 0x80000000 || bad != "" {
				return
			}
			own := word(word(ownAddr) + ev.PAddr>>12*4)
			owner := own & 0xff
			if owner == 0 || owner == 0xff {
				return
			}
			me := (word(curenvAddr)-envsAddr)>>10 + 1
			if owner == me {
				return
			}
			for g := uint32(0); g < 64; g++ {
				e := grantsAddr + 12*g
				if word(e) == ev.PAddr>>12 && word(e+4) == me && (ev.Kind == cpu.MemRead || word(e+8)&2 != 0) {
					return
				}
			}
			bad = fmt.Sprintf("environment %d touched page %d of environment %d at %#x", me-1, ev.PAddr>>12, owner-1, ev.VAddr)
		})
		stop, err := sys.Run(context.Background(), cpu.Limits{MaxInstructions: 2_000_000})
		if err != nil {
			t.Fatal(err)
		}
		if stop.Reason != cpu.StopHalted {
			t.Fatalf("stopped: %v", stop)
		}
		if bad != "" {
			t.Fatal(bad)
		}
		pa := ktext.Addr & 0x1fffffff
		if !bytes.Equal(ram[pa:pa+uint32(len(ktext.Data))], ktext.Data) {
			t.Fatal("kernel text modified")
		}
	})
}

// The software TLB: two pages whose slots collide evict each other's
// binding; touching the evicted one is a TLB-miss upcall to the
// environment's handler, which binds it again from its own page table and
// resumes the access.
func TestSTLBUpcall(t *testing.T) {
	x := guestProg(t, Exokernel, bindMacros+`
	la	$a0, handler		# the TLB-miss handler (the library OS's)
	li	$a1, 0x7000
	li	$v0, 3
	syscall
	CALL	13, 3000
	CHECK	3000, 1
	CALL	13, 3001
	CHECK	3001, 2
	CALL	16, 0x10000000, 3000, 3
	CHECK	0, 3
	li	$t1, 0x10000000
	li	$t2, 11
	sw	$t2, 0($t1)
	# 0x10001000 ^ ... : the slot is (page ^ VSID) mod 4096, so 4096
	# pages on, the same slot: 0x11000000.
	CALL	16, 0x11000000, 3001, 3	# evicts 0x10000000's binding
	CHECK	0, 4
	li	$t1, 0x11000000
	li	$t2, 22
	sw	$t2, 0($t1)
	li	$t1, 0x10000000		# a miss in the software TLB: the upcall
	lw	$t3, 0($t1)
	li	$t2, 11
	bne	$t3, $t2, 9f
	nop
	la	$t0, upcalls
	lw	$t0, 0($t0)
	li	$t2, 1
	bne	$t0, $t2, 9f
	nop
	EXIT	0
9:	EXIT	5

# The library OS's TLB-miss handler: t0 = EPC, t1 = Cause, t2 = BadVAddr.
# Its page table: 0x10000000 -> 3000, 0x11000000 -> 3001.
handler:
	la	$t3, upcalls
	lw	$t1, 0($t3)
	addiu	$t1, $t1, 1
	sw	$t1, 0($t3)
	sw	$t0, 4($t3)		# EPC: the call below clobbers t0-t9
	li	$t1, -4096
	and	$a0, $t2, $t1
	li	$a1, 3000
	li	$t1, 0x11000000
	bne	$a0, $t1, 1f
	nop
	li	$a1, 3001
1:	li	$a2, 3
	li	$v0, 16			# EXO_BIND
	syscall
	la	$t3, upcalls
	lw	$t0, 4($t3)
	lw	$t1, 0x7004($zero)
	lw	$t2, 0x7008($zero)
	jr	$t0			# the access again
	lw	$t0, 0x7000($zero)
	.data
upcalls:	.word	0, 0
`)
	_, status, sys := bootRun(t, Config{Program: x, Personality: Exokernel, RAMSize: 16 << 20}, 1_000_000)
	if status != 0 {
		t.Errorf("status %d (a failed check is its number), exits %+v", status, sys.Exits())
	}
}

// Visible revocation and the abort protocol (bind.s, exo_reclaim).
// Environment 0 asks environment 1, a library OS with a revocation entry,
// for page 3100: it is started there, unbinds and frees the page, and
// yields back. It asks environment 2, which has no revocation entry, for
// page 3201: the request stands until its deadline, then the kernel takes
// the page by force. Environment 2 loses exactly that page: its other
// pages keep their contents, the kernel's repossession vector names 3201
// once, and its next access to the page faults. Environment 1's other
// page is untouched.
func TestRevocation(t *testing.T) {
	requester := guestProg(t, Exokernel, bindMacros+`
	li	$a0, 1			# the others set up
	li	$v0, 5
	syscall
	CALL	18, 3300		# a free page: nothing to ask
	CHECK	0, 1
	CALL	18, 5			# the kernel's
	CHECK	-1, 2
	CALL	13, 3300
	CHECK	3300, 3
	CALL	18, 3300		# its own
	CHECK	-22, 4
	CALL	18, 3100		# environment 1's: asked
	CHECK	1, 5
	CALL	18, 3101		# one request at a time
	CHECK	-16, 6
	li	$a0, 1			# its revocation entry runs
	li	$v0, 5
	syscall
	CALL	18, 3100		# given back
	CHECK	0, 7
	CALL	13, 3100
	CHECK	3100, 8
	CALL	18, 3201		# environment 2's: asked, and it does not answer
	CHECK	1, 9
	li	$a0, 2
	li	$v0, 5
	syscall
	CALL	18, 3201		# before the deadline the request stands
	CHECK	1, 10
	li	$v0, 4			# EXO_TICKS: wait past the deadline
	syscall
	addiu	$s1, $v0, 3
1:	li	$v0, 4
	syscall
	sltu	$t0, $v0, $s1
	bnez	$t0, 1b
	nop
	CALL	18, 3201		# taken by force
	CHECK	0, 11
	CALL	13, 3201		# now the requester's, zeroed
	CHECK	3201, 12
	CALL	16, 0x30000000, 3201, 3
	CHECK	0, 13
	li	$t1, 0x30000000
	lw	$t2, 0x40($t1)
	bnez	$t2, 9f
	nop
	li	$a0, 2			# environment 2 finds out
	li	$v0, 5
	syscall
	EXIT	0
9:	EXIT	14
`)
	cooperating := guestProg(t, Exokernel, bindMacros+`
	CALL	13, 3100
	CHECK	3100, 21
	CALL	18, 3100		# only environment 0 may ask
	CHECK	-1, 20
	CALL	13, 3101
	CHECK	3101, 22
	CALL	16, 0x10000000, 3100, 3
	CHECK	0, 23
	CALL	16, 0x10001000, 3101, 3
	CHECK	0, 24
	li	$t1, 0x10000000
	li	$t2, 0xb0
	sw	$t2, 0x40($t1)
	li	$t2, 0xb1
	sw	$t2, 0x1040($t1)
	li	$a0, 0			# EXO_SET_ENTRY: run and revocation
	la	$a1, run
	li	$v0, 9
	syscall
	CHECK	0, 25
	li	$a0, 3
	la	$a1, revoke
	li	$v0, 9
	syscall
	CHECK	0, 26
	li	$a0, 2
	li	$v0, 5
	syscall
	EXIT	27
# The revocation entry: the page asked back, unbound and freed; back to
# the environment that asked.
revoke:
	li	$v0, 19			# EXO_PAGE_ASKED
	syscall
	li	$t0, 3100
	bne	$v0, $t0, 8f
	nop
	bnez	$a1, 8f			# asked by environment 0
	nop
	CALL	14, 3100		# still bound: refused
	CHECK	-16, 28
	CALL	17, 0x10000000
	CHECK	0, 29
	CALL	14, 3100
	CHECK	0, 30
	li	$v0, 19			# nothing asked now
	syscall
	CHECK	-1, 31
	li	$a0, 0
	li	$v0, 5
	syscall
	EXIT	32
8:	EXIT	33
# The run entry, when it next runs: its other page as it left it.
run:
	li	$t1, 0x10000000
	lw	$t2, 0x1040($t1)
	li	$t3, 0xb1
	bne	$t2, $t3, 7f
	nop
	li	$v0, 20			# nothing repossessed
	syscall
	CHECK	-1, 34
	EXIT	0
7:	EXIT	35
`)
	stubborn := guestProg(t, Exokernel, bindMacros+`
	CALL	13, 3200
	CHECK	3200, 41
	CALL	13, 3201
	CHECK	3201, 42
	CALL	13, 3202
	CHECK	3202, 43
	CALL	16, 0x10000000, 3200, 3
	CHECK	0, 44
	CALL	16, 0x10001000, 3201, 3
	CHECK	0, 45
	CALL	16, 0x10002000, 3202, 3
	CHECK	0, 46
	li	$t1, 0x10000000
	li	$t2, 0xa0
	sw	$t2, 0x40($t1)
	li	$t2, 0xa1
	sw	$t2, 0x1040($t1)
	li	$t2, 0xa2
	sw	$t2, 0x2040($t1)
	li	$a0, 0
	la	$a1, run
	li	$v0, 9
	syscall
	CHECK	0, 47
	li	$a0, 0
	li	$v0, 5
	syscall
	EXIT	48
# The run entry: back to environment 0 until the kernel has taken a page;
# then the vector names it once, the other pages are as they were, and
# the page taken is gone.
run:
	li	$v0, 20			# EXO_PAGE_REPOSSESSED
	syscall
	bgez	$v0, 1f
	nop
	li	$a0, 0
	li	$v0, 5
	syscall
	EXIT	49
1:	li	$t0, 3201
	bne	$v0, $t0, 8f
	nop
	li	$v0, 20
	syscall
	CHECK	-1, 50
	li	$t1, 0x10000000
	lw	$t2, 0x40($t1)
	li	$t3, 0xa0
	bne	$t2, $t3, 8f
	nop
	lw	$t2, 0x2040($t1)
	li	$t3, 0xa2
	bne	$t2, $t3, 8f
	nop
	lw	$t2, 0x1040($t1)	# the page taken: a fault
	EXIT	51
8:	EXIT	52
`)
	_, status, sys := bootRun(t, Config{Program: requester, Personality: Exokernel, RAMSize: 16 << 20, TimerInterval: 5000,
		Programs: []Program{{Executable: cooperating}, {Executable: stubborn}}}, 5_000_000)
	ex := sys.Exits()
	if status != 0 || !ex[1].Exited || ex[1].Status != 0 || ex[1].Crash.Signal != 0 ||
		ex[2].Crash.Signal != 11 || ex[2].Crash.BadVAddr != 0x10001040 {
		t.Errorf("status %d, exits %+v (a failed check is its number); want 0, 0, and environment 2 faulting at 0x10001040", status, ex)
	}
}

// An environment that ends keeps its pages; asked for one, the kernel
// takes it at once, bindings and capabilities included: the holder of a
// capability loses its binding too.
func TestReclaimFromEnded(t *testing.T) {
	requester := guestProg(t, Exokernel, bindMacros+`
	li	$a0, 1
	li	$v0, 5
	syscall
	CALL	16, 0x20000000, 3000, 1	# bound with the capability
	CHECK	0, 1
	li	$a0, 1			# its owner ends
	li	$v0, 5
	syscall
	CALL	18, 3000		# taken at once
	CHECK	0, 2
	CALL	13, 3000
	CHECK	3000, 3
	li	$t1, 0x20000000		# the binding made with the capability went
	lw	$t2, 0($t1)
	EXIT	4
`)
	owner := guestProg(t, Exokernel, bindMacros+`
	CALL	13, 3000
	CHECK	3000, 11
	CALL	16, 0x10000000, 3000, 3
	CHECK	0, 12
	CALL	15, 3000, 0, 1		# a read capability for environment 0
	CHECK	0, 13
	li	$a0, 0
	li	$v0, 5
	syscall
	EXIT	0
`)
	_, status, sys := bootRun(t, Config{Program: requester, Personality: Exokernel, RAMSize: 16 << 20,
		Programs: []Program{{Executable: owner}}}, 2_000_000)
	ex := sys.Exits()
	if ex[0].Crash.Signal != 11 || ex[0].Crash.BadVAddr != 0x20000000 || !ex[1].Exited || ex[1].Status != 0 {
		t.Errorf("status %d, exits %+v (a failed check is its number); want environment 0 faulting at 0x20000000", status, ex)
	}
}

// A page another environment maps cannot be freed by its owner (-EBUSY);
// a binding installed while a request for the page stands is made (the
// page is still its owner's) and broken with the rest when the kernel
// takes the page by force: here two bindings, so every slot is looked at.
func TestRevokeWhileBound(t *testing.T) {
	holder := guestProg(t, Exokernel, bindMacros+`
	li	$a0, 1
	li	$v0, 5
	syscall
	CALL	16, 0x20000000, 3400, 1	# bound with the capability
	CHECK	0, 1
	li	$a0, 1			# the owner tries to free it
	li	$v0, 5
	syscall
	CALL	18, 3400		# asked back: the owner has no revocation entry
	CHECK	1, 2
	CALL	16, 0x20001000, 3400, 1	# a second binding while the request stands
	CHECK	0, 3
	li	$t1, 0x20001000
	lw	$t2, 0($t1)
	li	$t3, 0x77
	bne	$t2, $t3, 9f
	nop
	li	$v0, 4			# past the deadline
	syscall
	addiu	$s1, $v0, 3
1:	li	$v0, 4
	syscall
	sltu	$t0, $v0, $s1
	bnez	$t0, 1b
	nop
	CALL	18, 3400		# taken: both bindings broken
	CHECK	0, 4
	li	$t1, 0x20000000
	lw	$t2, 0($t1)
	EXIT	5
9:	EXIT	6
`)
	owner := guestProg(t, Exokernel, bindMacros+`
	CALL	13, 3400
	CHECK	3400, 11
	CALL	16, 0x10000000, 3400, 3
	CHECK	0, 12
	li	$t1, 0x10000000
	li	$t2, 0x77
	sw	$t2, 0($t1)
	CALL	17, 0x10000000		# its own binding gone
	CHECK	0, 13
	CALL	15, 3400, 0, 1
	CHECK	0, 14
	li	$a0, 0
	li	$v0, 5
	syscall
	CALL	14, 3400		# another environment maps it
	CHECK	-16, 15
	li	$a0, 0
	li	$v0, 5
	syscall
	EXIT	0
`)
	// A period long enough that the owner's set-up is not preempted.
	_, status, sys := bootRun(t, Config{Program: holder, Personality: Exokernel, RAMSize: 16 << 20, TimerInterval: 100000,
		Programs: []Program{{Executable: owner}}}, 5_000_000)
	ex := sys.Exits()
	if ex[0].Crash.Signal != 11 || ex[0].Crash.BadVAddr != 0x20000000 || ex[1].Crash.Signal != 0 || (ex[1].Exited && ex[1].Status != 0) {
		t.Errorf("status %d, exits %+v (a failed check is its number); want environment 0 faulting at 0x20000000", status, ex)
	}
}

// EXO_PROTECT changes the rights of a range of bindings in one call: a
// store to a page made read-only faults (the handler skips it), made
// read-write again it succeeds; a page not bound in the range is skipped;
// write is refused for a page held with a read capability; bad ranges
// and rights are refused.
func TestProtectRange(t *testing.T) {
	x := guestProg(t, Exokernel, bindMacros+`
	la	$a0, handler
	li	$a1, 0x7000
	li	$v0, 3
	syscall
	CALL	13, 3500
	CHECK	3500, 1
	CALL	13, 3501
	CHECK	3501, 2
	CALL	16, 0x10000000, 3500, 3
	CHECK	0, 3
	CALL	16, 0x10002000, 3501, 3	# 0x10001000 is not bound
	CHECK	0, 4
	CALL	21, 0x10000000, 3, 1	# read-only: two bindings changed
	CHECK	2, 5
	li	$t1, 0x10000000
	sw	$t1, 0($t1)		# faults: skipped by the handler
	sw	$t1, 0x2000($t1)	# faults too
	la	$t0, faults
	lw	$t0, 0($t0)
	li	$t2, 2
	bne	$t0, $t2, 9f
	nop
	CALL	21, 0x10000000, 3, 3	# read-write again
	CHECK	2, 6
	li	$t1, 0x10000000
	li	$t2, 0x55
	sw	$t2, 0x2000($t1)
	lw	$t3, 0x2000($t1)
	bne	$t3, $t2, 9f
	nop
	la	$t0, faults		# no fault this time
	lw	$t0, 0($t0)
	li	$t2, 2
	bne	$t0, $t2, 9f
	nop
	CALL	21, 0x10000004, 1, 1	# unaligned
	CHECK	-22, 7
	CALL	21, 0x10000000, 1, 2	# write without read
	CHECK	-22, 8
	CALL	21, 0x7ffff000, 2, 1	# into the kernel
	CHECK	-22, 9
	CALL	21, 0x10000000, 0, 1	# nothing
	CHECK	0, 10
	CALL	21, 0x10000000, 4097, 1	# more pages than the software TLB holds
	CHECK	-22, 16
	li	$a0, 1			# the other's read capability
	li	$v0, 5
	syscall
	CALL	16, 0x10004000, 3502, 1
	CHECK	0, 12
	CALL	21, 0x10004000, 1, 3	# write: refused
	CHECK	-1, 13
	CALL	21, 0x10000000, 1, 1
	CHECK	1, 14
	CALL	21, 0x10000000, 5, 3	# its own page and the other's: refused
	CHECK	-1, 15			# whole, so its own stays read-only
	li	$t1, 0x10000000
	sw	$t1, 0($t1)
	la	$t0, faults
	lw	$t0, 0($t0)
	li	$t2, 3
	bne	$t0, $t2, 9f
	nop
	EXIT	0
9:	EXIT	11
handler:
	la	$t3, faults
	lw	$t1, 0($t3)
	addiu	$t1, $t1, 1
	sw	$t1, 0($t3)
	addiu	$t0, $t0, 4
	lw	$t1, 0x7004($zero)
	lw	$t2, 0x7008($zero)
	jr	$t0
	lw	$t0, 0x7000($zero)
	.data
faults:	.word	0
`)
	other := guestProg(t, Exokernel, bindMacros+`
	CALL	13, 3502
	CHECK	3502, 21
	CALL	15, 3502, 0, 1		# environment 0 may read it
	CHECK	0, 22
	li	$a0, 0
	li	$v0, 5
	syscall
	EXIT	0
`)
	_, status, sys := bootRun(t, Config{Program: x, Personality: Exokernel, RAMSize: 16 << 20,
		Programs: []Program{{Executable: other}}}, 2_000_000)
	if status != 0 {
		t.Errorf("status %d, exits %+v (a failed check is its number)", status, sys.Exits())
	}
}
