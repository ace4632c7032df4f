package gdbstub

import (
	"context"
	"errors"
	"fmt"

	"graftlab/cpu"
	"graftlab/user"
)

// Target is what the stub debugs. Machine gives the registers, the hooks
// the stub sets for breakpoints and watchpoints, and the counters; memory
// goes through the target, which knows how the program sees it.
type Target interface {
	Machine() *cpu.Machine
	// ReadMemory reads n bytes at a virtual address. It must not change
	// the guest's future: no page allocation, no cache or TLB effects.
	ReadMemory(addr uint32, n int) ([]byte, error)
	// WriteMemory writes b at a virtual address.
	WriteMemory(addr uint32, b []byte) error
	// Run runs the target within lim until it stops (a limit, a stop
	// request from a hook, the end of ctx), exits or is killed by a fault.
	// A host error (a graftlab bug, a host I/O failure) is an error.
	Run(ctx context.Context, lim cpu.Limits) (Event, error)
}

// EventKind says how a run of the target ended.
type EventKind int

const (
	// Stopped: the target can run on. Event.Reason says why it stopped.
	Stopped EventKind = iota
	// Exited: the program ended with Event.Status.
	Exited
	// Signaled: a fault killed the program with Event.Signal. The machine
	// is left at the faulting instruction, for inspection.
	Signaled
)

// Event is the end of one run of a target.
type Event struct {
	Kind   EventKind
	Reason cpu.StopReason // for Stopped
	Status int            // for Exited
	Signal int            // for Signaled: a GDB signal number (gdb's enum gdb_signal)
	Detail string         // for Signaled: what happened, in words
}

// UserTarget serves a user-mode program.
type UserTarget struct {
	Process *user.Process
}

// NewUserTarget returns p as a Target.
func NewUserTarget(p *user.Process) *UserTarget { return &UserTarget{Process: p} }

func (u *UserTarget) Machine() *cpu.Machine { return u.Process.Machine }

// ReadMemory reads through the program's page table without allocating
// pages (user.Process.PeekMemory), so that a debugger's reads do not decide
// which physical frames the program's pages get.
func (u *UserTarget) ReadMemory(addr uint32, n int) ([]byte, error) {
	return u.Process.PeekMemory(addr, n)
}

func (u *UserTarget) WriteMemory(addr uint32, b []byte) error {
	return u.Process.WriteMemory(addr, b)
}

func (u *UserTarget) Run(ctx context.Context, lim cpu.Limits) (Event, error) {
	status, err := u.Process.Run(ctx, lim)
	var f *user.Fault
	var se *user.StopError
	switch {
	case errors.As(err, &f):
		u.showException(&f.Exception)
		return Event{Kind: Signaled, Signal: gdbSignal(f.Signal), Detail: fmt.Sprintf("%v (%s)", f.Signal, f.Reason)}, nil
	case errors.As(err, &se):
		return Event{Kind: Stopped, Reason: se.Stop.Reason}, nil
	case err != nil && ctx.Err() != nil:
		return Event{Kind: Stopped, Reason: cpu.StopCanceled}, nil
	case err != nil:
		return Event{}, err
	}
	return Event{Kind: Exited, Status: status}, nil
}

// showException puts a fatal exception's BadVAddr and Cause (code and BD)
// into CP0, as the hardware sets them when it takes the exception and as a
// Linux kernel shows them to gdb: the user-mode kernel ends the program
// before the exception is delivered, so CP0 would otherwise not show it.
// The PC stays at the faulting instruction.
func (u *UserTarget) showException(e *cpu.Exception) {
	c := &u.Process.Machine.CP0
	if e.HasBadVAddr {
		c.BadVAddr = e.BadVAddr
	}
	c.Cause = c.Cause&^(cpu.CauseExcMask|cpu.CauseBD) | uint32(e.Code)<<cpu.CauseExcShift&cpu.CauseExcMask
	if e.DelaySlot {
		c.Cause |= cpu.CauseBD
	}
}

// GDB signal numbers (gdb/signals.def) that the stub reports.
const (
	sigINT  = 2
	sigILL  = 4
	sigTRAP = 5
	sigFPE  = 8
	sigKILL = 9
	sigBUS  = 10
	sigSEGV = 11
	sigXCPU = 24
)

// gdbSignal maps a MIPS Linux signal to gdb's number. The signals a user
// fault raises have the same numbers in both; the table keeps that
// explicit.
func gdbSignal(s user.Signal) int {
	switch s {
	case user.SIGILL:
		return sigILL
	case user.SIGTRAP:
		return sigTRAP
	case user.SIGFPE:
		return sigFPE
	case user.SIGKILL:
		return sigKILL
	case user.SIGBUS:
		return sigBUS
	case user.SIGSEGV:
		return sigSEGV
	}
	return int(s)
}
