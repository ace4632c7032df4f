package bench

import (
	"bytes"
	"context"
	"fmt"
	"path"
	"strings"

	"graftlab/cpu"
	"graftlab/isa"
	"graftlab/isa/asm"
	"graftlab/kernel"
	"graftlab/profile"
	"graftlab/psl"
	"graftlab/psl/kv"
)

// DefaultIterations is the iteration count of every row unless Options says
// otherwise: enough that per-iteration figures are exact, few enough that the
// whole table takes seconds.
const DefaultIterations = 1000

// TimerInterval is the timer period of the intr.timer row, in Count ticks.
const TimerInterval = 2000

// GeneralVector is where the general-exception stub runs (Status.BEV clear).
const GeneralVector = 0x80000180

// Options control a measurement.
type Options struct {
	Profile    *profile.Profile // nil: dec5000
	Iterations int              // 0: DefaultIterations
	// MaxInstructions bounds each run (0: 200 million).
	MaxInstructions uint64
	// Engine runs the kernel and the grafts (nil: the kernel package's
	// default, cpu.Fast). Every engine gives the same figures.
	Engine cpu.Engine
}

// Result is one measured row.
type Result struct {
	ID          string `json:"id"`
	Name        string `json:"name"`
	Personality string `json:"personality"`
	Profile     string `json:"profile"`
	// Iterations is the number of operations measured (for intr.timer, the
	// number of interrupts taken in the measured loop).
	Iterations int `json:"iterations"`
	// Cycles and Instructions are per operation; Micros is Cycles at the
	// profile's clock.
	Cycles       float64 `json:"cycles"`
	Instructions float64 `json:"instructions"`
	Micros       float64 `json:"micros"`
	// Stalls is the part of Cycles spent waiting: for the caches, the
	// write buffer, memory, HI/LO.
	Stalls float64 `json:"stalls"`
	// DCacheMisses is the data-cache misses per operation (kernel rows;
	// nil for the misfit.* rows).
	DCacheMisses *float64 `json:"dcache_misses,omitempty"`
	// DispatchInstructions is, for exokernel exception rows, the measured
	// instruction count from the general vector to the first instruction of
	// the user handler.
	DispatchInstructions int `json:"dispatch_instructions,omitempty"`
	// Reference is the published figure in microseconds (null: none).
	Reference             *float64 `json:"reference"`
	ReferenceInstructions int      `json:"reference_instructions,omitempty"`
	ReferenceSource       string   `json:"reference_source"`
	// The misfit.* rows: the operation is one call of a graft, so
	// Iterations is 1 (the suite row: the number of grafts, Cycles their
	// geometric mean). Cycles is the rewritten graft's, from its entry to
	// its return; BaselineCycles the unrewritten one's; OverheadPercent
	// their ratio less one. For misfit.load, .store and .icall, CheckedOps
	// is the number of checked operations in the call and AddedPerOp the
	// cycles the rewriting added to each. ReferenceText is the published
	// figure (VINO, MiSFIT, NaCl).
	BaselineCycles  *float64 `json:"baseline_cycles,omitempty"`
	OverheadPercent *float64 `json:"overhead_percent,omitempty"`
	CheckedOps      int      `json:"checked_ops,omitempty"`
	AddedPerOp      *float64 `json:"added_cycles_per_op,omitempty"`
	ReferenceText   string   `json:"reference_text,omitempty"`
	// The vino.* rows: VinoTotal is the graft point's total per invocation
	// (the sum the part is a share of).
	VinoTotal *float64 `json:"vino_total_cycles,omitempty"`
}

func (o Options) withDefaults() (Options, error) {
	if o.Profile == nil {
		p, err := profile.Lookup("dec5000")
		if err != nil {
			return o, err
		}
		o.Profile = p
	}
	if o.Iterations == 0 {
		o.Iterations = DefaultIterations
	}
	if o.Iterations < 1 || o.Iterations > 100000 {
		return o, fmt.Errorf("bench: %d iterations: want 1 to 100000", o.Iterations)
	}
	if o.MaxInstructions == 0 {
		o.MaxInstructions = 200_000_000
	}
	return o, nil
}

// counters is a reading of the machine's counters at a symbol.
type counters struct{ cycles, instructions, stalls, dmisses uint64 }

