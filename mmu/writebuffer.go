package mmu

import "unsafe"

// WriteBuffer is the FIFO between a write-through cache and memory. A store
// enters it at once unless it is full; memory retires the stores in order,
// each WriteCycles after the previous one retired (or after it entered an
// empty buffer). A full buffer stalls the CPU until its oldest store
// retires.
//
// Retirement cycles only grow, so the buffer is full at cycle now exactly
// when the store pushed depth stores ago has not retired by then: the
// buffer keeps the retirement cycles of the last depth stores, and a push
// compares with one of them. Push and Stall are small enough for the
// compiler to inline them into an engine's loop.
type WriteBuffer struct {
	writeCycles uint64
	ring        []uint64 // retirement cycles of the last len(ring) stores (0: none)
	pos         int      // the oldest of them, the entry the next push replaces
	last        uint64   // retirement cycle of the newest store ever pushed
	stalls      uint64
}

// NewWriteBuffer returns an empty buffer of depth entries (at least 1).
func NewWriteBuffer(depth, writeCycles int) *WriteBuffer {
	if depth < 1 || writeCycles < 0 {
		panic("mmu: invalid write buffer (the profile was not validated)")
	}
	return &WriteBuffer{writeCycles: uint64(writeCycles), ring: make([]uint64, depth)}
}

// Stall returns the cycles a store pushed at cycle now would stall for a
// free entry, changing nothing.
func (b *WriteBuffer) Stall(now uint64) uint64 {
	if oldest := b.ring[b.pos]; oldest > now {
		return oldest - now
	}
	return 0
}

// Push enters a store at cycle now and returns the cycles the CPU stalls
// for a free entry.
func (b *WriteBuffer) Push(now uint64) (stall uint64) {
	stall = b.Stall(now)
	b.last = max(now+stall, b.last) + b.writeCycles
	b.ring[b.pos] = b.last
	if b.pos++; b.pos == len(b.ring) {
		b.pos = 0
	}
	b.stalls += stall
	return stall
}

// Drain returns the cycles from now until every buffered store has retired,
// and empties the buffer: a memory read waits for it.
func (b *WriteBuffer) Drain(now uint64) (stall int) {
	if b.last > now {
		stall = int(b.last - now)
	}
	b.stalls += uint64(stall)
	return stall
}

// Len is the number of stores not yet retired at cycle now.
func (b *WriteBuffer) Len(now uint64) int {
	n := 0
	for _, r := range b.ring {
		if r > now {
			n++
		}
	}
	return n
}

// Depth is the number of stores the buffer holds.
func (b *WriteBuffer) Depth() int { return len(b.ring) }

// WriteCycles is the cycles a store takes to retire from the buffer.
func (b *WriteBuffer) WriteCycles() uint64 { return b.writeCycles }

// Stalls is the total of the stalls Push and Drain have returned.
func (b *WriteBuffer) Stalls() uint64 { return b.stalls }

// Clone returns a copy of b.
func (b *WriteBuffer) Clone() *WriteBuffer {
	if b == nil {
		return nil
	}
	c := *b
	c.ring = append([]uint64(nil), b.ring...)
	return &c
}

// WriteBufferLayout gives the offsets in a WriteBuffer, in bytes, for a
// compiler that emits Stall and Push inline (cpu/jit), with Depth and
// WriteCycles as constants: the ring's first entry's address, the
// position, the last retirement and the stall total.
type WriteBufferLayout struct {
	Ring, Pos, Last, Stalls uintptr
}

// WriteBufferOffsets returns the offsets in a WriteBuffer.
func WriteBufferOffsets() WriteBufferLayout {
	var b WriteBuffer
	return WriteBufferLayout{
		Ring: unsafe.Offsetof(b.ring), Pos: unsafe.Offsetof(b.pos),
		Last: unsafe.Offsetof(b.last), Stalls: unsafe.Offsetof(b.stalls),
	}
}
