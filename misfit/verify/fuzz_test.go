package verify_test

import (
	"context"
	"encoding/binary"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"graftlab/isa"
	"graftlab/loader/object"
	"graftlab/misfit/internal/harness"
	"graftlab/misfit/verify"
)

var goldenNames = []string{
	"xor.sandbox", "xor.check", "cksum.sandbox", "cksum.check", "hash.sandbox", "hash.check",
	"lru.sandbox", "lru.check", "pkt.sandbox", "pkt.check", "ops.sandbox", "ops.check",
}

// templates are instructions a mutation may plant: the dangerous ones
// (dedicated registers, unchecked accesses and jumps) and ordinary ones.
var templates = []isa.Inst{
	{Op: isa.SW, Rt: isa.A0, Rs: isa.T0},
	{Op: isa.SW, Rt: isa.A0, Rs: isa.S7, Imm: 4},
	{Op: isa.LW, Rt: isa.V0, Rs: isa.SP, Imm: -8},
	{Op: isa.SB, Rt: isa.A0, Rs: isa.AT},
	{Op: isa.ADDIU, Rt: isa.S7, Rs: isa.S7, Imm: 0x4000},
	{Op: isa.ADDIU, Rt: isa.SP, Rs: isa.SP, Imm: -0x7000},
	{Op: isa.LUI, Rt: isa.T0, Imm: 0x8000},
	{Op: isa.LUI, Rt: isa.SP, Imm: 0x7fff},
	{Op: isa.AND, Rd: isa.S7, Rs: isa.T0, Rt: isa.S5},
	{Op: isa.OR, Rd: isa.S7, Rs: isa.S7, Rt: isa.S6},
	{Op: isa.AND, Rd: isa.SP, Rs: isa.SP, Rt: isa.S5},
	{Op: isa.ADDU, Rd: isa.S4, Rs: isa.T0, Rt: isa.Zero},
	{Op: isa.JR, Rs: isa.T0},
	{Op: isa.JR, Rs: isa.S4},
	{Op: isa.JALR, Rd: isa.RA, Rs: isa.S4},
	{Op: isa.BEQ, Rs: isa.Zero, Rt: isa.Zero, Imm: -3},
	{Op: isa.BNE, Rs: isa.A0, Rt: isa.Zero, Imm: 2},
	{Op: isa.SLL},
	{Op: isa.ADDU, Rd: isa.T0, Rs: isa.A0, Rt: isa.A1},
	{Op: isa.MOVN, Rd: isa.SP, Rs: isa.T0, Rt: isa.A0},
	{Op: isa.LW, Rt: isa.S4, Rs: isa.S4},
	{Op: isa.SC, Rt: isa.T0, Rs: isa.S7},
}

// mutate edits the code words of a rewritten object as edits directs:
// every 4 bytes are (word index, kind, argument).
func mutate(obj []byte, edits []byte) ([]byte, bool) {
	f, err := object.Parse(obj)
	if err != nil {
		return nil, false
	}
	text := f.Section(".text")
	if text == nil || len(text.Data) < 8 {
		return nil, false
	}
	n := len(text.Data) / 4
	for len(edits) >= 4 {
		i := int(binary.LittleEndian.Uint16(edits)) % n
		kind, arg := edits[2], edits[3]
		edits = edits[4:]
		w := binary.LittleEndian.Uint32(text.Data[4*i:])
		switch kind % 6 {
		case 0: // plant a template
			w = isa.MustEncode(templates[int(arg)%len(templates)])
		case 1: // flip a bit
			w ^= 1 << (arg % 32)
		case 2: // move a branch target
			if in, err := isa.Decode(w); err == nil && in.Info().Has(isa.FlagBranch) {
				in.Imm = int32(int16(in.Imm + int32(int8(arg))))
				w = isa.MustEncode(in)
			}
		case 3: // copy another word here
			j := (i + int(arg) + 1) % n
			w = binary.LittleEndian.Uint32(text.Data[4*j:])
		case 4: // change a register field
			in, err := isa.Decode(w)
			if err != nil {
				continue
			}
			r := isa.Reg(arg % 32)
			switch arg / 32 % 3 {
			case 0:
				in.Rs = r
			case 1:
				in.Rt = r
			case 2:
				in.Rd = r
			}
			if v, err := isa.Encode(in); err == nil {
				w = v
			}
		case 5: // change an immediate
			in, err := isa.Decode(w)
			if err != nil {
				continue
			}
			in.Imm += int32(int8(arg)) * 4
			if v, err := isa.Encode(in); err == nil {
				w = v
			}
		}
		binary.LittleEndian.PutUint32(text.Data[4*i:], w)
	}
	out, err := f.Marshal()
	return out, err == nil
}

