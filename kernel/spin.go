package kernel

import (
	"crypto/ed25519"
	"debug/elf"
	"encoding/binary"
	"fmt"
	"sort"
	"strings"

	"graftlab/isa"
	"graftlab/kernel/manifest"
	"graftlab/loader/object"
	"graftlab/misfit/sign"
	"graftlab/misfit/verify"
)

// SPIN: events, guards and handlers, and the dispatchers the kernel
// generates for them (src/spin.s, doc/spin.md).
//
// An event is raised with up to five arguments (o32: a0-a3 and 16(sp)).
// Its handlers run in installation order, each when its guard holds; the
// result is the last handler's that ran, or the default handler's when
// none ran (0 without a default). Each event can be dispatched by the table
// walk or by the code the kernel's own generator writes into graft space at
// every install and removal, with the same semantics.
//
// Handlers and guards are functions of extensions that the firmware places
// in SPIN's slots of graft space (Config.Spin): unchecked, or
// MiSFIT-rewritten and verified (then called through the kernel's gate,
// which sets the registers MiSFIT's checks rely on).

// Graft space and limits of SPIN (layout.inc).
const (
	SpinBase       = 0xc8000000 // extension slot i at SpinBase + i MiB
	SpinSlots      = 8
	SpinCodeMax    = 0x40000
	SpinDataOff    = 0x80000
	SpinStubs      = 0xcf001000 // SPIN's stub page: exits, the gate, exports
	SpinGate       = SpinStubs + 32
	SpinCode       = 0xcf100000 // event i's dispatcher at SpinCode + i*SpinCodeSize
	SpinCodeSize   = 0x2000
	SpinCodeWords  = 2048
	SpinReserve    = 160 // words an install leaves free
	SpinEvents     = 32
	SpinBindings   = 128 // (guard, handler) pairs on one event
	SpinInlineMax  = 8   // words of an inlined handler, its jr ra and delay slot included
	SpinMaxEntries = 32  // entry points of an extension
	SpinErrno      = 210 // spin_raise: errno SpinErrno + status
	SpinMaxKeys    = 8   // Config.SpinCompilerKeys
	SpinMaxDepth   = 4   // raises in progress at once: one and three nested (spin_raise_event)
	SpinPerEnv     = 4   // extensions a program may have loaded at once (spin_load: EDQUOT)
	// DefaultSpinBudget is a raise's processor budget, in cycles, when
	// Config.SpinBudget is 0: 40 ms on dec5000.
	DefaultSpinBudget = 1_000_000
	SpinBudgetMin     = 1000
	SpinRepeat        = 1024 // spin_raise: at most this many raises a call
	SpinEventSyscall  = 0    // the kernel's event: the null system call
	SpinEventFault    = 30   // the kernel's event: a conventional program's memory fault (BadVAddr, EPC, code, environment id)
	SpinEventTick     = 29   // the kernel's event: the timer's tick (the tick count, the interrupted EPC, environment id)

	// The conventional system calls.
	SysSpinInstall   = 4310
	SysSpinUninstall = 4311
	SysSpinRaise     = 4312
	SysSpinDeclare   = 4313
	SysSpinSyscall   = 4314
	SysSpinLookup    = 4315
	SysSpinLoad      = 4316
	SysSpinUnload    = 4317

	// The exokernel's calls: the same, with the result or -errno in v0.
	ExoSpinInstall   = 23
	ExoSpinUninstall = 24
	ExoSpinRaise     = 25
	ExoSpinDeclare   = 26
	ExoSpinLookup    = 27
	ExoSpinLoad      = 28
	ExoSpinUnload    = 29

	biSpinN       = 0xa000
	biSpinBudget  = 0xa004
	biSpinNKeys   = 0xa008
	biSpin        = 0xa040
	biSpinKeys    = 0xc400
	bsSize        = 1088
	bsEnt         = 64
	bsEntSize     = 32
	SpinNameMax   = 23 // characters of an entry point's or a global's name (spin_lookup)
	siSize        = 32
	evSize        = 64
	spinStackPage = 4096
)

// SpinSlot returns the base of SPIN extension slot i: its code's address.
func SpinSlot(i int) uint32 { return SpinBase + uint32(i)<<20 }

// SpinHow is how a raise dispatches (spin_raise's a2).
type SpinHow uint32

