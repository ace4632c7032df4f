package devices

import (
	"encoding/binary"
	"fmt"
	"sort"
)

// Region is one mapped range of the physical address space.
type Region struct {
	Name string
	Base uint32
	Size uint32
}

// mapping is a device mapped at base; size is Size() at the time of Map.
type mapping struct {
	name string
	base uint32
	size uint32
	dev  Device
}

func (m *mapping) contains(pa uint32) bool { return pa-m.base < m.size }

// Bus is the physical address space: RAM at address 0 and the devices
// mapped above it.
type Bus struct {
	ram     []byte
	ramSize uint32    // len(ram), a multiple of PageSize
	devs    []mapping // sorted by base, not overlapping each other or RAM
	clocked []Clocked // the mapped devices that implement Clocked, by base
	intc    *IntC
	rom     *ROM
	halted  bool
	status  int
	// writeHooks are the listeners to writes into RAM and ROM, in the
	// order they were added; nextWriteHook numbers them.
	writeHooks    []writeHook
	nextWriteHook WriteHookID
}

// WriteHookID identifies a write listener for RemoveWriteHook.
type WriteHookID int

type writeHook struct {
	id WriteHookID
	fn func(pa uint32, n int)
}

// CheckRAMSize reports whether n bytes of RAM fit the machine: a positive
// multiple of PageSize, at most MaxRAMSize (RAM must end below the device
// window at IOBase).
func CheckRAMSize(n uint32) error {
	if n == 0 || n%PageSize != 0 || n > MaxRAMSize {
		return fmt.Errorf("RAM size %#x: want a positive multiple of %#x up to %#x", n, PageSize, MaxRAMSize)
	}
	return nil
}

// NewBus returns a bus with ramSize bytes of zeroed RAM at address 0 and an
// interrupt controller (Interrupts), which NewSystemBus maps at IntCBase. A ramSize that
// CheckRAMSize refuses is rounded up to a multiple of PageSize and limited to
// MaxRAMSize (so 0 gives no RAM); a machine validates its configuration with
// CheckRAMSize first.
func NewBus(ramSize uint32) *Bus {
	n := roundRAMSize(ramSize)
	return &Bus{ram: make([]byte, n), ramSize: n, intc: NewIntC()}
}

// roundRAMSize rounds n up to a multiple of PageSize, at most MaxRAMSize.
func roundRAMSize(n uint32) uint32 {
	return uint32(min((uint64(n)+PageSize-1)&^(PageSize-1), MaxRAMSize))
}

// RAM returns the RAM itself (little-endian), for the CPU's fast path. Writes
// made through this slice bypass the write hook.
func (b *Bus) RAM() []byte { return b.ram }

// Interrupts returns the bus's interrupt controller.
func (b *Bus) Interrupts() *IntC { return b.intc }

// Halted returns the exit status written to the power-off register, with ok
// set once the machine has halted. The first write wins: a CPU stops after
// it, so later ones would never happen on a real machine.
func (b *Bus) Halted() (status int, ok bool) { return b.status, b.halted }

func (b *Bus) halt(status int) {
	if !b.halted {
		b.halted, b.status = true, status
	}
}

// AddWriteHook adds fn to the listeners called, in the order they were
// added, after every write that changes RAM or ROM through the bus: Write,
// WriteBytes, DMAWrite, LoadROM. Engines use it to drop code they
// translated from memory that was overwritten; each engine that runs the
// machine adds its own. Writes made directly into the RAM() slice are not
// seen.
func (b *Bus) AddWriteHook(fn func(pa uint32, n int)) WriteHookID {
	b.nextWriteHook++
	b.writeHooks = append(b.writeHooks, writeHook{id: b.nextWriteHook, fn: fn})
	return b.nextWriteHook
}

