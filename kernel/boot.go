package kernel

import (
	"context"
	"crypto/ed25519"
	"debug/elf"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"

	"graftlab/cpu"
	"graftlab/devices"
	"graftlab/isa"
	"graftlab/loader"
	"graftlab/profile"
)

// Personality says how an environment's exceptions and system calls go
// through the kernel.
type Personality int

const (
	// Conventional: a trap frame with the whole user context, a
	// system-call table, exceptions delivered as signals through a signal
	// frame and sigreturn, as a Unix kernel does.
	Conventional Personality = iota
	// Exokernel: as Aegis, exceptions go straight to the environment's
	// handler with three scratch registers saved; system calls save nothing.
	Exokernel
)

func (p Personality) String() string {
	switch p {
	case Conventional:
		return "conventional"
	case Exokernel:
		return "exokernel"
	}
	return fmt.Sprintf("Personality(%d)", int(p))
}

// ParsePersonality reads "conventional"/"conv" or "exokernel"/"exo".
func ParsePersonality(s string) (Personality, error) {
	switch s {
	case "conventional", "conv":
		return Conventional, nil
	case "exokernel", "exo":
		return Exokernel, nil
	}
	return 0, fmt.Errorf("unknown personality %q (want conventional or exokernel)", s)
}

// Region is an extra range of user pages the firmware provides: zero-filled
// past Data.
type Region struct {
	VA    uint32 // page aligned
	Pages uint32
	Write bool
	Exec  bool
	Wired bool // its translations go into the wired TLB entries (at most Wired in all; environment 0 only)
	Data  []byte
	// Share names physical memory that several environments map: every
	// region with the same non-empty Share uses the same pages (the first
	// one's Data fills them; the others must have the same size).
	Share string
}

// Config describes a system-mode machine. Program, Args, Env and Regions
// are environment 0; Programs are the rest of the boot list, environments
// 1, 2, ... in order (at most MaxEnvs in all).
type Config struct {
	Profile     *profile.Profile // nil: ideal
	Program     *loader.Executable
	Args, Env   []string // argv (Args[0] is the program name) and envp
	Personality Personality
	// TimerInterval is the timer period in Count ticks; 0: no timer.
	TimerInterval uint32
	// Slice is the length of a time slice in timer periods (0: 1); Grace is
	// how many periods an exokernel environment has to yield after its
	// epilogue upcall before it is aborted (0: 1).
	Slice, Grace uint32
	Console      io.Writer // the UART's output; nil discards it
	Input        io.Reader // the UART's input; nil: none
	RAMSize      uint32    // default 64 MiB
	StackPages   uint32    // user stack, default 32 (128 KiB), for every environment
	Regions      []Region  // extra user regions
	Programs     []Program // environments 1, 2, ...
	// Libraries are the protected shared libraries the programs may call.
	Libraries []Library
	// PSL lists, for environment 0, the libraries it may call (as
	// Program.Libraries).
	PSL []int
	// Grafts are VINO grafts the firmware places in graft slots 0, 1, ...
	// (vino.go); LockTimeout is how many cycles a graft may hold a lock
	// under VinoLockTimeout (0: 100000).
	Grafts      []VinoGraft
	LockTimeout uint32
	// GraftKeys are the keys a graft that a program installs
	// (vino_install) may be signed with (at most VinoMaxKeys); GraftQuota
	// and GraftBudget are its heap-page quota (0: 4) and processor budget
	// in cycles (0: DefaultVinoBudget).
	GraftKeys               []ed25519.PublicKey
	GraftQuota, GraftBudget uint32
	// Disk, if set, is attached at devices.DiskBase with the machine's
	// cycle count as its clock; the kernel's driver and buffer cache serve
	// it (doc/kernel.md, "The disk and the buffer cache"). A disk serves
	// one System: it is attached once.
	Disk *devices.Disk
	// Spin are SPIN extensions the firmware places in SPIN's slots 0, 1,
	// ... (spin.go): the functions a program binds to events.
	Spin []SpinExtension
	// SpinCompilerKeys are the trusted compilers' keys (at most
	// SpinMaxKeys): an unchecked extension a program loads (spin_load) must
	// be signed with one. A checked one must be signed with one of
	// GraftKeys, as a graft is.
	SpinCompilerKeys []ed25519.PublicKey
	// SpinBudget bounds a raise, in cycles (0: DefaultSpinBudget; at least
	// SpinBudgetMin): a raise still running then ends with SpinTime.
	SpinBudget uint32
}

