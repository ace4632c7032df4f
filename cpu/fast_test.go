package cpu

import (
	"context"
	"fmt"
	"testing"

	"graftlab/isa"
)

// diffSnapshots compares two snapshots in full (Snapshot.Diff): registers,
// counters, the MMU with its caches, write buffer and micro-TLB, RAM, and
// the hidden timing state.
func diffSnapshots(want, got *Snapshot) string { return got.Diff(want) }

// runEngines runs the machine from its current state on the reference
// interpreter and then, from the same start, on every other registered
// engine with lim, and fails unless they all end alike: the same stop and
// the same snapshot in full. It leaves m as the last engine left it.
func runEngines(t *testing.T, m *Machine, lim Limits) Stop {
	t.Helper()
	start := m.Snapshot()
	stop, err := Reference().Run(context.Background(), m, lim)
	if err != nil {
		t.Fatal(err)
	}
	want := m.Snapshot()
	for _, eng := range Engines()[1:] {
		m.Restore(start)
		got, err := eng.Run(context.Background(), m, lim)
		if err != nil {
			t.Fatalf("%s engine: %v", eng.Name(), err)
		}
		if diff := diffSnapshots(want, m.Snapshot()); diff != "" || got != stop {
			t.Fatalf("%s engine differs from the interpreter (stop %v, want %v):\n%s", eng.Name(), got, stop, diff)
		}
	}
	return stop
}

// TestFastLoopKernels runs the benchmark kernels on every engine under the
// test profiles.
func TestFastLoopKernels(t *testing.T) {
	for _, k := range loopKernels {
		for _, prof := range fastProfiles {
			t.Run(k.name+"/"+prof, func(t *testing.T) {
				m := newTestMachine(t, prof)
				load(t, m, k.build)
				m.GPR[isa.T1] = 0x9e3779b9
				stop := runEngines(t, m, Limits{MaxInstructions: 200_000})
				if stop.Reason != StopInstructionLimit || m.Stats.Instructions != 200_000 {
					t.Fatalf("stop %v after %d instructions", stop, m.Stats.Instructions)
				}
			})
		}
	}
}

// TestFastSelfModifyingCode stores a new instruction over one that has
// already run; the Fast engine must run the new one, as the interpreter
// does.
func TestFastSelfModifyingCode(t *testing.T) {
	for _, prof := range fastProfiles {
		t.Run(prof, func(t *testing.T) {
			m := newTestMachine(t, prof)
			patched, err := isa.Encode(isa.Inst{Op: isa.ADDIU, Rt: isa.V0, Rs: isa.V0, Imm: 100})
			if err != nil {
				t.Fatal(err)
			}
			load(t, m, func(b *isa.Builder) {
				site := b.Here("site")     // at codeBase
				b.Addiu(isa.V0, isa.V0, 1) // patched to +100 by the first pass
				b.Li(isa.T2, patched)
				b.Li(isa.T0, codeBase)
				b.Sw(isa.T2, 0, isa.T0)
				b.Addiu(isa.T3, isa.T3, 1)
				b.Emit(isa.Inst{Op: isa.SLTI, Rt: isa.T1, Rs: isa.T3, Imm: 2})
				b.Bne(isa.T1, isa.Zero, site)
				b.Nop()
				brk(b, 0)
			})
			m.Handler = haltOnBreak
			runEngines(t, m, Limits{MaxInstructions: 1000})
			if m.GPR[isa.V0] != 101 {
				t.Fatalf("v0 = %d, want 101 (1 from the original instruction, 100 from the patched one)", m.GPR[isa.V0])
			}
		})
	}
}

// TestFastAfterRestore restores a snapshot whose code differs from what an
// engine has predecoded: every engine must run the restored code.
func TestFastAfterRestore(t *testing.T) {
	for _, eng := range Engines() {
		m := newTestMachine(t, "ideal")
		m.Handler = haltOnBreak
		load(t, m, func(b *isa.Builder) { brk(b, 2) })
		snap2 := m.Snapshot()
		load(t, m, func(b *isa.Builder) { brk(b, 1) })
		if stop, err := eng.Run(context.Background(), m, Limits{MaxInstructions: 10}); err != nil || stop.Status != 1 {
			t.Fatalf("%s: first run: %v, %v", eng.Name(), stop, err)
		}
		m.Restore(snap2) // RAM gets break 2 back without a bus write
		if stop, err := eng.Run(context.Background(), m, Limits{MaxInstructions: 10}); err != nil || stop.Status != 2 {
			t.Fatalf("%s: after restore: %v, %v", eng.Name(), stop, err)
		}
	}
}

