package cpu

import (
	"fmt"
	"testing"

	"graftlab/isa"
)

func TestALU(t *testing.T) {
	for _, c := range []struct {
		op    isa.Op
		a, b  uint32
		want  uint32
		imm   bool
		shift bool
	}{
		{op: isa.ADDU, a: 0xffffffff, b: 2, want: 1},
		{op: isa.SUBU, a: 1, b: 2, want: 0xffffffff},
		{op: isa.ADD, a: 0x7ffffffe, b: 1, want: 0x7fffffff},
		{op: isa.SUB, a: 0x80000001, b: 1, want: 0x80000000},
		{op: isa.AND, a: 0xf0f0, b: 0xff00, want: 0xf000},
		{op: isa.OR, a: 0xf0f0, b: 0xff00, want: 0xfff0},
		{op: isa.XOR, a: 0xf0f0, b: 0xff00, want: 0x0ff0},
		{op: isa.NOR, a: 0xf0f0, b: 0xff00, want: 0xffff000f},
		{op: isa.SLT, a: 0xffffffff, b: 0, want: 1},
		{op: isa.SLTU, a: 0xffffffff, b: 0, want: 0},
		{op: isa.MOVZ, a: 7, b: 0, want: 7},
		{op: isa.MOVN, a: 7, b: 0, want: 0x5555},
		{op: isa.MUL, a: 0xfffffffd, b: 7, want: 0xffffffeb},
		{op: isa.SLLV, a: 33, b: 0x80000001, want: 2},
		{op: isa.SRLV, a: 4, b: 0x80000000, want: 0x08000000},
		{op: isa.SRAV, a: 4, b: 0x80000000, want: 0xf8000000},
		{op: isa.CLZ, a: 0x00010000, want: 15},
		{op: isa.CLZ, a: 0, want: 32},
		{op: isa.CLO, a: 0xfff00000, want: 12},
		{op: isa.CLO, a: 0xffffffff, want: 32},
		{op: isa.ADDIU, a: 5, b: 0xfffffff0, want: 0xfffffff5, imm: true},
		{op: isa.SLTI, a: 0xfffffff0, b: 0xfffffff1, want: 1, imm: true},
		{op: isa.SLTIU, a: 5, b: 0xffffffff, want: 1, imm: true},
		{op: isa.ANDI, a: 0xffffffff, b: 0x8001, want: 0x8001, imm: true},
		{op: isa.ORI, a: 0x10000, b: 0xffff, want: 0x1ffff, imm: true},
		{op: isa.XORI, a: 0xffffffff, b: 0x00ff, want: 0xffffff00, imm: true},
		{op: isa.SLL, b: 0x80000001, a: 4, want: 0x10, shift: true},
		{op: isa.SRL, b: 0x80000001, a: 31, want: 1, shift: true},
		{op: isa.SRA, b: 0x80000000, a: 31, want: 0xffffffff, shift: true},
	} {
		t.Run(fmt.Sprintf("%s_%x_%x", c.op, c.a, c.b), func(t *testing.T) {
			m := newTestMachine(t, "ideal")
			m.GPR[isa.A0], m.GPR[isa.A1], m.GPR[isa.V0] = c.a, c.b, 0x5555
			load(t, m, func(b *isa.Builder) {
				switch {
				case c.imm:
					imm := int32(c.b)
					if c.op == isa.ANDI || c.op == isa.ORI || c.op == isa.XORI {
						imm = int32(c.b & 0xffff)
					}
					b.I(c.op, isa.V0, isa.A0, imm)
				case c.shift:
					b.Shift(c.op, isa.V0, isa.A1, uint8(c.a))
				case c.op == isa.SLLV || c.op == isa.SRLV || c.op == isa.SRAV:
					b.R(c.op, isa.V0, isa.A0, isa.A1) // rd, rs (amount), rt (value)
				case c.op == isa.CLZ || c.op == isa.CLO:
					b.Emit(isa.Inst{Op: c.op, Rd: isa.V0, Rt: isa.V0, Rs: isa.A0})
				default:
					b.R(c.op, isa.V0, isa.A0, isa.A1)
				}
				brk(b, 0)
			})
			run(t, m)
			if m.GPR[isa.V0] != c.want {
				t.Errorf("%s %#x, %#x = %#x, want %#x", c.op, c.a, c.b, m.GPR[isa.V0], c.want)
			}
		})
	}
}

