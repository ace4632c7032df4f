package asm

import (
	"graftlab/isa"
)

// The macro instructions, expanded as GNU as 2.40 expands them for MIPS32
// without PIC (tc-mips.c, function macro): same instructions, same
// registers, same order.

const gprSMax, gprSMin = 0x7fffffff, -0x80000000

func (a *assembler) ins(inst isa.Inst) { a.emitInst(inst, nil) }

func (a *assembler) r3(op isa.Op, rd, rs, rt isa.Reg) {
	a.ins(isa.Inst{Op: op, Rd: rd, Rs: rs, Rt: rt})
}

func (a *assembler) shift(op isa.Op, rd, rt isa.Reg, sa int64) {
	a.ins(isa.Inst{Op: op, Rd: rd, Rt: rt, Sa: uint8(sa & 31)})
}

// immI emits an immediate instruction with a constant 16-bit field.
func (a *assembler) immI(op isa.Op, rt, rs isa.Reg, v int64) {
	a.ins(isa.Inst{Op: op, Rt: rt, Rs: rs, Imm: immOf(op, v)})
}

// immOf fits a 16-bit field value to the operand kind of op.
func immOf(op isa.Op, v int64) int32 {
	if hasArg(op.Info(), isa.ArgUImm) {
		return int32(uint16(v))
	}
	return int32(int16(uint16(v)))
}

func (a *assembler) move(d, s isa.Reg) { a.r3(isa.OR, d, s, isa.Zero) }

func (a *assembler) nop() { a.ins(isa.Inst{Op: isa.SLL}) }

// branchOff emits a branch over a fixed number of bytes (a macro's own
// label).
func (a *assembler) branchOff(op isa.Op, rs, rt isa.Reg, bytes int64) {
	a.ins(isa.Inst{Op: op, Rs: rs, Rt: rt, Imm: int32(bytes >> 2)})
}

// branchTo emits a branch to the target operand g.
func (a *assembler) branchTo(op isa.Op, rs, rt isa.Reg, g *arg) {
	a.emitInst(isa.Inst{Op: op, Rs: rs, Rt: rt}, &instFixup{kind: fixBranch, expr: g.expr, val: g.val})
}

// breakCode emits break with code n in bits 25:16, as "break n" writes it.
func (a *assembler) breakCode(n uint32) { a.ins(isa.Inst{Op: isa.BREAK, Code: n << 10}) }

func (a *assembler) useAT() { a.usedAT = true }

// loadRegister loads a constant (GNU as's load_register for 32 bits).
func (a *assembler) loadRegister(reg isa.Reg, v int64) {
	v = normalize32(v)
	switch {
	case v >= -0x8000 && v < 0x8000:
		a.immI(isa.ADDIU, reg, isa.Zero, v)
	case v >= 0 && v < 0x10000:
		a.immI(isa.ORI, reg, isa.Zero, v)
	case v >= gprSMin && v <= gprSMax:
		a.immI(isa.LUI, reg, 0, v>>16&0xffff)
		if v&0xffff != 0 {
			a.immI(isa.ORI, reg, reg, v&0xffff)
		}
	default:
		a.err("number (%#x) larger than 32 bits", v)
		a.immI(isa.ADDIU, reg, isa.Zero, v)
	}
}

func macroLI(a *assembler, m *match) { a.loadRegister(m.args[0].reg, m.args[1].num) }

func macroAbs(a *assembler, m *match) {
	d, s := m.args[0].reg, m.args[1].reg
	a.startNoreorder()
	a.branchOff(isa.BGEZ, s, 0, 8)
	if d == s {
		a.nop()
	} else {
		a.move(d, s)
	}
	a.r3(isa.SUB, d, isa.Zero, s)
	a.endNoreorder()
}

// macroSImm is add/addu/slt/sltu with an immediate: the immediate form
// (addi, addiu, slti, sltiu) when the value fits in 16 signed bits.
func macroSImm(immOp, regOp isa.Op) macroFunc {
	return func(a *assembler, m *match) {
		d, s, v := m.args[0].reg, m.args[1].reg, m.args[2].num
		if v >= -0x8000 && v < 0x8000 {
			a.immI(immOp, d, s, v)
			return
		}
		a.viaAT(regOp, d, s, v)
	}
}

// macroSubI is sub/subu with an immediate: addi/addiu of its negation.
func macroSubI(immOp, regOp isa.Op) macroFunc {
	return func(a *assembler, m *match) {
		d, s, v := m.args[0].reg, m.args[1].reg, m.args[2].num
		if v > -0x8000 && v <= 0x8000 {
			a.immI(immOp, d, s, -v)
			return
		}
		a.viaAT(regOp, d, s, v)
	}
}

// macroLogicI is and/or/xor/nor with an immediate.
func macroLogicI(immOp, regOp isa.Op) macroFunc {
	return func(a *assembler, m *match) {
		d, s, v := m.args[0].reg, m.args[1].reg, m.args[2].num
		if v >= 0 && v < 0x10000 {
			if regOp == isa.NOR {
				a.immI(isa.ORI, d, s, v)
				a.r3(isa.NOR, d, d, isa.Zero)
			} else {
				a.immI(immOp, d, s, v)
			}
			return
		}
		a.viaAT(regOp, d, s, v)
	}
}

