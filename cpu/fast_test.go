package cpu

import (
	"bytes"
	"context"
	"fmt"
	"reflect"
	"testing"

	"github.com/google/go-cmp/cmp"

	"graftlab/isa"
)

// diffSnapshots compares two snapshots in full: registers, counters, the
// MMU with its caches, write buffer and micro-TLB, RAM, and the hidden
// timing state.
func diffSnapshots(want, got *Snapshot) string {
	all := cmp.Exporter(func(reflect.Type) bool { return true })
	d := cmp.Diff(want.State, got.State) + cmp.Diff(want.Stats, got.Stats) +
		cmp.Diff(want.mmu, got.mmu, all) + cmp.Diff(want.extra, got.extra, all)
	if !bytes.Equal(want.ram, got.ram) {
		for i := range want.ram {
			if want.ram[i] != got.ram[i] {
				d += fmt.Sprintf("RAM differs first at %#x: %#02x, want %#02x\n", i, got.ram[i], want.ram[i])
				break
			}
		}
	}
	return d
}

// runBoth runs the machine from its current state on both engines with lim
// and fails unless they end alike; it leaves m as the Fast engine left it.
func runBoth(t *testing.T, m *Machine, lim Limits) Stop {
	t.Helper()
	start := m.Snapshot()
	stop, err := Interp{}.Run(context.Background(), m, lim)
	if err != nil {
		t.Fatal(err)
	}
	want := m.Snapshot()
	m.Restore(start)
	fstop, err := Fast{}.Run(context.Background(), m, lim)
	if err != nil {
		t.Fatal(err)
	}
	if diff := diffSnapshots(want, m.Snapshot()); diff != "" || fstop != stop {
		t.Fatalf("fast engine differs from the interpreter (stop %v, want %v):\n%s", fstop, stop, diff)
	}
	return stop
}

// TestFastLoopKernels runs the benchmark kernels on both engines under both
// embedded profiles.
func TestFastLoopKernels(t *testing.T) {
	for _, k := range loopKernels {
		for _, prof := range []string{"ideal", "dec5000"} {
			t.Run(k.name+"/"+prof, func(t *testing.T) {
				m := newTestMachine(t, prof)
				load(t, m, k.build)
				m.GPR[isa.T1] = 0x9e3779b9
				stop := runBoth(t, m, Limits{MaxInstructions: 200_000})
				if stop.Reason != StopInstructionLimit || m.Stats.Instructions != 200_000 {
					t.Fatalf("stop %v after %d instructions", stop, m.Stats.Instructions)
				}
			})
		}
	}
}

// TestFastSelfModifyingCode stores a new instruction over one that has
// already run; the Fast engine must run the new one, as the interpreter
// does.
func TestFastSelfModifyingCode(t *testing.T) {
	for _, prof := range []string{"ideal", "dec5000"} {
		t.Run(prof, func(t *testing.T) {
			m := newTestMachine(t, prof)
			patched, err := isa.Encode(isa.Inst{Op: isa.ADDIU, Rt: isa.V0, Rs: isa.V0, Imm: 100})
			if err != nil {
				t.Fatal(err)
			}
			load(t, m, func(b *isa.Builder) {
				site := b.Here("site")     // at codeBase
				b.Addiu(isa.V0, isa.V0, 1) // patched to +100 by the first pass
				b.Li(isa.T2, patched)
				b.Li(isa.T0, codeBase)
				b.Sw(isa.T2, 0, isa.T0)
				b.Addiu(isa.T3, isa.T3, 1)
				b.Emit(isa.Inst{Op: isa.SLTI, Rt: isa.T1, Rs: isa.T3, Imm: 2})
				b.Bne(isa.T1, isa.Zero, site)
				b.Nop()
				brk(b, 0)
			})
			m.Handler = haltOnBreak
			runBoth(t, m, Limits{MaxInstructions: 1000})
			if m.GPR[isa.V0] != 101 {
				t.Fatalf("v0 = %d, want 101 (1 from the original instruction, 100 from the patched one)", m.GPR[isa.V0])
			}
		})
	}
}

// TestFastAfterRestore restores a snapshot whose code differs from what the
// Fast engine has predecoded: it must run the restored code.
func TestFastAfterRestore(t *testing.T) {
	m := newTestMachine(t, "ideal")
	m.Handler = haltOnBreak
	load(t, m, func(b *isa.Builder) { brk(b, 2) })
	snap2 := m.Snapshot()
	load(t, m, func(b *isa.Builder) { brk(b, 1) })
	if stop, err := (Fast{}).Run(context.Background(), m, Limits{MaxInstructions: 10}); err != nil || stop.Status != 1 {
		t.Fatalf("first run: %v, %v", stop, err)
	}
	m.Restore(snap2) // RAM gets break 2 back without a bus write
	if stop, err := (Fast{}).Run(context.Background(), m, Limits{MaxInstructions: 10}); err != nil || stop.Status != 2 {
		t.Fatalf("after restore: %v, %v", stop, err)
	}
}
