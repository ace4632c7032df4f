package cpu

import "graftlab/mmu"

// Snapshot is a saved machine: processor state, counters, MMU (segment
// registers, TLB, caches, write buffer) and RAM. Device registers and
// host-side state (console output already written, input already read)
// are not part of it.
type Snapshot struct {
	State State
	Stats Stats
	mmu   *mmu.MMU
	ram   []byte
	extra snapshotExtra
}

type snapshotExtra struct {
	hiloReady uint64
	fpReady   [32]uint64
	fccReady  uint64
	countBase uint64
	halted    bool
	status    int
}

// Snapshot saves the machine. It copies RAM, so it costs as much memory as
// the machine has.
func (m *Machine) Snapshot() *Snapshot {
	return &Snapshot{
		State: m.State,
		Stats: m.Stats,
		mmu:   m.MMU.Clone(),
		ram:   append([]byte(nil), m.Bus.RAM()...),
		extra: snapshotExtra{m.hiloReady, m.fpReady, m.fccReady, m.countBase, m.halted, m.status},
	}
}

// Restore returns the machine to a snapshot taken from it (or from a
// machine with the same RAM size). Hooks, the Handler and the profile are
// kept.
func (m *Machine) Restore(s *Snapshot) {
	m.State = s.State
	m.Stats = s.Stats
	m.MMU = s.mmu.Clone()
	copy(m.Bus.RAM(), s.ram)
	if m.code != nil {
		m.code.flush() // RAM was written behind the bus's back
	}
	m.hiloReady, m.countBase, m.halted, m.status = s.extra.hiloReady, s.extra.countBase, s.extra.halted, s.extra.status
	m.fpReady, m.fccReady = s.extra.fpReady, s.extra.fccReady
	m.stop = nil
	m.scheduleTimer()
}
