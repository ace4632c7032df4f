package devices

import (
	"errors"
	"slices"
	"testing"
)

// access is one bus operation in a table: a write of v, or a read expecting v.
type access struct {
	write bool
	pa    uint32
	size  int
	v     uint32
}

func TestRAMReadWrite(t *testing.T) {
	cases := []struct {
		name  string
		ops   []access
		bytes map[uint32][]byte // RAM contents afterwards
	}{
		{"word", []access{
			{true, 0x100, 4, 0x11223344},
			{false, 0x100, 4, 0x11223344},
			{false, 0x100, 2, 0x3344},
			{false, 0x102, 2, 0x1122},
			{false, 0x100, 1, 0x44},
			{false, 0x101, 1, 0x33},
			{false, 0x102, 1, 0x22},
			{false, 0x103, 1, 0x11},
		}, map[uint32][]byte{0x100: {0x44, 0x33, 0x22, 0x11}}},
		{"halfwords", []access{
			{true, 0x200, 2, 0xbeef},
			{true, 0x202, 2, 0xdead},
			{false, 0x200, 4, 0xdeadbeef},
		}, map[uint32][]byte{0x200: {0xef, 0xbe, 0xad, 0xde}}},
		{"bytes", []access{
			{true, 0x300, 1, 0x01},
			{true, 0x301, 1, 0x02},
			{true, 0x302, 1, 0x03},
			{true, 0x303, 1, 0x04},
			{false, 0x300, 4, 0x04030201},
		}, map[uint32][]byte{0x300: {1, 2, 3, 4}}},
		{"high bits of the value are dropped", []access{
			{true, 0x400, 4, 0xffffffff},
			{true, 0x400, 1, 0x1234},
			{true, 0x402, 2, 0xabcd0000},
			{false, 0x400, 4, 0x0000ff34},
		}, map[uint32][]byte{0x400: {0x34, 0xff, 0, 0}}},
		{"zero-extended reads", []access{
			{true, 0x500, 4, 0x8080ffff},
			{false, 0x500, 1, 0xff},
			{false, 0x500, 2, 0xffff},
			{false, 0x502, 2, 0x8080},
		}, nil},
		{"first and last words", []access{
			{true, 0, 4, 0xcafef00d},
			{true, 0xfffc, 4, 0x0badf00d},
			{false, 0, 4, 0xcafef00d},
			{false, 0xfffc, 4, 0x0badf00d},
			{false, 0xffff, 1, 0x0b},
			{false, 0xfffe, 2, 0x0bad},
		}, map[uint32][]byte{0: {0x0d, 0xf0, 0xfe, 0xca}, 0xfffc: {0x0d, 0xf0, 0xad, 0x0b}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b := NewBus(64 << 10)
			for _, op := range c.ops {
				if op.write {
					if err := b.Write(op.pa, op.size, op.v); err != nil {
						t.Fatalf("Write(%#x, %d, %#x): %v", op.pa, op.size, op.v, err)
					}
					continue
				}
				got, err := b.Read(op.pa, op.size)
				if err != nil || got != op.v {
					t.Errorf("Read(%#x, %d) = %#x, %v; want %#x", op.pa, op.size, got, err, op.v)
				}
			}
			for pa, want := range c.bytes {
				if got := b.RAM()[pa : pa+uint32(len(want))]; !slices.Equal(got, want) {
					t.Errorf("RAM()[%#x:] = % x, want % x", pa, got, want)
				}
			}
		})
	}
}

