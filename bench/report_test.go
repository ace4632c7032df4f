package bench

import (
	"bytes"
	"encoding/csv"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func ids(ss []Scenario) []string {
	var out []string
	for _, s := range ss {
		out = append(out, s.ID)
	}
	return out
}

func TestSelect(t *testing.T) {
	for _, c := range []struct {
		patterns []string
		want     []string
	}{
		{[]string{"exc.*.exo"}, []string{"exc.unalign.exo", "exc.overflow.exo", "exc.coproc.exo", "exc.prot.exo"}},
		{[]string{"exc.prot"}, []string{"exc.prot.conv", "exc.prot.exo"}},
		{[]string{"syscall."}, []string{"syscall.conv", "syscall.exo", "syscall.exo.stack"}},
		// In the order asked, each once.
		{[]string{"tlb.refill", "call", "syscall", "call"}, []string{"tlb.refill", "call", "syscall.conv", "syscall.exo", "syscall.exo.stack"}},
		{[]string{"ipc.*.exo"}, []string{"ipc.shm.exo", "ipc.pipe.exo", "ipc.pipe.inline.exo", "ipc.tlrpc.exo", "ipc.lrpc.exo"}},
		// An id is itself even when it is a prefix of others.
		{[]string{"misfit.suite"}, []string{"misfit.suite"}},
		{[]string{"misfit.suite.*.check"}, []string{"misfit.suite.xor.check", "misfit.suite.cksum.check", "misfit.suite.hash.check",
			"misfit.suite.lru.check", "misfit.suite.pkt.check", "misfit.suite.ops.check"}},
		{[]string{"misfit.?call"}, []string{"misfit.icall"}},
	} {
		got, err := Select(c.patterns)
		if err != nil {
			t.Errorf("%q: %v", c.patterns, err)
			continue
		}
		if d := cmp.Diff(c.want, ids(got)); d != "" {
			t.Errorf("%q (-want +got):\n%s", c.patterns, d)
		}
	}
	all, _ := Select(nil)
	if d := cmp.Diff(ids(Scenarios()), ids(all)); d != "" {
		t.Errorf("no patterns: not every row in table order:\n%s", d)
	}
	for _, c := range []struct{ pattern, err string }{
		{"nope", `bench: no scenario matches "nope"`},
		{"ex", `bench: no scenario matches "ex"`},
		{"exc.[", `bench: bad pattern "exc.[": syntax error in pattern`},
	} {
		if _, err := Select([]string{c.pattern}); err == nil || err.Error() != c.err {
			t.Errorf("%q: %v, want %q", c.pattern, err, c.err)
		}
	}
}

// Rows as the harness makes them, without running it.
func fakeRows() (kernelRow, microRow, suiteRow Result) {
	ref, base, ov, added, dm := 0.28, 10107.0, 79.96438112199466, 2.0205, 0.0
	kernelRow = Result{ID: "call", Name: "null procedure call", Personality: "conventional", Profile: "dec5000", Iterations: 1000,
		Cycles: 4, Instructions: 4, Micros: 0.16, Reference: &ref, ReferenceSource: srcAegis, DCacheMisses: &dm}
	microRow = Result{ID: "misfit.load", Name: "load micro kernel, one call (4000 checked loads), sandboxing",
		Personality: "graft kernel", Profile: "dec5000", Iterations: 1, Cycles: 18189, Instructions: 18011, Micros: 727.56, Stalls: 178,
		BaselineCycles: &base, OverheadPercent: &ov, CheckedOps: 4000, AddedPerOp: &added, ReferenceText: refLdSt, ReferenceSource: srcVINO}
	sb, sov := 32980.4, 24.87
	suiteRow = Result{ID: "misfit.suite", Name: "suite", Personality: "graft kernel", Profile: "dec5000", Iterations: 6,
		Cycles: 41185.2, Micros: 1647.408, BaselineCycles: &sb, OverheadPercent: &sov, ReferenceText: refSuite, ReferenceSource: srcVINO}
	return
}

// TestTextSections: a selection of MiSFIT rows prints no kernel table and
// no note about the kernel's references, and the other way round.
func TestTextSections(t *testing.T) {
	k, _, s := fakeRows()
	var b bytes.Buffer
	if err := WriteText(&b, []Result{s}); err != nil {
		t.Fatal(err)
	}
	want := "graftlab bench: profile dec5000\n\n" +
		"MiSFIT grafts in system mode (graft kernel, kseg0): cycles from the graft's entry to its return\n\n" +
		"id            unrewritten   rewritten   overhead  added/op  reference\n" +
		"misfit.suite       32980        41185      24.9%         —  MiSFIT ~10 %, NaCl < 7 %\n" +
		"(.check: the checking policy; others sandbox. VINO: Seltzer et al., OSDI 1996; see doc/bench.md, \"MiSFIT rows\")\n"
	if d := cmp.Diff(want, b.String()); d != "" {
		t.Errorf("misfit.suite alone (-want +got):\n%s", d)
	}
	b.Reset()
	if err := WriteText(&b, []Result{k}); err != nil {
		t.Fatal(err)
	}
	want = "graftlab bench: profile dec5000\n\n" +
		"kernel paths in system mode: cycles, instructions, stalls, data-cache misses and µs per operation\n\n" +
		"id      cycles  instructions   stalls  D-misses       µs  reference  source\n" +
		"call         4             4        0         0     0.16  0.28 µs    Aegis\n" +
		"(reference: Aegis and Ultrix on a DECstation 5000/125 at 25 MHz, Engler, Kaashoek and O'Toole, SOSP 1995 [EKO95]; see doc/bench.md)\n"
	if d := cmp.Diff(want, b.String()); d != "" {
		t.Errorf("call alone (-want +got):\n%s", d)
	}
}

// TestCSVMisfitColumns: a micro row's cycles are those of its one call
// (iterations 1), and the checked operations and the cycles added to each
// have columns of their own; a column that does not apply is empty.
func TestCSVMisfitColumns(t *testing.T) {
	k, m, _ := fakeRows()
	var b bytes.Buffer
	if err := WriteCSV(&b, []Result{k, m}); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&b).ReadAll()
	if err != nil || len(recs) != 3 {
		t.Fatalf("%v, %d records", err, len(recs))
	}
	row := func(i int) map[string]string {
		r := map[string]string{}
		for j, h := range recs[0] {
			r[h] = recs[i][j]
		}
		return r
	}
	want := map[string]string{
		"id": "misfit.load", "name": "load micro kernel, one call (4000 checked loads), sandboxing",
		"personality": "graft kernel", "profile": "dec5000", "iterations": "1", "cycles": "18189", "instructions": "18011",
		"micros": "727.56", "stalls": "178", "dispatch_instructions": "", "reference": "", "reference_instructions": "",
		"reference_source": srcVINO, "baseline_cycles": "10107", "overhead_percent": "79.96438112199466",
		"checked_ops": "4000", "added_cycles_per_op": "2.0205", "reference_text": refLdSt,
		"dcache_misses": "",
	}
	if d := cmp.Diff(want, row(2)); d != "" {
		t.Errorf("misfit.load (-want +got):\n%s", d)
	}
	if r := row(1); r["checked_ops"] != "" || r["dispatch_instructions"] != "" || r["reference"] != "0.28" {
		t.Errorf("call: %v", r)
	}
}

