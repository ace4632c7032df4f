package cpu

import (
	"errors"
	"math/bits"

	"graftlab/isa"
	"graftlab/mmu"
)

// ErrWaitForever is returned when the guest executes wait with no
// interrupt that could ever end it.
var ErrWaitForever = errors.New("wait with every interrupt source disabled")

// step executes one instruction, or takes one interrupt or exception. With
// a code cache it takes the instruction predecoded from the cache instead of
// reading and decoding the word; everything else is the same, so both ways
// give the same state and counts.
func (m *Machine) step(code *codeCache) error {
	m.checkTimer()
	m.checkDevices()
	if m.interruptPending() {
		return m.raise(&Exception{Code: isa.ExcInt, PC: m.PC, DelaySlot: m.DelaySlot})
	}
	pc := m.PC
	if len(m.hooks.code) > 0 {
		m.runCodeHooks(pc)
		if m.stop != nil {
			return nil // a hook asked to stop before this instruction
		}
	}
	pa, e := m.fetchAddr(pc)
	if e != nil {
		return m.raise(e)
	}
	var d *decoded
	if code != nil {
		d = code.at(pa)
	}
	if d == nil {
		word, e := m.fetchWord(pa, pc)
		if e != nil {
			return m.raise(e)
		}
		var fresh decoded
		fresh.decode(word)
		d = &fresh
	}
	return m.exec(d, pc)
}

// exec runs the predecoded instruction d, fetched from pc.
func (m *Machine) exec(d *decoded, pc uint32) error {
	if d.bad {
		m.Stats.Instructions++
		return m.raise(m.badException(d, pc))
	}
	if d.info.Flags&(isa.FlagR2|isa.FlagFPU) != 0 {
		if e := m.levelException(d.info, pc); e != nil {
			// An instruction the machine lacks costs what a reserved word
			// does: no class cycles.
			m.Stats.Instructions++
			e.Inst = d.word
			return m.raise(e)
		}
	}
	e, err := m.execute(d.inst, d.info, pc)
	if e == nil || !e.Restarts() {
		m.Stats.Instructions++
		m.advance(uint64(m.Profile.ClassCycles[d.info.Class]))
	}
	if e != nil {
		e.Inst = d.word
		return m.raise(e)
	}
	return err
}

// Skip moves past the instruction at PC without running it: for handlers
// that serve an exception on the host (a system call, say) and resume after
// the instruction that raised it.
func (m *Machine) Skip() { m.next() }

// next moves past an instruction that is not a taken branch.
func (m *Machine) next() {
	m.PC, m.NextPC, m.DelaySlot = m.NextPC, m.NextPC+4, false
}

// branch moves past a branch or jump: the delay slot runs next, then target
// if taken. A branch-likely that is not taken skips its delay slot.
func (m *Machine) branch(taken, likely bool, target uint32) {
	switch {
	case taken:
		m.PC, m.NextPC, m.DelaySlot = m.NextPC, target, true
	case likely:
		m.PC, m.NextPC, m.DelaySlot = m.NextPC+4, m.NextPC+8, false
	default:
		m.PC, m.NextPC, m.DelaySlot = m.NextPC, m.NextPC+4, true
	}
}

func (m *Machine) set(r isa.Reg, v uint32) {
	if r != 0 {
		m.GPR[r] = v
	}
}

// waitHILO stalls until the last multiply or divide has finished.
func (m *Machine) waitHILO() {
	if m.hiloReady > m.Stats.Cycles {
		stall := m.hiloReady - m.Stats.Cycles
		m.Stats.Stalls += stall
		m.advance(stall)
	}
}

// startHILO starts a multiply or divide whose result is ready after latency
// cycles, counted from its issue.
func (m *Machine) startHILO(latency int) {
	m.waitHILO()
	m.hiloReady = m.Stats.Cycles + uint64(latency)
}