func TestZeroRegisterStaysZero(t *testing.T) {
	m := newTestMachine(t, "ideal")
	load(t, m, func(b *isa.Builder) {
		b.Addiu(isa.Zero, isa.Zero, 5)
		b.Addiu(isa.V0, isa.Zero, 1)
		brk(b, 0)
	})
	run(t, m)
	if m.GPR[0] != 0 || m.GPR[isa.V0] != 1 {
		t.Errorf("r0 = %d, v0 = %d", m.GPR[0], m.GPR[isa.V0])
	}
}

func TestMultiplyDivide(t *testing.T) {
	for _, c := range []struct {
		op             isa.Op
		a, b           uint32
		hi0, lo0       uint32
		wantHI, wantLO uint32
	}{
		{isa.MULT, 0xffffffff, 0xffffffff, 0, 0, 0, 1},
		{isa.MULT, 0x80000000, 2, 0, 0, 0xffffffff, 0},
		{isa.MULTU, 0xffffffff, 0xffffffff, 0, 0, 0xfffffffe, 1},
		{isa.MADD, 0xffffffff, 3, 0, 5, 0, 2},
		{isa.MADDU, 0xffffffff, 2, 1, 0, 2, 0xfffffffe},
		{isa.MSUB, 2, 3, 0, 5, 0xffffffff, 0xffffffff},
		{isa.MSUBU, 1, 1, 1, 0, 0, 0xffffffff},
		{isa.DIV, 0xfffffff9, 2, 0, 0, 0xffffffff, 0xfffffffd}, // -7/2 = -3 rem -1
		{isa.DIV, 0x80000000, 0xffffffff, 0, 0, 0, 0x80000000},
		{isa.DIV, 7, 0, 0, 0, 0, 7}, // as qemu: the divisor acts as 1
		{isa.DIV, 0xfffffff9, 0, 0, 0, 0, 0xfffffff9},
		{isa.DIV, 0x80000000, 0, 0, 0, 0, 0x80000000},
		{isa.DIVU, 0xfffffff9, 2, 0, 0, 1, 0x7ffffffc},
		{isa.DIVU, 0xffffffff, 0, 0, 0, 0, 0xffffffff},
	} {
		m := newTestMachine(t, "ideal")
		m.GPR[isa.A0], m.GPR[isa.A1], m.HI, m.LO = c.a, c.b, c.hi0, c.lo0
		load(t, m, func(b *isa.Builder) {
			b.Emit(isa.Inst{Op: c.op, Rs: isa.A0, Rt: isa.A1})
			b.Emit(isa.Inst{Op: isa.MFHI, Rd: isa.V0})
			b.Emit(isa.Inst{Op: isa.MFLO, Rd: isa.V1})
			brk(b, 0)
		})
		run(t, m)
		if m.GPR[isa.V0] != c.wantHI || m.GPR[isa.V1] != c.wantLO {
			t.Errorf("%s %#x, %#x: hi %#x lo %#x, want %#x %#x", c.op, c.a, c.b, m.GPR[isa.V0], m.GPR[isa.V1], c.wantHI, c.wantLO)
		}
	}
}

// refPartial computes lwl/lwr/swl/swr byte by byte from their definition
// (little-endian), independently of the implementation's shifts.
func refPartial(op isa.Op, mem [4]byte, reg uint32, k int) (newMem [4]byte, newReg uint32) {
	r := [4]byte{byte(reg), byte(reg >> 8), byte(reg >> 16), byte(reg >> 24)}
	newMem = mem
	switch op {
	case isa.LWL: // mem[0..k] → the high k+1 bytes of the register
		for i := 0; i <= k; i++ {
			r[3-k+i] = mem[i]
		}
	case isa.LWR: // mem[k..3] → the low 4-k bytes
		for i := 0; i <= 3-k; i++ {
			r[i] = mem[k+i]
		}
	case isa.SWL:
		for i := 0; i <= k; i++ {
			newMem[i] = r[3-k+i]
		}
	case isa.SWR:
		for i := 0; i <= 3-k; i++ {
			newMem[k+i] = r[i]
		}
	}
	return newMem, uint32(r[0]) | uint32(r[1])<<8 | uint32(r[2])<<16 | uint32(r[3])<<24
}

