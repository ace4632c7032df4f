package difftest

import (
	"context"
	"os"
	"testing"
)

func TestScratch(t *testing.T) {
	seqs, err := Generate(DefaultConfig(1), 0, 200)
	if err != nil {
		t.Fatal(err)
	}
	p, err := Build(seqs)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile("/tmp/dt/prog", p.ELF, 0o755)
	q, err := FindQEMU()
	if err != nil {
		t.Skip(err)
	}
	out, err := q.Run(context.Background(), p.ELF)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%s %s", out.Ended(), out.Stderr)
	res, err := p.Parse(out.Stdout)
	t.Logf("%d results, err %v", len(res), err)
	bad := 0
	for i, r := range res {
		if d := ModelDiff(seqs[i], r); len(d) > 0 {
			bad++
			if bad < 4 {
				t.Errorf("seq %d: %v", i, d)
			}
		}
	}
	t.Logf("bad %d", bad)
}

func TestScratchList(t *testing.T) {
	seqs, _ := Generate(DefaultConfig(1), 0, 200)
	p, _ := Build(seqs)
	t.Logf("bases %v code %#x buf %#x", seqs[36].Bases, p.Code[36], p.Buffer[36])
	for _, l := range seqs[36].Listing(p.Code[36]) {
		t.Log(l)
	}
}
