package kernel

import (
	"context"
	"crypto/ed25519"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"

	"graftlab/cpu"
	"graftlab/devices"
	"graftlab/isa"
	"graftlab/misfit/verify"
	"graftlab/profile"
)

// Graft loading in system mode (doc/misfit.md, "Loading in system mode").
//
// The graft kernel is the nanokernel with src/graft.s linked after it: the
// entry stub (graft_call), the graft's exits (misfit_return, misfit_fault)
// and the exported, graft-callable functions (GraftExports). Its boot entry,
// graft_boot, calls the graft placed by LoadGraft once and powers off.
// Grafts live in kseg0: the code region at GraftCodeBase, the data region at
// GraftDataBase with its guard zones left empty on both sides.

// Addresses of the graft regions and the graft block (kseg0).
const (
	// GraftBlock is the block the firmware fills for graft_boot: entry,
	// return address, region base and mask, a0-a3; the kernel writes the
	// result and the status after them.
	GraftBlock = 0x80002000
	// GraftCodeBase is the code region: the graft's executable sections,
	// up to GraftCodeMax bytes.
	GraftCodeBase = 0x80100000
	GraftCodeMax  = 0x80000
	// GraftDataBase is the data region's base: the graft's other allocated
	// sections from the base, the shared data, the stack at the top. The
	// region is GraftConfig.RegionSize bytes; GraftGuard bytes on each
	// side are left unused (kseg0 cannot unmap them: doc/misfit.md).
	GraftDataBase = 0x80200000
	GraftGuard    = 0x8000
	// DefaultGraftRegion is the default data region size.
	DefaultGraftRegion = 0x10000
	// MaxGraftRegion bounds the data region (it must stay below the
	// upper guard's end and the 2 MiB alignment of GraftDataBase).
	MaxGraftRegion = 0x100000
)

// Graft block offsets (graft.s).
const (
	gbEntry  = 0
	gbRet    = 4
	gbBase   = 8
	gbMask   = 12
	gbA0     = 16
	gbResult = 32
	gbStatus = 36
	gbBudget = 40
	gbCause  = 44
	gbEPC    = 48
	gbBadVA  = 52
	gbSize   = 56
)

// romGeneral is the general exception vector's offset in the boot ROM
// (0xbfc00380: Status.BEV is set while a graft runs).
const romGeneral = 0x380

// DefaultGraftBudget is the time bound of a graft call, in cycles, when
// GraftConfig.Budget is 0: 0.4 s of the dec5000 profile's 25 MHz.
const DefaultGraftBudget = 10_000_000

// GraftExports is the graft kernel's export list: the kernel functions a
// graft may call (implemented in src/graft.s). misfit_return and
// misfit_fault are always linked besides. A graft naming any other
// undefined symbol is refused.
var GraftExports = []string{"graft_log", "graft_time", "memcpy", "memset"}

// GraftSourceFiles are the graft kernel's sources, in link order.
var GraftSourceFiles = []string{"kernel.s", "vectors.s", "ipc.s", "psl.s", "kv.s", "bind.s", "graft.s", "vm.s", "vino.s", "vinoload.s", "bcache.s", "pager.s", "spin.s", "spinload.s"}

var (
	graftOnce  sync.Once
	graftImage *Image
	graftErr   error
)

// BuildGraftKernel assembles and links the graft kernel (once; shared).
func BuildGraftKernel() (*Image, error) {
	graftOnce.Do(func() { graftImage, graftErr = buildFrom(GraftSourceFiles, "graft_boot") })
	return graftImage, graftErr
}

// ErrGraft is wrapped by LoadGraft's refusals.
var ErrGraft = errors.New("graft refused")

// NoEntryError: the graft was accepted, but the entry asked for is not one
// of its verified entry points.
type NoEntryError struct {
	Entry   string
	Entries []string // the graft's entry points, sorted
}

func (e *NoEntryError) Error() string {
	return fmt.Sprintf("no entry point %q (the graft's entry points: %s)", e.Entry, strings.Join(e.Entries, ", "))
}

