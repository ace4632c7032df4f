package kernel

import (
	"crypto/ed25519"
	"encoding/binary"
	"fmt"
	"reflect"
	"sort"

	"graftlab/misfit/verify"
)

// VINO: grafts hosted in the running kernel (src/vino.s, doc/vino.md).
//
// The kernel maps grafts into kernel space through segment register 12
// (VinoBase, VSID VinoVSID, closed to user mode). Slot i has its code at
// VinoSlot(i) and its data region at VinoSlot(i)+VinoDataOff, with nothing
// mapped around them: the region's neighbours are guard pages well beyond
// MiSFIT's 32 KiB offset range. Every invocation is a transaction: the
// accessors (VinoExports) log undo operations and take locks through it, a
// fault or an exhausted budget, lock time-out or quota aborts it and undoes
// its effects, and the graft's return commits it.
//
// Config.Grafts are placed by the firmware at boot, as the firmware places
// programs: linked here (misfit/verify.Load, which verifies what runs) into
// their slots, and described in boot graft records (BG_* in layout.inc).

// Graft space (layout.inc).
const (
	VinoBase          = 0xc0000000
	VinoVSID          = 1
	VinoSlots         = 8
	VinoCodeMax       = 0x40000
	VinoDataOff       = 0x80000
	VinoRegionMax     = 0x20000
	VinoRegionMin     = 0x4000
	VinoIOPage        = 8192 // the I/O page and the stack page, at the region's top
	VinoErrno         = 200  // conventional vino_call: errno VinoErrno + status
	VinoPanic         = 254  // exit status of a fault in a graft without transactions
	DefaultVinoBudget = 1_000_000
	DefaultVinoRegion = 0x10000

	SysVinoCall = 4293 // conventional vino_call
	ExoVinoCall = 22

	biNGrafts    = 56
	biVinoQuota  = 64
	biVinoBudget = 68
	biVinoNKeys  = 72
	biVinoKeys   = 0x9a00
	// VinoVars is the number of policy variables of each owner
	// (vino_get, vino_set).
	VinoVars = 8
	// VinoMaxKeys bounds Config.GraftKeys.
	VinoMaxKeys = 4
	// SysVinoInstall and SysVinoRemove: a program installs a signed graft,
	// and removes it (conventional calls).
	SysVinoInstall = 4295
	SysVinoRemove  = 4296
	biLockTimeout  = 60
	biGrafts       = 0x9800
	bgSize         = 64
)

// VinoSlot returns the base of graft slot i: its code's address.
func VinoSlot(i int) uint32 { return VinoBase + uint32(i)<<20 }

// GraftPoint is a replaceable kernel method a graft is attached to.
type GraftPoint uint32

const (
	// PointCall: invoked by the vino_call system call, for the graft's
	// owner: a method of an object of its own.
	PointCall GraftPoint = 0
	// PointSched: the scheduler's choice of the next environment.
	PointSched GraftPoint = 1
	// PointEncrypt: the encryption of a stream.
	PointEncrypt GraftPoint = 2
	// PointReadAhead: the buffer cache's choice of the block to read
	// ahead (src/bcache.s). The cache is the system's, so the graft must
	// be environment 0's.
	PointReadAhead GraftPoint = 3
	// PointEvict: the pager's choice of the page to evict from a paged
	// region (src/pager.s). Memory is the system's, so the graft must be
	// environment 0's.
	PointEvict GraftPoint = 4
)

// VinoFlags choose the protections a graft runs under.
type VinoFlags uint32

const (
	// VinoUndo: an abort undoes the transaction's effects; without it a
	// fault in the graft stops the machine, as in a kernel without VINO.
	VinoUndo VinoFlags = 1
	// VinoBudget: each invocation has a processor budget.
	VinoBudget VinoFlags = 2
	// VinoQuota: heap pages are charged against a quota.
	VinoQuota VinoFlags = 4
	// VinoLockTimeout: a lock held past the time-out aborts its holder.
	VinoLockTimeout VinoFlags = 8
	// VinoAll is VINO's configuration: all of them.
	VinoAll = VinoUndo | VinoBudget | VinoQuota | VinoLockTimeout
)

