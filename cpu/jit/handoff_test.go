package jit

import (
	"context"
	"testing"

	"graftlab/cpu"
	"graftlab/isa"
)

// The points where the engine hands the machine's view back to Go while
// it runs blocks one after another on State: each action below runs on
// the reference and on the engine's machine, between or inside runs of
// the loop, and the whole machines must agree after each.
func TestEngineHandOffs(t *testing.T) {
	if !Supported {
		t.Skip("compiled code does not run on this host")
	}
	ctx := context.Background()
	want, got := newGuestMachine(t, "ideal", loopGuest(5000)), newGuestMachine(t, "ideal", loopGuest(5000))
	var snap [2]*cpu.Snapshot
	hooked := [2]int{}
	actions := []struct {
		name string
		do   func(i int, m *cpu.Machine, e cpu.Engine) (cpu.Stop, error)
	}{
		{"run to an instruction limit inside the loop", func(i int, m *cpu.Machine, e cpu.Engine) (cpu.Stop, error) {
			return e.Run(ctx, m, cpu.Limits{MaxInstructions: 1000})
		}},
		{"steps", func(i int, m *cpu.Machine, e cpu.Engine) (cpu.Stop, error) {
			for range 3 {
				if err := e.Step(m); err != nil {
					return cpu.Stop{}, err
				}
			}
			return cpu.Stop{}, nil
		}},
		{"run to a cycle limit", func(i int, m *cpu.Machine, e cpu.Engine) (cpu.Stop, error) {
			return e.Run(ctx, m, cpu.Limits{MaxCycles: 4321})
		}},
		{"registers written between runs", func(i int, m *cpu.Machine, e cpu.Engine) (cpu.Stop, error) {
			m.GPR[isa.T1] ^= 0x5a5a5a5a
			m.Stats.Cycles += 3
			return e.Run(ctx, m, cpu.Limits{MaxInstructions: 777})
		}},
		{"run to the loop's top, reached from a block", func(i int, m *cpu.Machine, e cpu.Engine) (cpu.Stop, error) {
			return e.Run(ctx, m, cpu.Limits{Until: codeBase + 8, HasUntil: true, MaxInstructions: 100000})
		}},
		{"snapshot", func(i int, m *cpu.Machine, e cpu.Engine) (cpu.Stop, error) {
			snap[i] = m.Snapshot()
			return e.Run(ctx, m, cpu.Limits{MaxInstructions: 5000})
		}},
		{"restore", func(i int, m *cpu.Machine, e cpu.Engine) (cpu.Stop, error) {
			m.Restore(snap[i])
			return e.Run(ctx, m, cpu.Limits{MaxInstructions: 3000})
		}},
		{"a code hook added in the middle of the hot loop, which stops the run", func(i int, m *cpu.Machine, e cpu.Engine) (cpu.Stop, error) {
			m.AddCodeHook(cpu.Range{Begin: codeBase + 20, End: codeBase + 24}, func(m *cpu.Machine, pc uint32) {
				if hooked[i]++; hooked[i] == 7 {
					m.RequestStop("seventh")
				}
			})
			return e.Run(ctx, m, cpu.Limits{MaxInstructions: 100000})
		}},
		{"run to the end of the loop", func(i int, m *cpu.Machine, e cpu.Engine) (cpu.Stop, error) {
			return e.Run(ctx, m, cpu.Limits{MaxInstructions: 100000})
		}},
	}
	for _, a := range actions {
		ws, werr := a.do(0, want, cpu.Reference())
		gs, gerr := a.do(1, got, Engine{})
		if ws != gs || werr != nil || gerr != nil {
			t.Fatalf("%s: stop %+v, %v; the reference's %+v, %v", a.name, gs, gerr, ws, werr)
		}
		if d := cpu.DiffMachines(want, got); d != "" {
			t.Fatalf("%s: state differs from the reference's:\n%s", a.name, d)
		}
	}
	if hooked[0] != hooked[1] {
		t.Errorf("the hook ran %d times, the reference's %d", hooked[1], hooked[0])
	}
	st := engineStats(t, got)
	if st.Compiled == 0 || st.Enters == 0 {
		t.Errorf("%+v: no compiled code ran", st)
	}
	t.Logf("%+v; %d instructions", st, got.Stats.Instructions)
}
