package mmu

import (
	"slices"
	"testing"
	"unsafe"

	"github.com/google/go-cmp/cmp"

	"graftlab/profile"
)

type read struct {
	pa     uint32
	cycles int
}

// runReads performs the reads one cycle apart and checks each cost.
func runReads(t *testing.T, c *Cache, reads []read) (total int) {
	t.Helper()
	var now uint64
	for i, r := range reads {
		got := c.Read(r.pa, now)
		if got != r.cycles {
			t.Errorf("read %d of %#x: %d cycles, want %d", i, r.pa, got, r.cycles)
		}
		total += got
		now += uint64(1 + got)
	}
	return total
}

// A 64-byte direct-mapped cache of 16-byte lines: four sets.
func TestDirectMapped(t *testing.T) {
	c := NewCache(&profile.CacheConfig{Size: 64, LineSize: 16, Ways: 1, MissPenalty: 10})
	total := runReads(t, c, []read{
		{0x000, 10}, // cold miss, set 0
		{0x004, 0},  // same line
		{0x00c, 0},  // last word of the line
		{0x010, 10}, // set 1
		{0x040, 10}, // set 0 again, another tag: evicts 0x000
		{0x000, 10}, // conflict miss
		{0x014, 0},  // set 1 still holds 0x010
		{0x03c, 10}, // set 3
		{0x07c, 10}, // set 3, evicts 0x030
		{0x000, 0},
	})
	if total != 60 {
		t.Errorf("total %d cycles, want 60", total)
	}
	want := CacheStats{Reads: 10, ReadMisses: 6}
	if diff := cmp.Diff(want, c.Stats()); diff != "" {
		t.Errorf("stats (-want +got):\n%s", diff)
	}
}

// The same sizes, two ways: two sets of two 16-byte lines, LRU.
func TestTwoWayLRU(t *testing.T) {
	c := NewCache(&profile.CacheConfig{Size: 64, LineSize: 16, Ways: 2, MissPenalty: 10})
	total := runReads(t, c, []read{
		{0x000, 10}, // set 0, way 0
		{0x020, 10}, // set 0, way 1
		{0x000, 0},  // 0x000 is now the most recently used
		{0x040, 10}, // evicts 0x020, the LRU line
		{0x000, 0},  // still there
		{0x020, 10}, // evicts 0x040
		{0x040, 10}, // evicts 0x000 (used before 0x020)
		{0x020, 0},
		{0x010, 10}, // set 1 is independent
		{0x030, 10},
		{0x050, 10}, // evicts 0x010
		{0x030, 0},
	})
	if total != 80 {
		t.Errorf("total %d cycles, want 80", total)
	}
	// The conflict pattern 0x000, 0x040 that thrashes a direct-mapped
	// cache hits in two ways.
	c = NewCache(&profile.CacheConfig{Size: 64, LineSize: 16, Ways: 2, MissPenalty: 10})
	d := NewCache(&profile.CacheConfig{Size: 64, LineSize: 16, Ways: 1, MissPenalty: 10})
	var tc, td int
	for i := 0; i < 8; i++ {
		pa := uint32(i%2) * 0x40
		tc += c.Read(pa, uint64(i))
		td += d.Read(pa, uint64(i))
	}
	if tc != 20 || td != 80 {
		t.Errorf("ping-pong: two-way %d, direct-mapped %d cycles; want 20 and 80", tc, td)
	}
}

func TestInvalidateAndFlush(t *testing.T) {
	c := NewCache(&profile.CacheConfig{Size: 256, LineSize: 16, Ways: 2, MissPenalty: 7})
	total := runReads(t, c, []read{{0x100, 7}, {0x200, 7}, {0x104, 0}})
	c.Invalidate(0x108) // drops the whole line 0x100
	c.Invalidate(0x300) // not present: nothing happens
	total += runReads(t, c, []read{{0x100, 7}, {0x200, 0}})
	c.Flush()
	total += runReads(t, c, []read{{0x200, 7}, {0x100, 7}})
	if total != 35 {
		t.Errorf("total %d, want 35", total)
	}
}

