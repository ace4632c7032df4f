package mmu

import (
	"math/bits"
	"unsafe"

	"graftlab/profile"
)

// Cache is the timing model of one physically indexed, physically tagged
// cache. It keeps tags, not data.
//
// A line has a tag and one valid bit per word. A read miss refills the
// whole line. Replacement is LRU within a set (an invalid way first, the
// lowest-numbered one). A write-through cache follows the R3000's policy
// (doc/machine.md, "Memory management"):
//
//   - A word store writes its word into the cache whether it hits or not:
//     on a miss it takes over a line (the LRU way) with only that word
//     valid. It costs no cache cycles.
//   - A partial-word store (byte, halfword, three bytes) reads the word,
//     merges and writes it back, costing PartialWriteCycles, if the word is
//     present. If it is not, nothing is allocated, and in a direct-mapped
//     cache the word the store indexed is invalidated (it held another
//     address's data and the merge cannot be done).
//   - Every store then enters the write buffer.
type Cache struct {
	cfg       profile.CacheConfig
	lineShift uint
	setMask   uint32   // sets - 1
	wordMask  uint32   // word index within a line
	fullMask  uint32   // every word of a line valid
	lines     []line   // set s occupies lines[s*ways : (s+1)*ways]
	used      []uint64 // LRU stamps by line (set-associative caches only)
	clock     uint64   // LRU time: incremented on every use (set-associative caches only)
	last      int      // the index of the line used last (set-associative caches only), or -1
	wb        *WriteBuffer
	stats     CacheStats
	// gen changes whenever a word may have stopped being valid: a line
	// filled (which may evict another), invalidated or flushed. An engine
	// that checked some words with Holds may skip checking them again
	// while gen is unchanged.
	gen uint64
}

// line is a line's tag and valid bits: 8 bytes, so that the lines of a
// large direct-mapped cache take little of the host's cache.
type line struct {
	addr  uint32 // pa >> lineShift
	valid uint32 // one bit per word; 0 = invalid line
}

// Tags shows lines to engines as two uint32s each, address first.
var _ [0]struct{} = [unsafe.Sizeof(line{}) - 8]struct{}{}

// CacheStats counts a cache's traffic.
type CacheStats struct {
	Reads       uint64 // Read calls
	ReadMisses  uint64 // reads that refilled a line
	Writes      uint64 // Write calls
	WriteStalls uint64 // cycles Write stalled on a full write buffer
}

// NewCache builds an empty cache; nil gives nil. c must be valid
// (profile.Validate). A write-through cache gets its own write buffer,
// which New shares with the instruction cache.
func NewCache(c *profile.CacheConfig) *Cache {
	if c == nil {
		return nil
	}
	words := c.LineSize / 4
	if c.LineSize < 4 || c.LineSize > profile.MaxLineSize || bits.OnesCount(uint(c.LineSize)) != 1 ||
		c.Ways < 1 || c.Size < c.LineSize*c.Ways || c.Size > profile.MaxCacheSize ||
		bits.OnesCount(uint(c.Size/(c.LineSize*c.Ways))) != 1 {
		panic("mmu: invalid cache geometry (the profile was not validated)")
	}
	k := &Cache{
		cfg:       *c,
		lineShift: uint(bits.TrailingZeros(uint(c.LineSize))),
		setMask:   uint32(c.Size/(c.LineSize*c.Ways)) - 1,
		wordMask:  uint32(words - 1),
		fullMask:  uint32(uint64(1)<<words - 1),
		lines:     make([]line, c.Size/c.LineSize),
		last:      -1,
	}
	if c.Ways > 1 {
		k.used = make([]uint64, len(k.lines))
	}
	if c.WriteThrough {
		k.wb = NewWriteBuffer(c.WriteBufferDepth, c.WriteCycles)
	}
	return k
}

// Config returns the cache's configuration.
func (c *Cache) Config() profile.CacheConfig { return c.cfg }

// set returns the lines of the set that pa maps to, the line address and
// the word's valid bit.
func (c *Cache) set(pa uint32) (s int, addr, bit uint32) {
	addr = pa >> c.lineShift
	return int(addr&c.setMask) * c.cfg.Ways, addr, 1 << (pa >> 2 & c.wordMask)
}

// touch records a use of line i for LRU replacement. A direct-mapped
// cache has nothing to choose between and keeps no LRU state.
func (c *Cache) touch(i int) {
	if c.cfg.Ways == 1 {
		return
	}
	c.clock++
	c.used[i] = c.clock
	c.last = i
}

