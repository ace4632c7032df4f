package cpu

import (
	"graftlab/isa"
	"graftlab/mmu"
)

// Exception vectors with Status.BEV clear and set.
const (
	vectorBase    = 0x80000000
	vectorBaseBEV = 0xbfc00200
	vectorGeneral = 0x180
)

// raise records an exception, offers it to the Handler and, unless the
// handler served it, delivers it to the guest.
func (m *Machine) raise(e *Exception) error {
	m.Stats.Exceptions[e.Code&31]++
	if e.Refill {
		m.Stats.TLBMisses++
	}
	m.lastExc = e
	if len(m.hooks.exc) > 0 {
		m.runExceptionHooks(e)
	}
	if m.Handler != nil {
		handled, err := m.Handler(m, e)
		m.checkTimer()      // the handler may have written Count or Compare
		m.scheduleDevices() // or reached a device
		if err != nil || handled {
			return err
		}
	}
	m.deliver(e)
	return nil
}

// deliver takes exception e as MIPS32 hardware does.
func (m *Machine) deliver(e *Exception) {
	c := &m.CP0
	offset := uint32(vectorGeneral)
	if c.Status&StatusEXL == 0 {
		if e.DelaySlot {
			c.EPC = e.PC - 4
			c.Cause |= CauseBD
		} else {
			c.EPC = e.PC
			c.Cause &^= CauseBD
		}
		if e.Refill {
			offset = 0
		}
	}
	c.Cause = c.Cause&^(CauseExcMask|CauseCE) | uint32(e.Code)<<CauseExcShift | uint32(e.Coprocessor)<<CauseCEShift
	if e.HasBadVAddr {
		c.BadVAddr = e.BadVAddr
	}
	switch e.Code {
	case isa.ExcTLBL, isa.ExcTLBS, isa.ExcMod:
		c.Context = c.Context&contextBase | e.BadVAddr>>12<<2
		c.EntryHi = e.BadVAddr & entryHiMask
		c.EntryVSID = e.VSID
	}
	c.Status |= StatusEXL
	base := uint32(vectorBase)
	if c.Status&StatusBEV != 0 {
		base = vectorBaseBEV
	}
	m.SetPC(base + offset)
	m.advance(uint64(m.Profile.ExceptionEntry))
}

// fault converts an MMU fault into an exception of the instruction at pc.
func (m *Machine) fault(f *mmu.Fault, acc mmu.Access, pc uint32) *Exception {
	return &Exception{Code: f.Code, PC: pc, BadVAddr: f.BadVAddr, HasBadVAddr: true,
		Refill: f.Refill, VSID: f.VSID, DelaySlot: m.DelaySlot, Access: acc, Reason: f.Reason}
}

// exc builds an exception of the instruction at pc without an address.
func (m *Machine) exc(code isa.ExcCode, pc uint32) *Exception {
	return &Exception{Code: code, PC: pc, DelaySlot: m.DelaySlot}
}

// addrError builds an address error for a misaligned ea.
func (m *Machine) addrError(code isa.ExcCode, acc mmu.Access, pc, ea uint32) *Exception {
	return &Exception{Code: code, PC: pc, BadVAddr: ea, HasBadVAddr: true, DelaySlot: m.DelaySlot, Access: acc}
}

// interruptPending updates Cause.IP from the devices and reports whether an
// enabled interrupt is pending.
func (m *Machine) interruptPending() bool {
	c := &m.CP0
	c.Cause = c.Cause&^causeIPDevices | uint32(m.Bus.Interrupts().Pending()&0x1f)<<10
	if c.Status&StatusIE == 0 || c.Status&(StatusEXL|StatusERL) != 0 {
		return false
	}
	return c.Cause&c.Status&StatusIM != 0
}
