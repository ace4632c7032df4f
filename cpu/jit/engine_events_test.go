package jit

import (
	"context"
	"errors"
	"testing"

	"graftlab/cpu"
	"graftlab/isa"
	"graftlab/profile"
)

// CP0 registers the timer handler uses.
const (
	cp0Count   = 9
	cp0Compare = 11
)

// timerGuest is loopGuest with the timer interrupt enabled, first due at
// cycle 100; the handler counts interrupts in s7 and sets Compare 37
// cycles on.
func timerGuest(n int32) guest {
	g := loopGuest(n)
	g.name = "timer"
	g.setup = func(t testing.TB, m *cpu.Machine) {
		place(t, m, handlerBase, func(b *isa.Builder) {
			b.Addiu(isa.S7, isa.S7, 1)
			b.Emit(isa.Inst{Op: isa.MFC0, Rt: isa.K0, Rd: cp0Count})
			b.Addiu(isa.K0, isa.K0, 37)
			b.Emit(isa.Inst{Op: isa.MTC0, Rt: isa.K0, Rd: cp0Compare})
			b.Emit(isa.Inst{Op: isa.ERET})
		})
		m.CP0.Compare = 100
		m.CP0.Status |= cpu.StatusIE | 1<<15 // IM7: the timer
	}
	return g
}

// A timer interrupt during a compiled loop is taken at the reference's
// instruction: the engine steps around every event.
func TestEngineTimerInterrupt(t *testing.T) {
	if !Supported {
		t.Skip("compiled code does not run on this host")
	}
	for _, prof := range []string{"ideal", "dec5000"} {
		t.Run(prof, func(t *testing.T) {
			m := compareRuns(t, prof, timerGuest(2000), []cpu.Limits{{MaxInstructions: 999}, {MaxCycles: 5000}, {MaxInstructions: 20000}})
			if m.GPR[isa.S7] == 0 {
				t.Errorf("no timer interrupt was taken")
			}
			if st := engineStats(t, m); st.Enters == 0 {
				t.Errorf("no block ran compiled")
			}
			t.Logf("%d interrupts in %d instructions", m.GPR[isa.S7], m.Stats.Instructions)
		})
	}
}

// smcGuest calls f five times; after each call it rewrites f's first
// instruction (addiu v0, zero, 100) to load the countdown 5, 4, ... 1, so
// s0 ends 100+5+4+3+2 = 114 if every call runs the code as it is then.
var smcGuest = guest{name: "self-modifying", build: func(b *isa.Builder) {
	f := b.NewLabel("f")
	b.Addiu(isa.S1, isa.Zero, 5)
	b.LaLabel(isa.T6, f)
	loop := b.Here("loop")
	b.Jal(f)
	b.Nop()
	b.Addu(isa.S0, isa.S0, isa.V0)
	b.I(isa.LUI, isa.T5, isa.Zero, 0x2402) // addiu v0, zero, 0
	b.R(isa.OR, isa.T5, isa.T5, isa.S1)
	b.Sw(isa.T5, 0, isa.T6)
	b.Addiu(isa.S1, isa.S1, -1)
	b.Bne(isa.S1, isa.Zero, loop)
	b.Nop()
	spin := b.Here("spin")
	b.B(spin)
	b.Nop()
	b.Bind(f)
	b.Addiu(isa.V0, isa.Zero, 100)
	b.Jr(isa.RA)
	b.Nop()
}}

// A store that rewrites a compiled block: the next call runs the new code.
func TestEngineSelfModifyingCode(t *testing.T) {
	if !Supported {
		t.Skip("compiled code does not run on this host")
	}
	for _, prof := range []string{"ideal", "dec5000"} {
		t.Run(prof, func(t *testing.T) {
			m := compareRuns(t, prof, smcGuest, []cpu.Limits{{MaxInstructions: 500}})
			if got := m.GPR[isa.S0]; got != 114 {
				t.Errorf("s0 = %d, want 114", got)
			}
		})
	}
}

