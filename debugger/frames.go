package debugger

import (
	"fmt"
	"strings"

	"graftlab/isa"
	"graftlab/loader/debuginfo"
)

// frame is one frame of the call stack.
type frame struct {
	regs      debuginfo.Registers // the frame's registers (callee-saved ones as recovered)
	cfa       uint32              // its canonical frame address
	fn        *debuginfo.Function // nil without DWARF
	heuristic bool                // found by scanning the prologue, not by CFI
}

func (d *Debugger) frame0() frame {
	fr := frame{regs: debuginfo.Registers{GPR: d.m.GPR, PC: d.m.PC}}
	fr.fn, _ = d.info.FunctionAt(fr.regs.PC)
	fr.cfa, _, fr.heuristic = d.unwindOne(fr.regs)
	return fr
}

// unwindOne returns a frame's CFA and its caller's registers, by the CFI
// when there is some for pc, else by reading the prologue.
func (d *Debugger) unwindOne(r debuginfo.Registers) (cfa uint32, caller *debuginfo.Registers, heuristic bool) {
	if row, err := d.info.FrameRule(r.PC); err == nil {
		c, cfa, err := row.Apply(r, d.readWord)
		if err != nil {
			return cfa, nil, false
		}
		return cfa, &c, false
	}
	cfa, c, ok := d.prologueUnwind(r)
	if !ok {
		return cfa, nil, true
	}
	return cfa, c, true
}

// prologueUnwind is the heuristic for code without CFI (assembly): it reads
// the function from its symbol up to pc for "addiu sp,sp,-N" and
// "sw ra,OFF(sp)". Without a saved ra, the caller's PC is ra, which is only
// trustworthy in the innermost frame; the caller decides.
func (d *Debugger) prologueUnwind(r debuginfo.Registers) (uint32, *debuginfo.Registers, bool) {
	start := uint32(0)
	if d.exe != nil {
		if _, base, ok := d.exe.Symbolize(r.PC); ok {
			start = base
		}
	}
	sp := r.GPR[isa.SP]
	if start == 0 || r.PC-start > 4096 {
		return sp, nil, false
	}
	frameSize, raOff, savedRA := uint32(0), int32(0), false
	for a := start; a < r.PC; a += 4 {
		inst, ok := d.decode(a)
		if !ok {
			break
		}
		switch {
		case inst.Op == isa.ADDIU && inst.Rs == isa.SP && inst.Rt == isa.SP && inst.Imm < 0:
			frameSize = uint32(-inst.Imm)
		case inst.Op == isa.SW && inst.Rt == isa.RA && inst.Rs == isa.SP:
			raOff, savedRA = inst.Imm, true
		}
	}
	c := r
	cfa := sp + frameSize
	if savedRA {
		v, err := d.readWord(sp + uint32(raOff))
		if err != nil {
			return cfa, nil, false
		}
		c.GPR[isa.RA] = v
	}
	c.GPR[isa.SP] = cfa
	c.PC = c.GPR[isa.RA]
	return cfa, &c, savedRA || frameSize == 0
}

// backtrace walks up to max frames from the innermost.
func (d *Debugger) backtrace(max int) []frame {
	var frames []frame
	r := debuginfo.Registers{GPR: d.m.GPR, PC: d.m.PC}
	entry := uint32(0)
	if d.exe != nil {
		entry = d.exe.Entry
	}
	for len(frames) < max {
		fr := frame{regs: r}
		fr.fn, _ = d.info.FunctionAt(r.PC)
		cfa, caller, heur := d.unwindOne(r)
		fr.cfa, fr.heuristic = cfa, heur
		frames = append(frames, fr)
		if caller == nil || caller.PC == 0 || d.funcName(caller.PC) == "" {
			break
		}
		// A heuristic frame above the innermost has no saved ra to trust.
		if heur && len(frames) > 1 && caller.GPR[isa.RA] == r.GPR[isa.RA] && caller.PC == r.GPR[isa.RA] {
			break
		}
		if d.exe != nil {
			if _, base, ok := d.exe.Symbolize(r.PC); ok && base == entry && entry != 0 {
				break // the entry point has no caller
			}
		}
		if len(frames) > 1 && caller.GPR[isa.SP] <= r.GPR[isa.SP] && caller.PC == r.PC {
			break
		}
		r = *caller
	}
	return frames
}