// privileged reports whether a privileged instruction may run: in kernel
// mode, or with CP0 made usable by Status.CU0.
func (m *Machine) privileged() bool {
	return m.Kernel() || m.CP0.Status&StatusCU0 != 0
}

// execute runs inst, located at pc. On an exception the architectural state
// is as it was before the instruction.
// Only wait can end in a host error (ErrWaitForever).
func (m *Machine) execute(inst isa.Inst, info *isa.OpInfo, pc uint32) (*Exception, error) {
	if info.Flags&isa.FlagPriv != 0 && info.Flags&isa.FlagR2 == 0 && !m.privileged() {
		return &Exception{Code: isa.ExcCpU, PC: pc, DelaySlot: m.DelaySlot}, nil
	}
	if info.Flags&(isa.FlagR2|isa.FlagFPU) != 0 {
		// An instruction beyond the profile is reserved in every mode.
		if e := m.levelException(info, pc); e != nil {
			return e, nil
		}
		if info.Flags&isa.FlagPriv != 0 && !m.privileged() {
			return &Exception{Code: isa.ExcCpU, PC: pc, DelaySlot: m.DelaySlot}, nil
		}
		if info.Flags&isa.FlagFPU != 0 {
			return m.executeFPU(inst, info, pc)
		}
		if e, ok := m.executeR2(inst, pc); ok {
			return e, nil
		}
	}
	g := &m.GPR
	rs, rt := g[inst.Rs], g[inst.Rt]
	imm := uint32(inst.Imm)
	switch inst.Op {
	// Shifts.
	case isa.SLL:
		m.set(inst.Rd, rt<<inst.Sa)
	case isa.SRL:
		m.set(inst.Rd, rt>>inst.Sa)
	case isa.SRA:
		m.set(inst.Rd, uint32(int32(rt)>>inst.Sa))
	case isa.SLLV:
		m.set(inst.Rd, rt<<(rs&31))
	case isa.SRLV:
		m.set(inst.Rd, rt>>(rs&31))
	case isa.SRAV:
		m.set(inst.Rd, uint32(int32(rt)>>(rs&31)))

	// Arithmetic and logic.
	case isa.ADD, isa.ADDI:
		b, d := rt, inst.Rd
		if inst.Op == isa.ADDI {
			b, d = imm, inst.Rt
		}
		sum := rs + b
		if (rs^sum)&(b^sum)>>31 != 0 {
			return m.exc(isa.ExcOv, pc), nil
		}
		m.set(d, sum)
	case isa.ADDU:
		m.set(inst.Rd, rs+rt)
	case isa.ADDIU:
		m.set(inst.Rt, rs+imm)
	case isa.SUB:
		diff := rs - rt
		if (rs^rt)&(rs^diff)>>31 != 0 {
			return m.exc(isa.ExcOv, pc), nil
		}
		m.set(inst.Rd, diff)
	case isa.SUBU:
		m.set(inst.Rd, rs-rt)
	case isa.AND:
		m.set(inst.Rd, rs&rt)
	case isa.OR:
		m.set(inst.Rd, rs|rt)
	case isa.XOR:
		m.set(inst.Rd, rs^rt)
	case isa.NOR:
		m.set(inst.Rd, ^(rs | rt))
	case isa.ANDI:
		m.set(inst.Rt, rs&imm)
	case isa.ORI:
		m.set(inst.Rt, rs|imm)
	case isa.XORI:
		m.set(inst.Rt, rs^imm)
	case isa.LUI:
		m.set(inst.Rt, imm<<16)
	case isa.SLT:
		m.set(inst.Rd, b2u(int32(rs) < int32(rt)))
	case isa.SLTU:
		m.set(inst.Rd, b2u(rs < rt))
	case isa.SLTI:
		m.set(inst.Rt, b2u(int32(rs) < int32(imm)))
	case isa.SLTIU:
		m.set(inst.Rt, b2u(rs < imm))
	case isa.MOVZ:
		if rt == 0 {
			m.set(inst.Rd, rs)
		}
	case isa.MOVN:
		if rt != 0 {
			m.set(inst.Rd, rs)
		}
	case isa.CLZ:
		m.set(inst.Rd, uint32(bits.LeadingZeros32(rs)))
	case isa.CLO:
		m.set(inst.Rd, uint32(bits.LeadingZeros32(^rs)))

	// Multiply and divide.
	case isa.MULT:
		m.startHILO(m.Profile.MulLatency)
		p := int64(int32(rs)) * int64(int32(rt))
		m.HI, m.LO = uint32(uint64(p)>>32), uint32(p)
	case isa.MULTU:
		m.startHILO(m.Profile.MulLatency)
		p := uint64(rs) * uint64(rt)
		m.HI, m.LO = uint32(p>>32), uint32(p)
	case isa.MADD, isa.MADDU, isa.MSUB, isa.MSUBU:
		m.startHILO(m.Profile.MulLatency)
		acc := uint64(m.HI)<<32 | uint64(m.LO)
		var p uint64
		if inst.Op == isa.MADD || inst.Op == isa.MSUB {
			p = uint64(int64(int32(rs)) * int64(int32(rt)))
		} else {
			p = uint64(rs) * uint64(rt)
		}
		if inst.Op == isa.MADD || inst.Op == isa.MADDU {
			acc += p
		} else {
			acc -= p
		}
		m.HI, m.LO = uint32(acc>>32), uint32(acc)
	case isa.MUL:
		// The result goes to a GPR: the pipeline waits for it.
		m.waitHILO()
		if l := m.Profile.MulLatency; l > 0 {
			m.Stats.Stalls += uint64(l)
			m.advance(uint64(l))
		}
		m.set(inst.Rd, uint32(int32(rs)*int32(rt)))
	case isa.DIV:
		m.startHILO(m.Profile.DivLatency)
		// MIPS32 leaves division by zero and INT_MIN/-1 UNPREDICTABLE.
		// graftlab gives what qemu gives, so that programs and the
		// differential tester agree with it: a zero divisor acts as 1, and
		// INT_MIN/-1 gives LO = INT_MIN, HI = 0.
		a, b := int32(rs), int32(rt)
		switch {
		case b == 0:
			m.LO, m.HI = rs, 0
		case a == -1<<31 && b == -1:
			m.LO, m.HI = rs, 0
		default:
			m.LO, m.HI = uint32(a/b), uint32(a%b)
		}
	case isa.DIVU:
		m.startHILO(m.Profile.DivLatency)
		if rt == 0 {
			m.LO, m.HI = rs, 0 // as qemu: the divisor acts as 1
		} else {
			m.LO, m.HI = rs/rt, rs%rt
		}
	case isa.MFHI:
		m.waitHILO()
		m.set(inst.Rd, m.HI)
	case isa.MFLO:
		m.waitHILO()
		m.set(inst.Rd, m.LO)
	case isa.MTHI:
		m.waitHILO()
		m.HI = rs
	case isa.MTLO:
		m.waitHILO()
		m.LO = rs

	// Branches and jumps.
	case isa.BEQ, isa.BEQL:
		m.branch(rs == rt, inst.Op == isa.BEQL, inst.BranchTarget(pc))
		return nil, nil
	case isa.BNE, isa.BNEL:
		m.branch(rs != rt, inst.Op == isa.BNEL, inst.BranchTarget(pc))
		return nil, nil
	case isa.BLEZ, isa.BLEZL:
		m.branch(int32(rs) <= 0, inst.Op == isa.BLEZL, inst.BranchTarget(pc))
		return nil, nil
	case isa.BGTZ, isa.BGTZL:
		m.branch(int32(rs) > 0, inst.Op == isa.BGTZL, inst.BranchTarget(pc))
		return nil, nil
	case isa.BLTZ, isa.BLTZL, isa.BLTZAL, isa.BLTZALL:
		if info.Flags&isa.FlagLink != 0 {
			m.GPR[31] = pc + 8
		}
		m.branch(int32(rs) < 0, info.Flags&isa.FlagLikely != 0, inst.BranchTarget(pc))
		return nil, nil
	case isa.BGEZ, isa.BGEZL, isa.BGEZAL, isa.BGEZALL:
		if info.Flags&isa.FlagLink != 0 {
			m.GPR[31] = pc + 8
		}
		m.branch(int32(rs) >= 0, info.Flags&isa.FlagLikely != 0, inst.BranchTarget(pc))
		return nil, nil
	case isa.J:
		m.branch(true, false, inst.JumpTarget(pc))
		return nil, nil
	case isa.JAL:
		m.GPR[31] = pc + 8
		m.branch(true, false, inst.JumpTarget(pc))
		return nil, nil
	case isa.JR:
		m.branch(true, false, rs)
		return nil, nil
	case isa.JALR:
		m.set(inst.Rd, pc+8)
		m.branch(true, false, rs)
		return nil, nil

	// Loads and stores.
	case isa.LB, isa.LBU, isa.LH, isa.LHU, isa.LW, isa.LL:
		ea := rs + imm
		v, e := m.load(ea, info.Mem.Size(), pc)
		if e != nil {
			return e, nil
		}
		switch info.Mem {
		case isa.MemByte:
			v = uint32(int8(v))
		case isa.MemHalf:
			v = uint32(int16(v))
		}
		if inst.Op == isa.LL {
			m.LLBit = true
		}
		m.set(inst.Rt, v)
	case isa.LWL, isa.LWR:
		v, e := m.loadPartial(inst.Op == isa.LWL, rs+imm, rt, pc)
		if e != nil {
			return e, nil
		}
		m.set(inst.Rt, v)
	case isa.SB, isa.SH, isa.SW:
		if e := m.store(rs+imm, info.Mem.Size(), rt, pc); e != nil {
			return e, nil
		}
	case isa.SWL, isa.SWR:
		if e := m.storePartial(inst.Op == isa.SWL, rs+imm, rt, pc); e != nil {
			return e, nil
		}
	case isa.SC:
		if m.LLBit {
			if e := m.store(rs+imm, 4, rt, pc); e != nil {
				return e, nil
			}
			m.set(inst.Rt, 1)
		} else {
			if (rs+imm)&3 != 0 {
				return m.addrError(isa.ExcAdES, mmu.Store, pc, rs+imm), nil
			}
			m.set(inst.Rt, 0)
		}
		m.LLBit = false
	case isa.PREF, isa.SYNC:
		// Hints and ordering: nothing to do on one in-order processor.
	case isa.CACHE:
		if e := m.cacheOp(inst, rs+imm, pc); e != nil {
			return e, nil
		}

	// Exceptions by design.
	case isa.SYSCALL:
		return m.exc(isa.ExcSys, pc), nil
	case isa.BREAK:
		return m.exc(isa.ExcBp, pc), nil
	case isa.SDBBP, isa.DERET:
		return m.exc(isa.ExcRI, pc), nil // no EJTAG probe
	case isa.TGE, isa.TGEU, isa.TLT, isa.TLTU, isa.TEQ, isa.TNE,
		isa.TGEI, isa.TGEIU, isa.TLTI, isa.TLTIU, isa.TEQI, isa.TNEI:
		b := rt
		if info.Args[1] == isa.ArgSImm {
			b = imm
		}
		if trapTaken(inst.Op, rs, b) {
			return m.exc(isa.ExcTr, pc), nil
		}

	// Coprocessor 0, TLB and segment registers.
	case isa.MFC0:
		m.set(inst.Rt, m.ReadCP0(isa.CP0Reg{Num: uint8(inst.Rd), Sel: inst.Sel}))
	case isa.MTC0:
		m.WriteCP0(isa.CP0Reg{Num: uint8(inst.Rd), Sel: inst.Sel}, rt)
	case isa.TLBR:
		i := int(m.CP0.Index&indexMask) % len(m.MMU.TLB)
		t := m.MMU.TLB[i]
		m.CP0.EntryHi, m.CP0.EntryVSID, m.CP0.EntryLo = t.EntryHi&entryHiMask, t.VSID&entryVSIDMask, t.EntryLo&entryLoMask
	case isa.TLBWI, isa.TLBWR:
		i := int(m.CP0.Index&indexMask) % len(m.MMU.TLB)
		if inst.Op == isa.TLBWR {
			i = int(m.random())
		}
		m.MMU.WriteTLB(i, mmu.TLBEntry{EntryHi: m.CP0.EntryHi, VSID: m.CP0.EntryVSID, EntryLo: m.CP0.EntryLo})
	case isa.TLBP:
		if i, ok := m.MMU.Probe(m.CP0.EntryHi, m.CP0.EntryVSID); ok {
			m.CP0.Index = uint32(i)
		} else {
			m.CP0.Index = IndexP | m.CP0.Index&indexMask
		}
	case isa.ERET:
		m.advance(uint64(m.Profile.Eret))
		m.LLBit = false
		if m.CP0.Status&StatusERL != 0 {
			m.CP0.Status &^= StatusERL
			m.SetPC(m.CP0.ErrorEPC)
		} else {
			m.CP0.Status &^= StatusEXL
			m.SetPC(m.CP0.EPC)
		}
		return nil, nil
	case isa.WAIT:
		if err := m.wait(); err != nil {
			return nil, err
		}
	case isa.MFSR:
		m.set(inst.Rt, uint32(m.MMU.SR[inst.Rd&15]))
	case isa.MTSR:
		m.advance(uint64(m.Profile.SegmentWrite))
		m.MMU.SetSR(int(inst.Rd&15), mmu.SegmentRegister(rt))
	case isa.MFSRIN:
		m.set(inst.Rt, uint32(m.MMU.SR[g[inst.Rd]>>28]))
	case isa.MTSRIN:
		m.advance(uint64(m.Profile.SegmentWrite))
		m.MMU.SetSR(int(g[inst.Rd]>>28), mmu.SegmentRegister(rt))
	default:
		return m.exc(isa.ExcRI, pc), nil
	}
	m.next()
	return nil, nil
}

