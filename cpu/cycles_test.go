package cpu

import (
	"testing"

	"graftlab/isa"
)

// TestCyclesDEC5000 checks cycle accounting against a hand count under the
// dec5000 profile: every class costs 1, a multiply's result is ready 12
// cycles after it issues, and an I-cache miss (16-byte lines) costs 16.
func TestCyclesDEC5000(t *testing.T) {
	m := newTestMachine(t, "dec5000")
	load(t, m, func(b *isa.Builder) {
		b.Emit(isa.Inst{Op: isa.MULT, Rs: isa.A0, Rt: isa.A1})
		b.Emit(isa.Inst{Op: isa.MFLO, Rd: isa.V0})
		brk(b, 0)
	})
	run(t, m)
	// mult: I-miss 16 + 1 → 17, HI/LO ready at 17+12 = 29; mflo: +1 → 18,
	// waits 11 → 29; break: +1 → 30.
	if s := m.Stats; s.Cycles != 30 || s.Stalls != 27 || s.ICacheMisses != 1 || s.Instructions != 3 {
		t.Errorf("stats %+v", s)
	}
}

func TestCyclesIdeal(t *testing.T) {
	m := newTestMachine(t, "ideal")
	load(t, m, func(b *isa.Builder) {
		b.Emit(isa.Inst{Op: isa.DIV, Rs: isa.A0, Rt: isa.A1})
		b.Emit(isa.Inst{Op: isa.MFLO, Rd: isa.V0})
		b.Lw(isa.V0, 0, isa.SP)
		brk(b, 0)
	})
	m.GPR[isa.SP] = dataBase
	run(t, m)
	if s := m.Stats; s.Cycles != 4 || s.Stalls != 0 || s.Instructions != 4 {
		t.Errorf("stats %+v", s)
	}
}
