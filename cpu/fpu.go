package cpu

import (
	"math/bits"
	"strings"

	"graftlab/isa"
	"graftlab/mmu"
)

// The floating-point unit (coprocessor 1) and the Release 2 integer
// instructions. doc/isa.md says which profile has what; doc/machine.md gives
// the FPU's latencies.

// Status bits of the FPU.
const (
	StatusCU1 = 1 << 29 // coprocessor 1 usable
	StatusFR  = 1 << 26 // 64-bit FPU registers (only on a 64-bit FPU)
)

// FCSR fields.
const (
	FCSRRoundingMode = 0x3
	FCSRFlagsShift   = 2
	FCSREnablesShift = 7
	FCSRCauseShift   = 12
	FCSRFCC0         = 1 << 23
	FCSRFS           = 1 << 24
	fcsrWritable     = 0xff83ffff // qemu's 24Kf mask: everything but bits 18-22
)

// fpuUsable reports whether FPU instructions may run: the profile has an
// FPU and Status.CU1 is set (in every mode, as on MIPS).
func (m *Machine) fpuUsable() bool {
	return m.Profile.FPU != nil && m.CP0.Status&StatusCU1 != 0
}

// FR64 reports whether the FPU is in the FR=1 model: 32 64-bit registers.
func (m *Machine) FR64() bool {
	return m.Profile.FPU != nil && m.Profile.FPU.F64 && m.CP0.Status&StatusFR != 0
}

// levelException is the exception an instruction beyond the machine raises:
// Coprocessor Unusable for an FPU instruction without a usable FPU, Reserved
// Instruction for a Release 2 instruction on a Release 1 profile or an
// instruction that needs FR=1.
func (m *Machine) levelException(info *isa.OpInfo, pc uint32) *Exception {
	if info.Flags&isa.FlagFPU != 0 && !m.fpuUsable() {
		return &Exception{Code: isa.ExcCpU, PC: pc, Coprocessor: 1, DelaySlot: m.DelaySlot}
	}
	if info.Flags&isa.FlagR2 != 0 && !m.Profile.R2() {
		return m.exc(isa.ExcRI, pc)
	}
	if info.Flags&isa.FlagF64 != 0 && !m.FR64() {
		return m.exc(isa.ExcRI, pc)
	}
	return nil
}

// badException is the exception that running d, a word that does not
// decode, raises at pc: Reserved Instruction, or Coprocessor Unusable for a
// coprocessor's word unless it is an undefined word of a usable FPU.
func (m *Machine) badException(d *decoded, pc uint32) *Exception {
	code, cop := isa.ExcRI, d.cop
	if cop != 0 && !(cop == 1 && m.fpuUsable()) {
		code = isa.ExcCpU
	} else {
		cop = 0
	}
	return &Exception{Code: code, PC: pc, Coprocessor: cop, DelaySlot: m.DelaySlot, Inst: d.word}
}

// FPR32 is the low word of FPU register r: a single or a word.
func (s *State) FPR32(r isa.FReg) uint32 { return uint32(s.FPR[r&31]) }

// SetFPR32 sets the low word of register r, keeping the high one.
func (s *State) SetFPR32(r isa.FReg, v uint32) {
	s.FPR[r&31] = s.FPR[r&31]&^0xffffffff | uint64(v)
}

// FPR64 is a double or a long: register r with FR=1, the pair r&^1 (low
// word), r|1 (high word) with FR=0.
func (s *State) FPR64(r isa.FReg, fr64 bool) uint64 {
	if fr64 {
		return s.FPR[r&31]
	}
	return uint64(uint32(s.FPR[r&30])) | uint64(uint32(s.FPR[r&30|1]))<<32
}

// SetFPR64 sets a double or a long as FPR64 reads it.
func (s *State) SetFPR64(r isa.FReg, v uint64, fr64 bool) {
	if fr64 {
		s.FPR[r&31] = v
		return
	}
	s.SetFPR32(r&30, uint32(v))
	s.SetFPR32(r&30|1, uint32(v>>32))
}

// FCC reports condition code cc (0-7) of FCSR.
func (s *State) FCC(cc uint8) bool {
	if cc == 0 {
		return s.FCSR&FCSRFCC0 != 0
	}
	return s.FCSR&(1<<(24+cc)) != 0
}

func (s *State) setFCC(cc uint8, v bool) {
	bit := uint32(FCSRFCC0)
	if cc != 0 {
		bit = 1 << (24 + cc)
	}
	if v {
		s.FCSR |= bit
	} else {
		s.FCSR &^= bit
	}
}