// Program is one environment of the boot list.
type Program struct {
	Executable *loader.Executable
	Args, Env  []string
	Regions    []Region
	// Libraries are the protected shared libraries it may call (indexes
	// into Config.Libraries): it gets a common area at PSLCommon with a
	// stub for each of their services and its service stack.
	Libraries []int
}

// Library is a protected shared library (package psl builds them from
// objects): its pages, all in its segment (library n: segment 4+n), its
// services' entry addresses and its return gate (the address of a break).
type Library struct {
	Name     string
	Regions  []Region
	Services []uint32
	Gate     uint32
}

// The common area of a library client (doc/psl.md).
const (
	// PSLCommon is the common area's address: the stubs, then the service
	// stack. Library n's service i has its stub at PSLStub(n, i).
	PSLCommon = 0x60000000
	// PSLCommonPages: a page of stubs, then the service stack.
	PSLCommonPages = 2
	// MaxLibraries and MaxServices bound what the kernel keeps.
	MaxLibraries = 2
	MaxServices  = 32
)

// PSLStub returns the address of the stub of library n's service i: li
// v0, -1-(n*256+i); syscall; jr ra; nop.
func PSLStub(n, i int) uint32 { return PSLCommon + uint32(n)*0x400 + uint32(i)*16 }

// PSLBase returns the base of library n's segment.
func PSLBase(n int) uint32 { return 0x40000000 + uint32(n)<<28 }

// System is a booted (reset) machine with the kernel and its programs in
// place.
type System struct {
	Machine *cpu.Machine
	Kernel  *Image
	Program *loader.Executable // environment 0's
	// Programs are the boot list's programs, environment 0 first.
	Programs []*loader.Executable
	Engine   cpu.Engine // cpu.DefaultEngine() after Boot; set cpu.Reference() for the reference
	// FreeStart is the first physical page the firmware left free.
	FreeStart uint32
	// Grafts are Config.Grafts as the firmware placed them, slot by slot.
	Grafts []PlacedGraft
	// Spin are Config.Spin as the firmware placed them.
	Spin []PlacedSpin
	envs int
}

// ErrBoot is wrapped by the errors of Boot about the program or the layout.
var ErrBoot = errors.New("boot")

