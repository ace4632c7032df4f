package difftest

import (
	"context"
	"strings"
	"testing"

	"graftlab/cpu"
	"graftlab/profile"
)

// cutEngine runs graftlab and, on its first run only, keeps just the
// first blocks blocks of the output and reports a signal, as if the
// program had been killed in the next sequence.
type cutEngine struct {
	Graftlab
	blocks, size int
	runs         int
}

func (e *cutEngine) Name() string { return "cut" }

func (e *cutEngine) Run(ctx context.Context, elf []byte) (*Output, error) {
	o, err := e.Graftlab.Run(ctx, elf)
	e.runs++
	if err != nil || e.runs > 1 {
		return o, err
	}
	o.Stdout = o.Stdout[:e.blocks*e.size+10] // and a piece of the next block
	o.Signal, o.Stats = "SIGSEGV", cpu.Stats{}
	return o, nil
}

// TestCompareSelf compares graftlab with itself, which needs no tools:
// everything agrees, and the instruction count matches the model's.
func TestCompareSelf(t *testing.T) {
	seqs := generateOrFatal(t, 4, 0, 30)
	c := &Comparer{Ref: &Graftlab{}, Test: &Graftlab{}}
	rep, err := c.Compare(context.Background(), seqs)
	if err != nil {
		t.Fatal(err)
	}
	check(t, rep)
	want := Totals{Sequences: 30}
	for _, s := range seqs {
		want.Instructions += s.Instructions()
		want.Executed += s.Executed
	}
	want.Agreed, want.AgreedInstructions, want.AgreedExecuted = want.Sequences, want.Instructions, want.Executed
	if rep.Totals != want {
		t.Errorf("totals %v, want %v", rep.Totals, want)
	}
}

// TestCompareStopped checks that a run killed in sequence 7 makes that
// sequence a mismatch and that the sequences after it run again.
func TestCompareStopped(t *testing.T) {
	seqs := generateOrFatal(t, 4, 0, 12)
	cut := &cutEngine{blocks: 7, size: blockSize(len(seqs[0].Buffer))}
	c := &Comparer{Ref: &Graftlab{}, Test: cut}
	rep, err := c.Compare(context.Background(), seqs)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Sequences != 12 || rep.Agreed != 11 || len(rep.Mismatches) != 1 || len(rep.Broken) != 0 || cut.runs != 2 {
		t.Fatalf("%v, %d mismatches, %d broken, %d runs", rep.Totals, len(rep.Mismatches), len(rep.Broken), cut.runs)
	}
	m := rep.Mismatches[0]
	if m.Seq.Index != 7 || m.RefResult == nil || m.TestResult != nil || !strings.Contains(m.Ended, "cut: stopped in the sequence, killed by SIGSEGV") {
		t.Errorf("mismatch:\n%s", m)
	}
}

// TestCorpusRoundTrip writes results as a corpus and reads them back.
func TestCorpusRoundTrip(t *testing.T) {
	seqs := generateOrFatal(t, 5, 0, 3)
	p, err := Build(seqs)
	if err != nil {
		t.Fatal(err)
	}
	out, err := (&Graftlab{}).Run(context.Background(), p.ELF)
	if err != nil {
		t.Fatal(err)
	}
	res, err := p.Parse(out.Stdout)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := WriteCorpus(&b, p, res, []string{"test"}); err != nil {
		t.Fatal(err)
	}
	got, err := ReadCorpus(strings.NewReader(b.String()), p)
	if err != nil {
		t.Fatal(err)
	}
	for i := range res {
		if d := Diff(seqs[i], res[i], got[i]); len(d) > 0 || res[i].Regs != got[i].Regs {
			t.Errorf("sequence %d: %v", i, d)
		}
	}
	other, err := Build(seqs[:2])
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ReadCorpus(strings.NewReader(b.String()), other); err == nil {
		t.Errorf("a corpus of another program was read")
	}
}

// TestEngines compares every registered engine with the reference
// interpreter on generated sequences, under both embedded profiles: the
// same results sequence by sequence, and the same counters (cycles,
// stalls, cache and TLB misses, exceptions) program by program.
func TestEngines(t *testing.T) {
	seqs := generateOrFatal(t, 11, 0, 600)
	for _, name := range []string{"ideal", "dec5000"} {
		prof, err := profile.Lookup(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, eng := range cpu.Engines()[1:] {
			ref, test := &Graftlab{Profile: prof, Engine: cpu.Reference()}, &Graftlab{Profile: prof, Engine: eng}
			c := &Comparer{Ref: ref, Test: test}
			rep, err := c.Compare(context.Background(), seqs)
			if err != nil {
				t.Fatal(err)
			}
			check(t, rep)
			if rep.Agreed != len(seqs) {
				t.Fatalf("%s/%s: %d of %d sequences agreed", name, eng.Name(), rep.Agreed, len(seqs))
			}
			for i := 0; i < len(seqs); i += 100 {
				p, err := Build(seqs[i:min(i+100, len(seqs))])
				if err != nil {
					t.Fatal(err)
				}
				ro, err := ref.Run(context.Background(), p.ELF)
				if err != nil {
					t.Fatal(err)
				}
				fo, err := test.Run(context.Background(), p.ELF)
				if err != nil {
					t.Fatal(err)
				}
				if ro.Stats != fo.Stats {
					t.Errorf("%s: sequences %d-: counters differ:\n interp %+v\n %s   %+v", name, i, ro.Stats, eng.Name(), fo.Stats)
				}
			}
		}
	}
}
