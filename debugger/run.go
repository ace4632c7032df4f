package debugger

import (
	"context"
	"errors"
	"fmt"

	"graftlab/isa"
	"graftlab/loader/debuginfo"
)

// tick is the debugger's clock: instructions plus exceptions, which every
// engine step advances.
func (d *Debugger) tick() uint64 {
	t := d.m.Stats.Instructions
	for _, n := range d.m.Stats.Exceptions {
		t += n
	}
	return t
}

// errNotRunning is returned by commands that need a live program.
var errNotRunning = errors.New("the program is not being run (it exited or faulted); \"run\" starts it again, reverse-stepi goes back")

func (d *Debugger) alive() error {
	if d.exited || d.fault != nil {
		return errNotRunning
	}
	return nil
}

// Live reports whether a program is being debugged: it has started (run
// at least one instruction) and has not exited or faulted. Leaving the
// debugger then ends it, and a front end asks first, as gdb does.
func (d *Debugger) Live() bool {
	return d.alive() == nil && d.m.Stats.Instructions > 0
}

// maxEngineSteps bounds the engine steps of one instruction (refills and
// other host-served exceptions before it completes).
const maxEngineSteps = 64

// stepInsn runs engine steps until an instruction completes, the program
// exits or faults. Instruction boundaries are the only places where the
// debugger stops, snapshots and checks breakpoints.
func (d *Debugger) stepInsn() {
	insts := d.m.Stats.Instructions
	pc := d.m.PC
	cycles := d.m.Stats.Cycles
	if d.tracing && !d.hist.replaying {
		d.printf("trace: %s\n", d.insnLine(pc, false))
	}
	for range maxEngineSteps {
		err := d.t.Step()
		if err != nil {
			d.fault = err
			break
		}
		if status, ok := d.m.Halted(); ok {
			d.exited, d.status = true, status
			break
		}
		if d.m.Stats.Instructions != insts {
			break
		}
	}
	if d.m.Stats.Instructions != insts {
		d.lastCycles[pc] = d.m.Stats.Cycles - cycles
	}
	if d.fault == nil && !d.exited && d.m.Stats.Instructions == insts && !d.hist.replaying {
		d.fault = fmt.Errorf("no instruction completed at %#08x after %d engine steps", pc, maxEngineSteps)
	}
	if !d.hist.replaying && d.fault == nil && !d.exited {
		d.hist.maybeSnapshot()
	}
}

// stopKind says why a resumption ended.
type stopKind int

const (
	stopDone      stopKind = iota // the command's own condition
	stopBreak                     // a breakpoint
	stopWatch                     // a watchpoint
	stopExit                      // the program exited
	stopFault                     // the program faulted
	stopInterrupt                 // the context ended (Ctrl-C)
	stopLimit                     // MaxSteps
)

type stop struct {
	kind stopKind
	bp   *breakpoint
}

// resume steps instructions until done() (checked after each) says so, a
// breakpoint is reached (before an instruction, not the first one), a
// watchpoint triggers, the program ends, ctx ends or MaxSteps is reached.
func (d *Debugger) resume(ctx context.Context, done func() bool) stop {
	return d.resumeN(ctx, done, d.cfg.MaxSteps)
}

// resumeN is resume with a step limit of limit instructions.
func (d *Debugger) resumeN(ctx context.Context, done func() bool, limit uint64) stop {
	d.watchHit = nil
	d.noteWatched()
	for n := uint64(0); ; n++ {
		switch {
		case d.fault != nil:
			return stop{kind: stopFault}
		case d.exited:
			return stop{kind: stopExit}
		}
		if n > 0 {
			if bp := d.breakAt(d.m.PC); bp != nil {
				bp.hits++
				return stop{kind: stopBreak, bp: bp}
			}
		}
		if n%4096 == 0 && ctx.Err() != nil {
			return stop{kind: stopInterrupt}
		}
		if n >= limit {
			return stop{kind: stopLimit}
		}
		d.stepInsn()
		if d.watchHit != nil {
			return stop{kind: stopWatch}
		}
		if d.fault == nil && !d.exited && done != nil && done() {
			return stop{kind: stopDone}
		}
	}
}

// resumeAt is resume for a done that can hold only where the PC is one of
// addrs (nil done: only a breakpoint, a watchpoint or the end stops). It
// runs on the target's fast path when the target has one (see
// fastResume), else it single-steps.
func (d *Debugger) resumeAt(ctx context.Context, addrs []uint32, done func() bool) stop {
	if r := d.runner(); r != nil {
		return d.fastResume(ctx, r, addrs, done)
	}
	return d.resume(ctx, done)
}

