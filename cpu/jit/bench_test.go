package jit

import (
	"context"
	"testing"

	"graftlab/cpu"
	"graftlab/isa"
)

// benchLoopGuest is an endless ALU loop: twelve operations and a bne
// (with its delay slot) per round, 1000 rounds, then the count is set
// again.
var benchLoopGuest = guest{name: "alu loop", build: func(b *isa.Builder) {
	top := b.Here("top")
	b.Addiu(isa.T0, isa.Zero, 1000)
	loop := b.Here("loop")
	b.Addu(isa.T1, isa.T1, isa.T0)
	b.R(isa.XOR, isa.T2, isa.T2, isa.T1)
	b.Shift(isa.SLL, isa.T3, isa.T2, 3)
	b.R(isa.SLTU, isa.T4, isa.T3, isa.T1)
	b.R(isa.SUBU, isa.T5, isa.T5, isa.T4)
	b.R(isa.OR, isa.T6, isa.T6, isa.T3)
	b.Shift(isa.SRA, isa.T7, isa.T6, 5)
	b.R(isa.AND, isa.S0, isa.T7, isa.T1)
	b.I(isa.XORI, isa.S1, isa.S0, 0x5a5a)
	b.R(isa.NOR, isa.S2, isa.S1, isa.T2)
	b.R(isa.SLT, isa.S3, isa.S2, isa.T5)
	b.Addiu(isa.T0, isa.T0, -1)
	b.Bne(isa.T0, isa.Zero, loop)
	b.Addu(isa.S4, isa.S4, isa.S3) // the delay slot
	b.B(top)
	b.Nop()
}}

// BenchmarkEngineLoop runs benchLoopGuest on the ideal profile, 100,000
// instructions a Run, on each engine of package cpu's registry (the
// compiled engine among them where it runs). MIPS is guest instructions per host second, in
// millions.
func BenchmarkEngineLoop(b *testing.B) {
	const perRun = 100000
	for _, e := range cpu.Engines() {
		b.Run(e.Name(), func(b *testing.B) {
			m := newGuestMachine(b, "ideal", benchLoopGuest)
			ctx := context.Background()
			lim := cpu.Limits{MaxInstructions: perRun}
			b.ResetTimer()
			for range b.N {
				if _, err := e.Run(ctx, m, lim); err != nil {
					b.Fatal(err)
				}
			}
			b.StopTimer()
			if m.Stats.Instructions != uint64(perRun*b.N) {
				b.Fatalf("%d instructions, want %d", m.Stats.Instructions, perRun*b.N)
			}
			b.ReportMetric(float64(perRun)*float64(b.N)/b.Elapsed().Seconds()/1e6, "MIPS")
		})
	}
}
