package cpu

import (
	"testing"
	"time"

	"graftlab/isa"
)

// Loop kernels for the guest-MIPS benchmarks. Each runs forever; the
// benchmark bounds it by instruction count.
var loopKernels = []struct {
	name  string
	build func(b *isa.Builder)
}{
	{"alu", func(b *isa.Builder) { // integer bit twiddling
		loop := b.Here("loop")
		b.R(isa.XOR, isa.T0, isa.T0, isa.T1)
		b.Shift(isa.SLL, isa.T2, isa.T0, 3)
		b.R(isa.ADDU, isa.T1, isa.T1, isa.T2)
		b.Shift(isa.SRL, isa.T3, isa.T1, 7)
		b.R(isa.OR, isa.T0, isa.T0, isa.T3)
		b.BranchNop(isa.BEQ, isa.Zero, isa.Zero, loop)
	}},
	{"checksum", func(b *isa.Builder) { // sum of a 4 KiB buffer, word by word
		outer := b.Here("outer")
		b.Li(isa.A0, dataBase)
		b.Addiu(isa.A1, isa.A0, 4096)
		inner := b.Here("inner")
		b.Lw(isa.T0, 0, isa.A0)
		b.Addiu(isa.A0, isa.A0, 4)
		b.Bne(isa.A0, isa.A1, inner)
		b.Addu(isa.V0, isa.V0, isa.T0)
		b.BranchNop(isa.BEQ, isa.Zero, isa.Zero, outer)
	}},
	{"bytestore", func(b *isa.Builder) { // strided byte stores
		outer := b.Here("outer")
		b.Li(isa.A0, dataBase)
		b.Addiu(isa.A1, isa.A0, 4096)
		inner := b.Here("inner")
		b.Mem(isa.SB, isa.T0, 0, isa.A0)
		b.Addiu(isa.A0, isa.A0, 3)
		b.R(isa.SLTU, isa.T1, isa.A0, isa.A1)
		b.Bne(isa.T1, isa.Zero, inner)
		b.Addiu(isa.T0, isa.T0, 1)
		b.BranchNop(isa.BEQ, isa.Zero, isa.Zero, outer)
	}},
	{"storemix", func(b *isa.Builder) { // word, halfword and byte stores to words that share D-cache lines
		outer := b.Here("outer")
		b.Li(isa.A0, dataBase)
		b.Addiu(isa.A1, isa.A0, 1024)
		b.Li(isa.S0, 0x20000) // the D-cache's size on dec5000: A2 shares A0's line
		inner := b.Here("inner")
		b.R(isa.ADDU, isa.A2, isa.A0, isa.S0)
		b.Mem(isa.SW, isa.T0, 0, isa.A0) // fills the line
		b.Mem(isa.SB, isa.T0, 1, isa.A2) // drops A0's word
		b.Lw(isa.T1, 0, isa.A2)          // refills: the write buffer drains
		b.Mem(isa.SH, isa.T1, 2, isa.A2) // hits: the merge costs
		b.Mem(isa.SB, isa.T1, 3, isa.A0) // drops A2's word
		b.Mem(isa.SW, isa.T1, 4, isa.A0)
		b.Addiu(isa.A0, isa.A0, 8)
		b.Bne(isa.A0, isa.A1, inner)
		b.Addu(isa.T0, isa.T0, isa.T1)
		b.BranchNop(isa.BEQ, isa.Zero, isa.Zero, outer)
	}},
	{"mul", func(b *isa.Builder) { // multiply-accumulate
		loop := b.Here("loop")
		b.R(isa.MUL, isa.T0, isa.T0, isa.T1)
		b.Addiu(isa.T0, isa.T0, 13)
		b.Emit(isa.Inst{Op: isa.MADDU, Rs: isa.T0, Rt: isa.T1})
		b.BranchNop(isa.BEQ, isa.Zero, isa.Zero, loop)
	}},
}

func BenchmarkInterp(b *testing.B) { benchEngine(b, Interp{}) }

func BenchmarkFast(b *testing.B) { benchEngine(b, Fast{}) }

// BenchmarkJIT runs the kernels on the compiled engine, where it is
// registered (a test binary that links cpu/jit: this package's does).
func BenchmarkJIT(b *testing.B) {
	eng, err := EngineByName("jit")
	if err != nil {
		b.Skip(err)
	}
	benchEngine(b, eng)
}

func benchEngine(b *testing.B, eng Engine) {
	for _, k := range loopKernels {
		for _, prof := range []string{"ideal", "dec5000"} {
			b.Run(k.name+"/"+prof, func(b *testing.B) {
				m := newTestMachine(b, prof)
				load(b, m, k.build)
				m.GPR[isa.T1] = 0x9e3779b9
				const chunk = 1 << 16
				start := time.Now()
				for b.Loop() {
					if _, err := eng.Run(b.Context(), m, Limits{MaxInstructions: chunk}); err != nil {
						b.Fatal(err)
					}
				}
				secs := time.Since(start).Seconds()
				b.ReportMetric(float64(m.Stats.Instructions)/secs/1e6, "guest-MIPS")
				b.ReportMetric(float64(m.Stats.Cycles)/float64(m.Stats.Instructions), "cycles/inst")
			})
		}
	}
}
