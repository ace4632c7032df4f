package mmu

import (
	"testing"
)

// A sequence of accesses on the dec5000 profile, with exact costs: I-cache
// 64 KB of 16-byte lines (miss 16), D-cache 128 KB of 4-byte lines (miss
// 10), a 4-entry write buffer retiring a store every 8 cycles, partial-word
// hits 1, uncached accesses 10.
func TestCostsDEC5000(t *testing.T) {
	m := New(lookup(t, "dec5000"))
	steps := []struct {
		name   string
		op     string // f fetch, l load, s store (size in size)
		pa     uint32
		size   int
		cached bool
		now    uint64
		cycles int
	}{
		{"cold fetch", "f", 0x1000, 0, true, 0, 16},
		{"same line", "f", 0x100c, 0, true, 17, 0},
		{"next line", "f", 0x1010, 0, true, 18, 16},
		{"word store", "s", 0x2000, 4, true, 40, 0},     // retires at 48
		{"byte store hit", "s", 0x2001, 1, true, 41, 1}, // enters at 42, retires at 56
		{"load hit", "l", 0x2000, 0, true, 43, 0},       //
		{"load miss waits for the buffer", "l", 0x3000, 0, true, 44, 12 + 10},
		{"uncached store", "s", 0x4000, 4, false, 70, 0},             // retires at 78
		{"uncached load drains", "l", 0x4000, 0, false, 71, 7 + 10},  //
		{"store", "s", 0x2004, 4, true, 100, 0},                      // retires at 108
		{"fetch miss drains too", "f", 0x5000, 0, true, 101, 7 + 16}, //
		{"uncached fetch", "f", 0x1fc00000, 0, false, 200, 10},
		{"halfword miss", "s", 0x6002, 2, true, 300, 0},
		{"load after halfword miss", "l", 0x6000, 0, true, 301, 7 + 10},
	}
	for _, s := range steps {
		var got int
		switch s.op {
		case "f":
			got = m.FetchCycles(s.pa, s.cached, s.now)
		case "l":
			got = m.LoadCycles(s.pa, s.cached, s.now)
		case "s":
			got = m.StoreCycles(s.pa, s.size, s.cached, s.now)
		}
		if got != s.cycles {
			t.Errorf("%s: %d cycles, want %d", s.name, got, s.cycles)
		}
	}
	if got := m.DCache.Stats(); got != (CacheStats{Reads: 3, ReadMisses: 2, Writes: 4}) {
		t.Errorf("D-cache stats %+v", got)
	}
	if got := m.ICache.Stats(); got != (CacheStats{Reads: 4, ReadMisses: 3}) {
		t.Errorf("I-cache stats %+v", got)
	}
	if m.ICache.WriteBuffer() != m.DCache.WriteBuffer() || m.ICache.WriteBuffer() == nil {
		t.Error("the caches do not share the write buffer")
	}
}

// A burst of word stores on dec5000: the write buffer holds four, memory
// retires one every 8 cycles, the CPU issues one a cycle.
func TestStoreBurstDEC5000(t *testing.T) {
	m := New(lookup(t, "dec5000"))
	var now uint64
	total := 0
	for i := 0; i < 12; i++ {
		s := m.StoreCycles(0x10000+uint32(4*i), 4, true, now)
		total += s
		now += 1 + uint64(s)
	}
	// Stores 0-3 enter at once (retiring at 8, 16, 24, 32); store 4 waits
	// for 8 (4 cycles), and each later one for the next retirement (7).
	if total != 4+7*7 || now != 12+53 {
		t.Errorf("total stall %d, end %d; want 53, 65", total, now)
	}
	if got := m.DCache.Stats().WriteStalls; got != 53 {
		t.Errorf("WriteStalls %d, want 53", got)
	}
}

func TestCostsIdeal(t *testing.T) {
	m := New(lookup(t, "ideal"))
	if m.ICache != nil || m.DCache != nil {
		t.Fatal("ideal has caches")
	}
	for now := uint64(0); now < 10; now++ {
		if m.FetchCycles(0x1000, true, now)+m.LoadCycles(0x2000, false, now)+
			m.StoreCycles(0x3000, 1, true, now)+m.StoreCycles(0x3000, 4, false, now) != 0 {
			t.Fatal("ideal costs something")
		}
	}
}

// Without caches, cached and uncached accesses both cost UncachedAccess.
func TestCostsNoCaches(t *testing.T) {
	p := lookup(t, "ideal")
	p.UncachedAccess = 6
	m := New(p)
	if a, b, c := m.FetchCycles(0, true, 0), m.LoadCycles(0, true, 1), m.StoreCycles(0, 4, false, 2); a != 6 || b != 6 || c != 6 {
		t.Errorf("got %d %d %d, want 6 each", a, b, c)
	}
}

func TestClone(t *testing.T) {
	m := New(lookup(t, "dec5000"))
	m.SetSR(0, rwx|0x100)
	m.WriteTLB(0, entry(0x1000, 0x100, 0x42000, cached, true, true))
	m.LoadCycles(0x100, true, 0)
	m.StoreCycles(0x200, 4, true, 20)
	c := m.Clone()

	// Changes to the original do not reach the clone.
	m.WriteTLB(0, TLBEntry{})
	m.SetSR(0, 0)
	m.LoadCycles(0x300, true, 100)
	if pa, _, f := c.Translate(0x1000, Load, false); pa != 0x42000 || f != nil {
		t.Errorf("clone translate: %#x %v", pa, f)
	}
	if !c.DCache.Contains(0x100) || !c.DCache.Contains(0x200) || c.DCache.Contains(0x300) {
		t.Error("clone cache contents differ")
	}
	if c.ICache.WriteBuffer() != c.DCache.WriteBuffer() || c.DCache.WriteBuffer() == m.DCache.WriteBuffer() {
		t.Error("clone write buffer is not its own, shared by its caches")
	}
	// The clone's write buffer still holds the store (retiring at 28).
	if got := c.LoadCycles(0x400, true, 21); got != 7+10 {
		t.Errorf("clone load miss %d, want 17", got)
	}
}
