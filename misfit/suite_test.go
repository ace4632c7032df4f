package misfit_test

import (
	"bytes"
	"context"
	"fmt"
	"math"
	"strings"
	"testing"

	"graftlab/misfit"
	"graftlab/misfit/internal/harness"
	"graftlab/misfit/suite"
	"graftlab/misfit/verify"
)

// graft is one kernel of the suite: its name and entry; suite.Case gives
// its region and arguments.
type graft struct {
	name  string
	entry string
}

// region is the graft's data region, for the region at base.
func (g graft) region(base uint32) []byte {
	_, r, _, _ := suite.Case(g.name, base)
	return r
}

// args gives a0-a3 for the region at base.
func (g graft) args(base uint32) [4]uint32 {
	_, _, a, _ := suite.Case(g.name, base)
	return a
}

var grafts = func() []graft {
	var gs []graft
	for _, name := range suite.Grafts {
		entry, _, _, _ := suite.Case(name, 0)
		gs = append(gs, graft{name, entry})
	}
	return gs
}()

// The region offsets and the hash function, as the cases use them.
const (
	bufOff  = suite.BufOff
	buf2Off = suite.Buf2Off
	tabOff  = suite.TabOff
)

var htHash = suite.HashKey

func graftObject(t testing.TB, name string) []byte {
	b, err := suite.Object(name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func runCase(t testing.TB, obj []byte, g graft) *harness.Run {
	t.Helper()
	x, err := harness.Link(obj)
	if err != nil {
		t.Fatalf("%s: link: %v", g.name, err)
	}
	var base uint32
	for _, s := range x.Symbols {
		if s.Name == "sandbox" {
			base = s.Value
		}
	}
	c := harness.Case{Entry: g.entry, Region: g.region(base), Args: g.args}
	run, err := harness.Execute(context.Background(), x, c, harness.Options{})
	if err != nil {
		t.Fatalf("%s: %v", g.name, err)
	}
	if run.Status == 0 {
		if g.name == "xor" {
			if !bytes.Equal(run.Region[bufOff:bufOff+4096], expectedXor(c.Region)) {
				t.Errorf("%s: the buffer is not the expected ciphertext", g.name)
			}
		} else if want := expected(g, c.Region, base); run.Result != want {
			t.Errorf("%s: result %#x, want %#x (computed in Go)", g.name, run.Result, want)
		}
	}
	return run
}

// TestSuite runs every graft unrewritten and rewritten under both policies,
// and requires the same result, the same sandbox contents, no escape, and
// that the verifier accepts the rewritten object.
func TestSuite(t *testing.T) {
	type row struct {
		name                 string
		base, sandbox, check uint64
	}
	var rows []row
	for _, g := range grafts {
		obj := graftObject(t, g.name)
		orig := runCase(t, obj, g)
		if orig.Status != 0 || orig.Fault != nil || len(orig.Escapes) > 0 {
			t.Fatalf("%s: original: status %d fault %v escapes %v", g.name, orig.Status, orig.Fault, orig.Escapes)
		}
		r := row{name: g.name, base: orig.Cycles}
		for _, pol := range []misfit.Policy{misfit.Sandbox, misfit.Check} {
			res, err := misfit.Rewrite(obj, misfit.Options{Policy: pol})
			if err != nil {
				t.Fatalf("%s/%v: %v", g.name, pol, err)
			}
			if _, err := verify.Verify(res.Object, verify.Options{}); err != nil {
				t.Fatalf("%s/%v: verify: %v", g.name, pol, err)
			}
			run := runCase(t, res.Object, g)
			if run.Status != 0 || run.Fault != nil || len(run.Escapes) > 0 {
				t.Fatalf("%s/%v: status %d fault %v escapes %v", g.name, pol, run.Status, run.Fault, run.Escapes)
			}
			if run.Result != orig.Result {
				t.Errorf("%s/%v: result %#x, original %#x", g.name, pol, run.Result, orig.Result)
			}
			// The stack area differs (saved return addresses); compare below
			// it. ops stores its function pointers (code addresses, which
			// move) at bufOff.
			a, b := run.Region[:0xf000], orig.Region[:0xf000]
			if g.name == "ops" {
				a, b = bytes.Clone(a), bytes.Clone(b)
				clear(a[bufOff : bufOff+16])
				clear(b[bufOff : bufOff+16])
			}
			if !bytes.Equal(a, b) {
				t.Errorf("%s/%v: sandbox contents differ from the original's", g.name, pol)
			}
			if pol == misfit.Sandbox {
				r.sandbox = run.Cycles
			} else {
				r.check = run.Cycles
			}
		}
		rows = append(rows, r)
	}
	var sb strings.Builder
	gs, gc := 1.0, 1.0
	for _, r := range rows {
		os := 100 * (float64(r.sandbox)/float64(r.base) - 1)
		oc := 100 * (float64(r.check)/float64(r.base) - 1)
		gs *= float64(r.sandbox) / float64(r.base)
		gc *= float64(r.check) / float64(r.base)
		fmt.Fprintf(&sb, "%-6s base %7d  sandbox %7d (%+6.1f%%)  check %7d (%+6.1f%%)\n", r.name, r.base, r.sandbox, os, r.check, oc)
	}
	n := float64(len(rows))
	fmt.Fprintf(&sb, "geomean overhead: sandbox %+.1f%%, check %+.1f%%\n", 100*(math.Pow(gs, 1/n)-1), 100*(math.Pow(gc, 1/n)-1))
	t.Logf("cycles on dec5000 (entry to return):\n%s", sb.String())
}
