package mmu

// WriteBuffer is the FIFO between a write-through cache and memory. A store
// enters it at once unless it is full; memory retires the stores in order,
// each WriteCycles after the previous one retired (or after it entered an
// empty buffer). A full buffer stalls the CPU until its oldest store
// retires.
type WriteBuffer struct {
	writeCycles uint64
	retire      []uint64 // ring of retirement cycles, oldest at head
	head, n     int
	last        uint64 // retirement cycle of the newest store ever pushed
	stalls      uint64
}

// NewWriteBuffer returns an empty buffer of depth entries (at least 1).
func NewWriteBuffer(depth, writeCycles int) *WriteBuffer {
	if depth < 1 || writeCycles < 0 {
		panic("mmu: invalid write buffer (the profile was not validated)")
	}
	return &WriteBuffer{writeCycles: uint64(writeCycles), retire: make([]uint64, depth)}
}

// retireUntil drops the stores retired by cycle now.
func (b *WriteBuffer) retireUntil(now uint64) {
	for b.n > 0 && b.retire[b.head] <= now {
		b.head++
		if b.head == len(b.retire) {
			b.head = 0
		}
		b.n--
	}
}

// Push enters a store at cycle now and returns the cycles the CPU stalls
// for a free entry.
func (b *WriteBuffer) Push(now uint64) (stall int) {
	b.retireUntil(now)
	if b.n == len(b.retire) {
		oldest := b.retire[b.head]
		stall = int(oldest - now)
		now = oldest
		b.retireUntil(now)
	}
	start := max(now, b.last)
	b.last = start + b.writeCycles
	tail := b.head + b.n
	if tail >= len(b.retire) {
		tail -= len(b.retire)
	}
	b.retire[tail] = b.last
	b.n++
	b.stalls += uint64(stall)
	return stall
}

// Drain returns the cycles from now until every buffered store has retired,
// and empties the buffer: a memory read waits for it.
func (b *WriteBuffer) Drain(now uint64) (stall int) {
	b.retireUntil(now)
	if b.n > 0 {
		stall = int(b.last - now)
		b.head, b.n = 0, 0
	}
	b.stalls += uint64(stall)
	return stall
}

// Len is the number of stores not yet retired at cycle now.
func (b *WriteBuffer) Len(now uint64) int {
	n := 0
	for i := 0; i < b.n; i++ {
		if b.retire[(b.head+i)%len(b.retire)] > now {
			n++
		}
	}
	return n
}

// Stalls is the total of the stalls Push and Drain have returned.
func (b *WriteBuffer) Stalls() uint64 { return b.stalls }

// Clone returns a copy of b.
func (b *WriteBuffer) Clone() *WriteBuffer {
	if b == nil {
		return nil
	}
	c := *b
	c.retire = append([]uint64(nil), b.retire...)
	return &c
}
