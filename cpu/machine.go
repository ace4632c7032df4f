package cpu

import (
	"fmt"

	"graftlab/devices"
	"graftlab/isa"
	"graftlab/mmu"
	"graftlab/profile"
)

// Machine is one emulated processor with its memory system.
type Machine struct {
	State
	Profile *profile.Profile
	MMU     *mmu.MMU
	Bus     *devices.Bus
	Stats   Stats

	// Handler, when set, sees every exception before it is delivered. If it
	// returns true the exception is considered served on the host and is not
	// delivered; the handler has updated the state (and charged any cost
	// through Charge). User mode uses it for system calls and TLB refills.
	Handler ExceptionHandler

	hooks hooks

	// hiloReady is the cycle at which HI and LO hold the result of the last
	// multiply or divide; reading them earlier stalls.
	hiloReady uint64
	// fpReady is the cycle at which each FPU register holds the result of
	// the last instruction that writes it; fccReady likewise for the
	// condition codes.
	fpReady  [32]uint64
	fccReady uint64
	// countBase is the cycle at which software last wrote Count.
	countBase uint64
	// timer is when Count next reaches Compare (see advance).
	timer timerSchedule
	// devAt is the cycle of the bus's next device event, noEvent for none
	// (see events.go).
	devAt uint64
	// stop is set by Stop (from a hook) and checked between instructions.
	stop *StopRequest
	// lastExc is the last exception taken or served, for reporting.
	lastExc *Exception
	// halted and status record Halt.
	halted bool
	status int
	// blockExit tells a block engine to leave the block it runs after the
	// current instruction: code was overwritten, a device register was
	// accessed (interrupt lines may have changed), or the run must stop
	// (Core.LeaveBlock).
	blockExit bool
	// engines holds what each engine that ran the machine keeps for it
	// (Core.EngineState): the Fast engine's code cache, for one.
	engines []engineSlot
}

// ExceptionHandler serves exceptions on the host; see Machine.Handler.
type ExceptionHandler func(m *Machine, e *Exception) (handled bool, err error)

// Stats counts what a run did. The same program, input and profile give
// the same Stats on every host and engine.
type Stats struct {
	Instructions uint64 // instructions executed: see Exception.Restarts; nullified delay slots do not count
	Cycles       uint64
	Stalls       uint64 // cycles spent waiting for HI/LO, caches, the write buffer, memory
	IdleCycles   uint64 // cycles skipped by wait until an interrupt
	ICacheMisses uint64
	DCacheMisses uint64
	TLBMisses    uint64 // TLB refill exceptions, delivered or served on the host
	Exceptions   [32]uint64
}

// Exception is a guest exception: what happened, and where.
type Exception struct {
	Code        isa.ExcCode
	PC          uint32 // address of the instruction that raised it (or the interrupted one)
	BadVAddr    uint32 // for address, TLB and segment exceptions
	HasBadVAddr bool
	Coprocessor int  // Cause.CE for Coprocessor Unusable
	Refill      bool // a TLB miss: uses the refill vector when EXL is clear
	VSID        uint32
	DelaySlot   bool   // raised in a delay slot: EPC is PC-4 and Cause.BD is set
	Inst        uint32 // the instruction word (0 when the fetch itself failed)
	// Access and Reason describe address, TLB and segment exceptions: the
	// kind of access that failed and why (Reason is 0 for a misaligned
	// address and for bus errors).
	Access mmu.Access
	Reason mmu.Reason
}

// Restarts reports whether the instruction that raised e did not complete
// and runs again when the handler returns: address, TLB, segment and bus
// errors, and interrupts. Such an instruction is not counted in
// Stats.Instructions and costs no class cycles; the exceptions that
// instructions raise by design (syscall, break, traps, overflow, reserved
// and coprocessor-unusable instructions) count as executed.
func (e *Exception) Restarts() bool {
	switch e.Code {
	case isa.ExcSys, isa.ExcBp, isa.ExcTr, isa.ExcOv, isa.ExcRI, isa.ExcCpU:
		return false
	}
	return true
}

