package jit

import (
	"context"
	"fmt"
	"testing"

	"graftlab/cpu"
	"graftlab/isa"
	"graftlab/profile"
)

// Where the engine tests' guest code lies: the program at codeBase, the
// exception handler at the general vector (BEV clear), data at dataBase;
// all in kseg0.
const (
	codeBase    = 0x80001000
	handlerBase = 0x80000180
	dataBase    = 0x80010000
)

// engineRAM is the RAM of the engine tests' machines.
const engineRAM = 1 << 20

// place assembles build at addr in m's RAM.
func place(t testing.TB, m *cpu.Machine, addr uint32, build func(b *isa.Builder)) {
	t.Helper()
	b := isa.NewBuilder()
	build(b)
	code, err := b.Finish()
	if err != nil {
		t.Fatal(err)
	}
	bytes, err := code.Place(addr, func(string) (uint32, bool) { return 0, false })
	if err != nil {
		t.Fatal(err)
	}
	if err := m.Bus.WriteBytes(addr&0x1fffffff, bytes); err != nil {
		t.Fatal(err)
	}
}

// guest is a test program: its code at codeBase (or placed by setup),
// and what else the machine needs before it runs.
type guest struct {
	name  string
	build func(b *isa.Builder)
	setup func(t testing.TB, m *cpu.Machine) // may be nil
}

// newGuestMachine returns a machine of profile prof in kernel mode, BEV
// and ERL clear, with g placed and the PC at codeBase.
func newGuestMachine(t testing.TB, prof string, g guest) *cpu.Machine {
	t.Helper()
	m, err := cpu.New(cpu.Config{Profile: lookupProfile(t, prof), RAMSize: engineRAM})
	if err != nil {
		t.Fatal(err)
	}
	m.CP0.Status &^= cpu.StatusBEV | cpu.StatusERL | cpu.StatusEXL
	if g.build != nil {
		place(t, m, codeBase, g.build)
	}
	if g.setup != nil {
		g.setup(t, m)
	}
	m.SetPC(codeBase)
	return m
}

// engineStats returns the engine's statistics for m, failing when the
// engine has not run it with compiled code.
func engineStats(t testing.TB, m *cpu.Machine) Stats {
	t.Helper()
	st, ok := StatsOf(m)
	if !ok {
		t.Fatal("the engine has no compiler for the machine")
	}
	return st
}

// noRefusals fails when the compiler refused a block of m: every block's
// fast form compiles.
func noRefusals(t testing.TB, m *cpu.Machine) {
	t.Helper()
	if st, ok := StatsOf(m); ok && st.Refused != 0 {
		t.Errorf("%d blocks refused, the last: %v", st.Refused, st.LastRefusal)
	}
}

// compareRuns runs g on the reference and on the engine, the same Runs
// with the limits given one after another, and fails at the first Run
// whose stop or whole-machine state differs. It returns the engine's
// machine.
func compareRuns(t *testing.T, prof string, g guest, lims []cpu.Limits) *cpu.Machine {
	t.Helper()
	return compareRunsAt(t, prof, g, codeBase, lims)
}

// compareRunsAt is compareRuns with the machines' PC set to pc first.
func compareRunsAt(t *testing.T, prof string, g guest, pc uint32, lims []cpu.Limits) *cpu.Machine {
	t.Helper()
	want, got := newGuestMachine(t, prof, g), newGuestMachine(t, prof, g)
	want.SetPC(pc)
	got.SetPC(pc)
	ctx := context.Background()
	for i, lim := range lims {
		ws, werr := cpu.Reference().Run(ctx, want, lim)
		gs, gerr := Engine{}.Run(ctx, got, lim)
		if ws != gs || (werr == nil) != (gerr == nil) {
			t.Fatalf("%s, run %d (%+v): stop %+v, %v; the reference's %+v, %v", g.name, i, lim, gs, gerr, ws, werr)
		}
		if d := cpu.DiffMachines(want, got); d != "" {
			t.Fatalf("%s, run %d (%+v): state differs from the reference's:\n%s", g.name, i, lim, d)
		}
	}
	noRefusals(t, got)
	return got
}

