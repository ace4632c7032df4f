// Package profile holds machine profiles: the fixed hardware costs from
// which graftlab counts cycles.
//
// Everything that takes time in graftlab is either guest code or a cost
// read from a Profile: cycles per instruction class, multiply and divide
// latencies, cache geometry and miss penalties, the write buffer, uncached
// accesses, exception entry and return, segment-register writes, and the
// fixed costs of the host-served system calls and TLB refills of user mode,
// and the seek, rotation and transfer times of the disk of system mode.
// The cycle count of a run is therefore a pure function of the program, its
// input and the profile.
//
// Profiles are JSON documents. Two are embedded: "dec5000", an R3000A-class
// DECstation 5000/125 at 25 MHz, and "ideal", one cycle per instruction
// with no caches and no extra costs. Users may write their own and load them
// with Load. Decoding is strict: an unknown field, a duplicate field, a
// missing field or a missing instruction class is an error that names the
// file and the field, so a typo never silently prices something at zero.
// Only the description, the ISA level, the FPU, the caches and the disk
// (absent means none) and the write fields of an instruction cache may be
// left out.
// doc/machine.md ("Profiles") describes every field and gives the sources
// of the dec5000 figures.
package profile

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"sort"
	"strings"

	"graftlab/isa"
)

// CacheConfig describes one cache. Caches are indexed and tagged with
// physical addresses.
type CacheConfig struct {
	Size     int // bytes
	LineSize int // bytes fetched by one refill and covered by one tag
	Ways     int // associativity; 1 is direct-mapped

	// MissPenalty is the number of cycles a read miss adds (the refill).
	MissPenalty int

	// WriteThrough marks a data cache that writes every store through to
	// memory via a write buffer, as the R3000 does. Data caches must be
	// write-through; instruction caches are never written and leave this
	// and the other write fields zero.
	WriteThrough bool

	// WriteBufferDepth is the number of stores the write buffer holds.
	WriteBufferDepth int

	// WriteCycles is the time memory takes to retire one buffered store:
	// each store retires WriteCycles after the previous one retired (or
	// after it entered an empty buffer).
	WriteCycles int

	// PartialWriteCycles is the extra time of a byte, halfword or
	// three-byte store that hits: the cache reads the word, merges the new
	// bytes and writes it back.
	PartialWriteCycles int
}

// ISA levels a profile may name.
const (
	ISAMIPS32R1 = "mips32r1" // MIPS32 Release 1: Release 2 instructions raise Reserved Instruction
	ISAMIPS32R2 = "mips32r2" // MIPS32 Release 2
)

// FPUConfig describes the floating-point unit (coprocessor 1).
type FPUConfig struct {
	// FIR is the value of the FPU Implementation Register (FCR0).
	FIR uint32
	// F64 marks a 64-bit FPU: Status.FR is writable and selects the FR=1
	// model of 32 64-bit registers; the instructions that need it (the
	// .l conversions, recip.d, rsqrt.d, luxc1, suxc1) run only then. A
	// 32-bit FPU always has FR=0: 32 32-bit registers, doubles in pairs.
	F64 bool

	// Result latencies: the cycles from an instruction's issue until its
	// result can be read; an FPU instruction (or mfc1, a branch on a
	// condition code, ...) issued earlier waits for the rest. A latency
	// of 1 or less never stalls.
	MoveLatency  int // fpmove: mov, abs, neg, the conditional moves, mtc1, ctc1
	AddLatency   int // fpadd: add, sub, conversions and roundings
	CmpLatency   int // fpcmp: c.cond.fmt, until bc1t/bc1f/movf/movt read the condition
	MulLatencyS  int // mul.s; madd.s and the others add AddLatency
	MulLatencyD  int // mul.d; madd.d and the others add AddLatency
	DivLatencyS  int // div.s, recip.s
	DivLatencyD  int // div.d, recip.d
	SqrtLatencyS int // sqrt.s, rsqrt.s
	SqrtLatencyD int // sqrt.d, rsqrt.d
}

// DiskConfig is the timing of the disk of system mode (devices.Disk), in
// microseconds that the disk converts to cycles at the profile's clock. A
// command takes OverheadMicros, then a seek, then half a revolution, then
// TransferMicros for each sector; doc/machine.md ("Disk") gives the model.
type DiskConfig struct {
	// SectorsPerCylinder is the number of 512-byte sectors the heads reach
	// without a seek; sector n lies on cylinder n / SectorsPerCylinder.
	SectorsPerCylinder int
	// Cylinders is the number of arm positions. Sectors beyond the last
	// cylinder are taken to lie on it.
	Cylinders int

	OverheadMicros int // the controller's fixed cost of every command
	SeekMinMicros  int // a seek of one cylinder
	SeekMaxMicros  int // a seek across all of them (Cylinders - 1)
	RotationMicros int // one revolution; every command waits half of one
	TransferMicros int // one sector passing under the head
}

