package debugger

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"

	"graftlab/cpu"
	"graftlab/cpu/jit"
	"graftlab/isa"
	"graftlab/mmu"
)

var infoTable = []struct {
	name, help string
	run        func(d *Debugger, args string) error
}{
	{"registers", "the general registers, hi, lo and pc (or those named: info registers a0 sp; info registers cp0 is info cp0)", (*Debugger).infoRegisters},
	{"cp0", "the coprocessor 0 registers", (*Debugger).infoCP0},
	{"float", "the FPU: f0-f31 as words and singles, the even/odd pairs as doubles, FCSR decoded, FIR", (*Debugger).infoFloat},
	{"segments", "the 16 segment registers: valid, user, writable, no-execute, VSID", (*Debugger).infoSegments},
	{"tlb", "the valid TLB entries", (*Debugger).infoTLB},
	{"cache", "the caches' geometry and counters", (*Debugger).infoCache},
	{"breakpoints", "breakpoints and watchpoints", func(d *Debugger, _ string) error { d.infoBreakpoints(); return nil }},
	{"watchpoints", "watchpoints and breakpoints", func(d *Debugger, _ string) error { d.infoBreakpoints(); return nil }},
	{"symbols", "ELF symbols, optionally matching a regular expression", (*Debugger).infoSymbols},
	{"cycles", "the machine's counters: cycles, instructions, stalls, misses, exceptions", (*Debugger).infoCycles},
	{"locals", "the local variables of the current function, with their addresses", func(d *Debugger, _ string) error { return d.infoVars(false) }},
	{"args", "the arguments of the current function", func(d *Debugger, _ string) error { return d.infoVars(true) }},
	{"frame", "the current frame: PC, CFA, caller, where registers were saved", (*Debugger).infoFrame},
	{"line", "the source line of the PC (or of a location) and its addresses", (*Debugger).infoLine},
	{"history", "the snapshots kept for reverse execution", (*Debugger).infoHistory},
	{"jit", "the jit engine's code for the block at the PC (or at a location): each MIPS instruction with the amd64 code compiled for it", (*Debugger).infoJIT},
}

func infoNames() []string {
	var n []string
	for _, e := range infoTable {
		n = append(n, e.name)
	}
	return n
}

func infoHelp() string {
	var b strings.Builder
	for _, e := range infoTable {
		fmt.Fprintf(&b, "  info %-12s %s\n", e.name, e.help)
	}
	return strings.TrimSuffix(b.String(), "\n")
}

func (d *Debugger) infoCmd(args string) error {
	what, rest, _ := strings.Cut(strings.TrimSpace(args), " ")
	if what == "" {
		return fmt.Errorf("info what? %s", strings.Join(infoNames(), ", "))
	}
	var found []int
	for i, e := range infoTable {
		if e.name == what {
			found = []int{i}
			break
		}
		if strings.HasPrefix(e.name, what) {
			found = append(found, i)
		}
	}
	if what == "r" || what == "reg" {
		found = []int{0}
	}
	switch len(found) {
	case 0:
		return fmt.Errorf("undefined info command %q (one of %s)", what, strings.Join(infoNames(), ", "))
	case 1:
		return infoTable[found[0]].run(d, strings.TrimSpace(rest))
	}
	return fmt.Errorf("ambiguous info command %q", what)
}

func (d *Debugger) infoRegisters(args string) error {
	// gdb's register groups: "info registers cp0" is "info cp0";
	// "general" and "all" are the default.
	switch args {
	case "cp0":
		return d.infoCP0("")
	case "float":
		return d.infoFloat("")
	case "general", "all":
		args = ""
	}
	if args != "" {
		for _, name := range strings.Fields(args) {
			name = strings.TrimPrefix(name, "$")
			v, err := d.regValue(name)
			if err != nil {
				return err
			}
			d.printf("%-8s 0x%08x  %d\n", name, v, int32(v))
		}
		return nil
	}
	for i := 0; i < 32; i += 4 {
		var cols []string
		for j := i; j < i+4; j++ {
			cols = append(cols, fmt.Sprintf("%-4s %08x", isa.Reg(j), d.m.GPR[j]))
		}
		d.printf("%s\n", strings.Join(cols, "  "))
	}
	d.printf("hi   %08x  lo   %08x  pc   %08x%s\n", d.m.HI, d.m.LO, d.m.PC, d.symSuffix(d.m.PC))
	if d.m.DelaySlot {
		d.printf("(the PC is in a delay slot; the branch goes on to %#08x)\n", d.m.NextPC)
	}
	return nil
}

