package bench

import (
	"context"
	"strings"
	"testing"
)

// The vino.* rows on dec5000: cycles and instructions per invocation. A
// change here is a change in VINO's paths: explain it in doc/bench.md.
var goldenVino = map[string][2]float64{
	"vino.load":                 {3.649704e+06, 2.112716e+06},
	"vino.load.verify":          {3.390547e+06, 2.044749e+06},
	"vino.load.link":            {147373, 35876},
	"vino.txn.begin":            {301.9375, 147},
	"vino.txn.commit":           {93.2734375, 87.5},
	"vino.txn.abort":            {118.359375, 114},
	"vino.lock":                 {120.859375, 115},
	"vino.graft.sched.begin":    {300.2265625, 147},
	"vino.graft.sched.commit":   {99.734375, 93},
	"vino.graft.sched.lock":     {123.9609375, 115},
	"vino.graft.sched.graft":    {65.6953125, 58.0859375},
	"vino.graft.sched.indir":    {0, 0},
	"vino.graft.sched.sfi":      {13.8125, 13.1953125},
	"vino.graft.sched.total":    {603.4296875, 426.28125},
	"vino.graft.encrypt.begin":  {307.46875, 147},
	"vino.graft.encrypt.commit": {133.453125, 82},
	"vino.graft.encrypt.lock":   {0, 0},
	"vino.graft.encrypt.graft":  {5152.859375, 4617.5625},
	"vino.graft.encrypt.indir":  {0, 0},
	"vino.graft.encrypt.sfi":    {3072.515625, 3074},
	"vino.graft.encrypt.total":  {8666.296875, 7920.5625},
	"vino.graft.ra.begin":       {314.1875, 147},
	"vino.graft.ra.commit":      {104.09375, 93},
	"vino.graft.ra.lock":        {124.390625, 115},
	"vino.graft.ra.graft":       {34, 29.15625},
	"vino.graft.ra.indir":       {0, 0},
	"vino.graft.ra.sfi":         {14.75, 13},
	"vino.graft.ra.total":       {591.421875, 397.15625},
	"vino.graft.vm.begin":       {309.5625, 147},
	"vino.graft.vm.commit":      {103.46875, 93},
	"vino.graft.vm.lock":        {122.890625, 115},
	"vino.graft.vm.graft":       {126.140625, 114.75},
	"vino.graft.vm.indir":       {0, 0},
	"vino.graft.vm.sfi":         {25.125, 27.828125},
	"vino.graft.vm.total":       {687.1875, 497.578125},
}

func TestVinoGolden(t *testing.T) {
	rs, err := RunAll(context.Background(), []string{"vino.*"}, Options{Profile: dec5000(t)})
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) != len(goldenVino) {
		t.Fatalf("%d rows, want %d", len(rs), len(goldenVino))
	}
	for _, r := range rs {
		want, ok := goldenVino[r.ID]
		if !ok || r.Cycles != want[0] || r.Instructions != want[1] {
			t.Errorf("%q: {%v, %v}, want %v", r.ID, r.Cycles, r.Instructions, want)
		}
		if strings.HasPrefix(r.ID, "vino.load") {
			if r.Iterations != 1 {
				t.Errorf("%s: %d loads measured, want 1", r.ID, r.Iterations)
			}
		} else if r.Iterations != VinoInvocations*2 && !strings.HasPrefix(r.ID, "vino.graft.") {
			t.Errorf("%s: %d invocations measured, want %d", r.ID, r.Iterations, 2*VinoInvocations)
		} else if strings.HasPrefix(r.ID, "vino.graft.vm.") && r.Iterations != VinoInvocations {
			t.Errorf("%s: %d evictions measured, want %d", r.ID, r.Iterations, VinoInvocations)
		}
	}
	// The parts add up to the total, as the slides' columns do.
	for _, p := range []string{"sched", "encrypt", "ra", "vm"} {
		sum := 0.0
		var total float64
		for _, r := range rs {
			if rest, ok := strings.CutPrefix(r.ID, "vino.graft."+p+"."); ok {
				if rest == "total" {
					total = r.Cycles
				} else {
					sum += r.Cycles
				}
			}
		}
		if d := sum - total; d > 1e-9 || d < -1e-9 {
			t.Errorf("%s: parts add to %v, total %v", p, sum, total)
		}
	}
}
