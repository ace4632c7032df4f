package jit

import (
	"errors"
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"

	"graftlab/isa"
)

// The control transfers the compiler supports, for the generators.
var controlOps = []isa.Op{isa.BEQ, isa.BNE, isa.BLEZ, isa.BGTZ, isa.BLTZ, isa.BGEZ, isa.J, isa.JAL, isa.JR, isa.JALR}

// controlInst makes a supported control transfer from the bits of r, with
// registers as aluInst chooses them.
func controlInst(r uint64) isa.Inst {
	op := controlOps[r%uint64(len(controlOps))]
	r /= uint64(len(controlOps))
	base := aluInst(r * uint64(len(aluOps))) // for its registers
	inst := isa.Inst{Op: op}
	for _, arg := range op.Info().Args {
		switch arg {
		case isa.ArgRd:
			inst.Rd = base.Rd
		case isa.ArgRs:
			inst.Rs = base.Rs
		case isa.ArgRt:
			inst.Rt = base.Rt
		case isa.ArgSImm:
			inst.Imm = int32(int16(r >> 20))
		case isa.ArgTarget:
			inst.Target = uint32(r>>20) & (1<<26 - 1)
		}
	}
	return inst
}

// Each control transfer after a few ALU operations and before a delay
// slot that reads and writes the registers it uses, against the reference.
func TestEachControlTransfer(t *testing.T) {
	p := lookupProfile(t, "ideal")
	c := newTestCache(t, MinCodeCacheSize)
	rng := rand.New(rand.NewPCG(3, 4))
	for k, op := range controlOps {
		t.Run(op.String(), func(t *testing.T) {
			taken := 0
			for n := 0; n < 300; n++ {
				br := controlInst(rng.Uint64N(1<<60)*uint64(len(controlOps)) + uint64(k))
				if br.Op != op {
					t.Fatalf("generator made %v, want %v", br.Op, op)
				}
				insts := []isa.Inst{aluInst(rng.Uint64())}
				if n%3 == 0 { // make rs and rt equal now and then
					insts = append(insts, isa.Inst{Op: isa.OR, Rd: br.Rt, Rs: br.Rs})
				}
				slot := aluInst(rng.Uint64())
				switch n % 4 { // a slot that writes the branch's register, or the link
				case 0:
					slot = isa.Inst{Op: isa.ADDIU, Rt: br.Rs, Rs: isa.RA, Imm: 4}
				case 2:
					slot = isa.Inst{Op: isa.ADDIU, Rt: isa.RA, Rs: br.Rs, Imm: 8}
				}
				insts = append(insts, br, slot)
				w := words(insts)
				if got, ctl := Scan(w); got != len(w) || !ctl {
					t.Fatalf("Scan = %d, %v; want %d, true", got, ctl, len(w))
				}
				s := randomState(rng)
				want := reference(t, p, w, s)
				got := compiled(t, c, p, w, s)
				if diff := cmp.Diff(want, got); diff != "" {
					t.Fatalf("%#x from %v: state differs (-reference +compiled):\n%s", w, s.GPR, diff)
				}
				if got.PC != testPC+4*uint32(len(w)) {
					taken++
				}
			}
			if taken == 0 && op != isa.J && op != isa.JAL {
				t.Errorf("no %v was taken in 300", op)
			}
		})
	}
}