// runConfined runs an accepted object from each of its entry points and
// fails on any escape.
func runConfined(t testing.TB, obj []byte) {
	f, err := object.Parse(obj)
	if err != nil {
		t.Fatal(err)
	}
	x, err := harness.Link(obj)
	if err != nil {
		return // not linkable on its own (a mutated relocation): nothing to run
	}
	for _, s := range f.Symbols {
		if s.Type != object.SymFunc || s.Bind != object.Global || s.Name == "__misfit_return" {
			continue
		}
		c := harness.Case{Entry: s.Name, Region: make([]byte, 0x4000), Args: func(base uint32) [4]uint32 {
			return [4]uint32{base + 0x1000, base + 0x2000, 64, base + 0x3000}
		}}
		run, err := harness.Execute(context.Background(), x, c, harness.Options{MaxInstructions: 20000})
		if err != nil {
			continue // the entry did not make it into the image (a mutated symbol): nothing ran
		}
		if len(run.Escapes) > 0 {
			os.WriteFile(filepath.Join(os.TempDir(), "misfit-escape.o"), obj, 0o644)
			t.Fatalf("accepted object escaped from %s: %v (written to %s)", s.Name, run.Escapes, filepath.Join(os.TempDir(), "misfit-escape.o"))
		}
	}
}

func loadGolden(t testing.TB) [][]byte {
	var objs [][]byte
	for _, n := range goldenNames {
		b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "misfit", "rewritten", n+".o"))
		if err != nil {
			t.Fatal(err)
		}
		objs = append(objs, b)
	}
	return objs
}

// TestMutationsConfined mutates each committed rewritten graft many times
// (seeded, so the same objects every run); whatever the verifier accepts
// must run confined.
func TestMutationsConfined(t *testing.T) {
	perObject := 80
	if testing.Short() {
		perObject = 20
	}
	rng := rand.New(rand.NewPCG(1, 2))
	tried, accepted := 0, 0
	for _, obj := range loadGolden(t) {
		for k := 0; k < perObject; k++ {
			edits := make([]byte, 4*(1+rng.IntN(3)))
			for i := range edits {
				edits[i] = byte(rng.Uint32())
			}
			m, ok := mutate(obj, edits)
			if !ok {
				continue
			}
			tried++
			if _, err := verify.Verify(m, verify.Options{}); err != nil {
				continue
			}
			accepted++
			runConfined(t, m)
		}
	}
	t.Logf("%d mutated objects, %d accepted and run confined", tried, accepted)
	if tried < 10*perObject || accepted == 0 {
		t.Fatalf("tried %d, accepted %d: the mutations are not exercising the verifier", tried, accepted)
	}
}

// FuzzVerifyMutations: go test ./misfit/verify -fuzz FuzzVerifyMutations
func FuzzVerifyMutations(f *testing.F) {
	objs := loadGolden(f)
	for i := range objs {
		f.Add(uint8(i), []byte{1, 0, 0, 5})
		f.Add(uint8(i), []byte{7, 0, 2, 200, 9, 0, 0, 12})
	}
	f.Fuzz(func(t *testing.T, which uint8, edits []byte) {
		if len(edits) > 64 {
			return
		}
		m, ok := mutate(objs[int(which)%len(objs)], edits)
		if !ok {
			return
		}
		if _, err := verify.Verify(m, verify.Options{}); err == nil {
			runConfined(t, m)
		}
	})
}

// FuzzVerifyBytes: arbitrary object bytes never make the verifier panic,
// and what it accepts runs confined.
func FuzzVerifyBytes(f *testing.F) {
	for _, b := range loadGolden(f) {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, obj []byte) {
		if _, err := verify.Verify(obj, verify.Options{}); err == nil {
			runConfined(t, obj)
		}
	})
}
