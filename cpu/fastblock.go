package cpu

import (
	"encoding/binary"
	"math/bits"
	"unsafe"

	"graftlab/isa"
	"graftlab/mmu"
)

// The fast path of the Fast engine.
//
// runFast runs a block, then the blocks linked after it, without keeping
// the architectural PC, the instruction counter or the I-cache's read
// counter current instruction by instruction. It may, because it runs a
// block only when nothing in it can see them or depend on them:
//
//   - Fetches cost nothing: the I-cache is direct-mapped and holds every
//     word of the block (Cache.Holds, rechecked only when the cache's
//     generation changes), or there are no caches and uncached accesses are
//     free. A direct-mapped hit changes nothing but the read counter, which
//     is added when the run ends (Cache.Hits).
//   - The static cycles of a block (each instruction's class cycles) are
//     known when it is built, with each instruction's prefix sum. The cycle
//     counter is brought up to date only before an instruction whose cost
//     depends on the time (a D-cache miss, a store entering the write
//     buffer, a multiply or divide waiting for HI and LO) and at the end of
//     each block. A block starts only if its static cycles end before the
//     timer fires, before the next device event (events.go) and before the
//     cycle limit; when a stall makes that untrue, the run ends after the
//     stalled instruction and the next one runs on the careful path
//     (runBlock), which checks per instruction.
//   - No code or memory hook is set, and nothing on the fast path changes
//     the mode, the translations or the interrupt state: what may, bails
//     out.
//
// Loads and stores go through a software TLB (stlbEntry) that maps a guest
// page straight to its page in RAM, filled from the micro-TLB; a page with
// predecoded code never enters the store side, so stores into code take
// the general path, which drops the code.
//
// Anything else the reference must do in full (a micro-TLB miss, a fault,
// a device register, a store into code, an instruction without a fast
// form) is done by bailing out: the state is made exactly what it would be
// before that instruction, which then runs as one step.
//
// A block that runs to its end leads to the next through a link (or, for
// jumps through registers, the jump cache), made the first time under the
// current translations, mode and set of live code pages (codeCache.ctx),
// so following one needs no translation and no lookup.
//
// The blocks keep their fast form beside the careful one, so that a later
// compiler can take blocks from the same cache.

// fastOp is one instruction of a block in its fast form.
type fastOp struct {
	// The registers, resolved to the machine's (see resolve): d the
	// destination, whatever field it came from, s and t rs and rt. A
	// store, which writes no register, has in d its entry of the block's
	// pre: the static cycles before it (fuseEnd moves no store).
	d, s, t    *uint32
	imm        uint32 // immediate, shift amount, branch or jump target; a multiply's or HI/LO read's static cycles before it in the block
	kind       uint8
	rd, rs, rt isa.Reg // the numbers of d, s and t
}

// resolve points the op's registers at g; a load into $zero writes sink.
func (o *fastOp) resolve(g *[32]uint32, sink *uint32) {
	o.d, o.s, o.t = &g[o.rd&31], &g[o.rs&31], &g[o.rt&31]
	if o.rd == 0 {
		o.d = sink
	}
}

// Fast kinds. fastGeneric runs the instruction as one step.
const (
	fastGeneric = iota
	fastEnd     // after the block's last instruction
	fastNop
	fastADDU
	fastSUBU
	fastAND
	fastOR
	fastXOR
	fastNOR
	fastSLT
	fastSLTU
	fastSLLV
	fastSRLV
	fastSRAV
	fastMOVZ
	fastMOVN
	fastADDIU
	fastANDI
	fastORI
	fastXORI
	fastSLTI
	fastSLTIU
	fastLI // rd = imm (lui)
	fastSLL
	fastSRL
	fastSRA
	fastCLZ
	fastCLO
	fastLW
	fastLH
	fastLHU
	fastLB
	fastLBU
	fastSW
	fastSH
	fastSB
	fastBEQ
	fastBNE
	fastBLEZ
	fastBGTZ
	fastBLTZ
	fastBGEZ
	fastBLTZAL
	fastBGEZAL
	fastJ
	fastJAL
	fastJR
	fastJALR
	// Multiplies and HI/LO reads, which runInner runs when their wait
	// leaves the block room; runFast has execute run them otherwise.
	fastMULT
	fastMULTU
	fastMADD
	fastMADDU
	fastMUL
	fastMFHI
	fastMFLO
	// The rest of multiply, divide and HI/LO: execute runs them, with the
	// cycle counter current.
	fastHILO

	// A branch or jump fused with the block's end (fuseEnd), after its
	// delay slot.
	fastBEQEnd
	fastBNEEnd
	fastBLEZEnd
	fastBGTZEnd
	fastBLTZEnd
	fastBGEZEnd
	fastJEnd
	fastJREnd

	fastLast = fastJREnd
	// fastKinds is a power of two past the last kind. runInner switches on
	// kind&(fastKinds-1), with a case for every value, so that Go's jump
	// table needs no range check.
	fastKinds = 64
)

// runInner's switch has a case for every value up to fastKinds-1.
var _ [0]struct{} = [fastKinds - 1 - fastLast]struct{}{}

// fusedEnds are the branches and jumps that fuseEnd fuses with a block's
// end: those that write no register.
var fusedEnds = map[uint8]uint8{
	fastBEQ: fastBEQEnd, fastBNE: fastBNEEnd, fastBLEZ: fastBLEZEnd, fastBGTZ: fastBGTZEnd,
	fastBLTZ: fastBLTZEnd, fastBGEZ: fastBGEZEnd, fastJ: fastJEnd, fastJR: fastJREnd,
}

