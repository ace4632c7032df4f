package devices

import (
	"errors"
	"fmt"
)

// Sentinel errors, wrapped by *AccessError and by the errors Map returns.
var (
	// ErrUnmapped: nothing is mapped at the address (or a span runs past the
	// end of its region).
	ErrUnmapped = errors.New("unmapped address")
	// ErrReadOnly: a write to read-only memory (the boot ROM).
	ErrReadOnly = errors.New("read-only")
	// ErrMisaligned: an access not aligned to its size, or a mapping whose
	// base or size is not a multiple of 4.
	ErrMisaligned = errors.New("misaligned")
	// ErrAccessSize: an access size other than 1, 2 or 4 bytes (or a negative
	// length).
	ErrAccessSize = errors.New("bad access size")
	// ErrBadOffset: an offset outside the device, or one at which the device
	// has no register.
	ErrBadOffset = errors.New("no register at this offset")
	// ErrNotMemory: ReadBytes, WriteBytes or DMA reached device registers,
	// which have side effects and are not memory.
	ErrNotMemory = errors.New("device registers are not memory")
	// ErrOverlap: a mapping overlaps RAM or another device.
	ErrOverlap = errors.New("overlaps a mapped region")
)

// AccessError is a failed access to the physical address space: what the
// CPU reports as a bus error.
type AccessError struct {
	Op     string // "read", "write", "dma read" or "dma write"
	PA     uint32 // physical address of the access
	Size   int    // bytes
	Region string // name of the region at PA; "" when nothing is mapped there
	Err    error  // a sentinel, or the device's own error
}

func (e *AccessError) Error() string {
	if e.Region == "" {
		return fmt.Sprintf("bus: %d-byte %s at 0x%08x: %v", e.Size, e.Op, e.PA, e.Err)
	}
	return fmt.Sprintf("bus: %d-byte %s at 0x%08x (%s): %v", e.Size, e.Op, e.PA, e.Region, e.Err)
}

func (e *AccessError) Unwrap() error { return e.Err }
