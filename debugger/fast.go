package debugger

import (
	"context"

	"graftlab/cpu"
)

// Runner is a Target that can also run many instructions in one call, on
// its engine's fast path: until a limit of lim, a stop requested by a hook
// (cpu.Machine.RequestStop), the program's end, a fault (the error) or the
// end of ctx (cpu.StopCanceled with ctx's error). The debugger then keeps
// breakpoints as code hooks on their addresses only, and watchpoints as
// memory hooks on their ranges, so the rest of the program runs as fast as
// the engine runs it.
type Runner interface {
	Run(ctx context.Context, lim cpu.Limits) (cpu.Stop, error)
}

// Run runs the program on the target's engine.
func (t *UserTarget) Run(ctx context.Context, lim cpu.Limits) (cpu.Stop, error) {
	return t.engine.Run(ctx, t.Process.Machine, lim)
}

// runner returns the target as a Runner when resumptions may run on it:
// not while tracing (which prints every instruction), and not when the
// debugger is made to single-step (tests compare the two ways).
func (d *Debugger) runner() Runner {
	r, ok := d.t.(Runner)
	if !ok || d.tracing || d.singleStep {
		return nil
	}
	return r
}

// snapshotEvery is the interval between snapshots while the program runs
// on the fast path: the configured interval, but at least two instructions
// per byte a snapshot copies (128 million with 64 MiB of RAM), so that
// copying RAM stays a small part of the run. Replays run on the fast path
// too, so a sparse history costs little; reverse-step and reverse-next
// scan the last stretch before now by single steps whatever the interval.
func (d *Debugger) snapshotEvery() uint64 {
	if d.fastSnapEvery != 0 {
		return d.fastSnapEvery
	}
	return max(d.hist.interval, 2*uint64(max(d.t.SnapshotSize(), 0)))
}

// boundary is an instruction boundary already looked at: a hook that runs
// there again (the first step of a run, or a step after a TLB refill
// served at the same instruction) leaves it alone.
type boundary struct {
	pc    uint32
	insts uint64
}

func (d *Debugger) here() boundary { return boundary{d.m.PC, d.m.Stats.Instructions} }

// stepFirst is how many instructions a resumption single-steps before it
// goes on on the fast path.
const stepFirst = 10_000

// fastResume is resume on the target's fast path, for a done that can
// hold only where the PC is one of addrs. It stops at exactly the
// instruction boundary, with exactly the state, where resume stops: done
// is checked after each instruction, an enabled breakpoint before each
// instruction but the first, a watchpoint after the instruction that
// made the access.
func (d *Debugger) fastResume(ctx context.Context, r Runner, addrs []uint32, done func() bool) stop {
	// The first instructions are single-stepped: a short resumption (a
	// finish, a next over a small call) records the cycles of each
	// instruction for disassemble, as stepping does.
	start := d.m.Stats.Instructions
	if s := d.resumeN(ctx, done, min(d.stepFirst, d.cfg.MaxSteps)); s.kind != stopLimit || d.cfg.MaxSteps <= d.stepFirst {
		return s
	}
	at := func(pc uint32) bool {
		for _, a := range addrs {
			if a == pc {
				return true
			}
		}
		return false
	}
	isDone := func() bool { return done != nil && at(d.m.PC) && done() }

	// Hooks on the breakpoints' addresses and addrs: each stops the run at
	// the boundary before the instruction, in resume's order (done, then a
	// breakpoint).
	seen := boundary{insts: ^uint64(0)}
	var hit stop
	check := func(m *cpu.Machine, pc uint32) {
		if d.here() == seen {
			return
		}
		seen = d.here()
		if isDone() {
			hit = stop{kind: stopDone}
			m.RequestStop("done")
			return
		}
		if bp := d.breakAt(pc); bp != nil {
			hit = stop{kind: stopBreak, bp: bp}
			m.RequestStop("breakpoint")
		}
	}
	stops := append([]uint32(nil), addrs...)
	for _, b := range d.bps {
		if b.watch == 0 && b.enabled {
			stops = append(stops, b.addr)
		}
	}
	var ids []cpu.HookID
	for _, a := range dedup(stops) {
		ids = append(ids, d.m.AddCodeHook(cpu.Range{Begin: a, End: a + 4}, check))
	}
	d.running = true
	defer func() {
		d.running = false
		for _, id := range ids {
			d.m.RemoveHook(id)
		}
	}()

	for first := true; ; first = false {
		// The boundary where the single steps ended, or where a run
		// stopped for its limit or Ctrl-C: a hook may have looked at it
		// already (then nothing stops there).
		switch {
		case d.fault != nil:
			return stop{kind: stopFault}
		case d.exited:
			return stop{kind: stopExit}
		case d.here() == seen:
			if ctx.Err() != nil {
				return stop{kind: stopInterrupt}
			}
		case !first && isDone():
			return stop{kind: stopDone}
		}
		seen = d.here()
		if bp := d.breakAt(d.m.PC); bp != nil {
			bp.hits++
			return stop{kind: stopBreak, bp: bp}
		}
		if ctx.Err() != nil {
			return stop{kind: stopInterrupt}
		}
		n := d.m.Stats.Instructions - start
		if n >= d.cfg.MaxSteps {
			return stop{kind: stopLimit}
		}
		// Run to the next snapshot, or to the step limit.
		chunk := d.cfg.MaxSteps - n
		if !d.hist.replaying {
			last := d.hist.snaps[len(d.hist.snaps)-1]
			next := last.tick + d.snapshotEvery()
			if t := d.tick(); next > t {
				chunk = min(chunk, next-t)
			} else {
				chunk = 1
			}
		}
		hit = stop{}
		st, err := r.Run(ctx, cpu.Limits{MaxInstructions: chunk})
		switch {
		case err != nil && st.Reason == cpu.StopCanceled:
			continue
		case err != nil:
			d.fault = err
			return stop{kind: stopFault}
		case st.Reason == cpu.StopHalted:
			d.exited, d.status = true, st.Status
			return stop{kind: stopExit}
		case st.Reason == cpu.StopRequested && d.watchHit != nil:
			return stop{kind: stopWatch}
		case st.Reason == cpu.StopRequested && hit.kind == stopBreak:
			hit.bp.hits++
			return hit
		case st.Reason == cpu.StopRequested:
			return hit
		}
		if !d.hist.replaying {
			d.hist.snapshotAt(d.snapshotEvery())
		}
	}
}

