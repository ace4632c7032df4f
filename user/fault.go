package user

import (
	"fmt"
	"strings"

	"graftlab/cpu"
	"graftlab/isa"
	"graftlab/mmu"
)

// Signal is a MIPS Linux signal number (arch/mips/include/uapi/asm/signal.h:
// SIGBUS is 10, where x86 and the generic numbering have 7).
type Signal int

// The signals a fault can deliver.
const (
	SIGILL  Signal = 4
	SIGTRAP Signal = 5
	SIGBUS  Signal = 10
	SIGFPE  Signal = 8
	SIGKILL Signal = 9
	SIGSEGV Signal = 11
)

var signalNames = map[Signal]string{
	SIGILL: "SIGILL", SIGTRAP: "SIGTRAP", SIGBUS: "SIGBUS", SIGFPE: "SIGFPE", SIGKILL: "SIGKILL", SIGSEGV: "SIGSEGV",
}

var signalText = map[Signal]string{
	SIGILL: "illegal instruction", SIGTRAP: "trace/breakpoint trap", SIGBUS: "bus error",
	SIGFPE: "arithmetic exception", SIGKILL: "killed", SIGSEGV: "segmentation fault",
}

func (s Signal) String() string {
	if n, ok := signalNames[s]; ok {
		return n
	}
	return fmt.Sprintf("signal %d", int(s))
}

// Fault ends a program the way a fatal signal ends it on Linux: the
// exception that caused it, the signal, and the machine state at the fault.
type Fault struct {
	Exception cpu.Exception
	Signal    Signal
	Reason    string    // what the program did, in words
	State     cpu.State // the registers; State.PC is the faulting instruction's
	Symbol    string    // the function holding the PC, "name+0xOFF", or ""
}

// ExitStatus is 128 plus the signal number, as a shell reports a process
// that a signal killed.
func (f *Fault) ExitStatus() int { return 128 + int(f.Signal) }

// Unwrap returns the exception.
func (f *Fault) Unwrap() error { return &f.Exception }

// Error describes the fault on one line, then the registers.
func (f *Fault) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%v (%s): %v", f.Signal, signalText[f.Signal], &f.Exception)
	if f.Reason != "" {
		fmt.Fprintf(&b, ": %s", f.Reason)
	}
	s := &f.State
	fmt.Fprintf(&b, "\n  pc %08x", f.Exception.PC)
	if f.Symbol != "" {
		fmt.Fprintf(&b, " <%s>", f.Symbol)
	}
	if f.Exception.HasBadVAddr {
		fmt.Fprintf(&b, "  badvaddr %08x", f.Exception.BadVAddr)
	}
	fmt.Fprintf(&b, "  hi %08x  lo %08x", s.HI, s.LO)
	for i, v := range s.GPR {
		if i%8 == 0 {
			b.WriteString("\n ")
		}
		fmt.Fprintf(&b, " %4s %08x", isa.Reg(i), v)
	}
	return b.String()
}

// handle is the process's cpu.ExceptionHandler: the kernel's part.
func (p *Process) handle(m *cpu.Machine, e *cpu.Exception) (bool, error) {
	switch {
	case e.Refill:
		return p.refill(e)
	case e.Code == isa.ExcSys:
		p.syscall()
		return true, nil
	case e.Code == isa.ExcRI:
		if rt, ok := rdhwrULR(e.Inst); ok {
			if rt != 0 {
				m.GPR[rt] = p.threadArea
			}
			p.skipInstruction()
			return true, nil
		}
	}
	return false, p.newFault(e, "")
}

// refill serves a TLB miss from the page table, allocating the page if its
// area allows any access, and writes the entry over the TLB's entries in
// turn. (A guest handler would use tlbwr, whose CP0 Random moves on while the
// handler runs; a host-served refill runs no guest instructions, so with
// Random two misses of one instruction could evict each other forever.)
func (p *Process) refill(e *cpu.Exception) (bool, error) {
	ea := e.BadVAddr
	a, ok := p.mem.areaAt(ea)
	if !ok || a.prot == 0 {
		return false, p.newFault(e, "")
	}
	pa, err := p.mem.page(ea)
	if err != nil {
		return false, p.newFault(e, err.Error())
	}
	m := p.Machine
	entry := mmu.TLBEntry{
		EntryHi: ea &^ (PageSize - 1),
		VSID:    e.VSID,
		EntryLo: mmu.MakeEntryLo(pa, mmu.CacheCached, a.prot&protWrite != 0, true),
	}
	m.MMU.WriteTLB(p.victim, entry)
	p.victim = (p.victim + 1) % len(m.MMU.TLB)
	m.Charge(uint64(m.Profile.UserTLBRefill))
	return true, nil
}

