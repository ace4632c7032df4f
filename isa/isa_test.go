package isa

import (
	"bytes"
	"errors"
	"math/rand/v2"
	"os"
	"testing"

	"graftlab/isa/internal/spec"
)

func TestTablesCurrent(t *testing.T) {
	text, err := os.ReadFile("opcodes.txt")
	if err != nil {
		t.Fatal(err)
	}
	want, err := spec.Generate(string(text))
	if err != nil {
		t.Fatal(err)
	}
	have, err := os.ReadFile("tables.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(have, want) {
		t.Fatal("tables.go is stale: run go generate ./isa")
	}
}

// Words assembled by mipsel-linux-gnu-as -march=mips32.
var knownWords = []struct {
	word uint32
	inst Inst
}{
	{0x00851021, Inst{Op: ADDU, Rd: V0, Rs: A0, Rt: A1}},
	{0x1080ffff, Inst{Op: BEQ, Rs: A0, Rt: Zero, Imm: -1}},
	{0x0411ffff, Inst{Op: BGEZAL, Imm: -1}},
	{0x24020005, Inst{Op: ADDIU, Rt: V0, Imm: 5}},
	{0x40086000, Inst{Op: MFC0, Rt: T0, Rd: 12}},
	{0x40088001, Inst{Op: MFC0, Rt: T0, Rd: 16, Sel: 1}},
	{0x0007000d, Inst{Op: BREAK, Code: 7 << 10}},
	{0x000700cd, Inst{Op: BREAK, Code: 7<<10 | 3}},
	{0x0000014c, Inst{Op: SYSCALL, Code: 5}},
	{0x008501f4, Inst{Op: TEQ, Rs: A0, Rt: A1, Code: 7}},
	{0x0320f809, Inst{Op: JALR, Rs: T9, Rd: RA}},
	{0x0c000000, Inst{Op: JAL}},
	{0x0000000f, Inst{Op: SYNC}},
	{0x0000010f, Inst{Op: SYNC, Sa: 4}},
	{0xbc940008, Inst{Op: CACHE, Rs: A0, Rt: 0x14, Imm: 8}},
	{0x42000020, Inst{Op: WAIT}},
	{0x42000160, Inst{Op: WAIT, Code: 5}},
	{0x700000ff, Inst{Op: SDBBP, Code: 3}},
	{0x42000018, Inst{Op: ERET}},
	{0x42000008, Inst{Op: TLBP}},
	{0x3c031234, Inst{Op: LUI, Rt: V1, Imm: 0x1234}},
	{0x34028000, Inst{Op: ORI, Rt: V0, Imm: 0x8000}},
	{0x8c62fffc, Inst{Op: LW, Rt: V0, Rs: V1, Imm: -4}},
	{0x70851020, Inst{Op: CLZ, Rd: V0, Rs: A0, Rt: A1}},
	{0xcc850010, Inst{Op: PREF, Rs: A0, Rt: 5, Imm: 16}},
	{0x41850800, Inst{Op: MFSR, Rt: A1, Rd: 1}},
	{0x41857801, Inst{Op: MTSR, Rt: A1, Rd: 15}},
	{0x41852002, Inst{Op: MFSRIN, Rt: A1, Rd: A0}},
	{0x41852003, Inst{Op: MTSRIN, Rt: A1, Rd: A0}},
}

func TestKnownWords(t *testing.T) {
	for _, k := range knownWords {
		got, err := Decode(k.word)
		if err != nil || got != k.inst {
			t.Errorf("Decode(%#08x) = %+v, %v; want %+v", k.word, got, err, k.inst)
		}
		w, err := Encode(k.inst)
		if err != nil || w != k.word {
			t.Errorf("Encode(%+v) = %#08x, %v; want %#08x", k.inst, w, err, k.word)
		}
	}
}

