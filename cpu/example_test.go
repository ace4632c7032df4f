package cpu_test

import (
	"context"
	"fmt"

	"graftlab/cpu"
	"graftlab/isa"
	"graftlab/profile"
)

// assemble builds code with the isa builder and places it at addr.
func assemble(m *cpu.Machine, addr uint32, build func(b *isa.Builder)) {
	b := isa.NewBuilder()
	build(b)
	code, err := b.Finish()
	if err != nil {
		panic(err)
	}
	bytes, err := code.Place(addr, func(string) (uint32, bool) { return 0, false })
	if err != nil {
		panic(err)
	}
	if err := m.Bus.WriteBytes(addr&0x1fffffff, bytes); err != nil {
		panic(err)
	}
}

// A machine runs code placed in kseg0 and stops at a break instruction,
// which a host handler serves.
func Example() {
	p, _ := profile.Lookup("dec5000")
	m, err := cpu.New(cpu.Config{Profile: p, RAMSize: 1 << 20})
	if err != nil {
		panic(err)
	}
	assemble(m, 0x80001000, func(b *isa.Builder) {
		b.Li(isa.T0, 10) // sum 10+9+...+1: 42 instructions, 2 I-cache misses
		loop := b.Here("loop")
		b.Addu(isa.V0, isa.V0, isa.T0)
		b.Addiu(isa.T0, isa.T0, -1)
		b.Bne(isa.T0, isa.Zero, loop)
		b.Nop()
		b.Emit(isa.Inst{Op: isa.BREAK})
	})
	m.SetPC(0x80001000)
	m.Handler = func(m *cpu.Machine, e *cpu.Exception) (bool, error) {
		if e.Code == isa.ExcBp {
			m.Halt(0)
			return true, nil
		}
		return false, e
	}
	stop, err := cpu.Interp{}.Run(context.Background(), m, cpu.Limits{MaxInstructions: 1000})
	if err != nil {
		panic(err)
	}
	fmt.Println(stop.Reason, "v0 =", m.GPR[isa.V0])
	fmt.Println("instructions", m.Stats.Instructions, "cycles", m.Stats.Cycles, "I-cache misses", m.Stats.ICacheMisses)
	// Output:
	// halted v0 = 55
	// instructions 42 cycles 74 I-cache misses 2
}

// A code hook sees every instruction in its range; a memory hook sees every
// data access.
func ExampleMachine_AddCodeHook() {
	m, _ := cpu.New(cpu.Config{RAMSize: 1 << 20})
	assemble(m, 0x80001000, func(b *isa.Builder) {
		b.Li(isa.A0, 0x80002000)
		b.Li(isa.T0, 7)
		b.Sw(isa.T0, 4, isa.A0)
		b.Lw(isa.T1, 4, isa.A0)
		b.Emit(isa.Inst{Op: isa.BREAK})
	})
	m.SetPC(0x80001000)
	m.AddCodeHook(cpu.Range{Begin: 0x8000100c, End: 0x80001014}, func(m *cpu.Machine, pc uint32) {
		fmt.Printf("about to run %#x\n", pc)
	})
	m.AddMemHook(cpu.MemRead|cpu.MemWrite, cpu.Range{}, func(m *cpu.Machine, ev cpu.MemEvent) {
		fmt.Printf("kind %d at %#x: %d\n", ev.Kind, ev.VAddr, ev.Value)
	})
	m.AddExceptionHook(func(m *cpu.Machine, e *cpu.Exception) {
		fmt.Println(e)
		m.RequestStop("break")
	})
	stop, _ := cpu.Interp{}.Run(context.Background(), m, cpu.Limits{MaxInstructions: 100})
	fmt.Println(stop.Reason, stop.Detail)
	// Output:
	// about to run 0x8000100c
	// kind 2 at 0x80002004: 7
	// about to run 0x80001010
	// kind 1 at 0x80002004: 7
	// breakpoint exception at pc 0x80001014
	// stop requested break
}

// Snapshot and Restore rewind a machine: running again from a snapshot
// gives the same state and counts.
func ExampleMachine_Snapshot() {
	m, _ := cpu.New(cpu.Config{RAMSize: 1 << 20})
	assemble(m, 0x80001000, func(b *isa.Builder) {
		loop := b.Here("loop")
		b.Addiu(isa.T0, isa.T0, 1)
		b.B(loop)
		b.Nop()
	})
	m.SetPC(0x80001000)
	ctx := context.Background()
	cpu.Interp{}.Run(ctx, m, cpu.Limits{MaxInstructions: 30})
	snap := m.Snapshot()
	cpu.Interp{}.Run(ctx, m, cpu.Limits{MaxInstructions: 30})
	fmt.Println("t0", m.GPR[isa.T0], "cycles", m.Stats.Cycles)
	m.Restore(snap)
	fmt.Println("t0", m.GPR[isa.T0], "cycles", m.Stats.Cycles)
	// Output:
	// t0 20 cycles 60
	// t0 10 cycles 30
}