// fpKind is what an FPU arithmetic instruction does.
type fpKind uint8

const (
	fpkNone fpKind = iota
	fpkAdd
	fpkSub
	fpkMul
	fpkDiv
	fpkSqrt
	fpkAbs
	fpkMov
	fpkNeg
	fpkRound // to an integer: round, trunc, ceil, floor; fpOp.rm gives the mode (or -1: FCSR's)
	fpkCvt   // to another format
	fpkMovCF
	fpkMovZ
	fpkMovN
	fpkRecip
	fpkRsqrt
	fpkCmp
	fpkMadd
	fpkMsub
	fpkNmadd
	fpkNmsub
)

// fpOp describes one FPU arithmetic operation, derived from its mnemonic.
type fpOp struct {
	kind     fpKind
	src, dst byte // formats: 's', 'd', 'w', 'l'
	rm       int8 // fixed rounding mode of round/trunc/ceil/floor, else -1
	cond     uint8
}

var fpOps = func() (t [isa.NumOps]fpOp) {
	kinds := map[string]fpKind{"add": fpkAdd, "sub": fpkSub, "mul": fpkMul, "div": fpkDiv,
		"sqrt": fpkSqrt, "abs": fpkAbs, "mov": fpkMov, "neg": fpkNeg, "movf": fpkMovCF, "movt": fpkMovCF,
		"movz": fpkMovZ, "movn": fpkMovN, "recip": fpkRecip, "rsqrt": fpkRsqrt,
		"madd": fpkMadd, "msub": fpkMsub, "nmadd": fpkNmadd, "nmsub": fpkNmsub}
	rms := map[string]int8{"round": rmNearest, "trunc": rmZero, "ceil": rmPlusInf, "floor": rmMinInf}
	for op := isa.Op(1); int(op) < isa.NumOps; op++ {
		info := op.Info()
		if info.Flags&isa.FlagFPU == 0 {
			continue
		}
		parts := strings.Split(info.Mnemonic, ".")
		o := fpOp{rm: -1}
		switch {
		case len(parts) == 2:
			k, ok := kinds[parts[0]]
			if !ok {
				continue
			}
			o.kind, o.src, o.dst = k, parts[1][0], parts[1][0]
		case len(parts) == 3 && parts[0] == "cvt":
			o.kind, o.dst, o.src = fpkCvt, parts[1][0], parts[2][0]
		case len(parts) == 3 && parts[0] == "c":
			o.kind, o.src = fpkCmp, parts[2][0]
			o.cond = uint8(info.Match & 0xf)
		case len(parts) == 3:
			rm, ok := rms[parts[0]]
			if !ok {
				continue
			}
			o.kind, o.dst, o.src, o.rm = fpkRound, parts[1][0], parts[2][0], rm
		default:
			continue
		}
		t[op] = o
	}
	return t
}()

// doubleRegs says, for an FPU instruction, which register operands hold a
// double or long: with FR=0 they must be even (qemu raises Reserved
// Instruction for an odd one).
func (o *fpOp) doubleRegs(inst isa.Inst) uint32 {
	var regs uint32
	wide := func(f byte) bool { return f == 'd' || f == 'l' }
	if wide(o.src) {
		regs |= uint32(inst.Fs) | uint32(inst.Ft) | uint32(inst.Fr)
	}
	if wide(o.dst) {
		regs |= uint32(inst.Fd)
	}
	return regs
}

// fpWait stalls until the FPU results that inst reads are ready.
func (m *Machine) fpWait(regs ...isa.FReg) {
	var ready uint64
	for _, r := range regs {
		ready = max(ready, m.fpReady[r&31])
	}
	m.stallUntil(ready)
}

func (m *Machine) stallUntil(ready uint64) {
	if ready > m.Stats.Cycles {
		stall := ready - m.Stats.Cycles
		m.Stats.Stalls += stall
		m.advance(stall)
	}
}

// fpDone records that register r holds its result latency cycles after
// the issue of the instruction that writes it.
func (m *Machine) fpDone(r isa.FReg, latency int) {
	m.fpReady[r&31] = m.Stats.Cycles + uint64(latency)
}