// Exact results of a few transfers, worked out by hand.
func TestControlTransferValues(t *testing.T) {
	p := lookupProfile(t, "ideal")
	c := newTestCache(t, MinCodeCacheSize)
	nop := isa.Inst{Op: isa.SLL}
	for _, tc := range []struct {
		name    string
		insts   []isa.Inst
		t0, ra  uint32
		wantPC  uint32
		wantRA  uint32
		wantT1  uint32
		wantIns uint64
	}{
		{"beq taken backwards", []isa.Inst{{Op: isa.BEQ, Rs: isa.T0, Rt: isa.Zero, Imm: -1}, nop}, 0, 0, testPC, 0, 0, 2},
		{"beq not taken", []isa.Inst{{Op: isa.BEQ, Rs: isa.T0, Rt: isa.Zero, Imm: -1}, nop}, 5, 0, testPC + 8, 0, 0, 2},
		{"bltz on the sign bit", []isa.Inst{{Op: isa.BLTZ, Rs: isa.T0, Imm: 4}, nop}, 0x80000000, 0, testPC + 20, 0, 0, 2},
		{"j keeps the region of the slot", []isa.Inst{{Op: isa.J, Target: 0x40}, nop}, 0, 0, 0x80000100, 0, 0, 2},
		{"jal links past the slot", []isa.Inst{nop, {Op: isa.JAL, Target: 0x40}, {Op: isa.ADDIU, Rt: isa.T1, Rs: isa.RA}}, 0, 0, 0x80000100, testPC + 12, testPC + 12, 3},
		{"jr reads before the slot writes", []isa.Inst{{Op: isa.JR, Rs: isa.RA}, {Op: isa.ADDIU, Rt: isa.RA, Imm: 8}}, 0, 0x1234, 0x1234, 8, 0, 2},
		{"jalr ra, ra jumps to the old ra", []isa.Inst{{Op: isa.JALR, Rd: isa.RA, Rs: isa.RA}, nop}, 0, 0x2000, 0x2000, testPC + 8, 0, 2},
		{"jr to an unaligned address", []isa.Inst{{Op: isa.JR, Rs: isa.T0}, nop}, 0x1003, 0, 0x1003, 0, 0, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var s State
			s.GPR[isa.T0], s.GPR[isa.RA] = tc.t0, tc.ra
			got := compiled(t, c, p, words(tc.insts), s)
			if got.PC != tc.wantPC || got.GPR[isa.RA] != tc.wantRA || got.GPR[isa.T1] != tc.wantT1 || got.Instructions != tc.wantIns || got.Cycles != tc.wantIns {
				t.Errorf("pc %#x ra %#x t1 %#x, %d instructions %d cycles; want pc %#x ra %#x t1 %#x, %d and %d",
					got.PC, got.GPR[isa.RA], got.GPR[isa.T1], got.Instructions, got.Cycles, tc.wantPC, tc.wantRA, tc.wantT1, tc.wantIns, tc.wantIns)
			}
		})
	}
}

// Blocks that Scan ends early, and that Compile refuses.
func TestScanAndRefusals(t *testing.T) {
	p := lookupProfile(t, "ideal")
	add := isa.Inst{Op: isa.ADDU, Rd: isa.T0, Rs: isa.T1, Rt: isa.T2}
	beq := isa.Inst{Op: isa.BEQ, Rs: isa.T0, Rt: isa.T1, Imm: 3}
	beql := isa.Inst{Op: isa.BEQL, Rs: isa.T0, Rt: isa.T1, Imm: 3}
	lw := isa.Inst{Op: isa.LW, Rt: isa.T0, Rs: isa.SP}
	for _, tc := range []struct {
		name    string
		insts   []isa.Inst
		n       int
		control bool
	}{
		{"straight", []isa.Inst{add, add}, 2, false},
		{"branch and slot", []isa.Inst{add, beq, add, add}, 3, true},
		{"branch without a slot", []isa.Inst{add, beq}, 1, false},
		{"branch in the slot", []isa.Inst{add, beq, beq, add}, 1, false},
		{"load in the slot", []isa.Inst{beq, lw}, 0, false},
		{"branch likely", []isa.Inst{add, beql, add}, 1, false},
		{"load", []isa.Inst{add, add, lw, add}, 2, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := words(tc.insts)
			n, control := Scan(w)
			if n != tc.n || control != tc.control {
				t.Errorf("Scan = %d, %v; want %d, %v", n, control, tc.n, tc.control)
			}
			if n > 0 {
				if _, err := Compile(testPC, w[:n], p); err != nil {
					t.Errorf("Compile of what Scan took: %v", err)
				}
			}
			if n < len(w) {
				if _, err := Compile(testPC, w, p); !errors.Is(err, ErrUnsupported) {
					t.Errorf("Compile of all: %v, want ErrUnsupported", err)
				}
			}
		})
	}
	if n, _ := Scan([]uint32{0xffffffff}); n != 0 {
		t.Errorf("Scan of a word that does not decode = %d, want 0", n)
	}
}
