package cpu

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"graftlab/isa"
)

func TestSnapshotRestore(t *testing.T) {
	m := newTestMachine(t, "dec5000")
	m.GPR[isa.A0] = dataBase
	load(t, m, func(b *isa.Builder) {
		loop := b.Here("loop")
		b.Lw(isa.T0, 0, isa.A0)
		b.Addiu(isa.T0, isa.T0, 3)
		b.Sw(isa.T0, 0, isa.A0)
		b.Emit(isa.Inst{Op: isa.MULT, Rs: isa.T0, Rt: isa.T0})
		b.Emit(isa.Inst{Op: isa.MFLO, Rd: isa.T1})
		b.BranchNop(isa.BEQ, isa.Zero, isa.Zero, loop)
	})
	ctx := t.Context()
	if _, err := (Interp{}).Run(ctx, m, Limits{MaxInstructions: 100}); err != nil {
		t.Fatal(err)
	}
	snap := m.Snapshot()
	if _, err := (Interp{}).Run(ctx, m, Limits{MaxInstructions: 1000}); err != nil {
		t.Fatal(err)
	}
	after := m.State
	afterStats := m.Stats
	afterWord := readWord(t, m, dataBase)

	m.Restore(snap)
	if diff := cmp.Diff(snap.State, m.State); diff != "" {
		t.Fatalf("restored state differs (-want +got):\n%s", diff)
	}
	if _, err := (Interp{}).Run(ctx, m, Limits{MaxInstructions: 1000}); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(after, m.State); diff != "" {
		t.Errorf("re-run state differs (-want +got):\n%s", diff)
	}
	if m.Stats != afterStats || readWord(t, m, dataBase) != afterWord {
		t.Errorf("re-run stats %+v word %#x, want %+v %#x", m.Stats, readWord(t, m, dataBase), afterStats, afterWord)
	}
}

// TestSnapshotDiff checks that Diff finds a difference in each part of a
// snapshot, names it, and finds none between a snapshot and a copy.
func TestSnapshotDiff(t *testing.T) {
	m := newTestMachine(t, "dec5000")
	load(t, m, func(b *isa.Builder) {
		b.Li(isa.T0, dataBase)
		b.Sw(isa.T0, 0, isa.T0)
		brk(b, 1)
	})
	run(t, m)
	want := m.Snapshot()
	if d := m.Snapshot().Diff(want); d != "" || DiffMachines(m, m) != "" {
		t.Fatalf("a machine differs from itself:\n%s", d)
	}
	for _, tc := range []struct {
		name   string
		change func(s *Snapshot)
		want   string
	}{
		{"register", func(s *Snapshot) { s.State.GPR[isa.T1]++ }, "State.GPR[9]: 0x1, want 0x0\n"},
		{"counter", func(s *Snapshot) { s.Stats.Stalls += 2 }, "Stats.Stalls: "},
		{"interlock", func(s *Snapshot) { s.extra.hiloReady = 7 }, "timing.hiloReady: 0x7, want 0x0\n"},
		{"D-cache", func(s *Snapshot) { s.mmu.DCache = nil }, "MMU.DCache: <nil>, want "},
		{"RAM", func(s *Snapshot) { s.ram[0x20] ^= 1 }, "RAM differs first at 0x20: "},
	} {
		s := m.Snapshot()
		tc.change(s)
		if d := s.Diff(want); !strings.HasPrefix(d, tc.want) {
			t.Errorf("%s: diff %q, want it to start %q", tc.name, d, tc.want)
		}
	}
}