// Run measures one scenario.
func Run(ctx context.Context, s Scenario, opt Options) (Result, error) {
	opt, err := opt.withDefaults()
	if err != nil {
		return Result{}, err
	}
	if s.Misfit != nil {
		return runMisfit(ctx, s, opt)
	}
	if s.Vino != nil {
		return runVino(ctx, s, opt)
	}
	if s.Spin != nil {
		return runSpin(ctx, s, opt)
	}
	n := opt.Iterations
	if s.Iterations != 0 {
		n = s.Iterations
	}
	x, err := s.Program(n)
	if err != nil {
		return Result{}, err
	}
	cfg := kernel.Config{
		Profile:     opt.Profile,
		Program:     x,
		Args:        []string{s.ID},
		Personality: s.Personality,
		RAMSize:     32 << 20,
	}
	var console bytes.Buffer
	cfg.Console = &console
	if s.Regions != nil {
		cfg.Regions = s.Regions(n)
		// Room for the regions besides the kernel, the program and its
		// page tables.
		ram := uint64(cfg.RAMSize)
		for _, r := range cfg.Regions {
			ram += uint64(r.Pages) * 4096
		}
		if ram > 496<<20 {
			return Result{}, fmt.Errorf("bench %s: %d iterations need more than 496 MiB of RAM", s.ID, n)
		}
		cfg.RAMSize = uint32(ram)
	}
	if s.Timer {
		cfg.TimerInterval = TimerInterval
	}
	if s.Shared {
		cfg.Regions = append(cfg.Regions, kernel.Region{VA: SharedVA, Pages: 1, Write: true, Share: "bench"})
	}
	partner, err := s.PartnerProgram(n)
	if err != nil {
		return Result{}, err
	}
	if partner != nil {
		p := kernel.Program{Executable: partner, Args: []string{s.ID + ".partner"}}
		if s.Shared {
			p.Regions = []kernel.Region{{VA: SharedVA, Pages: 1, Write: true, Share: "bench"}}
		}
		cfg.Programs = []kernel.Program{p}
	}
	for n, src := range s.Libraries {
		obj, err := asm.Assemble(fmt.Sprintf("%s.lib%d.s", s.ID, n), []byte(src), asm.Options{ReadFile: kv.ReadFile})
		if err != nil {
			return Result{}, fmt.Errorf("bench %s: %w", s.ID, err)
		}
		b, err := obj.Marshal()
		if err != nil {
			return Result{}, err
		}
		l, err := psl.Build(psl.Spec{Name: fmt.Sprintf("library %d", n), Object: b, Services: s.Services}, n)
		if err != nil {
			return Result{}, fmt.Errorf("bench %s: %w", s.ID, err)
		}
		cfg.Libraries = append(cfg.Libraries, l)
		cfg.PSL = append(cfg.PSL, n)
	}
	sys, err := kernel.Boot(cfg)
	if err != nil {
		return Result{}, fmt.Errorf("bench %s: %w", s.ID, err)
	}
	if opt.Engine != nil {
		sys.Engine = opt.Engine
	}
	m := sys.Machine
	addr := func(name string) (uint32, error) {
		sym, ok := x.Lookup(name)
		if !ok {
			return 0, fmt.Errorf("bench %s: no symbol %s", s.ID, name)
		}
		return sym.Value, nil
	}
	runTo := func(name string) (counters, error) {
		a, err := addr(name)
		if err != nil {
			return counters{}, err
		}
		stop, err := sys.Run(ctx, cpu.Limits{Until: a, HasUntil: true, MaxInstructions: opt.MaxInstructions})
		if err != nil {
			return counters{}, fmt.Errorf("bench %s: running to %s: %w", s.ID, name, err)
		}
		if stop.Reason != cpu.StopUntil {
			return counters{}, fmt.Errorf("bench %s: stopped (%v, status %d) at pc %#x before reaching %s; console: %q",
				s.ID, stop.Reason, stop.Status, m.PC, name, console.String())
		}
		return counters{m.Stats.Cycles, m.Stats.Instructions, m.Stats.Stalls, m.Stats.DCacheMisses}, nil
	}

	// The first pass warms everything up; the second is measured.
	for _, sym := range []string{"empty_begin", "empty_end", "bench_begin", "bench_end"} {
		if _, err := runTo(sym); err != nil {
			return Result{}, err
		}
	}
	e0, err := runTo("empty_begin")
	if err != nil {
		return Result{}, err
	}
	e1, err := runTo("empty_end")
	if err != nil {
		return Result{}, err
	}
	b0, err := runTo("bench_begin")
	if err != nil {
		return Result{}, err
	}

	// Hooks for the rows measured per event.
	var dispatch dispatchCounter
	var intr interruptCounter
	if s.Exo {
		h, err := addr("handler")
		if err != nil {
			return Result{}, err
		}
		dispatch.install(m, h)
	}
	if s.Timer {
		intr.install(m)
	}
	b1, err := runTo("bench_end")
	if err != nil {
		return Result{}, err
	}
	dispatch.remove(m)
	intr.remove(m)
	stop, err := sys.Run(ctx, cpu.Limits{MaxInstructions: opt.MaxInstructions})
	if err != nil {
		return Result{}, fmt.Errorf("bench %s: %w", s.ID, err)
	}
	if stop.Reason != cpu.StopHalted || stop.Status != 0 {
		return Result{}, fmt.Errorf("bench %s: ended with %v, status %d; console: %q", s.ID, stop.Reason, stop.Status, console.String())
	}

	r := Result{
		ID: s.ID, Name: s.Name, Personality: s.Personality.String(), Profile: opt.Profile.Name,
		Iterations:            n,
		ReferenceInstructions: s.ReferenceInstructions,
		ReferenceSource:       s.ReferenceSource,
	}
	if s.Reference != 0 {
		ref := s.Reference
		r.Reference = &ref
	}
	var dmisses float64
	switch {
	case s.Timer:
		if intr.count == 0 {
			return Result{}, fmt.Errorf("bench %s: no timer interrupt in the measured loop", s.ID)
		}
		r.Iterations = intr.count
		r.Cycles = float64(intr.cycles) / float64(intr.count)
		r.Instructions = float64(intr.instructions) / float64(intr.count)
		r.Stalls = float64(intr.stalls) / float64(intr.count)
		dmisses = float64(intr.dmisses) / float64(intr.count)
	default:
		per := func(b0, b1, e0, e1 uint64) float64 {
			return (float64(b1-b0) - float64(e1-e0)) / float64(n)
		}
		r.Cycles = per(b0.cycles, b1.cycles, e0.cycles, e1.cycles)
		r.Instructions = per(b0.instructions, b1.instructions, e0.instructions, e1.instructions)
		r.Stalls = per(b0.stalls, b1.stalls, e0.stalls, e1.stalls)
		dmisses = per(b0.dmisses, b1.dmisses, e0.dmisses, e1.dmisses)
	}
	if s.Halve {
		r.Cycles, r.Instructions, r.Stalls, dmisses = r.Cycles/2, r.Instructions/2, r.Stalls/2, dmisses/2
	}
	if s.Exo {
		if dispatch.err != nil {
			return Result{}, fmt.Errorf("bench %s: %w", s.ID, dispatch.err)
		}
		if dispatch.count != n {
			return Result{}, fmt.Errorf("bench %s: %d dispatches in %d iterations", s.ID, dispatch.count, n)
		}
		r.DispatchInstructions = int(dispatch.path)
	}
	r.DCacheMisses = &dmisses
	r.Micros = r.Cycles / opt.Profile.ClockMHz
	return r, nil
}