// The R3000 write policy, on a direct-mapped write-through cache of
// 16-byte lines (four words) with a deep, fast write buffer.
func TestWritePolicy(t *testing.T) {
	c := NewCache(&profile.CacheConfig{Size: 64, LineSize: 16, Ways: 1, MissPenalty: 10,
		WriteThrough: true, WriteBufferDepth: 64, WriteCycles: 1, PartialWriteCycles: 1})
	type step struct {
		op     string // "r" read, "w" write
		pa     uint32
		size   int
		cycles int
		has    []uint32 // words present afterwards
		hasnt  []uint32 // words absent afterwards
	}
	steps := []step{
		// A word store allocates its word only.
		{"w", 0x100, 4, 0, []uint32{0x100}, []uint32{0x104, 0x108, 0x10c}},
		// A read of another word of the line refills the whole line.
		{"r", 0x104, 0, 10, []uint32{0x100, 0x104, 0x108, 0x10c}, nil},
		// A partial-word store that hits costs the merge.
		{"w", 0x105, 1, 1, []uint32{0x104}, nil},
		{"w", 0x10a, 2, 1, []uint32{0x108}, nil},
		// A partial-word store that misses (same set, other tag)
		// invalidates the word it indexed and allocates nothing.
		{"w", 0x144, 2, 0, []uint32{0x100, 0x108, 0x10c}, []uint32{0x104, 0x144}},
		{"r", 0x104, 0, 10, []uint32{0x104}, nil},
		// A word store to another tag takes the line over.
		{"w", 0x148, 4, 0, []uint32{0x148}, []uint32{0x100, 0x104, 0x140, 0x14c}},
		// A word store to a line present but with the word invalid
		// validates the word.
		{"w", 0x14c, 4, 0, []uint32{0x148, 0x14c}, []uint32{0x140}},
		// A partial store to an absent word of a present line misses.
		{"w", 0x141, 1, 0, []uint32{0x148, 0x14c}, []uint32{0x140}},
	}
	var now uint64
	for i, s := range steps {
		var got int
		if s.op == "r" {
			got = c.Read(s.pa, now)
		} else {
			got = c.Write(s.pa, s.size, now)
		}
		if got != s.cycles {
			t.Errorf("step %d: %s %#x: %d cycles, want %d", i, s.op, s.pa, got, s.cycles)
		}
		for _, pa := range s.has {
			if !c.Contains(pa) {
				t.Errorf("step %d: %#x is not in the cache", i, pa)
			}
		}
		for _, pa := range s.hasnt {
			if c.Contains(pa) {
				t.Errorf("step %d: %#x is in the cache", i, pa)
			}
		}
		now += 100 // let the write buffer empty
	}
	want := CacheStats{Reads: 2, ReadMisses: 2, Writes: 7}
	if diff := cmp.Diff(want, c.Stats()); diff != "" {
		t.Errorf("stats (-want +got):\n%s", diff)
	}
}

// A set-associative cache does not invalidate on a partial-word miss.
func TestPartialMissAssociative(t *testing.T) {
	c := NewCache(&profile.CacheConfig{Size: 64, LineSize: 4, Ways: 2, MissPenalty: 10,
		WriteThrough: true, WriteBufferDepth: 4, WriteCycles: 1})
	c.Read(0x00, 0)
	c.Write(0x21, 1, 100) // same set, another tag
	if !c.Contains(0x00) || c.Contains(0x20) {
		t.Error("partial miss changed a two-way cache")
	}
}

// Stores one cycle apart into a 4-entry buffer that retires one store
// every 5 cycles.
func TestWriteBufferStalls(t *testing.T) {
	b := NewWriteBuffer(4, 5)
	wantStalls := []uint64{0, 0, 0, 0, 1, 4, 4, 4}
	var now, total uint64
	for i, want := range wantStalls {
		got := b.Push(now)
		if got != want {
			t.Errorf("store %d at cycle %d: stall %d, want %d", i, now, got, want)
		}
		total += got
		now += 1 + got
	}
	// now = 21; the last store retires at 40.
	if now != 21 || total != 13 || b.Len(now) != 4 {
		t.Errorf("now %d, total %d, len %d; want 21, 13, 4", now, total, b.Len(now))
	}
	if got := b.Drain(now); got != 19 {
		t.Errorf("Drain at 21 = %d, want 19", got)
	}
	if got := b.Drain(now + 19); got != 0 || b.Len(now+19) != 0 {
		t.Errorf("second drain %d, len %d", got, b.Len(now+19))
	}
	if b.Stalls() != 32 {
		t.Errorf("Stalls() = %d, want 32", b.Stalls())
	}
	// An idle gap lets the buffer empty: no stall.
	if got := b.Push(1000); got != 0 || b.Len(1004) != 1 || b.Len(1005) != 0 {
		t.Errorf("after a gap: stall %d, len %d/%d", got, b.Len(1004), b.Len(1005))
	}
}

