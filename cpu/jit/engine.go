package jit

import (
	"context"
	"encoding/binary"

	"graftlab/cpu"
	"graftlab/mmu"
)

// Engine is the compiler engine (a prototype): it runs the guest code it
// can compile (the ALU operations and the control transfers of
// branch.go) as compiled blocks, and everything else by cpu.Core's Step,
// with the reference interpreter's exact state and counts. It is not
// registered in cpu's registry yet.
//
// It compiles only on machines whose fetches cost nothing beyond their
// class cycles: no I-cache, no D-cache (hence no write buffer) and no
// extra cost for uncached accesses, as the ideal profile says with its
// null icache and dcache and its zero uncached_access. On any other
// machine (dec5000, say) it runs as the reference interpreter does, step
// by step.
//
// A block runs only when nothing the reference checks between its
// instructions can happen inside it: the run's limits (instructions,
// cycles, the Until address), a code hook over it, an interrupt pending
// at its start, or the timer or a device event due before it ends
// (cpu.Core.NextEvent). Otherwise the instruction at the PC runs by Step.
// A compiled block raises no exception: it holds no loads, stores,
// trapping arithmetic or privileged operations.
type Engine struct {
	// CodeCacheSize is the size of each machine's code cache; zero means
	// EngineCodeCacheSize.
	CodeCacheSize int
}

// EngineCodeCacheSize is the size of a machine's code cache when the
// Engine does not say.
const EngineCodeCacheSize = 4 << 20

// engineName is the engine's name, and the key of its state.
const engineName = "jit"

func (Engine) Name() string { return engineName }

// Step executes one instruction, as the reference does.
func (e Engine) Step(m *cpu.Machine) error {
	c := m.Core()
	e.state(c)
	c.StartRun()
	return c.Step()
}

// contextCheckInterval is about how many instructions run between checks
// of a Run's context, as in the reference.
const contextCheckInterval = 1 << 12

// Run executes until a limit, a halt, a stop request, an error or the end
// of ctx, as the reference does.
func (e Engine) Run(ctx context.Context, m *cpu.Machine, lim cpu.Limits) (cpu.Stop, error) {
	c := m.Core()
	st := e.state(c)
	if !st.compiles(m) {
		return cpu.Reference().Run(ctx, m, lim)
	}
	startInst, startCycles := m.Stats.Instructions, m.Stats.Cycles
	c.StartRun()
	checked := startInst // the instruction count at the last check of ctx
	for first := true; ; first = false {
		if stop, ok := c.EndOfRun(lim, startInst, startCycles, first); ok {
			return stop, nil
		}
		if first || m.Stats.Instructions-checked >= contextCheckInterval {
			if err := ctx.Err(); err != nil {
				return cpu.Stop{Reason: cpu.StopCanceled}, err
			}
			checked = m.Stats.Instructions
		}
		if b := st.runnable(c, lim, startInst, startCycles); b != nil {
			st.run(m, b)
			continue
		}
		st.last = nil // the next block was not reached from a block
		if err := c.Step(); err != nil {
			return cpu.Stop{}, err
		}
	}
}

// state returns the engine's state for the machine.
func (e Engine) state(c cpu.Core) *machineState {
	return c.EngineState(engineName, func(m *cpu.Machine) cpu.EngineState {
		size := e.CodeCacheSize
		if size == 0 {
			size = EngineCodeCacheSize
		}
		return newMachineState(m, size)
	}).(*machineState)
}

// runnable returns the compiled block to run at the PC now, or nil when
// the instruction there must run by Step.
func (st *machineState) runnable(c cpu.Core, lim cpu.Limits, startInst, startCycles uint64) *Block {
	m := c.Machine()
	pc := m.PC
	if m.DelaySlot || m.NextPC != pc+4 {
		return nil // a delay slot: the block would need its branch
	}
	e := st.entryAt(m, pc)
	if e == nil {
		return nil
	}
	n := uint64(len(e.words))
	last := 4 * uint32(n-1) // the offset of the last instruction
	switch {
	case lim.MaxInstructions != 0 && m.Stats.Instructions-startInst+n > lim.MaxInstructions:
		return nil
	// The reference starts an instruction while the cycles run are below
	// the limit: the last of the block must start so.
	case lim.MaxCycles != 0 && m.Stats.Cycles-startCycles+e.pre[n-1] >= lim.MaxCycles:
		return nil
	case lim.HasUntil && lim.Until-pc != 0 && lim.Until-pc <= last && (lim.Until-pc)&3 == 0:
		return nil
	case c.CodeHooked(pc, pc+last+4):
		return nil
	}
	// The reference checks the timer, the devices and the interrupt lines
	// before every instruction; inside a block none of them can change
	// when no event falls due before the block ends.
	if c.CheckEvents() || m.Stats.Cycles+e.pre[n] >= c.NextEvent() {
		return nil
	}
	st.chosen = e
	return st.blockOf(m, e)
}

// run runs b, which runnable chose, on the machine's registers and
// counters.
func (st *machineState) run(m *cpu.Machine, b *Block) {
	s := &st.s
	s.GPR = m.GPR
	s.Instructions, s.Cycles = m.Stats.Instructions, m.Stats.Cycles
	if status := run(b, s); status != StatusEnd {
		// Compiled code has one exit, and runnable checked that b is
		// installed in the current cache.
		panic("cpu/jit: a compiled block returned " + status.String() + ": a graftlab bug")
	}
	m.GPR = s.GPR
	m.Stats.Instructions, m.Stats.Cycles = s.Instructions, s.Cycles
	m.SetPC(s.PC)
	st.last = st.chosen
	st.blocksRun++
	st.blockInsts += uint64(len(b.Insts))
}

// compiles reports whether the engine compiles on m: its fetches must
// cost nothing beyond their class cycles, which the compiled blocks
// charge.
func (st *machineState) compiles(m *cpu.Machine) bool {
	return st.cache != nil && m.MMU.ICache == nil && m.MMU.DCache == nil && m.Profile.UncachedAccess == 0
}

// fetchWords reads the words of the block that starts at pc, as Scan
// will cut it, in the mode given: each through the MMU's Lookup (which
// changes nothing), from RAM. It stops at the first word that Lookup
// cannot translate without the full path (a micro-TLB miss or a fault,
// which Step takes as the reference does) or that lies outside RAM, and
// after the first word that is not a supported ALU operation (and the
// delay slot after a control transfer).
func fetchWords(mu *mmu.MMU, ram []byte, pc uint32, kernel bool, buf []uint32) (words []uint32, pages []codePage) {
	words = buf[:0]
	read := func(va uint32) (uint32, bool) {
		pa, _, ok := mu.Lookup(va, mmu.Fetch, kernel)
		if !ok || uint64(pa)+4 > uint64(len(ram)) {
			return 0, false
		}
		if np := len(pages); np == 0 || pages[np-1].va != va&^pageMask {
			pages = append(pages, codePage{va: va &^ pageMask, pa: pa &^ pageMask})
		}
		return binary.LittleEndian.Uint32(ram[pa:]), true
	}
	for len(words) < engineMaxBlock {
		va := pc + 4*uint32(len(words))
		if va > 0xfffffff8 {
			break // the block must end before the end of the address space
		}
		w, ok := read(va)
		if !ok {
			break
		}
		words = append(words, w)
		if n, _ := Scan(words[len(words)-1:]); n == 1 {
			continue // an ALU operation
		}
		if va+4 <= 0xfffffff8 { // perhaps a control transfer: take its slot
			if slot, ok := read(va + 4); ok {
				words = append(words, slot)
			}
		}
		break
	}
	return words, pages
}
