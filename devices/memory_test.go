package devices

import (
	"errors"
	"fmt"
	"slices"
	"testing"
)

func TestROM(t *testing.T) {
	b := NewBus(64 << 10)
	if _, err := b.Read(ROMBase, 4); !errors.Is(err, ErrUnmapped) {
		t.Errorf("before LoadROM: Read(ROMBase) error %v, want unmapped", err)
	}
	image := []byte{0x08, 0x00, 0xf0, 0x0b, 0xaa, 0xbb, 0xcc}
	if err := b.LoadROM(image); err != nil {
		t.Fatal(err)
	}
	image[0] = 0xff // LoadROM copies the image
	for _, c := range []struct {
		pa   uint32
		size int
		want uint32
	}{
		{ROMBase, 4, 0x0bf00008},
		{ROMBase, 2, 0x0008},
		{ROMBase + 2, 2, 0x0bf0},
		{ROMBase + 3, 1, 0x0b},
		{ROMBase + 4, 4, 0x00ccbbaa}, // zero-padded to a word
		{ROMBase + 7, 1, 0x00},
	} {
		if got, err := b.Read(c.pa, c.size); err != nil || got != c.want {
			t.Errorf("Read(%#x, %d) = %#x, %v; want %#x", c.pa, c.size, got, err, c.want)
		}
	}
	if err := b.Write(ROMBase, 4, 0); !errors.Is(err, ErrReadOnly) {
		t.Errorf("Write(ROMBase) error %v, want read-only", err)
	}
	if got, _ := b.Read(ROMBase, 4); got != 0x0bf00008 {
		t.Errorf("the refused write changed the ROM to %#x", got)
	}

	// A second image replaces the first.
	if err := b.LoadROM([]byte{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}); err != nil {
		t.Fatal(err)
	}
	if got, err := b.Read(ROMBase+8, 4); err != nil || got != 0x0c0b0a09 {
		t.Errorf("after reload: Read(ROMBase+8) = %#x, %v", got, err)
	}
	want := []Region{{"ram", 0, 64 << 10}, {"rom", ROMBase, 12}}
	if got := b.Regions(); !slices.Equal(got, want) {
		t.Errorf("Regions() = %v, want %v", got, want)
	}

	for _, c := range []struct {
		image []byte
		msg   string
	}{
		{nil, "bus: load rom: image of 0 bytes: want 1 to 4194304"},
		{make([]byte, MaxROMSize+1), "bus: load rom: image of 4194305 bytes: want 1 to 4194304"},
	} {
		if err := b.LoadROM(c.image); err == nil || err.Error() != c.msg {
			t.Errorf("LoadROM(%d bytes) = %v, want %q", len(c.image), err, c.msg)
		}
	}
	if got, err := b.Read(ROMBase+8, 4); err != nil || got != 0x0c0b0a09 {
		t.Errorf("a refused image changed the ROM: %#x, %v", got, err)
	}

	// An image that would overlap another device leaves the old ROM mapped.
	if err := b.Map(ROMBase+0x1000, sized{"squatter", 4}); err != nil {
		t.Fatal(err)
	}
	if err := b.LoadROM(make([]byte, 0x2000)); !errors.Is(err, ErrOverlap) {
		t.Errorf("LoadROM over a device: %v, want overlap", err)
	}
	if got, err := b.Read(ROMBase, 4); err != nil || got != 0x04030201 {
		t.Errorf("after a refused reload: Read(ROMBase) = %#x, %v", got, err)
	}
	if err := b.LoadROM(make([]byte, MaxROMSize)); !errors.Is(err, ErrOverlap) {
		t.Errorf("LoadROM of 4 MiB over a device: %v, want overlap", err)
	}
}

