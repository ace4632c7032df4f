// Package harness runs a graft (original or MiSFIT-rewritten) in user mode
// with the ABI a kernel would give it, and watches every memory access and
// every instruction it executes.
//
// The harness program (harness.s) plays the kernel: it sets the dedicated
// registers (s5 = 0xffff, s6 = the 64 KiB-aligned sandbox, s7 = s6), puts sp
// near the top of the sandbox, loads a0-a3, sets ra to the graft's return
// stub (or, for an unrewritten graft, straight to misfit_return) and jumps to
// the entry. misfit_return stores v0 and exits 0; misfit_fault exits 99.
// graft_log, a callable kernel function, returns a0 + 1.
// The sandbox has 64 KiB of padding on each side so that the guard zones
// (32 KiB) are mapped memory here; a kernel leaves them unmapped.
package harness

import (
	"context"
	"debug/elf"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"sync"

	"graftlab/cpu"
	"graftlab/isa/asm"
	"graftlab/loader"
	"graftlab/loader/object"
	"graftlab/profile"
	"graftlab/user"
)

//go:embed harness.mips
var source []byte

// Region geometry.
const (
	RegionSize = 0x10000
	Guard      = 0x8000
	StackTop   = RegionSize - 16 // sp at entry, relative to the base
	FaultExit  = 99
)

// Case is one call of a graft.
type Case struct {
	Entry  string                      // entry symbol
	Region []byte                      // initial sandbox contents (from its base)
	Args   func(base uint32) [4]uint32 // a0-a3
	Setup  func(p *user.Process) error // optional extra setup
}

// Escape is an access or an instruction outside what the graft may touch.
type Escape struct {
	PC, Addr uint32
	Kind     string
}

func (e Escape) String() string { return fmt.Sprintf("%s at pc %#x: %#x", e.Kind, e.PC, e.Addr) }

// Run is the outcome of a run.
type Run struct {
	Status       int // exit status: 0 returned, 99 fault, 124 limit, 128+sig killed
	Result       uint32
	Region       []byte
	Cycles       uint64 // from the entry to misfit_return or misfit_fault
	Instructions uint64
	Escapes      []Escape
	Fault        error // a machine fault (a user.Fault), if the run died
}

// Options control a run.
type Options struct {
	Profile         string // "" means dec5000
	MaxInstructions uint64 // 0 means 10 million
}

var (
	harnessOnce  sync.Once
	harnessBytes []byte
	harnessErr   error
)

// harness assembles harness.mips once.
func harness() ([]byte, error) {
	harnessOnce.Do(func() {
		var f *object.File
		if f, harnessErr = asm.Assemble("harness.mips", source, asm.Options{}); harnessErr == nil {
			harnessBytes, harnessErr = f.Marshal()
		}
	})
	return harnessBytes, harnessErr
}

// tableSymbol marks the graft's target table for the memory hook. It is
// added from the note (what the verifier checked), not found by the
// rewriter's symbol name, which a mutated object may change.
const tableSymbol = "__harness_table"

// MarkTable adds a symbol at the table the note describes, if any, for
// Execute to know where the table is. Link calls it; a graft linked by other
// means (GNU ld) must go through it first.
func MarkTable(graft []byte) ([]byte, error) {
	f, err := object.Parse(graft)
	if err != nil {
		return nil, err
	}
	note := f.Section(".note.graftlab.misfit")
	var text *object.Section
	for _, s := range f.Sections {
		if s.Flags&uint32(elf.SHF_EXECINSTR) != 0 {
			text = s
		}
	}
	if note == nil || text == nil {
		return graft, nil
	}
	// The one info note named "graftlab" (type 1): version, policy, flags,
	// code end, slots. Two of them, or a malformed note, and there is no
	// table to trust.
	d := note.Data
	var end, slots uint32
	found := 0
	for p := 0; p+12 <= len(d); {
		namesz, descsz := uint64(binary.LittleEndian.Uint32(d[p:])), uint64(binary.LittleEndian.Uint32(d[p+4:]))
		typ := binary.LittleEndian.Uint32(d[p+8:])
		name := uint64(p) + 12
		desc := name + (namesz+3)&^3
		next := desc + (descsz+3)&^3
		if next > uint64(len(d)) {
			return nil, errors.New("harness: malformed note")
		}
		if typ == 1 && namesz == 9 && string(d[name:name+9]) == "graftlab\x00" && descsz == 20 {
			found++
			end, slots = binary.LittleEndian.Uint32(d[desc+12:]), binary.LittleEndian.Uint32(d[desc+16:])
		}
		p = int(next)
	}
	if found != 1 {
		return nil, fmt.Errorf("harness: %d info notes", found)
	}
	f.Symbols = append([]*object.Symbol{{Name: tableSymbol, Section: text, Value: end, Size: 4 * slots, Bind: object.Local, Type: object.SymObject}}, f.Symbols...)
	return f.Marshal()
}

