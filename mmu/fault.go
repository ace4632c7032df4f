package mmu

import (
	"fmt"

	"graftlab/isa"
)

// Access is the kind of a memory access.
type Access uint8

const (
	Fetch Access = iota // instruction fetch
	Load                // data read
	Store               // data write
)

func (a Access) String() string {
	switch a {
	case Fetch:
		return "fetch"
	case Load:
		return "load"
	case Store:
		return "store"
	}
	return fmt.Sprintf("Access(%d)", uint8(a))
}

// Reason says why a translation faulted; the exception code alone does not
// tell the four segment violations apart.
type Reason uint8

const (
	KernelAddress   Reason = iota + 1 // user mode reached an address ≥ 0x80000000
	SegmentInvalid                    // SR.V clear
	SegmentNoUser                     // user mode, SR.U clear
	SegmentReadOnly                   // store, SR.W clear
	SegmentNoExec                     // fetch, SR.N set
	TLBMiss                           // no TLB entry matches
	TLBInvalid                        // the matching entry has V clear
	TLBReadOnly                       // store, the matching entry has D clear
)

var reasonText = [...]string{
	KernelAddress:   "kernel address from user mode",
	SegmentInvalid:  "segment %d is not valid",
	SegmentNoUser:   "segment %d is not user-accessible",
	SegmentReadOnly: "segment %d is not writable",
	SegmentNoExec:   "segment %d is no-execute",
	TLBMiss:         "no TLB entry for VSID %#06x page %#04x",
	TLBInvalid:      "TLB entry for VSID %#06x page %#04x is not valid",
	TLBReadOnly:     "TLB entry for VSID %#06x page %#04x is not dirty",
}

// Fault is a failed translation: the exception the CPU raises.
type Fault struct {
	Code     isa.ExcCode // ExcAdEL/ExcAdES, ExcSegV, ExcTLBL/ExcTLBS or ExcMod
	BadVAddr uint32      // the effective address
	Refill   bool        // a TLB miss: the CPU uses the refill vector
	VSID     uint32      // the segment's VSID, for EntryVSID (0 for address errors)
	Reason   Reason
}

func (f *Fault) Error() string {
	var detail string
	switch f.Reason {
	case KernelAddress:
		detail = reasonText[f.Reason]
	case SegmentInvalid, SegmentNoUser, SegmentReadOnly, SegmentNoExec:
		detail = fmt.Sprintf(reasonText[f.Reason], f.BadVAddr>>28)
	case TLBMiss, TLBInvalid, TLBReadOnly:
		detail = fmt.Sprintf(reasonText[f.Reason], f.VSID, f.BadVAddr>>12&0xffff)
	default:
		detail = "translation fault"
	}
	return fmt.Sprintf("%v at %#08x: %s", f.Code, f.BadVAddr, detail)
}