func TestReadWriteBytes(t *testing.T) {
	b := NewSystemBus(64<<10, nil, nil)
	if err := b.LoadROM([]byte{0xa, 0xb, 0xc, 0xd}); err != nil {
		t.Fatal(err)
	}
	if err := b.WriteBytes(0xfffd, []byte{1, 2, 3}); err != nil {
		t.Fatal(err)
	}
	if got, err := b.ReadBytes(0xfffc, 4); err != nil || !slices.Equal(got, []byte{0, 1, 2, 3}) {
		t.Errorf("ReadBytes(0xfffc, 4) = % x, %v", got, err)
	}
	// The host may patch the ROM (a debugger's breakpoint).
	if err := b.WriteBytes(ROMBase+1, []byte{0xee}); err != nil {
		t.Fatal(err)
	}
	if got, err := b.Read(ROMBase, 4); err != nil || got != 0x0d0cee0a {
		t.Errorf("Read(ROMBase) after a host patch = %#x, %v", got, err)
	}
	if got, err := b.ReadBytes(ROMBase, 4); err != nil || !slices.Equal(got, []byte{0xa, 0xee, 0xc, 0xd}) {
		t.Errorf("ReadBytes(ROMBase, 4) = % x, %v", got, err)
	}
	if got, err := b.ReadBytes(0x1234, 0); err != nil || len(got) != 0 {
		t.Errorf("ReadBytes(n=0) = % x, %v", got, err)
	}

	cases := []struct {
		write bool
		pa    uint32
		n     int
		err   error
		msg   string
	}{
		{false, 0xfffe, 4, ErrUnmapped, "bus: 4-byte read at 0x0000fffe (ram): unmapped address"},
		{true, 0xfffe, 4, ErrUnmapped, "bus: 4-byte write at 0x0000fffe (ram): unmapped address"},
		{false, 0x20000, 1, ErrUnmapped, "bus: 1-byte read at 0x00020000: unmapped address"},
		{false, ROMBase + 2, 4, ErrUnmapped, "bus: 4-byte read at 0x1fc00002 (rom): unmapped address"},
		{false, UARTBase + UARTRxData, 1, ErrNotMemory, "bus: 1-byte read at 0x1f000004 (uart): device registers are not memory"},
		{true, PowerOffBase, 4, ErrNotMemory, "bus: 4-byte write at 0x1f000100 (poweroff): device registers are not memory"},
		{false, 0, -1, ErrAccessSize, "bus: -1-byte read at 0x00000000 (ram): bad access size"},
		{false, 0xfffffff0, 1 << 30, ErrUnmapped, "bus: 1073741824-byte read at 0xfffffff0: unmapped address"},
	}
	for _, c := range cases {
		var err error
		if c.write {
			err = b.WriteBytes(c.pa, make([]byte, c.n))
		} else {
			var got []byte
			got, err = b.ReadBytes(c.pa, c.n)
			if got != nil {
				t.Errorf("ReadBytes(%#x, %d) returned % x with an error", c.pa, c.n, got)
			}
		}
		if !errors.Is(err, c.err) || err.Error() != c.msg {
			t.Errorf("write=%v pa=%#x n=%d: error %v, want %q", c.write, c.pa, c.n, err, c.msg)
		}
	}
	// The refused write across the end of RAM wrote nothing.
	if got := b.RAM()[0xfffe:]; !slices.Equal(got, []byte{2, 3}) {
		t.Errorf("RAM end = % x after a refused write", got)
	}
	if _, ok := b.Halted(); ok {
		t.Errorf("WriteBytes reached the power-off register")
	}
}

// dmaEngine is a device in the shape of a disk controller: the guest sets
// SRC, DST and LEN and writes GO; the device copies through the bus and
// raises its interrupt line, or sets ERROR.
type dmaEngine struct {
	bus  *Bus
	base uint32
	regs [5]uint32 // SRC, DST, LEN, GO (write) / ERROR (read), BASE (read)
	line int
}

func (d *dmaEngine) Name() string { return "dma" }
func (d *dmaEngine) Size() uint32 { return 20 }

func (d *dmaEngine) Attach(b *Bus, base uint32) error {
	if d.bus != nil {
		return errors.New("already attached")
	}
	d.bus, d.base = b, base
	d.regs[4] = base
	return nil
}

func (d *dmaEngine) Read(off uint32, size int) (uint32, error) {
	r, err := register(off, size, 5)
	if err != nil {
		return 0, err
	}
	return d.regs[r], nil
}