// Boot builds the machine: boot ROM, kernel, program and boot information.
// The machine is at its reset vector; Run starts it.
func Boot(cfg Config) (*System, error) {
	k, err := Build()
	if err != nil {
		return nil, err
	}
	if cfg.Program == nil {
		return nil, fmt.Errorf("%w: no program", ErrBoot)
	}
	p := cfg.Profile
	if p == nil {
		if p, err = profile.Lookup("ideal"); err != nil {
			return nil, err
		}
	}
	ram := cfg.RAMSize
	if ram == 0 {
		ram = devices.DefaultRAMSize
	}
	if err := devices.CheckRAMSize(ram); err != nil {
		return nil, err
	}
	console := cfg.Console
	if console == nil {
		console = io.Discard
	}
	bus := devices.NewSystemBus(ram, console, cfg.Input)
	m, err := cpu.New(cpu.Config{Profile: p, Bus: bus})
	if err != nil {
		return nil, err
	}
	if cfg.Disk != nil {
		cfg.Disk.SetClock(func() uint64 { return m.Stats.Cycles })
		if err := bus.Map(devices.DiskBase, cfg.Disk); err != nil {
			return nil, fmt.Errorf("%w: disk: %v", ErrBoot, err)
		}
	}
	f := &firmware{ram: bus.RAM()}

	// Boot ROM: a0 = boot information, jump to the kernel.
	b := isa.NewBuilder()
	b.Li(isa.A0, BootInfo)
	b.Li(isa.T0, k.Entry)
	b.JrNop(isa.T0)
	code, err := b.Finish()
	if err != nil {
		return nil, err
	}
	rom, err := code.Place(cpu.ResetVector, nil)
	if err != nil {
		return nil, err
	}
	if err := bus.LoadROM(rom); err != nil {
		return nil, err
	}

	// The kernel, at its link addresses in kseg0.
	var kend uint32
	for _, s := range k.Segments {
		pa := s.Addr & 0x1fffffff
		if err := f.put(pa, s.Data); err != nil {
			return nil, fmt.Errorf("%w: kernel: %v", ErrBoot, err)
		}
		kend = max(kend, pa+s.MemSize)
	}
	// User pages follow the kernel, starting at the I-cache colour just
	// after the kernel's assembly text (its C parts, run only when a graft
	// is installed, follow it and share their colours with the programs):
	// the programs' first pages then never share I-cache lines with the
	// kernel's paths, whatever the size of the kernel's data and bss
	// (doc/kernel.md, "Physical layout").
	f.next = (kend + 0xfff) &^ 0xfff
	asmEnd, err := k.Symbol("kernel_asm_end")
	if err != nil {
		return nil, err
	}
	if ic := p.ICache; ic != nil && ic.Ways > 0 && ic.Size/ic.Ways >= 4096 {
		way := uint32(ic.Size / ic.Ways)
		colour := ((asmEnd&0x1fffffff + 0xfff) &^ 0xfff) % way
		start := f.next&^(way-1) + colour
		if start < f.next {
			start += way
		}
		f.next = start
	}

	progs := append([]Program{{Executable: cfg.Program, Args: cfg.Args, Env: cfg.Env, Regions: cfg.Regions, Libraries: cfg.PSL}}, cfg.Programs...)
	if len(progs) > MaxEnvs {
		return nil, fmt.Errorf("%w: %d programs, at most %d environments", ErrBoot, len(progs), MaxEnvs)
	}
	sp := cfg.StackPages
	if sp == 0 {
		sp = 32
	}
	if sp < 2 || sp > 0x7000 {
		return nil, fmt.Errorf("%w: %d stack pages", ErrBoot, sp)
	}
	hz := p.ClockMHz * 1e6 / float64(max(p.CountDivider, 1))
	if hz < 1 || hz > math.MaxUint32 {
		return nil, fmt.Errorf("%w: clock of %g Hz", ErrBoot, hz)
	}
	bi := make([]byte, biSpinKeys+32*SpinMaxKeys)
	le := binary.LittleEndian
	f.shared = map[string]bootRegion{}
	if err := f.libraries(bi, cfg.Libraries); err != nil {
		return nil, err
	}
	for i, pr := range progs {
		if pr.Executable == nil {
			return nil, fmt.Errorf("%w: environment %d: no program", ErrBoot, i)
		}
		rec, err := f.environment(i, pr, sp, cfg.Libraries)
		if err != nil {
			if len(progs) > 1 {
				return nil, fmt.Errorf("environment %d: %w", i, err)
			}
			return nil, err
		}
		if err := rec.put(bi[biEnvs+i*biEnvSize:]); err != nil {
			return nil, fmt.Errorf("%w: environment %d: %v", ErrBoot, i, err)
		}
	}
	if err := f.grafts(k, bi, cfg.Grafts); err != nil {
		return nil, err
	}
	spin, err := f.spinExtensions(bi, cfg.Spin)
	if err != nil {
		return nil, err
	}
	if err := spinBootInfo(bi, cfg); err != nil {
		return nil, err
	}
	lt := cfg.LockTimeout
	if lt == 0 {
		lt = 100000
	}
	le.PutUint32(bi[biLockTimeout:], lt)
	if err := putKeys(bi, biVinoNKeys, biVinoKeys, cfg.GraftKeys, VinoMaxKeys, "graft"); err != nil {
		return nil, err
	}
	quota, budget := cfg.GraftQuota, cfg.GraftBudget
	if quota == 0 {
		quota = 4
	}
	if budget == 0 {
		budget = DefaultVinoBudget
	}
	le.PutUint32(bi[biVinoQuota:], quota)
	le.PutUint32(bi[biVinoBudget:], budget)
	le.PutUint32(bi[biMagic:], biMagicValue)
	le.PutUint32(bi[biPersonality:], uint32(cfg.Personality))
	le.PutUint32(bi[biTimer:], cfg.TimerInterval)
	le.PutUint32(bi[biClockHz:], uint32(math.Round(hz)))
	le.PutUint32(bi[biNsPerTick:], uint32(math.Round(1e9/hz)))
	le.PutUint32(bi[biFreeStart:], f.next)
	le.PutUint32(bi[biFreeEnd:], ram)
	le.PutUint32(bi[biNEnvs:], uint32(len(progs)))
	le.PutUint32(bi[biSlice:], cfg.Slice)
	le.PutUint32(bi[biGrace:], cfg.Grace)
	if cfg.Disk != nil {
		le.PutUint32(bi[biDisk:], 1)
	}
	if err := f.put(BootInfo&0x1fffffff, bi); err != nil {
		return nil, err
	}
	if f.next > ram {
		return nil, fmt.Errorf("%w: the program needs more than %d MiB of RAM", ErrBoot, ram>>20)
	}
	sys := &System{Machine: m, Kernel: k, Program: cfg.Program, Engine: cpu.DefaultEngine(), FreeStart: f.next, envs: len(progs), Grafts: f.placed, Spin: spin}
	for _, pr := range progs {
		sys.Programs = append(sys.Programs, pr.Executable)
	}
	return sys, nil
}