func TestBusErrors(t *testing.T) {
	b := NewSystemBus(64<<10, nil, nil)
	if err := b.LoadROM([]byte{1, 2, 3, 4, 5, 6, 7, 8}); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		write bool
		pa    uint32
		size  int
		err   error
		msg   string
	}{
		{false, 0x10000, 4, ErrUnmapped, "bus: 4-byte read at 0x00010000: unmapped address"},
		{true, 0x10000, 1, ErrUnmapped, "bus: 1-byte write at 0x00010000: unmapped address"},
		{false, 0xfffffffc, 4, ErrUnmapped, "bus: 4-byte read at 0xfffffffc: unmapped address"},
		{false, 0x1f000010, 4, ErrUnmapped, "bus: 4-byte read at 0x1f000010: unmapped address"},
		{false, 0x1fc00008, 4, ErrUnmapped, "bus: 4-byte read at 0x1fc00008: unmapped address"},
		{false, 0x102, 4, ErrMisaligned, "bus: 4-byte read at 0x00000102 (ram): misaligned"},
		{true, 0x101, 2, ErrMisaligned, "bus: 2-byte write at 0x00000101 (ram): misaligned"},
		{false, 0x1f000001, 2, ErrMisaligned, "bus: 2-byte read at 0x1f000001 (uart): misaligned"},
		{false, 0x100, 3, ErrAccessSize, "bus: 3-byte read at 0x00000100 (ram): bad access size"},
		{true, 0x100, 8, ErrAccessSize, "bus: 8-byte write at 0x00000100 (ram): bad access size"},
		{false, 0x100, 0, ErrAccessSize, "bus: 0-byte read at 0x00000100 (ram): bad access size"},
		{true, 0x100, -1, ErrAccessSize, "bus: -1-byte write at 0x00000100 (ram): bad access size"},
		{false, 0x20000000, -4, ErrAccessSize, "bus: -4-byte read at 0x20000000: bad access size"},
		{true, 0x1fc00000, 4, ErrReadOnly, "bus: 4-byte write at 0x1fc00000 (rom): read-only"},
		{true, 0x1fc00007, 1, ErrReadOnly, "bus: 1-byte write at 0x1fc00007 (rom): read-only"},
		{false, 0x1f000001, 1, ErrBadOffset, "bus: 1-byte read at 0x1f000001 (uart): offset 0x1: no register at this offset"},
		{true, 0x1f000102, 2, ErrBadOffset, "bus: 2-byte write at 0x1f000102 (poweroff): offset 0x2: no register at this offset"},
		{false, 0x1f000206, 2, ErrBadOffset, "bus: 2-byte read at 0x1f000206 (intc): offset 0x6: no register at this offset"},
	}
	for _, c := range cases {
		var err error
		if c.write {
			err = b.Write(c.pa, c.size, 0)
		} else {
			var v uint32
			v, err = b.Read(c.pa, c.size)
			if v != 0 {
				t.Errorf("Read(%#x, %d) = %#x with an error", c.pa, c.size, v)
			}
		}
		var ae *AccessError
		if !errors.Is(err, c.err) || !errors.As(err, &ae) || ae.PA != c.pa || err.Error() != c.msg {
			t.Errorf("write=%v pa=%#x size=%d: error %v, want %q", c.write, c.pa, c.size, err, c.msg)
		}
	}
	if _, ok := b.Halted(); ok {
		t.Errorf("a refused write to the power-off register halted the machine")
	}
}

// sized is a device of the given name and size with no registers.
type sized struct {
	name string
	size uint32
}

func (d sized) Name() string                     { return d.name }
func (d sized) Size() uint32                     { return d.size }
func (d sized) Read(uint32, int) (uint32, error) { return 0x5a5a5a5a, nil }
func (d sized) Write(uint32, int, uint32) error  { return nil }

func TestMapErrors(t *testing.T) {
	cases := []struct {
		base uint32
		dev  Device
		err  error
		msg  string
	}{
		{0x8000, sized{"low", 16}, ErrOverlap, "bus: map low at 0x00008000 (0x10 bytes): overlaps a mapped region: ram at 0x00000000 (0x10000 bytes)"},
		{0x1f000000, sized{"same", 16}, ErrOverlap, "bus: map same at 0x1f000000 (0x10 bytes): overlaps a mapped region: uart at 0x1f000000 (0x10 bytes)"},
		{0x1f0000fc, sized{"below", 8}, ErrOverlap, "bus: map below at 0x1f0000fc (0x8 bytes): overlaps a mapped region: poweroff at 0x1f000100 (0x4 bytes)"},
		{0x1f00000c, sized{"inside", 4}, ErrOverlap, "bus: map inside at 0x1f00000c (0x4 bytes): overlaps a mapped region: uart at 0x1f000000 (0x10 bytes)"},
		{0x1f000000, sized{"around", 0x1000}, ErrOverlap, "bus: map around at 0x1f000000 (0x1000 bytes): overlaps a mapped region: uart at 0x1f000000 (0x10 bytes)"},
		{0x20000002, sized{"odd", 16}, ErrMisaligned, "bus: map odd at 0x20000002 (0x10 bytes): base: misaligned"},
		{0x20000000, sized{"empty", 0}, ErrMisaligned, "bus: map empty at 0x20000000 (0x0 bytes): size is not a positive multiple of 4: misaligned"},
		{0x20000000, sized{"ragged", 6}, ErrMisaligned, "bus: map ragged at 0x20000000 (0x6 bytes): size is not a positive multiple of 4: misaligned"},
		{0xfffffff0, sized{"wraps", 32}, nil, "bus: map wraps at 0xfffffff0 (0x20 bytes): runs past the top of the address space"},
		{0x20000000, nil, nil, "bus: map at 0x20000000: nil device"},
	}
	for _, c := range cases {
		b := NewSystemBus(64<<10, nil, nil)
		before := b.Regions()
		err := b.Map(c.base, c.dev)
		if err == nil || (c.err != nil && !errors.Is(err, c.err)) || err.Error() != c.msg {
			t.Errorf("Map(%#x, %v) = %v, want %q", c.base, c.dev, err, c.msg)
		}
		if after := b.Regions(); !slices.Equal(after, before) {
			t.Errorf("Map(%#x, %v) failed but changed the regions to %v", c.base, c.dev, after)
		}
	}
}

