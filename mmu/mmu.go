package mmu

import (
	"graftlab/isa"
	"graftlab/profile"
)

// MMU is the memory management unit of one CPU.
//
// SR and TLB may be read directly. Write them with SetSR and WriteTLB,
// which keep the micro-TLB current; after writing the fields directly (a
// snapshot restore, say) call FlushTranslations.
type MMU struct {
	SR  [16]SegmentRegister
	TLB []TLBEntry // profile.TLBEntries entries

	// ICache and DCache are nil when the profile has none. With a
	// write-through data cache both share one write buffer, the memory
	// port's.
	ICache, DCache *Cache

	// Kseg0Uncached makes kernel accesses to kseg0 uncached (Config.K0 = 2).
	Kseg0Uncached bool

	uncached int // profile.UncachedAccess

	gen   uint32 // current micro-TLB generation; entries of other generations are stale
	micro [microSize]microEntry
}

const (
	microSize = 64
	kseg0     = 0x80000000
	kseg1     = 0xa0000000
	kseg2     = 0xc0000000
)

// microEntry remembers one successful translation of an EA page.
type microEntry struct {
	vpn    uint32 // EA >> 12
	gen    uint32
	frame  uint32 // physical page address
	perm   uint8  // permBit of every allowed (access, mode)
	cached bool
}

// permBit is the micro-TLB permission bit of an access in a mode.
func permBit(acc Access, kernel bool) uint8 {
	if kernel {
		return 1 << (acc + 3)
	}
	return 1 << acc
}

// New builds the MMU of a machine with profile p (which must be valid). The
// segment registers and the TLB start zero, as software must initialize
// them; the caches start empty.
func New(p *profile.Profile) *MMU {
	m := &MMU{
		TLB:      make([]TLBEntry, p.TLBEntries),
		ICache:   NewCache(p.ICache),
		DCache:   NewCache(p.DCache),
		uncached: p.UncachedAccess,
		gen:      1,
	}
	if m.ICache != nil && m.DCache != nil {
		m.ICache.wb = m.DCache.wb
	}
	return m
}

// SetSR writes segment register i (0–15; higher bits of i are ignored).
func (m *MMU) SetSR(i int, v SegmentRegister) {
	m.SR[i&15] = v
	m.FlushTranslations()
}

// WriteTLB writes TLB entry i. An index outside the TLB writes nothing and
// returns false; the CPU decides what tlbwi does with such an Index.
func (m *MMU) WriteTLB(i int, e TLBEntry) bool {
	if i < 0 || i >= len(m.TLB) {
		return false
	}
	m.TLB[i] = e
	m.FlushTranslations()
	return true
}

// FlushTranslations forgets every translation the micro-TLB remembers. It
// does not touch the TLB or the caches.
func (m *MMU) FlushTranslations() {
	m.gen++
	if m.gen == 0 { // wrapped: entries of generation 1 could look current again
		m.micro = [microSize]microEntry{}
		m.gen = 1
	}
}

// Translate maps the effective address ea for an access of kind acc. kernel
// is true in kernel mode (Status.UM clear, or EXL or ERL set; the caller
// decides). It returns the physical address and whether the access goes
// through the caches, or the fault to raise. Alignment is the caller's
// check. The success path allocates nothing.
func (m *MMU) Translate(ea uint32, acc Access, kernel bool) (pa uint32, cached bool, f *Fault) {
	if ea >= kseg0 {
		if !kernel {
			code := isa.ExcAdEL
			if acc == Store {
				code = isa.ExcAdES
			}
			return 0, false, &Fault{Code: code, BadVAddr: ea, Reason: KernelAddress}
		}
		if ea < kseg2 {
			return ea & 0x1fffffff, ea < kseg1 && !m.Kseg0Uncached, nil
		}
	}
	vpn := ea >> 12
	e := &m.micro[vpn%microSize]
	if e.vpn == vpn && e.gen == m.gen && e.perm&permBit(acc, kernel) != 0 {
		return e.frame | ea&0xfff, e.cached, nil
	}
	return m.translate(ea, acc, kernel)
}