// Reread does what Read does for a word of the line the cache used last,
// when nothing has invalidated it since: a hit. Engines use it for
// sequential instruction fetches within one line.
func (c *Cache) Reread() {
	c.stats.Reads++
	if c.last >= 0 {
		c.clock++
		c.used[c.last] = c.clock
	}
}

// Hits counts n reads that hit: in words that Holds reported valid, with
// nothing filled or invalidated since (Gen unchanged), or each found with
// Tags.Hit or LRU's Find and Word when it was made. In a direct-mapped
// cache such reads change nothing but the counter; in a set-associative
// one Rehit (for fetches) or LRU.Use (for each data read) brings the LRU
// state up to date.
func (c *Cache) Hits(n uint64) { c.stats.Reads += n }

// Rehit does to the LRU state of a set-associative cache what n reads of
// consecutive words from pa do, one after another, when Holds reported
// them all valid and Gen has not changed since: every read uses its line,
// so each line ends up as used at the last of its words, and the last line
// as the one Reread uses. It counts nothing (Hits does). A direct-mapped
// cache keeps no LRU state.
func (c *Cache) Rehit(pa uint32, n int) {
	if c.cfg.Ways == 1 {
		return
	}
	for end := pa + uint32(4*n); pa < end; {
		s, addr, _ := c.set(pa)
		i := c.find(s, addr)
		if i < 0 {
			panic("mmu: Rehit of a line the cache does not hold")
		}
		lineEnd := min((addr+1)<<c.lineShift, end)
		c.clock += uint64(lineEnd-pa) / 4
		c.used[i] = c.clock
		c.last = i
		pa = lineEnd
	}
}

// Gen is the cache's generation: it changes whenever a valid word may have
// become invalid.
func (c *Cache) Gen() uint64 { return c.gen }

// DirectMapped reports whether the cache has one way.
func (c *Cache) DirectMapped() bool { return c.cfg.Ways == 1 }

// Holds reports whether the n words from pa (word-aligned) are all valid in
// the cache. It changes nothing.
func (c *Cache) Holds(pa uint32, n int) bool {
	for end := pa + uint32(4*n); pa < end; {
		s, addr, _ := c.set(pa)
		i := c.find(s, addr)
		if i < 0 {
			return false
		}
		lineEnd := min((addr+1)<<c.lineShift, end)
		for ; pa < lineEnd; pa += 4 {
			if c.lines[i].valid&(1<<(pa>>2&c.wordMask)) == 0 {
				return false
			}
		}
	}
	return true
}

// DirectHit is ReadHit for a cache that the caller knows is
// direct-mapped (DirectMapped): the shortest path, for engines.
func (c *Cache) DirectHit(pa uint32) bool {
	t := c.Tags()
	if !t.Hit(pa) {
		return false
	}
	c.stats.Reads++
	return true
}

// Tags is the tag array of a direct-mapped cache, for an engine that
// models reads and stores itself in a loop that must call nothing: its
// methods are small enough for the compiler to inline. A read of pa hits
// when the set's line (Lines[pa>>Shift&SetMask]) has address pa>>Shift
// and valid bit pa>>2&WordMask set; the engine then counts it with
// Hits, as DirectHit would have. Lines stays valid for the cache's
// life.
type Tags struct {
	Lines                    *[2]uint32 // the first set's line: its address and valid bits, then the next set's
	Shift, SetMask, WordMask uint32
}

// Tags returns c's tag array. c must be direct-mapped (DirectMapped).
func (c *Cache) Tags() Tags {
	return Tags{Lines: (*[2]uint32)(unsafe.Pointer(unsafe.SliceData(c.lines))), Shift: uint32(c.lineShift), SetMask: c.setMask, WordMask: c.wordMask}
}

// AllTags is the tag array of a cache that holds every word below 2 GiB,
// and NoTags of one that holds none: for an engine that checks reads or
// stores with Tags where there is no cache to ask (memory without a data
// cache and with free reads, which every read hits), or where runFast must
// see every store. They are for Hit and Holds only: the writes would
// change the one line they share with every caller.
func AllTags() Tags { return Tags{Lines: &allLine, Shift: 31, WordMask: 31} }

// NoTags: see AllTags.
func NoTags() Tags { return Tags{Lines: &noLine} }

var allLine, noLine = [2]uint32{0, ^uint32(0)}, [2]uint32{}

// at returns the line pa maps to and pa's line address. Lines has
// SetMask+1 entries, so the index needs no check.
func (t *Tags) at(pa uint32) (l *[2]uint32, addr uint32) {
	addr = pa >> (t.Shift & 31)
	return (*[2]uint32)(unsafe.Add(unsafe.Pointer(t.Lines), uintptr(addr&t.SetMask)*8)), addr
}