// Stores spaced WriteCycles apart never stall. One cycle closer, the
// backlog grows by a store every five: from the 17th store on the buffer is
// full and each store waits one cycle.
func TestWriteBufferSteadyState(t *testing.T) {
	for _, tt := range []struct {
		gap   uint64
		total uint64
	}{{5, 0}, {4, 14}} {
		b := NewWriteBuffer(4, 5)
		var now, total uint64
		for i := 0; i < 30; i++ {
			s := b.Push(now)
			if tt.gap == 4 && i >= 16 && s != 1 {
				t.Errorf("gap 4: store %d stalled %d", i, s)
			}
			total += s
			now += tt.gap + s
		}
		if total != tt.total {
			t.Errorf("gap %d: %d stall cycles, want %d", tt.gap, total, tt.total)
		}
	}
}

// A read miss waits for the write buffer to drain; a hit does not.
func TestReadMissDrainsWriteBuffer(t *testing.T) {
	c := NewCache(&profile.CacheConfig{Size: 1024, LineSize: 4, Ways: 1, MissPenalty: 10,
		WriteThrough: true, WriteBufferDepth: 4, WriteCycles: 5})
	steps := []struct {
		op     string
		pa     uint32
		now    uint64
		cycles int
	}{
		{"w", 0x000, 0, 0},  // retires at 5
		{"w", 0x004, 1, 0},  // retires at 10
		{"r", 0x000, 2, 0},  // hit: the word store allocated it
		{"r", 0x100, 3, 17}, // miss: waits 7 for the buffer, then 10
		{"w", 0x008, 20, 0}, // retires at 25
		{"r", 0x008, 21, 0}, // hit
		{"r", 0x200, 30, 10},
	}
	for i, s := range steps {
		var got int
		if s.op == "r" {
			got = c.Read(s.pa, s.now)
		} else {
			got = c.Write(s.pa, 4, s.now)
		}
		if got != s.cycles {
			t.Errorf("step %d: %s %#x at %d: %d cycles, want %d", i, s.op, s.pa, s.now, got, s.cycles)
		}
	}
}

// The engines' shortcuts agree with Read: ReadHit and DirectHit answer
// hits only, count them, and change nothing else; Holds sees every word
// of a range; Gen moves whenever a word may have become invalid.
func TestHitShortcuts(t *testing.T) {
	c := NewCache(&profile.CacheConfig{Size: 64, LineSize: 16, Ways: 1, MissPenalty: 10})
	if c.ReadHit(0x000) || c.DirectHit(0x000) || c.Holds(0x000, 1) {
		t.Fatal("an empty cache hits")
	}
	g0 := c.Gen()
	c.Read(0x000, 0) // fills 0x000-0x00f
	if c.Gen() == g0 {
		t.Error("a fill left Gen unchanged")
	}
	if !c.ReadHit(0x004) || !c.DirectHit(0x00c) || c.DirectHit(0x010) || c.DirectHit(0x040) {
		t.Error("ReadHit or DirectHit disagrees with the filled line")
	}
	if !c.Holds(0x000, 4) || c.Holds(0x000, 5) || c.Holds(0x00c, 2) {
		t.Error("Holds disagrees with the filled line")
	}
	c.Hits(3)
	if want := (CacheStats{Reads: 6, ReadMisses: 1}); c.Stats() != want {
		t.Errorf("stats %+v, want %+v", c.Stats(), want)
	}
	g1 := c.Gen()
	c.Invalidate(0x040) // another tag: nothing dropped
	if c.Gen() != g1 {
		t.Error("an invalidation that dropped nothing moved Gen")
	}
	c.Invalidate(0x008)
	if c.Gen() == g1 || c.DirectHit(0x000) {
		t.Error("an invalidation left the line or Gen")
	}
	two := NewCache(&profile.CacheConfig{Size: 64, LineSize: 16, Ways: 2, MissPenalty: 10})
	two.Read(0x000, 0)
	if two.ReadHit(0x000) || two.DirectMapped() || !c.DirectMapped() {
		t.Error("ReadHit answered for a set-associative cache")
	}
}

// AllTags hit and hold every word below 2 GiB, NoTags none.
func TestAllTags(t *testing.T) {
	all, none := AllTags(), NoTags()
	for _, pa := range []uint32{0, 4, 0x1000, 0x0ffffffc, 0x7ffffffc} {
		if !all.Hit(pa) || !all.Holds(pa) || none.Hit(pa) || none.Holds(pa) {
			t.Errorf("%#x: AllTags hit %v, hold %v; NoTags hit %v, hold %v", pa, all.Hit(pa), all.Holds(pa), none.Hit(pa), none.Holds(pa))
		}
	}
}