func TestPartialWordAccess(t *testing.T) {
	const memWord, regWord = 0x44332211, 0xddccbbaa
	for _, op := range []isa.Op{isa.LWL, isa.LWR, isa.SWL, isa.SWR} {
		for k := range 4 {
			m := newTestMachine(t, "ideal")
			writeWord(t, m, dataBase, memWord)
			m.GPR[isa.A0], m.GPR[isa.V0] = dataBase, regWord
			load(t, m, func(b *isa.Builder) {
				b.Mem(op, isa.V0, int32(k), isa.A0)
				brk(b, 0)
			})
			run(t, m)
			wantMem, wantReg := refPartial(op, [4]byte{0x11, 0x22, 0x33, 0x44}, regWord, k)
			gotMem := readWord(t, m, dataBase)
			wm := uint32(wantMem[0]) | uint32(wantMem[1])<<8 | uint32(wantMem[2])<<16 | uint32(wantMem[3])<<24
			if gotMem != wm || m.GPR[isa.V0] != wantReg {
				t.Errorf("%s at offset %d: mem %#08x reg %#08x, want %#08x %#08x", op, k, gotMem, m.GPR[isa.V0], wm, wantReg)
			}
		}
	}
}

func TestLoadsAndStores(t *testing.T) {
	m := newTestMachine(t, "ideal")
	writeWord(t, m, dataBase, 0x80ff7f01)
	m.GPR[isa.A0] = dataBase
	load(t, m, func(b *isa.Builder) {
		b.Mem(isa.LB, isa.T0, 2, isa.A0)  // 0xff → -1
		b.Mem(isa.LBU, isa.T1, 2, isa.A0) // 0xff
		b.Mem(isa.LH, isa.T2, 2, isa.A0)  // 0x80ff → sign extended
		b.Mem(isa.LHU, isa.T3, 2, isa.A0)
		b.Mem(isa.LW, isa.T4, 0, isa.A0)
		b.Addiu(isa.T5, isa.Zero, 0x1234)
		b.Mem(isa.SH, isa.T5, 6, isa.A0)
		b.Mem(isa.SB, isa.T5, 4, isa.A0)
		brk(b, 0)
	})
	run(t, m)
	want := [...]uint32{0xffffffff, 0xff, 0xffff80ff, 0x80ff, 0x80ff7f01}
	for i, w := range want {
		if m.GPR[isa.T0+isa.Reg(i)] != w {
			t.Errorf("t%d = %#x, want %#x", i, m.GPR[isa.T0+isa.Reg(i)], w)
		}
	}
	if got := readWord(t, m, dataBase+4); got != 0x12340034 {
		t.Errorf("stored word %#x, want 0x12340034", got)
	}
}

func TestLLSC(t *testing.T) {
	m := newTestMachine(t, "ideal")
	writeWord(t, m, dataBase, 41)
	m.GPR[isa.A0] = dataBase
	load(t, m, func(b *isa.Builder) {
		b.Mem(isa.LL, isa.T0, 0, isa.A0)
		b.Addiu(isa.T0, isa.T0, 1)
		b.Mem(isa.SC, isa.T0, 0, isa.A0) // succeeds: t0 = 1
		b.Addiu(isa.T1, isa.Zero, 7)
		b.Mem(isa.SC, isa.T1, 0, isa.A0) // LLBit clear: fails, t1 = 0
		brk(b, 0)
	})
	run(t, m)
	if m.GPR[isa.T0] != 1 || m.GPR[isa.T1] != 0 || readWord(t, m, dataBase) != 42 {
		t.Errorf("t0 %d t1 %d mem %d", m.GPR[isa.T0], m.GPR[isa.T1], readWord(t, m, dataBase))
	}
}

func TestBranchesAndDelaySlots(t *testing.T) {
	m := newTestMachine(t, "ideal")
	load(t, m, func(b *isa.Builder) {
		skip := b.NewLabel("skip")
		b.Beq(isa.Zero, isa.Zero, skip)
		b.Addiu(isa.T0, isa.Zero, 1) // delay slot: runs
		b.Addiu(isa.T1, isa.Zero, 1) // skipped
		b.Bind(skip)
		l2 := b.NewLabel("l2")
		b.Branch(isa.BNEL, isa.Zero, isa.Zero, l2) // not taken: slot nullified
		b.Addiu(isa.T2, isa.Zero, 1)
		b.Branch(isa.BNE, isa.Zero, isa.Zero, l2) // not taken: slot runs
		b.Addiu(isa.T3, isa.Zero, 1)
		b.Bind(l2)
		f := b.NewLabel("f")
		b.Jal(f)
		b.Addiu(isa.T4, isa.Zero, 1)
		brk(b, 0)
		b.Bind(f)
		b.Addiu(isa.T5, isa.RA, 0)
		b.JrNop(isa.RA)
	})
	run(t, m)
	got := m.GPR[isa.T0 : isa.T5+1]
	want := []uint32{1, 0, 0, 1, 1, codeBase + 0x24}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("t0-t5 = %#x, want %#x", got, want)
	}
	// Instructions: beq, slot, bnel (slot nullified), bne, slot, jal, slot,
	// addiu, jr, nop, break.
	if m.Stats.Instructions != 11 {
		t.Errorf("instructions = %d, want 11", m.Stats.Instructions)
	}
}