// fuseEnd saves the inner loop a dispatch at the end of a block whose last
// two instructions are a branch and its delay slot: when the slot is a
// register operation (which runInner always runs itself) that writes
// neither of the branch's registers, the fast ops [branch, slot, end]
// become [slot, branch+end, end]. The fused op decides the branch after
// the slot, on the same values, and moves on to the next block as the
// end does; where it cannot, it leaves to runFast at the end, the
// branch's outcome recorded as the branch would have. Nothing can stop
// between the two (a register operation never returns to runFast), so
// no instruction's index changes meaning.
func (b *block) fuseEnd() {
	n := len(b.ops)
	if b.branch < 0 || b.branch != n-2 {
		return
	}
	br, slot := b.fops[n-2], b.fops[n-1]
	k, ok := fusedEnds[br.kind]
	if !ok || slot.kind < fastNop || slot.kind > fastCLO ||
		slot.rd != 0 && (slot.rd == br.rs || slot.rd == br.rt) {
		return
	}
	br.kind = k
	b.fops[n-2], b.fops[n-1] = slot, br
}

// fastKind gives the fast form of inst at pc; slot is set when inst is a
// branch's delay slot.
func fastKind(inst isa.Inst, pc uint32, slot bool) fastOp {
	o := fastOp{rs: inst.Rs, rt: inst.Rt, imm: uint32(inst.Imm)}
	info := inst.Info()
	if slot && info.Flags&isa.FlagDelay != 0 {
		return fastOp{} // a branch in a delay slot: the step does what the reference does
	}
	rtype := func(k uint8) fastOp {
		if o.rd = inst.Rd; o.rd == 0 {
			return fastOp{kind: fastNop}
		}
		o.kind = k
		return o
	}
	itype := func(k uint8) fastOp {
		if o.rd = inst.Rt; o.rd == 0 {
			return fastOp{kind: fastNop}
		}
		o.kind = k
		return o
	}
	mem := func(k uint8) fastOp {
		o.kind, o.rd = k, inst.Rt
		return o
	}
	branch := func(k uint8) fastOp {
		o.kind, o.imm = k, inst.BranchTarget(pc)
		return o
	}
	switch inst.Op {
	case isa.ADDU:
		return rtype(fastADDU)
	case isa.SUBU:
		return rtype(fastSUBU)
	case isa.AND:
		return rtype(fastAND)
	case isa.OR:
		return rtype(fastOR)
	case isa.XOR:
		return rtype(fastXOR)
	case isa.NOR:
		return rtype(fastNOR)
	case isa.SLT:
		return rtype(fastSLT)
	case isa.SLTU:
		return rtype(fastSLTU)
	case isa.SLLV:
		return rtype(fastSLLV)
	case isa.SRLV:
		return rtype(fastSRLV)
	case isa.SRAV:
		return rtype(fastSRAV)
	case isa.MOVZ:
		return rtype(fastMOVZ)
	case isa.MOVN:
		return rtype(fastMOVN)
	case isa.CLZ:
		return rtype(fastCLZ)
	case isa.CLO:
		return rtype(fastCLO)
	case isa.SLL:
		o.imm = uint32(inst.Sa)
		return rtype(fastSLL)
	case isa.SRL:
		o.imm = uint32(inst.Sa)
		return rtype(fastSRL)
	case isa.SRA:
		o.imm = uint32(inst.Sa)
		return rtype(fastSRA)
	case isa.ADDIU:
		return itype(fastADDIU)
	case isa.ANDI:
		return itype(fastANDI)
	case isa.ORI:
		return itype(fastORI)
	case isa.XORI:
		return itype(fastXORI)
	case isa.SLTI:
		return itype(fastSLTI)
	case isa.SLTIU:
		return itype(fastSLTIU)
	case isa.LUI:
		o.imm <<= 16
		return itype(fastLI)
	case isa.LW:
		return mem(fastLW)
	case isa.LH:
		return mem(fastLH)
	case isa.LHU:
		return mem(fastLHU)
	case isa.LB:
		return mem(fastLB)
	case isa.LBU:
		return mem(fastLBU)
	case isa.SW:
		return mem(fastSW)
	case isa.SH:
		return mem(fastSH)
	case isa.SB:
		return mem(fastSB)
	case isa.BEQ:
		return branch(fastBEQ)
	case isa.BNE:
		return branch(fastBNE)
	case isa.BLEZ:
		return branch(fastBLEZ)
	case isa.BGTZ:
		return branch(fastBGTZ)
	case isa.BLTZ:
		return branch(fastBLTZ)
	case isa.BGEZ:
		return branch(fastBGEZ)
	case isa.BLTZAL:
		o.rd = isa.RA
		return branch(fastBLTZAL)
	case isa.BGEZAL:
		o.rd = isa.RA
		return branch(fastBGEZAL)
	case isa.J, isa.JAL:
		o.kind, o.imm = fastJ, inst.JumpTarget(pc)
		if inst.Op == isa.JAL {
			o.kind, o.rd = fastJAL, isa.RA
		}
		return o
	case isa.JR:
		o.kind = fastJR
		return o
	case isa.JALR:
		if o.rd = inst.Rd; o.rd == 0 {
			o.kind = fastJR
		} else {
			o.kind = fastJALR
		}
		return o
	case isa.MULT, isa.MULTU, isa.MADD, isa.MADDU, isa.MSUB, isa.MSUBU, isa.DIV, isa.DIVU, isa.MTHI, isa.MTLO:
		o.kind = hiloKinds[inst.Op]
		return o
	case isa.MUL, isa.MFHI, isa.MFLO:
		o.kind, o.rd = hiloKinds[inst.Op], inst.Rd // rd 0: the wait still happens
		return o
	case isa.PREF, isa.SYNC:
		return fastOp{kind: fastNop}
	}
	return fastOp{}
}

