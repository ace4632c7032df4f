package jit

import (
	"graftlab/cpu"
	"graftlab/isa"
	"graftlab/mmu"
	"graftlab/profile"
)

// pageMask masks the offset in a 4 KiB page, the unit in which the MMU
// maps and in which the engine's state watches writes.
const pageMask = 1<<12 - 1

// codePage is a page that a block's words lie in: its guest (virtual)
// and physical addresses.
type codePage struct{ va, pa uint32 }

// entry is what the engine knows of the code at one guest address, as
// read in one mode from the pages listed: the words of the block that
// starts there (none when the instruction there runs by Step) with their
// static prefix, and the block compiled from them, made the first time
// the block may run (a block that never fits between a run's limits or
// events is never compiled).
type entry struct {
	pc     uint32
	words  []uint32
	pre    []uint64 // as Block.Pre
	block  *Block
	kernel bool
	pages  []codePage
	// unmapped: every page lies in kseg0 or kseg1 and the entry was read in
	// kernel mode, so no translation can change under it.
	unmapped bool
	dead     bool // dropped from the entries: never to be followed to
	// next holds the entries that ran after this one's block, so that the
	// engine finds them again without the map.
	next [2]*entry
}

// engineMaxBlock bounds the engine's blocks, shorter than MaxBlock: a
// block runs only when all of it fits before the next event and the run's
// limits, and where it does not the engine steps, reading the block at
// each next address again.
const engineMaxBlock = 64

// maxEntries bounds the entries a machine's state keeps: when a new one
// would exceed it, all are dropped.
const maxEntries = 1 << 16

// machineState is the engine's state for one machine (a cpu.EngineState):
// the State compiled code runs on, the code cache, and the entries by
// guest address, with the entries whose words lie in each physical page
// so that a write there drops them.
type machineState struct {
	m       *cpu.Machine
	cache   *CodeCache // nil when this host cannot run compiled code
	s       State
	entries map[uint32]*entry
	byPage  map[uint32][]*entry // by physical page number
	flushes uint64              // the cache's flushes at the last Install
	buf     []uint32

	// What ran compiled: blocks, the instructions in them, and the runs
	// of consecutive blocks (each entered with one copy into State).
	blocksRun, blockInsts, blockRuns uint64
	// enters counts the calls into compiled code: a block reached by the
	// chain is run without one.
	enters uint64

	// chained holds the entry of each slot of State.Chain that is filled;
	// chainUntil is the Until address of the run the slots were filled
	// for (see fillChain).
	chained    [chainSlots]*entry
	chainUntil struct {
		has   bool
		until uint32
	}

	// last is the entry whose block ran last, when nothing has run since
	// (nil after a Step); chosen is the entry runnable chose.
	last, chosen *entry
}

func newMachineState(m *cpu.Machine, size int) *machineState {
	st := &machineState{m: m, entries: map[uint32]*entry{}, byPage: map[uint32][]*entry{}, buf: make([]uint32, 0, MaxBlock)}
	if c, err := NewCodeCache(size); err == nil {
		st.cache = c
	}
	m.Bus.AddWriteHook(st.written)
	return st
}

// Invalidate drops every entry on reset, restore or another engine's
// run (which may have written RAM without the bus seeing it). New code
// hooks need nothing: every block's range is checked for hooks before it
// runs.
func (st *machineState) Invalidate(reason cpu.Invalidation) {
	if reason == cpu.InvalidateCodeHooks {
		st.unchainAll() // the slots were filled without the new hooks
		return
	}
	st.clear()
	if st.cache != nil {
		st.cache.Flush()
		st.flushes = st.cache.Stats().Flushes
	}
}

// fillChain puts e, whose block b was chosen to run at e.pc in a run
// with limits lim, in its slot of State.Chain, so that blocks whose exit
// leads to e.pc jump straight into b. Only entries that no translation
// can change under (unmapped) go in, never the run's Until address, and
// only blocks that passed every check but the budget (fits): the slots
// are emptied when a block is dropped or flushed, when a code hook is
// added and when a run with another Until address starts (runBlocks);
// the budget is checked by the chain itself.
func (st *machineState) fillChain(e *entry, b *Block, lim *cpu.Limits) {
	if !e.unmapped || lim.HasUntil && lim.Until == e.pc {
		return
	}
	i := chainIndex(e.pc)
	st.chained[i] = e
	st.s.Chain[i] = chainSlot{Key: chainKey(e.pc), Code: uint64(b.entry), Insts: uint32(len(b.Insts)), Cycles: uint32(b.Cycles())}
}

// unchain empties e's slot in State.Chain if it holds e.
func (st *machineState) unchain(e *entry) {
	if i := chainIndex(e.pc); st.chained[i] == e {
		st.chained[i] = nil
		st.s.Chain[i] = chainSlot{}
	}
}

// unchainAll empties State.Chain.
func (st *machineState) unchainAll() {
	clear(st.chained[:])
	clear(st.s.Chain[:])
}

func (st *machineState) clear() {
	for _, e := range st.entries {
		e.dead = true
	}
	st.last, st.chosen = nil, nil
	st.unchainAll()
	clear(st.entries)
	clear(st.byPage)
}