// fpLatency is the result latency of an FPU arithmetic instruction.
func (m *Machine) fpLatency(info *isa.OpInfo, o *fpOp) int {
	f := m.Profile.FPU
	d := o.src == 'd'
	pick := func(s, dd int) int {
		if d {
			return dd
		}
		return s
	}
	switch o.kind {
	case fpkMul:
		return pick(f.MulLatencyS, f.MulLatencyD)
	case fpkMadd, fpkMsub, fpkNmadd, fpkNmsub:
		return pick(f.MulLatencyS, f.MulLatencyD) + f.AddLatency
	case fpkDiv, fpkRecip:
		return pick(f.DivLatencyS, f.DivLatencyD)
	case fpkSqrt, fpkRsqrt:
		return pick(f.SqrtLatencyS, f.SqrtLatencyD)
	case fpkCmp:
		return f.CmpLatency
	}
	if info.Class == isa.ClassFPMove {
		return f.MoveLatency
	}
	return f.AddLatency
}

// fpFinish sets FCSR's cause field to flags and raises the floating-point
// exception when an enabled one occurred (the destination is not written
// then); otherwise it accumulates the flags.
func (m *Machine) fpFinish(flags uint32, pc uint32) *Exception {
	m.FCSR = m.FCSR&^(0x3f<<FCSRCauseShift) | flags<<FCSRCauseShift
	enables := (m.FCSR>>FCSREnablesShift)&0x1f | fpUnimpl
	if flags&enables != 0 {
		return m.exc(isa.ExcFPE, pc)
	}
	m.FCSR |= (flags & 0x1f) << FCSRFlagsShift
	return nil
}

// ReadFCR reads FPU control register r as cfc1 does (0 FIR, 25 FCCR, 26
// FEXR, 28 FENR, 31 FCSR; others read zero). Without an FPU it reads zero.
func (m *Machine) ReadFCR(r uint8) uint32 {
	if m.Profile.FPU == nil {
		return 0
	}
	return m.readCFC1(r)
}

// WriteFCR writes FPU control register r as ctc1 does, without raising an
// exception for the cause bits it sets.
func (m *Machine) WriteFCR(r uint8, v uint32) {
	if m.Profile.FPU != nil {
		m.writeCTC1(r, v)
	}
}

func (m *Machine) readCFC1(r uint8) uint32 {
	f := m.FCSR
	switch r {
	case 0:
		return m.Profile.FPU.FIR
	case 25: // FCCR: the eight condition codes
		return f>>24&0xfe | f>>23&1
	case 26: // FEXR: cause and flags
		return f & 0x0003f07c
	case 28: // FENR: enables, FS and RM
		return f&0x00000f83 | f>>22&4
	case 31:
		return f
	}
	return 0
}

func (m *Machine) writeCTC1(r uint8, v uint32) {
	f := m.FCSR
	switch r {
	case 25:
		if v&0xffffff00 != 0 {
			return
		}
		f = f&0x017fffff | v&0xfe<<24 | v&1<<23
	case 26:
		if v&0xfffc0f83 != 0 {
			return
		}
		f = f&0xfffc0f83 | v&0x0003f07c
	case 28:
		if v&0xfffff07c != 0 {
			return
		}
		f = f&0xfefff07c | v&0x00000f83 | v&4<<22
	case 31:
		f = v & fcsrWritable
	default:
		return
	}
	m.FCSR = f
}