const (
	SpinGen    SpinHow = 0 // the generated dispatcher
	SpinTable  SpinHow = 1 // the table walk
	SpinDirect SpinHow = 2 // the first handler called as a procedure: the baseline
)

// SpinStatus is how a raise ended (SS_* in layout.inc).
type SpinStatus uint32

const (
	SpinOK    SpinStatus = 0 // the dispatch ended
	SpinCheck SpinStatus = 1 // a MiSFIT check failed in a guard or handler
	SpinFault SpinStatus = 2 // an exception in a guard, a handler or the dispatcher
	SpinBad   SpinStatus = 3 // no such event, or nothing to call
	SpinBusy  SpinStatus = 4 // a raise is in progress
	SpinTime  SpinStatus = 5 // the raise ran past its budget (Config.SpinBudget)
)

// SpinGuardKind says what a binding's guard is.
type SpinGuardKind uint32

const (
	SpinNoGuard      SpinGuardKind = 0 // the handler always runs
	SpinGuardCall    SpinGuardKind = 1 // a function of the extension, called with the arguments
	SpinGuardCompare SpinGuardKind = 2 // "global op constant", evaluated (and inlined) by the kernel
)

// SpinCompare is the comparison of a SpinGuardCompare guard. Odd values
// are the negations of the even ones before them; Lt and Gt are signed,
// Ltu and Gtu unsigned.
type SpinCompare uint32

const (
	SpinEq SpinCompare = iota
	SpinNe
	SpinLt
	SpinGe
	SpinLtu
	SpinGeu
	SpinGt
	SpinLe
	SpinGtu
	SpinLeu
)

// Holds reports whether "g op c" holds, as the kernel evaluates it.
func (op SpinCompare) Holds(g, c uint32) bool {
	var r bool
	switch op >> 1 {
	case 0:
		r = g == c
	case 1:
		r = int32(g) < int32(c)
	case 2:
		r = g < c
	case 3:
		r = int32(g) > int32(c)
	case 4:
		r = g > c
	}
	return r != (op&1 == 1)
}

// SpinRequest is an install request (SI_* in layout.inc): a handler of
// extension Ext bound to Event, with its guard.
type SpinRequest struct {
	Event, Ext uint32
	Handler    uint32 // an entry point of the extension
	// Inline asks the generator to copy the handler's body into the
	// dispatcher: it must be a small leaf (SpinInlineMax words up to its
	// jr ra's delay slot, register arithmetic, and for an unchecked
	// extension loads and stores not through sp). The kernel checks it.
	Inline bool
	Guard  SpinGuardKind
	// GuardFunc is the guard (SpinGuardCall), an entry point of Ext;
	// Global, Compare and Const are the SpinGuardCompare guard: a word of
	// Ext's data region compared with a constant.
	GuardFunc uint32
	Global    uint32
	Compare   SpinCompare
	Const     int32
}

// Bytes returns the request as the kernel reads it.
func (r SpinRequest) Bytes() []byte {
	b := make([]byte, siSize)
	le := binary.LittleEndian
	var flags, guard uint32
	if r.Inline {
		flags = 1
	}
	switch r.Guard {
	case SpinGuardCall:
		guard = r.GuardFunc
	case SpinGuardCompare:
		guard = r.Global
	}
	for i, v := range []uint32{r.Event, r.Ext, r.Handler, flags, uint32(r.Guard), guard, uint32(r.Compare), uint32(r.Const)} {
		le.PutUint32(b[4*i:], v)
	}
	return b
}

// SpinDomain is a named set of the kernel's exported functions. An
// extension's signed manifest names the domains it imports, and the linker
// (the firmware's, or the kernel's own for spin_load) refuses any other
// symbol.
type SpinDomain struct {
	Name    string
	Exports []string
}

// SpinDomains are the kernel's domains, in the order of their bits in a
// manifest's mask (spin_domain_names in src/spinload.s).
var SpinDomains = []SpinDomain{
	{"spin.null", []string{"spin_null"}},    // the null procedure (spin.xcall)
	{"spin.console", []string{"spin_putc"}}, // spin_putc(c): a byte to the console
	{"spin.clock", []string{"spin_clock"}},
	// spin_raise_event(event, a, b, c): a raise from within a raise;
	// spin_declare_event(event, nargs, default): an event declared in the
	// extension's initialization (spin_init)
	{"spin.events", []string{"spin_raise_event", "spin_declare_event"}}, // spin_clock(): the cycle counter
}

