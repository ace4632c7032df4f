package jit

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"unsafe"

	"github.com/google/go-cmp/cmp"

	"graftlab/isa"
)

// Every offset that generated code uses is State's.
func TestStateOffsets(t *testing.T) {
	var s State
	for _, c := range []struct {
		name      string
		got, want uintptr
	}{
		{"GPR", offsetGPR, unsafe.Offsetof(s.GPR)},
		{"PC", offsetPC, unsafe.Offsetof(s.PC)},
		{"Instructions", offsetInstructions, unsafe.Offsetof(s.Instructions)},
		{"Cycles", offsetCycles, unsafe.Offsetof(s.Cycles)},
		{"InstLimit", offsetInstLimit, unsafe.Offsetof(s.InstLimit)},
		{"CycleLimit", offsetCycleLimit, unsafe.Offsetof(s.CycleLimit)},
		{"Blocks", offsetBlocks, unsafe.Offsetof(s.Blocks)},
		{"Chain", offsetChain, unsafe.Offsetof(s.Chain)},
		{"chainSlot.Key", offsetSlotKey, unsafe.Offsetof(s.Chain[0].Key)},
		{"chainSlot.Code", offsetSlotCode, unsafe.Offsetof(s.Chain[0].Code)},
		{"chainSlot.Insts", offsetSlotInsts, unsafe.Offsetof(s.Chain[0].Insts)},
		{"chainSlot.Cycles", offsetSlotCycles, unsafe.Offsetof(s.Chain[0].Cycles)},
		{"chainSlot size", chainSlotSize, unsafe.Sizeof(s.Chain[0])},
	} {
		if c.got != c.want {
			t.Errorf("offset of %s: constant %d, unsafe.Offsetof %d", c.name, c.got, c.want)
		}
	}
	if got := gprOffset(31); got != 124 {
		t.Errorf("gprOffset(31) = %d, want 124", got)
	}
}

// Each operation, alone and on edge values, against the reference.
func TestEachOperation(t *testing.T) {
	p := lookupProfile(t, "ideal")
	c := newTestCache(t, MinCodeCacheSize)
	rng := rand.New(rand.NewPCG(1, 2))
	for _, op := range aluOps {
		t.Run(op.String(), func(t *testing.T) {
			for n := 0; n < 200; n++ {
				inst := aluInst(uint64(rng.Uint64N(1<<50))*uint64(len(aluOps)) + uint64(indexOf(op)))
				if inst.Op != op {
					t.Fatalf("generator made %v, want %v", inst.Op, op)
				}
				w := words([]isa.Inst{inst})
				s := randomState(rng)
				want := reference(t, p, w, s)
				got := compiled(t, c, p, w, s)
				if diff := cmp.Diff(want, got); diff != "" {
					t.Fatalf("%s from %v: state differs (-reference +compiled):\n%s", isa.GNU(inst, testPC, nil), s.GPR, diff)
				}
			}
		})
	}
}

func indexOf(op isa.Op) int {
	for i, o := range aluOps {
		if o == op {
			return i
		}
	}
	return -1
}

// Random straight-line blocks against the reference, on the ideal profile
// (one cycle an instruction, no caches: the reference's fetches never
// stall, so its counts are the static prefix's).
func TestRandomBlocks(t *testing.T) {
	p := lookupProfile(t, "ideal")
	c := newTestCache(t, MinCodeCacheSize) // small: the test flushes it many times
	rng := rand.New(rand.NewPCG(3, 4))
	for n := 0; n < 2000; n++ {
		insts := make([]isa.Inst, 1+rng.IntN(40))
		for i := range insts {
			insts[i] = aluInst(rng.Uint64())
		}
		w := words(insts)
		s := randomState(rng)
		want := reference(t, p, w, s)
		got := compiled(t, c, p, w, s)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("block %d (%s): state differs (-reference +compiled):\n%s", n, listingOf(insts), diff)
		}
	}
	if st := c.Stats(); st.Flushes == 0 {
		t.Errorf("code cache stats %+v: the test meant to flush it", st)
	}
}

func listingOf(insts []isa.Inst) string {
	var b strings.Builder
	for i, inst := range insts {
		fmt.Fprintf(&b, "%s; ", isa.GNU(inst, testPC+4*uint32(i), nil))
	}
	return b.String()
}

// The static prefix is the profile's class cycles.
func TestStaticPrefix(t *testing.T) {
	p := lookupProfile(t, "dec5000")
	insts := []isa.Inst{
		{Op: isa.ADDIU, Rt: isa.V0, Rs: isa.Zero, Imm: 1},
		{Op: isa.SLL, Rd: isa.V1, Rt: isa.V0, Sa: 3},
		{Op: isa.LUI, Rt: isa.A0, Imm: 0x1234},
	}
	b, err := Compile(testPC, words(insts), p)
	if err != nil {
		t.Fatal(err)
	}
	want := []uint64{0}
	for _, inst := range insts {
		want = append(want, want[len(want)-1]+uint64(p.ClassCycles[inst.Info().Class]))
	}
	if diff := cmp.Diff(want, b.Pre); diff != "" {
		t.Errorf("Pre (-want +got):\n%s", diff)
	}
	if b.Cycles() != want[3] {
		t.Errorf("Cycles() = %d, want %d", b.Cycles(), want[3])
	}
}