// TestTags checks an engine's own hit check through Tags against
// DirectHit, over reads, writes and invalidations of direct-mapped caches
// with lines of one, four and eight words, and against AllTags.
func TestTags(t *testing.T) {
	hit := func(g Tags, pa uint32) bool {
		l := (*[2]uint32)(unsafe.Add(unsafe.Pointer(g.Lines), uintptr(pa>>g.Shift&g.SetMask)*8))
		return l[0] == pa>>g.Shift && l[1]>>(pa>>2&g.WordMask)&1 != 0
	}
	for _, line := range []int{4, 16, 32} {
		c := NewCache(&profile.CacheConfig{Size: 256, LineSize: line, Ways: 1, MissPenalty: 10, WriteThrough: true, WriteBufferDepth: 4, WriteCycles: 1})
		g := c.Tags()
		x := uint32(12345)
		hits := 0
		for n := 0; n < 5000; n++ {
			x = xorshift(x)
			pa := x & 0x7fc // eight times the cache
			switch x >> 28 % 4 {
			case 0:
				c.Read(pa, uint64(n))
			case 1:
				c.Write(pa, 4, uint64(n))
			case 2:
				c.Invalidate(pa)
			}
			want := c.DirectHit(pa)
			if got := hit(g, pa); got != want {
				t.Fatalf("%d-byte lines, step %d: Tags says %v for %#x, DirectHit %v", line, n, got, pa, want)
			}
			if want {
				hits++
			}
		}
		if hits < 500 || hits > 4500 {
			t.Errorf("%d-byte lines: %d hits in 5000 checks: the test exercises too little", line, hits)
		}
		r := c.Stats().Reads
		c.Hits(7)
		if c.Stats().Reads != r+7 {
			t.Errorf("Hits(7): reads %d, want %d", c.Stats().Reads, r+7)
		}
	}
	g := AllTags()
	for _, pa := range []uint32{0, 4, 0x1000, 0x7ffffffc} {
		if !hit(g, pa) {
			t.Errorf("AllTags miss %#x", pa)
		}
	}
}

// An engine that models stores with Tags.WriteWord and WritePartial, the write buffer's Stall
// and Push, and CountWrites leaves the cache as Write does: lines, counters,
// generation and write buffer alike.
func TestTagsWrite(t *testing.T) {
	cfg := &profile.CacheConfig{Size: 256, LineSize: 8, Ways: 1, MissPenalty: 10, WriteThrough: true, WriteBufferDepth: 4, WriteCycles: 6, PartialWriteCycles: 1}
	ref, eng := NewCache(cfg), NewCache(cfg)
	g := eng.Tags()
	x := uint32(99)
	var now, stalled, partialHits uint64
	for n := 0; n < 5000; n++ {
		x = xorshift(x)
		pa := x & 0x7ff &^ (1<<(x>>30) - 1) // sizes 1, 2 and 4, aligned
		size := []int{1, 2, 4, 4}[x>>30]
		if x>>26&7 == 0 {
			// Reads refill lines and drain the buffer.
			want := ref.Read(pa, now)
			if got := eng.Read(pa, now); got != want {
				t.Fatalf("step %d: read costs %d and %d", n, want, got)
			}
			now += 1 + uint64(want)
			continue
		}
		want := ref.Write(pa, size, now)
		var cycles uint64
		before := g.Hit(pa)
		if size < 4 && before {
			cycles = uint64(cfg.PartialWriteCycles)
			partialHits++
		}
		stall := eng.WriteBuffer().Stall(now + cycles)
		var dropped bool
		if size == 4 {
			dropped = g.WriteWord(pa)
		} else {
			var hit bool
			if hit, dropped = g.WritePartial(pa); hit != before {
				t.Fatalf("step %d: WritePartial reports hit %v", n, hit)
			}
		}
		if got := eng.WriteBuffer().Push(now + cycles); got != stall {
			t.Fatalf("step %d: Stall said %d, Push stalled %d", n, stall, got)
		}
		eng.CountWrites(1, stall, uint64(b2u(dropped)))
		if got := int(cycles + stall); got != want {
			t.Fatalf("step %d: store of %d bytes at %#x costs %d by Write, %d by the tags", n, size, pa, want, got)
		}
		stalled += stall
		now += 1 + uint64(want)
	}
	if !slices.Equal(ref.lines, eng.lines) || ref.stats != eng.stats || ref.gen != eng.gen ||
		!cmp.Equal(*ref.wb, *eng.wb, cmp.AllowUnexported(WriteBuffer{})) {
		t.Errorf("the caches differ:\nWrite: %+v gen %d wb %+v\nTags:  %+v gen %d wb %+v", ref.stats, ref.gen, *ref.wb, eng.stats, eng.gen, *eng.wb)
	}
	if stalled < 100 || partialHits < 50 {
		t.Errorf("%d stall cycles and %d partial hits: the test exercises too little", stalled, partialHits)
	}
}

