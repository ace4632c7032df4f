package mmu

import "fmt"

// TLBEntry is one TLB entry, in the layouts of the CP0 registers that tlbr
// and tlbwi move it through (doc/isa.md): EntryHi holds EA[31:12] in bits
// 31:12, VSID the segment's VSID in bits 23:0, EntryLo the PFN (bits 25:6,
// physical address bits 31:12), C (5:3), D (2) and V (1).
//
// The entry's key is (VSID, EntryHi[27:12]): EA[31:28] picked the segment
// register and is not part of the match.
type TLBEntry struct {
	EntryHi uint32
	VSID    uint32
	EntryLo uint32
}

// EntryLo fields.
const (
	EntryLoValid    = 1 << 1
	EntryLoDirty    = 1 << 2
	EntryLoCShift   = 3
	EntryLoCMask    = 7 << EntryLoCShift
	EntryLoPFNShift = 6
	EntryLoPFNMask  = 0xfffff << EntryLoPFNShift

	// Cache attributes (EntryLo.C). Every value but CacheUncached is
	// treated as cached.
	CacheUncached = 2
	CacheCached   = 3
)

// MakeEntryLo builds an EntryLo for the physical page holding pa.
func MakeEntryLo(pa uint32, cache uint32, dirty, valid bool) uint32 {
	e := pa>>12<<EntryLoPFNShift | cache&7<<EntryLoCShift
	if dirty {
		e |= EntryLoDirty
	}
	if valid {
		e |= EntryLoValid
	}
	return e
}

// Valid reports V: a matching entry without V raises TLBL or TLBS, not a
// refill.
func (e TLBEntry) Valid() bool { return e.EntryLo&EntryLoValid != 0 }

// Dirty reports D: stores are allowed (a store through an entry without D
// raises Mod).
func (e TLBEntry) Dirty() bool { return e.EntryLo&EntryLoDirty != 0 }

// PFN is the physical address of the page the entry maps.
func (e TLBEntry) PFN() uint32 { return (e.EntryLo & EntryLoPFNMask) >> EntryLoPFNShift << 12 }

// CacheAttr is the C field.
func (e TLBEntry) CacheAttr() uint32 { return (e.EntryLo & EntryLoCMask) >> EntryLoCShift }

// Cached reports whether accesses through the entry use the caches
// (C ≠ 2).
func (e TLBEntry) Cached() bool { return e.CacheAttr() != CacheUncached }

// Page is EntryHi[27:12], the page part of the key.
func (e TLBEntry) Page() uint32 { return e.EntryHi >> 12 & 0xffff }

// Matches reports whether the entry's key is (vsid, page), page being
// EA[27:12].
func (e TLBEntry) Matches(vsid, page uint32) bool {
	return e.VSID&uint32(SRVSIDMask) == vsid&uint32(SRVSIDMask) && e.Page() == page&0xffff
}

func (e TLBEntry) String() string {
	flags := []byte("--")
	if e.Dirty() {
		flags[0] = 'D'
	}
	if e.Valid() {
		flags[1] = 'V'
	}
	return fmt.Sprintf("vsid=%#06x ea=%#08x -> pa=%#08x c=%d %s",
		e.VSID&uint32(SRVSIDMask), e.EntryHi&^0xfff, e.PFN(), e.CacheAttr(), flags)
}

// Probe finds the entry that tlbp matches: key (vsid, EntryHi[27:12]).
// If several entries match, the lowest index wins.
func (m *MMU) Probe(entryHi, vsid uint32) (index int, ok bool) {
	return m.lookup(vsid, entryHi>>12&0xffff)
}

// Match finds the entry that translates ea in the segment with the given
// VSID.
func (m *MMU) Match(ea uint32, vsid uint32) (index int, ok bool) {
	return m.lookup(vsid, ea>>12&0xffff)
}

func (m *MMU) lookup(vsid, page uint32) (int, bool) {
	for i := range m.TLB {
		if m.TLB[i].Matches(vsid, page) {
			return i, true
		}
	}
	return -1, false
}