func (d *dmaEngine) Write(off uint32, size int, v uint32) error {
	r, err := register(off, size, 5)
	if err != nil || r == 4 {
		return err
	}
	if r != 3 {
		d.regs[r] = v
		return nil
	}
	buf := make([]byte, d.regs[2])
	d.regs[3] = 0
	if err := d.bus.DMARead(d.regs[0], buf); err != nil {
		d.regs[3] = 1
	} else if err := d.bus.DMAWrite(d.regs[1], buf); err != nil {
		d.regs[3] = 2
	}
	d.bus.Interrupts().Raise(d.line)
	return nil
}

func TestDMADevice(t *testing.T) {
	b := NewSystemBus(64<<10, nil, nil)
	if err := b.LoadROM([]byte("boot code")); err != nil {
		t.Fatal(err)
	}
	d := &dmaEngine{line: 1}
	const base = 0x1f000300
	if err := b.Map(base, d); err != nil {
		t.Fatal(err)
	}
	if err := b.Map(0x1f000400, d); err == nil || err.Error() != "bus: map dma at 0x1f000400 (0x14 bytes): attach: already attached" {
		t.Errorf("second Map of an Attacher: %v", err)
	}
	var hooked []Region
	b.AddWriteHook(func(pa uint32, n int) { hooked = append(hooked, Region{"", pa, uint32(n)}) })

	cases := []struct {
		src, dst, n uint32
		status      uint32
		dstBytes    string
	}{
		{ROMBase, 0x100, 9, 0, "boot code"},
		{0x100, 0x200, 4, 0, "boot"},
		{0x100, ROMBase, 4, 2, ""},
		{0x100, UARTBase, 4, 2, ""},
		{UARTBase, 0x300, 4, 1, "\x00\x00\x00\x00"},
		{0xfff0, 0x400, 0x20, 1, "\x00\x00\x00\x00"},
	}
	for _, c := range cases {
		b.Interrupts().Lower(1)
		for _, w := range []struct{ off, v uint32 }{{0, c.src}, {4, c.dst}, {8, c.n}, {12, 1}} {
			if err := b.Write(base+w.off, 4, w.v); err != nil {
				t.Fatal(err)
			}
		}
		status, err := b.Read(base+12, 4)
		if err != nil || status != c.status {
			t.Errorf("copy %#x -> %#x: ERROR = %d, %v; want %d", c.src, c.dst, status, err, c.status)
		}
		if b.Interrupts().Pending() != 1<<1 {
			t.Errorf("copy %#x -> %#x: Pending() = %#b, want line 1", c.src, c.dst, b.Interrupts().Pending())
		}
		if c.dstBytes != "" {
			got, _ := b.ReadBytes(c.dst, len(c.dstBytes))
			if string(got) != c.dstBytes {
				t.Errorf("copy %#x -> %#x: destination %q, want %q", c.src, c.dst, got, c.dstBytes)
			}
		}
	}
	if got, _ := b.Read(base+16, 4); got != base {
		t.Errorf("the device saw base %#x, want %#x", got, base)
	}
	want := []Region{{"", 0x100, 9}, {"", 0x200, 4}}
	if !slices.Equal(hooked, want) {
		t.Errorf("write hook saw %v, want %v", hooked, want)
	}
}

