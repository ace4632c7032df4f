package difftest

import (
	"fmt"
	"math/bits"

	"graftlab/isa"
)

// model is the generator's view of the guest while it writes a sequence:
// the value of every register and buffer byte, and whether the generator
// knows it. Addresses are what it does not know: the base registers, the
// return addresses that linking branches write and the targets that la
// loads depend on where the linker puts the code, so they and everything
// computed from them are unknown. The generator follows only decisions
// whose inputs it knows (branch conditions, traps, overflow, divisors), so
// that it can promise every sequence runs to its end without a signal.
//
// The model is not the thing under test; it only steers generation. When
// it is wrong, the sequence traps on both sides and the run reports the
// batch as broken, not as a disagreement; the qemu tests also check every
// known value against qemu's.
type model struct {
	gpr   [32]uint32
	known [32]bool
	hi    uint32
	lo    uint32
	// hiKnown and loKnown say whether the generator knows HI and LO;
	// hiDefined and loDefined are false after mul, which leaves them
	// UNPREDICTABLE in MIPS32: nothing may read them until they are written.
	hiKnown, loKnown     bool
	hiDefined, loDefined bool
	mem                  []byte
	memKnown             []bool
	// baseOff is the buffer offset a base register points to, or -1.
	baseOff [32]int
	// llAddr is the buffer offset of the last ll, or -1.
	llAddr int
}

func newModel(s *Sequence) *model {
	m := &model{hi: s.Init.HI, lo: s.Init.LO, hiKnown: true, loKnown: true, hiDefined: true, loDefined: true, llAddr: -1}
	m.mem = append([]byte(nil), s.Buffer...)
	m.memKnown = make([]bool, len(s.Buffer))
	for i := range m.memKnown {
		m.memKnown[i] = true
	}
	for r := range m.baseOff {
		m.baseOff[r] = -1
	}
	for r := 1; r < 32; r++ {
		m.gpr[r], m.known[r] = s.Init.GPR[r], true
	}
	m.known[0] = true
	for _, b := range s.Bases {
		m.baseOff[b.Reg] = b.Offset
		m.known[b.Reg] = false
	}
	return m
}

func (m *model) set(r isa.Reg, v uint32, known bool) {
	if r != 0 {
		m.gpr[r], m.known[r] = v, known
	}
}

// forget marks r unknown: it holds an address.
func (m *model) forget(r isa.Reg) { m.set(r, 0, false) }

func (m *model) setHILO(hi, lo uint32, known bool) {
	m.hi, m.lo, m.hiKnown, m.loKnown = hi, lo, known, known
	m.hiDefined, m.loDefined = true, true
}

// addOverflows and subOverflows follow MIPS32's ADD and SUB.
func addOverflows(a, b uint32) bool { s := a + b; return (a^s)&(b^s)>>31 != 0 }
func subOverflows(a, b uint32) bool { d := a - b; return (a^b)&(a^d)>>31 != 0 }

func b2u(b bool) uint32 {
	if b {
		return 1
	}
	return 0
}

// trapTaken reports whether a trap instruction traps for operands a and b.
func trapTaken(op isa.Op, a, b uint32) bool {
	switch op {
	case isa.TGE, isa.TGEI:
		return int32(a) >= int32(b)
	case isa.TGEU, isa.TGEIU:
		return a >= b
	case isa.TLT, isa.TLTI:
		return int32(a) < int32(b)
	case isa.TLTU, isa.TLTIU:
		return a < b
	case isa.TEQ, isa.TEQI:
		return a == b
	case isa.TNE, isa.TNEI:
		return a != b
	}
	return false
}

// branchTaken reports whether a conditional branch is taken for rs and rt.
func branchTaken(op isa.Op, rs, rt uint32) bool {
	switch op {
	case isa.BEQ, isa.BEQL:
		return rs == rt
	case isa.BNE, isa.BNEL:
		return rs != rt
	case isa.BLEZ, isa.BLEZL:
		return int32(rs) <= 0
	case isa.BGTZ, isa.BGTZL:
		return int32(rs) > 0
	case isa.BLTZ, isa.BLTZL, isa.BLTZAL, isa.BLTZALL:
		return int32(rs) < 0
	case isa.BGEZ, isa.BGEZL, isa.BGEZAL, isa.BGEZALL:
		return int32(rs) >= 0
	}
	panic("difftest: not a conditional branch: " + op.String())
}

// load reads size bytes at buffer offset a, little-endian.
func (m *model) load(a, size int) (uint32, bool) {
	var v uint32
	known := true
	for i := size - 1; i >= 0; i-- {
		v = v<<8 | uint32(m.mem[a+i])
		known = known && m.memKnown[a+i]
	}
	return v, known
}

