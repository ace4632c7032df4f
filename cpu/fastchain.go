package cpu

import "graftlab/mmu"

// Chains and exits of the fast path: the links that lead from a block to
// the next, the jump cache, and the two ways a fast run ends (finish, after
// an instruction; bail, before one, which then runs as a step) with the
// counters and the PC the reference interpreter would have.

// blockLink is a link from one block to the block that ran next, under
// the translations (MMU generation) and mode in which it was made.
type blockLink struct {
	to  *block
	ctx uint64 // codeCache.ctx
}

// link records that next ran after b, which ended cleanly on the fast
// path, from the PC and translations as they are now.
func (b *block) link(m *Machine, code *codeCache, next *block) {
	if m.DelaySlot {
		return
	}
	k := 0
	if m.PC != b.end {
		k = 1
	}
	b.links[k] = blockLink{to: next, ctx: code.ctx}
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
