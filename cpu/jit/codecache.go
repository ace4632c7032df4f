package jit

import (
	"errors"
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
// flushed whole (every block in it becomes stale) and filling
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

// Block is code installed in a cache: where it starts, and the cache's
// generation then (a flush since makes it stale).
type Block struct {
	code  []byte
	cache *CodeCache
	entry uintptr
	gen   uint64
}

// Entry is the address of the block's first instruction; Stale says
// whether a flush has dropped it since.
func (b *Block) Entry() uintptr { return b.entry }

// Stale reports whether the block's cache was flushed or closed since the
// block was installed.
func (b *Block) Stale() bool { return b.cache == nil || b.gen != b.cache.gen || b.cache.r.closed }

// Install places code in the cache, flushing the cache first when it does
// not fit in what is left.
func (c *CodeCache) Install(code []byte) (*Block, error) {
	if c.r.closed {
		return nil, fmt.Errorf("install %d bytes of code: %w", len(code), ErrClosed)
	}
	n := len(code)
	if n > len(c.r.mem) {
		return nil, fmt.Errorf("install %d bytes of code: more than the cache's %d", n, len(c.r.mem))
	}
	off := (c.used + codeAlign - 1) &^ (codeAlign - 1)
	if off+n > len(c.r.mem) {
		c.Flush()
		off = 0
	}
	if err := c.r.write(off, code); err != nil {
		return nil, fmt.Errorf("install %d bytes of code: %w", n, err)
	}
	c.used = off + n
	c.blocks++
	return &Block{code: code, cache: c, entry: c.r.address(off), gen: c.gen}, nil
}

// Errors of the package, for errors.Is.
var (
	// ErrUnsupported: this host cannot run compiled code.
	ErrUnsupported = errors.New("unsupported")
	// ErrClosed: the code cache was closed.
	ErrClosed = errors.New("code cache closed")
)
