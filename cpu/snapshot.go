package cpu

import (
	"graftlab/devices"
	"graftlab/mmu"
)

// Snapshot is a saved machine: processor state, counters, MMU (segment
// registers, TLB, caches, write buffer), RAM, and the state of the devices
// that can save theirs (devices.Snapshotter: the disk's registers and the
// command in flight). Other device registers and host-side state (console
// output already written, input already read, sectors already written to a
// disk's file) are not part of it.
type Snapshot struct {
	State   State
	Stats   Stats
	mmu     *mmu.MMU
	ram     []byte
	devices []deviceState
	extra   snapshotExtra
}

type snapshotExtra struct {
	hiloReady uint64
	fpReady   [32]uint64
	fccReady  uint64
	countBase uint64
	halted    bool
	status    int
}

// deviceState is the saved state of the Snapshotter mapped at base.
type deviceState struct {
	base  uint32
	state any
}

// Snapshot saves the machine. It copies RAM, so it costs as much memory as
// the machine has.
func (m *Machine) Snapshot() *Snapshot {
	return &Snapshot{
		State:   m.State,
		Stats:   m.Stats,
		mmu:     m.MMU.Clone(),
		ram:     append([]byte(nil), m.Bus.RAM()...),
		devices: m.snapshotDevices(),
		extra:   snapshotExtra{m.hiloReady, m.fpReady, m.fccReady, m.countBase, m.halted, m.status},
	}
}

func (m *Machine) snapshotDevices() []deviceState {
	var ds []deviceState
	for _, r := range m.Bus.Regions() {
		if d, base, ok := m.Bus.DeviceAt(r.Base); ok && base == r.Base {
			if s, ok := d.(devices.Snapshotter); ok {
				ds = append(ds, deviceState{base, s.SnapshotState()})
			}
		}
	}
	return ds
}

// Restore returns the machine to a snapshot taken from it (or from a
// machine with the same RAM size). Hooks, the Handler and the profile are
// kept. Each saved device state goes back to the Snapshotter mapped at the
// same base; a device that is not there, or refuses the state (another
// kind of device), is left as it is.
func (m *Machine) Restore(s *Snapshot) {
	m.State = s.State
	m.Stats = s.Stats
	m.MMU = s.mmu.Clone()
	copy(m.Bus.RAM(), s.ram)
	m.invalidateEngines(InvalidateAll) // RAM was written behind the bus's back
	m.hiloReady, m.countBase, m.halted, m.status = s.extra.hiloReady, s.extra.countBase, s.extra.halted, s.extra.status
	m.fpReady, m.fccReady = s.extra.fpReady, s.extra.fccReady
	m.stop = nil
	m.scheduleTimer()
	for _, ds := range s.devices {
		if d, base, ok := m.Bus.DeviceAt(ds.base); ok && base == ds.base {
			if sn, ok := d.(devices.Snapshotter); ok {
				_ = sn.RestoreState(ds.state) // another kind of device keeps its state
			}
		}
	}
	m.scheduleDevices()
}