// GraftConfig describes one graft to load and call.
type GraftConfig struct {
	Profile *profile.Profile // nil: ideal
	// Object is the graft: a MiSFIT-rewritten, signed ELF32 relocatable.
	Object []byte
	Name   string // for messages; "" means "graft"
	// Keys are the kernel's trusted signing keys.
	Keys []ed25519.PublicKey
	// AllowUnsigned turns the signature requirement off (the code is still
	// verified). Loud: a warning goes to Warn.
	AllowUnsigned bool
	// Unverified loads Object as it is, without signature or verification:
	// only for measuring the unrewritten baseline. Loud: a warning goes to
	// Warn. The link against the export list still applies.
	Unverified bool
	// Warn receives the warnings of AllowUnsigned and Unverified; nil: none
	// printed (the warning is still in Graft.Warnings).
	Warn io.Writer
	// Entry is the graft's entry symbol (a global symbol of Object).
	Entry string
	// RegionSize is the data region's size, a power of two from 4 KiB to
	// MaxGraftRegion; 0 means DefaultGraftRegion.
	RegionSize uint32
	// Shared is written at the region's base before the graft's own
	// sections, which are placed from the base too: a nonzero shared byte
	// under one of them is an error.
	Shared []byte
	// Args are a0-a3.
	Args [4]uint32
	// Watch installs the confinement monitor (GraftRun.Escapes).
	Watch bool
	// Budget bounds the call in guest code: the entry stub sets the CP0
	// timer to fire after Budget cycles, and the interrupt aborts the graft
	// (GraftRun.TimedOut). 0 means DefaultGraftBudget.
	Budget uint32
}

// Graft is a loaded graft: a machine at its reset vector with the graft
// kernel, the graft and the graft block in place.
type Graft struct {
	Machine   *cpu.Machine
	Kernel    *Image
	Engine    cpu.Engine // cpu.DefaultEngine() after loading; set cpu.Reference() for the reference
	Base      uint32     // data region
	Size      uint32
	CodeLo    uint32 // code region in use [CodeLo, CodeHi)
	CodeHi    uint32
	TableLo   uint32 // the target table (rewritten grafts), [TableLo, TableHi)
	TableHi   uint32
	Entry     uint32
	Return    uint32            // the ra the stub passes
	Symbols   map[string]uint32 // the graft's defined symbols (not entry points)
	Rewritten bool              // verified: Entry and Return are the verifier's
	Warnings  []string
	img       *verify.Image
	shared    []byte
	watch     bool
	ran       bool
}

// GraftEscape is an access or an instruction outside what a graft may touch.
type GraftEscape struct {
	PC, Addr uint32
	Kind     string
}

func (e GraftEscape) String() string { return fmt.Sprintf("%s at pc %#x: %#x", e.Kind, e.PC, e.Addr) }

// GraftRun is the outcome of Graft.Call.
type GraftRun struct {
	Aborted bool   // the graft ended in misfit_fault, an exception or the time bound
	Result  uint32 // its v0 (0 when aborted)
	// TimedOut: the graft ran past its budget and the timer aborted it.
	TimedOut bool
	// Cycles and Instructions run from the graft's entry to misfit_return,
	// misfit_fault or the exception that ended it.
	Cycles, Instructions, Stalls uint64
	// Exception is the exception that aborted the graft (a fault in the
	// graft or in an export it called; not the timer), as the kernel's
	// handler recorded it: Cause's code, EPC and BadVAddr.
	Exception *cpu.Exception
	Escapes   []GraftEscape
	Region    []byte // the data region after the run
}

// graftStack is the part of the data region kept free for the stack.
const graftStack = 1024