// executeFPU runs an FPU instruction whose level check has passed.
func (m *Machine) executeFPU(inst isa.Inst, info *isa.OpInfo, pc uint32) (*Exception, error) {
	fr := m.FR64()
	g := &m.GPR
	switch inst.Op {
	case isa.MFC1:
		m.fpWait(inst.Fs)
		m.set(inst.Rt, m.FPR32(inst.Fs))
	case isa.MFHC1:
		if !fr && inst.Fs&1 != 0 {
			return m.exc(isa.ExcRI, pc), nil
		}
		m.fpWait(inst.Fs)
		m.set(inst.Rt, uint32(m.FPR64(inst.Fs, fr)>>32))
	case isa.MTC1:
		m.SetFPR32(inst.Fs, g[inst.Rt])
		m.fpDone(inst.Fs, m.Profile.FPU.MoveLatency)
	case isa.MTHC1:
		if !fr && inst.Fs&1 != 0 {
			return m.exc(isa.ExcRI, pc), nil
		}
		v := m.FPR64(inst.Fs, fr)
		m.SetFPR64(inst.Fs, v&0xffffffff|uint64(g[inst.Rt])<<32, fr)
		m.fpDone(inst.Fs, m.Profile.FPU.MoveLatency)
	case isa.CFC1:
		m.stallUntil(m.fccReady)
		m.set(inst.Rt, m.readCFC1(uint8(inst.Rd)))
	case isa.CTC1:
		m.writeCTC1(uint8(inst.Rd), g[inst.Rt])
		// A cause bit set with its enable (or Unimplemented Operation,
		// which is always enabled) raises the exception at once.
		if cause := m.FCSR >> FCSRCauseShift & 0x3f; cause&((m.FCSR>>FCSREnablesShift)&0x1f|fpUnimpl) != 0 {
			return m.exc(isa.ExcFPE, pc), nil
		}
	case isa.BC1F, isa.BC1T, isa.BC1FL, isa.BC1TL:
		m.stallUntil(m.fccReady)
		want := inst.Op == isa.BC1T || inst.Op == isa.BC1TL
		m.branch(m.FCC(inst.CC) == want, info.Flags&isa.FlagLikely != 0, inst.BranchTarget(pc))
		return nil, nil
	case isa.MOVF, isa.MOVT:
		m.stallUntil(m.fccReady)
		if m.FCC(inst.CC) == (inst.Op == isa.MOVT) {
			m.set(inst.Rd, g[inst.Rs])
		}
	case isa.LWC1, isa.LWXC1:
		ea := g[inst.Rs] + uint32(inst.Imm)
		if inst.Op == isa.LWXC1 {
			ea = g[inst.Rs] + g[inst.Rt]
		}
		v, e := m.load(ea, 4, pc)
		if e != nil {
			return e, nil
		}
		r := inst.Ft
		if inst.Op == isa.LWXC1 {
			r = inst.Fd
		}
		m.SetFPR32(r, v)
		m.fpReady[r] = 0
	case isa.LDC1, isa.LDXC1, isa.LUXC1:
		ea, r := g[inst.Rs]+uint32(inst.Imm), inst.Ft
		switch inst.Op {
		case isa.LDXC1:
			ea, r = g[inst.Rs]+g[inst.Rt], inst.Fd
		case isa.LUXC1:
			ea, r = (g[inst.Rs]+g[inst.Rt])&^7, inst.Fd
		}
		v, e := m.loadDouble(ea, pc)
		if e != nil {
			return e, nil
		}
		m.SetFPR64(r, v, fr)
		m.fpReady[r] = 0
	case isa.SWC1, isa.SWXC1:
		ea, r := g[inst.Rs]+uint32(inst.Imm), inst.Ft
		if inst.Op == isa.SWXC1 {
			ea, r = g[inst.Rs]+g[inst.Rt], inst.Fs
		}
		m.fpWait(r)
		if e := m.store(ea, 4, m.FPR32(r), pc); e != nil {
			return e, nil
		}
	case isa.SDC1, isa.SDXC1, isa.SUXC1:
		ea, r := g[inst.Rs]+uint32(inst.Imm), inst.Ft
		switch inst.Op {
		case isa.SDXC1:
			ea, r = g[inst.Rs]+g[inst.Rt], inst.Fs
		case isa.SUXC1:
			ea, r = (g[inst.Rs]+g[inst.Rt])&^7, inst.Fs
		}
		m.fpWait(r)
		if e := m.storeDouble(ea, m.FPR64(r, fr), pc); e != nil {
			return e, nil
		}
	case isa.PREFX:
		// A hint.
	default:
		o := &fpOps[inst.Op]
		if o.kind == fpkNone {
			return m.exc(isa.ExcRI, pc), nil
		}
		if !fr && o.doubleRegs(inst)&1 != 0 {
			return m.exc(isa.ExcRI, pc), nil
		}
		if e := m.fpArith(inst, info, o, fr, pc); e != nil {
			return e, nil
		}
	}
	m.next()
	return nil, nil
}

// loadDouble loads a doubleword as two word accesses (the low word first,
// little-endian); the address must be 8-byte aligned.
func (m *Machine) loadDouble(ea, pc uint32) (uint64, *Exception) {
	if ea&7 != 0 {
		return 0, m.addrError(isa.ExcAdEL, mmu.Load, pc, ea)
	}
	lo, e := m.load(ea, 4, pc)
	if e != nil {
		return 0, e
	}
	hi, e := m.load(ea+4, 4, pc)
	if e != nil {
		return 0, e
	}
	return uint64(lo) | uint64(hi)<<32, nil
}