func b2u(b bool) uint32 {
	if b {
		return 1
	}
	return 0
}

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

// wait idles until an interrupt is pending. Two things advance on their
// own: the timer and the devices with an event scheduled (a disk's command
// in flight). So wait skips the cycles until the earlier of Count reaching
// Compare, when IM7 enables the timer, and the next device event, when one
// of IM2-IM6 enables a device line; the devices act at the boundary after
// wait (events.go). A device event that raises no enabled interrupt ends
// the wait all the same, as MIPS allows, and the guest waits again. With
// nothing pending and nothing enabled that could end it, the wait would
// never end.
func (m *Machine) wait() error {
	m.interruptPending()
	c := &m.CP0
	if c.Cause&c.Status&StatusIM != 0 {
		return nil
	}
	if c.Status&StatusIE == 0 || c.Status&(StatusEXL|StatusERL) != 0 {
		return ErrWaitForever
	}
	wake := uint64(noEvent)
	if c.Status&CauseIPTimer != 0 {
		div := uint64(max(m.Profile.CountDivider, 1))
		d := uint64(c.Compare - m.count())
		if d == 0 {
			d = 1 << 32
		}
		wake = (m.Stats.Cycles/div + d) * div
	}
	if c.Status&causeIPDevices != 0 {
		wake = min(wake, m.devAt)
	}
	if wake == noEvent {
		return ErrWaitForever
	}
	skip := wake - min(wake, m.Stats.Cycles)
	// wait's own class cycles are charged after it completes; they are
	// the last cycles before the interrupt, not idle ones.
	skip -= min(skip, uint64(m.Profile.ClassCycles[isa.ClassWait]))
	m.Stats.IdleCycles += skip
	m.advance(skip)
	return nil
}
