package cpu

import "graftlab/mmu"

// The engine boundary. An engine executes a Machine exactly as the
// reference interpreter does; everything it needs of the machine beyond
// the Machine's public API is here, on Core, so that an engine can live in
// a package of its own (a compiler in cpu/jit). Programs that only run
// machines never need it.
//
// What belongs to whom: the Machine holds the architectural state
// (registers, CP0, the MMU with its TLB and caches, the bus) and the
// timing state (the counters, the timer schedule, the HI/LO and FPU
// interlocks, the next device event). What an engine derives from them
// (predecoded or compiled code, links between blocks, a jump cache, a
// software TLB) is the engine's own: an EngineState, which the machine
// keeps for it by name and tells when it must drop what it derived.

// EngineState is what an engine keeps for one machine.
type EngineState interface {
	// Invalidate drops what the state derived from memory, translations
	// or hooks, for the reason given.
	Invalidate(reason Invalidation)
}

// Invalidation says why an EngineState must drop what it derived.
type Invalidation int

const (
	// InvalidateAll: the machine was reset or restored. RAM, the TLB, the
	// caches and the mode may all have changed without a bus write or an
	// MMU generation to show it.
	InvalidateAll Invalidation = iota
	// InvalidateCodeHooks: a code hook was added. Code that was entered
	// without looking for hooks (links between blocks) must look again.
	InvalidateCodeHooks
	// InvalidateOtherEngine: another engine has run the machine since this
	// state was last used. An engine may write RAM directly rather than
	// through the bus (the Fast engine's stores do, into pages where it
	// holds no code), which no other engine's write listener sees.
	InvalidateOtherEngine
)

// engineSlot is one engine's state, kept by the machine.
type engineSlot struct {
	name  string
	state EngineState
}

// engineState returns the state engine name keeps for m, made by newState
// on first use, and invalidated (InvalidateOtherEngine) when another engine
// took its state since this one last did.
func (m *Machine) engineState(name string, newState func(m *Machine) EngineState) EngineState {
	if n := len(m.engines); n > 0 && m.engines[n-1].name == name {
		return m.engines[n-1].state // the engine that ran last, as almost always
	}
	for i, e := range m.engines {
		if e.name == name {
			// Keep the last user last.
			copy(m.engines[i:], m.engines[i+1:])
			m.engines[len(m.engines)-1] = e
			e.state.Invalidate(InvalidateOtherEngine)
			return e.state
		}
	}
	s := newState(m)
	m.engines = append(m.engines, engineSlot{name, s})
	return s
}

// invalidateEngines tells every engine's state to drop what it derived.
func (m *Machine) invalidateEngines(reason Invalidation) {
	for _, e := range m.engines {
		e.state.Invalidate(reason)
	}
}

// Core is the engine-facing view of a Machine (see above). It is a small
// value: take it once per run.
type Core struct{ m *Machine }

// Core returns the engine-facing view of m.
func (m *Machine) Core() Core { return Core{m} }

// Machine returns the machine.
func (c Core) Machine() *Machine { return c.m }

// EngineState returns the state engine name keeps for this machine, made
// by newState the first time. An engine takes it at the start of every Run and
// Step. The machine calls its Invalidate on Reset, Restore, when a code
// hook is added and when another engine took its state since; the state
// itself listens to the bus for writes into code it derived
// (devices.Bus.AddWriteHook).
func (c Core) EngineState(name string, newState func(m *Machine) EngineState) EngineState {
	return c.m.engineState(name, newState)
}

// Step executes one instruction, or takes one interrupt or exception, as
// the reference does: the general case an engine falls back on. It checks
// the timer and the devices first.
func (c Core) Step() error { return c.m.step(nil) }

// StartRun brings the schedule of device events up to date at the start of
// a Run or Step: the host may have reached a device since the last.
func (c Core) StartRun() { c.m.scheduleDevices() }

// EndOfRun says whether a Run that started at startInst instructions and
// startCycles cycles ends before the next instruction, and how (a halt, a
// stop request, the Until address, not before the first instruction, or a
// limit). It consumes a stop request.
func (c Core) EndOfRun(lim Limits, startInst, startCycles uint64, first bool) (Stop, bool) {
	return c.m.endOfRun(lim, startInst, startCycles, first)
}