// report prints where a resumption stopped, gdb-like.
func (d *Debugger) report(s stop, fnBefore string) {
	switch s.kind {
	case stopFault:
		d.printf("\nProgram terminated: %v\n", d.fault)
		return
	case stopExit:
		d.printf("[program exited with status %d]\n", d.status)
		return
	case stopInterrupt:
		d.printf("\nProgram interrupted.\n")
	case stopLimit:
		d.printf("\nStopped after %s (the step limit).\n", plural(int64(d.cfg.MaxSteps), "instruction"))
	case stopWatch:
		d.reportWatch(d.watchHit)
	case stopBreak:
		d.printf("\n%s %d, ", map[bool]string{true: "Temporary breakpoint", false: "Breakpoint"}[s.bp.temp], s.bp.id)
		if s.bp.temp {
			d.deleteBreakpoint(s.bp)
		}
		d.printf("%s\n", d.frameLine(d.frame0(), false))
		d.printSourceLine(d.m.PC, false)
		return
	}
	d.printLocation(fnBefore)
}

// printLocation prints the current place after a step: the function (when
// it changed) and the source line, or the instruction when there is none.
func (d *Debugger) printLocation(fnBefore string) {
	if fn := d.funcName(d.m.PC); fn != fnBefore {
		d.printf("%s\n", d.frameLine(d.frame0(), false))
	}
	d.printSourceLine(d.m.PC, true)
}

// printSourceLine prints "LINE\tTEXT" for pc, or the instruction at pc when
// pc has no line. withPC prefixes the address when pc is inside a line.
func (d *Debugger) printSourceLine(pc uint32, withPC bool) {
	file, line, ok := d.info.PCToLine(pc)
	if !ok {
		d.printf("%s\n", d.insnLine(pc, true))
		return
	}
	d.listFile, d.listLine = file, max(line-5, 1)
	if lo, _, ok := d.info.LineRange(pc); ok && lo != pc && withPC {
		d.printf("%#08x\t%d\t%s\n", pc, line, d.sourceLine(file, line))
		return
	}
	d.printf("%d\t%s\n", line, d.sourceLine(file, line))
}

func (d *Debugger) funcName(pc uint32) string {
	if f, ok := d.info.FunctionAt(pc); ok {
		return f.Name
	}
	if d.exe != nil {
		if name, _, ok := d.exe.Symbolize(pc); ok {
			return name
		}
	}
	return ""
}

// decode returns the instruction at addr.
func (d *Debugger) decode(addr uint32) (isa.Inst, bool) {
	w, err := d.readWord(addr)
	if err != nil {
		return isa.Inst{}, false
	}
	inst, err := isa.Decode(w)
	return inst, err == nil
}

// isCall reports whether the instruction at pc links (jal, jalr, bal,
// bgezal...): its callee returns to pc+8.
func (d *Debugger) isCall(pc uint32) bool {
	inst, ok := d.decode(pc)
	return ok && inst.Info().Has(isa.FlagLink)
}

// stepOverCall finishes a call whose link instruction is at callPC: it
// runs until the return to callPC+8 with the stack popped back.
func (d *Debugger) overCall(ctx context.Context, callPC, sp uint32) stop {
	return d.resumeAt(ctx, []uint32{callPC + 8}, func() bool { return d.m.PC == callPC+8 && d.m.GPR[isa.SP] >= sp })
}

// stepi runs one instruction; nexti steps over calls.
func (d *Debugger) stepi(ctx context.Context, over bool) stop {
	pc, sp := d.m.PC, d.m.GPR[isa.SP]
	if over && d.isCall(pc) {
		return d.overCall(ctx, pc, sp)
	}
	return d.resume(ctx, func() bool { return true })
}

