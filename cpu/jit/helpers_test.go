package jit

import (
	"math/rand/v2"
	"testing"

	"graftlab/isa"
	"graftlab/profile"
)

// The register operations, for the generators.
var aluOps = []isa.Op{
	isa.ADDU, isa.SUBU, isa.AND, isa.OR, isa.XOR, isa.NOR, isa.SLT, isa.SLTU,
	isa.SLL, isa.SRL, isa.SRA, isa.SLLV, isa.SRLV, isa.SRAV,
	isa.ADDIU, isa.ANDI, isa.ORI, isa.XORI, isa.LUI, isa.SLTI, isa.SLTIU,
	isa.MOVZ, isa.MOVN, isa.CLZ, isa.CLO,
}

// edgeValues are register values that make comparisons and shifts
// interesting.
var edgeValues = []uint32{0, 1, 2, 31, 32, 0x7fff, 0x8000, 0xffff, 0x7fffffff, 0x80000000, 0x80000001, 0xfffffffe, 0xffffffff}

// aluInst makes a register operation from the bits of r: op, registers
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

// The control transfers, for the generators: the branches first.
var controlOps = []isa.Op{isa.BEQ, isa.BNE, isa.BLEZ, isa.BGTZ, isa.BLTZ, isa.BGEZ, isa.BLTZAL, isa.BGEZAL, isa.J, isa.JAL, isa.JR, isa.JALR}

// controlBranches is how many of controlOps are branches.
const controlBranches = 8

// controlInst makes a control transfer from the bits of r, with registers
// as aluInst chooses them.
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

// randomRegs gives registers from rng, edge values among them, $zero 0.
func randomRegs(rng *rand.Rand) [32]uint32 {
	var g [32]uint32
	for i := 1; i < 32; i++ {
		if rng.IntN(3) == 0 {
			g[i] = edgeValues[rng.IntN(len(edgeValues))]
		} else {
			g[i] = rng.Uint32()
		}
	}
	return g
}

func lookupProfile(t testing.TB, name string) *profile.Profile {
	t.Helper()
	p, err := profile.Lookup(name)
	if err != nil {
		t.Fatal(err)
	}
	return p
}