// A code hook in the middle of a compiled loop runs at every pass, and
// its stop request ends the run where the reference's does.
func TestEngineCodeHookStops(t *testing.T) {
	if !Supported {
		t.Skip("compiled code does not run on this host")
	}
	g := loopGuest(100)
	setup := g.setup
	g.setup = func(t testing.TB, m *cpu.Machine) {
		if setup != nil {
			setup(t, m)
		}
		hits := 0
		m.AddCodeHook(cpu.Range{Begin: codeBase + 16, End: codeBase + 20}, func(m *cpu.Machine, pc uint32) {
			if hits++; hits == 10 {
				m.RequestStop("tenth pass")
			}
		})
	}
	m := compareRuns(t, "ideal", g, []cpu.Limits{{MaxInstructions: 100000}, {MaxInstructions: 50}})
	// Two instructions before the loop, nine passes of seven, and the
	// two before the hooked one (sll, at codeBase+16) in the tenth; then
	// 50 more.
	if want := uint64(2 + 9*7 + 2 + 50); m.Stats.Instructions != want {
		t.Errorf("%d instructions, want %d", m.Stats.Instructions, want)
	}
}

// Snapshot and Restore in the middle of runs, and a restore that brings
// other code to the same addresses, which the engine must not run from
// its old blocks.
func TestEngineRestore(t *testing.T) {
	if !Supported {
		t.Skip("compiled code does not run on this host")
	}
	other := newGuestMachine(t, "ideal", callGuest(50))
	otherSnap := other.Snapshot()
	want, got := newGuestMachine(t, "ideal", loopGuest(300)), newGuestMachine(t, "ideal", loopGuest(300))
	ctx := context.Background()
	step := func(lim cpu.Limits) {
		t.Helper()
		ws, werr := cpu.Reference().Run(ctx, want, lim)
		gs, gerr := Engine{}.Run(ctx, got, lim)
		if ws != gs || werr != nil || gerr != nil {
			t.Fatalf("stop %+v, %v; the reference's %+v, %v", gs, gerr, ws, werr)
		}
		if d := cpu.DiffMachines(want, got); d != "" {
			t.Fatalf("state differs from the reference's:\n%s", d)
		}
	}
	step(cpu.Limits{MaxInstructions: 500})
	ws, gs := want.Snapshot(), got.Snapshot()
	step(cpu.Limits{MaxInstructions: 700})
	want.Restore(ws)
	got.Restore(gs)
	step(cpu.Limits{MaxInstructions: 700})
	want.Restore(otherSnap)
	got.Restore(otherSnap)
	step(cpu.Limits{MaxInstructions: 3000})
	if got.GPR[isa.S1] == 0 {
		t.Errorf("the restored program did not run")
	}
}

// A canceled context ends the run before the first instruction, as in the
// reference.
func TestEngineCanceled(t *testing.T) {
	m := newGuestMachine(t, "ideal", loopGuest(10))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	stop, err := Engine{}.Run(ctx, m, cpu.Limits{})
	if stop.Reason != cpu.StopCanceled || !errors.Is(err, context.Canceled) || m.Stats.Instructions != 0 {
		t.Errorf("stop %+v, %v after %d instructions; want canceled, context.Canceled, 0", stop, err, m.Stats.Instructions)
	}
}

// Step runs one instruction, compiled code or not.
func TestEngineStep(t *testing.T) {
	want, got := newGuestMachine(t, "ideal", loopGuest(10)), newGuestMachine(t, "ideal", loopGuest(10))
	for i := range 50 {
		if err := cpu.Reference().Step(want); err != nil {
			t.Fatal(err)
		}
		if err := (Engine{}).Step(got); err != nil {
			t.Fatal(err)
		}
		if d := cpu.DiffMachines(want, got); d != "" {
			t.Fatalf("step %d: state differs from the reference's:\n%s", i, d)
		}
	}
}

// compareFrom is compareRuns with the machines' PC set to pc first, on
// every profile; check looks at the engine's machine after.
func compareFrom(t *testing.T, g guest, pc uint32, lims []cpu.Limits, check func(t *testing.T, m *cpu.Machine)) {
	t.Helper()
	for _, prof := range profile.Names() {
		t.Run(prof, func(t *testing.T) {
			check(t, compareRunsAt(t, prof, g, pc, lims))
		})
	}
}

// Code run from uncached kseg1: the loop at its kseg1 address, with a load
// and a store.
func TestEngineKseg1Code(t *testing.T) {
	if !Supported {
		t.Skip("compiled code does not run on this host")
	}
	compareFrom(t, memGuest(300), codeBase|0x20000000, []cpu.Limits{{MaxInstructions: 777}, {MaxInstructions: 20000}},
		func(t *testing.T, m *cpu.Machine) {
			// The loop ran to its end from kseg1: t0 counted down to 0, and
			// the spin is there.
			if m.GPR[isa.T0] != 0 || m.PC>>29 != 5 {
				t.Errorf("t0 %d, pc %#x: want 0, in kseg1", m.GPR[isa.T0], m.PC)
			}
		})
}

