package cpu

import (
	"errors"

	"graftlab/isa"
	"graftlab/mmu"
)

// The code cache holds predecoded instructions by physical address, so that
// an engine that uses it decodes each instruction word once rather than every
// time it runs. It is filled lazily, a word at a time, from RAM, and kept
// coherent through the bus's write hook: any write that reaches RAM (a
// store, DMA, a host write through the bus) drops the predecoded words of the
// pages it touches. Restore, which copies RAM directly, drops everything.
//
// Only RAM is cached. Code fetched from the boot ROM or a device is read and
// decoded on every fetch, as the reference interpreter does.

const (
	codePageShift = 12
	codePageWords = 1 << (codePageShift - 2)
)

// decoded is one predecoded instruction word.
type decoded struct {
	inst isa.Inst
	info *isa.OpInfo
	word uint32
	// For a word that does not decode: the exception it raises when run
	// (Reserved Instruction, or Coprocessor Unusable for coprocessor cop).
	bad bool
	cop int
	// filled is set once the word has been decoded.
	filled bool
}

// decode predecodes word as step would decode it.
func (d *decoded) decode(word uint32) {
	*d = decoded{word: word, filled: true}
	inst, err := isa.Decode(word)
	if err != nil {
		var de *isa.DecodeError
		errors.As(err, &de)
		d.bad = true
		if de != nil {
			d.cop = de.Coprocessor
		}
		return
	}
	d.inst, d.info = inst, inst.Info()
}

// codePage is one physical page's predecoded words and the blocks that
// start in it, by word index.
type codePage struct {
	words  [codePageWords]decoded
	blocks [codePageWords]*block
}

type codeCache struct {
	ram   []byte      // the bus's RAM
	pages []*codePage // by physical page number, for RAM
	// The page of the last lookup: consecutive fetches mostly stay in it.
	lastPPN  uint32
	lastPage *codePage
	// exit is set when a write drops a page: a block running from it must
	// stop after the instruction that wrote.
	exit *bool

	// The fast path's software TLB (stlb.go) and the context it and
	// the block links were made in.
	loads, stores [stlbSize]stlbEntry
	// Whether each entry's page is cached, beside the entries so that
	// they take 16 bytes.
	loadCached, storeCached [stlbSize]bool
	jumps                   [jumpCacheSize]blockLink
	epoch                   uint32
	drops                   uint32 // page drops: part of the context of links, so none leads to a dropped block
	freeLoads               bool   // the profile's uncached reads cost nothing
	ctx                     uint64
	mmu                     *mmu.MMU

	// The fast path's inner loop's state, and where its loads into $zero
	// go.
	inner fastInner
	sink  uint32

	// A compiled engine's compiler, and the blocks it gave host code
	// (native.go); nil for the Fast engine.
	native   NativeCompiler
	compiled []*block
	// nativeGeom is the geometry of the D-cache's and I-cache's tags that
	// the blocks in compiled were compiled for.
	nativeGeom nativeGeometry
}

func newCodeCache(ram []byte) *codeCache {
	return &codeCache{ram: ram, pages: make([]*codePage, len(ram)>>codePageShift), lastPPN: ^uint32(0), epoch: stlbEpochStep}
}

// page returns the code page holding pa, creating it, or nil when pa is
// not in RAM.
func (c *codeCache) page(pa uint32) *codePage {
	ppn := pa >> codePageShift
	if ppn == c.lastPPN {
		return c.lastPage
	}
	if int(ppn) >= len(c.pages) {
		return nil
	}
	p := c.pages[ppn]
	if p == nil {
		p = new(codePage)
		c.pages[ppn] = p
		c.newEpoch() // stores into the page must now drop its code
	}
	c.lastPPN, c.lastPage = ppn, p
	return p
}

// word returns the predecoded word at pa, in page p.
func (c *codeCache) word(p *codePage, pa uint32) *decoded {
	d := &p.words[pa>>2&(codePageWords-1)]
	if !d.filled {
		b := c.ram[pa : pa+4 : pa+4]
		d.decode(uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24)
	}
	return d
}

// at returns the predecoded instruction at pa, or nil when pa is not in
// RAM. pa is word-aligned.
func (c *codeCache) at(pa uint32) *decoded {
	p := c.page(pa)
	if p == nil {
		return nil
	}
	return c.word(p, pa)
}

// written drops the pages that a write of n bytes at pa touched.
func (c *codeCache) written(pa uint32, n int) {
	if n <= 0 {
		return
	}
	first, last := pa>>codePageShift, (pa+uint32(n)-1)>>codePageShift
	for ppn := first; ppn <= last && int(ppn) < len(c.pages); ppn++ {
		if c.pages[ppn] != nil {
			c.drops++
			c.pages[ppn] = nil
			*c.exit = true
			if ppn == c.lastPPN {
				c.lastPPN, c.lastPage = ^uint32(0), nil
			}
		}
	}
}

// flush drops every predecoded page.
func (c *codeCache) flush() {
	c.drops++
	clear(c.pages)
	*c.exit = true
	c.lastPPN, c.lastPage = ^uint32(0), nil
}

// Invalidate drops what the cache derived (EngineState): every page after
// a reset or restore or another engine's run; after a new code hook, the
// links, by changing their context, so that none leads into a block the
// hook covers.
func (c *codeCache) Invalidate(reason Invalidation) {
	if reason == InvalidateCodeHooks {
		c.drops++
		return
	}
	c.flush()
}

// codeCache returns the Fast engine's state for m, its code cache,
// creating it (and adding it to the bus's write listeners) on first use.
func (m *Machine) codeCache() *codeCache {
	return m.engineState(fastName, newFastState).(*codeCache)
}

// newFastState makes the Fast engine's state for m.
func newFastState(m *Machine) EngineState {
	c := newCodeCache(m.Bus.RAM())
	c.exit = &m.blockExit
	m.Bus.AddWriteHook(c.written)
	return c
}