// Hit reports whether a read of pa hits, counting nothing.
func (t *Tags) Hit(pa uint32) bool {
	l, addr := t.at(pa)
	return l[0] == addr && l[1]>>(pa>>2&t.WordMask&31)&1 != 0
}

// Holds reports whether the line holding pa is in the cache (any word of
// it valid): what Invalidate would drop.
func (t *Tags) Holds(pa uint32) bool {
	l, addr := t.at(pa)
	return l[0] == addr && l[1] != 0
}

// WriteWord does to the tags what a word store at pa does under the policy
// of Cache's comment, and reports whether a line was filled (Gen must
// change). Cache.Write calls it for a direct-mapped cache; an engine that
// calls it counts the store with CountWrites.
func (t *Tags) WriteWord(pa uint32) (filled bool) {
	l, addr := t.at(pa)
	if l[0] != addr || l[1] == 0 {
		l[0], l[1], filled = addr, 0, true // a new line: only the word will be valid
	}
	l[1] |= 1 << (pa >> 2 & t.WordMask & 31)
	return filled
}

// WritePartial is WriteWord for a byte or halfword store. It reports
// whether the word was present (the store then costs PartialWriteCycles)
// and whether it dropped another address's word from the line (Gen must
// change).
func (t *Tags) WritePartial(pa uint32) (hit, dropped bool) {
	l, addr := t.at(pa)
	bit := uint32(1) << (pa >> 2 & t.WordMask & 31)
	if l[1]&bit == 0 {
		return false, false
	}
	if l[0] != addr {
		l[1] &^= bit // the merge cannot be done
		return false, true
	}
	return true, false
}

// LRU is the tag array and LRU state of a set-associative cache, for an
// engine that checks read hits in a loop that must call nothing, as Tags
// is for a direct-mapped one: Find, Word and Use are small enough for the
// compiler to inline. Set s occupies lines s*Ways to s*Ways+Ways-1 of Tags.Lines.
type LRU struct {
	Tags
	Ways  uint32
	used  *uint64 // the first line's LRU stamp
	clock *uint64
	last  *int
}

// LRU returns c's tag array and LRU state. c must be set-associative.
func (c *Cache) LRU() LRU {
	return LRU{Tags: c.Tags(), Ways: uint32(c.cfg.Ways), used: unsafe.SliceData(c.used), clock: &c.clock, last: &c.last}
}

// Find returns the line that holds pa's line address, valid, or -1,
// changing nothing: the word at pa is valid when Word says so.
func (t *LRU) Find(pa uint32) int {
	addr := pa >> (t.Shift & 31)
	s := addr & t.SetMask * t.Ways
	for i := s; i < s+t.Ways; i++ {
		if l := t.line(i); l[0] == addr && l[1] != 0 {
			return int(i)
		}
	}
	return -1
}

// Word reports whether line i holds the word at pa valid.
func (t *LRU) Word(i int, pa uint32) bool {
	return t.line(uint32(i))[1]>>(pa>>2&t.WordMask&31)&1 != 0
}

func (t *LRU) line(i uint32) *[2]uint32 {
	return (*[2]uint32)(unsafe.Add(unsafe.Pointer(t.Lines), uintptr(i)*8))
}

// Use does what Read does to the LRU state for a read that hits line i
// (from Find); the engine counts the read with Hits.
func (t *LRU) Use(i int) {
	*t.clock++
	*(*uint64)(unsafe.Add(unsafe.Pointer(t.used), uintptr(i)*8)) = *t.clock
	*t.last = i
}

// CountWrites counts n stores that an engine modelled with
// Tags.WriteWord or WritePartial and the write buffer's Push: stalls is the total of Push's stalls, drops
// the number of WriteWords that filled a line and WritePartials that
// dropped a word.
func (c *Cache) CountWrites(n, stalls, drops uint64) {
	c.stats.Writes += n
	c.stats.WriteStalls += stalls
	c.gen += drops
}

// ReadHit does what Read does for a read of pa that hits a direct-mapped
// cache, and reports whether it did; it returns false, changing nothing,
// on a miss or in a set-associative cache, where Read must be called.
func (c *Cache) ReadHit(pa uint32) bool {
	return c.cfg.Ways == 1 && c.DirectHit(pa)
}

// LineShift is log2 of the line size.
func (c *Cache) LineShift() uint { return c.lineShift }

