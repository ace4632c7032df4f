package user

import (
	"errors"
	"sort"

	"graftlab/mmu"
)

// The user address space (doc/machine.md, "User mode").
const (
	PageSize  = 4096
	UserLimit = 0x80000000 // user addresses lie below

	// StackTop is the address just above the initial stack; StackSize
	// bytes below it are reserved for the stack (RLIMIT_STACK's default).
	StackTop  = 0x7fff0000
	StackSize = 8 << 20

	// MmapBase is where mmap looks for free space first, upwards.
	MmapBase = 0x20000000
	// MinMapAddr is the lowest address mmap may map (vm.mmap_min_addr).
	MinMapAddr = 0x10000

	pid = 1 // the process ID, and the VSID base (pid×16 + segment)
)

// Protection bits of an area, as mmap's prot.
const (
	protRead  = 1
	protWrite = 2
	protExec  = 4
)

// area is a range of pages that may be mapped, with one protection: Linux's
// VMA.
type area struct {
	start, end uint32 // page-aligned, start < end
	prot       uint8
	kind       string // "text", "data", "heap", "stack", "mmap": for fault reports
}

// pageKey is the key of the page table: the VSID and EA[27:12], as the TLB
// matches.
type pageKey struct{ vsid, page uint32 }

// addressSpace is the host-kept half of the MMU: areas, the page table and
// the physical frames behind it.
type addressSpace struct {
	mmu   *mmu.MMU
	ram   func(pa uint32, b []byte) error // writes RAM (through the bus)
	areas []area                          // sorted, disjoint
	pages map[pageKey]uint32              // physical address of each mapped page
	free  []uint32                        // freed frames, reused last-in first-out
	next  uint32                          // the next never-used frame
	limit uint32                          // RAM size
}

func pageDown(a uint32) uint32 { return a &^ (PageSize - 1) }

// pageUp rounds a up to a page boundary (in 64 bits, so that it cannot
// overflow).
func pageUp(a uint64) uint64 { return (a + PageSize - 1) &^ (PageSize - 1) }

// vsid returns the VSID of the segment holding ea.
func vsid(ea uint32) uint32 { return pid<<4 | ea>>28 }

func keyOf(ea uint32) pageKey { return pageKey{vsid(ea), ea >> 12 & 0xffff} }

// find returns the index of the area holding ea, or -1.
func (s *addressSpace) find(ea uint32) int {
	i := sort.Search(len(s.areas), func(i int) bool { return s.areas[i].end > ea })
	if i < len(s.areas) && s.areas[i].start <= ea {
		return i
	}
	return -1
}

// areaAt returns the area holding ea.
func (s *addressSpace) areaAt(ea uint32) (area, bool) {
	if i := s.find(ea); i >= 0 {
		return s.areas[i], true
	}
	return area{}, false
}

// isFree reports whether no area overlaps [start, end).
func (s *addressSpace) isFree(start, end uint32) bool {
	i := sort.Search(len(s.areas), func(i int) bool { return s.areas[i].end > start })
	return i == len(s.areas) || s.areas[i].start >= end
}

// carve removes [start, end) from the areas, splitting those that straddle
// its ends, and returns the pieces removed. Pages are not touched.
func (s *addressSpace) carve(start, end uint32) []area {
	var kept, removed []area
	for _, a := range s.areas {
		if a.end <= start || a.start >= end {
			kept = append(kept, a)
			continue
		}
		if a.start < start {
			kept = append(kept, area{a.start, start, a.prot, a.kind})
		}
		removed = append(removed, area{max(a.start, start), min(a.end, end), a.prot, a.kind})
		if a.end > end {
			kept = append(kept, area{end, a.end, a.prot, a.kind})
		}
	}
	s.areas = kept
	return removed
}

