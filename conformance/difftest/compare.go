package difftest

import (
	"context"
	"fmt"
	"sync"
)

// Totals counts what a comparison covered: sequences, their instructions,
// and the instructions the generator's model executed (branches skip some
// and nullify some delay slots).
type Totals struct {
	Sequences, Instructions, Executed          int
	Agreed, AgreedInstructions, AgreedExecuted int
}

// Add adds the counts of u to t.
func (t *Totals) Add(u Totals) {
	t.Sequences += u.Sequences
	t.Instructions += u.Instructions
	t.Executed += u.Executed
	t.Agreed += u.Agreed
	t.AgreedInstructions += u.AgreedInstructions
	t.AgreedExecuted += u.AgreedExecuted
}

func (t Totals) String() string {
	return fmt.Sprintf("%d sequences, %d instructions (%d executed): %d sequences, %d instructions (%d executed) agreed",
		t.Sequences, t.Instructions, t.Executed, t.Agreed, t.AgreedInstructions, t.AgreedExecuted)
}

// Mismatch is a sequence on which the two engines disagree.
type Mismatch struct {
	Seq        *Sequence
	Code       uint32 // address of its first instruction
	Buffer     uint32 // address of its buffer
	Ref, Test  string // the engines' names
	RefResult  *Result
	TestResult *Result
	// Ended is set when a run did not finish the sequence: how each ended.
	Ended string
	Diffs []Difference
	// Reduced is a shorter sequence that still disagrees, if reduction
	// found one.
	Reduced *Mismatch
}

// Broken is a sequence that the generator promised would finish and that
// did not, or whose known values the reference contradicts: a fault of
// the generator (or of both engines), not a disagreement between them.
type Broken struct {
	Seq    *Sequence
	Reason string
	Diffs  []Difference // known model values the reference contradicts
}

// Comparer runs programs on a reference engine and an engine under test.
type Comparer struct {
	Ref, Test Engine
	// Reduce makes Compare look for a shorter sequence for every
	// mismatch.
	Reduce bool
}

// Report is the outcome of Compare.
type Report struct {
	Totals
	Mismatches []*Mismatch
	Broken     []*Broken
	// Counts lists programs whose instruction count (where the engine
	// under test counts) differs from the model's.
	Counts []string
}

// Compare runs seqs on both engines and compares them sequence by
// sequence. When a run ends early, the sequence it stopped in is reported
// and the rest run again in a new program.
func (c *Comparer) Compare(ctx context.Context, seqs []*Sequence) (*Report, error) {
	rep := &Report{}
	for len(seqs) > 0 {
		p, err := Build(seqs)
		if err != nil {
			return nil, err
		}
		ro, to, err := c.run(ctx, p.ELF)
		if err != nil {
			return nil, err
		}
		rr, err := parse(p, c.Ref, ro)
		if err != nil {
			return nil, err
		}
		tr, err := parse(p, c.Test, to)
		if err != nil {
			return nil, err
		}
		n := min(len(rr), len(tr))
		for i := range n {
			s := seqs[i]
			rep.count(s)
			if d := ModelDiff(s, rr[i]); len(d) > 0 {
				rep.Broken = append(rep.Broken, &Broken{Seq: s, Reason: fmt.Sprintf("%s contradicts the generator's model", c.Ref.Name()), Diffs: d})
			}
			d := Diff(s, rr[i], tr[i])
			if len(d) == 0 {
				rep.agree(s)
				continue
			}
			mm := &Mismatch{Seq: s, Code: p.Code[i], Buffer: p.Buffer[i], Ref: c.Ref.Name(), Test: c.Test.Name(),
				RefResult: &rr[i], TestResult: &tr[i], Diffs: d}
			c.reduce(ctx, mm)
			rep.Mismatches = append(rep.Mismatches, mm)
		}
		if n == len(seqs) {
			if ro.Signal != "" || to.Signal != "" || ro.Status != to.Status {
				return nil, fmt.Errorf("difftest: every sequence finished, but %s ended with %s and %s with %s",
					c.Ref.Name(), ro.Ended(), c.Test.Name(), to.Ended())
			}
			rep.checkCount(p, c.Test.Name(), to.Stats.Instructions)
			break
		}
		// A run stopped in sequence n.
		s := seqs[n]
		rep.count(s)
		ended := fmt.Sprintf("%s: %s; %s: %s", c.Ref.Name(), c.endedIn(ro, len(rr) == n), c.Test.Name(), c.endedIn(to, len(tr) == n))
		if len(rr) == n && len(tr) == n && ro.Ended() == to.Ended() {
			rep.Broken = append(rep.Broken, &Broken{Seq: s, Reason: "did not finish: " + ended})
		} else {
			mm := &Mismatch{Seq: s, Code: p.Code[n], Buffer: p.Buffer[n], Ref: c.Ref.Name(), Test: c.Test.Name(), Ended: ended}
			if len(rr) > n {
				mm.RefResult = &rr[n]
			}
			if len(tr) > n {
				mm.TestResult = &tr[n]
			}
			c.reduce(ctx, mm)
			rep.Mismatches = append(rep.Mismatches, mm)
		}
		seqs = seqs[n+1:]
	}
	return rep, ctx.Err()
}

