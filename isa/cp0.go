package isa

import "fmt"

// CP0Reg names a coprocessor 0 register: its number (the rd field of
// mfc0/mtc0) and select.
type CP0Reg struct {
	Num uint8
	Sel uint8
}

// The CP0 registers graftlab implements. doc/isa.md gives their layouts.
var (
	CP0Index     = CP0Reg{0, 0}
	CP0Random    = CP0Reg{1, 0}
	CP0EntryLo   = CP0Reg{2, 0}
	CP0Context   = CP0Reg{4, 0}
	CP0UserLocal = CP0Reg{4, 2} // Release 2 profiles: the thread pointer rdhwr $29 reads
	CP0HWREna    = CP0Reg{7, 0} // Release 2 profiles: the hardware registers rdhwr may read in user mode
	CP0BadVAddr  = CP0Reg{8, 0}
	CP0Count     = CP0Reg{9, 0}
	CP0EntryHi   = CP0Reg{10, 0}
	CP0EntryVSID = CP0Reg{10, 1} // the VSID half of a TLB entry's key
	CP0Compare   = CP0Reg{11, 0}
	CP0Status    = CP0Reg{12, 0}
	CP0Cause     = CP0Reg{13, 0}
	CP0EPC       = CP0Reg{14, 0}
	CP0PRId      = CP0Reg{15, 0}
	CP0Config    = CP0Reg{16, 0}
	CP0Config1   = CP0Reg{16, 1}
	CP0ErrorEPC  = CP0Reg{30, 0}
)

// CP0Regs lists the implemented CP0 registers with their names, in the
// order of doc/isa.md.
var CP0Regs = []struct {
	Reg  CP0Reg
	Name string
}{
	{CP0Index, "Index"},
	{CP0Random, "Random"},
	{CP0EntryLo, "EntryLo"},
	{CP0Context, "Context"},
	{CP0UserLocal, "UserLocal"},
	{CP0HWREna, "HWREna"},
	{CP0BadVAddr, "BadVAddr"},
	{CP0Count, "Count"},
	{CP0EntryHi, "EntryHi"},
	{CP0EntryVSID, "EntryVSID"},
	{CP0Compare, "Compare"},
	{CP0Status, "Status"},
	{CP0Cause, "Cause"},
	{CP0EPC, "EPC"},
	{CP0PRId, "PRId"},
	{CP0Config, "Config"},
	{CP0Config1, "Config1"},
	{CP0ErrorEPC, "ErrorEPC"},
}

func (r CP0Reg) String() string {
	for _, c := range CP0Regs {
		if c.Reg == r {
			return c.Name
		}
	}
	return fmt.Sprintf("$%d,%d", r.Num, r.Sel)
}

// ExcCode is the exception code that Cause[6:2] holds.
type ExcCode uint8

// Exception codes: the MIPS32 ones, and the segment violation, which uses
// code 16 (implementation dependent in MIPS32).
const (
	ExcInt  ExcCode = 0  // interrupt
	ExcMod  ExcCode = 1  // TLB modified
	ExcTLBL ExcCode = 2  // TLB miss or invalid on load or fetch
	ExcTLBS ExcCode = 3  // TLB miss or invalid on store
	ExcAdEL ExcCode = 4  // address error on load or fetch
	ExcAdES ExcCode = 5  // address error on store
	ExcIBE  ExcCode = 6  // bus error on fetch
	ExcDBE  ExcCode = 7  // bus error on data
	ExcSys  ExcCode = 8  // syscall
	ExcBp   ExcCode = 9  // breakpoint
	ExcRI   ExcCode = 10 // reserved instruction
	ExcCpU  ExcCode = 11 // coprocessor unusable
	ExcOv   ExcCode = 12 // arithmetic overflow
	ExcTr   ExcCode = 13 // trap
	ExcFPE  ExcCode = 15 // floating-point exception (FCSR's cause bits say which)
	ExcSegV ExcCode = 16 // segment violation
)

var excNames = map[ExcCode]string{
	ExcInt: "Int", ExcMod: "Mod", ExcTLBL: "TLBL", ExcTLBS: "TLBS", ExcAdEL: "AdEL",
	ExcAdES: "AdES", ExcIBE: "IBE", ExcDBE: "DBE", ExcSys: "Sys", ExcBp: "Bp",
	ExcRI: "RI", ExcCpU: "CpU", ExcOv: "Ov", ExcTr: "Tr", ExcFPE: "FPE", ExcSegV: "SegV",
}

// ExcCodes lists the exception codes in numeric order.
var ExcCodes = []ExcCode{ExcInt, ExcMod, ExcTLBL, ExcTLBS, ExcAdEL, ExcAdES, ExcIBE,
	ExcDBE, ExcSys, ExcBp, ExcRI, ExcCpU, ExcOv, ExcTr, ExcFPE, ExcSegV}

func (c ExcCode) String() string {
	if n, ok := excNames[c]; ok {
		return n
	}
	return fmt.Sprintf("Exc%d", uint8(c))
}
