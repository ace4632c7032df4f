package devices

import (
	"encoding/binary"
	"fmt"
)

// ROM is the boot ROM: read-only to the guest, a Memory to the host.
type ROM struct {
	data []byte // the image, zero-padded to a multiple of 4 bytes
}

// NewROM returns a ROM holding a copy of image, which must be 1 to
// MaxROMSize bytes long.
func NewROM(image []byte) (*ROM, error) {
	if len(image) == 0 || len(image) > MaxROMSize {
		return nil, fmt.Errorf("rom: image of %d bytes: want 1 to %d", len(image), MaxROMSize)
	}
	data := make([]byte, (len(image)+3)&^3)
	copy(data, image)
	return &ROM{data: data}, nil
}

func (r *ROM) Name() string  { return "rom" }
func (r *ROM) Size() uint32  { return uint32(len(r.data)) }
func (r *ROM) Bytes() []byte { return r.data }

func (r *ROM) Read(off uint32, size int) (uint32, error) {
	if sizeMask(size) == 0 {
		return 0, fmt.Errorf("%d bytes: %w", size, ErrAccessSize)
	}
	if uint64(off)+uint64(size) > uint64(len(r.data)) {
		return 0, fmt.Errorf("offset %#x: %w", off, ErrBadOffset)
	}
	switch size {
	case 1:
		return uint32(r.data[off]), nil
	case 2:
		return uint32(binary.LittleEndian.Uint16(r.data[off:])), nil
	}
	return binary.LittleEndian.Uint32(r.data[off:]), nil
}

func (r *ROM) Write(off uint32, size int, v uint32) error { return ErrReadOnly }

// LoadROM maps a boot ROM holding image at ROMBase, replacing the ROM loaded
// before, if any. The reset vector 0xBFC00000 (kseg1) is the image's first
// word.
func (b *Bus) LoadROM(image []byte) error {
	r, err := NewROM(image)
	if err != nil {
		return fmt.Errorf("bus: load %w", err)
	}
	var old Device
	if b.rom != nil {
		old = b.unmap(ROMBase)
	}
	if err := b.Map(ROMBase, r); err != nil {
		if old != nil {
			_ = b.Map(ROMBase, old) // cannot fail: it was mapped there a moment ago
		}
		return err
	}
	b.rom = r
	b.wrote(ROMBase, len(r.data))
	return nil
}

func (b *Bus) wrote(pa uint32, n int) {
	if n > 0 {
		for _, h := range b.writeHooks {
			h.fn(pa, n)
		}
	}
}

// memory returns the host bytes that hold [pa, pa+n) and the name of their
// region: RAM or the contents of a Memory device. The span must lie in one
// region.
func (b *Bus) memory(op string, pa uint32, n int) ([]byte, string, error) {
	fail := func(region string, err error) ([]byte, string, error) {
		return nil, region, &AccessError{Op: op, PA: pa, Size: n, Region: region, Err: err}
	}
	if n < 0 {
		return fail(b.regionName(pa), ErrAccessSize)
	}
	end := uint64(pa) + uint64(n)
	if pa < b.ramSize {
		if end > uint64(b.ramSize) {
			return fail("ram", ErrUnmapped)
		}
		return b.ram[pa:end], "ram", nil
	}
	m := b.lookup(pa)
	if m == nil {
		return fail("", ErrUnmapped)
	}
	mem, ok := m.dev.(Memory)
	if !ok {
		return fail(m.name, ErrNotMemory)
	}
	data := mem.Bytes()
	size := min(uint64(m.size), uint64(len(data)))
	if end-uint64(m.base) > size {
		return fail(m.name, ErrUnmapped)
	}
	return data[pa-m.base : end-uint64(m.base)], m.name, nil
}

// ReadBytes returns a copy of the n bytes at pa, for loaders and debuggers.
// The span must lie within RAM or within one Memory device (the ROM);
// device registers are refused (ErrNotMemory), since reading them has side
// effects.
func (b *Bus) ReadBytes(pa uint32, n int) ([]byte, error) {
	if n == 0 {
		return []byte{}, nil
	}
	mem, _, err := b.memory("read", pa, n)
	if err != nil {
		return nil, err
	}
	return append([]byte(nil), mem...), nil
}

// WriteBytes copies p to pa, for loaders and debuggers. The span must lie
// within RAM or within one Memory device: the host may patch the ROM (a
// breakpoint in boot code). Nothing is written unless all of it can be.
func (b *Bus) WriteBytes(pa uint32, p []byte) error {
	if len(p) == 0 {
		return nil
	}
	mem, _, err := b.memory("write", pa, len(p))
	if err != nil {
		return err
	}
	copy(mem, p)
	b.wrote(pa, len(p))
	return nil
}

// DMARead fills p from memory at pa: a device reading memory, such as a
// disk writing a buffer out or a NIC sending a packet. The span must lie
// within RAM or within the ROM.
func (b *Bus) DMARead(pa uint32, p []byte) error {
	if len(p) == 0 {
		return nil
	}
	mem, _, err := b.memory("dma read", pa, len(p))
	if err != nil {
		return err
	}
	copy(p, mem)
	return nil
}

// DMAWrite copies p into RAM at pa: a device writing memory, such as a disk
// reading a block in or a NIC receiving a packet. The span must lie in RAM
// (to a device the ROM is read-only); nothing is written unless all of it
// can be.
func (b *Bus) DMAWrite(pa uint32, p []byte) error {
	if len(p) == 0 {
		return nil
	}
	mem, region, err := b.memory("dma write", pa, len(p))
	if err != nil {
		return err
	}
	if pa >= b.ramSize {
		return &AccessError{Op: "dma write", PA: pa, Size: len(p), Region: region, Err: ErrReadOnly}
	}
	copy(mem, p)
	b.wrote(pa, len(p))
	return nil
}
