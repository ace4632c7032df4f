package bench

import (
	"context"
	"testing"
)

// The matrix on dec5000: each cell's outcome, status and cycles. A change
// here is a change in VINO's paths or the grafts: explain it in
// doc/vino.md.
var goldenMatrix = []struct {
	mb, prot, outcome string
	status            int
	cycles            uint64
}{
	{"illegal-access", "unprotected", "damage", 0, 1865},
	{"illegal-access", "misfit", "damage", -1, 2240},
	{"illegal-access", "misfit.check", "aborted", 1, 1972},
	{"illegal-access", "misfit+txn", "aborted and undone", 2, 1947},
	{"illegal-access", "vino", "aborted and undone", 2, 1952},
	{"hoarding", "unprotected", "damage", 0, 259571},
	{"hoarding", "misfit", "damage", 0, 259676},
	{"hoarding", "misfit.check", "damage", 0, 259664},
	{"hoarding", "misfit+txn", "damage", 0, 259676},
	{"hoarding", "vino", "aborted and undone", 5, 38530},
	{"unauthorized", "unprotected", "damage", -1, 1309},
	{"unauthorized", "misfit", "aborted", 1, 2047},
	{"unauthorized", "misfit.check", "aborted", 1, 2081},
	{"unauthorized", "misfit+txn", "aborted and undone", 1, 2068},
	{"unauthorized", "vino", "aborted and undone", 1, 2073},
	{"antisocial", "unprotected", "damage", 0, 138063},
	{"antisocial", "misfit", "damage", 0, 138172},
	{"antisocial", "misfit.check", "damage", 0, 138160},
	{"antisocial", "misfit+txn", "damage", 0, 138172},
	{"antisocial", "vino", "aborted and undone", 4, 25302},
	{"dos", "unprotected", "damage", -1, 5172698},
	{"dos", "misfit", "damage", -1, 5172682},
	{"dos", "misfit.check", "damage", -1, 5172682},
	{"dos", "misfit+txn", "damage", -1, 5172682},
	{"dos", "vino", "aborted and undone", 3, 438082},
}

func TestMatrix(t *testing.T) {
	cells, err := Matrix(context.Background(), Options{Profile: dec5000(t)})
	if err != nil {
		t.Fatal(err)
	}
	if len(cells) != len(goldenMatrix) {
		t.Fatalf("%d cells, want %d", len(cells), len(goldenMatrix))
	}
	for i, c := range cells {
		g := goldenMatrix[i]
		if c.Misbehaviour != g.mb || c.Protection != g.prot || c.Outcome != g.outcome || c.Status != g.status || c.Cycles != g.cycles {
			t.Errorf("cell %d: {%q, %q, %q, %d, %d}, want %v", i, c.Misbehaviour, c.Protection, c.Outcome, c.Status, c.Cycles, g)
		}
		// VINO's configuration contains every misbehaviour, and an abort
		// leaves the kernel's state as it was before the invocation.
		if c.Protection == "vino" && (c.Outcome != "aborted and undone" || c.Restored == nil || !*c.Restored) {
			t.Errorf("%s under VINO: %s, restored %v: %s", c.Misbehaviour, c.Outcome, c.Restored, c.Detail)
		}
		if c.Restored != nil && !*c.Restored {
			t.Errorf("%s × %s: the kernel's state differs after the abort: %s", c.Misbehaviour, c.Protection, c.Detail)
		}
	}
}
