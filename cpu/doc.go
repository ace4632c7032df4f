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
// predecoded instructions and gives identical state and counts;
// doc/machine.md ("Engines") says how.
//
// # The engine boundary
//
// The registry (Engines, EngineByName, DefaultEngine, Reference, Register)
// lists the engines, the reference first. The CLI's --engine and every
// equality test take their engines from it: each registered engine is run
// against the reference on every CPU table test and FuzzEngines (which
// compare whole snapshots, Snapshot.Diff), on the difftest's generated
// sequences, on the user programs, kernel boots and debugger sessions
// (DiffMachines) and on the bench rows (their figures), so an engine that
// registers is tested everywhere at once.
//
// A Machine holds the architectural state (State; the MMU with its TLB
// and caches; the bus) and the timing state (Stats, the timer schedule,
// the HI/LO and FPU interlocks, the next device event). What an engine
// derives from them (predecoded or compiled code, links between blocks, a
// jump cache, a software TLB) is the engine's own EngineState, which the
// machine keeps for it by name and invalidates on Reset, Restore and new
// code hooks; writes into code reach it through the bus's write listeners
// (devices.Bus.AddWriteHook), one per engine. Core is the engine-facing
// API: stepping, raising exceptions, charging cycles and stalls, the
// timer and device schedule, the HI/LO interlock, loads and stores as the
// reference makes them, the leave-the-block signal, and where hooks lie.
// Code hooks are scoped: an engine runs carefully (by steps) only the code
// that a hook's range covers.
//
// # Files
//
//   - The machine: machine.go, state.go, cp0.go, exception.go, memory.go,
//     events.go (device events), fpu.go and softfloat.go; hooks.go;
//     snapshot.go and snapdiff.go.
//   - The boundary: engine.go (Engine, Limits, Stop), registry.go,
//     core.go (Core, EngineState).
//   - The reference interpreter: interp.go.
//   - The Fast engine: codecache.go (predecoded words, its state),
//     block.go (blocks and their careful form), fastir.go (the fast form:
//     kinds and fusion), stlb.go (the software TLB), fastinner.go (the
//     inner loop), fastrun.go (runFast), fastchain.go (links, the jump
//     cache, and the exits that settle the counters and the PC). Fast
//     stays in this package: it shares the interpreter's handlers and its
//     inner loop reads the machine's fields directly, which Core's calls
//     would slow.
//   - Compiled engines: native.go. NewCompiledEngine makes the Fast
//     engine with a NativeCompiler, whose host code runFast enters where it
//     would call runInner; NativeABI and NativeBlock are what the compiler
//     sees. cpu/jit is that compiler (amd64), registering itself from its
//     init and becoming the default where it runs.
//
// The conformance tests that need more than this package (the difftest
// against qemu-mipsel, the loop programs timed against peers) live above
// it, in conformance/.
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
