// Package jit is graftlab's compiler engine (planned): guest blocks
// translated to amd64 machine code that gives the reference interpreter's
// exact state and counts, as the Fast engine does, faster. It is not yet
// an engine: it registers nothing in cpu's registry, and no run of a
// machine reaches it. What exists is its foundation, tested against the
// reference instruction by instruction.
//
// # What exists
//
//   - State (state.go): the guest state that compiled code reads and
//     writes, addressed from one fixed host register (R13, stateReg) for
//     the whole of a block. It holds the 32 general registers, the PC and
//     the instruction and cycle counters, at offsets that are named
//     constants checked against unsafe.Offsetof in a test. It holds no Go
//     pointers, so generated code never holds one.
//   - Compile (compile.go): a straight run of the MIPS ALU operations
//     (addu, subu, and, or, xor, nor, slt, sltu, sll, srl, sra, sllv, srlv,
//     srav, addiu, andi, ori, xori, lui, slti, sltiu), decoded with isa,
//     becomes amd64 code that works on State: each instruction computes in
//     AX (CX for shift counts and set-on-less-than), reading $zero as the
//     constant 0 and never writing it. The block ends by adding its static
//     prefix (its length and the profile's class cycles: Block.Pre) to the
//     counters, setting State.PC to the next instruction and returning a
//     Status. Anything else is refused with an error that names the
//     instruction and its pc (ErrUnsupported).
//   - The assembler (asm.go): the few amd64 instructions the compiler
//     emits, behind the package's own small interface over golang-asm,
//     which no other file imports.
//   - CodeCache (codecache*.go): a bounded area of executable memory, one
//     anonymous mapping (mmap) of a configurable size, filled block after
//     block and flushed whole when the next block does not fit; a block
//     from before a flush is stale (ErrStale) and must be compiled again.
//     Its memory is never writable and executable at once (W^X): the pages
//     a block is copied into are made read+write for the copy, then
//     read+exec. Stats reports its size, use and flushes.
//   - The entry (enter_linux_amd64.s): a NOSPLIT Go assembly function that
//     loads the State's address into R13, calls the block's code and
//     returns the status the code leaves in AX. Generated code is a leaf
//     that uses no stack and clobbers only registers that ABI0 leaves to
//     the callee. On any host but linux/amd64 the package builds, compiles
//     and lists, but NewCodeCache reports ErrUnsupported (Supported is
//     false): there the Fast engine runs everything.
//   - Listing (listing.go): a compiled block as its MIPS instructions
//     (isa's disassembler), each followed by the amd64 instructions made
//     for it (x86asm, GNU syntax), with the static prefix before each.
//
// # The plan
//
// The design follows wazero's compiler engine: one engine interface with
// the interpreter beside it, a small trampoline into generated code, and
// an exit to Go with a status code in a context struct whenever the
// compiled code needs the runtime. Here that is:
//
//   - Blocks come from the Fast engine's block cache (the same boundaries,
//     static prefixes and fast forms), through an engine-facing API in
//     package cpu; the compiled engine's per-machine state is a
//     cpu.EngineState holding the State, the code cache and the blocks by
//     physical address.
//   - Counts: each block's static prefix is added at its exits; an exit in
//     the middle of a block (an exception, an access that needs Go) adds
//     the prefix up to that instruction, so the partial counts are the
//     interpreter's at that point. The I-cache is checked at each line
//     boundary, the software TLB and the D-cache tag inline on every load
//     and store; misses, uncached and device accesses, the write buffer,
//     multiplies and HI/LO waits leave to Go with a status that names what
//     to do and the instruction's index, Go does it through cpu.Core as the
//     reference does, and the block resumes or ends.
//   - Exits: State gains an exit record (status, the index of the
//     instruction, an address or operand) beside the PC; statuses beyond
//     StatusEnd will say: an exception to raise, a memory access for Go, a
//     multiply or divide, a timer or device event due, a jump to a block
//     not yet compiled, and preemption.
//   - Chaining: a block's direct exits are patched to jump straight into
//     the next block's code when both are compiled under the same
//     translations and mode; indirect jumps look up a jump cache in State.
//     Links and the jump cache are dropped on invalidation: writes to code
//     pages (the bus's write listener), TLB and segment-register changes
//     (the MMU's generation), Restore and Reset (cpu.InvalidateAll), new
//     code hooks, and a flush of the code cache.
//   - The timer and devices are checked at block ends: a block is entered
//     only when its static cycles end before the next event
//     (cpu.Core.NextEvent) and the run's limits.
//   - Preemption: chained code returns to Go at least every N guest cycles
//     (a budget in State counted down at block ends), so the goroutine can
//     be preempted, the garbage collector can stop it and Ctrl-C reaches
//     the run's context. Compiled code holds no Go pointers, so an exit
//     anywhere is safe.
//   - Registers: hot guest registers kept in host registers inside a block
//     where it pays, written back at every exit.
//   - The engine registers as "jit" on linux/amd64 and becomes the default
//     there once every equality test passes on it; elsewhere it is absent
//     and Fast remains the default.
package jit