// storeDouble stores a doubleword as loadDouble loads it. The two words
// are in one page, so a fault comes from the first store, before anything
// is written.
func (m *Machine) storeDouble(ea uint32, v uint64, pc uint32) *Exception {
	if ea&7 != 0 {
		return m.addrError(isa.ExcAdES, mmu.Store, pc, ea)
	}
	if e := m.store(ea, 4, uint32(v), pc); e != nil {
		return e
	}
	return m.store(ea+4, 4, uint32(v>>32), pc)
}

// fpArith runs the arithmetic, conversion, compare and move instructions.
func (m *Machine) fpArith(inst isa.Inst, info *isa.OpInfo, o *fpOp, fr bool, pc uint32) *Exception {
	m.fpWait(inst.Fs, inst.Ft, inst.Fr)
	rm := m.FCSR & FCSRRoundingMode
	read := func(f byte, r isa.FReg) uint64 {
		if f == 'd' || f == 'l' {
			return m.FPR64(r, fr)
		}
		return uint64(m.FPR32(r))
	}
	write := func(f byte, r isa.FReg, v uint64) {
		if f == 'd' || f == 'l' {
			m.SetFPR64(r, v, fr)
		} else {
			m.SetFPR32(r, uint32(v))
		}
		m.fpDone(r, m.fpLatency(info, o))
	}
	format := fmtS
	if o.src == 'd' {
		format = fmtD
	}
	a, b := read(o.src, inst.Fs), read(o.src, inst.Ft)
	var res uint64
	var flags uint32
	switch o.kind {
	case fpkAbs:
		write(o.dst, inst.Fd, a&^format.signBit())
		return nil
	case fpkNeg:
		write(o.dst, inst.Fd, a^format.signBit())
		return nil
	case fpkMov:
		write(o.dst, inst.Fd, a)
		return nil
	case fpkMovCF:
		m.stallUntil(m.fccReady)
		if m.FCC(inst.CC) == (inst.Op == isa.MOVT_S || inst.Op == isa.MOVT_D) {
			write(o.dst, inst.Fd, a)
		}
		return nil
	case fpkMovZ, fpkMovN:
		if (m.GPR[inst.Rt] == 0) == (o.kind == fpkMovZ) {
			write(o.dst, inst.Fd, a)
		}
		return nil
	case fpkAdd:
		res, flags = format.add(a, b, false, rm)
	case fpkSub:
		res, flags = format.add(a, b, true, rm)
	case fpkMul:
		res, flags = format.mul(a, b, rm)
	case fpkDiv:
		res, flags = format.div(a, b, rm)
	case fpkSqrt:
		res, flags = format.sqrt(a, rm)
	case fpkRecip:
		res, flags = format.div(format.one(), a, rm)
	case fpkRsqrt:
		var f2 uint32
		res, flags = format.sqrt(a, rm)
		res, f2 = format.div(format.one(), res, rm)
		flags |= f2
	case fpkMadd, fpkMsub, fpkNmadd, fpkNmsub:
		// Release 2's multiply-adds round twice (they are not fused):
		// fd = ±(fs × ft ± fr).
		c := read(o.src, inst.Fr)
		var f2 uint32
		res, flags = format.mul(a, b, rm)
		res, f2 = format.add(res, c, o.kind == fpkMsub || o.kind == fpkNmsub, rm)
		flags |= f2
		if o.kind == fpkNmadd || o.kind == fpkNmsub {
			res ^= format.signBit()
		}
	case fpkCvt:
		res, flags = m.fpConvert(o, a, rm)
	case fpkRound:
		width := uint(32)
		if o.dst == 'l' {
			width = 64
		}
		i, f := format.toInt(a, width, uint32(o.rm))
		res, flags = uint64(i), f
		if width == 32 {
			res = uint64(uint32(i))
		}
	case fpkCmp:
		less, equal, unordered, f := format.compare(a, b, o.cond&8 != 0)
		if e := m.fpFinish(f, pc); e != nil {
			return e
		}
		m.setFCC(inst.CC, o.cond&1 != 0 && unordered || o.cond&2 != 0 && equal || o.cond&4 != 0 && less)
		m.fccReady = m.Stats.Cycles + uint64(m.Profile.FPU.CmpLatency)
		return nil
	}
	if e := m.fpFinish(flags, pc); e != nil {
		return e
	}
	write(o.dst, inst.Fd, res)
	return nil
}

