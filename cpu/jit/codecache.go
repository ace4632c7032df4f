package jit

import (
	"fmt"
	"os"
)

// Code cache sizes.
const (
	DefaultCodeCacheSize = 32 << 20
	MinCodeCacheSize     = 64 << 10
	MaxCodeCacheSize     = 1 << 30
)

// codeAlign is the alignment of each block's code in the cache.
const codeAlign = 16

// CodeCache is a bounded area of executable memory that holds compiled
// blocks one after another. When a block does not fit, the cache is
// flushed whole (every block in it becomes stale: ErrStale) and filling
// starts again from the beginning: the simplest policy that bounds the
// memory, and compiling is fast enough that refilling is cheap. A
// CodeCache is not safe for concurrent use.
type CodeCache struct {
	r       *region
	used    int    // bytes from the start of the region in use
	gen     uint64 // advanced by every flush; blocks installed before are stale
	blocks  uint64 // blocks installed since the last flush
	flushes uint64
}

// CodeCacheStats reports a code cache's memory.
type CodeCacheStats struct {
	Size    int    // bytes of executable memory mapped
	Used    int    // bytes holding blocks (with their alignment)
	Blocks  uint64 // blocks installed since the last flush
	Flushes uint64 // times the cache was flushed whole
}

// NewCodeCache maps size bytes (rounded up to whole pages, within
// MinCodeCacheSize and MaxCodeCacheSize) for compiled code. On a host that
// cannot run compiled code it returns an error wrapping ErrUnsupported.
func NewCodeCache(size int) (*CodeCache, error) {
	if size < MinCodeCacheSize || size > MaxCodeCacheSize {
		return nil, fmt.Errorf("code cache of %d bytes: want %d to %d", size, MinCodeCacheSize, MaxCodeCacheSize)
	}
	page := os.Getpagesize()
	size = (size + page - 1) &^ (page - 1)
	r, err := newRegion(size)
	if err != nil {
		return nil, err
	}
	c := &CodeCache{r: r}
	addCleanup(c, r)
	return c, nil
}

// Stats reports the cache's memory and use.
func (c *CodeCache) Stats() CodeCacheStats {
	return CodeCacheStats{Size: len(c.r.mem), Used: c.used, Blocks: c.blocks, Flushes: c.flushes}
}

// Flush drops every block: they become stale.
func (c *CodeCache) Flush() {
	c.used, c.blocks = 0, 0
	c.gen++
	c.flushes++
}

// Close unmaps the cache's memory; its blocks become stale.
func (c *CodeCache) Close() error {
	c.gen++
	c.used, c.blocks = 0, 0
	return c.r.unmap()
}

// Install places b's code in the cache, flushing the cache first when the
// code does not fit in what is left. A block installed again moves to its
// new place.
func (c *CodeCache) Install(b *Block) error {
	if c.r.closed {
		return fmt.Errorf("install block %#08x: code cache closed", b.PC)
	}
	n := len(b.code)
	if n > len(c.r.mem) {
		return fmt.Errorf("install block %#08x: %d bytes of code, more than the cache's %d", b.PC, n, len(c.r.mem))
	}
	off := (c.used + codeAlign - 1) &^ (codeAlign - 1)
	if off+n > len(c.r.mem) {
		c.Flush()
		off = 0
	}
	if err := c.r.write(off, b.code); err != nil {
		return fmt.Errorf("install block %#08x: %w", b.PC, err)
	}
	c.used = off + n
	c.blocks++
	b.cache, b.entry, b.gen = c, c.r.address(off), c.gen
	return nil
}

// Run runs b's code on s: the registers and counters it holds are the
// guest's before the block, and after it the guest's at the exit the
// status names.
func (b *Block) Run(s *State) (Status, error) {
	switch {
	case s == nil:
		return StatusInvalid, fmt.Errorf("run block %#08x: no state", b.PC)
	case b.cache == nil:
		return StatusInvalid, fmt.Errorf("run block %#08x: %w", b.PC, ErrNotInstalled)
	case b.gen != b.cache.gen || b.cache.r.closed:
		return StatusInvalid, fmt.Errorf("run block %#08x: %w", b.PC, ErrStale)
	}
	return run(b, s), nil
}
