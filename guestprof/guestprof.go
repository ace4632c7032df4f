// Package guestprof profiles guest programs: it counts the cycles and
// instructions spent at each guest PC of a run and writes them as a pprof
// profile, so that `go tool pprof -top guest.pb.gz` shows where a guest
// program spends its cycles. `graftlab profile` is its command.
//
// # Boundaries
//
// Counting needs only a cpu.Machine: Attach installs one code hook, and
// the cycles between the starts of two instructions belong to the first
// (with its stalls, cache misses, and the exceptions served on the host,
// such as user-mode system calls and TLB refills). The hook costs host
// time, never guest cycles. Naming the PCs needs the program: its symbol
// table (loader.Executable) and, when it has DWARF, its functions and line
// table (loader/debuginfo), for file:line in the profile. The profile is
// built with github.com/google/pprof/profile.
//
// # Public API
//
//   - Attach, Profiler.Stop, Profiler.Counts: count a run.
//   - Profiler.Profile(Program): the pprof profile, with two sample types,
//     cycles (the default) and instructions, one sample per PC, and a
//     location per PC naming its function (and file:line with DWARF).
//
// The profile is flat: a sample is the PC alone, with no call stack. Its
// duration is the run's cycles at the profile's clock rate, so pprof's
// "Duration" is guest time; its time stamp is zero, so the same run gives
// the same file.
package guestprof

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/google/pprof/profile"

	"graftlab/cpu"
	"graftlab/loader"
	"graftlab/loader/debuginfo"
)

// Counts are the cycles and the completed instructions at one PC.
type Counts struct {
	Cycles, Instructions uint64
}

// Profiler counts a machine's run by PC.
type Profiler struct {
	m      *cpu.Machine
	id     cpu.HookID
	hooked bool
	counts map[uint32]*Counts

	cur                   *Counts // the PC whose instruction is current
	startCycles, startIns uint64
	total                 Counts
}

// Attach starts counting m's instructions. Call Stop when the run ends.
func Attach(m *cpu.Machine) *Profiler {
	p := &Profiler{m: m, counts: map[uint32]*Counts{}}
	p.id = m.AddCodeHook(cpu.Range{}, p.code)
	p.hooked = true
	return p
}

func (p *Profiler) code(m *cpu.Machine, pc uint32) {
	p.settle()
	c := p.counts[pc]
	if c == nil {
		c = &Counts{}
		p.counts[pc] = c
	}
	p.cur = c
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

// Counts returns the counts by PC, and their total.
func (p *Profiler) Counts() (map[uint32]Counts, Counts) {
	out := make(map[uint32]Counts, len(p.counts))
	for pc, c := range p.counts {
		out[pc] = *c
	}
	return out, p.total
}

// Program names the PCs of a profile.
type Program struct {
	Name       string             // the mapping's file name
	Executable *loader.Executable // symbols; nil: none
	Debug      *debuginfo.Info    // functions and lines; nil: none
	ClockMHz   float64            // the machine profile's clock, for the duration; 0: none
	Comments   []string           // added to the profile
}

// Profile returns the counts as a pprof profile.
func (p *Profiler) Profile(prog Program) *profile.Profile {
	pr := &profile.Profile{
		SampleType:        []*profile.ValueType{{Type: "cycles", Unit: "count"}, {Type: "instructions", Unit: "count"}},
		DefaultSampleType: "cycles",
		PeriodType:        &profile.ValueType{Type: "cycles", Unit: "count"},
		Period:            1,
		Comments:          append([]string{fmt.Sprintf("%s: %d instructions, %d cycles", prog.Name, p.total.Instructions, p.total.Cycles)}, prog.Comments...),
	}
	if prog.ClockMHz > 0 {
		pr.DurationNanos = int64(float64(p.total.Cycles) * 1000 / prog.ClockMHz)
	}
	m := &profile.Mapping{ID: 1, File: prog.Name, HasFunctions: prog.Executable != nil || prog.Debug != nil}
	if prog.Debug != nil && prog.Debug.HasLines() {
		m.HasFilenames, m.HasLineNumbers = true, true
	}
	if x := prog.Executable; x != nil && len(x.Segments) > 0 {
		m.Start = uint64(x.Segments[0].Addr)
		m.Limit = x.Segments[len(x.Segments)-1].End()
	}
	pr.Mapping = []*profile.Mapping{m}

	pcs := make([]uint32, 0, len(p.counts))
	for pc := range p.counts {
		pcs = append(pcs, pc)
	}
	slices.Sort(pcs)
	funcs := map[string]*profile.Function{}
	for _, pc := range pcs {
		c := p.counts[pc]
		loc := &profile.Location{ID: uint64(len(pr.Location) + 1), Address: uint64(pc)}
		if uint64(pc) >= m.Start && uint64(pc) < m.Limit {
			loc.Mapping = m
		}
		if line, ok := lineOf(prog, pc, funcs, pr); ok {
			loc.Line = []profile.Line{line}
		}
		pr.Location = append(pr.Location, loc)
		pr.Sample = append(pr.Sample, &profile.Sample{
			Location: []*profile.Location{loc},
			Value:    []int64{int64(c.Cycles), int64(c.Instructions)},
		})
	}
	slices.SortFunc(pr.Function, func(a, b *profile.Function) int { return cmp.Compare(a.ID, b.ID) })
	return pr
}

// lineOf names pc: its function from DWARF or the symbol table, and its
// file:line from the line table.
func lineOf(prog Program, pc uint32, funcs map[string]*profile.Function, pr *profile.Profile) (profile.Line, bool) {
	var name, file string
	var start, line int
	if d := prog.Debug; d != nil {
		if f, ok := d.FunctionAt(pc); ok {
			name, file, start = f.Name, f.File, f.Line
		}
		if fl, l, ok := d.PCToLine(pc); ok {
			if file == "" {
				file = fl
			}
			if fl == file || name == "" {
				line = l
			}
		}
	}
	if name == "" && prog.Executable != nil {
		if n, _, ok := prog.Executable.Symbolize(pc); ok {
			name = n
		}
	}
	if name == "" {
		return profile.Line{}, false
	}
	key := name + "\x00" + file
	fn := funcs[key]
	if fn == nil {
		fn = &profile.Function{ID: uint64(len(pr.Function) + 1), Name: name, SystemName: name, Filename: file, StartLine: int64(start)}
		funcs[key] = fn
		pr.Function = append(pr.Function, fn)
	}
	return profile.Line{Function: fn, Line: int64(line)}, true
}