// blockLink is a link from one block to the block that ran next, under
// the translations (MMU generation) and mode in which it was made.
type blockLink struct {
	to  *block
	ctx uint64 // codeCache.ctx
}

// link records that next ran after b, which ended cleanly on the fast
// path, from the PC and translations as they are now.
func (b *block) link(m *Machine, next *block) {
	if m.DelaySlot {
		return
	}
	k := 0
	if m.PC != b.end {
		k = 1
	}
	b.links[k] = blockLink{to: next, ctx: m.code.ctx}
}

// exit gives where control goes after b ran to its end, its branch taken
// to target or not, and the link that leads there: [1] after a branch
// taken elsewhere than b's end, else [0]. pc is 1, which no block has,
// when b's last instruction is a branch whose delay slot is not in b.
func (b *block) exit(taken bool, target uint32) (pc uint32, k int) {
	if b.cond && taken && target != b.end {
		return target, 1
	}
	return b.end, 0
}

// The software TLB: for loads and for stores, stlbSize entries that map
// an EA page straight to its physical page in RAM, filled from the
// micro-TLB. An entry is current when its tag holds the page and the
// code cache's epoch, which changes whenever the translations or the mode
// change (setContext) and when a page gets predecoded code (stores into
// it must go the general way, which drops the code).
const stlbSize = 256

type stlbEntry struct {
	tag  uint32         // EA page | epoch | 1 if loads and stores run in the inner loop (cached behind a D-cache, or no D-cache and free reads)
	base uint32         // physical page
	host unsafe.Pointer // the page in RAM
}

// setContext makes the software TLB and the links follow the current
// translations and mode.
func (c *codeCache) setContext(mm *mmu.MMU, kernel bool) {
	ctx := uint64(c.drops)<<33 | uint64(mm.Gen())<<1 | uint64(b2u(kernel))
	if ctx != c.ctx || mm != c.mmu {
		c.ctx, c.mmu = ctx, mm
		c.newEpoch()
	}
}

// newEpoch makes every software TLB entry stale.
func (c *codeCache) newEpoch() {
	c.epoch += 2 // even: bit 0 of a tag is not the epoch's
	if c.epoch > 0xfff {
		c.loads, c.stores = [stlbSize]stlbEntry{}, [stlbSize]stlbEntry{}
		c.epoch = 2
	}
}

// fillLoad enters the page of ea into the load software TLB, from the
// micro-TLB; false when ea's page does not translate there or is not RAM.
func (c *codeCache) fillLoad(mm *mmu.MMU, ea uint32, kernel bool) bool {
	pa, cached, ok := mm.Lookup(ea, mmu.Load, kernel)
	if !ok || int(pa) >= len(c.ram) {
		return false
	}
	c.loads[ea>>12&(stlbSize-1)] = c.entry(ea, pa, cached, mm)
	c.loadCached[ea>>12&(stlbSize-1)] = cached
	return true
}

// fillStore is fillLoad for stores: pages with predecoded code are left
// out.
func (c *codeCache) fillStore(mm *mmu.MMU, ea uint32, kernel bool) bool {
	pa, cached, ok := mm.Lookup(ea, mmu.Store, kernel)
	if !ok || int(pa) >= len(c.ram) || c.pages[pa>>codePageShift] != nil {
		return false
	}
	c.stores[ea>>12&(stlbSize-1)] = c.entry(ea, pa, cached, mm)
	c.storeCached[ea>>12&(stlbSize-1)] = cached
	return true
}

// entry is the software TLB entry mapping the page of ea to the page of
// pa, in RAM.
func (c *codeCache) entry(ea, pa uint32, cached bool, mm *mmu.MMU) stlbEntry {
	e := stlbEntry{tag: ea&^0xfff | c.epoch, base: pa &^ 0xfff, host: unsafe.Pointer(&c.ram[pa&^0xfff])}
	if dc := mm.DCache; cached && dc != nil || dc == nil && c.freeLoads {
		e.tag |= 1
	}
	return e
}

// find returns the block that blockAt would return for pc, if it has been
// built, without building one or translating beyond the micro-TLB; nil
// otherwise.
func (c *codeCache) find(mm *mmu.MMU, pc uint32, kernel bool) *block {
	pa, cached, ok := mm.Lookup(pc, mmu.Fetch, kernel)
	if !ok || pc&3 != 0 || int(pa) >= len(c.ram) {
		return nil
	}
	p := c.pages[pa>>codePageShift]
	if p == nil {
		return nil
	}
	b := p.blocks[pa>>2&(codePageWords-1)]
	if b == nil || b.pc != pc || b.cached != cached {
		return nil
	}
	return b
}

// jumpCacheSize is the number of entries of the jump cache: blocks by
// their PC, for jumps through registers, whose targets vary too much for
// one link (returns, calls through function pointers).
const jumpCacheSize = 1024

// chainBudget bounds the instructions one chain runs, so that the run loop
// checks its context regularly.
const chainBudget = 1 << 20

var hiloKinds = map[isa.Op]uint8{
	isa.MULT: fastMULT, isa.MULTU: fastMULTU, isa.MADD: fastMADD, isa.MADDU: fastMADDU,
	isa.MSUB: fastHILO, isa.MSUBU: fastHILO, isa.MUL: fastMUL, isa.DIV: fastHILO, isa.DIVU: fastHILO,
	isa.MFHI: fastMFHI, isa.MFLO: fastMFLO, isa.MTHI: fastHILO, isa.MTLO: fastHILO,
}