// written is the bus's write listener: it drops the entries whose words
// lie in the pages written. No compiled block is running then (blocks
// hold no stores), so none needs to be left.
func (st *machineState) written(pa uint32, n int) {
	if n <= 0 || len(st.byPage) == 0 {
		return
	}
	for p := pa >> 12; p <= (pa+uint32(n)-1)>>12; p++ {
		es, ok := st.byPage[p]
		if !ok {
			continue
		}
		for _, e := range es {
			if !e.dead {
				e.dead = true
				st.unchain(e)
				if st.entries[e.pc] == e {
					delete(st.entries, e.pc)
				}
			}
		}
		delete(st.byPage, p)
		if p == ^uint32(0)>>12 {
			break
		}
	}
}

// entryAt returns the entry at pc in the machine's current mode and
// translations, reading it if need be, or nil when the instruction at pc
// must run by Step.
func (st *machineState) entryAt(m *cpu.Machine, pc uint32) *entry {
	kernel := m.Kernel()
	var e *entry
	last := st.last
	if last != nil {
		for _, x := range last.next {
			if x != nil && x.pc == pc && !x.dead {
				e = x
				break
			}
		}
	}
	if e == nil {
		e = st.entries[pc]
	}
	if e == nil || e.kernel != kernel || !e.unmapped && !st.samePages(m.MMU, e, kernel) {
		// New, or read in another mode or under other translations.
		e = st.read(m, pc, kernel)
	}
	if len(e.words) == 0 {
		return nil
	}
	if last != nil && last.next[0] != e && last.next[1] != e {
		last.next[1], last.next[0] = last.next[0], e
	}
	return e
}

// blockOf returns e's compiled block, compiling it if need be (or again,
// after a flush of the code cache), or nil if it cannot be compiled.
func (st *machineState) blockOf(m *cpu.Machine, e *entry) *Block {
	if b := e.block; b != nil && b.cache == st.cache && b.gen == st.cache.gen {
		return b
	}
	e.block = nil
	b, err := Compile(e.pc, e.words, m.Profile)
	if err != nil {
		e.words = nil // runs by Step from now on
		return nil
	}
	if err := st.cache.Install(b); err != nil {
		e.words = nil
		return nil
	}
	if f := st.cache.Stats().Flushes; f != st.flushes {
		// The flush made every other block stale; their entries compile
		// them again when they next run, and State.Chain must not jump to
		// them.
		st.flushes = f
		st.unchainAll()
	}
	e.block = b
	return b
}

// samePages reports whether e's pages translate as they did when e was
// made, through Lookup alone, as the reference's fetches would without
// changing the MMU.
func (st *machineState) samePages(mu *mmu.MMU, e *entry, kernel bool) bool {
	for _, p := range e.pages {
		if p.va >= 0x80000000 && p.va < 0xc0000000 && kernel {
			continue // kseg0 and kseg1: unmapped
		}
		pa, _, ok := mu.Lookup(p.va, mmu.Fetch, kernel)
		if !ok || pa != p.pa {
			return false
		}
	}
	return true
}

// read makes the entry at pc: the words of the block that Scan finds
// there, and their static prefix.
func (st *machineState) read(m *cpu.Machine, pc uint32, kernel bool) *entry {
	e := &entry{pc: pc, kernel: kernel}
	if pc&3 == 0 {
		words, pages := fetchWords(m.MMU, m.Bus.RAM(), pc, kernel, st.buf[:0])
		e.pages = pages
		if n, _ := Scan(words); n > 0 {
			e.words = append([]uint32(nil), words[:n]...)
			if e.pre = staticPrefix(e.words, m.Profile); e.pre == nil {
				e.words = nil
			}
		}
	}
	if old := st.entries[pc]; old != nil {
		old.dead = true
		st.unchain(old)
		delete(st.entries, pc)
	}
	if len(e.pages) == 0 {
		// The first word could not be fetched without the full path: Step
		// takes it, and may fill the micro-TLB, so look again next time.
		return e
	}
	if len(st.entries) >= maxEntries {
		st.clear() // bound the memory: start again
	}
	e.unmapped = kernel
	for _, p := range e.pages {
		if p.va < 0x80000000 || p.va >= 0xc0000000 {
			e.unmapped = false
		}
	}
	st.entries[pc] = e
	for _, p := range e.pages {
		st.byPage[p.pa>>12] = append(st.byPage[p.pa>>12], e)
	}
	return e
}

// staticPrefix is the static prefix of the block of words (as Block.Pre),
// or nil when a word does not decode or p gives its class no cycles.
func staticPrefix(words []uint32, p *profile.Profile) []uint64 {
	pre := make([]uint64, len(words)+1)
	for i, w := range words {
		inst, err := isa.Decode(w)
		if err != nil {
			return nil
		}
		class := inst.Info().Class
		if int(class) >= len(p.ClassCycles) || p.ClassCycles[class] < 0 {
			return nil
		}
		pre[i+1] = pre[i] + uint64(p.ClassCycles[class])
	}
	return pre
}
