package jit

import (
	"context"
	"encoding/binary"
	"math/rand/v2"
	"testing"

	"graftlab/cpu"
	"graftlab/isa"
	"graftlab/profile"
)

// The ALU operations the compiler supports, for the generators.
var aluOps = []isa.Op{
	isa.ADDU, isa.SUBU, isa.AND, isa.OR, isa.XOR, isa.NOR, isa.SLT, isa.SLTU,
	isa.SLL, isa.SRL, isa.SRA, isa.SLLV, isa.SRLV, isa.SRAV,
	isa.ADDIU, isa.ANDI, isa.ORI, isa.XORI, isa.LUI, isa.SLTI, isa.SLTIU,
}

// testPC is where the test blocks lie: kseg0, physical testPC&0x1fffffff.
const testPC = 0x80001000

// testRAM is the RAM of the reference machines.
const testRAM = 64 << 10

// edgeValues are register values that make comparisons and shifts
// interesting.
var edgeValues = []uint32{0, 1, 2, 31, 32, 0x7fff, 0x8000, 0xffff, 0x7fffffff, 0x80000000, 0x80000001, 0xfffffffe, 0xffffffff}

// aluInst makes a supported instruction from the bits of r: op, registers
// (a few, to make dependencies, and $zero now and then), shift amount and
// immediate.
func aluInst(r uint64) isa.Inst {
	op := aluOps[r%uint64(len(aluOps))]
	r /= uint64(len(aluOps))
	regOf := func() isa.Reg {
		v := r & 15
		r >>= 4
		if v < 10 {
			return isa.Reg(v) // $zero to t1: dense, so instructions depend on each other
		}
		return isa.Reg(v*3 - 14) // s0, s3, s6, t9, gp, ra
	}
	rd, rs, rt, sa := regOf(), regOf(), regOf(), uint8(r&31)
	r >>= 5
	inst := isa.Inst{Op: op}
	for _, arg := range op.Info().Args {
		switch arg {
		case isa.ArgRd:
			inst.Rd = rd
		case isa.ArgRs:
			inst.Rs = rs
		case isa.ArgRt:
			inst.Rt = rt
		case isa.ArgSa:
			inst.Sa = sa
		case isa.ArgSImm:
			inst.Imm = int32(int16(r))
		case isa.ArgUImm:
			inst.Imm = int32(r & 0xffff)
		}
	}
	return inst
}

// randomState gives registers from rng, edge values among them, $zero 0.
func randomState(rng *rand.Rand) State {
	var s State
	for i := 1; i < 32; i++ {
		if rng.IntN(3) == 0 {
			s.GPR[i] = edgeValues[rng.IntN(len(edgeValues))]
		} else {
			s.GPR[i] = rng.Uint32()
		}
	}
	s.Instructions, s.Cycles = rng.Uint64N(1<<40), rng.Uint64N(1<<40)
	return s
}

func words(insts []isa.Inst) []uint32 {
	w := make([]uint32, len(insts))
	for i, inst := range insts {
		w[i] = isa.MustEncode(inst)
	}
	return w
}

func lookupProfile(t testing.TB, name string) *profile.Profile {
	t.Helper()
	p, err := profile.Lookup(name)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// reference runs the words at testPC from state s on the reference
// interpreter, one Run of len(w) instructions, and returns the state
// after in the form of State.
func reference(t testing.TB, p *profile.Profile, w []uint32, s State) State {
	t.Helper()
	m, err := cpu.New(cpu.Config{Profile: p, RAMSize: testRAM})
	if err != nil {
		t.Fatal(err)
	}
	code := make([]byte, 4*len(w))
	for i, v := range w {
		binary.LittleEndian.PutUint32(code[4*i:], v)
	}
	if err := m.Bus.WriteBytes(testPC&0x1fffffff, code); err != nil {
		t.Fatal(err)
	}
	m.GPR = s.GPR
	m.Stats.Instructions, m.Stats.Cycles = s.Instructions, s.Cycles
	m.SetPC(testPC)
	stop, err := cpu.Reference().Run(context.Background(), m, cpu.Limits{MaxInstructions: uint64(len(w))})
	if err != nil || stop.Reason != cpu.StopInstructionLimit {
		t.Fatalf("reference run: %v, %v", stop.Reason, err)
	}
	if m.Stats.Stalls != 0 || m.Stats.Exceptions != [32]uint64{} || m.NextPC != m.PC+4 || m.DelaySlot {
		t.Fatalf("reference run: stalls %d, exceptions %v, pc %#x next %#x delay slot %v: not a straight run",
			m.Stats.Stalls, m.Stats.Exceptions, m.PC, m.NextPC, m.DelaySlot)
	}
	return State{GPR: m.GPR, PC: m.PC, Instructions: m.Stats.Instructions, Cycles: m.Stats.Cycles}
}

// compiled compiles w at testPC, installs it in c and runs it from s.
func compiled(t testing.TB, c *CodeCache, p *profile.Profile, w []uint32, s State) State {
	t.Helper()
	b, err := Compile(testPC, w, p)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Install(b); err != nil {
		t.Fatal(err)
	}
	blocks := s.Blocks
	st, err := b.Run(&s)
	if err != nil || st != StatusEnd {
		t.Fatalf("run: %v, %v", st, err)
	}
	if s.Blocks != blocks+1 {
		t.Fatalf("run: the block counter went from %d to %d, want one more", blocks, s.Blocks)
	}
	s.Blocks = blocks // which the reference's state does not have
	return s
}

// newTestCache returns a code cache, closed when the test ends; the test
// is skipped where compiled code cannot run.
func newTestCache(t testing.TB, size int) *CodeCache {
	t.Helper()
	if !Supported {
		t.Skip("compiled code does not run on this host")
	}
	c, err := NewCodeCache(size)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := c.Close(); err != nil {
			t.Error(err)
		}
	})
	return c
}