func TestOverflowIsPrecise(t *testing.T) {
	m := newTestMachine(t, "ideal")
	m.GPR[isa.A0], m.GPR[isa.V0] = 0x7fffffff, 99
	load(t, m, func(b *isa.Builder) {
		b.R(isa.ADD, isa.V0, isa.A0, isa.A0)
		brk(b, 0)
	})
	m.Handler = func(*Machine, *Exception) (bool, error) { return false, nil }
	if _, err := (Interp{}).Run(t.Context(), m, Limits{MaxInstructions: 1}); err != nil {
		t.Fatal(err)
	}
	c := m.CP0
	if m.GPR[isa.V0] != 99 || c.EPC != codeBase || c.Cause&CauseExcMask>>CauseExcShift != uint32(isa.ExcOv) ||
		c.Cause&CauseBD != 0 || c.Status&StatusEXL == 0 || m.PC != 0x80000180 {
		t.Errorf("v0 %d epc %#x cause %#x status %#x pc %#x", m.GPR[isa.V0], c.EPC, c.Cause, c.Status, m.PC)
	}
}

func TestExceptionInDelaySlot(t *testing.T) {
	m := newTestMachine(t, "ideal")
	m.GPR[isa.A0] = dataBase + 2
	load(t, m, func(b *isa.Builder) {
		l := b.NewLabel("l")
		b.Beq(isa.Zero, isa.Zero, l)
		b.Lw(isa.V0, 0, isa.A0) // misaligned: AdEL in the delay slot
		b.Bind(l)
		brk(b, 0)
	})
	m.Handler = func(*Machine, *Exception) (bool, error) { return false, nil }
	for range 2 { // the branch, then the load that faults
		if err := (Interp{}).Step(m); err != nil {
			t.Fatal(err)
		}
	}
	c := m.CP0
	// The faulting load does not count: it runs again after the handler.
	if m.Stats.Instructions != 1 {
		t.Errorf("instructions %d, want 1", m.Stats.Instructions)
	}
	if c.EPC != codeBase || c.Cause&CauseBD == 0 || c.BadVAddr != dataBase+2 ||
		c.Cause&CauseExcMask>>CauseExcShift != uint32(isa.ExcAdEL) {
		t.Errorf("epc %#x cause %#x badvaddr %#x", c.EPC, c.Cause, c.BadVAddr)
	}
	// eret returns to the branch, which runs again.
	if m.PC != 0x80000180 {
		t.Errorf("pc %#x", m.PC)
	}
}

func TestTraps(t *testing.T) {
	for _, c := range []struct {
		inst  isa.Inst
		taken bool
	}{
		{isa.Inst{Op: isa.TEQ, Rs: isa.A0, Rt: isa.A1}, false},
		{isa.Inst{Op: isa.TNE, Rs: isa.A0, Rt: isa.A1}, true},
		{isa.Inst{Op: isa.TGE, Rs: isa.A0, Rt: isa.A1}, false}, // -1 >= 1 signed: no
		{isa.Inst{Op: isa.TGEU, Rs: isa.A0, Rt: isa.A1}, true},
		{isa.Inst{Op: isa.TLT, Rs: isa.A0, Rt: isa.A1}, true},
		{isa.Inst{Op: isa.TLTU, Rs: isa.A0, Rt: isa.A1}, false},
		{isa.Inst{Op: isa.TEQI, Rs: isa.A0, Imm: -1}, true},
		{isa.Inst{Op: isa.TNEI, Rs: isa.A0, Imm: -1}, false},
		{isa.Inst{Op: isa.TGEI, Rs: isa.A0, Imm: 0}, false},
		{isa.Inst{Op: isa.TGEIU, Rs: isa.A0, Imm: -1}, true}, // 0xffffffff >= 0xffffffff
		{isa.Inst{Op: isa.TLTI, Rs: isa.A0, Imm: 0}, true},
		{isa.Inst{Op: isa.TLTIU, Rs: isa.A0, Imm: 5}, false},
	} {
		m := newTestMachine(t, "ideal")
		m.GPR[isa.A0], m.GPR[isa.A1] = 0xffffffff, 1
		load(t, m, func(b *isa.Builder) {
			b.Emit(c.inst)
			brk(b, 0)
		})
		var got *Exception
		m.Handler = func(m *Machine, e *Exception) (bool, error) {
			got = e
			m.Halt(0)
			return true, nil
		}
		run(t, m)
		if taken := got.Code == isa.ExcTr; taken != c.taken {
			t.Errorf("%v: exception %s, want trap %v", c.inst, got.Code, c.taken)
		}
	}
}

