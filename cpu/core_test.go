package cpu_test

import (
	"context"
	"graftlab/cpu/jit"
	"testing"

	"graftlab/cpu"
	"graftlab/isa"
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
	wantDefault := "fast"
	if jit.Supported {
		wantDefault = "jit"
	}
	if cpu.DefaultEngine().Name() != wantDefault {
		t.Errorf("default engine %q, want %s", cpu.DefaultEngine().Name(), wantDefault)
	}
	for _, n := range names {
		if e, err := cpu.EngineByName(n); err != nil || e.Name() != n {
			t.Errorf("EngineByName(%q) = %v, %v", n, e, err)
		}
	}
	want := `no engine "warp": want interp, fast, core-steps`
	if jit.Supported {
		want = `no engine "warp": want interp, fast, jit, core-steps`
	}
	if _, err := cpu.EngineByName("warp"); err == nil || err.Error() != want {
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

// TestCore exercises the engine-facing API from outside the package.
func TestCore(t *testing.T) {
	m, err := cpu.New(cpu.Config{RAMSize: 1 << 20})
	if err != nil {
		t.Fatal(err)
	}
	c := m.Core()
	const pc = 0x80001000

	m.WriteCP0(isa.CP0Compare, 100)
	if c.CheckEvents() {
		t.Error("an interrupt pending after reset")
	}
	due := c.NextEvent()
	if due <= m.Stats.Cycles || due == ^uint64(0) {
		t.Fatalf("next event at %d, at cycle %d: want the timer's, ahead", due, m.Stats.Cycles)
	}
	c.Charge(due - 1 - m.Stats.Cycles)
	if m.CP0.Cause&cpu.CauseIPTimer != 0 {
		t.Error("the timer fired a cycle early")
	}
	c.Charge(1)
	if m.CP0.Cause&cpu.CauseIPTimer == 0 || m.Stats.Cycles != due {
		t.Errorf("at cycle %d (due %d) Cause %#x: want the timer's line", m.Stats.Cycles, due, m.CP0.Cause)
	}

	c.SetHILOReady(1234)
	if c.HILOReady() != 1234 {
		t.Errorf("HILOReady %d, want 1234", c.HILOReady())
	}

	if e := c.Store(0x80010000, 4, 0xdeadbeef, pc); e != nil {
		t.Fatal(e)
	}
	if v, e := c.Load(0x80010000, 4, pc); e != nil || v != 0xdeadbeef {
		t.Errorf("Load: %#x, %v; want 0xdeadbeef", v, e)
	}
	if _, e := c.Load(0x80010002, 4, pc); e == nil || e.Code != isa.ExcAdEL || e.BadVAddr != 0x80010002 {
		t.Errorf("misaligned Load: %v, want an address error", e)
	}
	if pa, e := c.Fetch(pc); e != nil || pa != pc&0x1fffffff {
		t.Errorf("Fetch: %#x, %v", pa, e)
	}
	if _, e := c.Fetch(pc + 2); e == nil || e.Code != isa.ExcAdEL {
		t.Errorf("misaligned Fetch: %v, want an address error", e)
	}

	m.AddCodeHook(cpu.Range{Begin: pc, End: pc + 4}, func(*cpu.Machine, uint32) {})
	if c.CodeHooked(pc-16, pc) || !c.CodeHooked(pc, pc+4) || !c.CodeHooked(pc-16, pc+64) {
		t.Error("CodeHooked does not follow the hook's range")
	}
	if c.MemHooked() {
		t.Error("MemHooked with none")
	}

	if c.LeaveBlock() {
		t.Error("LeaveBlock before anything happened")
	}
	m.RequestStop("test")
	if !c.LeaveBlock() || c.LeaveBlock() {
		t.Error("LeaveBlock after a stop request: want true once")
	}

	var served []isa.ExcCode
	m.Handler = func(m *cpu.Machine, e *cpu.Exception) (bool, error) {
		served = append(served, e.Code)
		return true, nil
	}
	if err := c.Raise(&cpu.Exception{Code: isa.ExcBp, PC: pc}); err != nil || len(served) != 1 || m.Stats.Exceptions[isa.ExcBp] != 1 {
		t.Errorf("Raise: %v, served %v, counted %d", err, served, m.Stats.Exceptions[isa.ExcBp])
	}
}