// Profile is a machine profile.
type Profile struct {
	Name        string
	Description string

	// ClockMHz converts cycles to microseconds.
	ClockMHz float64

	// ISA is the instruction-set level: ISAMIPS32R1 or ISAMIPS32R2.
	ISA string
	// FPU is nil when the machine has no floating-point unit: FPU
	// instructions then raise Coprocessor Unusable.
	FPU *FPUConfig

	// ClassCycles is the issue cost of each instruction class (isa.Class).
	ClassCycles [isa.NumClasses]int

	// MulLatency and DivLatency count the cycles from the issue of a
	// multiply or divide until HI/LO (or the rd of mul) hold its result;
	// an instruction that reads the result earlier waits for the rest.
	MulLatency int
	DivLatency int

	// ICache and DCache are nil when the machine has no such cache.
	ICache *CacheConfig
	DCache *CacheConfig

	// UncachedAccess is the extra time of an uncached fetch, load or
	// store (kseg1, or a TLB entry with C = 2), or of any access when the
	// machine has no cache on that side.
	UncachedAccess int

	ExceptionEntry int // extra cycles to take an exception
	Eret           int // extra cycles of eret
	SegmentWrite   int // extra cycles of mtsr and mtsrin

	TLBEntries int // TLB size, 1 to 64

	// UserSyscall and UserTLBRefill are the fixed costs, in user mode, of a
	// system call served by the host and of a TLB refill done by the host.
	UserSyscall   int
	UserTLBRefill int

	// CountDivider: CP0 Count increments once every CountDivider cycles.
	CountDivider int

	// Disk is the timing of the disk; nil when the profile has none, and
	// then a disk cannot be attached (devices.DiskTimingFor).
	Disk *DiskConfig
}

// R2 reports whether the profile implements MIPS32 Release 2.
func (p *Profile) R2() bool { return p.ISA == ISAMIPS32R2 }

// Micros converts a cycle count to microseconds at the profile's clock.
func (p *Profile) Micros(cycles uint64) float64 {
	return float64(cycles) / p.ClockMHz
}

// Clone returns a deep copy of p.
func (p *Profile) Clone() *Profile {
	q := *p
	if p.ICache != nil {
		c := *p.ICache
		q.ICache = &c
	}
	if p.DCache != nil {
		c := *p.DCache
		q.DCache = &c
	}
	if p.FPU != nil {
		f := *p.FPU
		q.FPU = &f
	}
	if p.Disk != nil {
		d := *p.Disk
		q.Disk = &d
	}
	return &q
}

//go:embed profiles/*.json
var embedded embed.FS

// ErrUnknown is returned (wrapped) by Lookup for a name that is not an
// embedded profile.
var ErrUnknown = errors.New("unknown profile")

// Names lists the embedded profiles, sorted.
func Names() []string {
	entries, err := fs.ReadDir(embedded, "profiles")
	if err != nil {
		panic(err) // the embedded directory is part of the binary
	}
	var names []string
	for _, e := range entries {
		names = append(names, strings.TrimSuffix(e.Name(), ".json"))
	}
	sort.Strings(names)
	return names
}

// Lookup returns a fresh copy of the embedded profile with the given name.
func Lookup(name string) (*Profile, error) {
	if name == "" || strings.ContainsAny(name, "/\\.") {
		return nil, fmt.Errorf("profile %q: %w (embedded: %s)", name, ErrUnknown, strings.Join(Names(), ", "))
	}
	data, err := embedded.ReadFile("profiles/" + name + ".json")
	if err != nil {
		return nil, fmt.Errorf("profile %q: %w (embedded: %s)", name, ErrUnknown, strings.Join(Names(), ", "))
	}
	return Parse(data, name)
}

// Load reads a profile from a JSON file. A name without a slash or a dot
// that is an embedded profile's name selects that profile instead (write
// ./dec5000 for a file of that name).
func Load(file string) (*Profile, error) {
	if !strings.ContainsAny(file, "/\\.") {
		if p, err := Lookup(file); err == nil {
			return p, nil
		}
	}
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, fmt.Errorf("profile %s: %w", file, err)
	}
	return Parse(data, file)
}
