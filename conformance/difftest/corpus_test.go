package difftest

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// The corpus: qemu's results for the first 200 sequences of seed 1.
const (
	corpusFile      = "testdata/qemu-seed1.txt"
	corpusSequences = 200
)

func corpusProgram(t *testing.T) *Program {
	t.Helper()
	seqs, err := Generate(DefaultConfig(1), 0, corpusSequences)
	if err != nil {
		t.Fatal(err)
	}
	p, err := Build(seqs)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestCorpusQEMU checks graftlab against qemu's recorded results, so that
// go test needs no qemu. With -update (and qemu-mipsel installed) it
// records them again, which is needed whenever the generator, Build or
// the linker changes the program.
func TestCorpusQEMU(t *testing.T) {
	p := corpusProgram(t)
	ctx := context.Background()
	if *update {
		q := qemuOrSkip(t)
		out, err := q.Run(ctx, p.ELF)
		if err != nil {
			t.Fatal(err)
		}
		res, err := p.Parse(out.Stdout)
		if err != nil || len(res) != len(p.Seqs) || out.Status != 0 || out.Signal != "" {
			t.Fatalf("qemu: %d results, %s, %v: %s", len(res), out.Ended(), err, out.Stderr)
		}
		var buf bytes.Buffer
		header := []string{
			"qemu-mipsel -cpu 4Kc results for sequences 0-199 of seed 1 (DefaultConfig), built by Build",
			"into one program. Regenerate: go test ./conformance/difftest -run TestCorpusQEMU -update",
		}
		if err := WriteCorpus(&buf, p, res, header); err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Dir(corpusFile), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(corpusFile, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	f, err := os.Open(corpusFile)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	want, err := ReadCorpus(f, p)
	if errors.Is(err, ErrStaleCorpus) {
		t.Fatalf("%v: run go test ./conformance/difftest -run TestCorpusQEMU -update with qemu-mipsel installed", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	out, err := (&Graftlab{}).Run(ctx, p.ELF)
	if err != nil {
		t.Fatal(err)
	}
	got, err := p.Parse(out.Stdout)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) {
		t.Fatalf("graftlab ran %d of %d sequences: %s\n%s", len(got), len(want), out.Ended(), out.Stderr)
	}
	var tot Totals
	for i, s := range p.Seqs {
		tot.Sequences++
		tot.Instructions += s.Instructions()
		tot.Executed += s.Executed
		if d := Diff(s, want[i], got[i]); len(d) > 0 {
			m := &Mismatch{Seq: s, Code: p.Code[i], Buffer: p.Buffer[i], Ref: "qemu (recorded)", Test: "graftlab",
				RefResult: &want[i], TestResult: &got[i], Diffs: d}
			t.Errorf("%s", m)
			continue
		}
		if d := ModelDiff(s, want[i]); len(d) > 0 {
			t.Errorf("generator: %s", &Broken{Seq: s, Reason: "the recorded results contradict the model", Diffs: d})
		}
		tot.Agreed++
		tot.AgreedInstructions += s.Instructions()
		tot.AgreedExecuted += s.Executed
	}
	t.Logf("graftlab vs recorded qemu results: %v", tot)
}
