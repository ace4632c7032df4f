package misfit_test

import (
	"context"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"graftlab/misfit"
	"graftlab/misfit/internal/harness"
	"graftlab/misfit/suite"
)

// cycles runs obj's case and returns the cycles from entry to return.
func cycles(t *testing.T, obj []byte, c harness.Case) uint64 {
	t.Helper()
	run, err := harness.RunObject(context.Background(), obj, c, harness.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if run.Status != 0 || len(run.Escapes) > 0 || run.Fault != nil {
		t.Fatalf("%s: status %d, escapes %v, fault %v", c.Entry, run.Status, run.Escapes, run.Fault)
	}
	return run.Cycles
}

func rewrite(t *testing.T, obj []byte, opt misfit.Options) []byte {
	t.Helper()
	res, err := misfit.Rewrite(obj, opt)
	if err != nil {
		t.Fatal(err)
	}
	return res.Object
}

func pct(x, base uint64) float64 { return 100 * (float64(x)/float64(base) - 1) }

// TestCycles measures, on the dec5000 profile, the cycles each check adds
// (micro kernels) and each graft's overhead under both policies and with
// each optimisation turned off, and compares the report with
// testdata/misfit/cycles.txt (go test ./misfit -run TestCycles -update).
func TestCycles(t *testing.T) {
	var b strings.Builder
	fmt.Fprintf(&b, "# MiSFIT overheads on the dec5000 profile, cycles from graft entry to return.\n")
	fmt.Fprintf(&b, "# Regenerate: go test ./misfit -run TestCycles -update\n\n")

	const iters = 1000
	fmt.Fprintf(&b, "%-8s %8s %8s %8s %14s %14s\n", "micro", "base", "sandbox", "check", "sandbox/op", "check/op")
	per := map[string]float64{}
	for _, m := range []struct {
		name string
		ops  int
	}{{"load", 4 * iters}, {"store", 4 * iters}, {"call", iters}, {"icall", iters}} {
		obj, err := suite.MicroObject(m.name)
		if err != nil {
			t.Fatal(err)
		}
		c := harness.Case{Entry: "graft", Args: func(base uint32) [4]uint32 { return [4]uint32{base + 0x1000, iters, base + 0x2000} }}
		base := cycles(t, obj, c)
		// Reuse off: every access gets its own sequence.
		s := cycles(t, rewrite(t, obj, misfit.Options{Policy: misfit.Sandbox, NoReuse: true}), c)
		k := cycles(t, rewrite(t, obj, misfit.Options{Policy: misfit.Check, NoReuse: true}), c)
		ps, pk := float64(s-base)/float64(m.ops), float64(k-base)/float64(m.ops)
		per[m.name+"/s"], per[m.name+"/k"] = ps, pk
		fmt.Fprintf(&b, "%-8s %8d %8d %8d %14.2f %14.2f\n", m.name, base, s, k, ps, pk)
	}
	fmt.Fprintf(&b, "%-8s %8s %8s %8s %14.2f %14.2f\n", "jalr", "", "", "", per["icall/s"]-per["call/s"], per["icall/k"]-per["call/k"])
	{
		// The sp optimisation: 4 sp-relative accesses per iteration, checked
		// at each use (nosp) or not at all (sp is checked where it changes).
		obj, err := suite.MicroObject("stack")
		if err != nil {
			t.Fatal(err)
		}
		c := harness.Case{Entry: "graft", Args: func(base uint32) [4]uint32 { return [4]uint32{base + 0x1000, iters, base + 0x2000} }}
		base := cycles(t, obj, c)
		fmt.Fprintf(&b, "%-8s %8d", "stack", base)
		for _, opt := range []misfit.Options{
			{Policy: misfit.Sandbox, NoReuse: true}, {Policy: misfit.Sandbox, NoReuse: true, NoSPOpt: true},
			{Policy: misfit.Check, NoReuse: true}, {Policy: misfit.Check, NoReuse: true, NoSPOpt: true},
		} {
			n := cycles(t, rewrite(t, obj, opt), c)
			fmt.Fprintf(&b, " %8d", n)
		}
		fmt.Fprintf(&b, "\n(stack: base, then sandbox, sandbox-nosp, check, check-nosp, reuse off)\n")
	}
	fmt.Fprintf(&b, "(per op, with reuse off: load and store per checked access; call per checked\n return; icall per indirect call with its return; jalr = icall - call)\n\n")

	fmt.Fprintf(&b, "%-6s %8s %16s %16s %16s %16s %16s %16s %16s\n", "graft", "base", "sandbox", "check", "sandbox-noreuse", "check-noreuse", "sandbox-nosp", "sandbox-noguard", "sandbox-noleaf")
	variants := []misfit.Options{
		{Policy: misfit.Sandbox}, {Policy: misfit.Check},
		{Policy: misfit.Sandbox, NoReuse: true}, {Policy: misfit.Check, NoReuse: true}, {Policy: misfit.Sandbox, NoSPOpt: true}, {Policy: misfit.Sandbox, NoGuard: true},
		{Policy: misfit.Sandbox, NoLeaf: true},
	}
	geo := make([]float64, len(variants))
	for i := range geo {
		geo[i] = 1
	}
	for _, g := range grafts {
		obj := graftObject(t, g.name)
		x, err := harness.Link(obj)
		if err != nil {
			t.Fatal(err)
		}
		var base0 uint32
		for _, s := range x.Symbols {
			if s.Name == "sandbox" {
				base0 = s.Value
			}
		}
		c := harness.Case{Entry: g.entry, Region: g.region(base0), Args: g.args}
		base := cycles(t, obj, c)
		fmt.Fprintf(&b, "%-6s %8d", g.name, base)
		for i, opt := range variants {
			n := cycles(t, rewrite(t, obj, opt), c)
			geo[i] *= float64(n) / float64(base)
			fmt.Fprintf(&b, " %7d %+6.1f%%", n, pct(n, uint64(base)))
		}
		fmt.Fprintln(&b)
	}
	fmt.Fprintf(&b, "%-6s %8s", "geomean", "")
	for i := range variants {
		fmt.Fprintf(&b, " %15s", fmt.Sprintf("%+.1f%%", 100*(math.Pow(geo[i], 1/float64(len(grafts)))-1)))
	}
	fmt.Fprintln(&b)
	got := b.String()
	t.Logf("\n%s", got)
	name := filepath.Join("..", "testdata", "misfit", "cycles.txt")
	if *update {
		if err := os.WriteFile(name, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Errorf("cycle report differs from %s (run with -update and review):\n%s", name, got)
	}
}