// FuzzEngines runs arbitrary code on every registered engine and requires
// the reference interpreter's end: the same registers, counters, MMU and memory. The code runs in kseg0
// from a page of its own, under the dec5000 profile (caches, write buffer,
// interlocks); any exception halts the run with its code as status, except
// the timer interrupt, which is armed to fire mid-run and is dismissed.
func FuzzEngines(f *testing.F) {
	f.Add([]byte{0x21, 0x10, 0x43, 0x00}, uint16(7))                         // addu v0, v0, v1
	f.Add([]byte{0xfc, 0xff, 0x40, 0x10, 0x01, 0x00, 0x42, 0x24}, uint16(3)) // beqz v0, -4; addiu v0, v0, 1
	f.Add([]byte{0x00, 0x00, 0x82, 0xac, 0x00, 0x00, 0x83, 0x8c}, uint16(1)) // sw v0, 0(a0); lw v1, 0(a0)
	f.Fuzz(func(t *testing.T, code []byte, compare uint16) {
		if len(code) > 4096 {
			code = code[:4096]
		}
		code = code[:len(code)&^3]
		m := newTestMachine(t, "dec5000")
		if err := m.Bus.WriteBytes(codeBase&0x1fffffff, code); err != nil {
			t.Fatal(err)
		}
		m.SetPC(codeBase)
		for i := range m.GPR[1:] {
			m.GPR[i+1] = dataBase + uint32(i)*0x40
		}
		m.WriteCP0(isa.CP0Compare, uint32(compare))
		m.CP0.Status = StatusIE | CauseIPTimer // the timer's line enabled
		m.Handler = func(m *Machine, e *Exception) (bool, error) {
			if e.Code == isa.ExcInt {
				m.WriteCP0(isa.CP0Compare, m.ReadCP0(isa.CP0Count)+uint32(compare)+1)
				return true, nil
			}
			m.Halt(int(e.Code))
			return true, nil
		}
		runEngines(t, m, Limits{MaxInstructions: 5000})
	})
}

// TestFastPageEndBlock jumps to the last word of a page: a block of one
// instruction with no branch of its own, reached by a taken jump. The
// block after it is the next page's, whatever the jump before did.
func TestFastPageEndBlock(t *testing.T) {
	for _, prof := range fastProfiles {
		t.Run(prof, func(t *testing.T) {
			m := newTestMachine(t, prof)
			const last = codeBase + 0xffc // the page's last word
			loadAt(t, m, codeBase, func(b *isa.Builder) {
				b.Addiu(isa.T3, isa.T3, 1)
				b.Emit(isa.Inst{Op: isa.J, Target: last >> 2 & 0x3ffffff})
				b.Nop()
			})
			loadAt(t, m, last, func(b *isa.Builder) {
				b.Addiu(isa.V0, isa.V0, 1)
				b.Emit(isa.Inst{Op: isa.SLTIU, Rt: isa.T1, Rs: isa.T3, Imm: 50})
				b.Emit(isa.Inst{Op: isa.BNE, Rs: isa.T1, Rt: isa.Zero, Imm: int32(codeBase-(last+8)-4) >> 2})
				b.Nop()
				brk(b, 7)
			})
			m.SetPC(codeBase)
			m.Handler = haltOnBreak
			if stop := runEngines(t, m, Limits{MaxInstructions: 10_000}); stop.Reason != StopHalted || stop.Status != 7 {
				t.Fatalf("stop %+v", stop)
			}
			if m.GPR[isa.V0] != 50 || m.GPR[isa.T3] != 50 || m.Stats.Instructions != 50*7+1 {
				t.Fatalf("v0 %d, t3 %d, %d instructions; want 50, 50, 351", m.GPR[isa.V0], m.GPR[isa.T3], m.Stats.Instructions)
			}
		})
	}
}

