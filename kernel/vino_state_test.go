package kernel

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"graftlab/cpu"
	"graftlab/profile"
)

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
			var before, during, after *VinoState
			begin, _ := sys.Kernel.Symbol("vino_begin")
			exit, _ := sys.Kernel.Symbol("sys_exit")
			m := sys.Machine
			m.AddCodeHook(cpu.Range{Begin: begin, End: begin + 4}, func(m *cpu.Machine, pc uint32) {
				if before == nil {
					s := mustVinoState(t, sys)
					before = &s
				}
			})
			end, _ := sys.Kernel.Symbol("vino_end")
			m.AddCodeHook(cpu.Range{Begin: end, End: end + 4}, func(m *cpu.Machine, pc uint32) {
				s := mustVinoState(t, sys)
				during = &s
			})
			m.AddCodeHook(cpu.Range{Begin: exit, End: exit + 4}, func(m *cpu.Machine, pc uint32) {
				s := mustVinoState(t, sys)
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
			if d := cmp.Diff(*before, *after, cmpopts.IgnoreFields(VinoState{}, "TLB")); d != "" {
				t.Errorf("kernel state after the abort differs (-before +after):\n%s", d)
			}
		})
	}
}

func mustVinoState(t *testing.T, sys *System) VinoState {
	t.Helper()
	s, err := sys.VinoState()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func dec5000(t testing.TB) *profile.Profile {
	t.Helper()
	p, err := profile.Lookup("dec5000")
	if err != nil {
		t.Fatal(err)
	}
	return p
}
