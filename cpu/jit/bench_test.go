package jit

import (
	"context"
	"encoding/binary"
	"math/rand/v2"
	"testing"

	"graftlab/cpu"
	"graftlab/isa"
)

// benchPC puts the benchmark's block at the end of a page, where the Fast
// engine's blocks end too, so that every engine runs exactly it.
const (
	benchPC   = 0x80000f80
	benchSize = 32
)

// benchWords is a fixed block of benchSize supported instructions.
func benchWords() []uint32 {
	rng := rand.New(rand.NewPCG(5, 6))
	w := make([]uint32, benchSize)
	for i := range w {
		w[i] = isa.MustEncode(aluInst(rng.Uint64()))
	}
	return w
}

// BenchmarkALUBlock runs one block of 32 ALU instructions per iteration:
// compiled, and on the registered engines of package cpu (one Run of 32
// instructions each), on the ideal profile. MIPS is guest instructions per
// host second, in millions.
func BenchmarkALUBlock(b *testing.B) {
	p := lookupProfile(b, "ideal")
	w := benchWords()
	s0 := randomState(rand.New(rand.NewPCG(7, 8)))
	mips := func(b *testing.B) {
		b.ReportMetric(float64(benchSize)*float64(b.N)/b.Elapsed().Seconds()/1e6, "MIPS")
	}
	b.Run("jit", func(b *testing.B) {
		c := newTestCache(b, MinCodeCacheSize)
		blk, err := Compile(benchPC, w, p)
		if err != nil {
			b.Fatal(err)
		}
		if err := c.Install(blk); err != nil {
			b.Fatal(err)
		}
		s := s0
		b.ResetTimer()
		for range b.N {
			if _, err := blk.Run(&s); err != nil {
				b.Fatal(err)
			}
		}
		mips(b)
	})
	for _, e := range cpu.Engines() {
		b.Run(e.Name(), func(b *testing.B) {
			m, err := cpu.New(cpu.Config{Profile: p, RAMSize: testRAM})
			if err != nil {
				b.Fatal(err)
			}
			code := make([]byte, 4*len(w))
			for i, v := range w {
				binary.LittleEndian.PutUint32(code[4*i:], v)
			}
			if err := m.Bus.WriteBytes(benchPC&0x1fffffff, code); err != nil {
				b.Fatal(err)
			}
			m.GPR = s0.GPR
			ctx := context.Background()
			lim := cpu.Limits{MaxInstructions: benchSize}
			b.ResetTimer()
			for range b.N {
				m.SetPC(benchPC)
				if _, err := e.Run(ctx, m, lim); err != nil {
					b.Fatal(err)
				}
			}
			b.StopTimer()
			if m.Stats.Instructions != uint64(benchSize*b.N) {
				b.Fatalf("%d instructions, want %d", m.Stats.Instructions, benchSize*b.N)
			}
			mips(b)
		})
	}
}

// BenchmarkCompileALU compiles and installs the benchmark's block.
func BenchmarkCompileALU(b *testing.B) {
	p := lookupProfile(b, "ideal")
	w := benchWords()
	c := newTestCache(b, DefaultCodeCacheSize)
	for range b.N {
		blk, err := Compile(benchPC, w, p)
		if err != nil {
			b.Fatal(err)
		}
		if err := c.Install(blk); err != nil {
			b.Fatal(err)
		}
	}
}

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
// instructions a Run, on the compiler engine and on each engine of
// package cpu's registry. MIPS is guest instructions per host second, in
// millions.
func BenchmarkEngineLoop(b *testing.B) {
	const perRun = 100000
	engines := append([]cpu.Engine{Engine{}}, cpu.Engines()...)
	for _, e := range engines {
		b.Run(e.Name(), func(b *testing.B) {
			if _, ok := e.(Engine); ok && !Supported {
				b.Skip("compiled code does not run on this host")
			}
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
