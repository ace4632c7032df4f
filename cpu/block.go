package cpu

import (
	"context"

	"graftlab/isa"
	"graftlab/mmu"
)

// Basic blocks of the Fast engine.
//
// A block is a straight run of predecoded instructions that starts where
// control enters it and ends after a branch or jump and its delay slot, at
// the end of a 4 KiB page, or after an instruction that may change what
// the block assumed at its entry (CP0, TLB and segment instructions, eret,
// wait, cache, syscall, break). Blocks are kept with the predecoded words
// of their physical page and dropped with it when RAM under it is written.
//
// Each block has two forms. The fast form (fastrun.go) runs whole blocks
// and chains of linked blocks when the block may run there (fastReady: no
// hooks, every fetch a free hit, the timer, the next device event and the
// run's limits beyond the block's static cycles). The careful form, runBlock here, is for the
// rest: it does, instruction by instruction, what step does, in the same
// order and with the same costs, but without what it may skip:
//
//   - The interrupt check, and the devices' events: interrupts can become
//     pending inside a block only when the timer fires (advance sets
//     Cause.IP7), a device register is accessed, or a device event comes
//     due (events.go); the block stops after any of them, and the loop
//     advances the devices and checks before each block.
//   - Translating the PC: one translation at the block's entry covers its
//     page. A translation that hits changes nothing in the MMU, so doing it
//     once leaves the MMU as doing it per instruction would.
//   - The I-cache lookup of an instruction in the same cache line as the
//     one before it: that line was the last one the I-cache touched, so the
//     lookup is a hit, and mmu.Cache.Reread applies its effects (the LRU
//     clock, the counters) without searching.
//   - Decoding, and the dispatch on the opcode: each instruction carries its
//     handler.
//
// Code hooks on an instruction of a block, limits that fall inside a block
// (an instruction count, an Until address, a cycle budget) and a pending
// interrupt make the loop take single steps instead.

// maxBlock bounds a block's length in instructions.
const maxBlock = 128

// blockOp is one instruction of a block.
type blockOp struct {
	// What every instruction needs comes first, in one cache line.
	fn      func(m *Machine, o *blockOp) *Exception
	pc      uint32
	imm     uint32
	cycles  uint64 // the class cycles
	rs, rt  isa.Reg
	rd      isa.Reg
	sa      uint8
	newLine bool  // the first instruction of its I-cache line in this block
	kind    uint8 // an instruction runBlock executes inline, or kindOther
	// For execute and for exceptions.
	word uint32
	info *isa.OpInfo
	inst isa.Inst
}

// block is a run of instructions starting at virtual address pc (physical
// pa), fetched cached or not.
type block struct {
	pc, pa uint32
	cached bool
	ops    []blockOp
	// The fast form (fastir.go): one fastOp per op and a fastEnd, the
	// static cycles before each op and at the end (pre), the static cycles
	// of them all, and the index of the branch or jump (-1 for none).
	fops   []fastOp
	pre    []uint32
	static uint32
	branch int
	// end is the PC after the block (1, which no block has, when its last
	// instruction is a branch whose delay slot is not in it), and cond
	// says that its last two are a branch and its delay slot: then the
	// next PC is the target when the branch is taken.
	end  uint32
	cond bool
	// The I-cache, and its generation + 1, at which every word of the
	// block was last found valid.
	icache *mmu.Cache
	icGen  uint64
	// links are the blocks that ran next on the fast path: [0] after
	// running to the end without a taken branch, [1] after a taken one.
	links [2]blockLink
	// Host code (native.go): the entry at the first op, 0 for none; the
	// entries at every op; whether the block was offered to the compiler.
	native  uintptr
	entries []uintptr
	offered uint8
}