// RemoveWriteHook removes a listener added by AddWriteHook; it reports
// whether there was one with that id.
func (b *Bus) RemoveWriteHook(id WriteHookID) bool {
	for i, h := range b.writeHooks {
		if h.id == id {
			b.writeHooks = append(b.writeHooks[:i:i], b.writeHooks[i+1:]...)
			return true
		}
	}
	return false
}

// Map maps d at base. Base and size must be multiples of 4 (so that no
// aligned access straddles two regions), and the window must not wrap past
// the top of the address space or overlap RAM or another device. If d is an
// Attacher, Map attaches it first.
func (b *Bus) Map(base uint32, d Device) error {
	if d == nil {
		return fmt.Errorf("bus: map at 0x%08x: nil device", base)
	}
	m := mapping{name: d.Name(), base: base, size: d.Size(), dev: d}
	fail := func(format string, args ...any) error {
		return fmt.Errorf("bus: map %s at 0x%08x (%#x bytes): %w", m.name, base, m.size, fmt.Errorf(format, args...))
	}
	switch {
	case base%4 != 0:
		return fail("base: %w", ErrMisaligned)
	case m.size == 0 || m.size%4 != 0:
		return fail("size is not a positive multiple of 4: %w", ErrMisaligned)
	case uint64(base)+uint64(m.size) > 1<<32:
		return fail("runs past the top of the address space")
	case base < b.ramSize:
		return fail("%w: ram at 0x00000000 (%#x bytes)", ErrOverlap, b.ramSize)
	}
	i := b.insertionPoint(base)
	for _, j := range []int{i - 1, i} {
		if j < 0 || j >= len(b.devs) {
			continue
		}
		o := &b.devs[j]
		if uint64(base) < uint64(o.base)+uint64(o.size) && uint64(o.base) < uint64(base)+uint64(m.size) {
			return fail("%w: %s at 0x%08x (%#x bytes)", ErrOverlap, o.name, o.base, o.size)
		}
	}
	if a, ok := d.(Attacher); ok {
		if err := a.Attach(b, base); err != nil {
			return fail("attach: %w", err)
		}
	}
	b.devs = append(b.devs, mapping{})
	copy(b.devs[i+1:], b.devs[i:])
	b.devs[i] = m
	b.indexClocked()
	return nil
}

// unmap removes the device mapped at base, if any, and returns it.
func (b *Bus) unmap(base uint32) Device {
	i := b.insertionPoint(base) - 1
	if i < 0 || b.devs[i].base != base {
		return nil
	}
	d := b.devs[i].dev
	b.devs = append(b.devs[:i], b.devs[i+1:]...)
	b.indexClocked()
	return d
}

func (b *Bus) indexClocked() {
	b.clocked = b.clocked[:0]
	for _, m := range b.devs {
		if c, ok := m.dev.(Clocked); ok {
			b.clocked = append(b.clocked, c)
		}
	}
}

// insertionPoint returns the index of the first device whose base is above pa.
func (b *Bus) insertionPoint(pa uint32) int {
	return sort.Search(len(b.devs), func(i int) bool { return b.devs[i].base > pa })
}

// lookup returns the device mapping that holds pa, or nil.
func (b *Bus) lookup(pa uint32) *mapping {
	i := b.insertionPoint(pa) - 1
	if i >= 0 && b.devs[i].contains(pa) {
		return &b.devs[i]
	}
	return nil
}

// regionName names the region at pa, "" if none.
func (b *Bus) regionName(pa uint32) string {
	if pa < b.ramSize {
		return "ram"
	}
	if m := b.lookup(pa); m != nil {
		return m.name
	}
	return ""
}

// DeviceAt returns the device mapped at pa and its base.
func (b *Bus) DeviceAt(pa uint32) (d Device, base uint32, ok bool) {
	if m := b.lookup(pa); m != nil {
		return m.dev, m.base, true
	}
	return nil, 0, false
}

