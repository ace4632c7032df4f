package devices

import "fmt"

// Device is a memory-mapped device: a window of Size bytes of registers (or
// memory) that the bus maps at a base address.
//
// The bus calls Read and Write only with size 1, 2 or 4, with off+size <=
// Size() and off aligned to size, and with the bits of v above size bytes
// clear; it masks what Read returns to size bytes. A device still checks its
// arguments (it may be called directly) and reports a bad one as an error
// wrapping ErrBadOffset or ErrAccessSize; it never panics.
type Device interface {
	Name() string
	// Size is the length of the device's window in bytes: a positive multiple
	// of 4, constant while the device is mapped.
	Size() uint32
	Read(off uint32, size int) (uint32, error)
	Write(off uint32, size int, v uint32) error
}

// Memory is implemented by devices whose contents are plain bytes that the
// host may read and write without side effects (the boot ROM): ReadBytes and
// WriteBytes reach them, and the guest sees host writes as if the memory had
// been built that way (a debugger's breakpoint in ROM code). The returned
// slice is the device's storage; it must not shrink while the device is
// mapped.
type Memory interface {
	Device
	Bytes() []byte
}

// Attacher is implemented by devices that need the bus they are mapped on:
// Map calls Attach, before the mapping takes effect, with the bus and the
// device's base. Through the bus a device raises interrupt lines
// (b.Interrupts()) and moves data to and from RAM (b.DMARead, b.DMAWrite). An
// error from Attach makes Map fail and leaves the bus unchanged.
type Attacher interface {
	Attach(b *Bus, base uint32) error
}

// Clocked is implemented by devices that act on their own as emulated time
// passes (a NIC whose captured packets arrive at their timestamps, a disk
// that completes a transfer after its latency). Time is the CPU's cycle
// count. The CPU must not run past the earliest NextEvent of all devices
// (Bus.NextEvent) without calling Bus.Advance: the engines of package cpu
// call it at the first instruction boundary at or after that cycle, with
// the cycle count there, before they check for interrupts, so that every
// engine sees the device act, and takes its interrupt, at the same cycle.
type Clocked interface {
	// NextEvent returns the cycle at which the device next needs Advance, or
	// ok = false if it has nothing scheduled.
	NextEvent() (cycle uint64, ok bool)
	// Advance tells the device that the machine has reached cycle now; the
	// device does everything due by then.
	Advance(now uint64)
}

// Snapshotter is implemented by devices whose state a machine snapshot
// keeps (cpu.Machine.Snapshot), so that a restore in the middle of a
// device's work (a disk command in flight) finishes it as the first run
// did. The state is a value that later changes to the device do not
// reach; RestoreState refuses a state that is not one of its own.
type Snapshotter interface {
	SnapshotState() any
	RestoreState(state any) error
}

// sizeMask returns the mask of the low size bytes of a word (0 for a size
// that is not 1, 2 or 4).
func sizeMask(size int) uint32 {
	switch size {
	case 1:
		return 0xff
	case 2:
		return 0xffff
	case 4:
		return 0xffffffff
	}
	return 0
}

// register returns the index of the register that an access of size bytes at
// off names, for a device of n 32-bit registers at offsets 0, 4, 8, ...
// Accesses of every size must start at a register's offset: a byte or
// halfword access reads or writes the register's low 8 or 16 bits.
func register(off uint32, size int, n int) (int, error) {
	if sizeMask(size) == 0 {
		return 0, fmt.Errorf("%d bytes: %w", size, ErrAccessSize)
	}
	if off%4 != 0 || off/4 >= uint32(n) {
		return 0, fmt.Errorf("offset %#x: %w", off, ErrBadOffset)
	}
	return int(off / 4), nil
}