// runInner runs the instructions of a block from i on while they need no
// call (register operations, branches, loads that hit the software TLB and
// the D-cache, stores that hit the software TLB) and returns the index of
// the first that does. It is a function of its own, and calls nothing
// (what it uses of mmu the compiler inlines), so that its few variables
// stay in host registers: Go keeps no register across a call, and one call
// in the loop costs every register instruction about four more host
// instructions. A change here is worth checking in the assembly (go tool
// objdump -s 'cpu.runInner$'): no stack frame, and every case jumping
// straight back to the head of the loop.
func runInner(i int, x *fastInner) int {
	// o is the op at offset off in the ops of x.b (base), read without a
	// bounds check: every block's ops end with a fastEnd, which returns or
	// moves to another block.
	base := unsafe.Pointer(unsafe.SliceData(x.b.fops))
	var o *fastOp
	// The cycle count at the start of the block, with the stalls since:
	// runInner keeps it in a variable, and leaves it to runFast (leave)
	// with none of the block's static cycles applied.
	start := x.stats.Cycles - uint64(x.applied)
	var (
		ea     uint32 // a load's or store's address, for load and store
		width  uint32 // a store's bytes, for store
		taken  bool   // a branch's outcome, for branchEnd and end
		target uint32 // and where it goes when taken
		hi, lo uint32 // a multiply's result, for hilo
		v      uint32 // mul's result or HI or LO, for wait
		extra  uint64 // mul's latency, for wait
	)
	const size = unsafe.Sizeof(fastOp{})
	off := uintptr(i) * size
	for ; ; off += size {
		o = (*fastOp)(unsafe.Add(base, off))
		switch o.kind & (fastKinds - 1) {
		// What runFast does.
		case fastGeneric, fastHILO:
			goto leave
		case fastNop:
		case fastADDU:
			*o.d = *o.s + *o.t
		case fastSUBU:
			*o.d = *o.s - *o.t
		case fastAND:
			*o.d = *o.s & *o.t
		case fastOR:
			*o.d = *o.s | *o.t
		case fastXOR:
			*o.d = *o.s ^ *o.t
		case fastNOR:
			*o.d = ^(*o.s | *o.t)
		case fastSLT:
			*o.d = b2u(int32(*o.s) < int32(*o.t))
		case fastSLTU:
			*o.d = b2u(*o.s < *o.t)
		case fastSLLV:
			*o.d = *o.t << (*o.s & 31)
		case fastSRLV:
			*o.d = *o.t >> (*o.s & 31)
		case fastSRAV:
			*o.d = uint32(int32(*o.t) >> (*o.s & 31))
		case fastMOVZ:
			if *o.t == 0 {
				*o.d = *o.s
			}
		case fastMOVN:
			if *o.t != 0 {
				*o.d = *o.s
			}
		case fastCLZ:
			*o.d = uint32(bits.LeadingZeros32(*o.s))
		case fastCLO:
			*o.d = uint32(bits.LeadingZeros32(^*o.s))
		case fastADDIU:
			*o.d = *o.s + o.imm
		case fastANDI:
			*o.d = *o.s & o.imm
		case fastORI:
			*o.d = *o.s | o.imm
		case fastXORI:
			*o.d = *o.s ^ o.imm
		case fastSLTI:
			*o.d = b2u(int32(*o.s) < int32(o.imm))
		case fastSLTIU:
			*o.d = b2u(*o.s < o.imm)
		case fastLI:
			*o.d = o.imm
		case fastSLL:
			*o.d = *o.t << (o.imm & 31)
		case fastSRL:
			*o.d = *o.t >> (o.imm & 31)
		case fastSRA:
			*o.d = uint32(int32(*o.t) >> (o.imm & 31))

		// Loads that hit the software TLB and the D-cache (the tag's bit 0
		// says there is one): load has the rest.
		case fastLW:
			if ea = *o.s + o.imm; ea&3 != 0 {
				goto leave
			}
			goto load
		case fastLH, fastLHU:
			if ea = *o.s + o.imm; ea&1 != 0 {
				goto leave
			}
			goto load
		case fastLB, fastLBU:
			ea = *o.s + o.imm
			goto load

		// Stores through the software TLB into pages without code, and
		// into lines the I-cache does not hold: store has the rest.
		case fastSW:
			if ea = *o.s + o.imm; ea&3 != 0 {
				goto leave
			}
			width = 4
			goto store
		case fastSH:
			if ea = *o.s + o.imm; ea&1 != 0 {
				goto leave
			}
			width = 2
			goto store
		case fastSB:
			ea, width = *o.s+o.imm, 1
			goto store

		case fastBEQ:
			x.taken, x.target = *o.s == *o.t, o.imm
		case fastBNE:
			x.taken, x.target = *o.s != *o.t, o.imm
		case fastBLEZ:
			x.taken, x.target = int32(*o.s) <= 0, o.imm
		case fastBGTZ:
			x.taken, x.target = int32(*o.s) > 0, o.imm
		case fastBLTZ:
			x.taken, x.target = int32(*o.s) < 0, o.imm
		case fastBGEZ:
			x.taken, x.target = int32(*o.s) >= 0, o.imm
		case fastBLTZAL:
			x.taken, x.target = int32(*o.s) < 0, o.imm
			goto link
		case fastBGEZAL:
			x.taken, x.target = int32(*o.s) >= 0, o.imm
			goto link
		case fastJ:
			x.taken, x.target = true, o.imm
		case fastJAL:
			x.taken, x.target = true, o.imm
			goto link
		case fastJR:
			x.taken, x.target = true, *o.s
		case fastJALR:
			x.taken, x.target = true, *o.s
			goto link
		// Multiplies and reads of HI and LO, when their wait (and mul's
		// for its result) ends with the block's static cycles before the
		// timer and the cycle limit, as runFast checks after a stall.
		case fastMULT:
			p := uint64(int64(int32(*o.s)) * int64(int32(*o.t)))
			hi, lo = uint32(p>>32), uint32(p)
			goto hilo
		case fastMULTU:
			p := uint64(*o.s) * uint64(*o.t)
			hi, lo = uint32(p>>32), uint32(p)
			goto hilo
		case fastMADD:
			p := uint64(x.m.HI)<<32 | uint64(x.m.LO) + uint64(int64(int32(*o.s))*int64(int32(*o.t)))
			hi, lo = uint32(p>>32), uint32(p)
			goto hilo
		case fastMADDU:
			p := uint64(x.m.HI)<<32 | uint64(x.m.LO) + uint64(*o.s)*uint64(*o.t)
			hi, lo = uint32(p>>32), uint32(p)
			goto hilo
		case fastMUL:
			v, extra = uint32(int32(*o.s)*int32(*o.t)), x.mulLat
			goto wait
		case fastMFLO:
			v, extra = x.m.LO, 0
			goto wait
		case fastMFHI:
			v, extra = x.m.HI, 0
			goto wait

		// A branch fused with the end: decide it, and end the block as
		// fastEnd (the next op) does.
		case fastBEQEnd:
			taken = *o.s == *o.t
			goto branchEnd
		case fastBNEEnd:
			taken = *o.s != *o.t
			goto branchEnd
		case fastBLEZEnd:
			taken = int32(*o.s) <= 0
			goto branchEnd
		case fastBGTZEnd:
			taken = int32(*o.s) > 0
			goto branchEnd
		case fastBLTZEnd:
			taken = int32(*o.s) < 0
			goto branchEnd
		case fastBGEZEnd:
			taken = int32(*o.s) >= 0
			goto branchEnd
		case fastJEnd:
			taken, target = true, o.imm
			off += size
			goto end
		case fastJREnd:
			taken, target = true, *o.s
			off += size
			goto end
		case fastEnd:
			taken, target = x.taken, x.target
			goto end
		}
		continue

	hilo:
		// A multiply into HI and LO, once they are ready.
		if now := start + uint64(o.imm); x.m.hiloReady > now { // o.imm: the cycle the instruction starts
			wait := x.m.hiloReady - now
			if start+wait+uint64(x.b.static) >= x.stopAt {
				goto leave
			}
			x.stats.Stalls += wait
			start += wait
		}
		x.m.HI, x.m.LO, x.m.hiloReady = hi, lo, start+uint64(o.imm)+x.mulLat
		continue

	wait:
		// mul (which waits extra cycles for its result) or a read of HI
		// or LO, once they are ready.
		{
			wait := extra
			if now := start + uint64(o.imm); x.m.hiloReady > now {
				wait += x.m.hiloReady - now
			}
			if wait > 0 {
				if start+wait+uint64(x.b.static) >= x.stopAt {
					goto leave
				}
				x.stats.Stalls += wait
				start += wait
			}
		}
		*o.d = v
		continue

	load:
		// A load from ea, aligned: through the software TLB, when the
		// D-cache holds the word.
		{
			e := (*stlbEntry)(unsafe.Add(x.loads, uintptr(ea>>12&(stlbSize-1))*unsafe.Sizeof(stlbEntry{})))
			if e.tag != ea&^0xfff|x.epoch {
				goto leave
			}
			pa, p := e.base|ea&0xfff, unsafe.Add(e.host, ea&0xfff)
			if !x.tags.Hit(pa) {
				// A set-associative D-cache (whose tags hold nothing):
				// look in the set, and use the line as Read does.
				if x.lru.Ways == 0 {
					goto leave
				}
				i := x.lru.Find(pa)
				if i < 0 || !x.lru.Word(i, pa) {
					goto leave
				}
				x.lru.Use(i)
			}
			x.reads++
			switch o.kind {
			case fastLW:
				*o.d = binary.LittleEndian.Uint32((*[4]byte)(p)[:])
			case fastLH:
				*o.d = uint32(int16(binary.LittleEndian.Uint16((*[2]byte)(p)[:])))
			case fastLHU:
				*o.d = uint32(binary.LittleEndian.Uint16((*[2]byte)(p)[:]))
			case fastLB:
				*o.d = uint32(*(*int8)(p))
			default:
				*o.d = uint32(*(*uint8)(p))
			}
		}
		continue

	link:
		// The return address of a jump or branch that links: the end of
		// the block, just past its delay slot; or, when the delay slot is
		// on the next page (end 1), the step's to write.
		if x.b.end == 1 {
			goto leave
		}
		*o.d = x.b.end
		continue

	store:
		// A store to ea, aligned: through the software TLB; the D-cache's
		// tags and the write buffer as Cache.Write has them, when the
		// stall ends with the block's static cycles before the timer and
		// the cycle limit, as runFast checks after one. A store into a
		// line the I-cache holds is runFast's (it drops the line).
		{
			e := (*stlbEntry)(unsafe.Add(x.stores, uintptr(ea>>12&(stlbSize-1))*unsafe.Sizeof(stlbEntry{})))
			if e.tag != ea&^0xfff|x.epoch {
				goto leave
			}
			pa := e.base | ea&0xfff
			if x.itags.Holds(pa) {
				goto leave
			}
			// Memory and the tags first: should the store leave for runFast
			// after all, runFast writes the same bytes again, and finds the
			// tags as this store left them, which it would leave so again.
			p := unsafe.Add(e.host, ea&0xfff)
			switch v := *o.t; width {
			case 4:
				binary.LittleEndian.PutUint32((*[4]byte)(p)[:], v)
			case 2:
				binary.LittleEndian.PutUint16((*[2]byte)(p)[:], uint16(v))
			default:
				*(*uint8)(p) = uint8(v)
			}
			if wb := x.wb; wb != nil {
				// The cycle the store enters the write buffer: after the
				// static cycles before it (o.d: see fastOp), and a byte or
				// halfword store's merge.
				at := start + uint64(*o.d)
				enter := at
				if width == 4 {
					if x.tags.WriteWord(pa) {
						x.drops++
					}
				} else if hit, dropped := x.tags.WritePartial(pa); hit {
					enter += x.partial
				} else if dropped {
					x.drops++
				}
				stall := wb.Stall(enter)
				delay := enter + stall - at
				if delay != 0 && start+delay+uint64(x.b.static) >= x.stopAt {
					goto leave
				}
				wb.Push(enter) // stalls for stall
				x.writes++
				x.writeStalls += stall
				x.stats.Stalls += delay
				start += delay
			}
		}
		continue

	branchEnd:
		// A conditional branch fused with the end, decided. Taken back to
		// the block's start, the block runs again: under what it ran
		// under, and with its lines in the I-cache (a store into its page
		// would have bailed out); only the run's limits stand in the way.
		if taken && o.imm == x.pc {
			if b := x.b; start+uint64(2*b.static) < x.chainStop {
				start += uint64(b.static)
				x.done += uint64(len(b.ops))
				off = ^(size - 1) // -size: the loop adds size
				continue
			}
		}
		target = o.imm
		off += size
		goto end

	end:
		// The end of the block (o is its fastEnd): move on to the
		// block linked after this one when nothing stands in the way;
		// runFast does the rest.
		b := x.b
		pc, k := b.exit(taken, target)
		nb := b
		if pc != x.pc {
			l := &b.links[k]
			nb = l.to
			if nb == nil || nb.pc != pc || l.ctx != x.ctx {
				// A jump through a register to somewhere else than last
				// time: the jump cache may know the block.
				l = &x.jumps[pc>>2&(jumpCacheSize-1)]
				nb = l.to
				if nb == nil || nb.pc != pc || l.ctx != x.ctx {
					x.taken, x.target = taken, target
					goto leave
				}
			}
			// The link's context covers the translations, the mode and
			// dropped code; the I-cache is the block's own check.
			if nb.icGen != x.icGen {
				x.taken, x.target = taken, target
				goto leave
			}
		}
		// A block that loops to itself needs no link: it runs under what
		// it ran under, and no store reached its lines (a store into its
		// page would have bailed out). The rest is the run's limits.
		if start+uint64(b.static+nb.static) >= x.chainStop {
			x.taken, x.target = taken, target
			goto leave
		}
		start += uint64(b.static)
		x.done += uint64(len(b.ops))
		if nb != b {
			x.b, x.pc = nb, nb.pc
		}
		base, off = unsafe.Pointer(unsafe.SliceData(nb.fops)), ^(size - 1) // -size: the loop adds size
	}
leave:
	x.stats.Cycles, x.applied = start, 0
	return int(off / size)
}