// What the compiler refuses, with the instruction and its pc.
func TestRefused(t *testing.T) {
	p := lookupProfile(t, "ideal")
	addiu := isa.MustEncode(isa.Inst{Op: isa.ADDIU, Rt: isa.V0, Imm: 1})
	for _, c := range []struct {
		name    string
		pc      uint32
		words   []uint32
		want    string
		wantErr error
	}{
		{"branch without its delay slot", testPC, []uint32{addiu, isa.MustEncode(isa.Inst{Op: isa.BEQ, Rs: isa.V0, Imm: 4})},
			"compile 0x80001000: beqz\tv0,0x80001018 at 0x80001004 without its delay slot: unsupported", ErrUnsupported},
		{"branch before the end", testPC, []uint32{isa.MustEncode(isa.Inst{Op: isa.BEQ, Rs: isa.V0, Imm: 4}), addiu, addiu},
			"compile 0x80001000: beqz\tv0,0x80001014 at 0x80001000 before the end of the block: unsupported", ErrUnsupported},
		{"branch-likely", testPC, []uint32{isa.MustEncode(isa.Inst{Op: isa.BEQL, Rs: isa.V0, Imm: 4}), addiu},
			"compile 0x80001000: beqzl\tv0,0x80001014 at 0x80001000: unsupported", ErrUnsupported},
		{"load in a delay slot", testPC, []uint32{isa.MustEncode(isa.Inst{Op: isa.J, Target: 4}), isa.MustEncode(isa.Inst{Op: isa.LW, Rt: isa.V0, Rs: isa.SP, Imm: 8})},
			"compile 0x80001000: lw\tv0,8(sp) at 0x80001004: unsupported", ErrUnsupported},
		{"load", testPC, []uint32{isa.MustEncode(isa.Inst{Op: isa.LW, Rt: isa.V0, Rs: isa.SP, Imm: 8})},
			"compile 0x80001000: lw\tv0,8(sp) at 0x80001000: unsupported", ErrUnsupported},
		{"add traps", testPC, []uint32{addiu, addiu, isa.MustEncode(isa.Inst{Op: isa.ADD, Rd: isa.V0, Rs: isa.V0, Rt: isa.V0})},
			"compile 0x80001000: add\tv0,v0,v0 at 0x80001008: unsupported", ErrUnsupported},
		{"syscall", testPC, []uint32{isa.MustEncode(isa.Inst{Op: isa.SYSCALL})},
			"compile 0x80001000: syscall at 0x80001000: unsupported", ErrUnsupported},
		{"reserved", testPC, []uint32{0xfc000000},
			"compile 0x80001000: word 0xfc000000 at 0x80001000: ", nil},
		{"empty", testPC, nil, "compile 0x80001000: empty block", nil},
		{"too long", testPC, make([]uint32, MaxBlock+1), "compile 0x80001000: 1025 instructions, more than 1024", nil},
		{"unaligned", testPC + 2, []uint32{addiu}, "compile 0x80001002: unaligned pc", nil},
		{"wraps", 0xfffffffc, []uint32{addiu, addiu}, "compile 0xfffffffc: 2 instructions run past the end of the address space", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			b, err := Compile(c.pc, c.words, p)
			if err == nil {
				t.Fatalf("compiled %d bytes, want an error", len(b.code))
			}
			if !strings.HasPrefix(err.Error(), c.want) {
				t.Errorf("error %q, want it to start %q", err, c.want)
			}
			if c.wantErr != nil && !errors.Is(err, c.wantErr) {
				t.Errorf("error %q is not %v", err, c.wantErr)
			}
		})
	}
	if _, err := Compile(testPC, []uint32{addiu}, nil); err == nil || err.Error() != "compile 0x80001000: no profile" {
		t.Errorf("no profile: error %v", err)
	}
}

// A block that writes only $zero counts, and leaves $zero zero; a State
// whose $zero is not zero still reads it as zero.
func TestZeroRegister(t *testing.T) {
	p := lookupProfile(t, "ideal")
	c := newTestCache(t, MinCodeCacheSize)
	insts := []isa.Inst{
		{Op: isa.ADDIU, Rt: isa.Zero, Rs: isa.Zero, Imm: 7},
		{Op: isa.LUI, Rt: isa.Zero, Imm: 0xffff},
		{Op: isa.ADDU, Rd: isa.V0, Rs: isa.Zero, Rt: isa.Zero},
		{Op: isa.ORI, Rt: isa.V1, Rs: isa.Zero, Imm: 5},
	}
	var s State
	s.GPR[0], s.GPR[2] = 99, 42
	got := compiled(t, c, p, words(insts), s)
	want := State{PC: testPC + 16, Instructions: 4, Cycles: 4}
	want.GPR[0], want.GPR[3] = 99, 5 // the compiled code never writes $zero
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("state (-want +got):\n%s", diff)
	}
}