// Link links the harness with the graft object and returns the executable.
func Link(graft []byte) (*loader.Executable, error) {
	hb, err := harness()
	if err != nil {
		return nil, err
	}
	if graft, err = MarkTable(graft); err != nil {
		return nil, err
	}
	im, err := loader.LinkBytes([][]byte{hb, graft}, []string{"harness.mips", "graft.o"}, loader.LinkOptions{})
	if err != nil {
		return nil, err
	}
	return im.Executable()
}

func lookup(x *loader.Executable, name string) (uint32, uint32, bool) {
	for _, s := range x.Symbols {
		if s.Name == name {
			return s.Value, s.Size, true
		}
	}
	return 0, 0, false
}

// Execute runs one case on a linked executable. The graft's code is the
// rest of the text segment after the harness (from harness_end). Once the
// entry is reached and until the graft reaches misfit_return or
// misfit_fault, a code hook and a memory hook watch it: executing anything
// outside its code, or its target table, and any access outside the sandbox
// and its guard zones (reads of its own table aside) is an escape, recorded
// in Run.Escapes, and stops the run.
func Execute(ctx context.Context, x *loader.Executable, c Case, opt Options) (*Run, error) {
	prof := opt.Profile
	if prof == "" {
		prof = "dec5000"
	}
	p, err := profile.Lookup(prof)
	if err != nil {
		return nil, err
	}
	proc, err := user.New(user.Config{Profile: p, Executable: x, Args: []string{"harness"}, RAMSize: 2 << 20})
	if err != nil {
		return nil, err
	}
	sym := func(name string) (uint32, error) {
		a, _, ok := lookup(x, name)
		if !ok {
			return 0, fmt.Errorf("harness: no symbol %q", name)
		}
		return a, nil
	}
	base, err := sym("sandbox")
	if err != nil {
		return nil, err
	}
	if base%RegionSize != 0 {
		return nil, fmt.Errorf("harness: sandbox at %#x is not aligned", base)
	}
	entry, err := sym(c.Entry)
	if err != nil {
		return nil, err
	}
	ret, err := sym("__misfit_return")
	if err != nil {
		if ret, err = sym("misfit_return"); err != nil {
			return nil, err
		}
	}
	var words [8]uint32
	if c.Args != nil {
		a := c.Args(base)
		copy(words[:4], a[:])
	}
	words[4], words[5] = entry, ret
	buf := make([]byte, 0, 32)
	for _, w := range words[:6] {
		buf = binary.LittleEndian.AppendUint32(buf, w)
	}
	argsAddr, err := sym("harness_args")
	if err != nil {
		return nil, err
	}
	if err := proc.WriteMemory(argsAddr, buf); err != nil {
		return nil, err
	}
	if len(c.Region) > RegionSize {
		return nil, errors.New("harness: region contents too large")
	}
	if err := proc.WriteMemory(base, c.Region); err != nil {
		return nil, err
	}
	if c.Setup != nil {
		if err := c.Setup(proc); err != nil {
			return nil, err
		}
	}
	// What the graft may touch.
	textLo, err := sym("harness_end")
	if err != nil {
		return nil, err
	}
	textHi := textLo
	for _, seg := range x.Segments {
		if seg.Addr <= textLo && textLo < seg.Addr+seg.MemSize {
			textHi = seg.Addr + seg.MemSize
		}
	}
	tableLo, tableSize, hasTable := lookup(x, tableSymbol)
	exitLo, _ := sym("misfit_return")
	exitHi, _ := sym("harness_exit_end")
	run := &Run{}
	m := proc.Machine
	var startCycles, startInst uint64
	entered, done := false, false
	escape := func(e Escape) {
		if len(run.Escapes) < 16 {
			run.Escapes = append(run.Escapes, e)
		}
		m.RequestStop("escape: " + e.String())
	}
	faultAt, _ := sym("misfit_fault")
	logAt, _ := sym("graft_log")
	inText := func(pc uint32) bool { return pc >= textLo && pc < textHi }
	var prev uint32
	m.AddCodeHook(cpu.Range{}, func(m *cpu.Machine, pc uint32) {
		from := prev
		prev = pc
		if done {
			return
		}
		if !entered {
			if pc != entry {
				return
			}
			// The first instruction of the graft is checked like any other.
			entered = true
			startCycles, startInst = m.Stats.Cycles, m.Stats.Instructions
		}
		switch {
		case pc == exitLo || pc == faultAt:
			done = true
			run.Cycles = m.Stats.Cycles - startCycles
			run.Instructions = m.Stats.Instructions - startInst
		case pc >= exitLo && pc < exitHi:
			// graft_log, entered only at its first instruction.
			if !(pc == logAt && inText(from) || from >= logAt && from < exitHi) {
				escape(Escape{PC: from, Addr: pc, Kind: "jump into the harness other than at an export's entry"})
			}
		case pc < textLo || pc >= textHi:
			escape(Escape{PC: pc, Addr: pc, Kind: "jump out of the graft"})
		case hasTable && pc >= tableLo && pc < tableLo+tableSize:
			escape(Escape{PC: pc, Addr: pc, Kind: "execution of the target table"})
		}
	})
	lo, hi := base-Guard, base+RegionSize+Guard
	m.AddMemHook(cpu.MemRead|cpu.MemWrite, cpu.Range{}, func(m *cpu.Machine, ev cpu.MemEvent) {
		if !entered || done || ev.PC < textLo || ev.PC >= textHi {
			return
		}
		end := ev.VAddr + uint32(ev.Size)
		if ev.VAddr >= lo && end <= hi && end >= ev.VAddr {
			return
		}
		if ev.Kind == cpu.MemRead && hasTable && ev.VAddr >= tableLo && end <= tableLo+tableSize {
			return
		}
		kind := "read"
		if ev.Kind == cpu.MemWrite {
			kind = "write"
		}
		escape(Escape{PC: ev.PC, Addr: ev.VAddr, Kind: kind + " outside the sandbox"})
	})
	max := opt.MaxInstructions
	if max == 0 {
		max = 10_000_000
	}
	status, err := proc.Run(ctx, cpu.Limits{MaxInstructions: max})
	var f *user.Fault
	switch {
	case errors.As(err, &f):
		run.Fault = f
	case errors.Is(err, user.ErrLimit):
		status = 124
	case err != nil && len(run.Escapes) > 0:
		// stopped by a hook
	case err != nil:
		return nil, err
	}
	run.Status = status
	if r, err := proc.ReadMemory(argsAddr+24, 4); err == nil {
		run.Result = binary.LittleEndian.Uint32(r)
	}
	if b, err := proc.ReadMemory(base, RegionSize); err == nil {
		run.Region = b
	}
	return run, nil
}

// RunObject links graft with the harness and executes c.
func RunObject(ctx context.Context, graft []byte, c Case, opt Options) (*Run, error) {
	x, err := Link(graft)
	if err != nil {
		return nil, err
	}
	return Execute(ctx, x, c, opt)
}
