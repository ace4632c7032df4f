package kernel

import "fmt"

// Paging to the disk (src/pager.s; doc/kernel.md, "Paging").
const (
	// SysPmap is pmap(address, pages, first block, frames): the caller's
	// pages from address are backed by the disk's blocks from the first
	// block on and hold at most frames physical pages; nothing is mapped
	// until a page is touched.
	SysPmap = 4299
	// PagerMaxPages and PagerMaxFrames bound pmap's pages and frames.
	PagerMaxPages  = 4096
	PagerMaxFrames = 64

	envPager = 968 // ENV_PAGER, frame.inc
	envSize  = 1024
	pgEnv    = 0 // a pager's fields (PG_*, src/pager.s)
	pgLimit  = 16
	pgNRes   = 20
	pgStats  = 48
	pgRes    = 128
	pgfDirty = 1
)

// PagerCounters are a paged region's counters.
type PagerCounters struct {
	// Faults: pages read in from the disk; Evictions: resident pages
	// whose frame went to another page; WriteBacks: the evicted pages
	// that were dirty, written to their blocks first; Mods: first writes
	// to clean resident pages (a TLB Mod each).
	Faults, Evictions, WriteBacks, Mods uint32
}

// PagerState is a paged region as the kernel keeps it.
type PagerState struct {
	PagerCounters
	// Limit is the frames the region may hold; Resident its resident
	// pages' indexes, oldest first, and Dirty whether each is dirty.
	Limit    uint32
	Resident []uint32
	Dirty    []bool
}

// Pager reads environment env's paged region from the kernel's memory;
// ok is false when it has none.
func (s *System) Pager(env int) (st PagerState, ok bool, err error) {
	if env < 0 || env >= MaxEnvs {
		return st, false, fmt.Errorf("kernel: environment %d: no such environment", env)
	}
	envs, err := s.Kernel.Symbol("envs")
	if err != nil {
		return st, false, err
	}
	w := func(a uint32) uint32 {
		v, e := ramWord(s.Machine, a)
		if e != nil && err == nil {
			err = fmt.Errorf("kernel: pager stats: %w", e)
		}
		return v
	}
	desc := envs + uint32(env)*envSize
	pg := w(desc + envPager)
	if pg == 0 || err != nil || w(pg+pgEnv) != desc {
		return st, false, err
	}
	st.Faults, st.Evictions, st.WriteBacks, st.Mods = w(pg+pgStats), w(pg+pgStats+4), w(pg+pgStats+8), w(pg+pgStats+12)
	st.Limit = w(pg + pgLimit)
	n := w(pg + pgNRes)
	if n > PagerMaxFrames {
		return st, false, fmt.Errorf("kernel: pager of environment %d: %d resident pages", env, n)
	}
	for i := uint32(0); i < n; i++ {
		st.Resident = append(st.Resident, w(pg+pgRes+8*i))
		st.Dirty = append(st.Dirty, w(pg+pgRes+8*i+4)&pgfDirty != 0)
	}
	return st, true, err
}
