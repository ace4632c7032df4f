package asm

import (
	"graftlab/isa"
)

// The address macros: la, loads and stores of a symbol or a large offset,
// and the unaligned loads and stores (GNU as's M_LA_AB, ld/ld_st and
// uld_st).

// offsetHigh is the part of an offset that a lui must supply so that the
// rest fits a signed 16-bit field.
func offsetHigh(v int64) int64 { return (v + 0x8000) &^ 0xffff }

// smallOffset reports whether the address operand fits a 16-bit offset
// field even after adding rng (GNU as's small_offset_p).
func (g *arg) smallOffset(rng int64) bool {
	if g.expr == nil {
		return true
	}
	if g.rel != relNone && rng < 1 {
		return true
	}
	if !g.val.isConst() {
		return false
	}
	return offsetHigh(g.val.off) == 0 && offsetHigh(g.val.off+rng) == 0
}

// offsetField is the 16-bit field of an address operand that fits one,
// or a fixup for it (R_MIPS_LO16 unless the operand names a relocation).
func (a *assembler) offsetField(g *arg, op isa.Op) (int32, *instFixup) {
	if g.expr == nil {
		return 0, nil
	}
	rel := g.rel
	if g.val.isConst() {
		if rel != relNone {
			return immOf(op, applyReloc(rel, g.val.off)), nil
		}
		return immOf(op, g.val.off), nil
	}
	kind := map[relocOp]fixKind{relNone: fixLo16, relHi: fixHi16, relLo: fixLo16, relGPRel: fixGPRel16, relGot: fixGot16, relCall16: fixCall16}[rel]
	return 0, &instFixup{kind: kind, expr: g.expr, val: g.val}
}

// symbolic checks that an address that is not a constant is a symbol plus
// an offset, which a %hi/%lo pair can reach.
func (a *assembler) symbolic(g *arg) bool {
	if g.val.sub != nil || g.rel != relNone {
		a.errAt(g.pos, "expression too complex")
		return false
	}
	if a.pic {
		a.errAt(g.pos, "PIC address macros are not supported (add \".option pic0\" after .abicalls)")
		return false
	}
	if g.val.off < gprSMin || g.val.off > gprSMax {
		a.errAt(g.pos, "offset too large")
		return false
	}
	return true
}

// hiLo emits lui reg,%hi(addr) and then op with %lo(addr).
func (a *assembler) lui(reg isa.Reg, g *arg) {
	a.emitInst(isa.Inst{Op: isa.LUI, Rt: reg}, &instFixup{kind: fixHi16, expr: g.expr, val: g.val})
}

func (a *assembler) lo(op isa.Op, rt, rs isa.Reg, g *arg) {
	a.emitInst(isa.Inst{Op: op, Rt: rt, Rs: rs}, &instFixup{kind: fixLo16, expr: g.expr, val: g.val})
}

// loadAddress loads an address (a constant, or a symbol plus an offset).
func (a *assembler) loadAddress(reg isa.Reg, g *arg) {
	if g.val.isConst() {
		a.loadRegister(reg, g.val.off)
		return
	}
	if !a.symbolic(g) {
		return
	}
	a.lui(reg, g)
	a.lo(isa.ADDIU, reg, reg, g)
}

func macroLA(a *assembler, m *match) {
	t, g := m.args[0].reg, &m.args[1]
	breg := g.base
	if g.smallOffset(0) {
		imm, fix := a.offsetField(g, isa.ADDIU)
		a.emitInst(isa.Inst{Op: isa.ADDIU, Rt: t, Rs: breg, Imm: imm}, fix)
		return
	}
	temp := t
	if a.set.at && t == breg {
		temp = isa.AT
		a.useAT()
	}
	if g.val.isConst() {
		a.loadRegister(temp, g.val.off)
	} else {
		if !a.symbolic(g) {
			return
		}
		a.lui(temp, g)
		a.lo(isa.ADDIU, temp, temp, g)
	}
	if breg != 0 {
		a.r3(isa.ADDU, t, temp, breg)
	}
}