// viaAT is an immediate macro's form for a value no immediate field holds:
// v loaded into $at, then the register form regOp.
func (a *assembler) viaAT(regOp isa.Op, d, s isa.Reg, v int64) {
	a.useAT()
	a.loadRegister(isa.AT, v)
	a.r3(regOp, d, s, isa.AT)
}

// macroDiv is the three-operand div/divu/rem/remu with its checks for a
// zero divisor (break 7) and, when signed, overflow (break 6).
func macroDiv(divOp, moveOp isa.Op) macroFunc {
	return func(a *assembler, m *match) {
		d, s, t := m.args[0].reg, m.args[1].reg, m.args[2].reg
		if divOp == isa.DIVU {
			a.startNoreorder()
			a.branchOff(isa.BNE, t, isa.Zero, 8)
			a.ins(isa.Inst{Op: divOp, Rs: s, Rt: t})
			a.endNoreorder()
			a.breakCode(7)
			a.ins(isa.Inst{Op: moveOp, Rd: d})
			return
		}
		if t == 0 {
			a.breakCode(7)
			return
		}
		a.startNoreorder()
		a.branchOff(isa.BNE, t, isa.Zero, 8)
		a.ins(isa.Inst{Op: divOp, Rs: s, Rt: t})
		a.breakCode(7)
		a.useAT()
		a.loadRegister(isa.AT, -1)
		a.branchOff(isa.BNE, t, isa.AT, 16)
		a.immI(isa.LUI, isa.AT, 0, 0x8000)
		a.branchOff(isa.BNE, s, isa.AT, 8)
		a.nop()
		a.endNoreorder()
		a.breakCode(6)
		a.ins(isa.Inst{Op: moveOp, Rd: d})
	}
}

// macroDivI is div/divu/rem/remu by a constant.
func macroDivI(divOp, moveOp isa.Op) macroFunc {
	return func(a *assembler, m *match) {
		d, s, v := m.args[0].reg, m.args[1].reg, m.args[2].num
		switch {
		case v == 0:
			a.breakCode(7)
		case v == 1 && moveOp == isa.MFLO:
			a.move(d, s)
		case v == 1:
			a.move(d, isa.Zero)
		case v == -1 && divOp == isa.DIV && moveOp == isa.MFLO:
			a.r3(isa.SUB, d, isa.Zero, s)
		case v == -1 && divOp == isa.DIV:
			a.move(d, isa.Zero)
		default:
			a.useAT()
			a.loadRegister(isa.AT, v)
			a.ins(isa.Inst{Op: divOp, Rs: s, Rt: isa.AT})
			a.ins(isa.Inst{Op: moveOp, Rd: d})
		}
	}
}

func macroMulI(a *assembler, m *match) {
	a.useAT()
	a.loadRegister(isa.AT, m.args[2].num)
	a.ins(isa.Inst{Op: isa.MULT, Rs: m.args[1].reg, Rt: isa.AT})
	a.ins(isa.Inst{Op: isa.MFLO, Rd: m.args[0].reg})
}

// macroMulo is mulo/mulou: multiply, and break 6 on overflow.
func macroMulo(unsigned, imm bool) macroFunc {
	return func(a *assembler, m *match) {
		d, s := m.args[0].reg, m.args[1].reg
		a.startNoreorder()
		a.useAT()
		t := m.args[2].reg
		if imm {
			a.loadRegister(isa.AT, m.args[2].num)
			t = isa.AT
		}
		if unsigned {
			a.ins(isa.Inst{Op: isa.MULTU, Rs: s, Rt: t})
			a.ins(isa.Inst{Op: isa.MFHI, Rd: isa.AT})
			a.ins(isa.Inst{Op: isa.MFLO, Rd: d})
			a.branchOff(isa.BEQ, isa.AT, isa.Zero, 8)
			a.nop()
			a.breakCode(6)
			a.endNoreorder()
			return
		}
		a.ins(isa.Inst{Op: isa.MULT, Rs: s, Rt: t})
		a.ins(isa.Inst{Op: isa.MFLO, Rd: d})
		a.shift(isa.SRA, d, d, 31)
		a.ins(isa.Inst{Op: isa.MFHI, Rd: isa.AT})
		a.branchOff(isa.BEQ, d, isa.AT, 8)
		a.nop()
		a.breakCode(6)
		a.endNoreorder()
		a.ins(isa.Inst{Op: isa.MFLO, Rd: d})
	}
}