// infoFloat shows the FPU as gdb's "info float" does, in o32's model: the
// 32 single registers, and the doubles their even/odd pairs hold (with
// FR=1, the doubles are the 64-bit registers).
func (d *Debugger) infoFloat(string) error {
	m := d.m
	if m.Profile.FPU == nil {
		return fmt.Errorf("the %s profile has no FPU", m.Profile.Name)
	}
	fr := m.FR64()
	for i := 0; i < 32; i++ {
		r := isa.FReg(i)
		w := m.FPR32(r)
		line := fmt.Sprintf("f%-2d  %08x  %-14s", i, w, strconv.FormatFloat(float64(math.Float32frombits(w)), 'g', -1, 32))
		if fr || i%2 == 0 {
			dw := m.FPR64(r, fr)
			line += fmt.Sprintf("  d%-2d %016x  %s", i, dw, strconv.FormatFloat(math.Float64frombits(dw), 'g', -1, 64))
		}
		d.printf("%s\n", strings.TrimRight(line, " "))
	}
	f := m.ReadFCR(31)
	rm := [4]string{"nearest", "toward zero", "toward +inf", "toward -inf"}[f&3]
	names := func(bits uint32, n int) string {
		var s []string
		for i, name := range []string{"inexact", "underflow", "overflow", "divide-by-zero", "invalid", "unimplemented"}[:n] {
			if bits&(1<<i) != 0 {
				s = append(s, name)
			}
		}
		if len(s) == 0 {
			return "none"
		}
		return strings.Join(s, " ")
	}
	var fcc []string
	for cc := uint8(0); cc < 8; cc++ {
		if m.FCC(cc) {
			fcc = append(fcc, strconv.Itoa(int(cc)))
		}
	}
	d.printf("fcsr %08x  rounding %s; flags: %s; enables: %s; cause: %s; true condition codes: %s%s\n", f, rm,
		names(f>>cpu.FCSRFlagsShift, 5), names(f>>cpu.FCSREnablesShift, 5), names(f>>cpu.FCSRCauseShift, 6),
		strings.Join(fcc, " ")+map[bool]string{true: "none"}[len(fcc) == 0], map[bool]string{true: "; flush to zero"}[f&cpu.FCSRFS != 0])
	mode := "FR=0: 32 32-bit registers, doubles in even/odd pairs"
	if fr {
		mode = "FR=1: 32 64-bit registers"
	}
	d.printf("fir  %08x  %s\n", m.ReadFCR(0), mode)
	return nil
}

func (d *Debugger) infoCP0(string) error {
	c := d.m.CP0
	for _, r := range []struct {
		name string
		v    uint32
	}{
		{"Index", c.Index}, {"Random", d.m.ReadCP0(isa.CP0Random)}, {"EntryLo", c.EntryLo}, {"Context", c.Context},
		{"BadVAddr", c.BadVAddr}, {"Count", d.m.ReadCP0(isa.CP0Count)}, {"EntryHi", c.EntryHi}, {"EntryVSID", c.EntryVSID},
		{"Compare", c.Compare}, {"Status", c.Status}, {"Cause", c.Cause}, {"EPC", c.EPC}, {"ErrorEPC", c.ErrorEPC},
		{"PRId", c.PRId}, {"Config", c.Config}, {"Config1", c.Config1},
	} {
		d.printf("%-10s %08x\n", r.name, r.v)
	}
	mode := "user"
	if d.m.Kernel() {
		mode = "kernel"
	}
	d.printf("mode: %s; Status: IE=%d EXL=%d ERL=%d UM=%d BEV=%d IM=%#02x; Cause.ExcCode=%d\n", mode,
		c.Status&cpu.StatusIE, c.Status&cpu.StatusEXL>>1, c.Status&cpu.StatusERL>>2, c.Status&cpu.StatusUM>>4,
		c.Status&cpu.StatusBEV>>22, c.Status&cpu.StatusIM>>8, c.Cause&cpu.CauseExcMask>>cpu.CauseExcShift)
	return nil
}

