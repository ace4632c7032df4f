// Package guestprof profiles guest programs: it counts the cycles and
// instructions spent at each guest PC of a run, in each call stack, and
// writes them as a pprof profile, so that `go tool pprof -top guest.pb.gz`
// shows where a guest program spends its cycles. `graftlab profile` is its
// command.
//
// # Boundaries
//
// Counting needs only a cpu.Machine and a way to read its code: Attach
// installs one code hook, and the cycles between the starts of two
// instructions belong to the first (with its stalls, cache misses, and the
// exceptions served on the host, such as user-mode system calls and TLB
// refills). The hook costs host time, never guest cycles. Naming the PCs
// needs the program: its symbol table (loader.Executable) and, when it has
// DWARF, its functions and line table (loader/debuginfo), for file:line in
// the profile. The profile is built with github.com/google/pprof/profile.
//
// # Call stacks
//
// The profiler keeps a shadow call stack, as callgrind does, rather than
// unwinding the guest's stack: a taken jump or branch that links (jal,
// jalr, bal, bgezal, ...) pushes a frame once its delay slot has run, and
// a jr to the return address of a frame on the stack pops back to that
// frame's caller (so a longjmp-like jump pops several). A tail call made
// with j or a non-returning jr pushes nothing: the callee's cycles go to
// the stack of the function that jumped. Stacks deeper than MaxDepth are
// cut there. With read set to nil the profile is flat.
//
// # Public API
//
//   - Attach, Profiler.Stop, Profiler.Resume, Profiler.Counts: count a run.
//   - Profiler.Profile(Program): the pprof profile, with two sample types,
//     cycles (the default) and instructions, one sample per PC and call
//     stack, and a location per address naming its function (and
//     file:line with DWARF).
//
// The profile's duration is the run's cycles at the profile's clock rate,
// so pprof's "Duration" is guest time; its time stamp is zero, so the same
// run gives the same file.
package guestprof

import (
	"encoding/binary"

	"graftlab/cpu"
	"graftlab/isa"
)

// MaxDepth bounds the shadow call stack.
const MaxDepth = 1024

// Counts are the cycles and the completed instructions at one PC.
type Counts struct {
	Cycles, Instructions uint64
}

// frame is a node of the tree of call stacks: the call at site, made
// from the stack of parent.
type frame struct {
	parent   *frame
	site     uint32 // the address of the linking jump
	depth    int
	children map[uint32]*frame
}

type key struct {
	pc    uint32
	stack *frame
}

// Jump kinds, cached by address.
const (
	kindOther uint8 = iota + 1
	kindCall
	kindReturn
)

// Profiler counts a machine's run by PC and call stack.
type Profiler struct {
	m      *cpu.Machine
	read   func(addr uint32, n int) ([]byte, error)
	id     cpu.HookID
	hooked bool
	counts map[key]*Counts
	kinds  map[uint32]uint8

	root, stack *frame
	// pending is the linking jump or return whose delay slot is running:
	// it takes effect when the next instruction is its target.
	pending       uint8
	pendingSite   uint32
	pendingTarget uint32

	cur                   *Counts // the counts of the current instruction
	startCycles, startIns uint64
	total                 Counts
}

// Attach starts counting m's instructions. read reads guest code to find
// calls and returns (for user mode, user.Process.PeekMemory); nil gives a
// flat profile. Call Stop when the run ends.
func Attach(m *cpu.Machine, read func(addr uint32, n int) ([]byte, error)) *Profiler {
	root := &frame{children: map[uint32]*frame{}}
	p := &Profiler{m: m, read: read, counts: map[key]*Counts{}, kinds: map[uint32]uint8{}, root: root, stack: root}
	p.Resume()
	return p
}

func (p *Profiler) code(m *cpu.Machine, pc uint32) {
	p.settle()
	if p.pending != 0 {
		if pc == p.pendingTarget {
			p.apply()
		}
		p.pending = 0
	}
	if m.DelaySlot && p.read != nil {
		// pc is the delay slot of the taken jump at pc-4, bound for NextPC.
		switch p.kindAt(pc - 4) {
		case kindCall:
			p.pending, p.pendingSite, p.pendingTarget = kindCall, pc-4, m.NextPC
		case kindReturn:
			p.pending, p.pendingTarget = kindReturn, m.NextPC
		}
	}
	k := key{pc, p.stack}
	c := p.counts[k]
	if c == nil {
		c = &Counts{}
		p.counts[k] = c
	}
	p.cur = c
}

// kindAt classifies the instruction at addr: a call, a return (jr), or
// something else.
func (p *Profiler) kindAt(addr uint32) uint8 {
	if k, ok := p.kinds[addr]; ok {
		return k
	}
	k := kindOther
	if b, err := p.read(addr, 4); err == nil && len(b) == 4 {
		if inst, err := isa.Decode(binary.LittleEndian.Uint32(b)); err == nil {
			switch {
			case inst.Info().Flags&isa.FlagLink != 0:
				k = kindCall
			case inst.Op == isa.JR:
				k = kindReturn
			}
		}
	}
	p.kinds[addr] = k
	return k
}

// apply makes the pending call or return take effect.
func (p *Profiler) apply() {
	switch p.pending {
	case kindCall:
		if p.stack.depth >= MaxDepth {
			return
		}
		f := p.stack.children[p.pendingSite]
		if f == nil {
			f = &frame{parent: p.stack, site: p.pendingSite, depth: p.stack.depth + 1, children: map[uint32]*frame{}}
			p.stack.children[p.pendingSite] = f
		}
		p.stack = f
	case kindReturn:
		// A return goes to the instruction after some frame's delay slot;
		// any other jr (a switch table, a jump through a pointer) leaves
		// the stack as it is.
		for f := p.stack; f != p.root; f = f.parent {
			if f.site+8 == p.pendingTarget {
				p.stack = f.parent
				return
			}
		}
	}
}

// settle charges the counts since the current instruction began to it.
func (p *Profiler) settle() {
	cyc, ins := p.m.Stats.Cycles, p.m.Stats.Instructions
	if p.cur != nil {
		p.cur.Cycles += cyc - p.startCycles
		p.cur.Instructions += ins - p.startIns
		p.total.Cycles += cyc - p.startCycles
		p.total.Instructions += ins - p.startIns
	}
	p.startCycles, p.startIns = cyc, ins
}

// Stop charges the last instruction and removes the hook. The Profiler
// may be attached again with Resume.
func (p *Profiler) Stop() {
	p.settle()
	p.cur = nil
	if p.hooked {
		p.m.RemoveHook(p.id)
		p.hooked = false
	}
}

// Resume counts again after Stop, adding to the counts so far.
func (p *Profiler) Resume() {
	if !p.hooked {
		p.startCycles, p.startIns = p.m.Stats.Cycles, p.m.Stats.Instructions
		p.id = p.m.AddCodeHook(cpu.Range{}, p.code)
		p.hooked = true
	}
}

// Counts returns the counts by PC (over every call stack), and their total.
func (p *Profiler) Counts() (map[uint32]Counts, Counts) {
	out := map[uint32]Counts{}
	for k, c := range p.counts {
		o := out[k.pc]
		o.Cycles += c.Cycles
		o.Instructions += c.Instructions
		out[k.pc] = o
	}
	return out, p.total
}
