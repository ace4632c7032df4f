package cpu

import (
	"encoding/binary"
	"fmt"
	"unsafe"

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
	x := &code.inner
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
	*x = fastInner{loads: unsafe.Pointer(&code.loads), epoch: code.epoch | stlbInner, tags: tags, pc: b.pc,
		stores: unsafe.Pointer(&code.stores), itags: itags, wb: wb, partial: partial, lru: lru,
		m: m, mulLat: uint64(m.Profile.MulLatency), stats: &m.Stats, ctx: code.ctx, jumps: &code.jumps,
		stopAt: stopAt, chainStop: stopAt, instLeft: instLeft,
		// Compiled code checks loads and stores against direct-mapped tags
		// only: with set-associative caches runInner runs every block.
		native: code.native != nil && !iassoc && lru.Ways == 0}
	if x.native {
		code.checkGeometry(x)
	}
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
		if x.native {
			i = code.runNative(m, b, i, x)
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
			if e.tag&^stlbInner != ea&^0xfff|code.epoch || ea&loadAlign[o.kind-fastLW] != 0 {
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
			if e.tag&^stlbInner != ea&^0xfff|code.epoch || ea&uint32(size-1) != 0 {
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
			// These raise nothing (no privilege, no faults, no reserved
			// forms: fastKind gives them kinds only then), and the PC is
			// settled on leaving.
			if e, err := m.execute(op.inst, op.info, op.pc); e != nil || err != nil {
				panic(fmt.Sprintf("cpu: graftlab bug: %v at %#08x raised %v (error %v) on the fast path, where it cannot", op.inst.Op, op.pc, e, err))
			}
			if m.Stats.Cycles+uint64(b.static-applied) >= stopAt {
				return nil, m.finish(b, i, x.taken, x.target, applied, done)
			}

		default:
			return nil, m.bail(b, i, x.taken, x.target, applied, code, done)
		}
	}
}

// catchUp adds the static cycles of the block's instructions before the
// current one (pre) that are not yet on the cycle counter, and returns
// what is now applied.
func (m *Machine) catchUp(pre, applied uint32) uint32 {
	m.Stats.Cycles += uint64(pre - applied)
	return pre
}

// endOf is the block's static cycles up to the end of instruction i.
func (b *block) endOf(i int) uint32 { return b.pre[i+1] }
