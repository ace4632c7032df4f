package debuginfo

import "fmt"

// Registers is what unwinding needs of a frame: the general registers and
// the PC.
type Registers struct {
	GPR [32]uint32
	PC  uint32
}

// ReadWord reads a 32-bit word of guest memory.
type ReadWord func(addr uint32) (uint32, error)

// Unwind computes the caller's registers from a frame's, by the CFI row at
// r.PC: the CFA, the saved registers read from memory, the caller's SP
// (the CFA) and its PC (the return address). Registers without a rule keep
// their values; lost ones read zero. A MIPS return address (the call plus
// 8) lies in the calling function, so the caller's PC can be unwound again
// as it is.
func (d *Info) Unwind(r Registers, read ReadWord) (caller Registers, cfa uint32, err error) {
	row, err := d.FrameRule(r.PC)
	if err != nil {
		return Registers{}, 0, err
	}
	return row.Apply(r, read)
}

// CFA returns the canonical frame address at r.PC.
func (row Row) CFA(r Registers) uint32 {
	return r.GPR[row.CFAReg] + uint32(row.CFAOffset)
}

// Apply unwinds one frame by the row.
func (row Row) Apply(r Registers, read ReadWord) (caller Registers, cfa uint32, err error) {
	cfa = row.CFA(r)
	caller = r
	for reg, rule := range row.Rules {
		if reg < 0 || reg > 31 {
			continue
		}
		switch rule.Kind {
		case RuleUndefined:
			caller.GPR[reg] = 0
		case RuleOffset:
			addr := cfa + uint32(rule.Offset)
			v, err := read(addr)
			if err != nil {
				return Registers{}, cfa, fmt.Errorf("unwind from %#08x: register %d saved at %#08x: %w", r.PC, reg, addr, err)
			}
			caller.GPR[reg] = v
		case RuleValOffset:
			caller.GPR[reg] = cfa + uint32(rule.Offset)
		case RuleRegister:
			caller.GPR[reg] = r.GPR[rule.Reg]
		}
	}
	caller.GPR[29] = cfa
	caller.PC = caller.GPR[row.RAReg]
	if rule, ok := row.Rules[row.RAReg]; ok && rule.Kind == RuleUndefined {
		caller.PC = 0
	}
	return caller, cfa, nil
}