func (m *model) store(a, size int, v uint32, known bool) {
	for i := 0; i < size; i++ {
		m.mem[a+i], m.memKnown[a+i] = byte(v>>(8*i)), known
	}
}

// exec executes an instruction that is neither a branch nor a jump.
func (m *model) exec(inst isa.Inst) {
	g, k := &m.gpr, &m.known
	rs, rt := g[inst.Rs], g[inst.Rt]
	ks, kt := k[inst.Rs], k[inst.Rt]
	imm := uint32(inst.Imm)
	switch inst.Op {
	case isa.SLL:
		m.set(inst.Rd, rt<<inst.Sa, kt)
	case isa.SRL:
		m.set(inst.Rd, rt>>inst.Sa, kt)
	case isa.SRA:
		m.set(inst.Rd, uint32(int32(rt)>>inst.Sa), kt)
	case isa.SLLV:
		m.set(inst.Rd, rt<<(rs&31), ks && kt)
	case isa.SRLV:
		m.set(inst.Rd, rt>>(rs&31), ks && kt)
	case isa.SRAV:
		m.set(inst.Rd, uint32(int32(rt)>>(rs&31)), ks && kt)
	case isa.ADD, isa.ADDU:
		m.set(inst.Rd, rs+rt, ks && kt)
	case isa.SUB, isa.SUBU:
		m.set(inst.Rd, rs-rt, ks && kt)
	case isa.AND:
		m.set(inst.Rd, rs&rt, ks && kt)
	case isa.OR:
		m.set(inst.Rd, rs|rt, ks && kt)
	case isa.XOR:
		m.set(inst.Rd, rs^rt, ks && kt)
	case isa.NOR:
		m.set(inst.Rd, ^(rs | rt), ks && kt)
	case isa.SLT:
		m.set(inst.Rd, b2u(int32(rs) < int32(rt)), ks && kt)
	case isa.SLTU:
		m.set(inst.Rd, b2u(rs < rt), ks && kt)
	case isa.ADDI, isa.ADDIU:
		m.set(inst.Rt, rs+imm, ks)
	case isa.SLTI:
		m.set(inst.Rt, b2u(int32(rs) < int32(imm)), ks)
	case isa.SLTIU:
		m.set(inst.Rt, b2u(rs < imm), ks)
	case isa.ANDI:
		m.set(inst.Rt, rs&imm, ks)
	case isa.ORI:
		m.set(inst.Rt, rs|imm, ks)
	case isa.XORI:
		m.set(inst.Rt, rs^imm, ks)
	case isa.LUI:
		m.set(inst.Rt, imm<<16, true)
	case isa.MOVZ, isa.MOVN:
		move := (rt == 0) == (inst.Op == isa.MOVZ)
		switch {
		case !kt:
			m.forget(inst.Rd)
		case move:
			m.set(inst.Rd, rs, ks)
		}
	case isa.CLZ:
		m.set(inst.Rd, uint32(bits.LeadingZeros32(rs)), ks)
	case isa.CLO:
		m.set(inst.Rd, uint32(bits.LeadingZeros32(^rs)), ks)
	case isa.MUL:
		m.set(inst.Rd, uint32(int32(rs)*int32(rt)), ks && kt)
		m.hiDefined, m.loDefined = false, false
	case isa.MULT:
		p := uint64(int64(int32(rs)) * int64(int32(rt)))
		m.setHILO(uint32(p>>32), uint32(p), ks && kt)
	case isa.MULTU:
		p := uint64(rs) * uint64(rt)
		m.setHILO(uint32(p>>32), uint32(p), ks && kt)
	case isa.MADD, isa.MADDU, isa.MSUB, isa.MSUBU:
		acc := uint64(m.hi)<<32 | uint64(m.lo)
		p := uint64(rs) * uint64(rt)
		if inst.Op == isa.MADD || inst.Op == isa.MSUB {
			p = uint64(int64(int32(rs)) * int64(int32(rt)))
		}
		if inst.Op == isa.MADD || inst.Op == isa.MADDU {
			acc += p
		} else {
			acc -= p
		}
		m.setHILO(uint32(acc>>32), uint32(acc), ks && kt && m.hiKnown && m.loKnown)
	case isa.DIV:
		// Division by zero is UNPREDICTABLE in MIPS32; qemu and graftlab
		// both take a zero divisor as 1. INT_MIN / -1 gives LO = INT_MIN,
		// HI = 0 on both sides (and in Go).
		a, b := int32(rs), int32(rt)
		switch b {
		case 0:
			m.setHILO(0, rs, ks && kt)
		case -1:
			m.setHILO(0, uint32(-a), ks && kt)
		default:
			m.setHILO(uint32(a%b), uint32(a/b), ks && kt)
		}
	case isa.DIVU:
		if rt == 0 {
			m.setHILO(0, rs, ks && kt)
		} else {
			m.setHILO(rs%rt, rs/rt, ks && kt)
		}
	case isa.MFHI:
		m.set(inst.Rd, m.hi, m.hiKnown)
	case isa.MFLO:
		m.set(inst.Rd, m.lo, m.loKnown)
	case isa.MTHI:
		m.hi, m.hiKnown, m.hiDefined = rs, ks, true
	case isa.MTLO:
		m.lo, m.loKnown, m.loDefined = rs, ks, true
	case isa.LB, isa.LBU, isa.LH, isa.LHU, isa.LW, isa.LL:
		a := m.baseOff[inst.Rs] + int(inst.Imm)
		v, known := m.load(a, inst.Info().Mem.Size())
		switch inst.Op {
		case isa.LB:
			v = uint32(int8(v))
		case isa.LH:
			v = uint32(int16(v))
		case isa.LL:
			m.llAddr = a
		}
		m.set(inst.Rt, v, known)
	case isa.LWL, isa.LWR:
		a := m.baseOff[inst.Rs] + int(inst.Imm)
		w, known := m.load(a&^3, 4)
		shift := 8 * uint(a&3)
		var v uint32
		if inst.Op == isa.LWL {
			s := 24 - shift
			v = w<<s | rt&(1<<s-1)
			known = known && (kt || s == 0)
		} else {
			v = w>>shift | rt&^(0xffffffff>>shift)
			known = known && (kt || shift == 0)
		}
		m.set(inst.Rt, v, known)
	case isa.SB, isa.SH, isa.SW:
		m.store(m.baseOff[inst.Rs]+int(inst.Imm), inst.Info().Mem.Size(), rt, kt)
	case isa.SWL, isa.SWR:
		a := m.baseOff[inst.Rs] + int(inst.Imm)
		shift := 8 * (a & 3)
		if inst.Op == isa.SWL {
			// The high bytes of rt go to the word start up to a.
			for i := 0; i <= a&3; i++ {
				m.store(a&^3+i, 1, rt>>(24-shift+8*i), kt)
			}
		} else {
			// The low bytes of rt go to a up to the word end.
			for i := 0; i < 4-a&3; i++ {
				m.store(a+i, 1, rt>>(8*i), kt)
			}
		}
	case isa.SC:
		// The generator writes sc only right after an ll of the same
		// word, with no store between: it succeeds.
		m.store(m.baseOff[inst.Rs]+int(inst.Imm), 4, rt, kt)
		m.set(inst.Rt, 1, true)
		m.llAddr = -1
	case isa.SYNC, isa.PREF,
		isa.TGE, isa.TGEU, isa.TLT, isa.TLTU, isa.TEQ, isa.TNE,
		isa.TGEI, isa.TGEIU, isa.TLTI, isa.TLTIU, isa.TEQI, isa.TNEI:
		// No effect: the generator writes only traps that are not taken.
	default:
		panic("difftest: model cannot execute " + inst.Op.String())
	}
}