// victim picks the line to replace in the set starting at line s: the
// first invalid way, else the least recently used.
func (c *Cache) victim(s int) int {
	if c.cfg.Ways == 1 {
		return s
	}
	v := s
	for i := s; i < s+c.cfg.Ways; i++ {
		if c.lines[i].valid == 0 {
			return i
		}
		if c.used[i] < c.used[v] {
			v = i
		}
	}
	return v
}

// find returns the index of the line holding addr in the set starting at
// line s, or -1.
func (c *Cache) find(s int, addr uint32) int {
	for i := s; i < s+c.cfg.Ways; i++ {
		if c.lines[i].valid != 0 && c.lines[i].addr == addr {
			return i
		}
	}
	return -1
}

// Read returns the extra cycles of a cached read of pa at cycle now: 0 on a
// hit; on a miss, the wait for the write buffer to drain plus MissPenalty,
// and the line is filled.
func (c *Cache) Read(pa uint32, now uint64) (cycles int) {
	if c.ReadHit(pa) { // direct-mapped: the hit needs no search
		return 0
	}
	c.stats.Reads++
	s, addr, bit := c.set(pa)
	i := c.find(s, addr)
	if i >= 0 && c.lines[i].valid&bit != 0 {
		c.touch(i)
		return 0
	}
	c.stats.ReadMisses++
	if c.wb != nil {
		cycles = c.wb.Drain(now)
	}
	if i < 0 {
		i = c.victim(s)
	}
	c.lines[i] = line{addr: addr, valid: c.fullMask}
	c.gen++
	c.touch(i)
	return cycles + c.cfg.MissPenalty
}

// Write models a cached store of size bytes (1 to 4, within one word) at pa
// at cycle now, under the policy of the type comment, and returns the
// cycles it costs: PartialWriteCycles for a partial-word hit, plus any
// stall for a free write-buffer entry.
func (c *Cache) Write(pa uint32, size int, now uint64) (cycles int) {
	c.stats.Writes++
	if c.cfg.Ways == 1 {
		t := c.Tags()
		if size >= 4 {
			if t.WriteWord(pa) {
				c.gen++
			}
		} else if hit, dropped := t.WritePartial(pa); hit {
			cycles = c.cfg.PartialWriteCycles
		} else if dropped {
			c.gen++
		}
	} else {
		s, addr, bit := c.set(pa)
		i := c.find(s, addr)
		switch {
		case size >= 4:
			if i < 0 {
				i = c.victim(s)
				c.lines[i] = line{addr: addr}
				c.gen++
			}
			c.lines[i].valid |= bit
			c.touch(i)
		case i >= 0 && c.lines[i].valid&bit != 0:
			cycles = c.cfg.PartialWriteCycles
			c.touch(i)
		}
	}
	if c.wb != nil {
		stall := c.wb.Push(now + uint64(cycles))
		c.stats.WriteStalls += stall
		cycles += int(stall)
	}
	return cycles
}

// Invalidate drops the line holding pa, for the cache instruction and for
// stores into code.
func (c *Cache) Invalidate(pa uint32) {
	if c.cfg.Ways == 1 {
		addr := pa >> c.lineShift
		if l := &c.lines[addr&c.setMask]; l.addr == addr && l.valid != 0 {
			l.valid = 0
			c.gen++
		}
		return
	}
	s, addr, _ := c.set(pa)
	if i := c.find(s, addr); i >= 0 {
		c.lines[i].valid = 0
		c.gen++
	}
}

// Flush invalidates every line. Buffered stores stay buffered: memory is
// always current, so nothing is lost.
func (c *Cache) Flush() {
	for i := range c.lines {
		c.lines[i].valid = 0
	}
	c.gen++
}

// Contains reports whether the word at pa is in the cache.
func (c *Cache) Contains(pa uint32) bool {
	s, addr, bit := c.set(pa)
	i := c.find(s, addr)
	return i >= 0 && c.lines[i].valid&bit != 0
}

// Stats returns the cache's counters.
func (c *Cache) Stats() CacheStats { return c.stats }

// WriteBuffer returns the cache's write buffer (shared with the instruction
// cache when built by New), or nil.
func (c *Cache) WriteBuffer() *WriteBuffer { return c.wb }

// Clone returns a deep copy of c with its own copy of the write buffer.
func (c *Cache) Clone() *Cache {
	if c == nil {
		return nil
	}
	k := *c
	k.lines = append([]line(nil), c.lines...)
	if c.used != nil {
		k.used = append([]uint64(nil), c.used...)
	}
	k.wb = c.wb.Clone()
	return &k
}