// envRecord is one boot record (layout.inc, BE_*).
type envRecord struct {
	entry, sp, brk, brkMax uint32
	regions                []bootRegion
	pslMask, pslSP         uint32
}

func (r envRecord) put(b []byte) error {
	if len(r.regions) > MaxRegions {
		return fmt.Errorf("%d regions, at most %d", len(r.regions), MaxRegions)
	}
	le := binary.LittleEndian
	le.PutUint32(b[beEntry:], r.entry)
	le.PutUint32(b[beSP:], r.sp)
	le.PutUint32(b[beBrk:], r.brk)
	le.PutUint32(b[beBrkMax:], r.brkMax)
	le.PutUint32(b[beNRegions:], uint32(len(r.regions)))
	le.PutUint32(b[bePSLMask:], r.pslMask)
	le.PutUint32(b[bePSLSP:], r.pslSP)
	for i, g := range r.regions {
		o := beRegions + i*regionSize
		le.PutUint32(b[o:], g.va)
		le.PutUint32(b[o+4:], g.pa)
		le.PutUint32(b[o+8:], g.pages)
		le.PutUint32(b[o+12:], g.flags)
	}
	return nil
}

// environment places program i: its segments, its u-page, its stack (the
// top page wired for environment 0, with the page of its entry point) and
// its extra regions, and builds its initial stack.
func (f *firmware) environment(i int, pr Program, sp uint32, libs []Library) (envRecord, error) {
	f.regions = nil
	var rec envRecord
	if len(pr.Libraries) > 0 {
		// The common area: a stub for each service of its libraries, and
		// the service stack.
		stubs := make([]byte, 4096)
		for _, n := range pr.Libraries {
			if n < 0 || n >= len(libs) {
				return envRecord{}, fmt.Errorf("%w: library %d: there are %d", ErrBoot, n, len(libs))
			}
			rec.pslMask |= 1 << n
			for k := range libs[n].Services {
				copy(stubs[PSLStub(n, k)-PSLCommon:], PSLStubCode(n, k))
			}
		}
		pr.Regions = append(append([]Region{}, pr.Regions...), Region{VA: PSLCommon, Pages: PSLCommonPages, Write: true, Exec: true, Data: stubs})
		rec.pslSP = PSLCommon + PSLCommonPages*4096
	}
	x := pr.Executable
	var brk uint32
	for _, s := range x.Segments {
		va := s.Addr &^ 0xfff
		end := uint32((s.End() + 0xfff) &^ 0xfff)
		r := Region{VA: va, Pages: (end - va) / 4096, Write: s.Flags&elf.PF_W != 0, Exec: s.Flags&elf.PF_X != 0}
		pa, err := f.region(r)
		if err != nil {
			return envRecord{}, fmt.Errorf("%w: segment at %#x: %v", ErrBoot, s.Addr, err)
		}
		if err := f.put(pa+s.Addr-va, s.Data); err != nil {
			return envRecord{}, err
		}
		brk = max(brk, end)
	}
	wire := i == 0
	// Wire the page of the entry point: split it off its region.
	for k, r := range f.regions {
		if !wire || x.Entry < r.va || x.Entry-r.va >= r.pages*4096 || f.wired >= Wired {
			continue
		}
		off := (x.Entry &^ 0xfff) - r.va
		parts := []bootRegion{{r.va + off, r.pa + off, 1, r.flags | rfWired}}
		if off > 0 {
			parts = append(parts, bootRegion{r.va, r.pa, off / 4096, r.flags})
		}
		if rest := r.pages - off/4096 - 1; rest > 0 {
			parts = append(parts, bootRegion{r.va + off + 4096, r.pa + off + 4096, rest, r.flags})
		}
		f.regions = append(append(f.regions[:k:k], parts...), f.regions[k+1:]...)
		f.wired++
		break
	}
	// The u-page.
	if _, err := f.region(Region{VA: UPage, Pages: 1, Write: true, Exec: true, Wired: wire}); err != nil {
		return envRecord{}, err
	}
	// The stack: the top page wired.
	stackPA, err := f.region(Region{VA: StackTop - sp*4096, Pages: sp - 1, Write: true})
	if err != nil {
		return envRecord{}, err
	}
	topPA, err := f.region(Region{VA: StackTop - 4096, Pages: 1, Write: true, Wired: wire})
	if err != nil {
		return envRecord{}, err
	}
	if topPA != stackPA+(sp-1)*4096 {
		return envRecord{}, fmt.Errorf("%w: stack not contiguous", ErrBoot)
	}
	for _, r := range pr.Regions {
		if !wire {
			r.Wired = false
		}
		_, placed := f.shared[r.Share]
		pa, err := f.region(r)
		if err != nil {
			return envRecord{}, err
		}
		if placed && r.Share != "" {
			continue // the first environment's data fills shared pages
		}
		if err := f.put(pa, r.Data); err != nil {
			return envRecord{}, err
		}
	}
	usp, err := f.initialStack(pr, StackTop-sp*4096, stackPA)
	if err != nil {
		return envRecord{}, err
	}
	if err := f.checkOverlaps(); err != nil {
		return envRecord{}, err
	}
	// The break's limit: the end of its segment, or the first region above
	// it (the stack, say), whichever is lower.
	brkMax := uint32(min(uint64(brk&0xf0000000)+0x10000000, 0x80000000))
	for _, r := range f.regions {
		if r.va >= brk && r.va < brkMax {
			brkMax = r.va
		}
	}
	rec.entry, rec.sp, rec.brk, rec.brkMax, rec.regions = x.Entry, usp, brk, brkMax, f.regions
	return rec, nil
}

