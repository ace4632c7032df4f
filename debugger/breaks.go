package debugger

import (
	"debug/dwarf"
	"fmt"
	"strconv"
	"strings"

	"graftlab/cpu"
)

// breakpoint is a breakpoint (at addr) or a watchpoint (on [addr, end)).
type breakpoint struct {
	id      int
	addr    uint32
	end     uint32 // watchpoints: the end of the range
	temp    bool
	watch   cpu.MemKind // 0 for a breakpoint
	enabled bool
	hits    int
	spec    string // what the user typed
	hook    cpu.HookID
	// Watchpoints: the type of the watched value (nil: words or bytes),
	// and its bytes when the program last resumed.
	typ dwarf.Type
	old []byte
}

func (b *breakpoint) kindName() string {
	switch {
	case b.watch == cpu.MemWrite:
		return "Watchpoint"
	case b.watch == cpu.MemRead:
		return "Read watchpoint"
	case b.watch != 0:
		return "Access watchpoint"
	case b.temp:
		return "Temporary breakpoint"
	}
	return "Breakpoint"
}

type watchEvent struct {
	bp       *breakpoint
	kind     string
	addr, pc uint32
	size     int
	value    uint32
}

// breakAt returns the enabled breakpoint at pc, if any.
func (d *Debugger) breakAt(pc uint32) *breakpoint {
	for _, b := range d.bps {
		if b.watch == 0 && b.enabled && b.addr == pc {
			return b
		}
	}
	return nil
}

// location resolves a breakpoint or list location: *ADDR, FUNCTION,
// FILE:LINE, LINE (in the current file) or an address expression.
func (d *Debugger) location(spec string) (uint32, error) {
	spec = strings.TrimSpace(spec)
	if spec == "" {
		return d.m.PC, nil
	}
	if strings.HasPrefix(spec, "*") {
		return d.evalUint(spec[1:])
	}
	if f, ok := d.info.Function(spec); ok {
		return f.BodyStart, nil
	}
	if i := strings.LastIndexByte(spec, ':'); i > 0 {
		if n, err := strconv.Atoi(spec[i+1:]); err == nil {
			return d.lineAddr(spec[:i], n)
		}
	}
	if n, err := strconv.Atoi(spec); err == nil && n > 0 && !strings.HasPrefix(spec, "0") {
		file := d.defaultFile()
		if file == "" {
			return 0, fmt.Errorf("no current source file for line %d (use FILE:LINE)", n)
		}
		return d.lineAddr(file, n)
	}
	if d.exe != nil {
		if s, ok := d.exe.Lookup(spec); ok {
			return s.Value, nil
		}
	}
	return d.evalUint(spec)
}

func (d *Debugger) lineAddr(file string, line int) (uint32, error) {
	pcs, _, err := d.info.LineToPCs(file, line)
	if err != nil {
		return 0, err
	}
	return pcs[0], nil
}

func (d *Debugger) addBreakpoint(spec string, temp bool) error {
	addr, err := d.location(spec)
	if err != nil {
		return err
	}
	d.nextBP++
	b := &breakpoint{id: d.nextBP, addr: addr, temp: temp, enabled: true, spec: spec}
	d.bps = append(d.bps, b)
	d.printf("%s %d at %s\n", b.kindName(), b.id, d.describeAddr(addr))
	return nil
}

// describeAddr gives "0x00400bb0: file sum.c, line 15." or "0x... <sym+off>".
func (d *Debugger) describeAddr(addr uint32) string {
	s := fmt.Sprintf("%#08x", addr)
	if sym := d.symbolize(addr); sym != "" {
		s += " <" + sym + ">"
	}
	if file, line, ok := d.info.PCToLine(addr); ok {
		s += fmt.Sprintf(": file %s, line %d.", d.fileName(file), line)
	}
	return s
}

// addWatchpoint watches [addr, addr+size) for writes, reads or both. The
// range is an expression and an optional size: "total", "0x411820 4",
// "&squares 32".
func (d *Debugger) addWatchpoint(args string, kind cpu.MemKind) error {
	if strings.TrimSpace(args) == "" {
		return fmt.Errorf("argument required (an expression, and optionally a size in bytes)")
	}
	addr, size, typ, err := d.watchRange(args)
	if err != nil {
		return err
	}
	d.nextBP++
	b := &breakpoint{id: d.nextBP, addr: addr, end: addr + uint32(size), watch: kind, enabled: true, spec: args, typ: typ}
	b.old, _ = d.t.ReadMemory(addr, size)
	b.hook = d.m.AddMemHook(kind, cpu.Range{Begin: addr, End: addr + uint32(size)}, func(m *cpu.Machine, ev cpu.MemEvent) {
		if !b.enabled || d.hist.replaying || d.watchHit != nil {
			return
		}
		k := "write"
		if ev.Kind == cpu.MemRead {
			k = "read"
		}
		d.watchHit = &watchEvent{bp: b, kind: k, addr: ev.VAddr, pc: ev.PC, size: ev.Size, value: ev.Value}
		b.hits++
		if d.running {
			m.RequestStop("watchpoint") // after this instruction
		}
	})
	d.bps = append(d.bps, b)
	d.printf("%s %d: %#08x-%#08x (%s)\n", b.kindName(), b.id, addr, addr+uint32(size), plural(int64(size), "byte"))
	return nil
}

