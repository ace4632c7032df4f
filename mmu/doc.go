// Package mmu is graftlab's memory management unit: the POWER-style segment
// registers, the software-refilled MIPS-style TLB, address translation with
// its protection checks, and the cycle model of the caches and the write
// buffer.
//
// # Translation
//
// Translate maps an effective address (EA) to a physical address in the
// order of doc/machine.md ("Memory management"):
//
//   - In kernel mode kseg0 (0x80000000–0x9FFFFFFF) and kseg1
//     (0xA0000000–0xBFFFFFFF) are unmapped: PA = EA & 0x1FFFFFFF, kseg0
//     cached and kseg1 uncached. In user mode any EA ≥ 0x80000000 is an
//     address error.
//   - Every other EA selects segment register SR[EA>>28]. The access is a
//     segment violation (SegV) if the segment is not valid, if user mode
//     reaches a segment without U, if a store reaches one without W, or if
//     a fetch reaches one with N.
//   - The TLB is then searched for the key (VSID, EA[27:12]). No match is a
//     refill fault (TLBL or TLBS with Refill set); a match whose entry is
//     not valid is the same code without Refill; a store through an entry
//     without D is Mod.
//
// Because the TLB key holds the VSID, writing a segment register never
// needs a TLB flush: an address space switch is 16 mtsr instructions, and
// translations of other address spaces stay in the TLB.
//
// # The micro-TLB
//
// Successful translations are remembered in a small direct-mapped micro-TLB
// keyed by EA page, together with which of the six kinds of access (fetch,
// load, store, each in user and in kernel mode) the segment register and the
// TLB entry allow. A hit costs one array index and three compares and
// allocates nothing. The micro-TLB is invalidated, in constant time, by
// SetSR and WriteTLB; code that writes the SR or TLB fields directly must
// call FlushTranslations. It is not machine state: a clone starts with an
// empty one. Engines may read it without side effects (Lookup) and key
// what they derive from translations by Gen.
//
// # Caches and the write buffer
//
// Cache models the time of a physically indexed, physically tagged cache:
// LRU replacement within a set (a direct-mapped cache keeps no LRU
// state), one valid bit per word, and the R3000's write-through policy (a
// word store writes its word into the cache, hit or miss; a partial-word
// store updates a hit and invalidates the word on a miss) in front of a
// FIFO write buffer that retires one store every WriteCycles. Every memory
// read (a refill, or an uncached read) waits until the write buffer has
// drained, so reads never pass buffered writes. The caches hold no data:
// graftlab's memory is always current, and the caches
// only decide how long an access takes.
//
// Everything is deterministic: no maps are iterated and no host time is
// read. Costs depend only on the sequence of calls and the cycle numbers
// passed in.
package mmu
