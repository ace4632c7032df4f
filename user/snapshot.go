package user

import (
	"maps"
	"slices"

	"graftlab/cpu"
)

// Snapshot is a saved process: the machine's snapshot (registers, MMU,
// RAM, counters) and the half of the process that the host keeps — areas,
// page table, free frames, program break, TLB refill victim, thread area.
// Output already written and input already read are not part of it.
type Snapshot struct {
	Machine *cpu.Snapshot

	mem           addressSpace
	brkStart, brk uint32
	threadArea    uint32
	victim        int
	exited        bool
	status        int
	fault         *Fault
}

// Snapshot saves the process. Like cpu.Machine.Snapshot it copies RAM.
func (p *Process) Snapshot() *Snapshot {
	mem := p.mem
	mem.areas = slices.Clone(p.mem.areas)
	mem.pages = maps.Clone(p.mem.pages)
	mem.free = slices.Clone(p.mem.free)
	return &Snapshot{
		Machine:    p.Machine.Snapshot(),
		mem:        mem,
		brkStart:   p.brkStart,
		brk:        p.brk,
		threadArea: p.threadArea,
		victim:     p.victim,
		exited:     p.exited,
		status:     p.status,
		fault:      p.fault,
	}
}

// Restore returns the process to a snapshot taken from it, or from another
// process of the same executable and RAM size. The machine's hooks and
// handler are kept.
func (p *Process) Restore(s *Snapshot) {
	p.Machine.Restore(s.Machine)
	ram, limit := p.mem.ram, p.mem.limit
	p.mem = s.mem
	p.mem.ram, p.mem.limit = ram, limit
	p.mem.areas = slices.Clone(s.mem.areas)
	p.mem.pages = maps.Clone(s.mem.pages)
	p.mem.free = slices.Clone(s.mem.free)
	// Machine.Restore installs a copy of the snapshot's MMU: the address
	// space must update that one.
	p.mem.mmu = p.Machine.MMU
	p.brkStart, p.brk = s.brkStart, s.brk
	p.threadArea = s.threadArea
	p.victim = s.victim
	p.exited, p.status, p.fault = s.exited, s.status, s.fault
}