func dedup(a []uint32) []uint32 {
	seen := map[uint32]bool{}
	var out []uint32
	for _, x := range a {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

// replayTo runs from the current state to the boundary where k
// instructions have completed, on the fast path when the target has one.
// Watchpoints do not trigger (the history is replaying).
func (d *Debugger) replayTo(k uint64) {
	if r, ok := d.t.(Runner); ok && !d.singleStep && d.m.Stats.Instructions < k && d.fault == nil && !d.exited {
		st, err := r.Run(context.Background(), cpu.Limits{MaxInstructions: k - d.m.Stats.Instructions})
		switch {
		case err != nil:
			d.fault = err
		case st.Reason == cpu.StopHalted:
			d.exited, d.status = true, st.Status
		}
	}
	for d.m.Stats.Instructions < k && d.fault == nil && !d.exited {
		d.stepInsn()
	}
}

// scanBreaks replays from the current state to the boundary end (or to
// the program's end or fault) and returns the instruction count of the
// last boundary before end where an enabled breakpoint stood, on the fast
// path: a code hook at each breakpoint notes the boundaries it sees.
func (d *Debugger) scanBreaks(ctx context.Context, r Runner, end uint64) (last uint64, hit bool, err error) {
	var ids []cpu.HookID
	seen := boundary{insts: ^uint64(0)}
	for _, b := range d.bps {
		if b.watch != 0 || !b.enabled {
			continue
		}
		ids = append(ids, d.m.AddCodeHook(cpu.Range{Begin: b.addr, End: b.addr + 4}, func(m *cpu.Machine, pc uint32) {
			if b := d.here(); b != seen && b.insts < end {
				seen = b
				last, hit = b.insts, true
			}
		}))
	}
	defer func() {
		for _, id := range ids {
			d.m.RemoveHook(id)
		}
	}()
	if d.m.Stats.Instructions >= end {
		return 0, false, nil
	}
	st, rerr := r.Run(ctx, cpu.Limits{MaxInstructions: end - d.m.Stats.Instructions})
	switch {
	case rerr != nil && st.Reason == cpu.StopCanceled:
		return 0, false, rerr
	case rerr != nil:
		d.fault = rerr
	case st.Reason == cpu.StopHalted:
		d.exited, d.status = true, st.Status
	}
	return last, hit, nil
}