// nop is sll $zero, $zero, 0.
var nop = isa.Inst{Op: isa.SLL}

// loopGuest counts t0 down from n, mixing registers in a loop of ALU
// operations that ends in bne, then spins.
func loopGuest(n int32) guest {
	return guest{name: "loop", build: func(b *isa.Builder) {
		b.Addiu(isa.T0, isa.Zero, n)
		b.Addiu(isa.T1, isa.Zero, 7)
		loop := b.Here("loop")
		b.Addu(isa.T1, isa.T1, isa.T0)
		b.R(isa.XOR, isa.T2, isa.T2, isa.T1)
		b.Shift(isa.SLL, isa.T3, isa.T2, 3)
		b.R(isa.SLTU, isa.T4, isa.T3, isa.T1)
		b.Addiu(isa.T0, isa.T0, -1)
		b.Bne(isa.T0, isa.Zero, loop)
		b.R(isa.SUBU, isa.T5, isa.T5, isa.T4) // the delay slot
		spin := b.Here("spin")
		b.B(spin)
		b.Addiu(isa.T6, isa.T6, 1)
	}}
}

// callGuest calls a leaf through jal and one through jalr, n times, each
// returning through jr ra with work in the delay slots.
func callGuest(n int32) guest {
	return guest{name: "calls", build: func(b *isa.Builder) {
		leaf, leaf2 := b.NewLabel("leaf"), b.NewLabel("leaf2")
		b.Addiu(isa.S0, isa.Zero, n)
		b.LaLabel(isa.T9, leaf2)
		loop := b.Here("loop")
		b.Jal(leaf)
		b.Addiu(isa.A0, isa.S0, 3) // the delay slot
		b.Emit(isa.Inst{Op: isa.JALR, Rd: isa.RA, Rs: isa.T9})
		b.Move(isa.A0, isa.V0)
		b.Addiu(isa.S0, isa.S0, -1)
		b.R(isa.ADDU, isa.S1, isa.S1, isa.V0)
		b.Branch(isa.BGTZ, isa.S0, isa.Zero, loop)
		b.Shift(isa.SRA, isa.S2, isa.S1, 1)
		spin := b.Here("spin")
		b.B(spin)
		b.Nop()
		b.Bind(leaf)
		b.Shift(isa.SLL, isa.V0, isa.A0, 2)
		b.Jr(isa.RA)
		b.R(isa.XOR, isa.V0, isa.V0, isa.S0)
		b.Bind(leaf2)
		b.R(isa.SUBU, isa.V0, isa.A0, isa.S0)
		b.Jr(isa.RA)
		b.Shift(isa.SRL, isa.V0, isa.V0, 1)
	}}
}

// divGuest loops over a divide, which compiled code leaves to runFast,
// and over more registers than the cache keeps; the loop's end writes
// registers back whether it loops or not.
func divGuest(n int32) guest {
	return guest{name: "div", build: func(b *isa.Builder) {
		b.Addiu(isa.T0, isa.Zero, n)
		b.Addiu(isa.T1, isa.Zero, 1000)
		b.Addiu(isa.T2, isa.Zero, 7)
		loop := b.Here("loop")
		b.Addiu(isa.T1, isa.T1, 13)
		b.Emit(isa.Inst{Op: isa.DIVU, Rs: isa.T1, Rt: isa.T2})
		b.Emit(isa.Inst{Op: isa.MFLO, Rd: isa.T3})
		b.Addu(isa.T4, isa.T4, isa.T3)
		b.R(isa.XOR, isa.S0, isa.S0, isa.T4)
		b.Addiu(isa.S1, isa.S1, 3)
		b.R(isa.SUBU, isa.S2, isa.S1, isa.S0)
		b.Shift(isa.SRL, isa.S3, isa.S2, 2)
		b.Addu(isa.S4, isa.S4, isa.S3)
		b.R(isa.OR, isa.S5, isa.S4, isa.T3)
		b.Addiu(isa.T0, isa.T0, -1)
		b.Bne(isa.T0, isa.Zero, loop)
		b.R(isa.XOR, isa.T5, isa.T5, isa.T4) // the delay slot
		spin := b.Here("spin")
		b.B(spin)
		b.Addiu(isa.T6, isa.T6, 1)
	}}
}