// watchRange evaluates a watch argument: an lvalue gives its address, size
// and type; "EXPR SIZE" gives an address and a size.
func (d *Debugger) watchRange(args string) (uint32, int, dwarf.Type, error) {
	fields := strings.Fields(args)
	if len(fields) >= 2 {
		if n, err := strconv.ParseUint(fields[len(fields)-1], 0, 32); err == nil {
			addr, err := d.evalUint(strings.Join(fields[:len(fields)-1], " "))
			if err != nil {
				return 0, 0, nil, err
			}
			if n == 0 || n > 1<<20 {
				return 0, 0, nil, fmt.Errorf("watch size %d: must be 1 to 1 MiB", n)
			}
			return addr, int(n), nil, nil
		}
	}
	v, err := d.eval(args)
	if err != nil {
		return 0, 0, nil, err
	}
	if v.lval == lvalMemory {
		return v.addr, v.size(), v.typ, nil
	}
	// An address.
	return v.u, 4, nil, nil
}

// noteWatched records the watched values as they are when the program
// resumes: the old values a write watchpoint shows.
func (d *Debugger) noteWatched() {
	for _, b := range d.bps {
		if b.watch != 0 {
			b.old, _ = d.t.ReadMemory(b.addr, int(b.end-b.addr))
		}
	}
}

// watchValue formats a watched value's bytes by its type.
func (d *Debugger) watchValue(b *breakpoint, v []byte) string {
	if v == nil {
		return "<unreadable>"
	}
	return d.formatTop(b.typ, v)
}

// reportWatch prints a watchpoint's stop as gdb does: the old and new
// values after a write, the value after a read; then the access.
func (d *Debugger) reportWatch(w *watchEvent) {
	b := w.bp
	d.printf("\n%s %d: %s\n\n", b.kindName(), b.id, b.spec)
	now, _ := d.t.ReadMemory(b.addr, int(b.end-b.addr))
	if w.kind == "write" {
		d.printf("Old value = %s\nNew value = %s\n", d.watchValue(b, b.old), d.watchValue(b, now))
	} else {
		d.printf("Value = %s\n", d.watchValue(b, now))
	}
	b.old = now
	d.printf("(a %s of %s at %#08x by the instruction at %#08x%s)\n", w.kind, plural(int64(w.size), "byte"), w.addr, w.pc, d.symSuffix(w.pc))
}

func (d *Debugger) deleteBreakpoint(b *breakpoint) {
	for i, x := range d.bps {
		if x == b {
			d.bps = append(d.bps[:i:i], d.bps[i+1:]...)
			break
		}
	}
	if b.watch != 0 {
		d.m.RemoveHook(b.hook)
	}
}

// breakpointsByID parses "1 2 3"; empty means all.
func (d *Debugger) breakpointsByID(args string) ([]*breakpoint, error) {
	if strings.TrimSpace(args) == "" {
		return append([]*breakpoint(nil), d.bps...), nil
	}
	var out []*breakpoint
	for _, f := range strings.Fields(args) {
		n, err := strconv.Atoi(f)
		if err != nil {
			return nil, fmt.Errorf("bad breakpoint number %q", f)
		}
		found := false
		for _, b := range d.bps {
			if b.id == n {
				out = append(out, b)
				found = true
			}
		}
		if !found {
			return nil, fmt.Errorf("no breakpoint number %d", n)
		}
	}
	return out, nil
}

func (d *Debugger) infoBreakpoints() {
	if len(d.bps) == 0 {
		d.printf("No breakpoints or watchpoints.\n")
		return
	}
	d.printf("Num  Type                Enb Address     What\n")
	for _, b := range d.bps {
		enb := map[bool]string{true: "y", false: "n"}[b.enabled]
		typ := strings.ToLower(b.kindName())
		if b.watch != 0 {
			d.printf("%-4d %-19s %-3s %#08x    %d bytes: %s\n", b.id, typ, enb, b.addr, b.end-b.addr, b.spec)
		} else {
			what := d.symbolize(b.addr)
			if file, line, ok := d.info.PCToLine(b.addr); ok {
				what = fmt.Sprintf("in %s at %s:%d", d.funcName(b.addr), d.fileName(file), line)
			}
			d.printf("%-4d %-19s %-3s %#08x    %s\n", b.id, typ, enb, b.addr, what)
		}
		if b.hits > 0 {
			d.printf("\thit %d time%s\n", b.hits, map[bool]string{true: "", false: "s"}[b.hits == 1])
		}
	}
}

// defaultFile is the file a bare LINE refers to, as in gdb: the file last
// listed or stopped in, else main's.
func (d *Debugger) defaultFile() string {
	if d.listFile != "" {
		return d.listFile
	}
	if f, ok := d.info.Function("main"); ok && f.File != "" {
		return f.File
	}
	file, _, _ := d.info.PCToLine(d.m.PC)
	return file
}