func (d *Debugger) infoSegments(string) error {
	for i, sr := range d.m.MMU.SR {
		d.printf("sr%-2d %#x0000000  %08x  %s\n", i, i, uint32(sr), sr)
	}
	return nil
}

func (d *Debugger) infoTLB(string) error {
	n := 0
	for i, e := range d.m.MMU.TLB {
		if e.EntryLo&mmu.EntryLoValid == 0 {
			continue
		}
		n++
		d.printf("%2d  EA page %#08x  VSID %#06x  EntryLo %08x  PA %#08x  C=%d D=%v\n", i, e.EntryHi&^0xfff, e.VSID, e.EntryLo, e.EntryLo>>6<<12, e.CacheAttr(), e.EntryLo&(1<<2) != 0)
	}
	d.printf("%d of %d entries valid\n", n, len(d.m.MMU.TLB))
	return nil
}

func (d *Debugger) infoCache(string) error {
	for _, c := range []struct {
		name  string
		cache *mmu.Cache
	}{{"I-cache", d.m.MMU.ICache}, {"D-cache", d.m.MMU.DCache}} {
		if c.cache == nil {
			d.printf("%s: none\n", c.name)
			continue
		}
		cfg, st := c.cache.Config(), c.cache.Stats()
		d.printf("%s: %d bytes, %d-byte lines, %d-way, miss penalty %s", c.name, cfg.Size, cfg.LineSize, cfg.Ways, plural(int64(cfg.MissPenalty), "cycle"))
		if cfg.WriteThrough {
			d.printf(", write-through (%d-entry write buffer)", cfg.WriteBufferDepth)
		}
		d.printf("\n  reads %d, read misses %d, writes %d, write stalls %s\n", st.Reads, st.ReadMisses, st.Writes, plural(int64(st.WriteStalls), "cycle"))
	}
	return nil
}

func (d *Debugger) infoSymbols(args string) error {
	if d.exe == nil {
		return fmt.Errorf("no symbol table")
	}
	var re *regexp.Regexp
	if args != "" {
		var err error
		if re, err = regexp.Compile(args); err != nil {
			return fmt.Errorf("info symbols: %w", err)
		}
	}
	for _, s := range d.exe.Symbols {
		if re != nil && !re.MatchString(s.Name) {
			continue
		}
		d.printf("%#08x %6d  %-7s %-6s %s\n", s.Value, s.Size, strings.TrimPrefix(s.Type.String(), "STT_"), strings.TrimPrefix(s.Bind.String(), "STB_"), s.Name)
	}
	return nil
}

func (d *Debugger) infoCycles(string) error {
	s := d.m.Stats
	d.printf("cycles        %d\ninstructions  %d\nstalls        %d\nidle cycles   %d\nI-cache misses %d\nD-cache misses %d\nTLB misses    %d\n",
		s.Cycles, s.Instructions, s.Stalls, s.IdleCycles, s.ICacheMisses, s.DCacheMisses, s.TLBMisses)
	for code, n := range s.Exceptions {
		if n > 0 {
			d.printf("exceptions %-6s %d\n", isa.ExcCode(code), n)
		}
	}
	if d.mark != nil {
		d.printf("since the mark: %s, %s\n", plural(int64(s.Cycles-d.mark.cycles), "cycle"), plural(int64(s.Instructions-d.mark.insts), "instruction"))
	}
	return nil
}

