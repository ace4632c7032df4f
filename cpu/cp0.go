package cpu

import "graftlab/isa"

// advance adds n cycles to the counters, ticking Count and raising the
// timer interrupt when Count reaches Compare.
func (m *Machine) advance(n uint64) {
	if n == 0 {
		return
	}
	before := m.count()
	m.Stats.Cycles += n
	div := uint64(max(m.Profile.CountDivider, 1))
	ticks := m.Stats.Cycles/div - (m.Stats.Cycles-n)/div
	// Compare is reached if it lies in (before, before+ticks].
	if d := m.CP0.Compare - before; ticks >= 1<<32 || d != 0 && uint64(d) <= ticks {
		m.CP0.Cause |= CauseIPTimer
	}
}

// count returns the current value of CP0 Count: the value last written plus
// the ticks since then.
func (m *Machine) count() uint32 {
	div := uint64(max(m.Profile.CountDivider, 1))
	return m.CP0.Count + uint32(m.Stats.Cycles/div-m.countBase/div)
}

// random returns CP0 Random: it counts down from the last TLB entry to 0,
// once per cycle.
func (m *Machine) random() uint32 {
	n := uint64(len(m.MMU.TLB))
	return uint32(n - 1 - m.Stats.Cycles%n)
}

// ReadCP0 returns CP0 register r as mfc0 reads it; unimplemented registers
// read zero.
func (m *Machine) ReadCP0(r isa.CP0Reg) uint32 {
	c := &m.CP0
	switch r {
	case isa.CP0Index:
		return c.Index
	case isa.CP0Random:
		return m.random()
	case isa.CP0EntryLo:
		return c.EntryLo
	case isa.CP0Context:
		return c.Context
	case isa.CP0BadVAddr:
		return c.BadVAddr
	case isa.CP0Count:
		return m.count()
	case isa.CP0EntryHi:
		return c.EntryHi
	case isa.CP0EntryVSID:
		return c.EntryVSID
	case isa.CP0Compare:
		return c.Compare
	case isa.CP0Status:
		return c.Status
	case isa.CP0Cause:
		m.interruptPending() // refresh the device lines
		return c.Cause
	case isa.CP0EPC:
		return c.EPC
	case isa.CP0ErrorEPC:
		return c.ErrorEPC
	case isa.CP0PRId:
		return c.PRId
	case isa.CP0Config:
		return c.Config
	case isa.CP0Config1:
		return c.Config1
	}
	return 0
}

// WriteCP0 sets CP0 register r as mtc0 does: read-only fields keep their
// value and unimplemented registers ignore the write.
func (m *Machine) WriteCP0(r isa.CP0Reg, v uint32) {
	c := &m.CP0
	switch r {
	case isa.CP0Index:
		c.Index = c.Index&IndexP | v&indexMask
	case isa.CP0EntryLo:
		c.EntryLo = v & entryLoMask
	case isa.CP0Context:
		c.Context = c.Context&^contextBase | v&contextBase
	case isa.CP0Count:
		c.Count = v
		m.countBase = m.Stats.Cycles
	case isa.CP0EntryHi:
		c.EntryHi = v & entryHiMask
	case isa.CP0EntryVSID:
		c.EntryVSID = v & entryVSIDMask
	case isa.CP0Compare:
		c.Compare = v
		c.Cause &^= CauseIPTimer
	case isa.CP0Status:
		c.Status = v & statusWritable
	case isa.CP0Cause:
		c.Cause = c.Cause&^CauseIPSoft | v&CauseIPSoft
	case isa.CP0EPC:
		c.EPC = v
	case isa.CP0ErrorEPC:
		c.ErrorEPC = v
	case isa.CP0Config:
		c.Config = c.Config&^configK0 | v&configK0
		m.MMU.Kseg0Uncached = v&configK0 == 2
	}
}