// RunAll measures the scenarios that ids select (all when ids is empty),
// in the order asked: each id is a scenario's id, a glob (exc.*.exo) or a
// prefix of ids at a dot (exc, misfit.suite.); Select says how.
func RunAll(ctx context.Context, ids []string, opt Options) ([]Result, error) {
	sel, err := Select(ids)
	if err != nil {
		return nil, err
	}
	var out []Result
	for _, s := range sel {
		r, err := Run(ctx, s, opt)
		if err != nil {
			return out, err
		}
		out = append(out, r)
	}
	return out, nil
}

// Select returns the scenarios that patterns select, in the patterns'
// order and each once; no patterns select every scenario in table order.
// A pattern is, first match wins:
//   - a scenario's id (misfit.suite is that row alone);
//   - a glob as path.Match reads it, when it holds *, ? or [ (exc.*,
//     misfit.*.check), matching ids in table order;
//   - a prefix of ids up to a dot (exc.prot: exc.prot.conv and
//     exc.prot.exo; misfit), in table order.
//
// A pattern that selects nothing is an error.
func Select(patterns []string) ([]Scenario, error) {
	all := Scenarios()
	if len(patterns) == 0 {
		return all, nil
	}
	var out []Scenario
	seen := map[string]bool{}
	add := func(s Scenario) {
		if !seen[s.ID] {
			seen[s.ID] = true
			out = append(out, s)
		}
	}
	for _, p := range patterns {
		if s, ok := Lookup(p); ok {
			add(s)
			continue
		}
		n := 0
		glob := strings.ContainsAny(p, "*?[")
		for _, s := range all {
			var ok bool
			if glob {
				m, err := path.Match(p, s.ID)
				if err != nil {
					return nil, fmt.Errorf("bench: bad pattern %q: %w", p, err)
				}
				ok = m
			} else {
				ok = strings.HasPrefix(s.ID, strings.TrimSuffix(p, ".")+".")
			}
			if ok {
				add(s)
				n++
			}
		}
		if n == 0 {
			return nil, fmt.Errorf("bench: no scenario matches %q", p)
		}
	}
	return out, nil
}

