package mmu

import "fmt"

// SegmentRegister is the contents of one of the 16 segment registers
// (doc/isa.md): V (bit 31), U (30), W (29), N (28) and a 24-bit VSID.
type SegmentRegister uint32

// Segment register flags.
const (
	SRValid    SegmentRegister = 1 << 31 // translated accesses are allowed
	SRUser     SegmentRegister = 1 << 30 // user mode may use the segment
	SRWritable SegmentRegister = 1 << 29 // stores are allowed
	SRNoExec   SegmentRegister = 1 << 28 // instruction fetches are not allowed
	SRVSIDMask SegmentRegister = 1<<24 - 1
)

// Valid reports V: a translated access through an invalid segment is a
// segment violation.
func (s SegmentRegister) Valid() bool { return s&SRValid != 0 }

// User reports U: user mode may access the segment.
func (s SegmentRegister) User() bool { return s&SRUser != 0 }

// Writable reports W: stores are allowed.
func (s SegmentRegister) Writable() bool { return s&SRWritable != 0 }

// NoExec reports N: instruction fetches are segment violations.
func (s SegmentRegister) NoExec() bool { return s&SRNoExec != 0 }

// VSID is the virtual segment identifier, bits 23:0.
func (s SegmentRegister) VSID() uint32 { return uint32(s & SRVSIDMask) }

func (s SegmentRegister) String() string {
	flags := []byte("----")
	for i, f := range []struct {
		bit SegmentRegister
		c   byte
	}{{SRValid, 'V'}, {SRUser, 'U'}, {SRWritable, 'W'}, {SRNoExec, 'N'}} {
		if s&f.bit != 0 {
			flags[i] = f.c
		}
	}
	return fmt.Sprintf("%s vsid=%#06x", flags, s.VSID())
}