// SpinDomainNames returns the domains' names, in order.
func SpinDomainNames() []string {
	var ns []string
	for _, d := range SpinDomains {
		ns = append(ns, d.Name)
	}
	return ns
}

// SpinExports are the kernel functions a SPIN extension may call (through
// SPIN's stub page), every domain's, in the domains' order.
var SpinExports = spinExports(^uint32(0))

// spinExports returns the exports of the domains in mask.
func spinExports(mask uint32) []string {
	var es []string
	for i, d := range SpinDomains {
		if mask>>i&1 == 1 {
			es = append(es, d.Exports...)
		}
	}
	return es
}

// SpinStubNames are the stub page's entries, in order: the exits of a
// checked extension (misfit_return and misfit_fault, linked to the kernel's
// spin_xret and spin_xfault), the gate, then SpinExports.
var SpinStubNames = append([]string{"misfit_return", "misfit_fault", "spin_gate"}, SpinExports...)

// SpinExtension is an extension the firmware places in a SPIN slot.
type SpinExtension struct {
	// Object is an ELF32 relocatable: MiSFIT-rewritten and signed, or, with
	// Unchecked, as its compiler made it and signed by a trusted
	// compiler's key (its functions are then called directly, as SPIN
	// calls code its trusted compiler made; doc/spin.md). Either may
	// carry a manifest (kernel/manifest) naming the SpinDomains it
	// imports; it may call nothing else.
	Object []byte
	Name   string // for messages
	// Keys are the keys its signature may be made with: MiSFIT's (graft
	// keys) for a checked extension, a trusted compiler's for an unchecked
	// one. AllowUnsigned accepts one without a signature (a checked one is
	// still verified; an unchecked one is then trusted on the firmware's
	// word).
	Keys          []ed25519.PublicKey
	AllowUnsigned bool
	Unchecked     bool
	// RegionSize: a power of two from VinoRegionMin to VinoRegionMax (0:
	// DefaultVinoRegion). Its top page is the stack of a checked extension.
	RegionSize uint32
	// Shared is written at the region's base before the sections, as
	// VinoGraft.Shared is.
	Shared []byte
}

// PlacedSpin is where the firmware put a SPIN extension.
type PlacedSpin struct {
	CodeLo, CodeHi uint32
	Base, Size     uint32 // its data region
	Checked        bool
	Entries        map[string]uint32 // its entry points: handlers, guards, defaults
	Symbols        map[string]uint32
	// DataPA is the physical address of the region's base (its sections'
	// pages, then the pages above them up to the region's stack page are
	// not mapped).
	DataPA uint32
}

// SpinPlacement returns the placement of SPIN slot i for a region of size
// bytes, linked against SPIN's stub page: its exits and the exports of the
// domains in mask (a manifest's, kernel/manifest).
func SpinPlacement(i int, size, mask uint32) verify.Placement {
	allowed := map[string]bool{"misfit_return": true, "misfit_fault": true}
	for _, e := range spinExports(mask) {
		allowed[e] = true
	}
	kern := map[string]uint32{}
	for j, e := range SpinStubNames {
		if allowed[e] {
			kern[e] = SpinStubs + 16*uint32(j)
		}
	}
	slot := SpinSlot(i)
	return verify.Placement{CodeBase: slot, CodeSize: SpinCodeMax, DataBase: slot + SpinDataOff,
		RegionSize: size, StackReserve: spinStackPage, Kernel: kern}
}

// LinkSpinExtension links x for slot i as the firmware does: its
// signature checked (by a trusted compiler's key when it is unchecked),
// its manifest read, and the link refused if it names a symbol that is not
// one of its domains' exports. Its entry points are the addresses install
// requests name.
func LinkSpinExtension(x SpinExtension, i int) (*verify.Image, error) {
	size := x.RegionSize
	if size == 0 {
		size = DefaultVinoRegion
	}
	if size < VinoRegionMin || size > VinoRegionMax || size&(size-1) != 0 {
		return nil, fmt.Errorf("region size %#x: want a power of two from %#x to %#x", size, VinoRegionMin, VinoRegionMax)
	}
	mask, err := manifest.Imports(x.Object, SpinDomainNames())
	if err != nil {
		return nil, err
	}
	pl := SpinPlacement(i, size, mask)
	if x.Unchecked {
		if !x.AllowUnsigned {
			if err := sign.Check(x.Object, x.Keys); err != nil {
				return nil, fmt.Errorf("unchecked extension: %w", err)
			}
		}
		return verify.LinkUnchecked(x.Object, pl)
	}
	exports := spinExports(mask)
	sort.Strings(exports)
	return verify.Load(x.Object, verify.Config{Keys: x.Keys, Callable: exports, AllowUnsigned: x.AllowUnsigned}, pl)
}

