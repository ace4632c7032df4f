package misfit_test

import (
	"context"
	"encoding/binary"
	"math/rand/v2"
	"testing"

	"graftlab/isa"
	"graftlab/loader/object"
	"graftlab/misfit"
	"graftlab/misfit/internal/harness"
	"graftlab/misfit/verify"
)

// mutateInput edits the code of an input object: every 3 bytes are (word
// index, new-instruction selector).
func mutateInput(obj []byte, edits []byte) ([]byte, bool) {
	f, err := object.Parse(obj)
	if err != nil {
		return nil, false
	}
	text := f.Section(".text")
	if text == nil || len(text.Data) < 4 {
		return nil, false
	}
	n := len(text.Data) / 4
	regs := []isa.Reg{isa.A0, isa.T0, isa.SP, isa.RA, isa.V0, isa.AT, isa.S0}
	for len(edits) >= 3 {
		i := int(edits[0]) % n
		sel, arg := edits[1], edits[2]
		edits = edits[3:]
		r := regs[int(arg)%len(regs)]
		var in isa.Inst
		switch sel % 8 {
		case 0:
			in = isa.Inst{Op: isa.SW, Rt: isa.A1, Rs: r, Imm: int32(int8(arg)) * 4}
		case 1:
			in = isa.Inst{Op: isa.LW, Rt: r, Rs: isa.A0, Imm: int32(int8(arg))}
		case 2:
			in = isa.Inst{Op: isa.ADDIU, Rt: r, Rs: r, Imm: int32(int8(arg)) * 64}
		case 3:
			in = isa.Inst{Op: isa.JR, Rs: r}
		case 4:
			in = isa.Inst{Op: isa.JALR, Rd: isa.RA, Rs: r}
		case 5:
			in = isa.Inst{Op: isa.BNE, Rs: r, Rt: isa.Zero, Imm: int32(int8(arg)) % 8}
		case 6:
			in = isa.Inst{Op: isa.LUI, Rt: r, Imm: int32(arg) << 8}
		case 7:
			w := binary.LittleEndian.Uint32(text.Data[4*i:]) ^ 1<<(arg%32)
			binary.LittleEndian.PutUint32(text.Data[4*i:], w)
			continue
		}
		binary.LittleEndian.PutUint32(text.Data[4*i:], isa.MustEncode(in))
	}
	out, err := f.Marshal()
	return out, err == nil
}

// checkRewrite: the rewriter never panics, and whatever it produces the
// verifier accepts and runs confined.
func checkRewrite(t *testing.T, in []byte, entry string) {
	for _, pol := range []misfit.Policy{misfit.Sandbox, misfit.Check} {
		res, err := misfit.Rewrite(in, misfit.Options{Policy: pol})
		if err != nil {
			continue
		}
		if _, err := verify.Verify(res.Object, verify.Options{}); err != nil {
			t.Fatalf("%v: the verifier refuses the rewriter's output: %v", pol, err)
		}
		c := harness.Case{Entry: entry, Region: make([]byte, 0x4000), Args: func(base uint32) [4]uint32 {
			return [4]uint32{base + 0x1000, base + 0x2000, 64, base + 0x3000}
		}}
		run, err := harness.RunObject(context.Background(), res.Object, c, harness.Options{MaxInstructions: 20000})
		if err != nil {
			continue // not linkable alone
		}
		if len(run.Escapes) > 0 {
			t.Fatalf("%v: rewritten graft escaped: %v", pol, run.Escapes)
		}
	}
}

// TestRewriteMutations mutates the suite's input objects (seeded) and
// checks every rewrite that succeeds.
func TestRewriteMutations(t *testing.T) {
	per := 12
	if testing.Short() {
		per = 5
	}
	rng := rand.New(rand.NewPCG(3, 4))
	tried, rewritten := 0, 0
	for _, g := range grafts {
		obj := graftObject(t, g.name)
		for k := 0; k < per; k++ {
			edits := make([]byte, 3*(1+rng.IntN(3)))
			for i := range edits {
				edits[i] = byte(rng.Uint32())
			}
			m, ok := mutateInput(obj, edits)
			if !ok {
				continue
			}
			tried++
			if _, err := misfit.Rewrite(m, misfit.Options{}); err == nil {
				rewritten++
			}
			checkRewrite(t, m, g.entry)
		}
	}
	t.Logf("%d mutated inputs, %d rewritten (sandbox policy)", tried, rewritten)
	if rewritten == 0 {
		t.Fatal("no mutated input was rewritten")
	}
}

// FuzzRewrite: go test ./misfit -fuzz FuzzRewrite
func FuzzRewrite(f *testing.F) {
	var objs [][]byte
	for _, g := range grafts {
		objs = append(objs, graftObject(f, g.name))
	}
	for i := range objs {
		f.Add(uint8(i), []byte{3, 0, 1})
		f.Add(uint8(i), []byte{9, 3, 2, 4, 1, 200})
	}
	f.Fuzz(func(t *testing.T, which uint8, edits []byte) {
		if len(edits) > 48 {
			return
		}
		g := grafts[int(which)%len(grafts)]
		m, ok := mutateInput(objs[int(which)%len(objs)], edits)
		if !ok {
			return
		}
		checkRewrite(t, m, g.entry)
	})
}