// StaticDispatchPath returns the instruction count of the kernel's exokernel
// exception path read from its symbols: the general stub, the dispatcher and
// the save-and-return sequence, up to and including the eret.
func StaticDispatchPath() (int, error) {
	k, err := kernel.Build()
	if err != nil {
		return 0, err
	}
	n := 0
	for _, p := range [][2]string{{"general_start", "general_end"}, {"exc_general", "exo_exc"}, {"exo_exc", "exo_exc_end"}} {
		a, err := k.Symbol(p[0])
		if err != nil {
			return 0, err
		}
		b, err := k.Symbol(p[1])
		if err != nil {
			return 0, err
		}
		n += int(b-a) / 4
	}
	return n, nil
}

// StaticSTLBPath returns the length, in instructions, of the exokernel
// refill's path on a software-TLB hit: from refill_exo_start, straight
// through the tag check and its delay slot, to the eret before
// stlb_hit_end.
func StaticSTLBPath() (int, error) {
	k, err := kernel.Build()
	if err != nil {
		return 0, err
	}
	a, err := k.Symbol("refill_exo_start")
	if err != nil {
		return 0, err
	}
	b, err := k.Symbol("stlb_hit_end")
	if err != nil {
		return 0, err
	}
	return int(b-a) / 4, nil
}

// dispatchCounter counts the instructions from the general vector to the
// user handler's first instruction, for every exception.
type dispatchCounter struct {
	ids   []cpu.HookID
	at    uint64
	armed bool
	count int
	path  uint64
	err   error
}

func (d *dispatchCounter) install(m *cpu.Machine, handler uint32) {
	d.ids = append(d.ids,
		m.AddCodeHook(cpu.Range{Begin: GeneralVector, End: GeneralVector + 4}, func(m *cpu.Machine, pc uint32) {
			d.at = m.Stats.Instructions
			d.armed = true
		}),
		m.AddCodeHook(cpu.Range{Begin: handler, End: handler + 4}, func(m *cpu.Machine, pc uint32) {
			if !d.armed {
				return
			}
			d.armed = false
			n := m.Stats.Instructions - d.at
			if d.count > 0 && n != d.path && d.err == nil {
				d.err = fmt.Errorf("dispatch took %d instructions, earlier %d", n, d.path)
			}
			d.path = n
			d.count++
		}))
}

func (d *dispatchCounter) remove(m *cpu.Machine) {
	for _, id := range d.ids {
		m.RemoveHook(id)
	}
	d.ids = nil
}

// interruptCounter measures each timer interrupt from the instruction
// boundary where it is taken to the first user instruction after it.
type interruptCounter struct {
	ids                                   []cpu.HookID
	pending                               bool
	at                                    counters
	count                                 int
	cycles, instructions, stalls, dmisses uint64
}

func (c *interruptCounter) install(m *cpu.Machine) {
	c.ids = append(c.ids,
		m.AddExceptionHook(func(m *cpu.Machine, e *cpu.Exception) {
			if e.Code == isa.ExcInt {
				c.pending = true
				c.at = counters{m.Stats.Cycles, m.Stats.Instructions, m.Stats.Stalls, m.Stats.DCacheMisses}
			}
		}),
		m.AddCodeHook(cpu.Range{Begin: 0, End: 0x80000000}, func(m *cpu.Machine, pc uint32) {
			if !c.pending {
				return
			}
			c.pending = false
			c.count++
			c.cycles += m.Stats.Cycles - c.at.cycles
			c.instructions += m.Stats.Instructions - c.at.instructions
			c.stalls += m.Stats.Stalls - c.at.stalls
			c.dmisses += m.Stats.DCacheMisses - c.at.dmisses
		}))
}

func (c *interruptCounter) remove(m *cpu.Machine) {
	for _, id := range c.ids {
		m.RemoveHook(id)
	}
	c.ids = nil
}