// PSLStubCode returns the code of library n's service k's stub, which the
// firmware writes into every client's common area: li v0, -1-(n*256+k);
// syscall; jr ra; nop.
func PSLStubCode(n, k int) []byte {
	b := isa.NewBuilder()
	b.Emit(isa.Inst{Op: isa.ADDIU, Rt: isa.V0, Rs: isa.Zero, Imm: int32(-1 - (n*256 + k))})
	b.Emit(isa.Inst{Op: isa.SYSCALL})
	b.JrNop(isa.RA)
	code, err := b.Finish()
	if err != nil {
		panic(err) // four fixed instructions
	}
	out, err := code.Place(PSLStub(n, k), nil)
	if err != nil {
		panic(err)
	}
	return out
}

// libraries places the protected shared libraries' pages and writes their
// records (layout.inc, BL_*).
func (f *firmware) libraries(bi []byte, libs []Library) error {
	if len(libs) > MaxLibraries {
		return fmt.Errorf("%w: %d protected shared libraries, at most %d", ErrBoot, len(libs), MaxLibraries)
	}
	le := binary.LittleEndian
	le.PutUint32(bi[biNLibs:], uint32(len(libs)))
	for n, l := range libs {
		rec := bi[biLibs+n*biLibSize : biLibs+(n+1)*biLibSize]
		base := PSLBase(n)
		if len(l.Services) == 0 || len(l.Services) > MaxServices {
			return fmt.Errorf("%w: library %s: %d services, want 1 to %d", ErrBoot, l.Name, len(l.Services), MaxServices)
		}
		if len(l.Regions) > maxLibRegions {
			return fmt.Errorf("%w: library %s: %d regions, at most %d", ErrBoot, l.Name, len(l.Regions), maxLibRegions)
		}
		inSeg := func(a uint32) bool { return a>>28 == base>>28 }
		if !inSeg(l.Gate) {
			return fmt.Errorf("%w: library %s: gate %#x outside its segment %#x", ErrBoot, l.Name, l.Gate, base)
		}
		le.PutUint32(rec[blGate:], l.Gate)
		le.PutUint32(rec[blNServ:], uint32(len(l.Services)))
		for i, a := range l.Services {
			if !inSeg(a) || a%4 != 0 {
				return fmt.Errorf("%w: library %s: service %d at %#x outside its segment", ErrBoot, l.Name, i, a)
			}
			le.PutUint32(rec[blServ+4*i:], a)
		}
		le.PutUint32(rec[blNRegions:], uint32(len(l.Regions)))
		f.regions = nil
		for i, r := range l.Regions {
			end := uint64(r.VA) + uint64(r.Pages)*4096
			if !inSeg(r.VA) || end > uint64(base)+0x10000000 {
				return fmt.Errorf("%w: library %s: region %#x outside its segment", ErrBoot, l.Name, r.VA)
			}
			r.Wired = false
			pa, err := f.region(r)
			if err != nil {
				return err
			}
			if err := f.put(pa, r.Data); err != nil {
				return err
			}
			g := f.regions[len(f.regions)-1]
			o := blRegions + i*regionSize
			le.PutUint32(rec[o:], g.va)
			le.PutUint32(rec[o+4:], g.pa)
			le.PutUint32(rec[o+8:], g.pages)
			le.PutUint32(rec[o+12:], g.flags)
		}
		f.regions = nil
	}
	return nil
}

