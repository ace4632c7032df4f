package asm

import "graftlab/isa"

// The branch macros: comparisons of a register with a register or a
// constant, as GNU as expands them.

// macroBranchEqI is beq/bne(l) with an immediate.
func macroBranchEqI(op isa.Op) macroFunc {
	return func(a *assembler, m *match) {
		s, v := m.args[0].reg, m.args[1].num
		t := isa.Zero
		if v != 0 {
			t = isa.AT
			a.useAT()
			a.loadRegister(isa.AT, v)
		}
		a.branchTo(op, s, t, &m.args[2])
	}
}

type branchCond uint8

const (
	condLT branchCond = iota
	condLE
	condGT
	condGE
)

// macroCompareBranch is blt, ble, bgt, bge and their unsigned and likely
// forms, with a register or an immediate (imm) second operand.
func macroCompareBranch(cond branchCond, unsigned, likely, imm bool) macroFunc {
	return func(a *assembler, m *match) {
		b := &cmpBranch{a: a, likely: likely, target: &m.args[2]}
		s := m.args[0].reg
		if imm {
			b.immediate(cond, unsigned, s, m.args[1].num)
		} else {
			b.registers(cond, unsigned, s, m.args[1].reg)
		}
	}
}

type cmpBranch struct {
	a      *assembler
	likely bool
	target *arg
}

// pick returns the likely form of a branch when the macro is likely.
func (b *cmpBranch) pick(op isa.Op) isa.Op {
	if !b.likely {
		return op
	}
	return map[isa.Op]isa.Op{isa.BEQ: isa.BEQL, isa.BNE: isa.BNEL, isa.BGEZ: isa.BGEZL,
		isa.BGTZ: isa.BGTZL, isa.BLEZ: isa.BLEZL, isa.BLTZ: isa.BLTZL}[op]
}

func (b *cmpBranch) br(op isa.Op, s, t isa.Reg) { b.a.branchTo(b.pick(op), s, t, b.target) }

// never: the branch cannot be taken.
func (b *cmpBranch) never() {
	if b.likely {
		b.a.branchTo(isa.BNEL, isa.Zero, isa.Zero, b.target)
	} else {
		b.a.nop()
	}
}

// always: the branch is always taken.
func (b *cmpBranch) always() { b.a.branchTo(isa.BEQ, isa.Zero, isa.Zero, b.target) }

// setAT sets $at to reg < v.
func (b *cmpBranch) setAT(reg isa.Reg, v int64, unsigned bool) {
	a := b.a
	a.useAT()
	if v >= -0x8000 && v < 0x8000 {
		a.immI(map[bool]isa.Op{false: isa.SLTI, true: isa.SLTIU}[unsigned], isa.AT, reg, v)
		return
	}
	a.loadRegister(isa.AT, v)
	a.r3(map[bool]isa.Op{false: isa.SLT, true: isa.SLTU}[unsigned], isa.AT, reg, isa.AT)
}

func (b *cmpBranch) registers(cond branchCond, unsigned bool, s, t isa.Reg) {
	a := b.a
	slt := isa.SLT
	if unsigned {
		slt = isa.SLTU
	}
	at := func(x, y isa.Reg, op isa.Op) {
		a.useAT()
		a.r3(slt, isa.AT, x, y)
		b.br(op, isa.AT, isa.Zero)
	}
	if !unsigned {
		// Comparisons with $0 need no $at.
		zeroT := map[branchCond]isa.Op{condGE: isa.BGEZ, condGT: isa.BGTZ, condLE: isa.BLEZ, condLT: isa.BLTZ}
		zeroS := map[branchCond]isa.Op{condGE: isa.BLEZ, condGT: isa.BLTZ, condLE: isa.BGEZ, condLT: isa.BGTZ}
		switch {
		case t == 0:
			b.br(zeroT[cond], s, 0)
		case s == 0:
			b.br(zeroS[cond], t, 0)
		case cond == condGE:
			at(s, t, isa.BEQ)
		case cond == condGT:
			at(t, s, isa.BNE)
		case cond == condLE:
			at(t, s, isa.BEQ)
		default:
			at(s, t, isa.BNE)
		}
		return
	}
	switch cond {
	case condGE:
		switch {
		case t == 0:
			b.always()
		case s == 0:
			b.br(isa.BEQ, isa.Zero, t)
		default:
			at(s, t, isa.BEQ)
		}
	case condGT:
		switch {
		case t == 0:
			b.br(isa.BNE, s, isa.Zero)
		case s == 0:
			b.never()
		default:
			at(t, s, isa.BNE)
		}
	case condLE:
		switch {
		case t == 0:
			b.br(isa.BEQ, s, isa.Zero)
		case s == 0:
			b.always()
		default:
			at(t, s, isa.BEQ)
		}
	default:
		switch {
		case t == 0:
			b.never()
		case s == 0:
			b.br(isa.BNE, isa.Zero, t)
		default:
			at(s, t, isa.BNE)
		}
	}
}

func (b *cmpBranch) immediate(cond branchCond, unsigned bool, s isa.Reg, v int64) {
	if !unsigned {
		switch cond {
		case condGT:
			if v >= gprSMax {
				b.never()
				return
			}
			v++
			cond = condGE
		case condLE:
			if v >= gprSMax {
				b.always()
				return
			}
			v++
			cond = condLT
		}
		switch {
		case cond == condGE && v == 0:
			b.br(isa.BGEZ, s, 0)
		case cond == condGE && v == 1:
			b.br(isa.BGTZ, s, 0)
		case cond == condGE && v <= gprSMin:
			b.always()
		case cond == condGE:
			b.setAT(s, v, false)
			b.br(isa.BEQ, isa.AT, isa.Zero)
		case v == 0:
			b.br(isa.BLTZ, s, 0)
		case v == 1:
			b.br(isa.BLEZ, s, 0)
		default:
			b.setAT(s, v, false)
			b.br(isa.BNE, isa.AT, isa.Zero)
		}
		return
	}
	switch cond {
	case condGT:
		if s == 0 || v == -1 {
			b.never()
			return
		}
		v++
		cond = condGE
	case condLE:
		if s == 0 || v == -1 {
			b.always()
			return
		}
		v++
		cond = condLT
	}
	switch {
	case cond == condGE && v == 0:
		b.always()
	case cond == condGE && v == 1:
		b.br(isa.BNE, s, isa.Zero)
	case cond == condGE:
		b.setAT(s, v, true)
		b.br(isa.BEQ, isa.AT, isa.Zero)
	case v == 0:
		b.never()
	case v == 1:
		b.br(isa.BEQ, s, isa.Zero)
	default:
		b.setAT(s, v, true)
		b.br(isa.BNE, isa.AT, isa.Zero)
	}
}