// runBlocks is Fast.Run: blocks where it can, single steps where it must.
func (m *Machine) runBlocks(ctx context.Context, lim Limits, code *codeCache) (Stop, error) {
	startInst, startCycles := m.Stats.Instructions, m.Stats.Cycles
	m.scheduleDevices()               // the host may have reached a device since
	var cycleStop uint64 = ^uint64(0) // where a block must leave off for the cycle limit
	if lim.MaxCycles != 0 {
		cycleStop = startCycles + lim.MaxCycles
	}
	var prev *block // the last block of a chain that ended cleanly: link it to the next
	for n := 0; ; n++ {
		if stop, ok := m.endOfRun(lim, startInst, startCycles, n == 0); ok {
			return stop, nil
		}
		done := m.Stats.Instructions - startInst
		if n%16 == 0 {
			if err := ctx.Err(); err != nil {
				return Stop{Reason: StopCanceled}, err
			}
		}
		b := m.blockAt(code)
		if b == nil || len(m.hooks.code) > 0 && m.codeHooked(b) ||
			lim.MaxInstructions != 0 && lim.MaxInstructions-done < uint64(len(b.ops)) ||
			lim.HasUntil && lim.Until-b.pc < uint32(4*len(b.ops)) {
			prev = nil // what runs next is not a block after it
			if err := m.step(code); err != nil {
				return Stop{}, err
			}
			continue
		}
		if prev != nil {
			prev.link(m, code, b)
			prev = nil
		}
		var err error
		if stopAt := min(m.timer.at, m.devAt, cycleStop); m.Stats.Cycles+uint64(b.static) < stopAt && m.fastReady(b) {
			// A chain runs at most chainBudget instructions, and b alone
			// when the run stops at an address (checked here, between
			// blocks).
			instLeft := uint64(chainBudget)
			if lim.MaxInstructions != 0 {
				instLeft = min(instLeft, lim.MaxInstructions-done)
			}
			if lim.HasUntil {
				instLeft = 0
			}
			prev, err = m.runFast(b, code, stopAt, instLeft)
		} else {
			err = m.runBlock(b, cycleStop)
		}
		if err != nil {
			return Stop{}, err
		}
	}
}

// blockAt returns the block at the PC, building it if needed, or nil when
// the next instruction must be a single step: an interrupt is pending, the
// PC is misaligned or does not translate, or the code is not in RAM.
func (m *Machine) blockAt(code *codeCache) *block {
	m.checkTimer()
	m.checkDevices()
	if m.interruptPending() || m.PC&3 != 0 || m.DelaySlot {
		return nil
	}
	pc := m.PC
	pa, cached, f := m.MMU.Translate(pc, mmu.Fetch, m.Kernel())
	if f != nil {
		return nil
	}
	p := code.page(pa)
	if p == nil {
		return nil
	}
	i := pa >> 2 & (codePageWords - 1)
	b := p.blocks[i]
	if b == nil || b.pc != pc || b.cached != cached {
		b = m.buildBlock(code, p, pc, pa, cached)
		p.blocks[i] = b
	}
	return b
}

// buildBlock decodes the block at pc.
func (m *Machine) buildBlock(code *codeCache, p *codePage, pc, pa uint32, cached bool) *block {
	b := &block{pc: pc, pa: pa, cached: cached, branch: -1}
	var lineShift uint32 = 32
	if ic := m.MMU.ICache; ic != nil {
		lineShift = uint32(ic.LineShift())
	}
	slot := false // the next instruction is a delay slot, the block's last
	for n := 0; n < maxBlock; n++ {
		a := pa + uint32(4*n)
		if a>>codePageShift != pa>>codePageShift {
			break
		}
		d := code.word(p, a)
		o := blockOp{pc: pc + uint32(4*n), word: d.word, newLine: n == 0 || a>>lineShift != (a-4)>>lineShift}
		b.pre = append(b.pre, b.static)
		if d.bad {
			bad := *d
			o.fn = func(m *Machine, o *blockOp) *Exception { return m.badException(&bad, o.pc) }
			b.ops = append(b.ops, o)
			b.fops = append(b.fops, fastOp{})
			break
		}
		o.inst, o.info = d.inst, d.info
		o.imm = uint32(d.inst.Imm)
		o.rs, o.rt, o.rd, o.sa = d.inst.Rs, d.inst.Rt, d.inst.Rd, d.inst.Sa
		o.cycles = uint64(m.Profile.ClassCycles[d.info.Class])
		o.fn = fastHandlers[d.inst.Op]
		o.kind = inlineKinds[d.inst.Op]
		ends := endsBlock(d.inst.Op)
		b.ops = append(b.ops, o)
		f := fastKind(d.inst, o.pc, slot)
		f.resolve(&m.GPR, &code.sink)
		if f.kind >= fastMULT && f.kind <= fastMFLO {
			f.imm = b.static // the static cycles before it, for its wait
		}
		b.fops = append(b.fops, f)
		b.static += uint32(o.cycles)
		if slot || ends {
			break
		}
		if d.info.Flags&isa.FlagDelay != 0 {
			slot = true
			b.branch = n
		}
	}
	b.fuseEnd()
	b.fops = append(b.fops, fastOp{kind: fastEnd})
	b.pre = append(b.pre, b.static)
	for i := range b.fops {
		if k := b.fops[i].kind; k >= fastSW && k <= fastSB {
			b.fops[i].d = &b.pre[i] // see fastOp
		}
	}
	n := len(b.ops)
	b.end, b.cond = pc+uint32(4*n), b.branch >= 0 && b.branch == n-2
	if b.branch == n-1 {
		b.end = 1
	}
	return b
}

