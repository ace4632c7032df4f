// Package jit is graftlab's compiled engine ("jit"): the Fast engine, whose
// blocks run as amd64 code compiled from them, with the reference
// interpreter's exact state and counts on every profile. On linux/amd64
// it registers itself in cpu's registry as the default engine of every
// program that links it (graftlab's command does); on any other host, or
// built with -tags nojit, it registers nothing and the Fast engine is the
// default.
//
// # Design
//
// The model is wazero's compiler engine beside its interpreter: one engine
// interface, a small assembly trampoline into generated code, an exit to
// Go with a status in a context struct, and every conformance test run on
// every engine. Here the interpreter beside the compiler is the Fast
// engine itself, and the exit protocol is the one its inner loop already
// has:
//
//   - Package cpu's Fast engine runs a block's fast form in runInner, which
//     runs the instructions that need no call and returns the index of the
//     first that does; runFast does that one (a D-cache miss, a store that
//     stalls past the next event, a divide, anything that runs as a step)
//     and calls runInner again. A compiled engine (cpu.NewCompiledEngine)
//     enters the block's compiled code where runFast would call runInner;
//     the code does what runInner does, on the same state, and leaves as
//     runInner leaves: the op's index in AX, the cycle count stored, the
//     branch's outcome and the block it got to in the inner loop's state.
//     It may leave earlier, at any op, and runInner goes on from there.
//     So every count is the Fast engine's (which tests hold equal to the
//     reference's) whatever the compiler covers, and a wrong count can only
//     come from code that does an op differently from runInner: the
//     equality tests and FuzzJITEngine look for that on every profile.
//   - What the compiled code needs of package cpu's structures is given by
//     cpu.NativeABI (offsets: the inner loop's state, blocks, links, the
//     software TLB, cache tags, the write buffer, HI/LO); a block is
//     described by cpu.NativeBlock (its fast ops with their registers,
//     immediates and instructions, its static cycles before each).
//   - A block is compiled the first time runFast reaches it. Within a
//     run of register operations, the guest registers they write stay in
//     host registers (BX, SI, DI, R8 to R10, least recently used out) and
//     later operations of the run read them there; every other op finds
//     them written back. Compiled code can be entered at every op where
//     none is kept (cpu.NativeCompiler's entries): the first, and each
//     after an op that is not a register operation, which is where
//     runFast comes back after doing an op itself.
//   - The compiled code chains as runInner does: at a block's end it
//     follows the block's link (or the jump cache's entry) when the link's
//     context (translations, mode, dropped code) is the current one, the
//     next block's I-cache generation is current and its static cycles end
//     before the chain's stop, and jumps into the next block's code; a
//     conditional branch back to its own block's start loops inside the
//     block's code. Invalidation is therefore the Fast engine's: writes
//     into code pages, TLB and segment changes (the MMU's generation),
//     new code hooks, Reset and Restore.
//   - The chain's stop bounds every stay in compiled code to the Fast
//     engine's chain budget (about a million guest instructions) and to
//     the next timer or device event, so Go regains the goroutine at least
//     that often: preemption, the garbage collector and Ctrl-C (the run's
//     context) keep working. Compiled code holds Go pointers only in
//     registers while it runs (the inner loop's state, the registers, the
//     blocks it chains through), to objects that the engine's state keeps
//     alive and that Go's heap does not move.
//
// # Files
//
//   - native.go: the compiler. Register operations (all of runInner's,
//     clz and clo included), loads (the software TLB, then the D-cache's
//     tags, counting the hit; a miss leaves; without a D-cache no tags),
//     stores (the software TLB, the I-cache's tags unless there is no
//     I-cache, then the D-cache's tags and the write buffer as
//     Cache.Write has them, with the stall); the tags' geometry is
//     compiled in as constants, multiplies, madd/msub,
//     mfhi/mflo/mthi/mtlo with the HI/LO interlock, branches and jumps
//     (linking ones write the block's end), fused branch ends, self-loops
//     and the chain. Divides and everything that runs as a step leave.
//   - engine.go: Engine (a cpu.Engine over cpu.NewCompiledEngine), its
//     registration, and StatsOf (blocks compiled, refused, entries from
//     Go, the code cache).
//   - asm.go: the few amd64 instructions the compiler emits, over
//     golang-asm (github.com/twitchyliquid64/golang-asm), driven directly;
//     no other file imports it.
//   - codecache*.go: a bounded area of executable memory (one anonymous
//     mmap, EngineCodeCacheSize by default), filled block after block and
//     flushed whole when full; never writable and executable at once
//     (W^X).
//   - enter_linux_amd64.s: the NOSPLIT trampolines (enterNative loads the
//     inner loop's state into R13, the registers into R12, the cycle count
//     into R11 and calls the code; enter is a bare call, for tests).
//   - listing.go: Listing and Dump, each compiled block as its MIPS
//     instructions followed by the amd64 code made for each (x86asm, GNU
//     syntax), for graftlab run --jit-dump and the debugger's info jit.
//
// With set-associative caches (the 24kf profile) the inner loop keeps
// their LRU state on every access, which compiled code does not do: there
// the engine runs every block as the Fast engine does.
//
// # Where the time goes, and what is left
//
// A guest register that a run of register operations only reads is
// loaded from the machine's registers by each op that reads it (caching
// reads too made the six host registers thrash on loops that touch a
// dozen guest registers, and ran the ALU loop of BenchmarkEngineLoop 26%
// slower); a load costs about 25 host instructions (the software TLB's
// check, then the D-cache's tag and valid bit), a store about 20 without
// a write buffer and 50 with one; golang-asm pads jump targets with nops.
// Next: fold the cache geometry into the code as constants (guarded,
// since Restore replaces the caches), keep registers across loads and
// stores, and compile divides.
package jit