// TestFastLimitsInChains stops runs of the loop kernels where the Fast
// engine is inside a chain of linked blocks: at an instruction count, a
// cycle count and an address that no block boundary falls on, and at a
// timer interrupt.
func TestFastLimitsInChains(t *testing.T) {
	for _, k := range loopKernels {
		for _, prof := range fastProfiles {
			t.Run(k.name+"/"+prof, func(t *testing.T) {
				for _, lim := range []Limits{
					{MaxInstructions: 100_003},
					{MaxCycles: 150_001},
					{Until: codeBase + 8, HasUntil: true},
				} {
					m := newTestMachine(t, prof)
					load(t, m, k.build)
					m.GPR[isa.T1] = 0x9e3779b9
					// Run a while first so that the blocks are linked.
					runEngines(t, m, Limits{MaxInstructions: 20_000})
					stop := runEngines(t, m, lim)
					if stop.Reason == StopHalted || stop.Reason == StopCanceled {
						t.Fatalf("%+v: stop %v", lim, stop)
					}
				}
				// The timer, at periods that put its firing at every offset
				// into the blocks and their stalls, served by re-arming it.
				for _, period := range []uint32{4999, 1237, 577, 101, 31} {
					m := newTestMachine(t, prof)
					load(t, m, k.build)
					m.GPR[isa.T1] = 0x9e3779b9
					m.WriteCP0(isa.CP0Compare, period)
					m.CP0.Status = StatusIE | CauseIPTimer
					ticks := 0
					m.Handler = func(m *Machine, e *Exception) (bool, error) {
						if e.Code != isa.ExcInt {
							return false, fmt.Errorf("unexpected %v", e)
						}
						ticks++
						m.WriteCP0(isa.CP0Compare, m.ReadCP0(isa.CP0Count)+period)
						return true, nil
					}
					runEngines(t, m, Limits{MaxInstructions: 100_000})
					if ticks == 0 {
						t.Fatalf("period %d: the timer never fired", period)
					}
				}
			})
		}
	}
}

// TestFastKinds checks that the instructions compiled code runs most have
// a fast form: without one a block bails out to a step at each of them.
func TestFastKinds(t *testing.T) {
	for _, op := range []isa.Op{
		isa.ADDU, isa.SUBU, isa.AND, isa.OR, isa.XOR, isa.NOR, isa.SLT, isa.SLTU,
		isa.SLLV, isa.SRLV, isa.SRAV, isa.MOVZ, isa.MOVN, isa.CLZ, isa.CLO,
		isa.ADDIU, isa.ANDI, isa.ORI, isa.XORI, isa.SLTI, isa.SLTIU, isa.LUI,
		isa.SLL, isa.SRL, isa.SRA,
		isa.LW, isa.LH, isa.LHU, isa.LB, isa.LBU, isa.SW, isa.SH, isa.SB,
		isa.BEQ, isa.BNE, isa.BLEZ, isa.BGTZ, isa.BLTZ, isa.BGEZ, isa.BLTZAL, isa.BGEZAL,
		isa.J, isa.JAL, isa.JR, isa.JALR,
		isa.MULT, isa.MULTU, isa.MADD, isa.MADDU, isa.MSUB, isa.MSUBU, isa.MUL,
		isa.DIV, isa.DIVU, isa.MFHI, isa.MFLO, isa.MTHI, isa.MTLO,
	} {
		inst := isa.Inst{Op: op, Rd: isa.T0, Rs: isa.T1, Rt: isa.T2, Sa: 3, Imm: 8}
		if k := fastKind(inst, codeBase, false).kind; k == fastGeneric || k == fastNop {
			t.Errorf("%v: kind %d, want a fast form", op, k)
		}
	}
	// Writes to $zero do nothing; a branch in a delay slot is left to the
	// step.
	if k := fastKind(isa.Inst{Op: isa.ADDU, Rd: isa.Zero, Rs: isa.T1, Rt: isa.T2}, codeBase, false).kind; k != fastNop {
		t.Errorf("addu $zero: kind %d, want fastNop", k)
	}
	if k := fastKind(isa.Inst{Op: isa.BEQ, Rs: isa.T1, Rt: isa.T2, Imm: 4}, codeBase, true).kind; k != fastGeneric {
		t.Errorf("beq in a delay slot: kind %d, want fastGeneric", k)
	}
}