// Invocation status (VS_* in layout.inc): why an invocation did not commit.
const (
	VinoOK            = 0 // committed
	VinoCheck         = 1 // aborted: a MiSFIT check failed
	VinoFault         = 2 // aborted: an exception in the graft
	VinoTime          = 3 // aborted: out of processor budget
	VinoLock          = 4 // aborted: a lock held past its time-out
	VinoQuotaExceeded = 5 // aborted: a quota exceeded
	VinoBusy          = 6 // not run: no such graft for the caller, or it is running
	VinoDepth         = 7 // not run: transactions nested too deep
)

// VinoExports are the accessors a VINO graft may call (src/vino.s);
// misfit_return and misfit_fault are linked to the kernel's vino_return
// and vino_check besides.
var VinoExports = []string{"vino_alloc", "vino_env_state", "vino_get", "vino_lock", "vino_nested", "vino_set", "vino_time"}

// VinoStubs is the stub page: kernel space in the grafts' 256 MiB region,
// where entry i jumps to the kernel function VinoStubNames[i] (a j or jal
// from graft space cannot reach kseg0). A graft is linked against these
// addresses.
const VinoStubs = 0xcf000000

// VinoStubNames are the stub page's entries, in order: the return and
// check-failure targets, then VinoExports.
var VinoStubNames = append([]string{"misfit_return", "misfit_fault"}, VinoExports...)

// VinoGraft is a graft the firmware places at boot.
type VinoGraft struct {
	// Object is a MiSFIT-rewritten, signed ELF32 relocatable.
	Object []byte
	Name   string // for messages
	// Keys are the kernel's trusted signing keys; AllowUnsigned and
	// Unverified as GraftConfig's (Unverified: an unprotected graft).
	Keys          []ed25519.PublicKey
	AllowUnsigned bool
	Unverified    bool
	Entry         string
	Point         GraftPoint
	// Owner is the index of the environment that owns it.
	Owner int
	// RegionSize: a power of two from VinoRegionMin to VinoRegionMax; 0:
	// DefaultVinoRegion.
	RegionSize uint32
	// Quota is the heap pages it may hold (VinoQuota); Budget the cycles
	// an invocation may run (VinoBudget; 0: DefaultVinoBudget).
	Quota  uint32
	Budget uint32
	Flags  VinoFlags
	// Shared is written at the region's base before the graft's sections,
	// which are placed from the base too (a nonzero shared byte under one
	// of them is an error): a key, a table. It must end below the I/O page.
	Shared []byte
}

// vinoPlaced is what the firmware learnt placing a graft.
type vinoPlaced struct {
	img        *verify.Image
	entry      uint32
	regionSize uint32
}

// PlacedGraft is where the firmware put a VINO graft.
type PlacedGraft struct {
	Entry          uint32            // its entry
	CodeLo, CodeHi uint32            // its code
	Base, Size     uint32            // its data region
	Symbols        map[string]uint32 // its defined symbols, placed
}

// placedPages are the physical pages the firmware gave a graft's or an
// extension's image: its code, its sections (and shared data), and the
// pages at its region's top.
type placedPages struct{ codePA, codePages, lowPA, lowPages, topPA uint32 }

// placeImage puts img, linked for the slot at slot with its data region at
// base (size bytes), into fresh physical pages: the code; the shared data
// at the region's base with the sections over it (a nonzero shared byte
// under a section is an error); then top bytes for the region's top pages.
// what names the image in messages.
func (f *firmware) placeImage(img *verify.Image, slot, base, size uint32, shared []byte, top uint32, what string) (placedPages, error) {
	var pp placedPages
	pp.codePA = f.next
	pp.codePages = max((uint32(len(img.Code))+0xfff)>>12, 1)
	if err := f.put(pp.codePA+img.CodeBase-slot, img.Code); err != nil {
		return pp, err
	}
	f.next += pp.codePages << 12
	if uint64(len(shared)) > uint64(size-top) {
		return pp, fmt.Errorf("%d bytes of shared data in a %d-byte region", len(shared), size)
	}
	for a := base; a < img.DataEnd && int(a-base) < len(shared); a++ {
		if shared[a-base] != 0 {
			return pp, fmt.Errorf("shared data at offset %#x overlaps the %s's sections (up to %#x)", a-base, what, img.DataEnd-base)
		}
	}
	pp.lowPA = f.next
	pp.lowPages = (max(img.DataEnd-base, uint32(len(shared))) + 0xfff) >> 12
	if err := f.put(pp.lowPA, shared); err != nil {
		return pp, err
	}
	for _, c := range img.Data {
		if err := f.put(pp.lowPA+c.Addr-base, c.Data); err != nil {
			return pp, err
		}
	}
	f.next += pp.lowPages << 12
	pp.topPA = f.next
	f.next += top
	if uint64(f.next) > uint64(len(f.ram)) {
		return pp, fmt.Errorf("out of RAM")
	}
	return pp, nil
}

