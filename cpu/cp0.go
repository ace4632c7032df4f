package cpu

import "graftlab/isa"

// advance adds n cycles to the counters, ticking Count and raising the
// timer interrupt when Count reaches Compare: when Compare lies in
// (Count before, Count after], counting modulo 2^32.
//
// Rather than compare Count before and after on every call, advance keeps
// the cycle at which Count next reaches Compare (the timer schedule).
// WriteCP0, Reset and Restore keep it current; checkTimer brings it up to
// date after Compare, Count or the counters were written directly, and the
// engines call it before every instruction (Interp) or block (Fast), at the
// start of a run and after every exception.
func (m *Machine) advance(n uint64) {
	m.Stats.Cycles += n
	if m.Stats.Cycles >= m.timer.at {
		m.timerFired()
	}
}

// timerFired raises the timer interrupt: the cycle counter has reached the
// schedule.
func (m *Machine) timerFired() {
	m.CP0.Cause |= CauseIPTimer
	m.scheduleTimer()
}

// checkTimer recomputes the timer schedule if what it was computed from has
// changed.
func (m *Machine) checkTimer() {
	t := &m.timer
	if !t.valid || t.compare != m.CP0.Compare || t.count != m.CP0.Count || t.base != m.countBase || m.Stats.Cycles < t.from {
		m.scheduleTimer()
	}
}

// timerSchedule is advance's memo: at is the first cycle at which Count
// equals Compare, computed at cycle from for the values of Compare, Count
// and countBase it holds.
type timerSchedule struct {
	valid          bool
	compare, count uint32
	base, from, at uint64
}

// scheduleTimer computes the timer schedule from the current cycle: Compare
// is d ticks of Count away (2^32 if Count equals it now, which does not
// fire again until Count wraps), and the d-th tick from now comes at the
// first cycle that is a multiple of the divider at or after
// (now/div + d) * div.
func (m *Machine) scheduleTimer() {
	div := uint64(max(m.Profile.CountDivider, 1))
	now := m.Stats.Cycles
	d := uint64(m.CP0.Compare - m.count())
	if d == 0 {
		d = 1 << 32
	}
	m.timer = timerSchedule{valid: true, compare: m.CP0.Compare, count: m.CP0.Count, base: m.countBase,
		from: now, at: (now/div + d) * div}
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
	case isa.CP0HWREna:
		if m.Profile.R2() {
			return c.HWREna
		}
	case isa.CP0UserLocal:
		if m.Profile.R2() {
			return c.UserLocal
		}
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
		m.scheduleTimer()
	case isa.CP0EntryHi:
		c.EntryHi = v & entryHiMask
	case isa.CP0EntryVSID:
		c.EntryVSID = v & entryVSIDMask
	case isa.CP0Compare:
		c.Compare = v
		c.Cause &^= CauseIPTimer
		m.scheduleTimer()
	case isa.CP0Status:
		c.Status = v & m.statusMask()
	case isa.CP0Cause:
		c.Cause = c.Cause&^CauseIPSoft | v&CauseIPSoft
	case isa.CP0EPC:
		c.EPC = v
	case isa.CP0ErrorEPC:
		c.ErrorEPC = v
	case isa.CP0HWREna:
		if m.Profile.R2() {
			c.HWREna = v & hwrEnaMask
		}
	case isa.CP0UserLocal:
		if m.Profile.R2() {
			c.UserLocal = v
		}
	case isa.CP0Config:
		c.Config = c.Config&^configK0 | v&configK0
		if u := v&configK0 == 2; u != m.MMU.Kseg0Uncached {
			m.MMU.Kseg0Uncached = u
			m.MMU.FlushTranslations() // what kseg0 fetches and accesses mean changed
		}
	}
}

// statusMask is what mtc0 may write in Status: CU1 as well with an FPU, FR
// with a 64-bit one.
func (m *Machine) statusMask() uint32 {
	mask := uint32(statusWritable)
	if f := m.Profile.FPU; f != nil {
		mask |= StatusCU1
		if f.F64 {
			mask |= StatusFR
		}
	}
	return mask
}