// Lookup is Translate's fast path for engines: it answers from the
// unmapped segments and the micro-TLB only, and changes nothing. ok is
// false when Translate must be called (a micro-TLB miss, or a fault).
func (m *MMU) Lookup(ea uint32, acc Access, kernel bool) (pa uint32, cached, ok bool) {
	vpn := ea >> 12
	e := &m.micro[vpn%microSize]
	if e.vpn == vpn && e.gen == m.gen && e.perm&permBit(acc, kernel) != 0 {
		return e.frame | ea&0xfff, e.cached, true
	}
	if kernel && ea >= kseg0 && ea < kseg2 {
		return ea & 0x1fffffff, ea < kseg1 && !m.Kseg0Uncached, true
	}
	return 0, false, false
}

// Gen identifies the current translations: it changes whenever a segment
// register or TLB entry is written (or FlushTranslations is called), so an
// engine may keep what it derived from translations made under one value.
func (m *MMU) Gen() uint32 { return m.gen }

// translate is the full path: segment checks, TLB search, micro-TLB fill.
func (m *MMU) translate(ea uint32, acc Access, kernel bool) (uint32, bool, *Fault) {
	sr := m.SR[ea>>28]
	vsid := sr.VSID()
	segv := func(r Reason) (uint32, bool, *Fault) {
		return 0, false, &Fault{Code: isa.ExcSegV, BadVAddr: ea, VSID: vsid, Reason: r}
	}
	switch {
	case !sr.Valid():
		return segv(SegmentInvalid)
	case !kernel && !sr.User():
		return segv(SegmentNoUser)
	case acc == Store && !sr.Writable():
		return segv(SegmentReadOnly)
	case acc == Fetch && sr.NoExec():
		return segv(SegmentNoExec)
	}
	tlbFault := func(code isa.ExcCode, r Reason) (uint32, bool, *Fault) {
		if code != isa.ExcMod && acc == Store {
			code = isa.ExcTLBS
		}
		return 0, false, &Fault{Code: code, BadVAddr: ea, Refill: r == TLBMiss, VSID: vsid, Reason: r}
	}
	i, ok := m.lookup(vsid, ea>>12&0xffff)
	if !ok {
		return tlbFault(isa.ExcTLBL, TLBMiss)
	}
	t := m.TLB[i]
	switch {
	case !t.Valid():
		return tlbFault(isa.ExcTLBL, TLBInvalid)
	case acc == Store && !t.Dirty():
		return tlbFault(isa.ExcMod, TLBReadOnly)
	}
	frame, cached := t.PFN(), t.Cached()
	m.micro[(ea>>12)%microSize] = microEntry{vpn: ea >> 12, gen: m.gen, frame: frame,
		perm: permissions(ea, sr, t), cached: cached}
	return frame | ea&0xfff, cached, nil
}

// permissions computes which accesses in which modes the segment register
// and the (valid) TLB entry allow for ea.
func permissions(ea uint32, sr SegmentRegister, t TLBEntry) uint8 {
	var p uint8
	for _, kernel := range []bool{false, true} {
		if !kernel && (!sr.User() || ea >= kseg0) {
			continue
		}
		p |= permBit(Load, kernel)
		if !sr.NoExec() {
			p |= permBit(Fetch, kernel)
		}
		if sr.Writable() && t.Dirty() {
			p |= permBit(Store, kernel)
		}
	}
	return p
}

// Clone returns a deep copy of m, caches and write buffer included, for
// snapshots. The copy starts with an empty micro-TLB: it remembers
// translations, it is not state, and a snapshot is equal to another of the
// same machine state however the two machines got there.
func (m *MMU) Clone() *MMU {
	c := *m
	c.micro = [microSize]microEntry{}
	c.gen = 1
	c.TLB = append([]TLBEntry(nil), m.TLB...)
	c.DCache = m.DCache.Clone()
	c.ICache = m.ICache.Clone()
	if c.ICache != nil && c.DCache != nil && m.ICache.wb == m.DCache.wb {
		c.ICache.wb = c.DCache.wb
	}
	return &c
}
