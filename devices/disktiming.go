package devices

import (
	"fmt"
	"math"
	"math/bits"

	"graftlab/profile"
)

// DiskTiming is the disk's timing in cycles, from a profile's disk figures
// (DiskTimingFor). The zero value is an instantaneous disk: every command
// completes at the cycle it is issued.
type DiskTiming struct {
	SectorsPerCylinder uint32 // 0 counts as 1
	Cylinders          uint32 // 0 counts as 1

	Overhead     uint64 // every command
	SeekMin      uint64 // one cylinder
	SeekMax      uint64 // Cylinders - 1 cylinders
	HalfRotation uint64 // every command
	Transfer     uint64 // each sector
}

// maxTimingCycles bounds each converted figure, so that no sum or product
// of the latency model needs more than saturating 64-bit arithmetic to stay
// meaningful: 2^48 cycles is more than a day at 1 GHz.
const maxTimingCycles = 1 << 48

// DiskTimingFor converts p's disk figures to cycles at p's clock: t µs is
// t × ClockMHz cycles, rounded to the nearest, and HalfRotation is half of
// a revolution's cycles, rounded down. A profile without disk figures
// (p.Disk nil) has no disk to attach: DiskTimingFor refuses it rather than
// pricing the disk at zero.
func DiskTimingFor(p *profile.Profile) (DiskTiming, error) {
	if p == nil || p.Disk == nil {
		name := "(none)"
		if p != nil {
			name = p.Name
		}
		return DiskTiming{}, fmt.Errorf("disk: profile %s has no disk timing", name)
	}
	if err := p.Validate(); err != nil {
		return DiskTiming{}, fmt.Errorf("disk: %w", err)
	}
	d := p.Disk
	t := DiskTiming{SectorsPerCylinder: uint32(d.SectorsPerCylinder), Cylinders: uint32(d.Cylinders)}
	for _, f := range []struct {
		name string
		us   int
		dst  *uint64
	}{
		{"overhead_us", d.OverheadMicros, &t.Overhead}, {"seek_min_us", d.SeekMinMicros, &t.SeekMin},
		{"seek_max_us", d.SeekMaxMicros, &t.SeekMax}, {"rotation_us", d.RotationMicros, &t.HalfRotation},
		{"transfer_us", d.TransferMicros, &t.Transfer},
	} {
		c := math.Round(float64(f.us) * p.ClockMHz)
		if !(c < maxTimingCycles) {
			return DiskTiming{}, fmt.Errorf("disk: profile %s: disk.%s: %d µs is more than %d cycles at %v MHz",
				p.Name, f.name, f.us, uint64(maxTimingCycles), p.ClockMHz)
		}
		*f.dst = uint64(c)
	}
	t.HalfRotation /= 2
	return t, nil
}

// cylinder returns the cylinder that holds sector.
func (t *DiskTiming) cylinder(sector uint32) uint32 {
	return min(sector/max(t.SectorsPerCylinder, 1), max(t.Cylinders, 1)-1)
}

// seek returns the cycles of a seek from cylinder from to cylinder to:
// none to stay, SeekMin for one cylinder, SeekMax for Cylinders - 1, and a
// linear interpolation, rounded down, in between.
func (t *DiskTiming) seek(from, to uint32) uint64 {
	d := max(from, to) - min(from, to)
	if d == 0 {
		return 0
	}
	span := uint64(max(t.Cylinders, 1)) - 2 // the distances after the first
	if span == 0 || t.SeekMax <= t.SeekMin {
		return t.SeekMin
	}
	// (SeekMax-SeekMin) * (d-1) / span, with d-1 <= span: the high word of
	// the product is below span, as Div64 requires.
	hi, lo := bits.Mul64(t.SeekMax-t.SeekMin, uint64(d)-1)
	q, _ := bits.Div64(hi, lo, span)
	return t.SeekMin + q
}

// latency returns the cycles of a command of count sectors from sector with
// the head on cylinder head, and the cylinder the head ends on: that of the
// last sector.
func (t *DiskTiming) latency(head, sector, count uint32) (cycles uint64, end uint32) {
	start := t.cylinder(sector)
	end = t.cylinder(sector + (count - 1))
	cycles = satAdd(t.Overhead, t.seek(head, start))
	cycles = satAdd(cycles, t.HalfRotation)
	return satAdd(cycles, satMul(t.Transfer, uint64(count))), end
}

func satAdd(a, b uint64) uint64 {
	if s, carry := bits.Add64(a, b, 0); carry == 0 {
		return s
	}
	return math.MaxUint64
}

func satMul(a, b uint64) uint64 {
	if hi, lo := bits.Mul64(a, b); hi == 0 {
		return lo
	}
	return math.MaxUint64
}