// runBlock runs b from its first instruction until it ends, control leaves
// it, an exception is raised, or something the loop must see happens.
func (m *Machine) runBlock(b *block, cycleStop uint64) error {
	ic := m.MMU.ICache
	viaICache := b.cached && ic != nil
	m.blockExit = false
	// The block stops once the cycle counter reaches the timer's schedule
	// (the timer fires; advance may already have raised it inside a stall),
	// the next device event (the run loop advances the devices) or the
	// run's cycle budget.
	stopAt := min(m.timer.at, m.devAt, cycleStop)
	for i := range b.ops {
		o := &b.ops[i]
		if m.PC != o.pc {
			return nil // a taken branch, or a likely one that skipped its slot
		}
		if viaICache && !o.newLine {
			ic.Reread()
		} else {
			pa := b.pa + (o.pc - b.pc)
			m.stall(m.MMU.FetchCycles(pa, b.cached, m.Stats.Cycles), viaICache, &m.Stats.ICacheMisses)
		}
		var e *Exception
		var err error
		g := &m.GPR
		switch o.kind {
		case kindADDIU:
			m.set(o.rt, g[o.rs]+o.imm)
			m.next()
		case kindADDU:
			m.set(o.rd, g[o.rs]+g[o.rt])
			m.next()
		case kindSLL:
			m.set(o.rd, g[o.rt]<<o.sa)
			m.next()
		case kindLUI:
			m.set(o.rt, o.imm<<16)
			m.next()
		case kindORI:
			m.set(o.rt, g[o.rs]|o.imm)
			m.next()
		case kindANDI:
			m.set(o.rt, g[o.rs]&o.imm)
			m.next()
		case kindSRL:
			m.set(o.rd, g[o.rt]>>o.sa)
			m.next()
		case kindSUBU:
			m.set(o.rd, g[o.rs]-g[o.rt])
			m.next()
		case kindOR:
			m.set(o.rd, g[o.rs]|g[o.rt])
			m.next()
		case kindSLTU:
			m.set(o.rd, b2u(g[o.rs] < g[o.rt]))
			m.next()
		case kindLW:
			var v uint32
			if v, e = m.load(g[o.rs]+o.imm, 4, o.pc); e == nil {
				m.set(o.rt, v)
				m.next()
			}
		case kindSW:
			if e = m.store(g[o.rs]+o.imm, 4, g[o.rt], o.pc); e == nil {
				m.next()
			}
		case kindBNE:
			m.branch(g[o.rs] != g[o.rt], false, o.pc+4+o.imm<<2)
		case kindBEQ:
			m.branch(g[o.rs] == g[o.rt], false, o.pc+4+o.imm<<2)
		default:
			if o.fn != nil {
				e = o.fn(m, o)
			} else if o.info.Flags&(isa.FlagR2|isa.FlagFPU) != 0 && m.levelException(o.info, o.pc) != nil {
				e = m.levelException(o.info, o.pc) // costs what a reserved word does
				e.Inst = o.word
				m.Stats.Instructions++
				return m.raise(e)
			} else {
				e, err = m.execute(o.inst, o.info, o.pc)
			}
		}
		if e != nil {
			if !e.Restarts() {
				m.Stats.Instructions++
				m.advance(o.cycles)
			}
			e.Inst = o.word
			return m.raise(e)
		}
		m.Stats.Instructions++
		m.Stats.Cycles += o.cycles
		if m.Stats.Cycles >= stopAt || m.blockExit || err != nil {
			if m.Stats.Cycles >= m.timer.at {
				m.timerFired()
			}
			return err
		}
	}
	return nil
}