// Regions lists RAM and the mapped devices in address order.
func (b *Bus) Regions() []Region {
	rs := make([]Region, 0, len(b.devs)+1)
	if b.ramSize > 0 {
		rs = append(rs, Region{Name: "ram", Base: 0, Size: b.ramSize})
	}
	for _, m := range b.devs {
		rs = append(rs, Region{Name: m.name, Base: m.base, Size: m.size})
	}
	return rs
}

// Read reads size (1, 2 or 4) bytes at pa, which must be aligned to size,
// and returns them zero-extended. Any error is an *AccessError: a bus error.
func (b *Bus) Read(pa uint32, size int) (uint32, error) {
	// RAM ends on a page boundary, so an aligned access that starts in RAM
	// ends in it.
	if pa < b.ramSize {
		switch {
		case size == 4 && pa&3 == 0:
			return binary.LittleEndian.Uint32(b.ram[pa:]), nil
		case size == 1:
			return uint32(b.ram[pa]), nil
		case size == 2 && pa&1 == 0:
			return uint32(binary.LittleEndian.Uint16(b.ram[pa:])), nil
		}
	}
	return b.readDevice(pa, size)
}

func (b *Bus) readDevice(pa uint32, size int) (uint32, error) {
	if err := b.checkAccess("read", pa, size); err != nil {
		return 0, err
	}
	m := b.lookup(pa)
	if m == nil {
		return 0, &AccessError{Op: "read", PA: pa, Size: size, Err: ErrUnmapped}
	}
	v, err := m.dev.Read(pa-m.base, size)
	if err != nil {
		return 0, &AccessError{Op: "read", PA: pa, Size: size, Region: m.name, Err: err}
	}
	return v & sizeMask(size), nil
}

// Write writes the low size (1, 2 or 4) bytes of v at pa, which must be
// aligned to size. Any error is an *AccessError: a bus error.
func (b *Bus) Write(pa uint32, size int, v uint32) error {
	if pa < b.ramSize {
		switch {
		case size == 4 && pa&3 == 0:
			binary.LittleEndian.PutUint32(b.ram[pa:], v)
		case size == 1:
			b.ram[pa] = byte(v)
		case size == 2 && pa&1 == 0:
			binary.LittleEndian.PutUint16(b.ram[pa:], uint16(v))
		default:
			return b.checkAccess("write", pa, size)
		}
		for _, h := range b.writeHooks {
			h.fn(pa, size)
		}
		return nil
	}
	return b.writeDevice(pa, size, v)
}

func (b *Bus) writeDevice(pa uint32, size int, v uint32) error {
	if err := b.checkAccess("write", pa, size); err != nil {
		return err
	}
	m := b.lookup(pa)
	if m == nil {
		return &AccessError{Op: "write", PA: pa, Size: size, Err: ErrUnmapped}
	}
	if err := m.dev.Write(pa-m.base, size, v&sizeMask(size)); err != nil {
		return &AccessError{Op: "write", PA: pa, Size: size, Region: m.name, Err: err}
	}
	return nil
}

// checkAccess refuses sizes other than 1, 2 and 4 and misaligned addresses.
func (b *Bus) checkAccess(op string, pa uint32, size int) error {
	var err error
	switch {
	case sizeMask(size) == 0:
		err = ErrAccessSize
	case pa&uint32(size-1) != 0:
		err = ErrMisaligned
	default:
		return nil
	}
	return &AccessError{Op: op, PA: pa, Size: size, Region: b.regionName(pa), Err: err}
}

// NextEvent returns the earliest cycle at which a Clocked device needs
// Advance, or ok = false if none has anything scheduled.
func (b *Bus) NextEvent() (cycle uint64, ok bool) {
	for _, c := range b.clocked {
		if t, has := c.NextEvent(); has && (!ok || t < cycle) {
			cycle, ok = t, true
		}
	}
	return cycle, ok
}

// Advance tells every Clocked device, in address order, that the machine
// has reached cycle now.
func (b *Bus) Advance(now uint64) {
	for _, c := range b.clocked {
		c.Advance(now)
	}
}
