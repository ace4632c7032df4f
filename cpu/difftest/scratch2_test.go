package difftest

import (
	"context"
	"testing"
)

func TestScratchMany(t *testing.T) {
	q, _ := FindQEMU()
	for seed := uint64(1); seed <= 5; seed++ {
		seqs, _ := Generate(DefaultConfig(seed), 0, 1000)
		p, err := Build(seqs)
		if err != nil {
			t.Fatal(err)
		}
		out, err := q.Run(context.Background(), p.ELF)
		if err != nil {
			t.Fatal(err)
		}
		res, err := p.Parse(out.Stdout)
		bad, known, total, ins, ex := 0, 0, 0, 0, 0
		for i, r := range res {
			s := seqs[i]
			ins += s.Instructions()
			ex += s.Executed
			for reg := 1; reg < 32; reg++ {
				total++
				if s.model.known[reg] {
					known++
				}
			}
			if d := ModelDiff(seqs[i], r); len(d) > 0 {
				bad++
				if bad < 4 {
					t.Errorf("seq %d: %v", i, d)
				}
			}
		}
		t.Logf("seed %d: %s, %d results err %v, bad %d, known regs %d/%d, ins %d exec %d, elf %d", seed, out.Ended(), len(res), err, bad, known, total, ins, ex, len(p.ELF))
	}
}
