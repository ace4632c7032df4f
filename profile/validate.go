package profile

import (
	"fmt"
	"math"
	"math/bits"

	"graftlab/isa"
)

// Limits that keep a profile's machine buildable: the TLB index registers
// have 6 bits, and a cache's tag store is allocated on the host.
const (
	MaxTLBEntries = 64
	MaxCacheSize  = 4 << 20
	MaxLineSize   = 128 // one valid bit per word in a 32-bit mask
	MaxWays       = 64
)

// Validate checks that p describes a machine graftlab can build: sizes are
// powers of two, lines hold at least a word, costs are not negative, and so
// on. Errors name the field by its JSON name.
func (p *Profile) Validate() error {
	return p.validate(p.Name)
}

func (p *Profile) validate(source string) error {
	bad := func(field, format string, args ...any) error {
		return &Error{Source: source, Field: field, Msg: fmt.Sprintf(format, args...)}
	}
	if p.Name == "" {
		return bad("name", "empty")
	}
	if !(p.ClockMHz > 0) || math.IsInf(p.ClockMHz, 0) {
		return bad("clock_mhz", "%v is not a positive clock rate", p.ClockMHz)
	}
	if p.ISA != ISAMIPS32R1 && p.ISA != ISAMIPS32R2 {
		return bad("isa", "%q is not %s or %s", p.ISA, ISAMIPS32R1, ISAMIPS32R2)
	}
	if f := p.FPU; f != nil {
		for _, l := range []struct {
			name string
			v    int
		}{
			{"move_latency", f.MoveLatency}, {"add_latency", f.AddLatency}, {"cmp_latency", f.CmpLatency},
			{"mul_latency_s", f.MulLatencyS}, {"mul_latency_d", f.MulLatencyD},
			{"div_latency_s", f.DivLatencyS}, {"div_latency_d", f.DivLatencyD},
			{"sqrt_latency_s", f.SqrtLatencyS}, {"sqrt_latency_d", f.SqrtLatencyD},
		} {
			if l.v < 0 {
				return bad("fpu."+l.name, "%d is negative", l.v)
			}
		}
	}
	for c := isa.Class(0); int(c) < isa.NumClasses; c++ {
		if p.ClassCycles[c] < 1 {
			return bad("class_cycles."+c.String(), "%d: every instruction takes at least one cycle", p.ClassCycles[c])
		}
	}
	for _, f := range []struct {
		name string
		v    int
	}{
		{"mul_latency", p.MulLatency}, {"div_latency", p.DivLatency},
		{"uncached_access", p.UncachedAccess}, {"exception_entry", p.ExceptionEntry},
		{"eret", p.Eret}, {"segment_write", p.SegmentWrite},
		{"user_syscall", p.UserSyscall}, {"user_tlb_refill", p.UserTLBRefill},
	} {
		if f.v < 0 {
			return bad(f.name, "%d is negative", f.v)
		}
	}
	if p.TLBEntries < 1 || p.TLBEntries > MaxTLBEntries {
		return bad("tlb_entries", "%d is not between 1 and %d", p.TLBEntries, MaxTLBEntries)
	}
	if p.CountDivider < 1 {
		return bad("count_divider", "%d is less than 1", p.CountDivider)
	}
	if err := p.ICache.validate(source, "icache", false); err != nil {
		return err
	}
	if err := p.DCache.validate(source, "dcache", true); err != nil {
		return err
	}
	return p.Disk.validate(source)
}

func (d *DiskConfig) validate(source string) error {
	if d == nil {
		return nil
	}
	bad := func(name, format string, args ...any) error {
		return &Error{Source: source, Field: "disk." + name, Msg: fmt.Sprintf(format, args...)}
	}
	switch {
	case d.SectorsPerCylinder < 1:
		return bad("sectors_per_cylinder", "%d is less than 1", d.SectorsPerCylinder)
	case d.Cylinders < 1:
		return bad("cylinders", "%d is less than 1", d.Cylinders)
	}
	for _, f := range []struct {
		name string
		v    int
	}{
		{"overhead_us", d.OverheadMicros}, {"seek_min_us", d.SeekMinMicros}, {"seek_max_us", d.SeekMaxMicros},
		{"rotation_us", d.RotationMicros}, {"transfer_us", d.TransferMicros},
	} {
		if f.v < 0 {
			return bad(f.name, "%d is negative", f.v)
		}
	}
	if d.SeekMaxMicros < d.SeekMinMicros {
		return bad("seek_max_us", "%d is less than seek_min_us (%d)", d.SeekMaxMicros, d.SeekMinMicros)
	}
	return nil
}

func (c *CacheConfig) validate(source, field string, data bool) error {
	if c == nil {
		return nil
	}
	bad := func(name, format string, args ...any) error {
		return &Error{Source: source, Field: field + "." + name, Msg: fmt.Sprintf(format, args...)}
	}
	pow2 := func(v int) bool { return v > 0 && bits.OnesCount(uint(v)) == 1 }
	switch {
	case !pow2(c.LineSize):
		return bad("line_size", "%d is not a power of two", c.LineSize)
	case c.LineSize < 4:
		return bad("line_size", "%d is less than a word", c.LineSize)
	case c.LineSize > MaxLineSize:
		return bad("line_size", "%d is more than %d", c.LineSize, MaxLineSize)
	case !pow2(c.Ways):
		return bad("ways", "%d is not a power of two", c.Ways)
	case c.Ways > MaxWays:
		return bad("ways", "%d is more than %d", c.Ways, MaxWays)
	case !pow2(c.Size):
		return bad("size", "%d is not a power of two", c.Size)
	case c.Size > MaxCacheSize:
		return bad("size", "%d is more than %d", c.Size, MaxCacheSize)
	case c.Size < c.LineSize*c.Ways:
		return bad("size", "%d holds less than one line per way", c.Size)
	case c.MissPenalty < 0:
		return bad("miss_penalty", "%d is negative", c.MissPenalty)
	}
	if !data {
		switch {
		case c.WriteThrough:
			return bad("write_through", "an instruction cache is never written")
		case c.WriteBufferDepth != 0:
			return bad("write_buffer_depth", "an instruction cache has no write buffer")
		case c.WriteCycles != 0:
			return bad("write_cycles", "an instruction cache has no write buffer")
		case c.PartialWriteCycles != 0:
			return bad("partial_write_cycles", "an instruction cache is never written")
		}
		return nil
	}
	switch {
	case !c.WriteThrough:
		return bad("write_through", "graftlab models write-through data caches only")
	case c.WriteBufferDepth < 1:
		return bad("write_buffer_depth", "%d: a write-through cache needs at least one entry", c.WriteBufferDepth)
	case c.WriteCycles < 1:
		return bad("write_cycles", "%d: memory takes at least one cycle to retire a write", c.WriteCycles)
	case c.PartialWriteCycles < 0:
		return bad("partial_write_cycles", "%d is negative", c.PartialWriteCycles)
	}
	return nil
}