// memGuest mixes what the engine does not compile into a loop: a load and
// a store, a multiply, a branch-likely and a branch whose delay slot is a
// load; they run by Step between compiled blocks.
func memGuest(n int32) guest {
	return guest{name: "unsupported", build: func(b *isa.Builder) {
		b.Addiu(isa.T0, isa.Zero, n)
		b.Li(isa.S0, dataBase)
		loop := b.Here("loop")
		b.Lw(isa.T1, 0, isa.S0)
		b.Addu(isa.T1, isa.T1, isa.T0)
		b.Sw(isa.T1, 0, isa.S0)
		b.Emit(isa.Inst{Op: isa.MULT, Rs: isa.T1, Rt: isa.T0})
		b.Emit(isa.Inst{Op: isa.MFLO, Rd: isa.T2})
		skip := b.NewLabel("skip")
		b.Branch(isa.BEQL, isa.T2, isa.Zero, skip)
		b.Addiu(isa.T3, isa.T3, 1) // nullified when not taken
		b.Addiu(isa.T4, isa.T4, 1)
		b.Bind(skip)
		b.Addiu(isa.T0, isa.T0, -1)
		b.Bne(isa.T0, isa.Zero, loop)
		b.Lw(isa.T5, 4, isa.S0) // a load in the delay slot: the block ends before the bne
		spin := b.Here("spin")
		b.B(spin)
		b.Nop()
	}}
}

// The engine against the reference on every profile: one run to a limit,
// then runs that stop in the middle of blocks.
func TestEngineMatchesReference(t *testing.T) {
	if !Supported {
		t.Skip("compiled code does not run on this host")
	}
	lims := []cpu.Limits{
		{MaxInstructions: 3},
		{MaxInstructions: 1001},
		{MaxCycles: 777},
		{MaxInstructions: 5, MaxCycles: 1},
		{Until: codeBase + 16, HasUntil: true, MaxInstructions: 100000},
		{Until: codeBase + 16, HasUntil: true, MaxInstructions: 100000},
		{MaxInstructions: 20000},
	}
	defer func() { loopRegisters = true }()
	for _, g := range []guest{loopGuest(500), callGuest(300), memGuest(200), divGuest(150)} {
		for _, prof := range profile.Names() {
			for _, carry := range []bool{true, false} {
				t.Run(fmt.Sprintf("%s/%s/loop-registers=%v", g.name, prof, carry), func(t *testing.T) {
					loopRegisters = carry
					m := compareRuns(t, prof, g, lims)
					st := engineStats(t, m)
					// With set-associative caches the Fast engine runs every
					// block (compiled code checks direct-mapped tags only).
					ic, dc := m.MMU.ICache, m.MMU.DCache
					setAssoc := ic != nil && !ic.DirectMapped() || dc != nil && !dc.DirectMapped()
					if compiled := st.Compiled != 0 && st.Enters != 0; compiled == setAssoc {
						t.Errorf("%d blocks compiled, %d entries into them; set-associative caches: %v", st.Compiled, st.Enters, setAssoc)
					}
					t.Logf("%d instructions; %+v", m.Stats.Instructions, st)
				})
			}
		}
	}
}