// Run runs the system until the guest powers off, a limit or ctx ends it.
// The status is the power-off register's when the Stop is StopHalted.
func (s *System) Run(ctx context.Context, lim cpu.Limits) (cpu.Stop, error) {
	return s.Engine.Run(ctx, s.Machine, lim)
}

type bootRegion struct {
	va, pa, pages, flags uint32
}

// firmware lays out physical memory.
type firmware struct {
	ram     []byte
	next    uint32       // next free physical page
	regions []bootRegion // the environment being placed
	wired   int
	shared  map[string]bootRegion // by Region.Share: the pages and their size
	placed  []PlacedGraft
}

func (f *firmware) put(pa uint32, data []byte) error {
	if uint64(pa)+uint64(len(data)) > uint64(len(f.ram)) {
		return fmt.Errorf("%d bytes at physical %#x: beyond RAM (%d MiB)", len(data), pa, len(f.ram)>>20)
	}
	copy(f.ram[pa:], data)
	return nil
}

// region allocates physical pages for r and records it.
func (f *firmware) region(r Region) (uint32, error) {
	if r.VA&0xfff != 0 || r.Pages == 0 {
		return 0, fmt.Errorf("%w: region at %#x: want a page-aligned address and pages", ErrBoot, r.VA)
	}
	end := uint64(r.VA) + uint64(r.Pages)*4096
	if end > 0x80000000 || r.VA>>28 != uint32((end-1)>>28) {
		return 0, fmt.Errorf("%w: region %#x-%#x: must lie in one user segment", ErrBoot, r.VA, end)
	}
	if r.VA < UPage || (r.VA < UPage+4096 && r.VA != UPage) {
		return 0, fmt.Errorf("%w: region at %#x: below or over the u-page", ErrBoot, r.VA)
	}
	if uint64(len(r.Data)) > uint64(r.Pages)*4096 {
		return 0, fmt.Errorf("%w: region at %#x: %d bytes of data in %d pages", ErrBoot, r.VA, len(r.Data), r.Pages)
	}
	pa := f.next
	if sh, ok := f.shared[r.Share]; ok && r.Share != "" {
		if sh.pages != r.Pages {
			return 0, fmt.Errorf("%w: region at %#x: shared %q has %d pages, not %d", ErrBoot, r.VA, r.Share, sh.pages, r.Pages)
		}
		pa = sh.pa
		r.Data = nil
	} else {
		if uint64(pa)+uint64(r.Pages)*4096 > uint64(len(f.ram)) {
			return 0, fmt.Errorf("%w: out of RAM placing the region at %#x (%d pages)", ErrBoot, r.VA, r.Pages)
		}
		f.next += r.Pages * 4096
		if r.Share != "" {
			f.shared[r.Share] = bootRegion{pa: pa, pages: r.Pages}
		}
	}
	var fl uint32
	if r.Write {
		fl |= rfWrite
	}
	if r.Exec {
		fl |= rfExec
	}
	if r.Wired {
		if f.wired+int(r.Pages) > Wired {
			return 0, fmt.Errorf("%w: more than %d wired pages", ErrBoot, Wired)
		}
		f.wired += int(r.Pages)
		fl |= rfWired
	}
	f.regions = append(f.regions, bootRegion{r.VA, pa, r.Pages, fl})
	return pa, nil
}

