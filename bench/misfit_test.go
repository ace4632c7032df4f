package bench

import (
	"bytes"
	"context"
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// The misfit.* rows on dec5000: unrewritten cycles, rewritten cycles,
// rewritten instructions, cycles added per checked operation (micro rows).
// testdata/misfit/cycles.txt has the user-mode figures; doc/bench.md, "MiSFIT
// rows", explains the differences.
var misfitGolden = map[string]struct {
	base, cycles, instructions, added float64
}{
	"misfit.load":              {10107, 18189, 18011, 2.0205},
	"misfit.store":             {32025, 32138, 16011, 0.02825},
	"misfit.icall":             {6054, 18172, 18014, 6.026},
	"misfit.xor4k":             {54381, 76950, 61446, 0},
	"misfit.suite.xor":         {54381, 76950, 61446, 0},
	"misfit.suite.cksum":       {32942, 37072, 26640, 0},
	"misfit.suite.hash":        {36063, 44827, 25929, 0},
	"misfit.suite.lru":         {105199, 109493, 36815, 0},
	"misfit.suite.pkt":         {12366, 13675, 7321, 0},
	"misfit.suite.ops":         {15312, 25488, 22556, 0},
	"misfit.load.check":        {10107, 26221, 26011, 4.0285},
	"misfit.store.check":       {32025, 32180, 24011, 0.03875},
	"misfit.icall.check":       {6054, 18172, 18014, 6.026},
	"misfit.xor4k.check":       {54381, 84130, 69638, 0},
	"misfit.suite.xor.check":   {54381, 84130, 69638, 0},
	"misfit.suite.cksum.check": {32942, 41184, 30736, 0},
	"misfit.suite.hash.check":  {36063, 53573, 34627, 0},
	"misfit.suite.lru.check":   {105199, 115754, 49081, 0},
	"misfit.suite.pkt.check":   {12366, 14533, 8035, 0},
	"misfit.suite.ops.check":   {15312, 29549, 26566, 0},
}

// misfitIDs lists the misfit rows in table order.
func misfitIDs() []string {
	var ids []string
	for _, s := range Scenarios() {
		if s.Misfit != nil {
			ids = append(ids, s.ID)
		}
	}
	return ids
}

func TestMisfitGolden(t *testing.T) {
	rs, err := RunAll(context.Background(), misfitIDs(), Options{Profile: dec5000(t)})
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) != len(misfitGolden)+2 {
		t.Fatalf("%d misfit rows, want %d", len(rs), len(misfitGolden)+2)
	}
	ratio := map[string]float64{} // policy suffix -> product of the suite's ratios
	for _, r := range rs {
		if r.BaselineCycles == nil || r.OverheadPercent == nil {
			t.Fatalf("%s: no baseline or overhead", r.ID)
		}
		suffix := ""
		if strings.HasSuffix(r.ID, ".check") {
			suffix = ".check"
		}
		if r.ID == "misfit.suite"+suffix {
			// The geometric means: the overhead is the geometric mean of
			// the grafts' ratios, and the cycles are those of the rows.
			want := 100 * (math.Pow(ratio[suffix], 1/float64(len(SuiteGrafts))) - 1)
			if math.Abs(*r.OverheadPercent-want) > 1e-9 || math.Abs(r.Cycles / *r.BaselineCycles - 1 - want/100) > 1e-9 {
				t.Errorf("%s: overhead %v%%, want %v%% from the graft rows", r.ID, *r.OverheadPercent, want)
			}
			text := map[string]string{"": "24.9", ".check": "38.9"}[suffix]
			if got := strconv.FormatFloat(*r.OverheadPercent, 'f', 1, 64); got != text {
				t.Errorf("%s: overhead %s%%, want %s%%", r.ID, got, text)
			}
			continue
		}
		want, ok := misfitGolden[r.ID]
		if !ok {
			t.Fatalf("no golden figures for %s", r.ID)
		}
		if *r.BaselineCycles != want.base || r.Cycles != want.cycles || r.Instructions != want.instructions {
			t.Errorf("%s: %v → %v cycles, %v instructions; want %v → %v, %v", r.ID, *r.BaselineCycles, r.Cycles, r.Instructions, want.base, want.cycles, want.instructions)
		}
		if ov := 100 * (want.cycles/want.base - 1); *r.OverheadPercent != ov {
			t.Errorf("%s: overhead %v%%, want %v%%", r.ID, *r.OverheadPercent, ov)
		}
		switch {
		case want.added != 0 && (r.AddedPerOp == nil || *r.AddedPerOp != want.added):
			t.Errorf("%s: added per op %v, want %v", r.ID, r.AddedPerOp, want.added)
		case want.added == 0 && r.AddedPerOp != nil:
			t.Errorf("%s: added per op %v on a graft row", r.ID, *r.AddedPerOp)
		}
		if strings.HasPrefix(r.ID, "misfit.suite.") {
			if ratio[suffix] == 0 {
				ratio[suffix] = 1
			}
			ratio[suffix] *= r.Cycles / *r.BaselineCycles
		}
	}
	var b bytes.Buffer
	if err := WriteText(&b, rs); err != nil {
		t.Fatal(err)
	}
	for _, line := range []string{
		"misfit.load                    10107        18189      80.0%      2.02  VINO 2–5 cycles per load/store",
		"misfit.suite                   32980        41185      24.9%         —  MiSFIT ~10 %, NaCl < 7 %",
		"misfit.suite.ops.check         15312        29549      93.0%         —  —",
	} {
		if !strings.Contains(b.String(), line) {
			t.Errorf("text table lacks %q:\n%s", line, b.String())
		}
	}
}

func TestMisfitDeterministic(t *testing.T) {
	ids := []string{"misfit.icall", "misfit.suite.check"}
	a, err := RunAll(context.Background(), ids, Options{})
	if err != nil {
		t.Fatal(err)
	}
	b, err := RunAll(context.Background(), ids, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(a, b); d != "" {
		t.Errorf("two runs differ (-first +second):\n%s", d)
	}
}