// ModelDiff lists the values that the generator's model of s knows and r
// disagrees with (A is the model's value). A sequence that has been
// changed since it was generated has no model, and no differences.
func ModelDiff(s *Sequence, r Result) []Difference {
	m := s.model
	if m == nil {
		return nil
	}
	var d []Difference
	for reg := 1; reg < 32; reg++ {
		if m.known[reg] && m.gpr[reg] != r.Regs.GPR[reg] {
			d = append(d, Difference{What: regName(reg), Offset: -1, A: m.gpr[reg], B: r.Regs.GPR[reg]})
		}
	}
	if m.hiKnown && m.hiDefined && m.hi != r.Regs.HI {
		d = append(d, Difference{What: "hi", Offset: -1, A: m.hi, B: r.Regs.HI})
	}
	if m.loKnown && m.loDefined && m.lo != r.Regs.LO {
		d = append(d, Difference{What: "lo", Offset: -1, A: m.lo, B: r.Regs.LO})
	}
	for i := range min(len(m.mem), len(r.Buffer)) {
		if m.memKnown[i] && m.mem[i] != r.Buffer[i] {
			d = append(d, Difference{What: fmt.Sprintf("buffer+%#x", i), Offset: i, A: uint32(m.mem[i]), B: uint32(r.Buffer[i])})
		}
	}
	return d
}