func TestMapAndRegions(t *testing.T) {
	b := NewSystemBus(1<<20, nil, nil)
	for _, m := range []struct {
		base uint32
		dev  Device
	}{
		{0xfffffff0, sized{"top", 16}},
		{0x1f000300, sized{"nic", 0x100}},
		{0x1f000010, sized{"adjacent", 4}},
	} {
		if err := b.Map(m.base, m.dev); err != nil {
			t.Fatal(err)
		}
	}
	if err := b.LoadROM(make([]byte, 4097)); err != nil {
		t.Fatal(err)
	}
	want := []Region{
		{"ram", 0, 1 << 20},
		{"uart", 0x1f000000, 16},
		{"adjacent", 0x1f000010, 4},
		{"poweroff", 0x1f000100, 4},
		{"intc", 0x1f000200, 8},
		{"nic", 0x1f000300, 0x100},
		{"rom", 0x1fc00000, 4100},
		{"top", 0xfffffff0, 16},
	}
	if got := b.Regions(); !slices.Equal(got, want) {
		t.Errorf("Regions() =\n%v\nwant\n%v", got, want)
	}
	for _, c := range []struct {
		pa   uint32
		name string
		base uint32
	}{
		{0x1f000000, "uart", 0x1f000000},
		{0x1f00000c, "uart", 0x1f000000},
		{0x1f000013, "adjacent", 0x1f000010},
		{0x1f0003ff, "nic", 0x1f000300},
		{0xffffffff, "top", 0xfffffff0},
		{0x1f000014, "", 0},
		{0x100, "", 0},
	} {
		d, base, ok := b.DeviceAt(c.pa)
		name := ""
		if ok {
			name = d.Name()
		}
		if name != c.name || base != c.base || ok != (c.name != "") {
			t.Errorf("DeviceAt(%#x) = %s at %#x, %v; want %q at %#x", c.pa, name, base, ok, c.name, c.base)
		}
	}
	if v, err := b.Read(0xfffffffc, 4); err != nil || v != 0x5a5a5a5a {
		t.Errorf("Read(0xfffffffc, 4) = %#x, %v", v, err)
	}
	if v, err := b.Read(0x1f000300, 1); err != nil || v != 0x5a {
		t.Errorf("Read(0x1f000300, 1) = %#x, %v; want the low byte only", v, err)
	}
}

func TestRAMSize(t *testing.T) {
	cases := []struct {
		n    uint32
		size uint32
		ok   bool
	}{
		{DefaultRAMSize, 64 << 20, true},
		{PageSize, PageSize, true},
		{MaxRAMSize, MaxRAMSize, true},
		{0, 0, false},
		{1, PageSize, false},
		{PageSize + 1, 2 * PageSize, false},
		{MaxRAMSize + PageSize, MaxRAMSize, false},
		{0xffffffff, MaxRAMSize, false},
	}
	for _, c := range cases {
		if err := CheckRAMSize(c.n); (err == nil) != c.ok {
			t.Errorf("CheckRAMSize(%#x) = %v, want ok=%v", c.n, err, c.ok)
		}
		if got := roundRAMSize(c.n); got != c.size {
			t.Errorf("roundRAMSize(%#x) = %#x, want %#x", c.n, got, c.size)
		}
		if c.size > 1<<20 {
			continue // NewBus would allocate it all
		}
		b := NewBus(c.n)
		if got := uint32(len(b.RAM())); got != c.size {
			t.Errorf("NewBus(%#x): %#x bytes of RAM, want %#x", c.n, got, c.size)
		}
		wantRegions := 1
		if c.size == 0 {
			wantRegions = 0
			if _, err := b.Read(0, 4); !errors.Is(err, ErrUnmapped) {
				t.Errorf("NewBus(0).Read(0, 4): %v, want unmapped", err)
			}
		}
		if len(b.Regions()) != wantRegions {
			t.Errorf("NewBus(%#x).Regions() = %v", c.n, b.Regions())
		}
	}
}
