// Package jit is graftlab's compiler engine (a prototype): guest blocks
// translated to amd64 machine code that gives the reference interpreter's
// exact state and counts, as the Fast engine does, faster. It registers
// nothing in cpu's registry yet, so no run of a machine reaches it unless
// a caller names Engine; everything it does is tested against the
// reference, block by block and on whole machines.
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
//   - Control transfers (branch.go): a block may end in beq, bne, blez,
//     bgtz, bltz, bgez, j, jal, jr or jalr followed by its delay slot, a
//     supported ALU operation. The transfer computes the next PC into DX
//     (a conditional move picks the target over the fall-through), writes
//     the link, the slot runs, and the exit stores DX to State.PC. The
//     branch-likely forms, bltzal and bgezal, and a transfer whose slot is
//     not compilable end the block before them: they run by Step. Scan
//     says how much of a run of words forms a block.
//   - Engine (engine.go, engine_state.go): a cpu.Engine ("jit") that runs
//     compiled blocks from guest memory and steps through cpu.Core
//     everything else. It compiles only on machines whose fetches cost
//     nothing beyond class cycles (no I-cache, no D-cache, no write
//     buffer, no uncached cost: the ideal profile); elsewhere (dec5000)
//     it runs the reference's Run. Its per-machine state (a
//     cpu.EngineState) keeps a code cache and the entries by guest
//     address: the words of a block (at most 64 instructions), or none,
//     read in one mode through the MMU's Lookup (which changes nothing)
//     from RAM, with the physical pages they lie in; a block is compiled
//     the first time it may run, so one that never fits before an event
//     or a limit costs a read, not a compilation. A bus write into such a page drops its
//     entries (self-modifying code); Reset, Restore and another engine's
//     run drop all; a change of mode or translation is seen at entry (the
//     pages are looked up again unless they are kseg0 or kseg1). Each
//     entry remembers the two entries that last ran after its block, so a
//     loop finds its next block without the map. A block
//     runs only when nothing the reference checks between instructions
//     can happen inside it: it is not in a delay slot, it fits the run's
//     instruction and cycle limits, holds no Until address after its
//     first instruction, no code hook covers it, no interrupt is pending,
//     and its static cycles end before the next timer or device event
//     (cpu.Core.NextEvent). Otherwise the instruction runs by Step. A
//     compiled block raises no exception: it holds no loads, stores,
//     trapping arithmetic or privileged operations. The registers are
//     copied into State before each block and back after it.
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
// compiled code needs the runtime. Here that is, beyond the prototype:
//
//   - Registers and chaining first (where the prototype's time goes: it
//     copies the 32 registers in and out, finds the next block and checks
//     the limits, the hooks and the events in Go, around every block of a
//     dozen instructions; the compiled code itself is about a tenth of
//     the time on an ALU loop): keep the guest
//     registers in State across blocks while the engine runs compiled
//     code, written back only before a Step; patch a block's direct exits
//     to jump straight into the next block's code when both are compiled
//     under the same translations and mode, and look indirect jumps up in
//     a jump cache in State; keep hot guest registers in host registers
//     inside a block where it pays, written back at every exit.
//   - Blocks from the Fast engine's block cache (the same boundaries,
//     static prefixes and fast forms), through an engine-facing API in
//     package cpu, once the compiled instructions cover what its blocks
//     hold.
//   - Counts on every profile: each block's static prefix is added at its
//     exits; an exit in the middle of a block (an exception, an access
//     that needs Go) adds the prefix up to that instruction, so the
//     partial counts are the interpreter's at that point. The I-cache is
//     checked at each line boundary, the software TLB and the D-cache tag
//     inline on every load and store; misses, uncached and device
//     accesses, the write buffer, multiplies and HI/LO waits leave to Go
//     with a status that names what to do and the instruction's index, Go
//     does it through cpu.Core as the reference does, and the block
//     resumes or ends. Until then the engine steps on every profile with
//     caches.
//   - Exits: State gains an exit record (status, the index of the
//     instruction, an address or operand) beside the PC; statuses beyond
//     StatusEnd will say: an exception to raise, a memory access for Go, a
//     multiply or divide, a timer or device event due, a jump to a block
//     not yet compiled, and preemption.
//   - Invalidation as now, plus TLB and segment-register changes through
//     the MMU's generation once blocks are linked, and links and the jump
//     cache dropped with the blocks.
//   - Preemption: chained code returns to Go at least every N guest cycles
//     (a budget in State counted down at block ends), so the goroutine can
//     be preempted, the garbage collector can stop it and Ctrl-C reaches
//     the run's context. Compiled code holds no Go pointers, so an exit
//     anywhere is safe.
//   - The engine registers as "jit" on linux/amd64 and becomes the default
//     there once every equality test passes on it; elsewhere it is absent
//     and Fast remains the default.
package jit
