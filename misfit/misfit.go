package misfit

import (
	"bufio"
	"crypto/ed25519"
	"fmt"
	"io"
	"sort"
	"strings"

	"graftlab/isa"
)

// Policy chooses what is inserted before each load and store.
type Policy int

const (
	// Sandbox forces the address into the data region (Wahbe et al.): two
	// instructions, and the access goes through s7.
	Sandbox Policy = iota
	// Check compares the base register with the region and branches to the
	// fault stub when it lies outside: four instructions.
	Check
)

func (p Policy) String() string {
	switch p {
	case Sandbox:
		return "sandbox"
	case Check:
		return "check"
	}
	return fmt.Sprintf("policy(%d)", int(p))
}

// ParsePolicy parses "sandbox" or "check".
func ParsePolicy(s string) (Policy, error) {
	switch s {
	case "sandbox":
		return Sandbox, nil
	case "check":
		return Check, nil
	}
	return 0, fmt.Errorf("unknown policy %q (want sandbox or check)", s)
}

// The dedicated registers (doc/misfit.md, "ABI").
const (
	RegTarget = isa.S4 // checked indirect-jump target
	RegMask   = isa.S5 // region size - 1
	RegBase   = isa.S6 // region base
	RegAddr   = isa.S7 // sandboxed address / check scratch
)

// GuardSize is the guard zone the kernel leaves unmapped on each side of the
// data region: a 16-bit signed offset from an address inside the region
// stays inside region plus guards.
const GuardSize = 0x8000

// Names of the symbols the rewriter adds and the kernel entries it needs.
const (
	// ReturnStub is the graft's exit: the kernel's entry stub passes its
	// address in ra; it jumps to KernelReturn.
	ReturnStub = "__misfit_return"
	// FaultStub is where failed checks go; it jumps to KernelFault.
	FaultStub = "__misfit_fault"
	// TableSymbol is the local symbol of the legal-target table.
	TableSymbol = "__misfit_table"
	// KernelReturn and KernelFault are the kernel's entries for a graft that
	// returns and a graft that failed a check. They are always callable.
	KernelReturn = "misfit_return"
	KernelFault  = "misfit_fault"
)

// NoteSection is the name of the note section of a rewritten object.
const NoteSection = ".note.graftlab.misfit"

// DefaultCallable is the graft-callable list used when Options.Callable is
// nil: the kernel's argument-checking memory routines, libgcc's 64-bit
// division (pure functions), and two services. KernelReturn and KernelFault
// are always allowed besides.
var DefaultCallable = []string{
	"memcpy", "memmove", "memset", "memcmp",
	"__divdi3", "__moddi3", "__udivdi3", "__umoddi3",
	"graft_log", "graft_time",
}

// ParseCallable reads a callable list: one symbol name per line; blank lines
// and lines starting with # are ignored.
func ParseCallable(r io.Reader) ([]string, error) {
	var names []string
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimSpace(sc.Text())
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		if strings.ContainsAny(s, " \t") {
			return nil, fmt.Errorf("line %d: %q: want one symbol name per line", line, s)
		}
		names = append(names, s)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	sort.Strings(names)
	return names, nil
}

// Options control Rewrite.
type Options struct {
	Policy Policy
	// Callable is the graft-callable list; nil means DefaultCallable.
	Callable []string
	// NoSPOpt instruments sp-relative accesses like any other instead of
	// checking sp where it changes (for measuring the optimisation).
	NoSPOpt bool
	// NoGuard folds each access's offset into the sandboxed address (three
	// instructions, offset 0) instead of relying on the guard zones. Sandbox
	// policy only; for measuring the optimisation.
	NoGuard bool
	// NoReuse sandboxes every access, even when s7 already holds the
	// sandboxed base (same register, not written, no landing in between).
	// For measuring the optimisation.
	NoReuse bool
	// NoLeaf checks every return, leaf functions' included.
	NoLeaf bool
	// Key, when set, signs the rewritten object (misfit/sign).
	Key ed25519.PrivateKey
}

// Stats count what a rewrite inserted.
type Stats struct {
	Loads, Stores   int // instrumented accesses
	SPAccesses      int // sp-relative accesses left alone (sp checked where it changes)
	SPWrites        int // writes of sp followed by a check
	Indirect        int // checked jr/jalr other than returns
	Returns         int // checked jr ra
	LeafReturns     int // jr ra left unchecked in leaf functions
	Hoisted         int // delay-slot instructions moved before their branch
	Reused          int // accesses that reused s7 (no and/or inserted)
	InWords         int // instructions in
	OutWords        int // instructions out, stubs included, table excluded
	TableEntries    int // legal indirect targets
	TableSlots      int // slots of the hash table
	CallableCalls   int // direct calls to kernel functions
	AddressTakenFns int // code addresses taken (function pointers, jump tables)
}

// Result is a rewritten object.
type Result struct {
	Object []byte
	Stats  Stats
}

// Error is a refusal. It names the function and offset of the offending
// instruction, the instruction, and the rule.
type Error struct {
	Section string
	Offset  uint32 // in the section
	Func    string // enclosing function symbol, "" if none
	FuncOff uint32
	Inst    string // the instruction as GNU prints it, "" if not about one
	Msg     string
}

func (e *Error) Error() string {
	where := fmt.Sprintf("%s+%#x", e.Section, e.Offset)
	if e.Func != "" {
		where = fmt.Sprintf("%s+%#x (%s)", e.Func, e.FuncOff, where)
	}
	if e.Inst != "" {
		return fmt.Sprintf("%s: %s: %s", where, e.Inst, e.Msg)
	}
	return fmt.Sprintf("%s: %s", where, e.Msg)
}
