package difftest

import (
	"context"
	"flag"
	"os"
	"strconv"
	"testing"

	"graftlab/cpu"
	"graftlab/internal/tools"
	"graftlab/isa"
	"graftlab/user"
)

var update = flag.Bool("update", false, "record the qemu corpus in testdata (needs qemu-mipsel)")

// qemuOrSkip returns qemu-mipsel, or skips the test.
func qemuOrSkip(t *testing.T) *QEMU {
	t.Helper()
	q, err := FindQEMU()
	if err != nil {
		tools.Missing(t, "qemu-mipsel", err)
	}
	return q
}

// sequences is the number of sequences a differential test runs:
// GRAFTLAB_DIFF_SEQUENCES, or def.
func sequences(t *testing.T, def int) int {
	t.Helper()
	v := os.Getenv("GRAFTLAB_DIFF_SEQUENCES")
	if v == "" {
		if testing.Short() {
			return def / 10
		}
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 {
		t.Fatalf("GRAFTLAB_DIFF_SEQUENCES=%q is not a positive number", v)
	}
	return n
}

// check fails t for every mismatch and broken sequence of rep.
func check(t *testing.T, rep *Report) {
	t.Helper()
	for i, m := range rep.Mismatches {
		if i == 5 {
			t.Errorf("... and %d more mismatches", len(rep.Mismatches)-i)
			break
		}
		t.Errorf("%s", m)
	}
	for i, b := range rep.Broken {
		if i == 5 {
			t.Errorf("... and %d more broken sequences", len(rep.Broken)-i)
			break
		}
		t.Errorf("generator: %s", b)
	}
	for _, c := range rep.Counts {
		t.Error(c)
	}
}

// TestDifferentialQEMU compares graftlab's user mode with qemu-mipsel on
// random sequences (5000, about 1.5 million instructions, unless
// GRAFTLAB_DIFF_SEQUENCES says otherwise), and checks qemu's results
// against every value the generator's model knows.
func TestDifferentialQEMU(t *testing.T) {
	q := qemuOrSkip(t)
	n := sequences(t, 5000)
	c := &Comparer{Ref: q, Test: &Graftlab{}, Reduce: true}
	rep, err := c.Run(context.Background(), DefaultConfig(1), 0, n, 1000, nil)
	if err != nil {
		t.Fatal(err)
	}
	check(t, rep)
	t.Logf("qemu-mipsel vs graftlab, seed 1: %v", rep.Totals)
}

// TestFindsPlantedFault plants a fault in graftlab (every sb stores its
// byte with bit 0 flipped) and checks that the comparison finds it and
// reduces each mismatch to a lone sb.
func TestFindsPlantedFault(t *testing.T) {
	q := qemuOrSkip(t)
	faulty := &Graftlab{Prepare: func(p *user.Process) {
		p.Machine.AddMemHook(cpu.MemWrite, cpu.Range{}, func(m *cpu.Machine, ev cpu.MemEvent) {
			if ev.Size == 1 {
				if err := p.WriteMemory(ev.VAddr, []byte{byte(ev.Value) ^ 1}); err != nil {
					t.Error(err)
				}
			}
		})
	}}
	c := &Comparer{Ref: q, Test: faulty, Reduce: true}
	seqs := generateOrFatal(t, 1, 0, 4)
	rep, err := c.Compare(context.Background(), seqs)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Mismatches) != len(seqs) || rep.Agreed != 0 {
		t.Fatalf("%d mismatches, %v", len(rep.Mismatches), rep.Totals)
	}
	for _, m := range rep.Mismatches {
		r := m.Reduced
		if r == nil || len(r.Seq.Items) != 1 || r.Seq.Items[0].Inst.Op != isa.SB {
			t.Errorf("not reduced to a lone sb:\n%s", m)
		}
	}
	t.Logf("%s", rep.Mismatches[0])
}

// TestDifferentialUnicorn compares graftlab with Unicorn (python3-unicorn,
// which runs qemu's MIPS translator in-process) on random sequences: 500,
// or GRAFTLAB_DIFF_SEQUENCES.
func TestDifferentialUnicorn(t *testing.T) {
	u, err := FindUnicorn()
	if err != nil {
		tools.Missing(t, "unicorn", err)
	}
	n := sequences(t, 500)
	c := &Comparer{Ref: u, Test: &Graftlab{}, Reduce: true}
	rep, err := c.Run(context.Background(), DefaultConfig(2), 0, n, 1000, nil)
	if err != nil {
		t.Fatal(err)
	}
	check(t, rep)
	t.Logf("unicorn vs graftlab, seed 2: %v", rep.Totals)
}
