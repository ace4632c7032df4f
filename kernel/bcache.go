package kernel

import "fmt"

// The disk driver and the buffer cache (src/bcache.s; doc/kernel.md, "The
// disk and the buffer cache").
const (
	// SysBread is bread(block, buffer): BlockSize bytes of the disk's block
	// into the caller's buffer, through the buffer cache.
	SysBread = 4297
	// SysBstat is bstat(stats): the cache's counters, four words (hits,
	// misses, reads, read-aheads), into the caller's memory.
	SysBstat = 4298
	// BlockSize is the cache's block: 8 sectors of the disk.
	BlockSize = 4096
	// CacheBuffers is how many blocks the cache holds.
	CacheBuffers = 16
)

// CacheStats are the buffer cache's counters, as bstat returns them.
type CacheStats struct {
	// Hits: breads that found their block in the cache, read or being
	// read; Misses: breads that did not, whose block the disk then read
	// (Reads counts those reads). ReadAheads: blocks read ahead.
	Hits, Misses, Reads, ReadAheads uint32
}

// CacheStats reads the buffer cache's counters from the kernel's memory.
func (s *System) CacheStats() (CacheStats, error) {
	a, err := s.Kernel.Symbol("bc_stats")
	if err != nil {
		return CacheStats{}, err
	}
	var w [4]uint32
	for i := range w {
		if w[i], err = ramWord(s.Machine, a+4*uint32(i)); err != nil {
			return CacheStats{}, fmt.Errorf("kernel: cache stats: %w", err)
		}
	}
	return CacheStats{Hits: w[0], Misses: w[1], Reads: w[2], ReadAheads: w[3]}, nil
}