func (d *Debugger) infoVars(params bool) error {
	fr := d.frame0()
	if fr.fn == nil {
		return fmt.Errorf("no DWARF information for the function at %#08x", d.m.PC)
	}
	vs := d.frameVars(fr, params)
	if len(vs) == 0 {
		d.printf("No %s.\n", map[bool]string{true: "arguments", false: "locals"}[params])
	}
	for i := range vs {
		v := &vs[i]
		where := ""
		if addr, err := d.varAddr(v, fr); err == nil {
			where = fmt.Sprintf("  (%s at %#08x)", v.TypeName(), addr)
		}
		d.printf("%s = %s%s\n", v.Name, d.formatVar(v, fr), where)
	}
	return nil
}

func (d *Debugger) infoFrame(string) error {
	fr := d.frame0()
	d.printf("Stack level 0, frame at %#08x:\n pc = %#08x in %s", fr.cfa, fr.regs.PC, d.funcName(fr.regs.PC))
	if file, line, ok := d.info.PCToLine(fr.regs.PC); ok {
		d.printf(" (%s:%d)", file, line)
	}
	d.printf("\n")
	if frames := d.backtrace(2); len(frames) > 1 {
		d.printf(" called by frame at %#08x, return to %#08x\n", frames[1].cfa, frames[1].regs.PC)
	}
	if row, err := d.info.FrameRule(fr.regs.PC); err == nil {
		d.printf(" CFA = %s%+d", isa.Reg(row.CFAReg), row.CFAOffset)
		for r := 0; r < 32; r++ {
			if rule, ok := row.Rules[r]; ok && rule.Kind == 2 {
				d.printf(", %s saved at %#08x", isa.Reg(r), fr.cfa+uint32(rule.Offset))
			}
		}
		d.printf("\n")
	} else {
		d.printf(" no CFI at the PC: the frame is found by reading the prologue (heuristic)\n")
	}
	return nil
}

func (d *Debugger) infoLine(args string) error {
	pc := d.m.PC
	if args != "" {
		var err error
		if pc, err = d.location(args); err != nil {
			return err
		}
	}
	file, line, ok := d.info.PCToLine(pc)
	if !ok {
		return fmt.Errorf("no line information for %#08x", pc)
	}
	lo, hi, _ := d.info.LineRange(pc)
	d.printf("Line %d of %q starts at address %#08x%s and ends at %#08x.\n", line, d.fileName(file), lo, d.symSuffix(lo), hi)
	return nil
}

func (d *Debugger) infoJIT(args string) error {
	pc := d.m.PC
	if args != "" {
		var err error
		if pc, err = d.location(args); err != nil {
			return err
		}
	}
	st, ok := jit.StatsOf(d.m)
	if !ok {
		return fmt.Errorf("the jit engine has compiled nothing for this machine (it compiles as it runs, with --engine jit)")
	}
	text, ok := jit.Listing(d.m, pc)
	if !ok {
		return fmt.Errorf("no block at %#08x%s is compiled (%s compiled, the code cache %d of %d bytes)", pc, d.symSuffix(pc), plural(int64(st.Compiled), "block"), st.Cache.Used, st.Cache.Size)
	}
	d.printf("%s", text)
	return nil
}

func (d *Debugger) infoHistory(string) error {
	h := &d.hist
	d.printf("%s, one every %s (instructions plus exceptions); tick now %d\n", plural(int64(len(h.snaps)), "snapshot"), plural(int64(h.interval), "tick"), d.tick())
	for _, s := range h.snaps {
		d.printf("  tick %d, instruction %d\n", s.tick, s.insts)
	}
	return nil
}