func (f *firmware) checkOverlaps() error {
	for i, a := range f.regions {
		for _, b := range f.regions[i+1:] {
			if a.va < b.va+b.pages*4096 && b.va < a.va+a.pages*4096 {
				return fmt.Errorf("%w: regions at %#x and %#x overlap", ErrBoot, a.va, b.va)
			}
		}
	}
	return nil
}

// initialStack writes argc, argv, envp and the auxiliary vector below the
// strings, as Linux's create_elf_tables does, and returns sp.
func (f *firmware) initialStack(cfg Program, base, basePA uint32) (uint32, error) {
	top := uint32(StackTop)
	args := cfg.Args
	if len(args) == 0 {
		args = []string{"prog"}
	}
	var size int
	for _, s := range append(append([]string{}, args...), cfg.Env...) {
		if strings.IndexByte(s, 0) >= 0 {
			return 0, fmt.Errorf("%w: argument or environment string holds a NUL", ErrBoot)
		}
		size += len(s) + 1
	}
	need := uint32(size) + uint32(4*(len(args)+len(cfg.Env)+3+2*8)) + 64
	if need > top-base-4096 {
		return 0, fmt.Errorf("%w: arguments and environment need %d bytes of stack", ErrBoot, need)
	}
	write := func(va uint32, b []byte) { copy(f.ram[basePA+va-base:], b) }
	p := top - 4
	strAt := func(s string) uint32 {
		p -= uint32(len(s) + 1)
		write(p, append([]byte(s), 0))
		return p
	}
	// Environment then arguments, so argv[0]'s string is lowest.
	envp := make([]uint32, len(cfg.Env))
	for i := len(cfg.Env) - 1; i >= 0; i-- {
		envp[i] = strAt(cfg.Env[i])
	}
	argv := make([]uint32, len(args))
	for i := len(args) - 1; i >= 0; i-- {
		argv[i] = strAt(args[i])
	}
	p &^= 15
	p -= 16
	random := p
	write(random, []byte("graftlab-random!"))
	x := cfg.Executable
	words := []uint32{uint32(len(args))}
	words = append(words, argv...)
	words = append(words, 0)
	words = append(words, envp...)
	words = append(words, 0)
	words = append(words,
		6, 4096, // AT_PAGESZ
		3, x.PhdrAddr, // AT_PHDR
		4, 32, // AT_PHENT
		5, uint32(x.PhdrCount), // AT_PHNUM
		9, x.Entry, // AT_ENTRY
		25, random, // AT_RANDOM
		0, 0) // AT_NULL
	sp := (p - uint32(4*len(words))) &^ 15
	buf := make([]byte, 4*len(words))
	for i, w := range words {
		binary.LittleEndian.PutUint32(buf[4*i:], w)
	}
	write(sp, buf)
	return sp, nil
}