func TestReservedAndCoprocessor(t *testing.T) {
	for _, c := range []struct {
		word uint32
		code isa.ExcCode
		ce   int
	}{
		{0xffffffff, isa.ExcRI, 0},
		{0x46000000, isa.ExcCpU, 1},
		{0x700000ff, isa.ExcRI, 0}, // sdbbp: no EJTAG
	} {
		m := newTestMachine(t, "ideal")
		writeWord(t, m, codeBase, c.word)
		m.SetPC(codeBase)
		var got *Exception
		m.Handler = func(m *Machine, e *Exception) (bool, error) { got = e; m.Halt(1); return true, nil }
		run(t, m)
		if got == nil || got.Code != c.code || got.Coprocessor != c.ce || got.PC != codeBase {
			t.Errorf("%#08x: exception %+v, want %s ce %d", c.word, got, c.code, c.ce)
		}
	}
}

func TestTimerInterrupt(t *testing.T) {
	m := newTestMachine(t, "ideal")
	m.CP0.Status = StatusIE | CauseIPTimer // IM7 and IE
	m.CP0.Compare = 10
	load(t, m, func(b *isa.Builder) {
		loop := b.Here("loop")
		b.Addiu(isa.T0, isa.T0, 1)
		b.BranchNop(isa.BEQ, isa.Zero, isa.Zero, loop)
	})
	m.Handler = func(m *Machine, e *Exception) (bool, error) {
		if e.Code == isa.ExcInt {
			m.Halt(0)
			return true, nil
		}
		return false, nil
	}
	run(t, m)
	// Count reaches 10 after the tenth cycle; the interrupt is taken before
	// the eleventh instruction.
	if m.Stats.Instructions != 10 || m.GPR[isa.T0] != 4 {
		t.Errorf("instructions %d t0 %d", m.Stats.Instructions, m.GPR[isa.T0])
	}
}

func TestWaitSkipsToTimer(t *testing.T) {
	m := newTestMachine(t, "ideal")
	m.CP0.Status = StatusIE | CauseIPTimer
	m.CP0.Compare = 1000
	load(t, m, func(b *isa.Builder) {
		b.Emit(isa.Inst{Op: isa.WAIT})
		brk(b, 0)
	})
	var got isa.ExcCode = 99
	m.Handler = func(m *Machine, e *Exception) (bool, error) { got = e.Code; m.Halt(0); return true, nil }
	run(t, m)
	if got != isa.ExcInt || m.Stats.Cycles != 1000 || m.Stats.IdleCycles != 999 || m.PC != codeBase+4 {
		t.Errorf("exception %s cycles %d idle %d pc %#x", got, m.Stats.Cycles, m.Stats.IdleCycles, m.PC)
	}

	m = newTestMachine(t, "ideal")
	load(t, m, func(b *isa.Builder) { b.Emit(isa.Inst{Op: isa.WAIT}) })
	if _, err := (Interp{}).Run(t.Context(), m, Limits{MaxInstructions: 10}); err != ErrWaitForever {
		t.Errorf("wait with interrupts off: %v", err)
	}
}

func TestSegmentRegisterInstructions(t *testing.T) {
	m := newTestMachine(t, "ideal")
	m.GPR[isa.A0], m.GPR[isa.A1] = 0x8000abcd, 0x30001234
	load(t, m, func(b *isa.Builder) {
		b.Emit(isa.Inst{Op: isa.MTSR, Rd: 5, Rt: isa.A0})
		b.Emit(isa.Inst{Op: isa.MFSR, Rd: 5, Rt: isa.V0})
		b.Emit(isa.Inst{Op: isa.MTSRIN, Rd: isa.A1, Rt: isa.A0}) // SR3
		b.Emit(isa.Inst{Op: isa.MFSRIN, Rd: isa.A1, Rt: isa.V1})
		brk(b, 0)
	})
	run(t, m)
	if m.GPR[isa.V0] != 0x8000abcd || m.GPR[isa.V1] != 0x8000abcd || m.MMU.SR[3] != 0x8000abcd {
		t.Errorf("v0 %#x v1 %#x sr3 %#x", m.GPR[isa.V0], m.GPR[isa.V1], m.MMU.SR[3])
	}
}