// Raise takes an exception as the reference does: counts it, runs the
// exception hooks, offers it to the Handler and delivers it to the guest.
// An instruction that raised one it completes (Exception.Restarts false)
// must be counted, and its class cycles charged, before.
func (c Core) Raise(e *Exception) error { return c.m.raise(e) }

// Charge adds cycles to the cycle counter, firing the timer when the count
// reaches its schedule.
func (c Core) Charge(cycles uint64) { c.m.advance(cycles) }

// Stall charges the extra cycles of a memory access, as a stall; for an
// access through a cache, extra cycles of a read count a miss in misses.
func (c Core) Stall(cycles int, viaCache bool, misses *uint64) { c.m.stall(cycles, viaCache, misses) }

// NextEvent is the cycle at which the timer fires or the next device event
// is due, whichever is first: a block that ends before it needs neither
// checked inside it.
func (c Core) NextEvent() uint64 { return min(c.m.timer.at, c.m.devAt) }

// CheckEvents brings the timer schedule up to date (after Compare, Count or
// the counters were written directly), lets the devices act once their
// event is due, and reports whether an enabled interrupt is pending: then
// the next instruction must be a Step, which takes it.
func (c Core) CheckEvents() (interrupt bool) {
	c.m.checkTimer()
	c.m.checkDevices()
	return c.m.interruptPending()
}

// TimerCheck fires the timer if the cycle counter has reached its schedule:
// for an engine that added cycles to Stats.Cycles directly.
func (c Core) TimerCheck() {
	if c.m.Stats.Cycles >= c.m.timer.at {
		c.m.timerFired()
	}
}

// HILOReady is the cycle at which HI and LO hold the result of the last
// multiply or divide; an instruction that reads them earlier stalls until
// then.
func (c Core) HILOReady() uint64 { return c.m.hiloReady }

// SetHILOReady sets the cycle at which HI and LO become ready.
func (c Core) SetHILOReady(cycle uint64) { c.m.hiloReady = cycle }

// Fetch translates pc for an instruction fetch and charges the fetch as
// the reference does (the I-cache lookup and any miss, or an uncached
// read), returning the physical address or the exception the fetch
// raises. The MMU itself (Machine.MMU: translation, the micro-TLB's
// Lookup, the caches' tags) is the engine's to read for its own checks.
func (c Core) Fetch(pc uint32) (pa uint32, e *Exception) { return c.m.fetchAddr(pc) }

// Translate maps ea for a data access (mmu.Load or mmu.Store) by the
// instruction at pc, as the reference does, with the fault turned into
// the exception it raises.
func (c Core) Translate(ea uint32, acc mmu.Access, pc uint32) (pa uint32, cached bool, e *Exception) {
	return c.m.translate(ea, acc, pc)
}

// Load reads size bytes at ea for the instruction at pc as the reference
// does: translation, the D-cache and its timing, memory hooks, faults.
func (c Core) Load(ea uint32, size int, pc uint32) (uint32, *Exception) {
	return c.m.load(ea, size, pc)
}

// Store writes size bytes at ea for the instruction at pc as the
// reference does; a store into RAM reaches the bus's write listeners.
func (c Core) Store(ea uint32, size int, v, pc uint32) *Exception { return c.m.store(ea, size, v, pc) }

// LeaveBlock reports, and clears, whether the engine must leave the code
// it runs after the current instruction: code was overwritten, a device
// register was accessed (interrupt lines may have changed), or the run
// must stop (RequestStop, Halt).
func (c Core) LeaveBlock() bool {
	r := c.m.blockExit
	c.m.blockExit = false
	return r
}

// RequestLeave makes LeaveBlock report true: for an engine's own write
// listener, when code it is running was overwritten.
func (c Core) RequestLeave() { c.m.blockExit = true }

// CodeHooked reports whether a code hook covers an address in [lo, hi):
// code there must run by Step, which runs the hooks.
func (c Core) CodeHooked(lo, hi uint32) bool { return c.m.codeHookedRange(uint64(lo), uint64(hi)) }

// MemHooked reports whether a memory hook is set: loads and stores must
// then go through Load and Store, which run them.
func (c Core) MemHooked() bool { return len(c.m.hooks.mem) > 0 }
