package jit

import (
	"context"
	"encoding/binary"
	"math/rand/v2"
	"testing"

	"graftlab/cpu"
	"graftlab/isa"
)

// CP0 registers of the fuzz handler.
const (
	cp0Cause = 13
	cp0EPC   = 14
)

// fuzzHandler serves every exception: the timer interrupt by setting
// Compare 50 cycles on, anything else by resuming after the instruction
// that raised it.
func fuzzHandler(b *isa.Builder) {
	intr := b.NewLabel("interrupt")
	b.Emit(isa.Inst{Op: isa.MFC0, Rt: isa.K0, Rd: cp0Cause})
	b.I(isa.ANDI, isa.K0, isa.K0, 0x7c) // ExcCode
	b.Beq(isa.K0, isa.Zero, intr)
	b.Nop()
	b.Emit(isa.Inst{Op: isa.MFC0, Rt: isa.K0, Rd: cp0EPC})
	b.Addiu(isa.K0, isa.K0, 4)
	b.Emit(isa.Inst{Op: isa.MTC0, Rt: isa.K0, Rd: cp0EPC})
	b.Emit(isa.Inst{Op: isa.ERET})
	b.Bind(intr)
	b.Emit(isa.Inst{Op: isa.MFC0, Rt: isa.K0, Rd: cp0Count})
	b.Addiu(isa.K0, isa.K0, 50)
	b.Emit(isa.Inst{Op: isa.MTC0, Rt: isa.K0, Rd: cp0Compare})
	b.Emit(isa.Inst{Op: isa.ERET})
}

// otherInsts are instructions that runInner or a step runs: multiplies,
// HI/LO, a branch-likely, trapping arithmetic, a system call.
var otherInsts = []isa.Inst{
	{Op: isa.MULT, Rs: isa.T0, Rt: isa.T1},
	{Op: isa.MULTU, Rs: isa.T0, Rt: isa.T1},
	{Op: isa.MADD, Rs: isa.T2, Rt: isa.T1},
	{Op: isa.MADDU, Rs: isa.T0, Rt: isa.T3},
	{Op: isa.MUL, Rd: isa.T2, Rs: isa.T0, Rt: isa.T1},
	{Op: isa.DIV, Rs: isa.T0, Rt: isa.T1},
	{Op: isa.MSUB, Rs: isa.T1, Rt: isa.T2},
	{Op: isa.MSUBU, Rs: isa.T2, Rt: isa.T0},
	{Op: isa.MTHI, Rs: isa.T1},
	{Op: isa.MTLO, Rs: isa.T2},
	{Op: isa.MFLO, Rd: isa.T3},
	{Op: isa.MFHI, Rd: isa.T2},
	{Op: isa.BNEL, Rs: isa.T0, Rt: isa.T1, Imm: 2},
	{Op: isa.ADD, Rd: isa.T4, Rs: isa.T0, Rt: isa.T1},
	{Op: isa.SYSCALL},
}

// memOps are the loads and stores.
var memOps = []isa.Op{isa.LW, isa.LH, isa.LHU, isa.LB, isa.LBU, isa.SW, isa.SH, isa.SB}

// memInst makes a load or store through k1 (dataBase) from the bits of r:
// mostly aligned, sometimes not (an address error), sometimes into the
// program itself (through t9: self-modifying code).
func memInst(r uint64) isa.Inst {
	op := memOps[r%uint64(len(memOps))]
	r /= uint64(len(memOps))
	rt := aluInst(r).Rd
	off := int32(r>>10) & 0x3c
	if r>>16&7 == 0 {
		off |= int32(r>>19) & 3
	}
	base := isa.K1
	if r>>21&15 == 0 {
		base = isa.T9
		off &= 0xc
	}
	return isa.Inst{Op: op, Rt: rt, Rs: base, Imm: off}
}

// fuzzInst makes the instruction at index i of an n-instruction program
// at codeBase from the bits of r: mostly register operations, then
// branches and jumps that stay in the program, jumps through registers,
// loads and stores, and now and then an instruction that only a step or
// runInner runs.
func fuzzInst(r uint64, i, n int) isa.Inst {
	kind := r % 16
	r >>= 4
	// A target in the program, as a branch offset from i.
	to := int(r % uint64(n+1))
	off := int32(to - i - 1)
	switch {
	case kind < 7:
		return aluInst(r)
	case kind < 10:
		br := controlInst(r/controlBranches*uint64(len(controlOps)) + r%controlBranches)
		br.Imm = off
		return br
	case kind == 10:
		return isa.Inst{Op: []isa.Op{isa.J, isa.JAL}[r>>20&1], Target: (codeBase + 4*uint32(to)) >> 2 & (1<<26 - 1)}
	case kind == 11:
		if r>>20&1 == 0 {
			return isa.Inst{Op: isa.JR, Rs: isa.RA}
		}
		return isa.Inst{Op: isa.JALR, Rd: isa.RA, Rs: isa.T9}
	case kind < 15:
		return memInst(r)
	}
	return otherInsts[r%uint64(len(otherInsts))]
}

