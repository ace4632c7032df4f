package cpu

import (
	"graftlab/isa"
	"graftlab/mmu"
)

// translate maps ea for an access by the instruction at pc and charges the
// memory system's cost of reaching it (cache lookup, uncached access) for
// data reads; writes are charged by store.
func (m *Machine) translate(ea uint32, acc mmu.Access, pc uint32) (pa uint32, cached bool, e *Exception) {
	pa, cached, f := m.MMU.Translate(ea, acc, m.Kernel())
	if f != nil {
		return 0, false, m.fault(f, acc, pc)
	}
	return pa, cached, nil
}

// fetchAddr translates pc for an instruction fetch and charges the fetch's
// memory-system cost.
func (m *Machine) fetchAddr(pc uint32) (uint32, *Exception) {
	if pc&3 != 0 {
		return 0, m.addrError(isa.ExcAdEL, mmu.Fetch, pc, pc)
	}
	pa, cached, e := m.translate(pc, mmu.Fetch, pc)
	if e != nil {
		return 0, e
	}
	m.stall(m.MMU.FetchCycles(pa, cached, m.Stats.Cycles), cached && m.MMU.ICache != nil, &m.Stats.ICacheMisses)
	return pa, nil
}

// fetchWord reads the instruction word at pa, fetched for pc.
func (m *Machine) fetchWord(pa, pc uint32) (uint32, *Exception) {
	w, err := m.Bus.Read(pa, 4)
	if err != nil {
		return 0, &Exception{Code: isa.ExcIBE, PC: pc, DelaySlot: m.DelaySlot, Access: mmu.Fetch}
	}
	return w, nil
}

// stall charges the extra cycles of a memory access; for an access through
// a cache, any extra cycles of a read are a miss.
func (m *Machine) stall(cycles int, viaCache bool, misses *uint64) {
	if cycles <= 0 {
		return
	}
	if viaCache && misses != nil {
		*misses++
	}
	m.Stats.Stalls += uint64(cycles)
	m.advance(uint64(cycles))
}

// load reads size bytes at ea for the instruction at pc.
func (m *Machine) load(ea uint32, size int, pc uint32) (uint32, *Exception) {
	if ea&uint32(size-1) != 0 {
		return 0, m.addrError(isa.ExcAdEL, mmu.Load, pc, ea)
	}
	pa, cached, e := m.translate(ea, mmu.Load, pc)
	if e != nil {
		return 0, e
	}
	m.stall(m.MMU.LoadCycles(pa, cached, m.Stats.Cycles), cached && m.MMU.DCache != nil, &m.Stats.DCacheMisses)
	v, err := m.Bus.Read(pa, size)
	if int(pa) >= len(m.Bus.RAM()) {
		// A device register: interrupt lines and the device's events may
		// have changed.
		m.blockExit = true
		m.scheduleDevices()
	}
	if err != nil {
		return 0, m.exc(isa.ExcDBE, pc)
	}
	if len(m.hooks.mem) > 0 {
		m.runMemHooks(MemEvent{Kind: MemRead, PC: pc, VAddr: ea, PAddr: pa, Size: size, Value: v})
	}
	return v, nil
}

// store writes the low size bytes of v at ea for the instruction at pc.
func (m *Machine) store(ea uint32, size int, v uint32, pc uint32) *Exception {
	if ea&uint32(size-1) != 0 {
		return m.addrError(isa.ExcAdES, mmu.Store, pc, ea)
	}
	pa, cached, e := m.translate(ea, mmu.Store, pc)
	if e != nil {
		return e
	}
	return m.write(ea, pa, cached, size, size, v, pc)
}

// write completes a store: bytes is how many bytes the instruction stores
// (for the caches), size the width of the bus write that carries them.
func (m *Machine) write(ea, pa uint32, cached bool, size, bytes int, v uint32, pc uint32) *Exception {
	err := m.Bus.Write(pa, size, v)
	if int(pa) >= len(m.Bus.RAM()) {
		// A device register: interrupt lines and the device's events may
		// have changed.
		m.blockExit = true
		m.scheduleDevices()
	}
	if err != nil {
		return m.exc(isa.ExcDBE, pc)
	}
	if len(m.hooks.mem) > 0 {
		m.runMemHooks(MemEvent{Kind: MemWrite, PC: pc, VAddr: ea, PAddr: pa, Size: size, Value: v})
	}
	if m.MMU.ICache != nil {
		// Stores into code: the I-cache line no longer holds what memory holds.
		m.MMU.ICache.Invalidate(pa)
	}
	m.stall(m.MMU.StoreCycles(pa, bytes, cached, m.Stats.Cycles), false, nil)
	return nil
}

// loadPartial implements lwl and lwr (little-endian): it merges bytes of the
// aligned word holding ea into old.
func (m *Machine) loadPartial(left bool, ea, old uint32, pc uint32) (uint32, *Exception) {
	w, e := m.load(ea&^3, 4, pc)
	if e != nil {
		return 0, e
	}
	shift := 8 * (ea & 3)
	if left {
		// lwl: the bytes from the word start up to ea become the high bytes.
		s := 24 - shift
		return w<<s | old&(1<<s-1), nil
	}
	// lwr: the bytes from ea to the word end become the low bytes.
	return w>>shift | old&^(0xffffffff>>shift), nil
}

// storePartial implements swl and swr (little-endian).
func (m *Machine) storePartial(left bool, ea, v uint32, pc uint32) *Exception {
	aligned := ea &^ 3
	pa, cached, e := m.translate(aligned, mmu.Store, pc)
	if e != nil {
		return e
	}
	old, err := m.Bus.Read(pa, 4)
	if err != nil {
		return m.exc(isa.ExcDBE, pc)
	}
	shift := 8 * (ea & 3)
	var w uint32
	var n int
	if left {
		// swl: the high bytes of v go to the word start up to ea.
		s := 24 - shift
		w, n = v>>s|old&^(0xffffffff>>s), int(ea&3)+1
	} else {
		// swr: the low bytes of v go to ea up to the word end.
		w, n = v<<shift|old&(1<<shift-1), 4-int(ea&3)
	}
	return m.write(aligned, pa, cached, 4, n, w, pc)
}

// cacheOp implements the cache instruction. Bits 1:0 of the operation pick
// the cache (0 instruction, 1 data); graftlab invalidates the line that
// holds the address for every operation, which is what software relies on
// (index operations on kseg0 addresses reach the same line).
func (m *Machine) cacheOp(inst isa.Inst, ea, pc uint32) *Exception {
	var pa uint32
	if m.Kernel() && ea>>30 == 2 {
		pa = ea & 0x1fffffff
	} else {
		var e *Exception
		if pa, _, e = m.translate(ea, mmu.Load, pc); e != nil {
			return e
		}
	}
	c := m.MMU.ICache
	if inst.Rt&3 == 1 {
		c = m.MMU.DCache
	}
	if c != nil {
		c.Invalidate(pa)
	}
	return nil
}