func TestDecodeErrors(t *testing.T) {
	for _, c := range []struct {
		word uint32
		cop  int
		msg  string
	}{
		{0xffffffff, 0, "reserved instruction 0xffffffff"},
		{0x00400002, 0, "reserved instruction 0x00400002"},                            // srl/rotr with rs = 2
		{0x00a51060, 0, "reserved instruction 0x00a51060"},                            // add with a non-zero sa
		{0x46800000, 1, "coprocessor 1 instruction 0x46800000: coprocessor unusable"}, // add.w
		{0x01030001, 1, "coprocessor 1 instruction 0x01030001: coprocessor unusable"}, // movt with bit 17 set
		{0xc8000000, 2, "coprocessor 2 instruction 0xc8000000: coprocessor unusable"},
		{0x41808001, 0, "reserved instruction 0x41808001"}, // mtsr with rd[4] set
	} {
		_, err := Decode(c.word)
		var de *DecodeError
		if !errors.As(err, &de) || de.Coprocessor != c.cop || err.Error() != c.msg {
			t.Errorf("Decode(%#08x) error = %v, want %q", c.word, err, c.msg)
		}
		if c.cop == 0 && !errors.Is(err, ErrReserved) || c.cop != 0 && !errors.Is(err, ErrCoprocessor) {
			t.Errorf("Decode(%#08x) error %v wraps the wrong sentinel", c.word, err)
		}
	}
}

func TestEncodeErrors(t *testing.T) {
	for _, c := range []struct {
		inst Inst
		msg  string
	}{
		{Inst{}, "encode invalid: invalid operation"},
		{Inst{Op: ADDIU, Imm: 40000}, "encode addiu: simm 40000 out of range [-32768, 32767]"},
		{Inst{Op: ORI, Imm: -1}, "encode ori: uimm 4294967295 out of range [0, 65535]"},
		{Inst{Op: SLL, Sa: 32}, "encode sll: sa 32 out of range [0, 31]"},
		{Inst{Op: MTSR, Rd: 16}, "encode mtsr: sr 16 out of range [0, 15]"},
		{Inst{Op: ADDU, Imm: 1}, "encode addu: sets a field the instruction does not have"},
		{Inst{Op: ADDU, Rd: 32}, "encode addu: rd 32 out of range [0, 31]"},
	} {
		_, err := Encode(c.inst)
		if err == nil || err.Error() != c.msg {
			t.Errorf("Encode(%+v) error = %v, want %q", c.inst, err, c.msg)
		}
	}
}

// TestRoundTripSampled checks Encode(Decode(w)) == w on random words and on
// every word whose operand fields are all zero or all one.
func TestRoundTripSampled(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	check := func(w uint32) {
		inst, err := Decode(w)
		if err != nil {
			return
		}
		got, err := Encode(inst)
		if err != nil || got != w {
			t.Fatalf("Encode(Decode(%#08x)) = %#08x, %v", w, got, err)
		}
	}
	for range 1 << 22 {
		check(r.Uint32())
	}
	for op := Op(1); op < numOps; op++ {
		info := op.Info()
		check(info.Match)
		check(info.Match | ^info.Mask)
		for range 256 {
			check(info.Match | r.Uint32()&^info.Mask)
		}
	}
}

func TestEveryOpDecodes(t *testing.T) {
	for op := Op(1); op < numOps; op++ {
		info := op.Info()
		for _, w := range []uint32{info.Match, info.Match | ^info.Mask} {
			got, err := Decode(w)
			if err != nil || got.Op != op {
				t.Errorf("%s: Decode(%#08x) = %v, %v", op, w, got.Op, err)
			}
		}
	}
}

func BenchmarkDecode(b *testing.B) {
	words := make([]uint32, 4096)
	r := rand.New(rand.NewPCG(3, 4))
	for i := range words {
		words[i] = opTable[1+r.IntN(int(numOps)-1)].Match | r.Uint32()&^opTable[1+r.IntN(int(numOps)-1)].Mask
	}
	for i := 0; b.Loop(); i++ {
		Decode(words[i&4095])
	}
}