// insert adds area a, which must not overlap another, merging it with
// neighbours of the same protection and kind, and updates the segment
// registers.
func (s *addressSpace) insert(a area) {
	i := sort.Search(len(s.areas), func(i int) bool { return s.areas[i].start >= a.end })
	s.areas = append(s.areas, area{})
	copy(s.areas[i+1:], s.areas[i:])
	s.areas[i] = a
	merged := s.areas[:0]
	for _, b := range s.areas {
		if n := len(merged); n > 0 && merged[n-1].end == b.start && merged[n-1].prot == b.prot && merged[n-1].kind == b.kind {
			merged[n-1].end = b.end
			continue
		}
		merged = append(merged, b)
	}
	s.areas = merged
	s.updateSegments()
}

// unmap removes [start, end) from the address space: areas, pages and the
// TLB entries that map them.
func (s *addressSpace) unmap(start, end uint32) {
	s.carve(start, end)
	for ea := start; ea < end && ea >= start; ea += PageSize {
		k := keyOf(ea)
		if pa, ok := s.pages[k]; ok {
			delete(s.pages, k)
			s.free = append(s.free, pa)
		}
	}
	for i, t := range s.mmu.TLB {
		if ea, ok := entryAddress(t); ok && ea >= start && ea < end {
			s.mmu.WriteTLB(i, mmu.TLBEntry{})
		}
	}
	s.updateSegments()
}

// entryAddress returns the user page that TLB entry t maps, if it maps one
// of this process's pages.
func entryAddress(t mmu.TLBEntry) (uint32, bool) {
	v := t.VSID & uint32(mmu.SRVSIDMask)
	if v>>4 != pid || v&15 >= UserLimit>>28 {
		return 0, false
	}
	return (v&15)<<28 | t.Page()<<12, true
}

// updateSegments recomputes the user segment registers from the areas.
func (s *addressSpace) updateSegments() {
	var want [UserLimit >> 28]mmu.SegmentRegister
	for _, a := range s.areas {
		for seg := a.start >> 28; seg <= (a.end-1)>>28; seg++ {
			sr := &want[seg]
			if *sr == 0 {
				*sr = mmu.SRValid | mmu.SRUser | mmu.SRNoExec | mmu.SegmentRegister(vsid(seg<<28))
			}
			if a.prot&protWrite != 0 {
				*sr |= mmu.SRWritable
			}
			if a.prot&protExec != 0 {
				*sr &^= mmu.SRNoExec
			}
		}
	}
	for i, sr := range want {
		if s.mmu.SR[i] != sr {
			s.mmu.SetSR(i, sr)
		}
	}
}

// errOutOfMemory is returned when RAM has no free frame.
var errOutOfMemory = errors.New("out of physical memory")

// page returns the physical address of the page holding ea, allocating a
// zero-filled frame if the area holding ea has none yet. The area's
// protection is the caller's business.
func (s *addressSpace) page(ea uint32) (uint32, error) {
	k := keyOf(ea)
	if pa, ok := s.pages[k]; ok {
		return pa, nil
	}
	var pa uint32
	switch {
	case len(s.free) > 0:
		pa = s.free[len(s.free)-1]
		s.free = s.free[:len(s.free)-1]
	case uint64(s.next)+PageSize <= uint64(s.limit):
		pa = s.next
		s.next += PageSize
	default:
		return 0, errOutOfMemory
	}
	if err := s.ram(pa, make([]byte, PageSize)); err != nil {
		return 0, err
	}
	s.pages[k] = pa
	return pa, nil
}

// access returns the physical address of ea for a host access on the
// guest's behalf (a system call's buffer), or false if the guest could not
// make that access itself.
func (s *addressSpace) access(ea uint32, write bool) (uint32, bool) {
	a, ok := s.areaAt(ea)
	want := uint8(protRead)
	if write {
		want = protWrite
	}
	if !ok || a.prot&want == 0 {
		return 0, false
	}
	pa, err := s.page(ea)
	if err != nil {
		return 0, false
	}
	return pa | ea&(PageSize-1), true
}
