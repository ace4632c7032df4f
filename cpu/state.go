package cpu

// State is the architectural state of the processor. It is a plain value:
// copying it snapshots the registers, and go-cmp can diff two of them.
type State struct {
	GPR [32]uint32
	HI  uint32
	LO  uint32
	// PC is the address of the next instruction; NextPC the one after it.
	// They differ from PC, PC+4 when PC is a delay slot of a taken branch.
	PC     uint32
	NextPC uint32
	// DelaySlot says that the instruction at PC is in the delay slot of the
	// branch or jump at PC-4, so an exception there sets Cause.BD and
	// EPC = PC-4.
	DelaySlot bool
	// LLBit is set by ll and cleared by eret; sc succeeds only while it is set.
	LLBit bool
	// Waiting is set by wait until an interrupt arrives.
	Waiting bool
	CP0     CP0
	// FPR are the FPU registers: 64 bits each with Status.FR set, else
	// only the low words count (a double is the pair 2n, 2n+1).
	FPR [32]uint64
	// FCSR is the FPU control and status register (FCR31).
	FCSR uint32
}

// CP0 holds the coprocessor 0 registers that graftlab implements (doc/isa.md).
// Random and Count are derived from the cycle counter when read; the fields
// here hold what software last wrote.
type CP0 struct {
	Index     uint32
	EntryLo   uint32
	Context   uint32
	BadVAddr  uint32
	Count     uint32
	EntryHi   uint32
	EntryVSID uint32
	Compare   uint32
	Status    uint32
	Cause     uint32
	EPC       uint32
	ErrorEPC  uint32
	PRId      uint32
	Config    uint32
	Config1   uint32
	// Release 2 profiles only.
	HWREna    uint32 // which hardware registers rdhwr may read in user mode
	UserLocal uint32 // the thread pointer that rdhwr $29 reads
}

// Status register bits.
const (
	StatusIE  = 1 << 0
	StatusEXL = 1 << 1
	StatusERL = 1 << 2
	StatusUM  = 1 << 4
	StatusIM  = 0xff << 8
	StatusBEV = 1 << 22
	StatusCU0 = 1 << 28

	statusWritable = StatusIE | StatusEXL | StatusERL | StatusUM | StatusIM | StatusBEV | StatusCU0
	hwrEnaMask     = 0xf | 1<<29 // CPUNum, SYNCI_Step, CC, CCRes, ULR
)

// Cause register bits.
const (
	CauseExcShift = 2
	CauseExcMask  = 0x1f << CauseExcShift
	CauseIPShift  = 8
	CauseIP       = 0xff << CauseIPShift
	CauseIPSoft   = 0x3 << CauseIPShift // IP1:0, written by software
	CauseIPTimer  = 1 << 15             // IP7: Count reached Compare
	CauseCEShift  = 28
	CauseCE       = 3 << CauseCEShift
	CauseBD       = 1 << 31
)

// causeIPDevices are IP6-IP2, the interrupt controller's lines 4-0.
const causeIPDevices = 0x1f << 10

// Index register bits.
const (
	IndexP    = 1 << 31
	indexMask = 0x3f
)

const (
	entryHiMask   = 0xfffff000
	entryVSIDMask = 0x00ffffff
	entryLoMask   = 0x03ffffff &^ 1 // PFN 25:6, C 5:3, D 2, V 1; G (bit 0) unused
	contextBase   = 0xffc00000
	configK0      = 0x7
	configM       = 1 << 31
	configAR2     = 1 << 10 // Config.AR: Release 2
	config1FP     = 1 << 0  // Config1.FP: an FPU is present
)

// Kernel reports whether the processor is in kernel mode: Status.UM clear,
// or EXL or ERL set.
func (s *State) Kernel() bool {
	st := s.CP0.Status
	return st&StatusUM == 0 || st&(StatusEXL|StatusERL) != 0
}

// SetPC moves execution to pc, outside any delay slot.
func (s *State) SetPC(pc uint32) {
	s.PC, s.NextPC, s.DelaySlot = pc, pc+4, false
}