// fastReady reports whether b may run on the fast path now: the run's
// limits and the timer are the caller's to check.
func (m *Machine) fastReady(b *block) bool {
	if len(m.hooks.mem) > 0 {
		return false
	}
	ic := m.MMU.ICache
	if ic == nil {
		// Without an I-cache a fetch is an uncached read: free only when
		// nothing drains and memory answers at once.
		return m.MMU.DCache == nil && m.Profile.UncachedAccess == 0
	}
	if !b.cached {
		return false
	}
	if b.icache == ic && b.icGen == ic.Gen()+1 {
		return true
	}
	if !ic.Holds(b.pa, len(b.ops)) {
		return false
	}
	b.icache, b.icGen = ic, ic.Gen()+1
	return true
}

// runFast runs b on the fast path, then the blocks linked after it while
// they may run there. stopAt is the cycle at which a block must leave off
// for the timer, a device event or the cycle limit; b's static cycles end
// before it.
// instLeft bounds the instructions of the blocks after b (0: b alone). It
// returns the last block if that one ran to its end, for the caller to
// link to the next, or nil.
//
// runInner runs what needs no call; the switch here takes the instruction
// it stopped at. Between blocks only the cycle counter is kept current;
// done counts the instructions of the blocks run to their end, added to
// the counters (with the I-cache's reads) when the run ends.
func (m *Machine) runFast(b *block, code *codeCache, stopAt, instLeft uint64) (last *block, err error) {
	mm := m.MMU
	dc := mm.DCache
	ic := mm.ICache
	ram := code.ram
	kernel := m.Kernel()
	code.freeLoads = m.Profile.UncachedAccess == 0
	code.setContext(mm, kernel)
	x := &m.inner
	// What the inner loop's load check asks: the D-cache, or without one
	// tags that every load hits (the software TLB's entries let loads
	// reach the check only when reads are then free: see entry).
	tags := mmu.NoTags() // a set-associative D-cache's are lru's
	var lru mmu.LRU
	switch {
	case dc == nil:
		tags = mmu.AllTags()
	case dc.DirectMapped():
		tags = dc.Tags()
	default:
		lru = dc.LRU()
	}
	// A set-associative I-cache's LRU state follows every fetch: its
	// blocks end in runFast, which brings it up to date (Rehit), and
	// stores, which may drop a line, are runFast's too.
	iassoc := ic != nil && !ic.DirectMapped()
	itags := mmu.NoTags()
	switch {
	case iassoc, lru.Ways != 0: // stores into a set-associative D-cache are runFast's too
		itags = mmu.AllTags() // holds every line of RAM
	case ic != nil:
		itags = ic.Tags()
	}
	var wb *mmu.WriteBuffer
	var partial uint64
	if dc != nil {
		wb, partial = dc.WriteBuffer(), uint64(dc.Config().PartialWriteCycles)
	}
	*x = fastInner{loads: unsafe.Pointer(&code.loads), epoch: code.epoch | 1, tags: tags, pc: b.pc,
		stores: unsafe.Pointer(&code.stores), itags: itags, wb: wb, partial: partial, lru: lru,
		m: m, mulLat: uint64(m.Profile.MulLatency), stats: &m.Stats, ctx: code.ctx, jumps: &code.jumps,
		stopAt: stopAt, chainStop: stopAt, instLeft: instLeft}
	// Every instruction takes a cycle at least (profile.Validate), so the
	// cycle count bounds the instruction count too: a chain stops where
	// either limit would, and runInner counts only cycles against it.
	if instLeft < stopAt-m.Stats.Cycles {
		x.chainStop = m.Stats.Cycles + instLeft
	}
	chainStop := x.chainStop
	if iassoc {
		x.chainStop = 0 // runInner leaves at every block's end
	}
	var done uint64    // instructions of the blocks run to their end
	var applied uint32 // static cycles of b already on the cycle counter
	ops := b.fops      // ends with a fastEnd
	for i := 0; ; i++ {
		// runInner may move on to the blocks linked after b.
		x.b, x.applied, x.done = b, applied, done
		if ic != nil {
			x.icGen = ic.Gen() + 1 // a store may have invalidated a line
		}
		i = runInner(i, x)
		b, applied, done = x.b, x.applied, x.done
		if x.reads != 0 {
			if dc != nil {
				dc.Hits(x.reads)
			}
			x.reads = 0
		}
		if x.writes|x.drops != 0 { // a store that left for runFast may have dropped a word
			dc.CountWrites(x.writes, x.writeStalls, x.drops)
			x.writes, x.writeStalls, x.drops = 0, 0, 0
		}
		ops = b.fops
		o := &ops[i]
		switch o.kind {
		case fastEnd:
			// Follow b's link if the next block may run here too.
			n := len(b.ops)
			pc, k := b.exit(x.taken, x.target)
			l := &b.links[k]
			nb := l.to
			if nb == nil || nb.pc != pc || l.ctx != code.ctx {
				// Not linked (a jump through a register, most often): look
				// for the block in the code cache.
				// A block under a code hook is never linked to: the
				// loop steps it.
				if nb = code.find(mm, pc, kernel); nb != nil && len(m.hooks.code) > 0 && m.codeHooked(nb) {
					nb = nil
				}
				if nb != nil {
					*l = blockLink{to: nb, ctx: code.ctx}
					code.jumps[pc>>2&(jumpCacheSize-1)] = *l
				}
			}
			if nb == nil || // no block, or b's delay slot is not in it (pc 1)
				m.Stats.Cycles+uint64(b.static-applied)+uint64(nb.static) >= chainStop ||
				done+uint64(n+len(nb.ops)) > x.instLeft ||
				(ic == nil || nb.icache != ic || nb.icGen != ic.Gen()+1) && !m.fastReady(nb) {
				return b, m.finish(b, n-1, x.taken, x.target, applied, done)
			}
			if iassoc {
				ic.Rehit(b.pa, n)
			}
			done += uint64(n)
			m.Stats.Cycles += uint64(b.static - applied)
			b, ops, applied, i, x.pc = nb, nb.fops, 0, -1, nb.pc

		case fastLW, fastLH, fastLHU, fastLB, fastLBU:
			ea := *o.s + o.imm
			e := &code.loads[ea>>12&(stlbSize-1)]
			if e.tag&^1 != ea&^0xfff|code.epoch || ea&loadAlign[o.kind-fastLW] != 0 {
				if !code.fillLoad(mm, ea, kernel) || ea&loadAlign[o.kind-fastLW] != 0 {
					return nil, m.bail(b, i, x.taken, x.target, applied, code, done)
				}
			}
			pa, cached := e.base|ea&0xfff, code.loadCached[ea>>12&(stlbSize-1)]
			var v uint32
			switch o.kind {
			case fastLW:
				v = binary.LittleEndian.Uint32(ram[pa:])
			case fastLH:
				v = uint32(int16(binary.LittleEndian.Uint16(ram[pa:])))
			case fastLHU:
				v = uint32(binary.LittleEndian.Uint16(ram[pa:]))
			case fastLB:
				v = uint32(int8(ram[pa]))
			default:
				v = uint32(ram[pa])
			}
			if !cached || dc == nil || !dc.ReadHit(pa) {
				applied = m.catchUp(b.pre[i], applied)
				m.stall(mm.LoadCycles(pa, cached, m.Stats.Cycles), cached && dc != nil, &m.Stats.DCacheMisses)
				if m.Stats.Cycles+uint64(b.static-applied) >= stopAt {
					*o.d = v
					return nil, m.finish(b, i, x.taken, x.target, applied, done)
				}
			}
			*o.d = v

		case fastSW, fastSH, fastSB:
			ea := *o.s + o.imm
			size := 4 >> (o.kind - fastSW)
			e := &code.stores[ea>>12&(stlbSize-1)]
			if e.tag&^1 != ea&^0xfff|code.epoch || ea&uint32(size-1) != 0 {
				if !code.fillStore(mm, ea, kernel) || ea&uint32(size-1) != 0 {
					return nil, m.bail(b, i, x.taken, x.target, applied, code, done)
				}
			}
			pa := e.base | ea&0xfff
			switch v := *o.t; size {
			case 4:
				binary.LittleEndian.PutUint32(ram[pa:], v)
			case 2:
				binary.LittleEndian.PutUint16(ram[pa:], uint16(v))
			default:
				ram[pa] = byte(v)
			}
			if ic := mm.ICache; ic != nil {
				ic.Invalidate(pa) // as write does
			}
			applied = m.catchUp(b.pre[i], applied)
			m.stall(mm.StoreCycles(pa, size, code.storeCached[ea>>12&(stlbSize-1)], m.Stats.Cycles), false, nil)
			if m.Stats.Cycles+uint64(b.static-applied) >= stopAt {
				return nil, m.finish(b, i, x.taken, x.target, applied, done)
			}

		case fastMULT, fastMULTU, fastMADD, fastMADDU, fastMUL, fastMFHI, fastMFLO, fastHILO:
			applied = m.catchUp(b.pre[i], applied)
			op := &b.ops[i]
			m.execute(op.inst, op.info, op.pc) // raises nothing: no privilege, no faults; the PC is settled on leaving
			if m.Stats.Cycles+uint64(b.static-applied) >= stopAt {
				return nil, m.finish(b, i, x.taken, x.target, applied, done)
			}

		default:
			return nil, m.bail(b, i, x.taken, x.target, applied, code, done)
		}
	}
}

