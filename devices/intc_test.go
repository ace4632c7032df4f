package devices

import (
	"errors"
	"testing"
)

func TestIntC(t *testing.T) {
	type op struct {
		kind string // "raise", "lower", "mask" (register write), "set0"/"set1" (Set)
		arg  int
	}
	cases := []struct {
		name          string
		ops           []op
		pending, mask uint32 // the registers afterwards
		out           uint8  // Pending() afterwards
	}{
		{"reset", nil, 0, 0x1f, 0},
		{"raise", []op{{"raise", 0}, {"raise", 4}}, 0x11, 0x1f, 0x11},
		{"raise twice, lower once", []op{{"raise", 2}, {"raise", 2}, {"lower", 2}}, 0, 0x1f, 0},
		{"lower a low line", []op{{"lower", 3}}, 0, 0x1f, 0},
		{"mask", []op{{"raise", 1}, {"raise", 3}, {"mask", 0x02}}, 0x0a, 0x02, 0x02},
		{"mask bits above line 4", []op{{"raise", 4}, {"mask", 0xfffffff0}}, 0x10, 0x10, 0x10},
		{"masked then unmasked", []op{{"mask", 0}, {"raise", 0}, {"mask", 1}}, 1, 1, 1},
		{"out-of-range lines", []op{{"raise", -1}, {"raise", 5}, {"raise", 1 << 20}, {"lower", -3}}, 0, 0x1f, 0},
		{"set", []op{{"set1", 3}, {"set1", 0}, {"set0", 3}}, 1, 0x1f, 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b := NewSystemBus(64<<10, nil, nil)
			ic := b.Interrupts()
			for _, o := range c.ops {
				switch o.kind {
				case "raise":
					ic.Raise(o.arg)
				case "lower":
					ic.Lower(o.arg)
				case "set0", "set1":
					ic.Set(o.arg, o.kind == "set1")
				case "mask":
					if err := b.Write(IntCBase+IntCMask, 4, uint32(o.arg)); err != nil {
						t.Fatal(err)
					}
				}
			}
			// Writes to PENDING are ignored.
			if err := b.Write(IntCBase+IntCPending, 4, 0x1f); err != nil {
				t.Fatal(err)
			}
			p, err1 := b.Read(IntCBase+IntCPending, 4)
			m, err2 := b.Read(IntCBase+IntCMask, 4)
			if err := errors.Join(err1, err2); err != nil {
				t.Fatal(err)
			}
			if p != c.pending || m != c.mask || ic.Pending() != c.out {
				t.Errorf("PENDING %#x, MASK %#x, Pending() %#x; want %#x, %#x, %#x", p, m, ic.Pending(), c.pending, c.mask, c.out)
			}
		})
	}
}

func TestNilIntC(t *testing.T) {
	var ic *IntC
	ic.Raise(0)
	ic.Lower(0)
	if ic.Pending() != 0 {
		t.Errorf("nil IntC: Pending() = %#x", ic.Pending())
	}
	if v, err := ic.Read(IntCMask, 4); v != 0 || err != nil {
		t.Errorf("nil IntC: Read = %#x, %v", v, err)
	}
	if err := ic.Write(IntCMask, 4, 1); err != nil {
		t.Errorf("nil IntC: Write = %v", err)
	}
}

func TestPowerOff(t *testing.T) {
	cases := []struct {
		name   string
		writes []access
		status int
		ok     bool
	}{
		{"running", nil, 0, false},
		{"exit 0", []access{{true, PowerOffBase, 4, 0}}, 0, true},
		{"exit 3", []access{{true, PowerOffBase, 4, 3}}, 3, true},
		{"signed word", []access{{true, PowerOffBase, 4, 0xffffffff}}, -1, true},
		{"largest", []access{{true, PowerOffBase, 4, 0x7fffffff}}, 0x7fffffff, true},
		{"byte zero-extended", []access{{true, PowerOffBase, 1, 0xff}}, 255, true},
		{"halfword zero-extended", []access{{true, PowerOffBase, 2, 0x8001}}, 0x8001, true},
		{"first write wins", []access{{true, PowerOffBase, 4, 7}, {true, PowerOffBase, 4, 9}}, 7, true},
		{"reads do not halt", []access{{false, PowerOffBase, 4, 0}}, 0, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b := NewSystemBus(64<<10, nil, nil)
			for _, a := range c.writes {
				if a.write {
					if err := b.Write(a.pa, a.size, a.v); err != nil {
						t.Fatal(err)
					}
				} else if v, err := b.Read(a.pa, a.size); err != nil || v != a.v {
					t.Fatalf("Read(%#x) = %#x, %v", a.pa, v, err)
				}
			}
			if status, ok := b.Halted(); status != c.status || ok != c.ok {
				t.Errorf("Halted() = %d, %v; want %d, %v", status, ok, c.status, c.ok)
			}
		})
	}
	// A power-off device built without a bus does nothing.
	if err := NewPowerOff(nil).Write(0, 4, 1); err != nil {
		t.Errorf("NewPowerOff(nil).Write: %v", err)
	}
}
