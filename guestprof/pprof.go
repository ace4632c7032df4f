package guestprof

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/google/pprof/profile"

	"graftlab/loader"
	"graftlab/loader/debuginfo"
)

// Program names the PCs of a profile.
type Program struct {
	Name       string             // the mapping's file name
	Executable *loader.Executable // symbols; nil: none
	Debug      *debuginfo.Info    // functions and lines; nil: none
	ClockMHz   float64            // the machine profile's clock, for the duration; 0: none
	Comments   []string           // added to the profile
}

// Profile returns the counts as a pprof profile: a sample per PC and call
// stack, its locations the PC and then the call sites, innermost first.
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

	n := namer{prog: prog, pr: pr, mapping: m, funcs: map[string]*profile.Function{}, locs: map[uint32]*profile.Location{}}
	keys := make([]key, 0, len(p.counts))
	for k := range p.counts {
		keys = append(keys, k)
	}
	// A deterministic order: by PC, then by stack from the outside in.
	slices.SortFunc(keys, func(a, b key) int {
		if c := cmp.Compare(a.pc, b.pc); c != 0 {
			return c
		}
		return slices.Compare(sites(a.stack), sites(b.stack))
	})
	for _, k := range keys {
		c := p.counts[k]
		locs := []*profile.Location{n.location(k.pc)}
		for f := k.stack; f.parent != nil; f = f.parent {
			locs = append(locs, n.location(f.site))
		}
		pr.Sample = append(pr.Sample, &profile.Sample{
			Location: locs,
			Value:    []int64{int64(c.Cycles), int64(c.Instructions)},
		})
	}
	return pr
}

// sites returns a stack's call sites from the outermost in.
func sites(f *frame) []uint32 {
	var s []uint32
	for ; f.parent != nil; f = f.parent {
		s = append(s, f.site)
	}
	slices.Reverse(s)
	return s
}

// namer makes the locations and functions of a profile.
type namer struct {
	prog    Program
	pr      *profile.Profile
	mapping *profile.Mapping
	funcs   map[string]*profile.Function
	locs    map[uint32]*profile.Location
}

func (n *namer) location(pc uint32) *profile.Location {
	if l := n.locs[pc]; l != nil {
		return l
	}
	l := &profile.Location{ID: uint64(len(n.pr.Location) + 1), Address: uint64(pc)}
	if uint64(pc) >= n.mapping.Start && uint64(pc) < n.mapping.Limit {
		l.Mapping = n.mapping
	}
	if line, ok := n.line(pc); ok {
		l.Line = []profile.Line{line}
	}
	n.locs[pc] = l
	n.pr.Location = append(n.pr.Location, l)
	return l
}

// line names pc: its function from DWARF or the symbol table, and its
// file:line from the line table.
func (n *namer) line(pc uint32) (profile.Line, bool) {
	var name, file string
	var start, line int
	if d := n.prog.Debug; d != nil {
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
	if name == "" && n.prog.Executable != nil {
		if s, _, ok := n.prog.Executable.Symbolize(pc); ok {
			name = s
		}
	}
	if name == "" {
		return profile.Line{}, false
	}
	key := name + "\x00" + file
	fn := n.funcs[key]
	if fn == nil {
		fn = &profile.Function{ID: uint64(len(n.pr.Function) + 1), Name: name, SystemName: name, Filename: file, StartLine: int64(start)}
		n.funcs[key] = fn
		n.pr.Function = append(n.pr.Function, fn)
	}
	return profile.Line{Function: fn, Line: int64(line)}, true
}