// parse parses an engine's output. Output that does not parse is an error,
// unless the run ended abnormally: then the blocks before it count.
func parse(p *Program, e Engine, o *Output) ([]Result, error) {
	res, err := p.Parse(o.Stdout)
	if err != nil && o.Signal == "" && o.Status == 0 {
		return nil, fmt.Errorf("%s: %w", e.Name(), err)
	}
	return res, nil
}

func (c *Comparer) endedIn(o *Output, stopped bool) string {
	if !stopped {
		return "finished the sequence"
	}
	s := "stopped in the sequence, " + o.Ended()
	if o.Stderr != "" {
		s += " (" + firstLine(o.Stderr) + ")"
	}
	return s
}

func firstLine(s string) string {
	for i, c := range s {
		if c == '\n' {
			return s[:i]
		}
	}
	return s
}

// checkCount compares the instructions an engine counted for a whole
// program with the model's count; nullified delay slots do not count.
func (r *Report) checkCount(p *Program, engine string, got uint64) {
	want := uint64(p.Overhead)
	for _, s := range p.Seqs {
		if s.model == nil {
			return
		}
		want += uint64(s.Executed)
	}
	if got != 0 && got != want {
		r.Counts = append(r.Counts, fmt.Sprintf("%s counted %d instructions for sequences %d-%d, the generator's model %d",
			engine, got, p.Seqs[0].Index, p.Seqs[len(p.Seqs)-1].Index, want))
	}
}

func (r *Report) count(s *Sequence) {
	r.Sequences++
	r.Instructions += s.Instructions()
	r.Executed += s.Executed
}

func (r *Report) agree(s *Sequence) {
	r.Agreed++
	r.AgreedInstructions += s.Instructions()
	r.AgreedExecuted += s.Executed
}

// run runs elf on both engines at once.
func (c *Comparer) run(ctx context.Context, elf []byte) (ref, test *Output, err error) {
	var wg sync.WaitGroup
	var refErr error
	wg.Add(1)
	go func() {
		defer wg.Done()
		ref, refErr = c.Ref.Run(ctx, elf)
	}()
	test, err = c.Test.Run(ctx, elf)
	wg.Wait()
	if refErr != nil {
		return nil, nil, refErr
	}
	return ref, test, err
}

// check runs one sequence alone on both engines and says whether they
// disagree, and how: on values, or on how the run ended.
func (c *Comparer) check(ctx context.Context, s *Sequence) (*Mismatch, error) {
	p, err := Build([]*Sequence{s})
	if err != nil {
		return nil, err
	}
	ro, to, err := c.run(ctx, p.ELF)
	if err != nil {
		return nil, err
	}
	rr, err := parse(p, c.Ref, ro)
	if err != nil {
		return nil, err
	}
	tr, err := parse(p, c.Test, to)
	if err != nil {
		return nil, err
	}
	mm := &Mismatch{Seq: s, Code: p.Code[0], Buffer: p.Buffer[0], Ref: c.Ref.Name(), Test: c.Test.Name()}
	switch {
	case len(rr) == 1 && len(tr) == 1:
		mm.RefResult, mm.TestResult = &rr[0], &tr[0]
		if mm.Diffs = Diff(s, rr[0], tr[0]); len(mm.Diffs) == 0 {
			return nil, nil
		}
	case len(rr) == len(tr) && ro.Ended() == to.Ended():
		return nil, nil // both stopped the same way
	default:
		mm.Ended = fmt.Sprintf("%s: %s; %s: %s", c.Ref.Name(), c.endedIn(ro, len(rr) == 0), c.Test.Name(), c.endedIn(to, len(tr) == 0))
		if len(rr) == 1 {
			mm.RefResult = &rr[0]
		}
		if len(tr) == 1 {
			mm.TestResult = &tr[0]
		}
	}
	return mm, nil
}

// reduce looks for a shorter sequence with the same kind of disagreement.
func (c *Comparer) reduce(ctx context.Context, mm *Mismatch) {
	if !c.Reduce {
		return
	}
	var last *Mismatch
	r := Reduce(mm.Seq, func(s *Sequence) bool {
		m, err := c.check(ctx, s)
		if err != nil || m == nil || (m.Ended == "") != (mm.Ended == "") {
			return false
		}
		last = m
		return true
	})
	if last != nil && r.Instructions() < mm.Seq.Instructions() {
		mm.Reduced = last
	}
}

// Run generates sequences first ... first+n-1 of cfg in batches of batch
// sequences (one program each), compares them, and merges the reports.
// progress, if not nil, is called with the totals after every batch.
func (c *Comparer) Run(ctx context.Context, cfg Config, first, n, batch int, progress func(Totals)) (*Report, error) {
	if batch < 1 {
		batch = 1000
	}
	rep := &Report{}
	for i := first; i < first+n; i += batch {
		seqs, err := Generate(cfg, i, min(batch, first+n-i))
		if err != nil {
			return rep, err
		}
		r, err := c.Compare(ctx, seqs)
		if err != nil {
			return rep, err
		}
		rep.Totals.Add(r.Totals)
		rep.Mismatches = append(rep.Mismatches, r.Mismatches...)
		rep.Broken = append(rep.Broken, r.Broken...)
		rep.Counts = append(rep.Counts, r.Counts...)
		if progress != nil {
			progress(rep.Totals)
		}
	}
	return rep, nil
}
