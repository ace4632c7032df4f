package bench

import (
	"context"
	"strings"
	"testing"
)

// The spin.* rows on dec5000: cycles and instructions per dispatch (the
// install rows: per install, and the hundred summed). A change here is a
// change in SPIN's paths: explain it in doc/bench.md, "SPIN rows".
var goldenSpin = map[string][2]float64{
	"spin.call.a0":                    {4, 4},
	"spin.call.a1":                    {4, 4},
	"spin.call.a5":                    {4, 4},
	"spin.event.1.table.a0":           {143, 81},
	"spin.event.1.table.a1":           {143, 81},
	"spin.event.1.table.a5":           {143, 81},
	"spin.event.1.gen.a0":             {25, 19},
	"spin.event.1.gen.a1":             {33, 20},
	"spin.event.1.gen.a5":             {68, 28},
	"spin.event.1.inline.a0":          {10, 10},
	"spin.event.1.inline.a1":          {10, 10},
	"spin.event.1.inline.a5":          {10, 10},
	"spin.event.5.table.a0":           {355, 293},
	"spin.event.5.table.a1":           {355, 293},
	"spin.event.5.table.a5":           {355, 293},
	"spin.event.5.gen.a0":             {81, 75},
	"spin.event.5.gen.a1":             {89, 76},
	"spin.event.5.gen.a5":             {162, 120},
	"spin.event.5.inline.a0":          {30, 30},
	"spin.event.5.inline.a1":          {30, 30},
	"spin.event.5.inline.a5":          {30, 30},
	"spin.event.10.table.a0":          {620, 558},
	"spin.event.10.table.a1":          {620, 558},
	"spin.event.10.table.a5":          {620, 558},
	"spin.event.10.gen.a0":            {151, 145},
	"spin.event.10.gen.a1":            {159, 146},
	"spin.event.10.gen.a5":            {282, 235},
	"spin.event.10.inline.a0":         {55, 55},
	"spin.event.10.inline.a1":         {55, 55},
	"spin.event.10.inline.a5":         {55, 55},
	"spin.event.50.table.a0":          {2740, 2678},
	"spin.event.50.table.a1":          {2740, 2678},
	"spin.event.50.table.a5":          {2740, 2678},
	"spin.event.50.gen.a0":            {711, 705},
	"spin.event.50.gen.a1":            {719, 706},
	"spin.event.50.gen.a5":            {1242, 1155},
	"spin.event.50.inline.a0":         {255, 255},
	"spin.event.50.inline.a1":         {255, 255},
	"spin.event.50.inline.a5":         {255, 255},
	"spin.guard.false.1":              {24, 18},
	"spin.guard.false.10":             {105, 99},
	"spin.guard.false.50":             {465, 459},
	"spin.install.1":                  {20221, 4592},
	"spin.install.100":                {1448265, 1422853},
	"spin.syscall":                    {515, 229},
	"spin.xcall":                      {9, 9},
	"spin.call.a1.checked":            {149, 74},
	"spin.event.1.table.a1.checked":   {402, 221},
	"spin.event.1.gen.a1.checked":     {315, 174},
	"spin.event.1.inline.a1.checked":  {10, 10},
	"spin.event.10.table.a1.checked":  {3093, 1958},
	"spin.event.10.gen.a1.checked":    {2781, 1686},
	"spin.event.10.inline.a1.checked": {55, 55},
	"spin.event.50.table.a1.checked":  {15053, 9678},
	"spin.event.50.gen.a1.checked":    {13741, 8406},
	"spin.event.50.inline.a1.checked": {255, 255},
	"spin.guard.false.10.checked":     {1436, 879},
	"spin.syscall.checked":            {658.28, 306.25},
	"spin.xcall.checked":              {9, 9},
	"spin.load.unchecked":             {3731904, 2147428},
	"spin.load.checked":               {3823219, 2232243},
	"spin.nested":                     {86, 86},
	"spin.nested.checked":             {230, 163},
}

func TestSpinGolden(t *testing.T) {
	rs, err := RunAll(context.Background(), []string{"spin.*"}, Options{Profile: dec5000(t)})
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) != len(goldenSpin) {
		t.Fatalf("%d rows, want %d", len(rs), len(goldenSpin))
	}
	byID := map[string]Result{}
	for _, r := range rs {
		byID[r.ID] = r
		want, ok := goldenSpin[r.ID]
		if !ok || r.Cycles != want[0] || r.Instructions != want[1] {
			t.Errorf("%q: {%v, %v}, want %v", r.ID, r.Cycles, r.Instructions, want)
		}
		wantN := SpinRaises
		switch {
		case r.ID == "spin.install.1":
			wantN = 1
		case r.ID == "spin.install.100":
			wantN = 100
		case strings.HasPrefix(r.ID, "spin.load."):
			wantN = 1
		}
		if r.Iterations != wantN {
			t.Errorf("%s: %d operations measured, want %d", r.ID, r.Iterations, wantN)
		}
	}
	// What the rows are for: the generated code is cheaper than the table
	// walk, inlining cheaper still, and a single unguarded handler, the
	// direct jump, a call and a jump (spin.xcall's stub aside).
	for _, h := range []string{"1", "5", "10", "50"} {
		for _, a := range []string{"a0", "a1", "a5"} {
			tab, gen, inl := byID["spin.event."+h+".table."+a], byID["spin.event."+h+".gen."+a], byID["spin.event."+h+".inline."+a]
			if !(inl.Cycles < gen.Cycles && gen.Cycles < tab.Cycles) {
				t.Errorf("%s handlers, %s: inline %v, gen %v, table %v cycles", h, a, inl.Cycles, gen.Cycles, tab.Cycles)
			}
		}
	}
	// A checked extension costs the gate on every call: never less than
	// the same row unchecked.
	for _, r := range rs {
		if id, ok := strings.CutSuffix(r.ID, ".checked"); ok && r.Cycles < byID[id].Cycles {
			t.Errorf("%s: %v cycles, less than %s's %v", r.ID, r.Cycles, id, byID[id].Cycles)
		}
	}
	for _, r := range rs {
		if !strings.HasPrefix(r.ID, "spin.") || r.ReferenceText == "" || r.ReferenceSource == "" {
			t.Errorf("%s: no reference", r.ID)
		}
	}
}
