package user

import (
	"context"
	"debug/elf"
	"errors"
	"fmt"
	"io"

	"graftlab/cpu"
	"graftlab/isa"
	"graftlab/loader"
	"graftlab/profile"
)

// Config describes a process to start.
type Config struct {
	Profile    *profile.Profile // nil: the "ideal" profile, as cpu.New
	Executable *loader.Executable
	// Args are argv, program name first; Env is envp, "NAME=value" strings.
	Args, Env []string
	Stdin     io.Reader // nil: an empty input
	Stdout    io.Writer // nil: discarded
	Stderr    io.Writer // nil: discarded
	RAMSize   uint32    // physical memory; 0: cpu.New's default (64 MiB)
	// Dir is the directory against which the program's relative paths
	// are resolved; "" is the host's current directory, as under qemu-user.
	Dir    string
	Engine cpu.Engine
}

// Process is a program running in user mode.
type Process struct {
	// Machine is the emulated processor. Its Handler is the process's; the
	// rest (hooks, stepping, state) is free to use.
	Machine *cpu.Machine

	exe    *loader.Executable
	engine cpu.Engine
	mem    addressSpace
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer

	brkStart, brk uint32                // the heap is [brkStart, pageUp(brk))
	threadArea    uint32                // set_thread_area's pointer, read by rdhwr $29
	files         map[uint32]*guestFile // open files, by descriptor (3 and up)
	dir           string                // Config.Dir
	randState     uint64                // getrandom's generator
	victim        int                   // the TLB entry the next refill writes
	exited        bool
	status        int
	fault         *Fault
}

// New loads the executable into a new machine and prepares it to run: the
// memory mapped, the initial stack built, the CPU in user mode at the entry
// point.
func New(cfg Config) (*Process, error) {
	if cfg.Executable == nil {
		return nil, errors.New("user: no executable")
	}
	m, err := cpu.New(cpu.Config{Profile: cfg.Profile, RAMSize: cfg.RAMSize})
	if err != nil {
		return nil, fmt.Errorf("user: %w", err)
	}
	p := &Process{
		Machine: m,
		exe:     cfg.Executable,
		engine:  cfg.Engine,
		stdin:   cfg.Stdin,
		dir:     cfg.Dir,
		stdout:  cfg.Stdout,
		stderr:  cfg.Stderr,
	}
	if p.engine == nil {
		p.engine = cpu.Reference()
	}
	if p.stdout == nil {
		p.stdout = io.Discard
	}
	if p.stderr == nil {
		p.stderr = io.Discard
	}
	p.mem = addressSpace{
		mmu:   m.MMU,
		ram:   m.Bus.WriteBytes,
		pages: map[pageKey]uint32{},
		limit: uint32(len(m.Bus.RAM())),
	}
	if err := p.load(); err != nil {
		return nil, err
	}
	sp, err := p.buildStack(cfg.Args, cfg.Env)
	if err != nil {
		return nil, err
	}
	m.GPR[isa.SP] = sp
	m.CP0.Status = cpu.StatusUM
	if m.Profile.FPU != nil {
		m.CP0.Status |= cpu.StatusCU1 // Linux gives a process the FPU (FR=0, o32)
	}
	if m.Profile.R2() {
		m.CP0.HWREna = 1<<29 | 0xf // rdhwr $29 and the counters, as Linux allows
	}
	m.SetPC(p.exe.Entry)
	m.Handler = p.handle
	return p, nil
}

// load maps the executable's segments: an area for each, and the pages that
// hold its file bytes filled in. Pages of the segments that only hold zeros
// (.bss) are left to be allocated when touched.
func (p *Process) load() error {
	var end uint64
	for i, seg := range p.exe.Segments {
		if seg.End() > StackTop-StackSize {
			return fmt.Errorf("user: segment %d at %#x+%#x is not below the stack (%#x)", i, seg.Addr, seg.MemSize, StackTop-StackSize)
		}
		if seg.Addr < MinMapAddr {
			return fmt.Errorf("user: segment %d at %#x lies below %#x", i, seg.Addr, MinMapAddr)
		}
		a := area{start: pageDown(seg.Addr), end: uint32(pageUp(seg.End())), kind: "data"}
		if seg.Flags&elf.PF_R != 0 {
			a.prot |= protRead
		}
		if seg.Flags&elf.PF_W != 0 {
			a.prot |= protWrite
		}
		if seg.Flags&elf.PF_X != 0 {
			a.prot |= protExec | protRead
			a.kind = "text"
		}
		// Segments may share a page at their ends: it gets both protections.
		shared := p.mem.carve(a.start, a.end)
		p.mem.insert(a)
		for _, r := range shared {
			p.mem.carve(r.start, r.end)
			r.prot |= a.prot
			if r.prot&protExec != 0 {
				r.kind = "text"
			}
			p.mem.insert(r)
		}
		for off := 0; off < len(seg.Data); {
			ea := seg.Addr + uint32(off)
			pa, err := p.mem.page(ea)
			if err != nil {
				return fmt.Errorf("user: loading segment %d: %w", i, err)
			}
			n := min(len(seg.Data)-off, int(PageSize-ea%PageSize))
			if err := p.Machine.Bus.WriteBytes(pa|ea%PageSize, seg.Data[off:off+n]); err != nil {
				return fmt.Errorf("user: loading segment %d: %w", i, err)
			}
			off += n
		}
		end = max(end, seg.End())
	}
	p.brkStart = uint32(pageUp(end))
	p.brk = p.brkStart
	p.mem.insert(area{start: StackTop - StackSize, end: StackTop, prot: protRead | protWrite | p.stackExec(), kind: "stack"})
	return nil
}

