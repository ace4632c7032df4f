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
	r := runLimits{lim: lim, startInst: startInst, startCycles: startCycles, checked: startInst}
	for first := true; ; first = false {
		if stop, ok := c.EndOfRun(lim, startInst, startCycles, first); ok {
			return stop, nil
		}
		if first || m.Stats.Instructions-r.checked >= contextCheckInterval {
			if err := ctx.Err(); err != nil {
				return cpu.Stop{Reason: cpu.StopCanceled}, err
			}
			r.checked = m.Stats.Instructions
		}
		if b := st.runnable(c, &r); b != nil {
			st.runBlocks(c, &r, b)
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

// runLimits is what a Run checks between blocks: its limits, the counters
// it started from, and the instruction count at the last check of its
// context.
type runLimits struct {
	lim                    cpu.Limits
	startInst, startCycles uint64
	checked                uint64
	// deadline is the cycle of the next timer or device event as it was
	// when the events were last checked, before a run of consecutive
	// blocks: a block that ends before it needs no check of its own.
	deadline uint64
}

// runnable returns the compiled block to run at the PC now, or nil when
// the instruction there must run by Step. It reads the machine's view
// (the registers and counters are the machine's, not State's).
func (st *machineState) runnable(c cpu.Core, r *runLimits) *Block {
	m := c.Machine()
	pc := m.PC
	if m.DelaySlot || m.NextPC != pc+4 {
		return nil // a delay slot: the block would need its branch
	}
	e := st.entryAt(m, pc)
	if e == nil || !st.fits(c, r, e, m.Stats.Instructions, m.Stats.Cycles) {
		return nil
	}
	// The reference checks the timer, the devices and the interrupt lines
	// before every instruction; inside a block none of them can change
	// when no event falls due before the block ends.
	if c.CheckEvents() {
		return nil
	}
	if r.deadline = c.NextEvent(); m.Stats.Cycles+e.pre[len(e.words)] >= r.deadline || e.dead {
		return nil // e.dead: a device that acted wrote over the block
	}
	st.chosen = e
	return st.blockOf(m, e)
}

// fits reports whether e's block may run from the counters given without
// passing a limit of the run, its Until address or a code hook.
func (st *machineState) fits(c cpu.Core, r *runLimits, e *entry, insts, cycles uint64) bool {
	lim, pc := &r.lim, e.pc
	n := uint64(len(e.words))
	last := 4 * uint32(n-1) // the offset of the last instruction
	switch {
	case lim.MaxInstructions != 0 && insts-r.startInst+n > lim.MaxInstructions:
		return false
	// The reference starts an instruction while the cycles run are below
	// the limit: the last of the block must start so.
	case lim.MaxCycles != 0 && cycles-r.startCycles+e.pre[n-1] >= lim.MaxCycles:
		return false
	case lim.HasUntil && lim.Until-pc != 0 && lim.Until-pc <= last && (lim.Until-pc)&3 == 0:
		return false
	case c.CodeHooked(pc, pc+last+4):
		return false
	}
	return true
}

// runBlocks runs b, which runnable chose, and the compiled blocks after it
// for as long as each may run, on the registers and counters in State:
// they are copied in once, before b, and back to the machine before
// anything in Go reads the machine's view: when no further block may run
// without Go (an event due, a limit, the Until address, a check of the
// context, a hook over the next block, code that must be stepped), Run
// takes over, and its next step is EndOfRun, CheckEvents, a Step or the
// end of the run.
func (st *machineState) runBlocks(c cpu.Core, r *runLimits, b *Block) {
	m := c.Machine()
	s := &st.s
	s.GPR = m.GPR
	s.Instructions, s.Cycles = m.Stats.Instructions, m.Stats.Cycles
	st.setBudget(m, r)
	blocks0, insts0 := s.Blocks, s.Instructions
	st.blockRuns++
	for b != nil {
		before := s.Blocks
		st.enters++
		if status := run(b, s); status != StatusEnd {
			st.writeBack(m)
			// Compiled code has one exit, and runnable checked that b is
			// installed in the current cache.
			panic("cpu/jit: a compiled block returned " + status.String() + ": a graftlab bug")
		}
		st.last = st.chosen
		if s.Blocks-before > 1 {
			st.last = nil // the block that ran last was reached by the chain
		}
		b = st.next(c, r)
	}
	st.blocksRun += s.Blocks - blocks0
	st.blockInsts += s.Instructions - insts0
	st.writeBack(m)
}

// setBudget sets the chaining budget in State for a run of consecutive
// blocks from the counters in State: the instruction limit is the run's,
// or the next check of its context if sooner; the cycle limit the run's,
// or the event deadline if sooner. Outside kernel mode nothing chains:
// the slots hold blocks read in kernel mode. A run with another Until
// address than the slots were filled for empties them.
func (st *machineState) setBudget(m *cpu.Machine, r *runLimits) {
	s := &st.s
	if u := &st.chainUntil; u.has != r.lim.HasUntil || u.until != r.lim.Until {
		st.unchainAll()
		u.has, u.until = r.lim.HasUntil, r.lim.Until
	}
	if !m.Kernel() {
		s.InstLimit, s.CycleLimit = 0, 0
		return
	}
	s.InstLimit = r.checked + contextCheckInterval
	if r.lim.MaxInstructions != 0 {
		s.InstLimit = min(s.InstLimit, r.startInst+r.lim.MaxInstructions)
	}
	s.CycleLimit = r.deadline
	if r.lim.MaxCycles != 0 {
		s.CycleLimit = min(s.CycleLimit, r.startCycles+r.lim.MaxCycles)
	}
}

// writeBack copies the registers, the counters and the PC from State to
// the machine.
func (st *machineState) writeBack(m *cpu.Machine) {
	s := &st.s
	m.GPR = s.GPR
	m.Stats.Instructions, m.Stats.Cycles = s.Instructions, s.Cycles
	m.SetPC(s.PC)
}

// next returns the compiled block to run after a block that ended at
// State.PC, with the registers and counters in State, or nil when Run
// must look at the machine first: the run ends there (its Until address
// or a limit), its context is due for a check, or the block there cannot
// run compiled now. Nothing in Go has run since the block before, so
// neither a halt, nor a stop request, nor a code hook, mode or
// translation can have changed: only the counters and the PC.
func (st *machineState) next(c cpu.Core, r *runLimits) *Block {
	m := c.Machine()
	s := &st.s
	pc := s.PC
	switch {
	case r.lim.HasUntil && pc == r.lim.Until:
		return nil
	case s.Instructions-r.checked >= contextCheckInterval:
		return nil
	}
	e := st.entryAt(m, pc)
	if e == nil || !st.fits(c, r, e, s.Instructions, s.Cycles) {
		return nil
	}
	// The events need no check while the block ends before the deadline
	// that runnable found: since then only compiled blocks ran, which
	// changed neither the timer, nor the devices, nor the interrupt lines.
	if s.Cycles+e.pre[len(e.words)] >= r.deadline {
		return nil
	}
	st.chosen = e
	b := st.blockOf(m, e)
	if b != nil {
		st.fillChain(e, b, &r.lim)
	}
	return b
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