// grafts places cfg.Grafts and writes their boot records into bi.
func (f *firmware) grafts(k *Image, bi []byte, gs []VinoGraft) error {
	if len(gs) > VinoSlots {
		return fmt.Errorf("%w: %d grafts, at most %d", ErrBoot, len(gs), VinoSlots)
	}
	le := binary.LittleEndian
	le.PutUint32(bi[biNGrafts:], uint32(len(gs)))
	kern := map[string]uint32{}
	for i, e := range VinoStubNames {
		kern[e] = VinoStubs + 16*uint32(i)
	}
	var err error
	exports := append([]string{}, VinoExports...)
	sort.Strings(exports)
	for i, g := range gs {
		name := g.Name
		if name == "" {
			name = fmt.Sprintf("graft %d", i)
		}
		fail := func(format string, a ...any) error {
			return fmt.Errorf("%w: %s: %s", ErrGraft, name, fmt.Sprintf(format, a...))
		}
		size := g.RegionSize
		if size == 0 {
			size = DefaultVinoRegion
		}
		if size < VinoRegionMin || size > VinoRegionMax || size&(size-1) != 0 {
			return fail("region size %#x: want a power of two from %#x to %#x", size, VinoRegionMin, VinoRegionMax)
		}
		slot := VinoSlot(i)
		pl := verify.Placement{
			CodeBase: slot, CodeSize: VinoCodeMax,
			DataBase: slot + VinoDataOff, RegionSize: size, StackReserve: VinoIOPage,
			Kernel: kern,
		}
		var img *verify.Image
		if g.Unverified {
			img, err = verify.LinkUnchecked(g.Object, pl)
		} else {
			img, err = verify.Load(g.Object, verify.Config{Keys: g.Keys, Callable: exports, AllowUnsigned: g.AllowUnsigned}, pl)
		}
		if err != nil {
			return fmt.Errorf("%w: %s: %w", ErrGraft, name, err)
		}
		entry, ok := img.Entries[g.Entry]
		if !ok || g.Entry == "" {
			names := make([]string, 0, len(img.Entries))
			for n := range img.Entries {
				names = append(names, n)
			}
			sort.Strings(names)
			return fmt.Errorf("%w: %s: %w", ErrGraft, name, &NoEntryError{Entry: g.Entry, Entries: names})
		}
		if g.Owner < 0 || g.Owner >= MaxEnvs {
			return fail("owner %d: no such environment", g.Owner)
		}
		if g.Point == PointReadAhead && g.Owner != 0 {
			return fail("owner %d: the read-ahead point is environment 0's", g.Owner)
		}
		if g.Point == PointEvict && g.Owner != 0 {
			return fail("owner %d: the page-eviction point is environment 0's", g.Owner)
		}
		pp, err := f.placeImage(img, slot, pl.DataBase, size, g.Shared, VinoIOPage, "graft")
		if err != nil {
			return fail("%v", err)
		}
		budget := g.Budget
		if budget == 0 {
			budget = DefaultVinoBudget
		}
		f.placed = append(f.placed, PlacedGraft{Entry: entry, CodeLo: img.CodeBase, CodeHi: img.CodeBase + uint32(len(img.Code)),
			Base: pl.DataBase, Size: size, Symbols: img.Symbols})
		r := bi[biGrafts+i*bgSize:]
		for j, v := range []uint32{pp.codePA, pp.codePages, pp.lowPA, pp.lowPages, pp.topPA, size, entry, img.Return,
			uint32(g.Point), 0, uint32(g.Owner), g.Quota, budget, uint32(g.Flags), img.CodeBase - slot + uint32(len(img.Code))} {
			le.PutUint32(r[4*j:], v)
		}
	}
	return nil
}

