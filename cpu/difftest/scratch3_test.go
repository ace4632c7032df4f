package difftest

import (
	"context"
	"testing"
	"time"
)

func TestScratchGraftlab(t *testing.T) {
	seqs, _ := Generate(DefaultConfig(1), 0, 1000)
	p, err := Build(seqs)
	if err != nil {
		t.Fatal(err)
	}
	q, _ := FindQEMU()
	start := time.Now()
	qo, err := q.Run(context.Background(), p.ELF)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("qemu %v", time.Since(start))
	start = time.Now()
	g := &Graftlab{}
	gout, err := g.Run(context.Background(), p.ELF)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("graftlab %v %s %s", time.Since(start), gout.Ended(), gout.Stderr)
	qr, _ := p.Parse(qo.Stdout)
	gr, err := p.Parse(gout.Stdout)
	t.Logf("%d %d %v", len(qr), len(gr), err)
	bad := 0
	for i := range min(len(qr), len(gr)) {
		if d := Diff(seqs[i], qr[i], gr[i]); len(d) > 0 {
			bad++
			if bad < 6 {
				t.Errorf("seq %d: %+v", i, d)
			}
		}
	}
	t.Logf("bad %d", bad)
}