// stepLine runs to the start of another source line. Calls are stepped
// into (step) when the callee has line information, else over (next).
// With untilMode the range stepped through starts at the function's entry,
// as gdb's until does: a jump back to a loop's head is run through.
func (d *Debugger) stepLine(ctx context.Context, over, untilMode bool) stop {
	file, line, ok := d.info.PCToLine(d.m.PC)
	if !ok {
		return d.stepi(ctx, over)
	}
	lo, hi, _ := d.info.LineRange(d.m.PC)
	startFn, _ := d.info.FunctionAt(d.m.PC)
	var (
		callPC, callSP uint32
		inCall         bool // the last instruction was a call's delay slot
		pendingCall    bool // the last instruction was a call
	)
	for n := uint64(0); ; n++ {
		if n >= d.cfg.MaxSteps {
			return stop{kind: stopLimit}
		}
		if ctx.Err() != nil {
			return stop{kind: stopInterrupt}
		}
		prevPC := d.m.PC
		wasCall := d.isCall(prevPC)
		s := d.resume(ctx, func() bool { return true })
		if s.kind != stopDone {
			return s
		}
		pc := d.m.PC
		if pendingCall {
			pendingCall, inCall = false, true
		}
		if wasCall {
			pendingCall, callPC, callSP = true, prevPC, d.m.GPR[isa.SP]
			continue // the delay slot runs next
		}
		if inCall {
			inCall = false
			if pc != callPC+8 { // the call was taken: we are in the callee
				f, hasLines := d.info.FunctionAt(pc)
				if over || !hasLines {
					if s := d.overCall(ctx, callPC, callSP); s.kind != stopDone {
						return s
					}
					pc = d.m.PC
				} else {
					if pc != f.BodyStart && f.Contains(f.BodyStart) {
						target := f.BodyStart
						if s := d.resumeAt(ctx, []uint32{target}, func() bool { return d.m.PC == target }); s.kind != stopDone {
							return s
						}
					}
					return stop{kind: stopDone}
				}
			}
		}
		if startFn != nil && !startFn.Contains(pc) {
			// Returned to the caller (in the middle of the call's line), as
			// gdb stops there.
			return stop{kind: stopDone}
		}
		inLine := pc >= lo && pc < hi && pc != lo
		// gdb's until steps through [function start, end of the line): a
		// jump back to a loop's head does not stop it.
		if untilMode && startFn != nil && pc >= startFn.Low && pc < hi {
			inLine = true
		}
		if inLine {
			continue
		}
		f2, l2, ok := d.info.PCToLine(pc)
		if !ok {
			// Returned into code without lines (start-up code): stop there.
			return stop{kind: stopDone}
		}
		if !d.isLineStart(pc) {
			continue
		}
		if f2 == file && l2 == line && pc != lo {
			continue
		}
		return stop{kind: stopDone}
	}
}

// isLineStart reports whether a statement row of the line table starts at
// pc.
func (d *Debugger) isLineStart(pc uint32) bool {
	lo, _, ok := d.info.LineRange(pc)
	if ok && lo == pc {
		return true
	}
	rows := d.info.Lines()
	// A row of the same line may start inside the block (gcc splits lines).
	i := searchRows(rows, pc)
	return i >= 0 && rows[i].Addr == pc && rows[i].IsStmt && !rows[i].EndSequence
}

// finish runs until the selected frame returns to its caller.
func (d *Debugger) finish(ctx context.Context) (stop, error) {
	frames := d.backtrace(2)
	if len(frames) < 2 {
		return stop{}, errors.New("\"finish\" not meaningful in the outermost frame")
	}
	caller := frames[1]
	fr := frames[0]
	d.printf("Run till exit from #0  %s\n", d.frameLine(fr, false))
	s := d.resumeAt(ctx, []uint32{caller.regs.PC}, func() bool { return d.m.PC == caller.regs.PC && d.m.GPR[isa.SP] >= fr.cfa })
	return s, nil
}

// runTo runs until pc reaches addr or the current frame returns.
func (d *Debugger) runTo(ctx context.Context, addr uint32) stop {
	frames := d.backtrace(2)
	var retPC, cfa uint32
	hasCaller := len(frames) > 1
	if hasCaller {
		retPC, cfa = frames[1].regs.PC, frames[0].cfa
	}
	stops := []uint32{addr}
	if hasCaller {
		stops = append(stops, retPC)
	}
	return d.resumeAt(ctx, stops, func() bool {
		return d.m.PC == addr || hasCaller && d.m.PC == retPC && d.m.GPR[isa.SP] >= cfa
	})
}

type lineRow = debuginfo.LineEntry

func searchRows(rows []lineRow, pc uint32) int {
	lo, hi := 0, len(rows)
	for lo < hi {
		m := (lo + hi) / 2
		if rows[m].Addr < pc {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(rows) {
		return lo
	}
	return -1
}

// readWord reads a 32-bit little-endian word of guest memory.
func (d *Debugger) readWord(addr uint32) (uint32, error) {
	b, err := d.t.ReadMemory(addr, 4)
	if err != nil {
		return 0, err
	}
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24, nil
}