func b2u(b bool) uint32 {
	if b {
		return 1
	}
	return 0
}

// Rehit leaves a set-associative cache's LRU state as the reads it stands
// for do: the first word of each line by Read, the rest by Reread, as an
// engine fetches a block.
func TestRehit(t *testing.T) {
	cfg := &profile.CacheConfig{Size: 256, LineSize: 16, Ways: 2, MissPenalty: 10}
	ref := NewCache(cfg)
	x := uint32(7)
	spans := 0 // rehits across two lines or more
	for n := 0; n < 6000; n++ {
		x = xorshift(x)
		pa, words := x&0x3fc, int(x>>24%40)
		ref.Read(pa, uint64(n)) // fill and shuffle the LRU order first
		if !ref.Holds(pa, words) {
			continue
		}
		if pa&15+uint32(4*words) > 16 {
			spans++
		}
		eng := ref.Clone()
		for i := 0; i < words; i++ {
			if a := pa + uint32(4*i); i == 0 || a&15 == 0 {
				ref.Read(a, uint64(n))
			} else {
				ref.Reread()
			}
		}
		eng.Hits(uint64(words))
		eng.Rehit(pa, words)
		if !slices.Equal(ref.used, eng.used) || ref.clock != eng.clock || ref.last != eng.last || ref.stats != eng.stats {
			t.Fatalf("step %d, %d words at %#x: Rehit leaves clock %d last %d used %v, the reads clock %d last %d used %v",
				n, words, pa, eng.clock, eng.last, eng.used, ref.clock, ref.last, ref.used)
		}
	}
	if spans < 150 {
		t.Errorf("%d rehits across lines: the test exercises too little", spans)
	}
}

// An engine that checks reads of a set-associative cache with LRU's Find
// and Word, and on a hit uses the line with Use and counts it with
// Hits, leaves the cache as Read does.
func TestLRU(t *testing.T) {
	for _, ways := range []int{2, 4} {
		cfg := &profile.CacheConfig{Size: 512, LineSize: 16, Ways: ways, MissPenalty: 10, WriteThrough: true, WriteBufferDepth: 4, WriteCycles: 6}
		ref, eng := NewCache(cfg), NewCache(cfg)
		g := eng.LRU()
		x := uint32(5)
		hits := 0
		for n := 0; n < 5000; n++ {
			x = xorshift(x)
			pa := x & 0x3fc // twice the cache
			if x>>28 == 0 {
				// Word stores take lines over with one word valid.
				ref.Write(pa, 4, uint64(n))
				eng.Write(pa, 4, uint64(n))
				continue
			}
			want := ref.Read(pa, uint64(n))
			if i := g.Find(pa); i >= 0 && g.Word(i, pa) {
				g.Use(i)
				eng.Hits(1)
				hits++
				if want != 0 {
					t.Fatalf("%d ways, step %d: LRU finds %#x in line %d, Read misses", ways, n, pa, i)
				}
			} else if got := eng.Read(pa, uint64(n)); got != want || want == 0 {
				t.Fatalf("%d ways, step %d: LRU misses %#x; Read costs %d here, %d on the reference", ways, n, pa, got, want)
			}
			if eng.last != ref.last || eng.clock != ref.clock {
				t.Fatalf("%d ways, step %d: last %d, clock %d; Read leaves %d, %d", ways, n, eng.last, eng.clock, ref.last, ref.clock)
			}
		}
		if !slices.Equal(ref.lines, eng.lines) || !slices.Equal(ref.used, eng.used) || ref.clock != eng.clock ||
			ref.last != eng.last || ref.stats != eng.stats || ref.gen != eng.gen {
			t.Errorf("%d ways: the caches differ: %+v clock %d, want %+v clock %d", ways, eng.stats, eng.clock, ref.stats, ref.clock)
		}
		if hits < 1000 || hits > 4000 {
			t.Errorf("%d ways: %d hits in 5000 steps: the test exercises too little", ways, hits)
		}
	}
}

// xorshift is Marsaglia's 32-bit generator: the tests' reproducible
// addresses and choices.
func xorshift(x uint32) uint32 {
	x ^= x << 13
	x ^= x >> 17
	return x ^ x<<5
}