// macroRotate is rol/ror by a register (MIPS32 has no rotate instruction).
func macroRotate(left bool) macroFunc {
	return func(a *assembler, m *match) {
		d, s, t := m.args[0].reg, m.args[1].reg, m.args[2].reg
		if a.set.r2 {
			if !left {
				a.r3(isa.ROTRV, d, t, s)
				return
			}
			temp := d // GNU as negates into the destination unless it is the source
			if d == s {
				temp = isa.AT
				a.useAT()
			}
			a.r3(isa.SUBU, temp, isa.Zero, t)
			a.r3(isa.ROTRV, d, temp, s)
			return
		}
		first, second := isa.SRLV, isa.SLLV
		if !left {
			first, second = isa.SLLV, isa.SRLV
		}
		a.useAT()
		a.r3(isa.SUBU, isa.AT, isa.Zero, t)
		a.r3(first, isa.AT, isa.AT, s)
		a.r3(second, d, t, s)
		a.r3(isa.OR, d, d, isa.AT)
	}
}

// macroRotateI is rol/ror by a constant.
func macroRotateI(left bool) macroFunc {
	return func(a *assembler, m *match) {
		d, s := m.args[0].reg, m.args[1].reg
		rot := m.args[2].num & 0x1f
		if a.set.r2 {
			if left {
				rot = (32 - rot) & 0x1f
			}
			a.shift(isa.ROTR, d, s, rot)
			return
		}
		if rot == 0 {
			a.shift(isa.SRL, d, s, 0)
			return
		}
		first, second := isa.SLL, isa.SRL
		if !left {
			first, second = isa.SRL, isa.SLL
		}
		a.useAT()
		a.shift(first, isa.AT, s, rot)
		a.shift(second, d, s, (32-rot)&0x1f)
		a.r3(isa.OR, d, d, isa.AT)
	}
}

// macroSeq is seq (or sne) of two registers.
func macroSeq(ne bool) macroFunc {
	return func(a *assembler, m *match) {
		d, s, t := m.args[0].reg, m.args[1].reg, m.args[2].reg
		x := d
		switch {
		case s == 0:
			x = t
		case t == 0:
			x = s
		default:
			a.r3(isa.XOR, d, s, t)
		}
		if ne {
			a.r3(isa.SLTU, d, isa.Zero, x)
		} else {
			a.immI(isa.SLTIU, d, x, 1)
		}
	}
}

// macroSeqI is seq (or sne) of a register and a constant.
func macroSeqI(ne bool) macroFunc {
	return func(a *assembler, m *match) {
		d, s, v := m.args[0].reg, m.args[1].reg, m.args[2].num
		switch {
		case v == 0:
			if ne {
				a.r3(isa.SLTU, d, isa.Zero, s)
			} else {
				a.immI(isa.SLTIU, d, s, 1)
			}
			return
		case s == 0:
			if ne {
				a.immI(isa.ADDIU, d, isa.Zero, 1)
			} else {
				a.move(d, isa.Zero)
			}
			return
		case v >= 0 && v < 0x10000:
			a.immI(isa.XORI, d, s, v)
		case v > -0x8000 && v < 0:
			a.immI(isa.ADDIU, d, s, -v)
		default:
			a.loadRegister(isa.AT, v)
			a.r3(isa.XOR, d, s, isa.AT)
			a.useAT()
		}
		if ne {
			a.r3(isa.SLTU, d, isa.Zero, d)
		} else {
			a.immI(isa.SLTIU, d, d, 1)
		}
	}
}

// macroSge is sge/sgeu of two registers: not (s < t).
func macroSge(slt isa.Op) macroFunc {
	return func(a *assembler, m *match) {
		d := m.args[0].reg
		a.r3(slt, d, m.args[1].reg, m.args[2].reg)
		a.immI(isa.XORI, d, d, 1)
	}
}

// macroSgeI is sge/sgeu of a register and a constant.
func macroSgeI(sltImm, slt isa.Op) macroFunc {
	return func(a *assembler, m *match) {
		d, s, v := m.args[0].reg, m.args[1].reg, m.args[2].num
		if v >= -0x8000 && v < 0x8000 {
			a.immI(sltImm, d, s, v)
		} else {
			a.loadRegister(isa.AT, v)
			a.r3(slt, d, s, isa.AT)
			a.useAT()
		}
		a.immI(isa.XORI, d, d, 1)
	}
}

// macroSgt is sgt/sgtu (t < s) and, with not, sle/sleu (not (t < s)).
func macroSgt(slt isa.Op, not bool) macroFunc {
	return func(a *assembler, m *match) {
		d := m.args[0].reg
		a.r3(slt, d, m.args[2].reg, m.args[1].reg)
		if not {
			a.immI(isa.XORI, d, d, 1)
		}
	}
}

// macroSgtI is sgt/sgtu and sle/sleu with a constant, through $at.
func macroSgtI(slt isa.Op, not bool) macroFunc {
	return func(a *assembler, m *match) {
		d := m.args[0].reg
		a.useAT()
		a.loadRegister(isa.AT, m.args[2].num)
		a.r3(slt, d, isa.AT, m.args[1].reg)
		if not {
			a.immI(isa.XORI, d, d, 1)
		}
	}
}

// macroTrapI is a trap against a constant that does not fit teqi and the
// like.
func macroTrapI(op isa.Op) macroFunc {
	return func(a *assembler, m *match) {
		a.useAT()
		a.loadRegister(isa.AT, m.args[1].num)
		a.ins(isa.Inst{Op: op, Rs: m.args[0].reg, Rt: isa.AT})
	}
}