// stackExec returns protExec if the stack is executable: PT_GNU_STACK says
// so, or there is no PT_GNU_STACK (Linux's default for MIPS).
func (p *Process) stackExec() uint8 {
	if p.exe.StackFlags == 0 || p.exe.StackFlags&elf.PF_X != 0 {
		return protExec
	}
	return 0
}

// ErrLimit is wrapped by the error of a Run that reached its instruction or
// cycle limit.
var ErrLimit = errors.New("limit reached")

// StopError reports a Run that ended before the program did: a limit, a
// stop request (from a hook) or the Limits.Until address. The process may
// be run further.
type StopError struct {
	Stop         cpu.Stop
	PC           uint32
	Instructions uint64 // Stats().Instructions at the stop
}

func (e *StopError) Error() string {
	s := fmt.Sprintf("stopped (%v) at pc %#08x after %d instructions", e.Stop.Reason, e.PC, e.Instructions)
	if e.Stop.Detail != "" {
		s += ": " + e.Stop.Detail
	}
	return s
}

// Is makes errors.Is(err, ErrLimit) true for instruction and cycle limits.
func (e *StopError) Is(target error) bool {
	return target == ErrLimit && (e.Stop.Reason == cpu.StopInstructionLimit || e.Stop.Reason == cpu.StopCycleLimit)
}

// Run runs the program until it exits, faults, reaches a limit of lim or
// ctx ends. It returns the exit status: the program's, or 128+signal with
// a *Fault error. A limit returns a *StopError (which wraps ErrLimit) and
// the end of ctx an error wrapping ctx.Err(), with status -1; Run may then
// be called again to go on. Once the program has exited or faulted, Run
// returns the same result again.
func (p *Process) Run(ctx context.Context, lim cpu.Limits) (exitStatus int, err error) {
	if p.fault != nil {
		return p.fault.ExitStatus(), p.fault
	}
	if p.exited {
		return p.status, nil
	}
	stop, err := p.engine.Run(ctx, p.Machine, lim)
	var f *Fault
	switch {
	case errors.As(err, &f):
		p.fault = f
		return f.ExitStatus(), f
	case err != nil && stop.Reason == cpu.StopCanceled:
		return -1, fmt.Errorf("stopped at pc %#08x after %d instructions: %w", p.Machine.PC, p.Stats().Instructions, err)
	case err != nil:
		return -1, err
	case stop.Reason == cpu.StopHalted:
		p.exited, p.status = true, stop.Status
		return stop.Status, nil
	}
	return -1, &StopError{Stop: stop, PC: p.Machine.PC, Instructions: p.Stats().Instructions}
}

// Exited reports whether the program has exited, and its status.
func (p *Process) Exited() (status int, ok bool) { return p.status, p.exited }

// Executable returns the program the process runs.
func (p *Process) Executable() *loader.Executable { return p.exe }

// ThreadArea returns the pointer last given to set_thread_area.
func (p *Process) ThreadArea() uint32 { return p.threadArea }

// Brk returns the current program break.
func (p *Process) Brk() uint32 { return p.brk }

// Stats returns the machine's counters.
func (p *Process) Stats() cpu.Stats { return p.Machine.Stats }

// ReadMemory reads n bytes of the program's memory at ea through its page
// table. Pages that are mapped but not yet touched read as zero (and are
// allocated). It fails where the program itself could not read.
func (p *Process) ReadMemory(ea uint32, n int) ([]byte, error) {
	b, errno := p.readGuest(ea, n)
	if errno != 0 {
		return nil, fmt.Errorf("read %d bytes at %#08x: %v", n, ea, errno)
	}
	return b, nil
}

// WriteMemory writes b to the program's memory at ea through its page
// table, where the program itself could write.
func (p *Process) WriteMemory(ea uint32, b []byte) error {
	if errno := p.writeGuest(ea, b); errno != 0 {
		return fmt.Errorf("write %d bytes at %#08x: %v", len(b), ea, errno)
	}
	return nil
}
