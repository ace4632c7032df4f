package cpu_test

import (
	"context"
	"testing"

	"graftlab/cpu"
)

// coreSteps is an engine built, as one in another package must be, from
// the engine-facing API alone (cpu.Core): it steps. Registered here, it
// runs in every test of this package that takes its engines from the
// registry (every table test through run, FuzzEngines, the loop kernels,
// the disk guests, ...), against the reference interpreter: the harness
// reaches every registered engine, and Core gives an engine all it needs
// to be exact. Its state counts the invalidations the machine sends it.
type coreSteps struct{}

const coreStepsName = "core-steps"

func init() { cpu.Register(coreSteps{}) }

type coreStepsState struct {
	made        int
	invalidated []cpu.Invalidation
}

func (s *coreStepsState) Invalidate(r cpu.Invalidation) { s.invalidated = append(s.invalidated, r) }

func coreStepsOf(m *cpu.Machine) *coreStepsState {
	return m.Core().EngineState(coreStepsName, func(*cpu.Machine) cpu.EngineState { return &coreStepsState{made: 1} }).(*coreStepsState)
}

func (coreSteps) Name() string { return coreStepsName }

func (coreSteps) Step(m *cpu.Machine) error {
	c := m.Core()
	c.StartRun()
	coreStepsOf(m)
	return c.Step()
}

func (coreSteps) Run(ctx context.Context, m *cpu.Machine, lim cpu.Limits) (cpu.Stop, error) {
	c := m.Core()
	c.StartRun()
	coreStepsOf(m)
	startInst, startCycles := m.Stats.Instructions, m.Stats.Cycles
	for n := 0; ; n++ {
		if stop, ok := c.EndOfRun(lim, startInst, startCycles, n == 0); ok {
			return stop, nil
		}
		if n%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return cpu.Stop{Reason: cpu.StopCanceled}, err
			}
		}
		if err := c.Step(); err != nil {
			return cpu.Stop{}, err
		}
	}
}

// TestRegistry checks the registry's order and lookups.
func TestRegistry(t *testing.T) {
	names := cpu.EngineNames()
	if len(names) < 3 || names[0] != "interp" || names[1] != "fast" || cpu.Reference().Name() != "interp" {
		t.Fatalf("engines %q, reference %q: want interp first, then fast", names, cpu.Reference().Name())
	}
	if cpu.DefaultEngine().Name() != "fast" {
		t.Errorf("default engine %q, want fast", cpu.DefaultEngine().Name())
	}
	for _, n := range names {
		if e, err := cpu.EngineByName(n); err != nil || e.Name() != n {
			t.Errorf("EngineByName(%q) = %v, %v", n, e, err)
		}
	}
	if _, err := cpu.EngineByName("warp"); err == nil || err.Error() != `no engine "warp": want interp, fast, core-steps` {
		t.Errorf("EngineByName(warp): %v", err)
	}
	if err := cpu.SetDefaultEngine("warp"); err == nil {
		t.Error("SetDefaultEngine(warp): no error")
	}
	func() {
		defer func() {
			if recover() == nil {
				t.Error("a second registration of fast did not panic")
			}
		}()
		cpu.Register(cpu.Fast{})
	}()
}

// TestEngineState checks that the machine makes an engine's state once
// and tells it of resets, restores, new code hooks and other engines'
// runs.
func TestEngineState(t *testing.T) {
	m, err := cpu.New(cpu.Config{RAMSize: 1 << 20})
	if err != nil {
		t.Fatal(err)
	}
	s := coreStepsOf(m)
	snap := m.Snapshot()
	m.Reset()
	m.Restore(snap)
	id := m.AddCodeHook(cpu.Range{Begin: 0x80001000, End: 0x80001004}, func(*cpu.Machine, uint32) {})
	if err := m.RemoveHook(id); err != nil {
		t.Fatal(err)
	}
	// Another engine's run: it may have written RAM behind the bus.
	m.SetPC(0x80001000) // a nop in RAM
	if _, err := (cpu.Fast{}).Run(context.Background(), m, cpu.Limits{MaxInstructions: 1}); err != nil {
		t.Fatal(err)
	}
	coreStepsOf(m)
	want := []cpu.Invalidation{cpu.InvalidateAll, cpu.InvalidateAll, cpu.InvalidateCodeHooks, cpu.InvalidateOtherEngine}
	if s2 := coreStepsOf(m); s2 != s || s.made != 1 || len(s.invalidated) != len(want) {
		t.Fatalf("state %p then %p, made %d, invalidated %v; want one state, %v", s, s2, s.made, s.invalidated, want)
	}
	for i := range want {
		if s.invalidated[i] != want[i] {
			t.Errorf("invalidated %v, want %v", s.invalidated, want)
		}
	}
}