// VinoState is the kernel's state that an aborted invocation must leave as
// it found it, read from guest memory: the graft records (but for their
// counters), the policy variables, the locks' owners, the transaction
// stack, the logs, the heap pages, the free physical pages, the graft
// space's page table, and its valid TLB entries (a cache of the page table:
// compare them with the PTEs, not with another state's).
type VinoState struct {
	Grafts                          [VinoSlots][6]uint32       // state, point, owner, heap, used, heap end
	Vars                            [MaxEnvs * VinoVars]uint32 // VinoVars for each owner
	LockOwners                      [16]uint32
	Depth, Cur, UndoN, HeldN, Pages uint32
	CurEnv                          uint32
	FreePages                       []uint32          // physical, sorted
	PTEs                            map[uint32]uint32 // graft-space page -> PTE, the mapped ones
	TLB                             map[uint32]uint32 // graft-space page -> EntryLo, the valid entries
}

// VinoState reads the kernel's VINO state from the machine's memory.
func (s *System) VinoState() (VinoState, error) {
	var st VinoState
	var err error
	w := func(a uint32) uint32 {
		v, e := ramWord(s.Machine, a)
		if e != nil && err == nil {
			err = e
		}
		return v
	}
	sym := func(n string) uint32 {
		a, e := s.Kernel.Symbol(n)
		if e != nil && err == nil {
			err = e
		}
		return a
	}
	g := sym("vino_grafts")
	for i := range st.Grafts {
		r := g + uint32(i)*128
		st.Grafts[i] = [6]uint32{w(r), w(r + 4), w(r + 12), w(r + 84), w(r + 44), w(r + 88)}
	}
	for i := range st.Vars {
		st.Vars[i] = w(sym("vino_vars") + 4*uint32(i))
	}
	for i := range st.LockOwners {
		st.LockOwners[i] = w(sym("vino_locks") + 8*uint32(i))
	}
	st.Depth, st.Cur, st.UndoN, st.HeldN, st.Pages = w(sym("vino_depth")), w(sym("vino_cur")), w(sym("vino_undo_n")), w(sym("vino_held_n")), w(sym("vino_pages"))
	st.CurEnv = w(sym("curenv"))
	// Free pages: the free list, then the never-used ones, as a set.
	for p, n := w(sym("free_list")), 0; p != 0 && err == nil; p, n = w(p), n+1 {
		if n > 1<<20 {
			return st, fmt.Errorf("kernel: the free list does not end")
		}
		st.FreePages = append(st.FreePages, p&0x1fffffff)
	}
	end := w(sym("free_end"))
	for p := w(sym("free_next")); p < end && err == nil; p += 4096 {
		st.FreePages = append(st.FreePages, p)
	}
	sort.Slice(st.FreePages, func(i, j int) bool { return st.FreePages[i] < st.FreePages[j] })
	st.PTEs = map[uint32]uint32{}
	seg := w(sym("vsid_dir") + 4*VinoVSID)
	empty := sym("empty_leaf")
	for i := uint32(0); i < 64 && err == nil; i++ {
		leaf := w(seg + 4*i)
		if leaf == empty {
			continue
		}
		for j := uint32(0); j < 1024; j++ {
			if pte := w(leaf + 4*j); pte != 0 {
				st.PTEs[VinoBase|i<<22|j<<12] = pte
			}
		}
	}
	st.TLB = map[uint32]uint32{}
	for _, e := range s.Machine.MMU.TLB {
		if e.VSID == VinoVSID && e.EntryLo&2 != 0 {
			st.TLB[e.EntryHi&^0xfff] = e.EntryLo
		}
	}
	return st, err
}

// SameVinoState reports whether a and b are the same state (the TLB
// aside), and whether b's TLB entries agree with its page table.
func SameVinoState(a, b VinoState) bool {
	for page, lo := range b.TLB {
		if b.PTEs[page] != lo {
			return false
		}
	}
	a.TLB, b.TLB = nil, nil
	return reflect.DeepEqual(a, b)
}

// KernelWord reads the word at kernel (kseg0) address va from RAM.
func (s *System) KernelWord(va uint32) (uint32, error) { return ramWord(s.Machine, va) }