// TestSVGPanels: the MiSFIT rows have a panel and an axis of their own, each
// rewritten bar beside its baseline bar, and every value label of a panel
// has one form.
func TestSVGPanels(t *testing.T) {
	k, m, s := fakeRows()
	var b bytes.Buffer
	if err := WriteSVG(&b, []Result{k, m, s}); err != nil {
		t.Fatal(err)
	}
	svg := b.String()
	for _, want := range []string{
		">kernel paths: µs per operation (log scale)</text>",
		">MiSFIT: cycles of one graft call, rewritten against unrewritten (= 100 %, linear scale)</text>",
		// The axis: 0 to 200 % (the largest bar is 180 %), 540 pixels.
		`<text x="790.0" y="`, ">200 %</text>",
		// misfit.load: the baseline at 100 %, the rewritten bar at 180 %.
		`<rect class="baseline" x="250" y="`, `width="270.0" height="8"`,
		`<rect class="rewritten" x="250" y="`, `width="485.9" height="13"`,
		">18189 cycles (80.0 % more)</text>", ">10107 cycles</text>",
		">41185 cycles (24.9 % more)</text>", ">32980 cycles</text>",
		">0.16 µs</text>", ">0.28 µs</text>",
	} {
		if !strings.Contains(svg, want) {
			t.Errorf("svg lacks %q", want)
		}
	}
	// MiSFIT rows are not drawn on the µs axis.
	if n := strings.Count(svg, `class="micros"`); n != 1 {
		t.Errorf("%d bars on the µs axis, want 1", n)
	}
	labels := regexp.MustCompile(`<text class="value"[^>]*>([^<]*)</text>`).FindAllStringSubmatch(svg, -1)
	form := regexp.MustCompile(`^(\d+\.\d\d µs|\d+ cycles|\d+ cycles \(\d+\.\d % more\))$`)
	if len(labels) != 6 {
		t.Errorf("%d value labels, want 6", len(labels))
	}
	for _, l := range labels {
		if !form.MatchString(l[1]) {
			t.Errorf("value label %q is not in one of the forms", l[1])
		}
	}
}