// TestFastNoAllocs runs warmed loop kernels on the Fast engine: with the
// blocks built and linked, a run allocates nothing.
func TestFastNoAllocs(t *testing.T) {
	for _, k := range loopKernels {
		for _, prof := range fastProfiles {
			m := newTestMachine(t, prof)
			load(t, m, k.build)
			m.GPR[isa.T1] = 0x9e3779b9
			ctx := context.Background()
			if _, err := (Fast{}).Run(ctx, m, Limits{MaxInstructions: 100_000}); err != nil {
				t.Fatal(err)
			}
			allocs := testing.AllocsPerRun(20, func() {
				if _, err := (Fast{}).Run(ctx, m, Limits{MaxInstructions: 50_000}); err != nil {
					t.Fatal(err)
				}
			})
			if allocs != 0 {
				t.Errorf("%s/%s: %v allocations per run, want 0", k.name, prof, allocs)
			}
		}
	}
}

// TestFastFuseEnd runs loops whose branch the Fast engine fuses with the
// block's end, and loops whose delay slot forbids it, on every engine, and
// checks which blocks were fused.
func TestFastFuseEnd(t *testing.T) {
	for _, tc := range []struct {
		name  string
		build func(b *isa.Builder)
		fused bool
		t0    uint32 // $t0 and $t1 at the end
		t1    uint32
	}{
		{"slot reads the branch's register", func(b *isa.Builder) {
			loop := b.Here("loop")
			b.Addiu(isa.T0, isa.T0, -1)
			b.Bne(isa.T0, isa.Zero, loop)
			b.Addu(isa.T1, isa.T1, isa.T0)
			brk(b, 1)
		}, true, 0, 45},
		{"slot writes the branch's register", func(b *isa.Builder) {
			loop := b.Here("loop")
			b.Addiu(isa.T1, isa.T1, 1)
			b.Bne(isa.T0, isa.Zero, loop)
			b.Addiu(isa.T0, isa.T0, -1)
			brk(b, 1)
		}, false, 0xffffffff, 11},
		{"slot is a load", func(b *isa.Builder) {
			loop := b.Here("loop")
			b.Addiu(isa.T0, isa.T0, -1)
			b.Addiu(isa.T1, isa.T1, 2)
			b.Bne(isa.T0, isa.Zero, loop)
			b.Lw(isa.T2, 0, isa.SP)
			brk(b, 1)
		}, false, 0, 20},
		{"one-register branch, not taken at once", func(b *isa.Builder) {
			loop := b.Here("loop")
			b.Addiu(isa.T0, isa.T0, -1)
			b.Branch(isa.BGTZ, isa.T0, isa.Zero, loop)
			b.Addiu(isa.T1, isa.T1, 3)
			brk(b, 1)
		}, true, 0, 30},
		{"jump through a register", func(b *isa.Builder) {
			// t3 holds the loop's address; the loop leaves through
			// the beq to the break.
			b.Here("loop")
			out := b.NewLabel("out")
			b.BranchNop(isa.BEQ, isa.T0, isa.Zero, out)
			b.Addiu(isa.T0, isa.T0, -1)
			b.Jr(isa.T3)
			b.Addiu(isa.T1, isa.T1, 1)
			b.Bind(out)
			brk(b, 1)
		}, true, 0, 10},
	} {
		for _, prof := range fastProfiles {
			t.Run(tc.name+"/"+prof, func(t *testing.T) {
				m := newTestMachine(t, prof)
				load(t, m, tc.build)
				m.GPR[isa.T0], m.GPR[isa.T3] = 10, codeBase
				m.GPR[isa.SP] = 0x80000000
				start := m.Snapshot()
				if stop := run(t, m); stop.Reason != StopHalted || stop.Status != 1 {
					t.Fatalf("stop %+v", stop)
				}
				if m.GPR[isa.T0] != tc.t0 || m.GPR[isa.T1] != tc.t1 {
					t.Errorf("t0 %#x, t1 %d; want %#x, %d", m.GPR[isa.T0], m.GPR[isa.T1], tc.t0, tc.t1)
				}
				// The Fast engine's blocks, from a run of its own.
				m.Restore(start)
				if _, err := (Fast{}).Run(context.Background(), m, Limits{MaxInstructions: 100_000}); err != nil {
					t.Fatal(err)
				}
				// The block holding the loop's branch.
				pc := uint32(codeBase)
				if tc.name == "jump through a register" {
					pc += 8
				}
				b := m.codeCache().find(m.MMU, pc, m.Kernel())
				if b == nil {
					t.Fatalf("no block at %#x", pc)
				}
				n := len(b.ops)
				fused := b.fops[n-1].kind >= fastBEQEnd && b.fops[n-1].kind <= fastJREnd
				if fused != tc.fused {
					t.Errorf("block at %#x: fused %v, want %v (kinds %d, %d)", pc, fused, tc.fused, b.fops[n-2].kind, b.fops[n-1].kind)
				}
			})
		}
	}
}

