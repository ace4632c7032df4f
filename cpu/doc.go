// Package cpu is graftlab's MIPS32 processor: machine state, coprocessor 0,
// the FPU (coprocessor 1: fpu.go, with IEEE arithmetic in every rounding
// mode in softfloat.go), precise exceptions and interrupts, cycle
// accounting, and the engines that execute guest code. The profile says
// the ISA level and the FPU: an instruction beyond them raises Reserved
// Instruction or Coprocessor Unusable, as that hardware would.
//
// A Machine couples the architectural State (registers, PC and the delay-slot
// state, CP0) with the MMU (segment registers, TLB, caches), the physical
// bus and a machine profile, which prices every instruction class, cache
// miss, interlock and exception. Cycle counts are a pure function of the
// program, its input and the profile.
//
// Engines execute a Machine. Interp is the reference: a plain interpreter
// that decodes every instruction it executes and follows the MIPS32
// pseudocode directly. Step executes one instruction (or takes one
// exception); Run executes until a limit, a halt, a stop request or the
// context ends. Fast, the production engine, runs basic blocks of
// predecoded instructions (block.go, codecache.go) and gives identical
// state and counts; doc/machine.md ("Engines") says how, and the tests
// compare the two on every table test, program and generated sequence.
//
// Devices that act on their own (devices.Clocked: the disk) act at
// instruction boundaries: the engines call the bus's Advance at the first
// boundary at or after its next event, before the interrupt check, so a
// device's interrupt is taken at the same instruction and cycle on every
// engine (events.go), and wait idles until the timer or the next device
// event. Snapshots hold the state of the devices that can save it
// (devices.Snapshotter).
//
// Guest faults are values: an Exception says what the guest did wrong. An
// ExceptionHandler installed on the Machine may serve exceptions on the
// host (user mode serves system calls and TLB refills in Go); otherwise
// exceptions are delivered to the guest's vectors as hardware does.
package cpu
