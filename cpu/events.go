package cpu

// Device events.
//
// Devices that act on their own (devices.Clocked: a disk completing a
// command) do so at cycles that the bus names (Bus.NextEvent). The machine
// keeps the earliest as devAt, as it keeps the timer's schedule, and at the
// first instruction boundary at or after it calls Bus.Advance with the
// cycle count, before the interrupt check: in step (every instruction of
// Interp, and Fast's single steps) and in blockAt (before every block of
// Fast). Fast's blocks and chains of blocks stop at the first boundary at
// or after the earlier of the timer's schedule and devAt, as they stop for
// the timer alone; so a device's interrupt is taken at the same
// instruction and cycle on every engine. With no event pending, devAt is
// noEvent, which no cycle count reaches.
//
// A device's schedule changes only when something reaches the device, so
// devAt is recomputed only then: after an access to a device register
// (load, write), after Advance, and after host code that may have touched
// a device (the start of every Run and Step, the Handler, hooks, Restore
// and Reset).

// noEvent is devAt with no device event pending.
const noEvent = ^uint64(0)

// scheduleDevices recomputes devAt from the bus.
func (m *Machine) scheduleDevices() {
	m.devAt = noEvent
	if at, ok := m.Bus.NextEvent(); ok {
		m.devAt = at
	}
}

// checkDevices lets the devices act once the cycle count has reached their
// next event. The engines call it at instruction boundaries.
func (m *Machine) checkDevices() {
	if m.Stats.Cycles >= m.devAt {
		m.advanceDevices()
	}
}

// advanceDevices brings the devices to the current cycle and reschedules.
func (m *Machine) advanceDevices() {
	m.Bus.Advance(m.Stats.Cycles)
	m.scheduleDevices()
}