// LoadGraft checks, places and links a graft and boots the graft kernel
// (doc/misfit.md, "Loading in system mode"). The verifier links it
// (verify.Load): the kernel copies the image it returns, enters it only at
// one of its verified entries and passes its verified return stub as ra.
func LoadGraft(cfg GraftConfig) (*Graft, error) {
	name := cfg.Name
	if name == "" {
		name = "graft"
	}
	fail := func(format string, a ...any) error {
		return fmt.Errorf("%w: %s: %s", ErrGraft, name, fmt.Sprintf(format, a...))
	}
	k, err := BuildGraftKernel()
	if err != nil {
		return nil, err
	}
	g := &Graft{Kernel: k, Base: GraftDataBase, Size: cfg.RegionSize, watch: cfg.Watch}
	if g.Size == 0 {
		g.Size = DefaultGraftRegion
	}
	if g.Size < 4096 || g.Size > MaxGraftRegion || g.Size&(g.Size-1) != 0 {
		return nil, fail("region size %#x: want a power of two from 4 KiB to %#x", g.Size, MaxGraftRegion)
	}
	warn := func(s string) {
		g.Warnings = append(g.Warnings, s)
		if cfg.Warn != nil {
			fmt.Fprintf(cfg.Warn, "kernel: WARNING: %s: %s\n", name, s)
		}
	}
	exports := append([]string{}, GraftExports...)
	sort.Strings(exports)
	pl := verify.Placement{
		CodeBase: GraftCodeBase, CodeSize: GraftCodeMax,
		DataBase: g.Base, RegionSize: g.Size, StackReserve: graftStack,
		Kernel: map[string]uint32{},
	}
	for _, e := range append(exports, "misfit_return", "misfit_fault") {
		a, err := k.Symbol(e)
		if err != nil {
			return nil, err
		}
		pl.Kernel[e] = a
	}
	var img *verify.Image
	switch {
	case cfg.Unverified:
		warn("loading an unverified graft (no signature, no MiSFIT verification): it is not confined")
		img, err = verify.LinkUnchecked(cfg.Object, pl)
	default:
		if cfg.AllowUnsigned {
			warn("signature requirement turned off: an unsigned graft is accepted once verified")
		}
		img, err = verify.Load(cfg.Object, verify.Config{Keys: cfg.Keys, Callable: exports, AllowUnsigned: cfg.AllowUnsigned}, pl)
	}
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrGraft, name, err)
	}
	entry, ok := img.Entries[cfg.Entry]
	if !ok || cfg.Entry == "" {
		names := make([]string, 0, len(img.Entries))
		for n := range img.Entries {
			names = append(names, n)
		}
		sort.Strings(names)
		return nil, fmt.Errorf("%w: %s: %w", ErrGraft, name, &NoEntryError{Entry: cfg.Entry, Entries: names})
	}
	if uint32(len(cfg.Shared)) > g.Size {
		return nil, fail("%d bytes of shared data in a %d-byte region", len(cfg.Shared), g.Size)
	}
	for i := g.Base; i < img.DataEnd && int(i-g.Base) < len(cfg.Shared); i++ {
		if cfg.Shared[i-g.Base] != 0 {
			return nil, fail("shared data at offset %#x overlaps the graft's sections (up to %#x)", i-g.Base, img.DataEnd-g.Base)
		}
	}
	g.img, g.shared = img, cfg.Shared
	g.Entry, g.Return, g.Symbols, g.Rewritten = entry, img.Return, img.Symbols, img.Verified
	g.CodeLo, g.CodeHi = img.CodeBase, img.CodeBase+uint32(len(img.Code))
	g.TableLo, g.TableHi = img.TableLo, img.TableHi
	if err := g.boot(cfg); err != nil {
		return nil, fail("%v", err)
	}
	return g, nil
}

// boot makes the machine: ROM, graft kernel, graft, graft block.
func (g *Graft) boot(cfg GraftConfig) error {
	p := cfg.Profile
	if p == nil {
		var err error
		if p, err = profile.Lookup("ideal"); err != nil {
			return err
		}
	}
	bus := devices.NewSystemBus(8<<20, io.Discard, nil)
	m, err := cpu.New(cpu.Config{Profile: p, Bus: bus})
	if err != nil {
		return err
	}
	// The boot ROM: the reset vector jumps to graft_boot; the general
	// exception vector (BEV set) jumps to graft_exception.
	exc, err := g.Kernel.Symbol("graft_exception")
	if err != nil {
		return err
	}
	var rom []byte
	for _, v := range []struct{ off, to uint32 }{{0, g.Kernel.Entry}, {romGeneral, exc}} {
		b := isa.NewBuilder()
		b.Li(isa.K0, v.to)
		b.JrNop(isa.K0)
		code, err := b.Finish()
		if err != nil {
			return err
		}
		bytes, err := code.Place(cpu.ResetVector+v.off, nil)
		if err != nil {
			return err
		}
		if uint32(len(rom)) > v.off {
			return fmt.Errorf("boot ROM: reset code overlaps the exception vector")
		}
		rom = append(rom, make([]byte, v.off-uint32(len(rom)))...)
		rom = append(rom, bytes...)
	}
	if err := bus.LoadROM(rom); err != nil {
		return err
	}
	ram := bus.RAM()
	put := func(va uint32, data []byte) error {
		pa := va & 0x1fffffff
		if uint64(pa)+uint64(len(data)) > uint64(len(ram)) {
			return fmt.Errorf("%d bytes at %#x: beyond RAM", len(data), va)
		}
		copy(ram[pa:], data)
		return nil
	}
	for _, s := range g.Kernel.Segments {
		if s.Addr+s.MemSize > GraftCodeBase-GraftGuard {
			return fmt.Errorf("graft kernel ends at %#x, in the graft regions", s.Addr+s.MemSize)
		}
		if err := put(s.Addr, s.Data); err != nil {
			return err
		}
	}
	if err := put(g.Base, g.shared); err != nil {
		return err
	}
	if err := put(g.img.CodeBase, g.img.Code); err != nil {
		return err
	}
	for _, c := range g.img.Data {
		if err := put(c.Addr, c.Data); err != nil {
			return err
		}
	}
	budget := cfg.Budget
	if budget == 0 {
		budget = DefaultGraftBudget
	}
	blk := make([]byte, gbSize)
	le := binary.LittleEndian
	le.PutUint32(blk[gbEntry:], g.Entry)
	le.PutUint32(blk[gbRet:], g.Return)
	le.PutUint32(blk[gbBase:], g.Base)
	le.PutUint32(blk[gbMask:], g.Size-1)
	for i, a := range cfg.Args {
		le.PutUint32(blk[gbA0+4*i:], a)
	}
	le.PutUint32(blk[gbBudget:], budget)
	if err := put(GraftBlock, blk); err != nil {
		return err
	}
	g.Machine, g.Engine = m, cpu.DefaultEngine()
	return nil
}