// FuzzJITEngine runs a random program (eight bytes an instruction:
// fuzzInst) on the engine and on the reference, from registers, a timer
// schedule, a profile and run limits made from seed, and compares the
// stops and the whole machines after each of three runs.
func FuzzJITEngine(f *testing.F) {
	f.Add(uint64(1), []byte("\x00\x01\x02\x03\x04\x05\x06\x07\x10\x11\x12\x13\x14\x15\x16\x17\x09\x00\x00\x00\x00\x00\x00\x00"))
	f.Add(uint64(2), []byte("\x0a\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x0d\x00\x00\x00\x00\x00\x00\x00"))
	f.Add(uint64(3), make([]byte, 128))
	f.Add(uint64(0xdeadbeef), []byte("\x0f\x01\x02\x03\x04\x05\x06\x07\x0c\x11\x12\x13\x14\x15\x16\x17\x0b\x21\x22\x23\x24\x25\x26\x27\x0e\x31\x32\x33\x34\x35\x36\x37"))
	f.Fuzz(fuzzJITEngine)
}

func fuzzJITEngine(t *testing.T, seed uint64, prog []byte) {
	{
		n := min(len(prog)/8, 128)
		if n == 0 {
			return
		}
		rng := rand.New(rand.NewPCG(seed, seed>>32^0x9e3779b97f4a7c15))
		insts := make([]isa.Inst, n)
		for i := range insts {
			insts[i] = fuzzInst(binary.LittleEndian.Uint64(prog[8*i:]), i, n)
		}
		prof := fuzzProfiles[rng.IntN(len(fuzzProfiles))]
		loopRegisters = rng.IntN(4) != 0
		defer func() { loopRegisters = true }()
		// A third of the programs are one loop: no branch or jump inside,
		// a conditional branch back to the start on two registers at the
		// end and an operation in its delay slot, then the jump back.
		loop := rng.IntN(3) == 0
		if loop {
			for i, inst := range insts {
				if inst.Info().Flags&(isa.FlagBranch|isa.FlagJump) != 0 {
					insts[i] = aluInst(binary.LittleEndian.Uint64(prog[8*i:]) >> 7)
				}
			}
		}
		regs := randomRegs(rng)
		timer := rng.IntN(2) == 0
		compare := 20 + rng.Uint32N(2000)
		// The program, then a branch round again; written as words, since
		// isa.Builder refuses a branch in a delay slot.
		code := make([]byte, 4*(n+4))
		for i, inst := range insts {
			binary.LittleEndian.PutUint32(code[4*i:], isa.MustEncode(inst))
		}
		if loop {
			back := aluInst(rng.Uint64())
			binary.LittleEndian.PutUint32(code[4*n:], isa.MustEncode(isa.Inst{Op: isa.BNE, Rs: back.Rs, Rt: back.Rt, Imm: int32(-n - 1)}))
			binary.LittleEndian.PutUint32(code[4*n+4:], isa.MustEncode(aluInst(rng.Uint64())))
			n += 2
		}
		binary.LittleEndian.PutUint32(code[4*n:], isa.MustEncode(isa.Inst{Op: isa.BEQ, Imm: int32(-n - 1)}))
		t9 := codeBase + 4*rng.Uint32N(uint32(n))
		g := guest{name: "fuzz", setup: func(t testing.TB, m *cpu.Machine) {
			if err := m.Bus.WriteBytes(codeBase&0x1fffffff, code); err != nil {
				t.Fatal(err)
			}
			place(t, m, handlerBase, fuzzHandler)
			m.GPR = regs
			m.GPR[isa.K1], m.GPR[isa.T9], m.GPR[isa.RA] = dataBase, t9, codeBase
			if timer {
				m.CP0.Compare = compare
				m.CP0.Status |= cpu.StatusIE | 1<<15
			}
		}}
		lims := make([]cpu.Limits, 3)
		for i := range lims {
			lims[i].MaxInstructions = 1 + rng.Uint64N(3000)
			if rng.IntN(3) == 0 {
				lims[i].MaxCycles = 1 + rng.Uint64N(3000)
			}
			if rng.IntN(3) == 0 {
				lims[i].Until, lims[i].HasUntil = codeBase+4*rng.Uint32N(uint32(n)), true
			}
		}
		fuzzCompare(t, prof, g, lims)
	}
}

// fuzzProfiles are the profiles the fuzzer runs on: without caches, with
// direct-mapped ones and a write buffer, with set-associative ones.
var fuzzProfiles = []string{"ideal", "dec5000", "24kf"}

// fuzzCompare is compareRuns with a small code cache, which the fuzzer
// fills and flushes.
func fuzzCompare(t *testing.T, prof string, g guest, lims []cpu.Limits) {
	t.Helper()
	want, got := newGuestMachine(t, prof, g), newGuestMachine(t, prof, g)
	ctx := context.Background()
	e := Engine{CodeCacheSize: MinCodeCacheSize}
	for i, lim := range lims {
		ws, werr := cpu.Reference().Run(ctx, want, lim)
		gs, gerr := e.Run(ctx, got, lim)
		if ws != gs || (werr == nil) != (gerr == nil) {
			t.Fatalf("run %d (%+v): stop %+v, %v; the reference's %+v, %v", i, lim, gs, gerr, ws, werr)
		}
		if d := cpu.DiffMachines(want, got); d != "" {
			t.Fatalf("run %d (%+v): state differs from the reference's:\n%s", i, lim, d)
		}
	}
	noRefusals(t, got)
}
