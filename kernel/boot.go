package kernel

import (
	"context"
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
	Wired bool // its translations go into the wired TLB entries (at most Wired in all)
	Data  []byte
}

// Config describes a system-mode machine.
type Config struct {
	Profile     *profile.Profile // nil: ideal
	Program     *loader.Executable
	Args, Env   []string // argv (Args[0] is the program name) and envp
	Personality Personality
	// TimerInterval is the timer period in Count ticks; 0: no timer.
	TimerInterval uint32
	Console       io.Writer // the UART's output; nil discards it
	Input         io.Reader // the UART's input; nil: none
	RAMSize       uint32    // default 64 MiB
	StackPages    uint32    // user stack, default 32 (128 KiB)
	Regions       []Region  // extra user regions
}

// System is a booted (reset) machine with the kernel and a program in place.
type System struct {
	Machine *cpu.Machine
	Kernel  *Image
	Program *loader.Executable
	Engine  cpu.Engine // cpu.Fast after Boot; set cpu.Interp{} for the reference
	// FreeStart is the first physical page the firmware left free.
	FreeStart uint32
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
	// User pages follow the kernel page by page. (Aligning them to 64 KiB
	// would make every program's first text page alias the kernel's text
	// in a 64 KiB direct-mapped I-cache: doc/kernel.md, "Physical layout".)
	f.next = (kend + 0xfff) &^ 0xfff

	// The program's segments.
	var brk uint32
	for _, s := range cfg.Program.Segments {
		va := s.Addr &^ 0xfff
		end := uint32((s.End() + 0xfff) &^ 0xfff)
		r := Region{VA: va, Pages: (end - va) / 4096, Write: s.Flags&elf.PF_W != 0, Exec: s.Flags&elf.PF_X != 0}
		pa, err := f.region(r)
		if err != nil {
			return nil, fmt.Errorf("%w: segment at %#x: %v", ErrBoot, s.Addr, err)
		}
		if err := f.put(pa+s.Addr-va, s.Data); err != nil {
			return nil, err
		}
		brk = max(brk, end)
	}
	// Wire the page of the entry point: split it off its region.
	for i, r := range f.regions {
		if cfg.Program.Entry < r.va || cfg.Program.Entry-r.va >= r.pages*4096 || f.wired >= Wired {
			continue
		}
		off := (cfg.Program.Entry &^ 0xfff) - r.va
		parts := []bootRegion{{r.va + off, r.pa + off, 1, r.flags | rfWired}}
		if off > 0 {
			parts = append(parts, bootRegion{r.va, r.pa, off / 4096, r.flags})
		}
		if rest := r.pages - off/4096 - 1; rest > 0 {
			parts = append(parts, bootRegion{r.va + off + 4096, r.pa + off + 4096, rest, r.flags})
		}
		f.regions = append(append(f.regions[:i:i], parts...), f.regions[i+1:]...)
		f.wired++
		break
	}

	// The u-page.
	if _, err := f.region(Region{VA: UPage, Pages: 1, Write: true, Exec: true, Wired: true}); err != nil {
		return nil, err
	}
	// The stack: the top page wired.
	sp := cfg.StackPages
	if sp == 0 {
		sp = 32
	}
	if sp < 2 || sp > 0x7000 {
		return nil, fmt.Errorf("%w: %d stack pages", ErrBoot, sp)
	}
	stackPA, err := f.region(Region{VA: StackTop - sp*4096, Pages: sp - 1, Write: true})
	if err != nil {
		return nil, err
	}
	topPA, err := f.region(Region{VA: StackTop - 4096, Pages: 1, Write: true, Wired: true})
	if err != nil {
		return nil, err
	}
	if topPA != stackPA+(sp-1)*4096 {
		return nil, fmt.Errorf("%w: stack not contiguous", ErrBoot)
	}
	for _, r := range cfg.Regions {
		pa, err := f.region(r)
		if err != nil {
			return nil, err
		}
		if err := f.put(pa, r.Data); err != nil {
			return nil, err
		}
	}
	usp, err := f.initialStack(cfg, StackTop-sp*4096, stackPA)
	if err != nil {
		return nil, err
	}
	if err := f.checkOverlaps(); err != nil {
		return nil, err
	}

	// The boot-information block.
	hz := p.ClockMHz * 1e6 / float64(max(p.CountDivider, 1))
	if hz < 1 || hz > math.MaxUint32 {
		return nil, fmt.Errorf("%w: clock of %g Hz", ErrBoot, hz)
	}
	// The break's limit: the end of its segment, or the first region above
	// it (the stack, say), whichever is lower.
	brkMax := uint32(min(uint64(brk&0xf0000000)+0x10000000, 0x80000000))
	for _, r := range f.regions {
		if r.va >= brk && r.va < brkMax {
			brkMax = r.va
		}
	}
	bi := make([]byte, biBrkMax+4)
	le := binary.LittleEndian
	le.PutUint32(bi[biMagic:], biMagicValue)
	le.PutUint32(bi[biEntry:], cfg.Program.Entry)
	le.PutUint32(bi[biSP:], usp)
	le.PutUint32(bi[biPersonality:], uint32(cfg.Personality))
	le.PutUint32(bi[biTimer:], cfg.TimerInterval)
	le.PutUint32(bi[biClockHz:], uint32(math.Round(hz)))
	le.PutUint32(bi[biNsPerTick:], uint32(math.Round(1e9/hz)))
	le.PutUint32(bi[biBrk:], brk)
	le.PutUint32(bi[biBrkMax:], brkMax)
	le.PutUint32(bi[biFreeStart:], f.next)
	le.PutUint32(bi[biFreeEnd:], ram)
	if len(f.regions) > MaxRegions {
		return nil, fmt.Errorf("%w: %d regions, at most %d", ErrBoot, len(f.regions), MaxRegions)
	}
	le.PutUint32(bi[biNRegions:], uint32(len(f.regions)))
	for i, r := range f.regions {
		o := biRegions + i*regionSize
		le.PutUint32(bi[o:], r.va)
		le.PutUint32(bi[o+4:], r.pa)
		le.PutUint32(bi[o+8:], r.pages)
		le.PutUint32(bi[o+12:], r.flags)
	}
	if err := f.put(BootInfo&0x1fffffff, bi); err != nil {
		return nil, err
	}
	if f.next > ram {
		return nil, fmt.Errorf("%w: the program needs more than %d MiB of RAM", ErrBoot, ram>>20)
	}
	return &System{Machine: m, Kernel: k, Program: cfg.Program, Engine: cpu.Fast{}, FreeStart: f.next}, nil
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
	next    uint32 // next free physical page
	regions []bootRegion
	wired   int
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
	if uint64(pa)+uint64(r.Pages)*4096 > uint64(len(f.ram)) {
		return 0, fmt.Errorf("%w: out of RAM placing the region at %#x (%d pages)", ErrBoot, r.VA, r.Pages)
	}
	f.next += r.Pages * 4096
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
func (f *firmware) initialStack(cfg Config, base, basePA uint32) (uint32, error) {
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
	x := cfg.Program
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

// Crash returns the kernel's crash record, if it killed the environment.
func (s *System) Crash() (Crash, bool) {
	ram := s.Machine.Bus.RAM()
	at := func(off uint32) uint32 {
		return binary.LittleEndian.Uint32(ram[BootInfo&0x1fffffff+off:])
	}
	c := Crash{Signal: int(at(biCrashSig)), EPC: at(biCrashEPC), Cause: at(biCrashCause), BadVAddr: at(biCrashBadVAddr)}
	return c, c.Signal != 0
}
