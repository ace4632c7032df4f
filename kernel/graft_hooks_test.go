package kernel

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"

	"graftlab/cpu"
	"graftlab/profile"
)

// TestGraftCallCounts calls grafts watched (a code hook on every address)
// and unwatched (hooks on the entry stub's delay slot, the graft's first
// instruction and the exits only, so the rest runs on the fast path), on
// every engine: the counts of the call and the machine at its end must be
// the same every way. The grafts return after calling an export, run out
// their budget in a loop (the timer aborts them), and fault.
func TestGraftCallCounts(t *testing.T) {
	const (
		export = "\t.set noreorder\n\t.text\n\t.globl graft\ngraft:\n\taddiu $sp, $sp, -24\n\tsw $ra, 20($sp)\n" +
			"\tli $a0, 41\n\tjal graft_log\n\tnop\n\tlw $ra, 20($sp)\n\tjr $ra\n\taddiu $sp, $sp, 24\n"
		loop  = "\t.set noreorder\n\t.text\n\t.globl graft\ngraft:\n1:\taddiu $v0, $v0, 1\n\tb 1b\n\tnop\n"
		fault = "\t.set noreorder\n\t.text\n\t.globl graft\ngraft:\n\tlw $v0, 2($a0)\n\tjr $ra\n\tnop\n"
	)
	type end struct {
		Run   GraftRun
		State cpu.State
		Stats cpu.Stats
	}
	for _, prof := range []string{"ideal", "dec5000"} {
		p, err := profile.Lookup(prof)
		if err != nil {
			t.Fatal(err)
		}
		for _, tc := range []struct{ name, src string }{{"export", export}, {"loop", loop}, {"fault", fault}} {
			t.Run(prof+"/"+tc.name, func(t *testing.T) {
				var want *end
				for _, watch := range []bool{true, false} {
					for _, eng := range cpu.Engines() {
						g, err := LoadGraft(GraftConfig{Object: asmObject(t, tc.src), Unverified: true, Entry: "graft", Profile: p,
							Watch: watch, Budget: 20000, Args: [4]uint32{GraftDataBase}})
						if err != nil {
							t.Fatal(err)
						}
						g.Engine = eng
						run, err := g.Call(context.Background(), cpu.Limits{MaxInstructions: 1_000_000})
						if err != nil {
							t.Fatal(err)
						}
						if run.Instructions == 0 || len(run.Escapes) > 0 {
							t.Fatalf("watch %v, %s: %d instructions counted, escapes %v", watch, eng.Name(), run.Instructions, run.Escapes)
						}
						got := &end{Run: *run, State: g.Machine.State, Stats: g.Machine.Stats}
						got.Run.Region = nil
						if want == nil {
							want = got
						} else if d := cmp.Diff(want, got); d != "" {
							t.Errorf("watch %v, %s differs from the watched call on %s:\n%s", watch, eng.Name(), cpu.Reference().Name(), d)
						}
					}
				}
			})
		}
	}
}