// Call runs the machine: graft_boot calls the graft once through the entry
// stub. A Graft is called once. The limits bound the whole run (0
// instructions: 50 million); the graft's own bound is GraftConfig.Budget,
// kept by the kernel.
func (g *Graft) Call(ctx context.Context, lim cpu.Limits) (*GraftRun, error) {
	if g.ran {
		return nil, errors.New("kernel: graft already called")
	}
	g.ran = true
	if lim.MaxInstructions == 0 {
		lim.MaxInstructions = 50_000_000
	}
	m := g.Machine
	run := &GraftRun{}
	mon, err := g.newMonitor(run)
	if err != nil {
		return nil, err
	}
	mon.install(m)
	defer func() {
		for _, id := range mon.hooks {
			m.RemoveHook(id) // an error: the hook removed itself
		}
	}()
	stop, err := g.Engine.Run(ctx, m, lim)
	if err != nil {
		return nil, fmt.Errorf("kernel: graft run: %w", err)
	}
	ram := m.Bus.RAM()
	if b := ram[g.Base&0x1fffffff:]; len(b) >= int(g.Size) {
		run.Region = append([]byte(nil), b[:g.Size]...)
	}
	if len(run.Escapes) > 0 {
		return run, nil
	}
	if stop.Reason != cpu.StopHalted {
		return run, fmt.Errorf("kernel: graft run stopped (%v %s) at pc %#x", stop.Reason, stop.Detail, m.PC)
	}
	blk := ram[GraftBlock&0x1fffffff:]
	le := binary.LittleEndian
	switch st := le.Uint32(blk[gbStatus:]); st {
	case 0:
		run.Result = le.Uint32(blk[gbResult:])
	case 1:
		run.Aborted = true
	case 2:
		run.Aborted, run.TimedOut = true, true
	case 3:
		run.Aborted = true
		cause := le.Uint32(blk[gbCause:])
		e := &cpu.Exception{Code: isa.ExcCode(cause >> 2 & 31), PC: le.Uint32(blk[gbEPC:]), BadVAddr: le.Uint32(blk[gbBadVA:]), DelaySlot: cause&cpu.CauseBD != 0}
		e.HasBadVAddr = e.BadVAddr != 0
		run.Exception = e
	default:
		return run, fmt.Errorf("kernel: graft block status %#x after the run", st)
	}
	return run, nil
}

// monitor watches a graft call (GraftConfig.Watch): it trusts only the
// kernel's symbols and the placement, never the graft's symbols, notes or
// tables. From the first instruction after the entry stub's jump (that one
// included) every fetch must be in the graft's code below its table, or in
// kernel code entered from the graft only at an export's or exit's first
// instruction, or the exception vector; no privileged instruction may be
// fetched from the graft's code; every access made by the graft's code must
// lie in the data region or its guard zones (or be the table check's load
// from the code region); every access made by an export must lie in the
// data region.
type monitor struct {
	g                    *Graft
	run                  *GraftRun
	enter                uint32          // the stub's jr: the instruction after its slot is the graft's
	exits                map[uint32]bool // kernel entry points a graft may jump to
	svcLo, svcHi         uint32          // the exports' code
	excVec               uint32
	ret, flt, exc, leave uint32
	codeHi               uint32 // the graft's executable code ends here (the table follows)
	hooks                []cpu.HookID
	prev                 uint32
	entered, done        bool
	c0, i0, s0           uint64
}