func TestWriteHook(t *testing.T) {
	b := NewSystemBus(64<<10, nil, nil)
	var got []Region
	b.AddWriteHook(func(pa uint32, n int) { got = append(got, Region{"", pa, uint32(n)}) })
	steps := []struct {
		do  func() error
		err error
	}{
		{func() error { return b.Write(0x40, 4, 1) }, nil},
		{func() error { return b.Write(0x41, 1, 1) }, nil},
		{func() error { return b.Write(0x42, 2, 1) }, nil},
		{func() error { return b.Write(0x43, 2, 1) }, ErrMisaligned},
		{func() error { return b.Write(UARTBase+UARTTxData, 1, 'x') }, nil}, // registers, not memory
		{func() error { return b.WriteBytes(0x1000, []byte{1, 2, 3}) }, nil},
		{func() error { return b.WriteBytes(0x1000, nil) }, nil},
		{func() error { return b.WriteBytes(0xfffe, []byte{1, 2, 3}) }, ErrUnmapped},
		{func() error { return b.DMAWrite(0x2000, make([]byte, 16)) }, nil},
		{func() error { return b.LoadROM(make([]byte, 10)) }, nil},
	}
	for i, s := range steps {
		if err := s.do(); !errors.Is(err, s.err) {
			t.Errorf("step %d: error %v, want %v", i, err, s.err)
		}
	}
	want := []Region{{"", 0x40, 4}, {"", 0x41, 1}, {"", 0x42, 2}, {"", 0x1000, 3}, {"", 0x2000, 16}, {"", ROMBase, 12}}
	if !slices.Equal(got, want) {
		t.Errorf("write hook saw %v, want %v", got, want)
	}
}

// alarm is a Clocked device: it raises its line at the cycle the guest
// writes to its register.
type alarm struct {
	intc  *IntC
	at    uint64
	armed bool
	line  int
}

func (a *alarm) Name() string                              { return "alarm" }
func (a *alarm) Size() uint32                              { return 4 }
func (a *alarm) Read(off uint32, size int) (uint32, error) { return 0, nil }
func (a *alarm) Write(off uint32, size int, v uint32) error {
	a.at, a.armed = uint64(v), true
	return nil
}
func (a *alarm) NextEvent() (uint64, bool) { return a.at, a.armed }
func (a *alarm) Advance(now uint64) {
	if a.armed && now >= a.at {
		a.armed = false
		a.intc.Raise(a.line)
	}
}

func TestClocked(t *testing.T) {
	b := NewSystemBus(64<<10, nil, nil)
	if _, ok := b.NextEvent(); ok {
		t.Errorf("NextEvent with no clocked device: ok")
	}
	a1 := &alarm{intc: b.Interrupts(), line: 2}
	a2 := &alarm{intc: b.Interrupts(), line: 3}
	if err := b.Map(0x1f000300, a1); err != nil {
		t.Fatal(err)
	}
	if err := b.Map(0x1f000400, a2); err != nil {
		t.Fatal(err)
	}
	if err := errors.Join(b.Write(0x1f000300, 4, 500), b.Write(0x1f000400, 4, 200)); err != nil {
		t.Fatal(err)
	}
	steps := []struct {
		advance uint64
		next    uint64
		ok      bool
		pending uint8
	}{
		{100, 200, true, 0},
		{200, 500, true, 1 << 3},
		{499, 500, true, 1 << 3},
		{500, 0, false, 1<<3 | 1<<2},
	}
	for _, s := range steps {
		b.Advance(s.advance)
		next, ok := b.NextEvent()
		if next != s.next || ok != s.ok || b.Interrupts().Pending() != s.pending {
			t.Errorf("Advance(%d): NextEvent() = %d, %v, Pending() = %#b; want %d, %v, %#b",
				s.advance, next, ok, b.Interrupts().Pending(), s.next, s.ok, s.pending)
		}
	}
}

// TestWriteHooks: every listener sees every write, in the order they were
// added, until it is removed.
func TestWriteHooks(t *testing.T) {
	b := NewBus(64 << 10)
	var got []string
	first := b.AddWriteHook(func(pa uint32, n int) { got = append(got, fmt.Sprintf("first %#x+%d", pa, n)) })
	b.AddWriteHook(func(pa uint32, n int) { got = append(got, fmt.Sprintf("second %#x+%d", pa, n)) })
	if err := b.Write(0x100, 4, 1); err != nil {
		t.Fatal(err)
	}
	if !b.RemoveWriteHook(first) || b.RemoveWriteHook(first) {
		t.Error("RemoveWriteHook: want true once, then false")
	}
	if err := b.WriteBytes(0x200, []byte{1, 2}); err != nil {
		t.Fatal(err)
	}
	want := []string{"first 0x100+4", "second 0x100+4", "second 0x200+2"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("listeners saw %q, want %q", got, want)
	}
}
