package cpu

import (
	"unsafe"

	"graftlab/mmu"
)

// The software TLB: for loads and for stores, stlbSize entries that map
// an EA page straight to its physical page in RAM, filled from the
// micro-TLB. An entry is current when its tag holds the page and the
// code cache's epoch, which changes whenever the translations or the mode
// change (setContext) and when a page gets predecoded code (stores into
// it must go the general way, which drops the code).
const stlbSize = 256

type stlbEntry struct {
	tag  uint32         // EA page | epoch | stlbInner if loads and stores run in the inner loop (cached behind a D-cache, or no D-cache and free reads)
	base uint32         // physical page
	host unsafe.Pointer // the page in RAM
	// For compiled code: the host address and the physical address of an
	// EA in the page are the EA plus these (the page's host address and
	// physical page less the EA page, modulo 2^64 and 2^32). The entry's
	// host keeps the RAM alive.
	hostAdd uintptr
	paAdd   uint32
}

// stlbInner is the bit of a tag that says the page's loads and stores run
// in the inner loop. The epoch takes bits 3 to 11, so that bits 0 and 1 of
// a tag are 0: a check of an EA's page against a tag may keep the EA's
// low bits that must be 0 for its alignment, and fail on them.
const (
	stlbInner     = 4
	stlbEpochStep = 8
)

// setContext makes the software TLB and the links follow the current
// translations and mode.
func (c *codeCache) setContext(mm *mmu.MMU, kernel bool) {
	ctx := uint64(c.drops)<<33 | uint64(mm.Gen())<<1 | uint64(b2u(kernel))
	if ctx != c.ctx || mm != c.mmu {
		c.ctx, c.mmu = ctx, mm
		c.newEpoch()
	}
}

// newEpoch makes every software TLB entry stale.
func (c *codeCache) newEpoch() {
	c.epoch += stlbEpochStep // bits 0 to 2 of a tag are not the epoch's
	if c.epoch > 0xfff {
		c.loads, c.stores = [stlbSize]stlbEntry{}, [stlbSize]stlbEntry{}
		c.epoch = stlbEpochStep
	}
}

// fillLoad enters the page of ea into the load software TLB, from the
// micro-TLB; false when ea's page does not translate there or is not RAM.
func (c *codeCache) fillLoad(mm *mmu.MMU, ea uint32, kernel bool) bool {
	pa, cached, ok := mm.Lookup(ea, mmu.Load, kernel)
	if !ok || int(pa) >= len(c.ram) {
		return false
	}
	c.loads[ea>>12&(stlbSize-1)] = c.entry(ea, pa, cached, mm)
	c.loadCached[ea>>12&(stlbSize-1)] = cached
	return true
}

// fillStore is fillLoad for stores: pages with predecoded code are left
// out.
func (c *codeCache) fillStore(mm *mmu.MMU, ea uint32, kernel bool) bool {
	pa, cached, ok := mm.Lookup(ea, mmu.Store, kernel)
	if !ok || int(pa) >= len(c.ram) || c.pages[pa>>codePageShift] != nil {
		return false
	}
	c.stores[ea>>12&(stlbSize-1)] = c.entry(ea, pa, cached, mm)
	c.storeCached[ea>>12&(stlbSize-1)] = cached
	return true
}

// entry is the software TLB entry mapping the page of ea to the page of
// pa, in RAM.
func (c *codeCache) entry(ea, pa uint32, cached bool, mm *mmu.MMU) stlbEntry {
	e := stlbEntry{tag: ea&^0xfff | c.epoch, base: pa &^ 0xfff, host: unsafe.Pointer(&c.ram[pa&^0xfff]),
		paAdd: pa&^0xfff - ea&^0xfff}
	e.hostAdd = uintptr(e.host) - uintptr(ea&^0xfff)
	if dc := mm.DCache; cached && dc != nil || dc == nil && c.freeLoads {
		e.tag |= stlbInner
	}
	return e
}