func (g *Graft) newMonitor(run *GraftRun) (*monitor, error) {
	mon := &monitor{g: g, run: run, exits: map[uint32]bool{}, excVec: cpu.ResetVector + romGeneral, codeHi: g.CodeHi}
	if g.Rewritten {
		mon.codeHi = g.TableLo
	}
	sym := func(name string) (uint32, error) { return g.Kernel.Symbol(name) }
	var err error
	for _, x := range []struct {
		p    *uint32
		name string
	}{{&mon.enter, "graft_enter"}, {&mon.ret, "misfit_return"}, {&mon.flt, "misfit_fault"}, {&mon.exc, "graft_exception"},
		{&mon.svcLo, "graft_services_start"}, {&mon.svcHi, "graft_exports_end"}} {
		if *x.p, err = sym(x.name); err != nil {
			return nil, err
		}
	}
	for _, e := range append([]string{"misfit_return", "misfit_fault"}, GraftExports...) {
		a, err := sym(e)
		if err != nil {
			return nil, err
		}
		mon.exits[a] = true
	}
	return mon, nil
}

func (mon *monitor) inGraft(pc uint32) bool { return pc >= mon.g.CodeLo && pc < mon.codeHi }

func (mon *monitor) inKernel(pc uint32) bool {
	for _, s := range mon.g.Kernel.Segments {
		if pc >= s.Addr && pc-s.Addr < s.MemSize {
			return true
		}
	}
	return false
}

func (mon *monitor) escape(m *cpu.Machine, e GraftEscape) {
	if len(mon.run.Escapes) < 16 {
		mon.run.Escapes = append(mon.run.Escapes, e)
	}
	m.RequestStop("escape: " + e.String())
}

// install adds the monitor's hooks to m. A watched call needs every
// fetch; otherwise only the entry and the exits are hooked (countEntry).
func (mon *monitor) install(m *cpu.Machine) {
	g := mon.g
	if !g.watch {
		mon.countEntry(m)
		return
	}
	mon.hooks = append(mon.hooks, m.AddCodeHook(cpu.Range{}, func(m *cpu.Machine, pc uint32) {
		prev := mon.prev
		mon.prev = pc
		switch {
		case mon.done:
			return
		case !mon.entered:
			if prev != mon.enter+4 {
				return
			}
			mon.entered = true
			mon.c0, mon.i0, mon.s0 = m.Stats.Cycles, m.Stats.Instructions, m.Stats.Stalls
		case pc == mon.ret || pc == mon.flt || pc == mon.exc:
			mon.done = true
			mon.run.Cycles, mon.run.Instructions, mon.run.Stalls = m.Stats.Cycles-mon.c0, m.Stats.Instructions-mon.i0, m.Stats.Stalls-mon.s0
			if pc == mon.exc || mon.inGraft(prev) || mon.inKernel(prev) {
				return
			}
		}
		switch {
		case mon.inGraft(pc):
			w, err := ramWord(m, pc)
			if err != nil {
				mon.escape(m, GraftEscape{PC: pc, Addr: pc, Kind: "unreadable graft code"})
				return
			}
			if in, err := isa.Decode(w); err == nil && in.Info().Has(isa.FlagPriv) {
				mon.escape(m, GraftEscape{PC: pc, Addr: pc, Kind: "privileged instruction in the graft"})
			}
		case pc == mon.excVec || pc == mon.exc:
			// An exception: the kernel's handler aborts the graft.
		case mon.inKernel(pc) && mon.inGraft(prev):
			if !mon.exits[pc] {
				mon.escape(m, GraftEscape{PC: prev, Addr: pc, Kind: "jump into the kernel other than at an export's entry"})
			}
		case mon.inKernel(pc) && (mon.inKernel(prev) || prev == mon.excVec+4 || prev == mon.excVec+8 || prev == mon.excVec+12):
			// Kernel code continuing: an export, an exit or the handler.
		case pc >= g.TableLo && pc < g.TableHi:
			mon.escape(m, GraftEscape{PC: prev, Addr: pc, Kind: "execution of the target table"})
		case pc >= mon.excVec && pc < mon.excVec+16:
		default:
			mon.escape(m, GraftEscape{PC: prev, Addr: pc, Kind: "jump out of the graft"})
		}
	}))
	{
		lo, hi := uint64(g.Base-GraftGuard), uint64(g.Base)+uint64(g.Size)+GraftGuard
		mon.hooks = append(mon.hooks, m.AddMemHook(cpu.MemRead|cpu.MemWrite, cpu.Range{}, func(m *cpu.Machine, ev cpu.MemEvent) {
			if !mon.entered || mon.done {
				return
			}
			a, end := uint64(ev.VAddr), uint64(ev.VAddr)+uint64(ev.Size)
			kind := "read"
			if ev.Kind == cpu.MemWrite {
				kind = "write"
			}
			switch {
			case mon.inGraft(ev.PC):
				if a >= lo && end <= hi {
					return
				}
				if ev.Kind == cpu.MemRead && a >= uint64(g.CodeLo) && end <= uint64(g.CodeHi) && mon.tableLoad(m, ev.PC) {
					return
				}
				mon.escape(m, GraftEscape{PC: ev.PC, Addr: ev.VAddr, Kind: kind + " outside the region"})
			case ev.PC >= mon.svcLo && ev.PC < mon.svcHi:
				if a >= uint64(g.Base) && end <= uint64(g.Base)+uint64(g.Size) {
					return
				}
				mon.escape(m, GraftEscape{PC: ev.PC, Addr: ev.VAddr, Kind: kind + " by an export outside the region"})
			case mon.inKernel(ev.PC) || ev.PC >= mon.excVec && ev.PC < mon.excVec+16:
				// The stub, the exits and the handler: the kernel's own.
			default:
				mon.escape(m, GraftEscape{PC: ev.PC, Addr: ev.VAddr, Kind: kind + " by code outside the graft and the kernel"})
			}
		}))
	}
}

