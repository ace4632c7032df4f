package mmu

// The access costs below put the caches, the write buffer and the uncached
// access cost together, as doc/machine.md ("Memory management") describes.
// now is the cycle at which the access starts (every stall so far
// included); successive calls must not go back in time.

// FetchCycles returns the extra cycles of fetching the instruction at pa.
func (m *MMU) FetchCycles(pa uint32, cached bool, now uint64) int {
	if cached && m.ICache != nil {
		return m.ICache.Read(pa, now)
	}
	return m.UncachedRead(now)
}

// LoadCycles returns the extra cycles of a load from pa.
func (m *MMU) LoadCycles(pa uint32, cached bool, now uint64) int {
	if cached && m.DCache != nil {
		return m.DCache.Read(pa, now)
	}
	return m.UncachedRead(now)
}

// StoreCycles returns the extra cycles of a store of size bytes to pa.
func (m *MMU) StoreCycles(pa uint32, size int, cached bool, now uint64) int {
	if cached && m.DCache != nil {
		return m.DCache.Write(pa, size, now)
	}
	return m.UncachedWrite(now)
}

// UncachedRead returns the cycles of a read that bypasses the caches (or
// finds none): the write buffer drains first, so the read sees every
// earlier store, then memory answers in UncachedAccess cycles.
func (m *MMU) UncachedRead(now uint64) int {
	drain := 0
	if wb := m.writeBuffer(); wb != nil {
		drain = wb.Drain(now)
	}
	return drain + m.uncached
}

// UncachedWrite returns the cycles of a store that bypasses the caches.
// With a write buffer the store enters it like any other, in order, and
// costs only a stall for a free entry; without one it costs
// UncachedAccess.
func (m *MMU) UncachedWrite(now uint64) int {
	if wb := m.writeBuffer(); wb != nil {
		return int(wb.Push(now))
	}
	return m.uncached
}

func (m *MMU) writeBuffer() *WriteBuffer {
	if m.DCache == nil {
		return nil
	}
	return m.DCache.wb
}