func (e *Exception) Error() string {
	s := fmt.Sprintf("%s exception at pc %#08x", excDescription(e.Code), e.PC)
	if e.HasBadVAddr {
		s += fmt.Sprintf(", badvaddr %#08x", e.BadVAddr)
	}
	if e.Code == isa.ExcCpU {
		s += fmt.Sprintf(", coprocessor %d", e.Coprocessor)
	}
	if e.DelaySlot {
		s += " (in a delay slot)"
	}
	return s
}

func excDescription(c isa.ExcCode) string {
	switch c {
	case isa.ExcInt:
		return "interrupt"
	case isa.ExcMod:
		return "TLB modified"
	case isa.ExcTLBL:
		return "TLB load/fetch"
	case isa.ExcTLBS:
		return "TLB store"
	case isa.ExcAdEL:
		return "address error on load/fetch"
	case isa.ExcAdES:
		return "address error on store"
	case isa.ExcIBE:
		return "bus error on fetch"
	case isa.ExcDBE:
		return "bus error on data access"
	case isa.ExcSys:
		return "syscall"
	case isa.ExcBp:
		return "breakpoint"
	case isa.ExcRI:
		return "reserved instruction"
	case isa.ExcCpU:
		return "coprocessor unusable"
	case isa.ExcOv:
		return "arithmetic overflow"
	case isa.ExcTr:
		return "trap"
	case isa.ExcSegV:
		return "segment violation"
	}
	return c.String()
}

// Config describes a new machine.
type Config struct {
	Profile *profile.Profile
	Bus     *devices.Bus // nil: a bare bus with RAMSize bytes of RAM
	RAMSize uint32       // default 64 MiB
}

// New returns a machine in its reset state: kernel mode, BEV and ERL set,
// PC at the reset vector 0xBFC00000.
func New(c Config) (*Machine, error) {
	p := c.Profile
	if p == nil {
		var err error
		if p, err = profile.Lookup("ideal"); err != nil {
			return nil, err
		}
	}
	if err := p.Validate(); err != nil {
		return nil, err
	}
	bus := c.Bus
	if bus == nil {
		size := c.RAMSize
		if size == 0 {
			size = 64 << 20
		}
		bus = devices.NewBus(size)
	}
	m := &Machine{Profile: p, Bus: bus}
	m.Reset()
	return m, nil
}

// Reset puts the processor in its reset state: registers, TLB, segment
// registers and caches are cleared, memory is untouched and the counters
// start again from zero.
func (m *Machine) Reset() {
	m.State = State{}
	m.MMU = mmu.New(m.Profile)
	m.CP0.Status = StatusBEV | StatusERL
	m.CP0.PRId = PRId
	m.CP0.Config = configM | 3 // kseg0 cacheable
	m.CP0.Config1 = uint32(len(m.MMU.TLB)-1) << 25
	if m.Profile.FPU != nil {
		m.CP0.Config1 |= config1FP
	}
	if m.Profile.R2() {
		m.CP0.Config |= configAR2
	}
	m.SetPC(ResetVector)
	m.Stats = Stats{}
	m.hiloReady = 0
	m.fpReady, m.fccReady = [32]uint64{}, 0
	m.countBase = 0
	m.scheduleTimer()
	m.scheduleDevices()
	m.stop = nil
	m.lastExc = nil
	m.halted, m.status = false, 0
	m.invalidateEngines(InvalidateAll) // code was built under the old translations
}

// Exception vectors and identification.
const (
	ResetVector = 0xbfc00000
	// PRId: company 0 (none), processor 0x47 ("G"), revision 1.
	PRId = 0x00004701
)

// Charge adds cycles to the counters (and to Count): for costs that
// host-served operations and devices impose.
func (m *Machine) Charge(cycles uint64) { m.advance(cycles) }

// LastException returns the last exception raised, served or delivered.
func (m *Machine) LastException() *Exception { return m.lastExc }