// TestFastStoreLimits puts the cycle limit at every cycle of a loop whose
// byte store drops another address's word from the D-cache and then
// stalls on a full write buffer, as the first store runInner runs after
// runFast ran a divide. Where the stall would carry the block past the
// limit, the store leaves for runFast having changed the tags: the cache's
// generation must still count the drop once.
func TestFastStoreLimits(t *testing.T) {
	build := func(b *isa.Builder) {
		b.Li(isa.A0, dataBase)
		b.Li(isa.S0, 0x20000) // the D-cache's size on dec5000: A2 shares A0's line
		b.R(isa.ADDU, isa.A2, isa.A0, isa.S0)
		loop := b.Here("loop")
		b.Mem(isa.SW, isa.T0, 0, isa.A0)
		b.Mem(isa.SW, isa.T0, 4, isa.A0)
		b.Mem(isa.SW, isa.T0, 8, isa.A0)
		b.Mem(isa.SW, isa.T0, 12, isa.A0)                      // the write buffer is full
		b.Emit(isa.Inst{Op: isa.DIVU, Rs: isa.T0, Rt: isa.S0}) // runFast's: runInner starts again after it
		b.Mem(isa.SB, isa.T0, 1, isa.A2)                       // drops A0's word, and stalls
		b.Addiu(isa.T0, isa.T0, 1)
		b.BranchNop(isa.BEQ, isa.Zero, isa.Zero, loop)
	}
	for limit := uint64(100); limit < 230; limit++ {
		m := newTestMachine(t, "dec5000")
		load(t, m, build)
		runEngines(t, m, Limits{MaxCycles: limit})
	}
}

// TestFastCodeHookRange checks that a code hook on one address of a loop
// sees every execution of it on the Fast engine, although the blocks were
// linked before the hook was added and the rest of the loop runs on the
// fast path, and that a stop it requests leaves the state the interpreter
// leaves.
func TestFastCodeHookRange(t *testing.T) {
	for _, k := range loopKernels {
		for _, prof := range fastProfiles {
			t.Run(k.name+"/"+prof, func(t *testing.T) {
				m := newTestMachine(t, prof)
				load(t, m, k.build)
				m.GPR[isa.T1] = 0x9e3779b9
				// Run a while first so that the blocks are linked.
				if _, err := (Fast{}).Run(context.Background(), m, Limits{MaxInstructions: 20_000}); err != nil {
					t.Fatal(err)
				}
				start := m.Snapshot()
				hits := 0
				m.AddCodeHook(Range{Begin: codeBase + 8, End: codeBase + 12}, func(m *Machine, pc uint32) {
					if pc != codeBase+8 {
						t.Errorf("hook at %#x", pc)
					}
					if hits++; hits == 997 {
						m.RequestStop("hit")
					}
				})
				// The block engines first, from the links as they are
				// (Restore would drop them), the reference last.
				var got *Snapshot
				engines := Engines()
				for _, eng := range append(engines[1:], engines[0]) {
					if got != nil {
						m.Restore(start)
					}
					hits = 0
					stop, err := eng.Run(context.Background(), m, Limits{MaxInstructions: 10_000_000})
					if err != nil || stop.Reason != StopRequested || m.PC != codeBase+8 {
						t.Fatalf("%s: stop %v at %#x, err %v after %d hits", eng.Name(), stop, m.PC, err, hits)
					}
					if got == nil {
						got = m.Snapshot()
					} else if diff := diffSnapshots(m.Snapshot(), got); diff != "" {
						t.Fatalf("%s differs from %s:\n%s", eng.Name(), engines[1].Name(), diff)
					}
				}
			})
		}
	}
}