// fastInner is what runInner reads besides the registers and writes
// besides them (the branch's outcome, and where it has got to in the
// chain of blocks).
type fastInner struct {
	// runFast's state: the block, the static cycles of it already on the
	// cycle counter, the instructions of the blocks run to their end, the
	// blocks left to run.
	b       *block
	applied uint32
	done    uint64
	// What following a link needs (see runFast), and the multiplier.
	m        *Machine
	mulLat   uint64
	stats    *Stats
	icGen    uint64 // the I-cache's generation + 1, as blocks record it; 0 without one
	ctx      uint64
	jumps    *[jumpCacheSize]blockLink
	stopAt   uint64
	instLeft uint64 // the instructions the chain may run
	// chainStop is the cycle by which the blocks runInner runs must end:
	// stopAt, or sooner for instLeft; 0 when runFast must see every
	// block's end.
	chainStop uint64

	loads unsafe.Pointer // the code cache's loads (stlbEntry)
	epoch uint32         // the code cache's, | 1: the tag of a page loads may hit
	// The D-cache's tags (or AllTags, see runFast), and the reads that
	// hit them since runFast counted them last.
	tags  mmu.Tags
	reads uint64
	// Stores: the software TLB, the I-cache's tags (NoTags without one,
	// AllTags when runFast must see every store), and with a D-cache its write buffer, the cycles of a partial
	// store's merge, and the stores since runFast counted them last, with
	// their stalls and the lines they filled or words they dropped.
	stores                     unsafe.Pointer
	itags                      mmu.Tags
	wb                         *mmu.WriteBuffer
	partial                    uint64
	writes, writeStalls, drops uint64
	// A set-associative D-cache's tags and LRU state (Ways 0 for none).
	lru    mmu.LRU
	pc     uint32 // the block's
	taken  bool
	target uint32
}

