package gdbstub

import (
	"fmt"
	"strings"

	"graftlab/cpu"
	"graftlab/isa"
)

// gdb's MIPS register numbers (gdb/mips-tdep.h, and the regnum attributes
// of gdb/features/mips-*.xml): the g packet carries them in this order.
const (
	regStatus   = 32
	regLO       = 33
	regHI       = 34
	regBadVAddr = 35
	regCause    = 36
	regPC       = 37
	regF0       = 38
	regFCSR     = 70
	regFIR      = 71
	numRegs     = 72
)

// readRegister returns register n of m in gdb's numbering; ok is false for
// the FPU registers of a machine whose profile has no FPU. The FPU
// registers are 32 bits wide, as o32 (FR=0) sees them: f0-f31 are the low
// words, a double the pair f2n, f2n+1.
func readRegister(m *cpu.Machine, n int) (v uint32, ok bool) {
	if n >= regF0 && n < numRegs {
		if m.Profile.FPU == nil {
			return 0, false
		}
		switch n {
		case regFCSR:
			return m.ReadFCR(31), true
		case regFIR:
			return m.ReadFCR(0), true
		}
		return m.FPR32(isa.FReg(n - regF0)), true
	}
	switch {
	case n >= 0 && n < 32:
		return m.GPR[n], true
	case n == regStatus:
		return m.ReadCP0(isa.CP0Status), true
	case n == regLO:
		return m.LO, true
	case n == regHI:
		return m.HI, true
	case n == regBadVAddr:
		return m.ReadCP0(isa.CP0BadVAddr), true
	case n == regCause:
		return m.ReadCP0(isa.CP0Cause), true
	case n == regPC:
		return m.PC, true
	}
	return 0, false
}

// writeRegister sets register n. Writing the PC the value it already has
// changes nothing (gdb writes registers back unchanged, and the PC may be
// a delay slot); another value moves execution there, outside any delay
// slot. r0 ignores writes, as the hardware does.
func writeRegister(m *cpu.Machine, n int, v uint32) error {
	switch {
	case n == 0:
	case n > 0 && n < 32:
		m.GPR[n] = v
	case n == regStatus:
		m.WriteCP0(isa.CP0Status, v)
	case n == regLO:
		m.LO = v
	case n == regHI:
		m.HI = v
	case n == regBadVAddr:
		m.CP0.BadVAddr = v
	case n == regCause:
		m.WriteCP0(isa.CP0Cause, v)
	case n == regPC:
		if v != m.PC {
			m.SetPC(v)
		}
	case n >= regF0 && n < numRegs && m.Profile.FPU == nil:
		return fmt.Errorf("register %d: the %s profile has no FPU", n, m.Profile.Name)
	case n == regFCSR:
		m.WriteFCR(31, v)
	case n == regFIR:
		// Read-only.
	case n >= regF0 && n < regFCSR:
		m.SetFPR32(isa.FReg(n-regF0), v)
	default:
		return fmt.Errorf("no register %d", n)
	}
	return nil
}

// TargetXML is the target description the stub sends for
// qXfer:features:read:target.xml: gdb's MIPS features with 32-bit
// registers. gdb-multiarch's MIPS support needs the FPU feature to be
// present; on a profile without an FPU its registers read as unavailable.
var TargetXML = buildTargetXML()

func buildTargetXML() string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?>
<!DOCTYPE target SYSTEM "gdb-target.dtd">
<target version="1.0">
  <architecture>mips</architecture>
  <feature name="org.gnu.gdb.mips.cpu">
`)
	for i := 0; i < 32; i++ {
		fmt.Fprintf(&b, "    <reg name=\"r%d\" bitsize=\"32\" regnum=\"%d\"/>\n", i, i)
	}
	fmt.Fprintf(&b, `    <reg name="lo" bitsize="32" regnum="%d"/>
    <reg name="hi" bitsize="32" regnum="%d"/>
    <reg name="pc" bitsize="32" regnum="%d"/>
  </feature>
  <feature name="org.gnu.gdb.mips.cp0">
    <reg name="status" bitsize="32" regnum="%d"/>
    <reg name="badvaddr" bitsize="32" regnum="%d"/>
    <reg name="cause" bitsize="32" regnum="%d"/>
  </feature>
  <feature name="org.gnu.gdb.mips.fpu">
`, regLO, regHI, regPC, regStatus, regBadVAddr, regCause)
	for i := 0; i < 32; i++ {
		fmt.Fprintf(&b, "    <reg name=\"f%d\" bitsize=\"32\" type=\"ieee_single\" regnum=\"%d\"/>\n", i, regF0+i)
	}
	fmt.Fprintf(&b, `    <reg name="fcsr" bitsize="32" group="float" regnum="%d"/>
    <reg name="fir" bitsize="32" group="float" regnum="%d"/>
  </feature>
</target>
`, regFCSR, regFIR)
	return b.String()
}