// macroLoadStore is a load or store (or cache, pref) whose address does
// not fit the instruction: the high part goes through $at, or for a plain
// load through the loaded register.
func macroLoadStore(op isa.Op) macroFunc {
	viaDest := map[isa.Op]bool{isa.LB: true, isa.LBU: true, isa.LH: true, isa.LHU: true, isa.LW: true, isa.LL: true}[op]
	return func(a *assembler, m *match) {
		rt := m.args[0].reg
		if m.args[0].letter == 'k' {
			rt = isa.Reg(m.args[0].num)
		}
		g := &m.args[1]
		breg := g.base
		temp := isa.AT
		if viaDest && breg != rt && rt != 0 {
			temp = rt
		}
		if g.smallOffset(0) {
			imm, fix := a.offsetField(g, op)
			a.emitInst(isa.Inst{Op: op, Rt: rt, Rs: breg, Imm: imm}, fix)
			return
		}
		if temp == isa.AT {
			a.useAT()
		}
		if g.val.isConst() {
			v := g.val.off
			if v < gprSMin || v > gprSMax {
				a.errAt(g.pos, "number (%#x) larger than 32 bits", v)
				return
			}
			hi := offsetHigh(v)
			a.loadRegister(temp, hi)
			if breg != 0 {
				a.r3(isa.ADDU, temp, temp, breg)
			}
			a.immI(op, rt, temp, v-hi)
			return
		}
		if !a.symbolic(g) {
			return
		}
		a.lui(temp, g)
		if breg != 0 {
			a.r3(isa.ADDU, temp, temp, breg)
		}
		a.lo(op, rt, temp, g)
	}
}

// macroUnaligned is ulw/usw (lwl+lwr, swl+swr) and ulh/ulhu/ush (byte
// accesses), little-endian.
func macroUnaligned(first, second isa.Op, off int64, store bool) macroFunc {
	return func(a *assembler, m *match) {
		t, g := m.args[0].reg, &m.args[1]
		breg := g.base
		large := !g.smallOffset(off)
		var ep int64
		temp := t
		switch {
		case large:
			a.useAT()
			if g.smallOffset(0) {
				imm, fix := a.offsetField(g, isa.ADDIU)
				a.emitInst(isa.Inst{Op: isa.ADDIU, Rt: isa.AT, Rs: breg, Imm: imm}, fix)
			} else {
				a.loadAddress(isa.AT, g)
				if breg != 0 {
					a.r3(isa.ADDU, isa.AT, isa.AT, breg)
				}
			}
			breg = isa.AT
		case !store && t == breg:
			a.useAT()
			temp = isa.AT
		}
		if !large && g.expr != nil {
			ep = g.val.off
		}
		if off == 1 {
			a.unalignedHalf(first, second, t, breg, ep, store, large)
			return
		}
		a.immI(first, temp, breg, ep+off)
		a.immI(second, temp, breg, ep)
		if !store && t != temp {
			a.move(t, temp)
		}
	}
}

// unalignedHalf is the byte sequence of ulh, ulhu and ush.
func (a *assembler) unalignedHalf(first, second isa.Op, t, breg isa.Reg, ep int64, store, large bool) {
	a.useAT()
	if !store {
		ep++
	}
	temp := isa.AT
	if store || large {
		temp = t
	}
	a.immI(first, temp, breg, ep)
	temp = isa.AT
	if store == large {
		temp = t
	}
	if store {
		a.shift(isa.SRL, temp, t, 8)
		ep++
	} else {
		ep--
	}
	a.immI(second, temp, breg, ep)
	if store && large {
		ep--
		a.immI(isa.LBU, isa.AT, isa.AT, ep)
	}
	if !store || large {
		temp = isa.AT
		if large {
			temp = t
		}
		a.shift(isa.SLL, temp, temp, 8)
		a.r3(isa.OR, t, t, isa.AT)
	}
}