// The handlers. Each does what execute does for its instruction, with the
// operands predecoded; execute remains the definition. The commonest
// instructions have none: runBlock executes them inline (inlineKinds).

// endsBlock reports whether an instruction may change what the block
// assumed at its entry: the mode, the translation of its page, the I-cache
// line it runs from, or the interrupt state. Such an instruction is its
// block's last. Instructions without a handler in fastHandlers (and not
// ending the block) run through execute.
func endsBlock(op isa.Op) bool {
	switch op {
	case isa.MTC0, isa.TLBR, isa.TLBWI, isa.TLBWR, isa.TLBP, isa.ERET, isa.WAIT,
		isa.MTSR, isa.MTSRIN, isa.CACHE, isa.SYSCALL, isa.BREAK, isa.SDBBP, isa.DERET,
		isa.DI, isa.EI:
		return true
	}
	return false
}

var fastHandlers [isa.NumOps]func(m *Machine, o *blockOp) *Exception

// The instructions runBlock executes inline, without a call: the commonest
// in compiled code.
const (
	kindOther = iota
	kindADDIU
	kindADDU
	kindSLL
	kindBNE
	kindBEQ
	kindLUI
	kindORI
	kindANDI
	kindSRL
	kindSUBU
	kindOR
	kindSLTU
	kindLW
	kindSW
)

var inlineKinds = func() (k [isa.NumOps]uint8) {
	k[isa.ADDIU], k[isa.ADDU], k[isa.SLL], k[isa.BNE], k[isa.BEQ] = kindADDIU, kindADDU, kindSLL, kindBNE, kindBEQ
	k[isa.LUI], k[isa.ORI], k[isa.ANDI], k[isa.SRL], k[isa.SUBU], k[isa.OR], k[isa.SLTU] = kindLUI, kindORI, kindANDI, kindSRL, kindSUBU, kindOR, kindSLTU
	k[isa.LW], k[isa.SW] = kindLW, kindSW
	return k
}()