// countEntry hooks what an unwatched call needs, the counters at the
// graft's first instruction and at its exit, with hooks on a few
// addresses, so that the Fast engine runs the rest of the call on its fast
// path. The first instruction is the one after the entry stub's delay slot
// (whatever it is: the graft's entry, or an exception vector), so the hook
// on the slot adds a hook on every address for that one instruction,
// which removes itself.
func (mon *monitor) countEntry(m *cpu.Machine) {
	var first cpu.HookID
	firstHook := func(m *cpu.Machine, pc uint32) {
		m.RemoveHook(first)
		if !mon.entered {
			mon.entered = true
			mon.c0, mon.i0, mon.s0 = m.Stats.Cycles, m.Stats.Instructions, m.Stats.Stalls
		}
	}
	slot := func(m *cpu.Machine, pc uint32) {
		if !mon.entered {
			first = m.AddCodeHook(cpu.Range{}, firstHook)
			mon.hooks = append(mon.hooks, first)
		}
	}
	exit := func(m *cpu.Machine, pc uint32) {
		if mon.entered && !mon.done {
			mon.done = true
			mon.run.Cycles, mon.run.Instructions, mon.run.Stalls = m.Stats.Cycles-mon.c0, m.Stats.Instructions-mon.i0, m.Stats.Stalls-mon.s0
		}
	}
	mon.hooks = append(mon.hooks, m.AddCodeHook(cpu.Range{Begin: mon.enter + 4, End: mon.enter + 8}, slot))
	for _, a := range []uint32{mon.ret, mon.flt, mon.exc} {
		mon.hooks = append(mon.hooks, m.AddCodeHook(cpu.Range{Begin: a, End: a + 4}, exit))
	}
}

// ramWord reads the word at a kseg0 address from RAM.
func ramWord(m *cpu.Machine, va uint32) (uint32, error) {
	ram, pa := m.Bus.RAM(), va&0x1fffffff
	if uint64(pa)+4 > uint64(len(ram)) || va&3 != 0 {
		return 0, fmt.Errorf("no RAM word at %#x", va)
	}
	return binary.LittleEndian.Uint32(ram[pa:]), nil
}

// tableLoad reports whether the instruction at pc is the table check's
// load, lw s4, imm(s4).
func (mon *monitor) tableLoad(m *cpu.Machine, pc uint32) bool {
	w, err := ramWord(m, pc)
	if err != nil {
		return false
	}
	in, err := isa.Decode(w)
	return err == nil && in.Op == isa.LW && in.Rt == isa.S4 && in.Rs == isa.S4
}

// exported reports whether pc lies in the graft exits or an exported
// function: kernel code a graft reaches by calling it (graft.s keeps them
// between graft_exports_start and graft_exports_end).
func (g *Graft) exported(pc uint32) bool {
	lo, _ := g.Kernel.Symbol("graft_exports_start")
	hi, _ := g.Kernel.Symbol("graft_exports_end")
	return pc >= lo && pc < hi
}