// pageEndGuest runs a loop whose branch is the last word of a page, so
// that its delay slot lies on the next page (a block of the Fast engine
// ends at the end of its page, before the slot), with a call in it.
var pageEndGuest = guest{name: "page end", setup: func(t testing.TB, m *cpu.Machine) {
	const end = codeBase + 0x1000 // the next page
	place(t, m, codeBase, func(b *isa.Builder) {
		b.Addiu(isa.S0, isa.Zero, 200)
		b.Li(isa.S1, end-0x18) // the loop
		b.Jr(isa.S1)
		b.Nop()
	})
	place(t, m, end-0x24, func(b *isa.Builder) {
		f := b.Here("f")
		b.Addiu(isa.T2, isa.T2, 1)
		b.Jr(isa.RA)
		b.R(isa.ADDU, isa.T3, isa.T3, isa.T2)
		loop := b.Here("loop") // end-0x18
		b.Addiu(isa.T0, isa.T0, 3)
		b.Addiu(isa.T0, isa.T0, 3)
		b.Jal(f)
		b.R(isa.XOR, isa.T1, isa.T1, isa.T0)
		b.Addiu(isa.S0, isa.S0, -1)
		b.Bne(isa.S0, isa.Zero, loop) // the page's last word
		b.Addiu(isa.T4, isa.T4, 1)    // its slot, on the next page
		spin := b.Here("spin")
		b.B(spin)
		b.Nop()
	})
}}

// A branch whose delay slot is on the next page.
func TestEngineDelaySlotOnNextPage(t *testing.T) {
	if !Supported {
		t.Skip("compiled code does not run on this host")
	}
	compareFrom(t, pageEndGuest, codeBase, []cpu.Limits{{MaxInstructions: 999}, {MaxCycles: 3000}, {MaxInstructions: 20000}},
		func(t *testing.T, m *cpu.Machine) {
			// 200 rounds, each with a call and the slot on the next page.
			if m.GPR[isa.S0] != 0 || m.GPR[isa.T0] != 200*6 || m.GPR[isa.T2] != 200 || m.GPR[isa.T4] != 200 {
				t.Errorf("s0 %d, t0 %d, t2 %d, t4 %d: want 0, 1200, 200, 200", m.GPR[isa.S0], m.GPR[isa.T0], m.GPR[isa.T2], m.GPR[isa.T4])
			}
		})
}

// A jump to an unaligned address: the fetch raises an address error,
// which the handler resumes from at the loop's top.
func TestEngineUnalignedJump(t *testing.T) {
	if !Supported {
		t.Skip("compiled code does not run on this host")
	}
	g := guest{name: "unaligned jump", build: func(b *isa.Builder) {
		b.Addiu(isa.S0, isa.Zero, 100)
		loop := b.Here("loop")
		b.Addiu(isa.S0, isa.S0, -1)
		b.Addiu(isa.T0, isa.Zero, 2)
		b.LaLabel(isa.T1, loop)
		b.R(isa.ADDU, isa.T1, isa.T1, isa.T0)
		b.Branch(isa.BEQ, isa.S0, isa.Zero, b.Here("spin"))
		b.Nop()
		b.Jr(isa.T1) // loop+2
		b.Nop()
	}, setup: func(t testing.TB, m *cpu.Machine) {
		place(t, m, handlerBase, func(b *isa.Builder) {
			b.Addiu(isa.S7, isa.S7, 1)
			b.Emit(isa.Inst{Op: isa.MFC0, Rt: isa.K0, Rd: cp0EPC})
			b.Addiu(isa.K0, isa.K0, -2) // back to the loop's top
			b.Emit(isa.Inst{Op: isa.MTC0, Rt: isa.K0, Rd: cp0EPC})
			b.Emit(isa.Inst{Op: isa.ERET})
		})
	}}
	compareFrom(t, g, codeBase, []cpu.Limits{{MaxInstructions: 333}, {MaxInstructions: 5000}},
		func(t *testing.T, m *cpu.Machine) {
			// 99 address errors, one per round but the last.
			if m.GPR[isa.S0] != 0 || m.GPR[isa.S7] != 99 || m.Stats.Exceptions[isa.ExcAdEL] != 99 {
				t.Errorf("s0 %d, s7 %d, %d AdEL: want 0, 99, 99", m.GPR[isa.S0], m.GPR[isa.S7], m.Stats.Exceptions[isa.ExcAdEL])
			}
		})
}