func init() {
	h := &fastHandlers
	h[isa.SRA] = func(m *Machine, o *blockOp) *Exception {
		m.set(o.rd, uint32(int32(m.GPR[o.rt])>>o.sa))
		m.next()
		return nil
	}
	h[isa.SLLV] = func(m *Machine, o *blockOp) *Exception {
		m.set(o.rd, m.GPR[o.rt]<<(m.GPR[o.rs]&31))
		m.next()
		return nil
	}
	h[isa.SRLV] = func(m *Machine, o *blockOp) *Exception {
		m.set(o.rd, m.GPR[o.rt]>>(m.GPR[o.rs]&31))
		m.next()
		return nil
	}
	h[isa.SRAV] = func(m *Machine, o *blockOp) *Exception {
		m.set(o.rd, uint32(int32(m.GPR[o.rt])>>(m.GPR[o.rs]&31)))
		m.next()
		return nil
	}
	h[isa.AND] = func(m *Machine, o *blockOp) *Exception {
		m.set(o.rd, m.GPR[o.rs]&m.GPR[o.rt])
		m.next()
		return nil
	}
	h[isa.XOR] = func(m *Machine, o *blockOp) *Exception {
		m.set(o.rd, m.GPR[o.rs]^m.GPR[o.rt])
		m.next()
		return nil
	}
	h[isa.NOR] = func(m *Machine, o *blockOp) *Exception {
		m.set(o.rd, ^(m.GPR[o.rs] | m.GPR[o.rt]))
		m.next()
		return nil
	}
	h[isa.SLT] = func(m *Machine, o *blockOp) *Exception {
		m.set(o.rd, b2u(int32(m.GPR[o.rs]) < int32(m.GPR[o.rt])))
		m.next()
		return nil
	}
	h[isa.MOVZ] = func(m *Machine, o *blockOp) *Exception {
		if m.GPR[o.rt] == 0 {
			m.set(o.rd, m.GPR[o.rs])
		}
		m.next()
		return nil
	}
	h[isa.MOVN] = func(m *Machine, o *blockOp) *Exception {
		if m.GPR[o.rt] != 0 {
			m.set(o.rd, m.GPR[o.rs])
		}
		m.next()
		return nil
	}
	h[isa.XORI] = func(m *Machine, o *blockOp) *Exception {
		m.set(o.rt, m.GPR[o.rs]^o.imm)
		m.next()
		return nil
	}
	h[isa.SLTI] = func(m *Machine, o *blockOp) *Exception {
		m.set(o.rt, b2u(int32(m.GPR[o.rs]) < int32(o.imm)))
		m.next()
		return nil
	}
	h[isa.SLTIU] = func(m *Machine, o *blockOp) *Exception {
		m.set(o.rt, b2u(m.GPR[o.rs] < o.imm))
		m.next()
		return nil
	}

	// Loads and stores go through the machine's load and store, which
	// price the access, run memory hooks and raise faults.
	load := func(size int, extend func(uint32) uint32) func(m *Machine, o *blockOp) *Exception {
		return func(m *Machine, o *blockOp) *Exception {
			v, e := m.load(m.GPR[o.rs]+o.imm, size, o.pc)
			if e != nil {
				return e
			}
			m.set(o.rt, extend(v))
			m.next()
			return nil
		}
	}
	h[isa.LBU] = load(1, func(v uint32) uint32 { return v })
	h[isa.LHU] = load(2, func(v uint32) uint32 { return v })
	h[isa.LB] = load(1, func(v uint32) uint32 { return uint32(int8(v)) })
	h[isa.LH] = load(2, func(v uint32) uint32 { return uint32(int16(v)) })
	store := func(size int) func(m *Machine, o *blockOp) *Exception {
		return func(m *Machine, o *blockOp) *Exception {
			if e := m.store(m.GPR[o.rs]+o.imm, size, m.GPR[o.rt], o.pc); e != nil {
				return e
			}
			m.next()
			return nil
		}
	}
	h[isa.SH] = store(2)
	h[isa.SB] = store(1)

	// Branches and jumps.
	h[isa.BLEZ] = func(m *Machine, o *blockOp) *Exception {
		m.branch(int32(m.GPR[o.rs]) <= 0, false, o.pc+4+o.imm<<2)
		return nil
	}
	h[isa.BGTZ] = func(m *Machine, o *blockOp) *Exception {
		m.branch(int32(m.GPR[o.rs]) > 0, false, o.pc+4+o.imm<<2)
		return nil
	}
	h[isa.BLTZ] = func(m *Machine, o *blockOp) *Exception {
		m.branch(int32(m.GPR[o.rs]) < 0, false, o.pc+4+o.imm<<2)
		return nil
	}
	h[isa.BGEZ] = func(m *Machine, o *blockOp) *Exception {
		m.branch(int32(m.GPR[o.rs]) >= 0, false, o.pc+4+o.imm<<2)
		return nil
	}
	h[isa.J] = func(m *Machine, o *blockOp) *Exception {
		m.branch(true, false, o.inst.JumpTarget(o.pc))
		return nil
	}
	h[isa.JAL] = func(m *Machine, o *blockOp) *Exception {
		m.GPR[31] = o.pc + 8
		m.branch(true, false, o.inst.JumpTarget(o.pc))
		return nil
	}
	h[isa.JR] = func(m *Machine, o *blockOp) *Exception {
		m.branch(true, false, m.GPR[o.rs])
		return nil
	}
	h[isa.JALR] = func(m *Machine, o *blockOp) *Exception {
		target := m.GPR[o.rs] // read before the link register is written (jalr rs, rs)
		m.set(o.rd, o.pc+8)
		m.branch(true, false, target)
		return nil
	}
}