// insnLine formats the instruction at addr: "=> 0x00400bb0 <sum_squares+20>:
// sw zero,16(s8)  store  [1 cycle]".
func (d *Debugger) insnLine(addr uint32, marker bool) string {
	prefix := ""
	if marker {
		prefix = "   "
		if addr == d.m.PC {
			prefix = "=> "
		}
	}
	head := fmt.Sprintf("%s%#08x%s:", prefix, addr, d.symSuffix(addr))
	w, err := d.readWord(addr)
	if err != nil {
		return head + "\t<cannot read memory>"
	}
	inst, err := isa.Decode(w)
	if err != nil {
		return fmt.Sprintf("%s\t%08x  .word 0x%08x  ; %v", head, w, w, err)
	}
	var sym isa.Symbolizer
	if d.exe != nil {
		sym = d.exe.Symbolize
	}
	text := strings.Replace(isa.GNU(inst, addr, sym), "\t", " ", 1)
	line := fmt.Sprintf("%s\t%08x  %-32s %-6s", head, w, text, inst.Info().Class)
	if c, ok := d.lastCycles[addr]; ok {
		line += fmt.Sprintf(" [%d cycle%s]", c, map[bool]string{true: "", false: "s"}[c == 1])
	}
	return strings.TrimRight(line, " ")
}

func (d *Debugger) disassemble(args string) error {
	fields := strings.Fields(args)
	start, end := uint32(0), uint32(0)
	pc := d.m.PC
	if len(fields) > 0 {
		var err error
		if pc, err = d.location(fields[0]); err != nil {
			return err
		}
		if f, ok := d.info.Function(fields[0]); ok {
			pc = f.Low
		}
	}
	if f, ok := d.info.FunctionAt(pc); ok {
		start, end = f.Low, f.High
	} else if d.exe != nil {
		if _, base, ok := d.exe.Symbolize(pc); ok {
			start = base
			for _, s := range d.exe.Symbols {
				if s.Value == base && s.Size > 0 {
					end = base + s.Size
				}
			}
		}
	}
	if len(fields) > 1 {
		n, err := strconv.Atoi(fields[1])
		if err != nil || n <= 0 || n > maxXCount {
			return fmt.Errorf("bad instruction count %q", fields[1])
		}
		start, end = pc, pc+4*uint32(n)
	}
	if end <= start || end-start > 4*maxXCount {
		start, end = pc-16, pc+32
	}
	d.printf("Dump of assembler code from %#08x to %#08x:\n", start, end)
	for a := start; a < end && a >= start; a += 4 {
		d.printf("%s\n", d.insnLine(a, true))
	}
	d.printf("End of assembler dump.\n")
	return nil
}

// list shows ten source lines.
func (d *Debugger) list(args string) error {
	args = strings.TrimSpace(args)
	file, first := d.listFile, d.listLine
	if args != "" {
		if n, err := strconv.Atoi(args); err == nil {
			if file == "" {
				file = d.defaultFile()
			}
			if file == "" {
				return fmt.Errorf("no line table: build with gcc -g to list source")
			}
			first = max(n-5, 1)
		} else {
			addr, err := d.location(args)
			if err != nil {
				return err
			}
			f, line, ok := d.info.PCToLine(addr)
			if !ok {
				return fmt.Errorf("no line information for %#08x", addr)
			}
			file, first = f, max(line-4, 1)
			if fn, ok := d.info.Function(args); ok {
				file, first = fn.File, max(fn.Line-4, 1)
			}
		}
	} else if file == "" {
		f, line, ok := d.info.PCToLine(d.m.PC)
		if !ok {
			if !d.info.HasLines() {
				return fmt.Errorf("no line table: build with gcc -g to list source")
			}
			return fmt.Errorf("no line information at the PC %#08x", d.m.PC)
		}
		file, first = f, max(line-5, 1)
	}
	lines, err := d.sourceLines(file)
	if err != nil {
		return err
	}
	if first > len(lines) {
		return fmt.Errorf("line number %d out of range; %q has %d lines", first, file, len(lines))
	}
	last := min(first+9, len(lines))
	for n := first; n <= last; n++ {
		d.printf("%d\t%s\n", n, lines[n-1])
	}
	d.listFile, d.listLine = file, last+1
	return nil
}