// newFault builds the Fault for exception e. A non-empty reason overrides
// the one derived from the exception (and means the host ran out of
// memory).
func (p *Process) newFault(e *cpu.Exception, reason string) *Fault {
	f := &Fault{Exception: *e, State: p.Machine.State}
	f.Signal, f.Reason = p.describe(e)
	if reason != "" {
		f.Signal, f.Reason = SIGKILL, reason
	}
	if name, base, ok := p.exe.Symbolize(e.PC); ok {
		f.Symbol = fmt.Sprintf("%s+%#x", name, e.PC-base)
	}
	return f
}

// describe returns the signal Linux delivers for e, and what happened.
func (p *Process) describe(e *cpu.Exception) (Signal, string) {
	ea := e.BadVAddr
	fetch := e.Access == mmu.Fetch
	switch e.Code {
	case isa.ExcTLBL, isa.ExcTLBS:
		a, ok := p.mem.areaAt(ea)
		if !ok {
			return SIGSEGV, fmt.Sprintf("nothing is mapped at %#08x", ea)
		}
		return SIGSEGV, fmt.Sprintf("the %s page at %#08x is not accessible (PROT_NONE)", a.kind, pageDown(ea))
	case isa.ExcMod:
		a, _ := p.mem.areaAt(ea)
		return SIGSEGV, fmt.Sprintf("store to the read-only %s page at %#08x", a.kind, pageDown(ea))
	case isa.ExcSegV:
		seg := ea >> 28
		sr := p.Machine.MMU.SR[seg]
		switch {
		case !sr.Valid():
			return SIGSEGV, fmt.Sprintf("nothing is mapped in segment %d (%#08x-%#08x)", seg, seg<<28, seg<<28|0x0fffffff)
		case fetch && sr.NoExec():
			return SIGSEGV, fmt.Sprintf("instruction fetch from segment %d, which holds no code (no-execute)", seg)
		case !sr.Writable():
			return SIGSEGV, fmt.Sprintf("store to segment %d, which holds nothing writable", seg)
		}
		return SIGSEGV, "segment violation"
	case isa.ExcAdEL, isa.ExcAdES:
		what := "load"
		switch {
		case fetch:
			what = "instruction fetch"
		case e.Code == isa.ExcAdES:
			what = "store"
		}
		if ea >= UserLimit {
			return SIGBUS, fmt.Sprintf("%s from kernel address %#08x in user mode", what, ea)
		}
		return SIGBUS, fmt.Sprintf("misaligned %s at %#08x", what, ea)
	case isa.ExcIBE, isa.ExcDBE:
		return SIGBUS, "bus error"
	case isa.ExcRI:
		return SIGILL, describeReserved(e.Inst, p.Machine.Profile)
	case isa.ExcCpU:
		if e.Coprocessor == 1 {
			return SIGILL, fmt.Sprintf("floating-point instruction: the %s profile has no FPU (build with -msoft-float, or run on a profile with an FPU: 24kf, dec5000)", p.Machine.Profile.Name)
		}
		return SIGILL, fmt.Sprintf("coprocessor %d is unusable", e.Coprocessor)
	case isa.ExcOv:
		return SIGFPE, "integer overflow"
	case isa.ExcFPE:
		return SIGFPE, fmt.Sprintf("floating-point exception (FCSR %#08x)", p.Machine.FCSR)
	case isa.ExcBp:
		return breakSignal(breakCode(e.Inst)), fmt.Sprintf("break %d", breakCode(e.Inst))
	case isa.ExcTr:
		return breakSignal(trapCode(e.Inst)), fmt.Sprintf("trap %d", trapCode(e.Inst))
	}
	return SIGSEGV, ""
}

// Break and trap codes that Linux turns into SIGFPE (asm/break.h).
const (
	brkOverflow = 6
	brkDivZero  = 7
)

func breakSignal(code uint32) Signal {
	if code == brkOverflow || code == brkDivZero {
		return SIGFPE
	}
	return SIGTRAP
}

// breakCode extracts the code of break as Linux's do_bp does: the 20-bit
// field, its 10-bit halves swapped when it does not fit in 10 bits (GNU as
// puts a single code in the upper half: "break 7" holds 7<<10).
func breakCode(inst uint32) uint32 {
	c := inst >> 6 & 0xfffff
	if c >= 1<<10 {
		c = (c&0x3ff)<<10 | c>>10
	}
	return c
}

// trapCode extracts the code of a register trap (teq, tne, ...), as
// Linux's do_tr; the immediate forms have none.
func trapCode(inst uint32) uint32 {
	if inst>>26 != 0 {
		return 0
	}
	return inst >> 6 & 0x3ff
}