// spinBootInfo writes a raise's budget and the trusted compilers' keys.
func spinBootInfo(bi []byte, cfg Config) error {
	le := binary.LittleEndian
	budget := cfg.SpinBudget
	if budget == 0 {
		budget = DefaultSpinBudget
	}
	if budget < SpinBudgetMin {
		return fmt.Errorf("%w: SPIN budget %d cycles: at least %d", ErrBoot, budget, SpinBudgetMin)
	}
	le.PutUint32(bi[biSpinBudget:], budget)
	return putKeys(bi, biSpinNKeys, biSpinKeys, cfg.SpinCompilerKeys, SpinMaxKeys, "compiler")
}

// spinExtensions places the SPIN extensions and writes their boot records.
func (f *firmware) spinExtensions(bi []byte, xs []SpinExtension) ([]PlacedSpin, error) {
	if len(xs) > SpinSlots {
		return nil, fmt.Errorf("%w: %d SPIN extensions, at most %d", ErrBoot, len(xs), SpinSlots)
	}
	le := binary.LittleEndian
	le.PutUint32(bi[biSpinN:], uint32(len(xs)))
	var placed []PlacedSpin
	for i, x := range xs {
		name := x.Name
		if name == "" {
			name = fmt.Sprintf("extension %d", i)
		}
		fail := func(format string, a ...any) error {
			return fmt.Errorf("%w: %s: %s", ErrGraft, name, fmt.Sprintf(format, a...))
		}
		img, err := LinkSpinExtension(x, i)
		if err != nil {
			return nil, fmt.Errorf("%w: %s: %w", ErrGraft, name, err)
		}
		size := x.RegionSize
		if size == 0 {
			size = DefaultVinoRegion
		}
		slot := SpinSlot(i)
		base := slot + SpinDataOff
		pp, err := f.placeImage(img, slot, base, size, x.Shared, spinStackPage, "extension")
		if err != nil {
			return nil, fail("%v", err)
		}
		// Its entry points, then its globals, by name (spin_lookup).
		type entry struct {
			name       string
			addr, kind uint32
		}
		var entries []entry
		for n, a := range img.Entries {
			entries = append(entries, entry{n, a, 0})
		}
		globals, err := spinGlobals(x.Object, img)
		if err != nil {
			return nil, fail("%v", err)
		}
		for n, a := range globals {
			entries = append(entries, entry{n, a, 1})
		}
		if len(entries) > SpinMaxEntries {
			return nil, fail("%d entry points and globals, at most %d", len(entries), SpinMaxEntries)
		}
		for _, e := range entries {
			if len(e.name) > SpinNameMax {
				return nil, fail("%q: a name of at most %d characters", e.name, SpinNameMax)
			}
		}
		sort.Slice(entries, func(a, b int) bool {
			return entries[a].kind < entries[b].kind || entries[a].kind == entries[b].kind && entries[a].addr < entries[b].addr
		})
		checked := uint32(0)
		if !x.Unchecked {
			checked = 1
		}
		r := bi[biSpin+i*bsSize:]
		for j, v := range []uint32{pp.codePA, pp.codePages, pp.lowPA, pp.lowPages, pp.topPA, size, img.Return, checked,
			img.CodeBase - slot + uint32(len(img.Code)), uint32(len(entries))} {
			le.PutUint32(r[4*j:], v)
		}
		for j, e := range entries {
			le.PutUint32(r[bsEnt+bsEntSize*j:], e.addr)
			le.PutUint32(r[bsEnt+bsEntSize*j+4:], e.kind)
			copy(r[bsEnt+bsEntSize*j+8:bsEnt+bsEntSize*(j+1)], e.name)
		}
		placed = append(placed, PlacedSpin{CodeLo: img.CodeBase, CodeHi: img.CodeBase + uint32(len(img.Code)),
			Base: base, Size: size, Checked: !x.Unchecked, Entries: img.Entries, Symbols: img.Symbols, DataPA: pp.lowPA})
	}
	return placed, nil
}

