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
//   - A block is compiled the first time runFast reaches it. The guest
//     registers its ops write stay in six host registers (BX, SI, DI,
//     R10, R14, R15: the register cache, least recently used out) until
//     the block's end, across loads, stores, multiplies and branches, and
//     later ops read them there; registers only read are read from the
//     machine's registers (caching reads too made the six thrash). Each op
//     does its own work in AX, CX, DX, R8 and R9, and leaves, if it does,
//     before it changes the cache: the leave at op i writes back what the
//     cache keeps at op i's start. Compiled code can be entered at every
//     op where the cache keeps nothing (cpu.NativeCompiler's entries): the
//     first, and each after an op that always leaves (a divide, a step);
//     and after every other op that may leave (a D-cache miss), which is
//     where runFast comes back after doing it, through a stub that loads
//     what the cache keeps there and jumps to the op.
//   - A block that loops to itself with a conditional branch loads, at its
//     start, the registers the cache keeps at the loop, and loops below
//     that with them in place, writing them back only when it does not
//     loop; where the cache does not keep the same registers in the same
//     host registers at the loop as at the start (compile looks for that
//     fixed point three times), the loop moves them there first (a
//     parallel move through the host registers).
//   - A block whose branch is not fused with its end (its delay slot is a
//     load, for instance) decides it again at the end from the registers
//     when the slot writes none of the branch's, as a fused branch is
//     decided; then, as for a fused one, each way out of the block to a
//     constant address has its own link check and jump, and only a jump
//     through a register looks in the jump cache.
//   - The caches' geometry, whether stores go through a write buffer, its
//     depth, its write cycles and a partial store's merge cycles are
//     compiled in as constants (cpu.NativeBlock); a machine whose caches
//     change shape (a Restore of another profile's) compiles its blocks
//     again. A software TLB entry gives the host and the physical address
//     of an EA as the EA plus two addends, and its tag check takes the
//     EA's low bits that must be 0 for the access's alignment, so that a
//     misaligned access fails it.
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
//     clz and clo included), loads (the software TLB, the word read, then
//     the D-cache's tags, counting the hit; a miss leaves; without a
//     D-cache no tags), stores (the software TLB, the I-cache's tags
//     unless there is no I-cache, then the D-cache's tags and the write
//     buffer as Cache.Write has them, with the stall), multiplies,
//     madd/msub, mfhi/mflo/mthi/mtlo with the HI/LO interlock, branches
//     and jumps (linking ones write the block's end), fused branch ends,
//     loops and the chain. Divides and everything that runs as a step
//     leave.
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
//   - enter_linux_amd64.s: the NOSPLIT trampolines (enterNative saves R14
//     and R15, loads the inner loop's state into R13, the registers into
//     R12, the cycle count into R11 and calls the code; enter is a bare
//     call, for tests).
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
// Under a profile with caches (dec5000) a load costs about 25 host
// instructions (the software TLB's check, the word, the D-cache's tag and
// valid bit, the hit's count) and a word store about 55 (the software TLB,
// the I-cache's tags, the D-cache's tags, the write buffer's stall and
// push, the counts); without caches (ideal) a load is about 16 and a
// store 15. That is most of the time of every memory-bound program
// (doc/peers.md). Next: a per-page record that the I-cache holds no line
// of a page, which would spare stores the I-cache's tags; the LRU state
// of set-associative caches, so that the 24kf profile runs compiled code;
// and divides.
package jit
