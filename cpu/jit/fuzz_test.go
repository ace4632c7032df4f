package jit

import (
	"encoding/binary"
	"errors"
	"math/rand/v2"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"graftlab/isa"
)

// fuzzCache is the code cache of one fuzzing process: small, so that the
// fuzzer flushes it often.
var fuzzCache struct {
	once sync.Once
	c    *CodeCache
	err  error
}

// FuzzCompileALU compiles a block made from prog (eight bytes an
// instruction, each a supported operation: aluInst) and runs it from
// registers made from seed, against the reference interpreter; and
// compiles the word raw alone, which must either be refused with an error
// or agree with the reference too.
func FuzzCompileALU(f *testing.F) {
	f.Add(uint64(1), []byte{}, uint32(0))
	f.Add(uint64(2), []byte("\x01\x02\x03\x04\x05\x06\x07\x08\x10\x20\x30\x40\x50\x60\x70\x80"), isa.MustEncode(isa.Inst{Op: isa.SLT, Rd: 2, Rs: 3, Rt: 4}))
	f.Add(uint64(3), []byte("\xff\xff\xff\xff\xff\xff\xff\xff"), uint32(0xfc000000))
	f.Add(uint64(4), make([]byte, 64), isa.MustEncode(isa.Inst{Op: isa.LW, Rt: 2, Rs: 29, Imm: 4}))
	p := lookupProfile(f, "ideal")
	f.Fuzz(func(t *testing.T, seed uint64, prog []byte, raw uint32) {
		if !Supported {
			t.Skip("compiled code does not run on this host")
		}
		fuzzCache.once.Do(func() { fuzzCache.c, fuzzCache.err = NewCodeCache(MinCodeCacheSize) })
		if fuzzCache.err != nil {
			t.Fatal(fuzzCache.err)
		}
		c := fuzzCache.c
		s := randomState(rand.New(rand.NewPCG(seed, seed>>32^0x9e3779b97f4a7c15)))
		check := func(w []uint32) {
			want := reference(t, p, w, s)
			got := compiled(t, c, p, w, s)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Fatalf("%#x from %v: state differs (-reference +compiled):\n%s", w, s.GPR, diff)
			}
		}
		n := min(len(prog)/8, 64)
		if n > 0 {
			w := make([]uint32, n)
			for i := range w {
				w[i] = isa.MustEncode(aluInst(binary.LittleEndian.Uint64(prog[8*i:])))
			}
			check(w)
		}
		if _, err := Compile(testPC, []uint32{raw}, p); err != nil {
			inst, derr := isa.Decode(raw)
			if derr == nil && !errors.Is(err, ErrUnsupported) {
				t.Fatalf("%s refused with %v, not as unsupported", isa.GNU(inst, testPC, nil), err)
			}
			if derr == nil && indexOf(inst.Op) >= 0 {
				t.Fatalf("%s refused: %v", isa.GNU(inst, testPC, nil), err)
			}
			return
		}
		check([]uint32{raw})
	})
}