// spinGlobals returns the global symbols of obj's data sections, placed as
// img places them: the words a compare guard may read.
func spinGlobals(obj []byte, img *verify.Image) (map[string]uint32, error) {
	f, err := object.Parse(obj)
	if err != nil {
		return nil, err
	}
	out := map[string]uint32{}
	for _, s := range f.Symbols {
		if s.Bind == object.Local || s.Section == nil || s.Name == "" || s.Type == object.SymSection ||
			s.Section.Flags&uint32(elf.SHF_ALLOC) == 0 || s.Section.Flags&uint32(elf.SHF_EXECINSTR) != 0 {
			continue
		}
		if a, ok := img.Symbols[s.Name]; ok {
			out[s.Name] = a
		}
	}
	return out, nil
}

// SpinDispatcherCode is an event's dispatcher as the kernel last made it.
type SpinDispatcherCode struct {
	Event int
	// Entry is what a raise calls: Addr when the event has code pages,
	// else its default (a kernel function or an unchecked extension's) or
	// spin_zero.
	Entry uint32
	Addr  uint32   // the code pages' address in graft space
	Words []uint32 // the generated code (none before the event's first install)
}

// SpinDispatcher reads event's generated dispatcher from guest memory.
func (s *System) SpinDispatcher(event int) (SpinDispatcherCode, error) {
	if event < 0 || event >= SpinEvents {
		return SpinDispatcherCode{}, fmt.Errorf("kernel: event %d: want 0 to %d", event, SpinEvents-1)
	}
	evs, err := s.Kernel.Symbol("spin_events")
	if err != nil {
		return SpinDispatcherCode{}, err
	}
	var rerr error
	w := func(a uint32) uint32 {
		v, e := ramWord(s.Machine, a)
		if e != nil && rerr == nil {
			rerr = e
		}
		return v
	}
	ev := evs + uint32(event)*evSize
	d := SpinDispatcherCode{Event: event, Entry: w(ev + 20), Addr: w(ev + 44)}
	n, pages := w(ev+32), [2]uint32{w(ev + 24), w(ev + 28)}
	if n > SpinCodeWords {
		return d, fmt.Errorf("kernel: event %d: %d words of code", event, n)
	}
	for i := uint32(0); i < n && rerr == nil; i++ {
		d.Words = append(d.Words, w(pages[i/1024]+4*(i%1024)))
	}
	return d, rerr
}

// Listing disassembles the dispatcher, one instruction a line:
// "address: word  instruction", with the symbols sym knows.
func (d SpinDispatcherCode) Listing(sym isa.Symbolizer) string {
	var b strings.Builder
	for i, w := range d.Words {
		pc := d.Addr + 4*uint32(i)
		fmt.Fprintf(&b, "%08x: %08x  %s\n", pc, w, isa.GNUWord(w, pc, sym))
	}
	return b.String()
}

// SpinSign prepares an extension object: the manifest text added (none
// when text is empty; it must parse against SpinDomains) and the object
// signed with key (sign.SignObject): a trusted compiler's key for an
// unchecked extension, MiSFIT's for a rewritten one (rewritten without a
// key, since the signature must cover the manifest).
func SpinSign(obj []byte, text string, key ed25519.PrivateKey) ([]byte, error) {
	if text != "" {
		if _, err := manifest.Parse([]byte(text), SpinDomainNames()); err != nil {
			return nil, err
		}
		var err error
		if obj, err = manifest.Add(obj, []byte(text)); err != nil {
			return nil, err
		}
	}
	return sign.SignObject(obj, key)
}

// SpinLoadError returns why the last spin_load that the manifest or the
// linker refused (-ENOEXEC) was refused: glink's code (a negative
// GLINK_E* number, kernel/csrc/link/glink.h; 0 after any other outcome)
// and, for a manifest's refusal, its line.
func (s *System) SpinLoadError() (code int32, line uint32, err error) {
	a, err := s.Kernel.Symbol("spin_lerr")
	if err != nil {
		return 0, 0, err
	}
	c, err := ramWord(s.Machine, a)
	if err != nil {
		return 0, 0, err
	}
	line, err = ramWord(s.Machine, a+4)
	return int32(c), line, err
}