// Crash is the record the kernel leaves when it kills the environment.
type Crash struct {
	Signal   int
	EPC      uint32
	Cause    uint32
	BadVAddr uint32
}

// Code returns the exception code of the crash.
func (c Crash) Code() isa.ExcCode { return isa.ExcCode(c.Cause >> 2 & 0x1f) }

func (c Crash) String() string {
	return fmt.Sprintf("killed by signal %d (%v exception) at pc %#08x, badvaddr %#08x", c.Signal, c.Code(), c.EPC, c.BadVAddr)
}

// Crash returns environment 0's crash record, if the kernel killed it.
func (s *System) Crash() (Crash, bool) {
	e := s.Exit(0)
	return e.Crash, e.Crash.Signal != 0
}

// EnvExit is what the kernel reports about one environment of the boot
// list.
type EnvExit struct {
	Exited bool // it ended (exit, or killed)
	Status int  // its exit status (128+signal when killed)
	Crash  Crash
}

// Exit returns the kernel's record of environment i.
func (s *System) Exit(i int) EnvExit {
	ram := s.Machine.Bus.RAM()
	base := BootInfo&0x1fffffff + biEnvs + uint32(i)*biEnvSize
	at := func(off uint32) uint32 { return binary.LittleEndian.Uint32(ram[base+off:]) }
	c := Crash{Signal: int(at(beCrashSig)), EPC: at(beCrashEPC), Cause: at(beCrashCause), BadVAddr: at(beCrashBadVAddr)}
	return EnvExit{Exited: at(beExited) != 0, Status: int(at(beStatus)), Crash: c}
}

// Exits returns the records of every environment of the boot list.
func (s *System) Exits() []EnvExit {
	out := make([]EnvExit, s.envs)
	for i := range out {
		out[i] = s.Exit(i)
	}
	return out
}

// putKeys writes keys into the boot information: their number at nOff, their
// 32 bytes each from off; at most limit of them.
func putKeys(bi []byte, nOff, off int, keys []ed25519.PublicKey, limit int, what string) error {
	if len(keys) > limit {
		return fmt.Errorf("%w: %d %s keys, at most %d", ErrBoot, len(keys), what, limit)
	}
	binary.LittleEndian.PutUint32(bi[nOff:], uint32(len(keys)))
	for i, k := range keys {
		if len(k) != ed25519.PublicKeySize {
			return fmt.Errorf("%w: %s key %d: %d bytes, want %d", ErrBoot, what, i, len(k), ed25519.PublicKeySize)
		}
		copy(bi[off+32*i:], k)
	}
	return nil
}
