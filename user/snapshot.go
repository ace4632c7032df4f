package user

import (
	"maps"
	"slices"

	"graftlab/cpu"
)

// Snapshot is a saved process: the machine's snapshot (registers, MMU,
// RAM, counters) and the half of the process that the host keeps — areas,
// page table, free frames, program break, TLB refill victim, thread area,
// open files and their offsets.
// Output already written and input already read are not part of it.
type Snapshot struct {
	Machine *cpu.Snapshot

	mem           addressSpace
	brkStart, brk uint32
	threadArea    uint32
	files         map[uint32]guestFile
	randState     uint64
	victim        int
	exited        bool
	status        int
	fault         *Fault
}

// copyFiles copies the descriptor table: the contents are shared (never
// written), the offsets copied.
func copyFiles(files map[uint32]*guestFile) map[uint32]guestFile {
	c := make(map[uint32]guestFile, len(files))
	for fd, f := range files {
		c[fd] = *f
	}
	return c
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
		files:      copyFiles(p.files),
		randState:  p.randState,
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
	p.files = nil
	for fd, f := range s.files {
		if p.files == nil {
			p.files = map[uint32]*guestFile{}
		}
		c := f
		p.files[fd] = &c
	}
	p.randState = s.randState
	p.victim = s.victim
	p.exited, p.status, p.fault = s.exited, s.status, s.fault
}