// frameLine describes a frame: "sum_squares (n=8) at sum.c:15", with the
// address first for outer frames or when the PC is not at a line's start.
func (d *Debugger) frameLine(fr frame, withAddr bool) string {
	var b strings.Builder
	pc := fr.regs.PC
	if withAddr {
		fmt.Fprintf(&b, "%#08x in ", pc)
	}
	name := d.funcName(pc)
	if name == "" {
		name = "??"
	}
	b.WriteString(name)
	if fr.fn != nil {
		var args []string
		for _, v := range fr.fn.Variables {
			if v.Param {
				args = append(args, v.Name+"="+d.formatVar(&v, fr))
			}
		}
		fmt.Fprintf(&b, " (%s)", strings.Join(args, ", "))
	} else {
		b.WriteString(" ()")
	}
	if file, line, ok := d.info.PCToLine(pc); ok {
		fmt.Fprintf(&b, " at %s:%d", d.fileName(file), line)
	}
	if fr.heuristic {
		b.WriteString(" [heuristic frame: no CFI]")
	}
	return b.String()
}

// varAddr returns the address of a variable in a frame.
func (d *Debugger) varAddr(v *debuginfo.Variable, fr frame) (uint32, error) {
	switch v.Loc.Kind {
	case debuginfo.LocAddress:
		return v.Loc.Addr, nil
	case debuginfo.LocRegOffset:
		return fr.regs.GPR[v.Loc.Reg] + uint32(v.Loc.Offset), nil
	case debuginfo.LocFrameOffset:
		if fr.fn == nil {
			return 0, fmt.Errorf("%s: no frame base", v.Name)
		}
		switch fb := fr.fn.FrameBase; fb.Kind {
		case debuginfo.LocCFA:
			return fr.cfa + uint32(v.Loc.Offset), nil
		case debuginfo.LocRegOffset:
			return fr.regs.GPR[fb.Reg] + uint32(fb.Offset) + uint32(v.Loc.Offset), nil
		case debuginfo.LocRegister:
			return fr.regs.GPR[fb.Reg] + uint32(v.Loc.Offset), nil
		}
		return 0, fmt.Errorf("%s: frame base %v is not supported", v.Name, fr.fn.FrameBase)
	}
	return 0, fmt.Errorf("%s: location %v is not supported", v.Name, v.Loc)
}

// formatVar reads and formats a variable's value in a frame.
func (d *Debugger) formatVar(v *debuginfo.Variable, fr frame) string {
	if v.Loc.Kind == debuginfo.LocRegister {
		return fmt.Sprint(int32(fr.regs.GPR[v.Loc.Reg]))
	}
	addr, err := d.varAddr(v, fr)
	if err != nil {
		return "<" + err.Error() + ">"
	}
	b, err := d.t.ReadMemory(addr, v.Size())
	if err != nil {
		return fmt.Sprintf("<unreadable at %#08x>", addr)
	}
	return d.formatValue(v.Type, b, 0)
}

// selectedFrameVars returns the variables of the innermost frame in scope at
// its PC.
func (d *Debugger) frameVars(fr frame, params bool) []debuginfo.Variable {
	if fr.fn == nil {
		return nil
	}
	var out []debuginfo.Variable
	for _, v := range fr.fn.Variables {
		if v.Param == params && v.InScope(fr.regs.PC) {
			out = append(out, v)
		}
	}
	return out
}

func (d *Debugger) printBacktrace(max int) {
	frames := d.backtrace(max)
	for i, fr := range frames {
		withAddr := i > 0
		if i == 0 {
			if lo, _, ok := d.info.LineRange(fr.regs.PC); !ok || lo != fr.regs.PC {
				withAddr = true
			}
		}
		d.printf("#%-2d %s\n", i, d.frameLine(fr, withAddr))
	}
	if len(frames) == max {
		d.printf("(more stack frames follow...)\n")
	}
}