// Exact counts of the loop on ideal, and how it ran: three blocks
// compiled (the set-up with the first round, the loop, the spin after
// it), each entered once from Go; the loop's and the spin's blocks run
// again inside their own code, the spin's while two more rounds fit in
// the run's limit: its last round is a fourth entry.
func TestEngineLoopCounts(t *testing.T) {
	if !Supported {
		t.Skip("compiled code does not run on this host")
	}
	const n = 100
	m := newGuestMachine(t, "ideal", loopGuest(n))
	const limit = 100000
	stop, err := Engine{}.Run(context.Background(), m, cpu.Limits{MaxInstructions: limit})
	if err != nil || stop.Reason != cpu.StopInstructionLimit {
		t.Fatalf("stop %+v, %v", stop, err)
	}
	// Two instructions before the loop, seven in each of its n rounds,
	// then two in each round of the spin.
	if m.Stats.Instructions != limit || m.Stats.Cycles != limit || m.GPR[isa.T6] != (limit-2-7*n)/2 {
		t.Errorf("%d instructions, %d cycles, t6 %d; want %d, %d, %d", m.Stats.Instructions, m.Stats.Cycles, m.GPR[isa.T6], limit, limit, (limit-2-7*n)/2)
	}
	if st := engineStats(t, m); st.Compiled != 3 || st.Enters != 4 || st.Refused != 0 {
		t.Errorf("%+v: want 3 blocks compiled, 4 entries", st)
	}
}

// A block that never fits in a run's limits is never compiled: the engine
// steps through it, and compiles the block that fits.
func TestEngineCompilesOnlyWhatRuns(t *testing.T) {
	if !Supported {
		t.Skip("compiled code does not run on this host")
	}
	g := guest{name: "straight", build: func(b *isa.Builder) {
		for i := range 40 {
			b.Addiu(isa.T0, isa.T0, int32(i))
		}
		spin := b.Here("spin")
		b.B(spin)
		b.Nop()
	}}
	lims := make([]cpu.Limits, 10)
	for i := range lims {
		lims[i].MaxInstructions = 4 // shorter than any block until the spin
	}
	lims = append(lims, cpu.Limits{MaxInstructions: 10})
	m := compareRuns(t, "ideal", g, lims)
	if st := engineStats(t, m); st.Compiled != 1 || st.Cache.Blocks != 1 {
		t.Errorf("%+v: want one block compiled", st)
	}
}

// A program of more blocks than a small code cache holds: the cache is
// flushed whole, and the blocks compiled again run as before.
func TestEngineCodeCacheFlushes(t *testing.T) {
	if !Supported {
		t.Skip("compiled code does not run on this host")
	}
	const blocks = 400
	g := guest{name: "many blocks", build: func(b *isa.Builder) {
		b.Addiu(isa.S0, isa.Zero, 5)
		top := b.Here("top")
		for i := range blocks {
			next := b.NewLabel(fmt.Sprintf("b%d", i))
			b.Addiu(isa.T0, isa.T0, int32(i))
			b.R(isa.XOR, isa.T1, isa.T1, isa.T0)
			b.J(next)
			b.Nop()
			b.Bind(next)
		}
		b.Addiu(isa.S0, isa.S0, -1)
		b.Bne(isa.S0, isa.Zero, top)
		b.Nop()
		spin := b.Here("spin")
		b.B(spin)
		b.Nop()
	}}
	want, got := newGuestMachine(t, "dec5000", g), newGuestMachine(t, "dec5000", g)
	ctx := context.Background()
	lim := cpu.Limits{MaxInstructions: 5*blocks*4 + 100}
	if _, err := cpu.Reference().Run(ctx, want, lim); err != nil {
		t.Fatal(err)
	}
	if _, err := (Engine{CodeCacheSize: MinCodeCacheSize}).Run(ctx, got, lim); err != nil {
		t.Fatal(err)
	}
	if d := cpu.DiffMachines(want, got); d != "" {
		t.Fatalf("state differs from the reference's:\n%s", d)
	}
	st := engineStats(t, got)
	if st.Cache.Flushes == 0 || st.Compiled <= blocks || st.Refused != 0 || got.GPR[isa.S0] != 0 {
		t.Errorf("%+v, s0 %d: want flushes, more than %d blocks compiled, none refused, the loop done", st, got.GPR[isa.S0], blocks)
	}
	t.Logf("%+v", st)
}
