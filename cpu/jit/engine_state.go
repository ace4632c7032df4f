package jit

import (
	"graftlab/cpu"
	"graftlab/mmu"
)

// pageMask masks the offset in a 4 KiB page, the unit in which the MMU
// maps and in which the engine's state watches writes.
const pageMask = 1<<12 - 1

// codePage is a page that a block's words lie in: its guest (virtual)
// and physical addresses.
type codePage struct{ va, pa uint32 }

// entry is what the engine knows of the code at one guest address: a
// compiled block, or nil when no block can start there (the instruction
// runs by Step), as made in one mode from the pages listed.
type entry struct {
	pc     uint32
	block  *Block
	kernel bool
	pages  []codePage
	dead   bool // dropped: its words were overwritten
}

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
	flushes uint64              // the cache's flushes when entries were last cleared
	buf     []uint32

	// What ran compiled: blocks, and the instructions in them.
	blocksRun, blockInsts uint64
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
		return
	}
	st.clear()
	if st.cache != nil {
		st.cache.Flush()
		st.flushes = st.cache.Stats().Flushes
	}
}

func (st *machineState) clear() {
	for _, e := range st.entries {
		e.dead = true
	}
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

// blockAt returns the compiled block at pc in the machine's current mode
// and translations, compiling it if need be, or nil when the instruction
// at pc must run by Step.
func (st *machineState) blockAt(m *cpu.Machine, pc uint32) *Block {
	kernel := m.Kernel()
	e := st.entries[pc]
	if e != nil && (e.kernel != kernel || !st.samePages(m.MMU, e, kernel)) {
		e = nil // made in another mode or under other translations
	}
	if e == nil {
		e = st.compile(m, pc, kernel)
	}
	if e.block != nil && (e.block.cache != st.cache || e.block.gen != st.cache.gen) {
		e = st.compile(m, pc, kernel) // flushed from the code cache
	}
	return e.block
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

// compile makes the entry at pc: the block Scan finds in the words there,
// compiled and installed, or no block.
func (st *machineState) compile(m *cpu.Machine, pc uint32, kernel bool) *entry {
	e := &entry{pc: pc, kernel: kernel}
	if pc&3 == 0 {
		words, pages := fetchWords(m.MMU, m.Bus.RAM(), pc, kernel, st.buf)
		e.pages = pages
		if n, _ := Scan(words); n > 0 {
			e.block = st.install(pc, words[:n], m)
		}
	}
	if old := st.entries[pc]; old != nil {
		old.dead = true
		delete(st.entries, pc)
	}
	if len(e.pages) == 0 {
		// The first word could not be fetched without the full path: Step
		// takes it, and may fill the micro-TLB, so look again next time.
		return e
	}
	st.entries[pc] = e
	for _, p := range e.pages {
		st.byPage[p.pa>>12] = append(st.byPage[p.pa>>12], e)
	}
	return e
}

// install compiles and installs a block, or returns nil if it cannot. A
// flush of the code cache drops every other entry, whose blocks it made
// stale.
func (st *machineState) install(pc uint32, words []uint32, m *cpu.Machine) *Block {
	b, err := Compile(pc, words, m.Profile)
	if err != nil {
		return nil
	}
	if err := st.cache.Install(b); err != nil {
		return nil
	}
	if f := st.cache.Stats().Flushes; f != st.flushes {
		st.flushes = f
		st.clear()
	}
	return b
}
