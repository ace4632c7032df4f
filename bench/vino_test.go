package bench

import (
	"context"
	"strings"
	"testing"
)

// The vino.* rows on dec5000: cycles and instructions per invocation. A
// change here is a change in VINO's paths: explain it in doc/bench.md.
var goldenVino = map[string][2]float64{
	"vino.load":                 {3.647228e+06, 2.112413e+06},
	"vino.load.verify":          {3.389151e+06, 2.044749e+06},
	"vino.load.link":            {147292, 35876},
	"vino.txn.begin":            {313.96875, 149.6875},
	"vino.txn.commit":           {93.2734375, 87.5},
	"vino.txn.abort":            {118.71875, 114},
	"vino.lock":                 {162.203125, 115},
	"vino.graft.sched.begin":    {308.96875, 148.34375},
	"vino.graft.sched.commit":   {99.734375, 93},
	"vino.graft.sched.lock":     {123.8828125, 115},
	"vino.graft.sched.graft":    {64.4453125, 57.890625},
	"vino.graft.sched.indir":    {0, 0},
	"vino.graft.sched.sfi":      {13.59375, 13},
	"vino.graft.sched.total":    {610.625, 427.234375},
	"vino.graft.encrypt.begin":  {326.0625, 149.6875},
	"vino.graft.encrypt.commit": {90.140625, 82},
	"vino.graft.encrypt.lock":   {0, 0},
	"vino.graft.encrypt.graft":  {5132.140625, 4617.171875},
	"vino.graft.encrypt.indir":  {0, 0},
	"vino.graft.encrypt.sfi":    {3074.484375, 3074},
	"vino.graft.encrypt.total":  {8622.828125, 7922.859375},
	"vino.graft.ra.begin":       {326.515625, 149.6875},
	"vino.graft.ra.commit":      {103.46875, 93},
	"vino.graft.ra.lock":        {121.015625, 115},
	"vino.graft.ra.graft":       {31.5, 28.765625},
	"vino.graft.ra.indir":       {0, 0},
	"vino.graft.ra.sfi":         {14.75, 13},
	"vino.graft.ra.total":       {597.25, 399.453125},
	"vino.graft.vm.begin":       {324.09375, 137.9375},
	"vino.graft.vm.commit":      {102.875, 93},
	"vino.graft.vm.lock":        {115.453125, 107},
	"vino.graft.vm.graft":       {117.09375, 113.1875},
	"vino.graft.vm.indir":       {0, 0},
	"vino.graft.vm.sfi":         {30.1875, 29},
	"vino.graft.vm.total":       {684.703125, 477.65625},
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
