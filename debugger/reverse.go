package debugger

import (
	"context"
	"errors"
	"fmt"
)

// history holds the snapshots that reverse execution replays from. Every
// snapshot is taken at an instruction boundary; the first is the oldest
// point that can be reached again (the program's start, or the last time
// the user changed the machine's state, which replay could not redo).
type history struct {
	d         *Debugger
	snaps     []snapshot
	interval  uint64
	replaying bool
	start     any // the program's start, for run
}

type snapshot struct {
	tick, insts uint64
	s           any
}

func (h *history) init(d *Debugger) {
	h.d = d
	h.interval = d.cfg.SnapshotInterval
	h.start = d.t.Snapshot()
	h.snaps = []snapshot{{tick: d.tick(), insts: d.m.Stats.Instructions, s: h.start}}
}

// reset starts the history again at the current state.
func (h *history) reset() {
	h.interval = h.d.cfg.SnapshotInterval
	h.snaps = []snapshot{{tick: h.d.tick(), insts: h.d.m.Stats.Instructions, s: h.d.t.Snapshot()}}
}

// maybeSnapshot takes a snapshot when the program has run an interval past
// the newest one.
func (h *history) maybeSnapshot() { h.snapshotAt(h.interval) }

// snapshotAt takes a snapshot when the program has run every ticks past the
// newest one.
func (h *history) snapshotAt(every uint64) {
	last := h.snaps[len(h.snaps)-1]
	t := h.d.tick()
	if t < last.tick+every {
		return
	}
	h.snaps = append(h.snaps, snapshot{tick: t, insts: h.d.m.Stats.Instructions, s: h.d.t.Snapshot()})
	size := int64(h.d.t.SnapshotSize())
	if size > 0 && int64(len(h.snaps))*size > h.d.cfg.SnapshotBudget && len(h.snaps) > 2 {
		// Thin out: keep the first and every other one after it.
		kept := h.snaps[:1]
		for i := 2; i < len(h.snaps); i += 2 {
			kept = append(kept, h.snaps[i])
		}
		h.snaps = append([]snapshot(nil), kept...)
		h.interval *= 2
	}
}

var errNoHistory = errors.New("no more reverse-execution history (it starts at the program's start or at the last change made with set)")

// restoreLast restores the newest snapshot that satisfies ok.
func (h *history) restoreLast(ok func(snapshot) bool) (int, bool) {
	for i := len(h.snaps) - 1; i >= 0; i-- {
		if ok(h.snaps[i]) {
			h.restore(i)
			return i, true
		}
	}
	return 0, false
}

func (h *history) restore(i int) {
	h.d.t.Restore(h.snaps[i].s)
	d := h.d
	d.fault = nil
	d.status, d.exited = d.m.Halted()
}

// toInstructions returns the machine to the instruction boundary where
// exactly k instructions have completed.
func (h *history) toInstructions(k uint64) error {
	if k < h.snaps[0].insts {
		return errNoHistory
	}
	_, ok := h.restoreLast(func(s snapshot) bool { return s.insts <= k })
	if !ok {
		return errNoHistory
	}
	h.replaying = true
	defer func() { h.replaying = false }()
	d := h.d
	d.replayTo(k)
	if d.m.Stats.Instructions != k {
		return errors.New("replay diverged: the program did not reach the same point again")
	}
	return nil
}

// reverseStepi goes back one instruction.
func (d *Debugger) reverseStepi() error {
	k := d.m.Stats.Instructions
	if k == 0 || k <= d.hist.snaps[0].insts && d.fault == nil {
		return errNoHistory
	}
	// After a fault too: the faulting instruction did not complete, so this
	// goes back before the last one that did.
	return d.hist.toInstructions(k - 1)
}

// reverseContinue goes back to the last instruction boundary before now
// where an enabled breakpoint was reached, or to the start of the history
// (nil breakpoint).
func (d *Debugger) reverseContinue(ctx context.Context) (*breakpoint, error) {
	found, err := d.reverseFind(ctx, func() bool { return d.breakAt(d.m.PC) != nil }, true)
	if err != nil || !found {
		return nil, err
	}
	return d.breakAt(d.m.PC), nil
}

// reverseStep goes back to the start of the previous source line executed:
// the last boundary before now at the first address of a line other than
// the current one. over (reverse-next) skips lines of deeper frames, so
// calls are stepped over backwards.
func (d *Debugger) reverseStep(ctx context.Context, over bool) (bool, error) {
	file, line, ok := d.info.PCToLine(d.m.PC)
	if !ok {
		return false, fmt.Errorf("no line information at %#08x (use reverse-stepi)", d.m.PC)
	}
	cfa := d.frame0().cfa
	return d.reverseFind(ctx, func() bool {
		pc := d.m.PC
		lo, _, ok := d.info.LineRange(pc)
		if !ok || lo != pc {
			return false
		}
		f, l, _ := d.info.PCToLine(pc)
		if f == file && l == line {
			return false
		}
		// The CFA names the frame: a deeper one has a smaller CFA.
		return !over || d.frame0().cfa >= cfa
	}, false)
}

// reverseFind goes back to the last instruction boundary before now where
// match holds; found is false when there is none and the machine is at the
// start of the history. If ctx ends, the machine returns to where it was.
// The boundaries are scanned in stretches from now backwards, each twice
// as long as the one after it (the first one snapshot interval long): a
// stretch is reached by a replay on the fast path from the newest snapshot
// before it, and scanned by single steps, or, when atBreak (match is "an
// enabled breakpoint is here"), on the fast path with code hooks.
func (d *Debugger) reverseFind(ctx context.Context, match func() bool, atBreak bool) (found bool, err error) {
	now := d.m.Stats.Instructions
	faulted := d.fault != nil
	h := &d.hist
	first := h.snaps[0].insts
	if !faulted && now <= first {
		return false, errNoHistory
	}
	end := now // boundaries before end are candidates
	if faulted || d.exited {
		end = now + 1 // the boundary before the fault or the exit too
	}
	r := d.runner()
	if !atBreak {
		r = nil
	}
	for size := max(d.cfg.SnapshotInterval, 1); end > first; size *= 2 {
		lo := first
		if end-first > size {
			lo = end - size
		}
		if err := h.toInstructions(lo); err != nil {
			return false, err
		}
		var last uint64
		hit := false
		h.replaying = true
		if r != nil {
			last, hit, err = d.scanBreaks(ctx, r, end)
			if err != nil {
				h.replaying = false
				d.returnTo(now, faulted)
				return false, err
			}
		} else {
			for n := 0; d.m.Stats.Instructions < end && d.fault == nil && !d.exited; n++ {
				if n%4096 == 0 && ctx.Err() != nil {
					h.replaying = false
					d.returnTo(now, faulted)
					return false, ctx.Err()
				}
				if match() {
					last, hit = d.m.Stats.Instructions, true
				}
				d.stepInsn()
			}
		}
		h.replaying = false
		if hit {
			return true, h.toInstructions(last)
		}
		end = lo
	}
	h.restore(0)
	return false, nil
}

// returnTo goes back to the boundary with k instructions completed, and
// re-raises the fault that stopped the program there, if any.
func (d *Debugger) returnTo(k uint64, faulted bool) {
	if d.hist.toInstructions(k) == nil && faulted {
		d.hist.replaying = true
		d.stepInsn()
		d.hist.replaying = false
	}
}

// stateChanged is called when the user changes registers or memory: the
// past can no longer be replayed into the present, so the history starts
// again here.
func (d *Debugger) stateChanged() {
	d.hist.reset()
}
