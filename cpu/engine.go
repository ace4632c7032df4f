package cpu

import (
	"context"
	"fmt"
)

// Engine executes a Machine. Every engine gives the same state and the same
// counts for the same program, input and profile.
type Engine interface {
	Name() string
	// Step executes one instruction, or takes one interrupt or exception.
	Step(m *Machine) error
	// Run executes until a limit, a halt, a stop request, an error or the
	// end of ctx.
	Run(ctx context.Context, m *Machine, lim Limits) (Stop, error)
}

// Limits bound a Run. Zero values mean no limit; a Run with no limits at all
// still ends with ctx.
type Limits struct {
	MaxInstructions uint64 // stop after this many more instructions
	MaxCycles       uint64 // stop once this many more cycles have passed
	Until           uint32 // stop when PC reaches this address (if HasUntil)
	HasUntil        bool
}

// StopReason says why a Run ended.
type StopReason int

const (
	StopHalted           StopReason = iota // the guest powered off or exited
	StopInstructionLimit                   // Limits.MaxInstructions reached
	StopCycleLimit                         // Limits.MaxCycles reached
	StopUntil                              // PC reached Limits.Until
	StopRequested                          // Machine.RequestStop (from a hook or another goroutine's context)
	StopCanceled                           // ctx ended
)

var stopNames = [...]string{"halted", "instruction limit", "cycle limit", "until address", "stop requested", "canceled"}

func (r StopReason) String() string {
	if int(r) < len(stopNames) {
		return stopNames[r]
	}
	return fmt.Sprintf("stop(%d)", int(r))
}

// Stop is the outcome of a Run.
type Stop struct {
	Reason StopReason
	Status int    // exit status, for StopHalted
	Detail string // the stop request's reason, for StopRequested
}

// StopRequest asks a running engine to stop before the next instruction.
type StopRequest struct{ Reason string }

// RequestStop makes the current Run return StopRequested before the next
// instruction. Hooks call it; it is not safe for use from other goroutines
// (cancel the Run's context instead).
func (m *Machine) RequestStop(reason string) {
	m.stop = &StopRequest{Reason: reason}
	m.blockExit = true
}

// Halt ends the guest with an exit status (user-mode exit, or a host-side
// power-off); the current Run returns StopHalted.
func (m *Machine) Halt(status int) {
	m.halted, m.status = true, status
	m.blockExit = true
}

// Halted reports whether the guest has halted, through Halt or the bus's
// power-off register, and its exit status.
func (m *Machine) Halted() (status int, ok bool) {
	if m.halted {
		return m.status, true
	}
	return m.Bus.Halted()
}

// Interp is the reference engine: a plain interpreter that decodes every
// instruction it executes.
type Interp struct{}

func (Interp) Name() string { return "interp" }

func (Interp) Step(m *Machine) error {
	m.scheduleDevices() // the host may have reached a device since
	return m.step(nil)
}

// contextCheckInterval is how many instructions run between checks of the
// context.
const contextCheckInterval = 1 << 12

func (Interp) Run(ctx context.Context, m *Machine, lim Limits) (Stop, error) {
	return m.runSteps(ctx, lim)
}

// Fast is the production engine. It executes exactly as Interp does (the
// same state and counts, which tests check program by program) but takes
// instructions predecoded from a code cache kept by physical address and
// dropped when RAM under it is written (see codecache.go). The cache is
// the engine's state for the machine (Core.EngineState) and listens to
// the bus's writes (devices.Bus.AddWriteHook); its blocks point at the
// machine's registers, so a machine run by Fast must not be copied.
type Fast struct{}

func (Fast) Name() string { return fastName }

// fastName is the Fast engine's name, and the key of its state.
const fastName = "fast"

func (Fast) Step(m *Machine) error {
	m.scheduleDevices()
	return m.step(m.codeCache())
}

func (Fast) Run(ctx context.Context, m *Machine, lim Limits) (Stop, error) {
	return m.runBlocks(ctx, lim, m.codeCache())
}

// runSteps is Interp.Run: one step at a time.
func (m *Machine) runSteps(ctx context.Context, lim Limits) (Stop, error) {
	startInst, startCycles := m.Stats.Instructions, m.Stats.Cycles
	m.scheduleDevices() // the host may have reached a device since
	for n := 0; ; n++ {
		if stop, ok := m.endOfRun(lim, startInst, startCycles, n == 0); ok {
			return stop, nil
		}
		if n%contextCheckInterval == 0 {
			if err := ctx.Err(); err != nil {
				return Stop{Reason: StopCanceled}, err
			}
		}
		if err := m.step(nil); err != nil {
			return Stop{}, err
		}
	}
}

// endOfRun says whether a Run that started at startInst instructions and
// startCycles cycles ends before the next instruction, and how: a halt, a
// stop request, the Until address (not before the first instruction), or
// a limit.
func (m *Machine) endOfRun(lim Limits, startInst, startCycles uint64, first bool) (Stop, bool) {
	if status, ok := m.Halted(); ok {
		return Stop{Reason: StopHalted, Status: status}, true
	}
	if m.stop != nil {
		r := m.stop
		m.stop = nil
		return Stop{Reason: StopRequested, Detail: r.Reason}, true
	}
	switch {
	case lim.HasUntil && m.PC == lim.Until && !first:
		return Stop{Reason: StopUntil}, true
	case lim.MaxInstructions != 0 && m.Stats.Instructions-startInst >= lim.MaxInstructions:
		return Stop{Reason: StopInstructionLimit}, true
	case lim.MaxCycles != 0 && m.Stats.Cycles-startCycles >= lim.MaxCycles:
		return Stop{Reason: StopCycleLimit}, true
	}
	return Stop{}, false
}