func (f fformat) one() uint64 { return uint64(1<<(f.expBits-1)-1) << f.fracBits }

// fpConvert runs cvt.fmt.fmt.
func (m *Machine) fpConvert(o *fpOp, a uint64, rm uint32) (uint64, uint32) {
	to := fmtS
	if o.dst == 'd' {
		to = fmtD
	}
	switch o.src {
	case 's':
		if o.dst == 'w' || o.dst == 'l' {
			break
		}
		return fmtS.convert(to, a, rm)
	case 'd':
		if o.dst == 'w' || o.dst == 'l' {
			break
		}
		return fmtD.convert(to, a, rm)
	case 'w':
		return to.fromInt(int64(int32(uint32(a))), rm)
	case 'l':
		return to.fromInt(int64(a), rm)
	}
	// To an integer in the current rounding mode.
	from := fmtS
	if o.src == 'd' {
		from = fmtD
	}
	width := uint(32)
	if o.dst == 'l' {
		width = 64
	}
	i, f := from.toInt(a, width, rm)
	if width == 32 {
		return uint64(uint32(i)), f
	}
	return uint64(i), f
}

// executeR2 runs the Release 2 integer instructions whose level check has
// passed; ok is false for any other instruction.
func (m *Machine) executeR2(inst isa.Inst, pc uint32) (e *Exception, ok bool) {
	g := &m.GPR
	rs, rt := g[inst.Rs], g[inst.Rt]
	switch inst.Op {
	case isa.ROTR:
		m.set(inst.Rd, bits.RotateLeft32(rt, -int(inst.Sa)))
	case isa.ROTRV:
		m.set(inst.Rd, bits.RotateLeft32(rt, -int(rs&31)))
	case isa.SEB:
		m.set(inst.Rd, uint32(int8(rt)))
	case isa.SEH:
		m.set(inst.Rd, uint32(int16(rt)))
	case isa.WSBH:
		m.set(inst.Rd, rt&0xff00ff00>>8|rt&0x00ff00ff<<8)
	case isa.EXT:
		lsb, size := uint(inst.Sa), uint(inst.Rd)+1
		if lsb+size > 32 {
			return m.exc(isa.ExcRI, pc), true // UNPREDICTABLE; qemu refuses it
		}
		m.set(inst.Rt, rs>>lsb&uint32(1<<size-1))
	case isa.INS:
		lsb, msb := uint(inst.Sa), uint(inst.Rd)
		if msb < lsb {
			return m.exc(isa.ExcRI, pc), true
		}
		mask := uint32(1<<(msb-lsb+1)-1) << lsb
		m.set(inst.Rt, rt&^mask|rs<<lsb&mask)
	case isa.RDHWR:
		v, allowed := m.readHWR(uint8(inst.Rd))
		if !allowed {
			return m.exc(isa.ExcRI, pc), true
		}
		m.set(inst.Rt, v)
	case isa.SYNCI:
		// The caches hold no stale code: writes to code are seen at once.
	case isa.DI, isa.EI:
		m.set(inst.Rt, m.CP0.Status)
		if inst.Op == isa.EI {
			m.CP0.Status |= StatusIE
		} else {
			m.CP0.Status &^= StatusIE
		}
	case isa.RDPGPR, isa.WRPGPR:
		// One register set: the previous set is the current one.
		m.set(inst.Rd, rt)
	case isa.JR_HB:
		m.branch(true, false, rs)
		return nil, true
	case isa.JALR_HB:
		m.set(inst.Rd, pc+8)
		m.branch(true, false, rs)
		return nil, true
	default:
		return nil, false
	}
	m.next()
	return nil, true
}

// readHWR reads hardware register r for rdhwr: allowed in kernel mode, and
// in user mode where HWREna enables it.
func (m *Machine) readHWR(r uint8) (uint32, bool) {
	if !m.Kernel() && m.CP0.HWREna&(1<<r) == 0 {
		return 0, false
	}
	switch r {
	case 0: // CPUNum
		return 0, true
	case 1: // SYNCI_Step: the I-cache line, or 0 without caches
		if ic := m.Profile.ICache; ic != nil {
			return uint32(ic.LineSize), true
		}
		return 0, true
	case 2: // CC: Count
		return m.count(), true
	case 3: // CCRes: cycles per Count increment
		return uint32(max(m.Profile.CountDivider, 1)), true
	case 29: // ULR: UserLocal, the thread pointer
		return m.CP0.UserLocal, true
	}
	return 0, false
}
