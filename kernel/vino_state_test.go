package kernel

import (
	"context"
	"sort"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"graftlab/cpu"
	"graftlab/profile"
)

// vinoState is the kernel's state that an aborted invocation must leave as
// it found it, read from guest memory: the graft records (but for their
// counters), the policy variables, the locks, the logs, the heap pages, the
// free physical pages, the graft space's page table and the TLB's entries
// for it.
type vinoState struct {
	Grafts                          [VinoSlots][6]uint32 // state, point, owner, heap, used, heap end
	Vars                            [64]uint32
	LockOwners                      [16]uint32
	Depth, Cur, UndoN, HeldN, Pages uint32
	CurEnv                          uint32
	FreePages                       []uint32
	PTEs                            map[uint32]uint32 // graft-space page -> PTE, for the mapped ones
	TLB                             map[uint32]uint32 // graft-space page -> EntryLo, valid entries
}

func readVinoState(t *testing.T, sys *System) vinoState {
	t.Helper()
	w := func(a uint32) uint32 {
		v, err := ramWord(sys.Machine, a)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	sym := func(n string) uint32 {
		a, err := sys.Kernel.Symbol(n)
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	var s vinoState
	g := sym("vino_grafts")
	for i := range s.Grafts {
		r := g + uint32(i)*128
		s.Grafts[i] = [6]uint32{w(r), w(r + 4), w(r + 12), w(r + 84), w(r + 44), w(r + 88)}
	}
	for i := range s.Vars {
		s.Vars[i] = w(sym("vino_vars") + 4*uint32(i))
	}
	for i := range s.LockOwners {
		s.LockOwners[i] = w(sym("vino_locks") + 8*uint32(i))
	}
	s.Depth, s.Cur, s.UndoN, s.HeldN, s.Pages = w(sym("vino_depth")), w(sym("vino_cur")), w(sym("vino_undo_n")), w(sym("vino_held_n")), w(sym("vino_pages"))
	s.CurEnv = w(sym("curenv"))
	// Free pages: the free list, then the never-used ones, as a set.
	for p, n := w(sym("free_list")), 0; p != 0; p, n = w(p), n+1 {
		if n > 1<<16 {
			t.Fatal("free list does not end")
		}
		s.FreePages = append(s.FreePages, p&0x1fffffff)
	}
	end := w(sym("free_end"))
	for p := w(sym("free_next")); p < end; p += 4096 {
		// Pages the firmware gave an owner are skipped by alloc_page.
		s.FreePages = append(s.FreePages, p)
	}
	sort.Slice(s.FreePages, func(i, j int) bool { return s.FreePages[i] < s.FreePages[j] })
	// The graft space's page table (VSID 1).
	s.PTEs = map[uint32]uint32{}
	seg := w(sym("vsid_dir") + 4*VinoVSID)
	for i := uint32(0); i < 64; i++ {
		leaf := w(seg + 4*i)
		if leaf == sym("empty_leaf") {
			continue
		}
		for j := uint32(0); j < 1024; j++ {
			if pte := w(leaf + 4*j); pte != 0 {
				s.PTEs[VinoBase|i<<22|j<<12] = pte
			}
		}
	}
	s.TLB = map[uint32]uint32{}
	for _, e := range sys.Machine.MMU.TLB {
		if e.VSID == VinoVSID && e.EntryLo&2 != 0 {
			s.TLB[e.EntryHi&^0xfff] = e.EntryLo
		}
	}
	return s
}

// A graft that changes a policy variable, takes a lock, allocates and
// writes two heap pages and then misbehaves leaves the kernel exactly as it
// was before the invocation, under MiSFIT with VINO and unprotected with
// VINO alike.
func TestVinoAbortRestores(t *testing.T) {
	work := `
	.globl	g
g:
	addiu	$sp, $sp, -24
	sw	$ra, 20($sp)
	li	$a0, 5
	jal	vino_set
	li	$a1, 77
	jal	vino_lock
	li	$a0, 2
	jal	vino_alloc
	nop
	li	$t0, 0x1234
	sw	$t0, 0($v0)
	jal	vino_alloc
	nop
	sw	$t0, 8($v0)
`
	for _, c := range []struct {
		name, tail  string
		unprotected bool
		want        int
	}{
		{"misfit-loop", "1:\tb 1b\n\tnop\n", false, 100 + VinoLock},
		{"unprotected-break", "\tbreak\n", true, 100 + VinoFault},
		{"misfit-quota", "\tjal vino_alloc\n\tnop\n\tjal vino_alloc\n\tnop\n", false, 100 + VinoQuotaExceeded},
	} {
		t.Run(c.name, func(t *testing.T) {
			g := vinoGraft(t, work+c.tail, "g", c.unprotected)
			g.Budget = 5_000_000
			exe := guestProg(t, Conventional, vinoCallProg(t, 0, 0, 1))
			cfg := Config{Program: exe, Grafts: []VinoGraft{g}, TimerInterval: 20000}
			cfg.Profile = dec5000(t)
			sys, err := Boot(cfg)
			if err != nil {
				t.Fatal(err)
			}
			var before, during, after *vinoState
			begin, _ := sys.Kernel.Symbol("vino_begin")
			exit, _ := sys.Kernel.Symbol("sys_exit")
			m := sys.Machine
			m.AddCodeHook(cpu.Range{Begin: begin, End: begin + 4}, func(m *cpu.Machine, pc uint32) {
				if before == nil {
					s := readVinoState(t, sys)
					before = &s
				}
			})
			end, _ := sys.Kernel.Symbol("vino_end")
			m.AddCodeHook(cpu.Range{Begin: end, End: end + 4}, func(m *cpu.Machine, pc uint32) {
				s := readVinoState(t, sys)
				during = &s
			})
			m.AddCodeHook(cpu.Range{Begin: exit, End: exit + 4}, func(m *cpu.Machine, pc uint32) {
				s := readVinoState(t, sys)
				after = &s
			})
			stop, err := sys.Run(context.Background(), cpu.Limits{MaxInstructions: 20_000_000})
			if err != nil {
				t.Fatal(err)
			}
			if stop.Reason != cpu.StopHalted || stop.Status != c.want {
				t.Fatalf("stopped %v with status %d, want %d", stop.Reason, stop.Status, c.want)
			}
			if before == nil || during == nil || after == nil {
				t.Fatal("hooks did not run")
			}
			// What the graft did, seen as the transaction ends.
			if during.Pages != 2 || during.Vars[5] != 77 || during.LockOwners[2] != 1 || during.UndoN != 3 || during.HeldN != 1 ||
				len(during.PTEs) != len(before.PTEs)+2 || len(during.FreePages) != len(before.FreePages)-2 {
				t.Errorf("during the transaction: %d pages, var 5 = %d, lock 2 owner %d, %d undo, %d held, %d PTEs (%d before), %d free pages (%d before)",
					during.Pages, during.Vars[5], during.LockOwners[2], during.UndoN, during.HeldN, len(during.PTEs), len(before.PTEs), len(during.FreePages), len(before.FreePages))
			}
			if len(before.PTEs) == 0 || len(before.FreePages) == 0 {
				t.Fatalf("empty state: %d PTEs, %d free pages", len(before.PTEs), len(before.FreePages))
			}
			for page, lo := range after.TLB {
				if after.PTEs[page] != lo {
					t.Errorf("TLB entry for %#x is %#x, its PTE %#x", page, lo, after.PTEs[page])
				}
			}
			if d := cmp.Diff(*before, *after, cmpopts.IgnoreFields(vinoState{}, "TLB")); d != "" {
				t.Errorf("kernel state after the abort differs (-before +after):\n%s", d)
			}
		})
	}
}

func dec5000(t testing.TB) *profile.Profile {
	t.Helper()
	p, err := profile.Lookup("dec5000")
	if err != nil {
		t.Fatal(err)
	}
	return p
}