// loadAlign is the alignment mask of the fast loads, from fastLW on.
var loadAlign = [...]uint32{3, 1, 1, 0, 0}

// catchUp adds the static cycles of the block's instructions before the
// current one (pre) that are not yet on the cycle counter, and returns
// what is now applied.
func (m *Machine) catchUp(pre, applied uint32) uint32 {
	m.Stats.Cycles += uint64(pre - applied)
	return pre
}

// endOf is the block's static cycles up to the end of instruction i.
func (b *block) endOf(i int) uint32 { return b.pre[i+1] }

// counted adds n instructions run on the fast path to the counters, the
// static cycles aside.
func (m *Machine) counted(n uint64) {
	m.Stats.Instructions += n
	if ic := m.MMU.ICache; ic != nil {
		ic.Hits(n)
	}
}

// rehit brings a set-associative I-cache's LRU state up to date with the
// fetches of b's first n instructions (mmu.Cache.Rehit); runFast does it
// for the blocks it moves on from.
func (m *Machine) rehit(b *block, n int) {
	if ic := m.MMU.ICache; ic != nil {
		ic.Rehit(b.pa, n)
	}
}

// finish ends a fast run in b after its instruction i completed, done
// instructions of earlier blocks uncounted: the counters and the PC become
// what the reference would have.
func (m *Machine) finish(b *block, i int, taken bool, target, applied uint32, done uint64) error {
	m.counted(done + uint64(i+1))
	m.rehit(b, i+1)
	m.Stats.Cycles += uint64(b.endOf(i) - applied)
	pc := b.pc + uint32(4*i)
	switch {
	case i == b.branch: // its delay slot is not in the block
		next := pc + 8
		if taken {
			next = target
		}
		m.PC, m.NextPC, m.DelaySlot = pc+4, next, true
	case b.branch >= 0 && i == b.branch+1: // the delay slot
		next := pc + 4
		if taken {
			next = target
		}
		m.PC, m.NextPC, m.DelaySlot = next, next+4, false
	default:
		m.PC, m.NextPC, m.DelaySlot = pc+4, pc+8, false
	}
	if m.Stats.Cycles >= m.timer.at {
		m.timerFired()
	}
	return nil
}

// bail ends a fast run in b before its instruction i, which then runs as
// one step; done is as for finish.
func (m *Machine) bail(b *block, i int, taken bool, target, applied uint32, code *codeCache, done uint64) error {
	m.counted(done + uint64(i))
	m.rehit(b, i)
	m.Stats.Cycles += uint64(b.pre[i] - applied)
	pc := b.pc + uint32(4*i)
	if b.branch >= 0 && i == b.branch+1 {
		next := pc + 4
		if taken {
			next = target
		}
		m.PC, m.NextPC, m.DelaySlot = pc, next, true
	} else {
		m.PC, m.NextPC, m.DelaySlot = pc, pc+4, false
	}
	return m.step(code)
}
