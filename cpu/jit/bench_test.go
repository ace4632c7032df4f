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
