package cpu

import (
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
