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
//     constants checked against unsafe.Offsetof in a test; and what
//     chaining needs: the budget (an instruction and a cycle limit), a
//     count of the blocks run, and the chain table. It holds no Go
//     pointers (code addresses are in memory that Go does not manage), so
//     generated code never holds one.
//   - Compile (compile.go): a straight run of the MIPS ALU operations
//     (addu, subu, and, or, xor, nor, slt, sltu, sll, srl, sra, sllv, srlv,
//     srav, addiu, andi, ori, xori, lui, slti, sltiu), decoded with isa,
//     becomes amd64 code that works on State: each instruction computes in
//     AX (CX for shift counts and set-on-less-than), reading $zero as the
//     constant 0 and never writing it. The block ends by adding its static
//     prefix (its length and the profile's class cycles: Block.Pre) to the
//     counters, setting State.PC to the next instruction, and either
//     jumping into the next block (chain.go) or returning a Status. Anything else is refused with an error that names the
//     instruction and its pc (ErrUnsupported).
//   - Control transfers (branch.go): a block may end in beq, bne, blez,
//     bgtz, bltz, bgez, j, jal, jr or jalr followed by its delay slot, a
//     supported ALU operation. The transfer computes the next PC into DX
//     (a conditional move picks the target over the fall-through), writes
//     the link, the slot runs, and the exit stores DX to State.PC and
//     chains on it. The branch-likely forms, bltzal and bgezal, and a
//     transfer whose slot is not compilable end the block before them:
//     they run by Step. Scan says how much of a run of words forms a
//     block.
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
//     trapping arithmetic or privileged operations.
//   - Runs of blocks (engine.go): the registers and counters are copied
//     into State once, when the engine starts running compiled code, and
//     stay there across consecutive blocks; they are written back to the
//     machine only before Go needs its view (a Step, EndOfRun, the event
//     check, a check of the context, the end of the run, the panic of a
//     bad status). The events are checked once, before the first block:
//     the cycle of the next timer or device event is a deadline that the
//     later blocks must end before, since only compiled blocks, which
//     change neither the timer, the devices nor the interrupt lines, ran
//     in between. Between blocks Go checks only the Until address, the
//     limits, hooks and the deadline, from State's counters.
//   - Chaining (chain.go): a block's exit looks the next PC up in State's
//     chain table (256 slots by PC: key, code address, length, static
//     cycles) and jumps straight into that block's code while its
//     counters after it stay within the budget that Go set in State (the
//     instruction limit: the run's, or the next check of the context; the
//     cycle limit: the run's, or the deadline), which is stricter than
//     Go's own checks; otherwise it returns to Go, which decides exactly.
//     The same lookup serves direct and indirect exits. Go fills a slot
//     when it chooses a block between blocks, only for entries that no
//     translation can change under (kseg0, kseg1, read in kernel mode)
//     and never for the run's Until address; it empties slots with their
//     blocks (writes into their pages, new reads, code cache flushes, new
//     code hooks, Reset, Restore, another engine's run) and all of them
//     when a run with another Until address starts. Outside kernel mode
//     nothing chains.
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
//   - Where the time goes now: on the ALU loop of BenchmarkEngineLoop
//     (ideal profile) the engine runs about 3,900 guest-MIPS, against
//     the Fast engine's 1,700 (before runs of blocks and chaining it ran
//     685: a third of its time went to copying registers around each
//     block, a fifth to finding the next one, an eighth to the event
//     check). A CPU profile now puts 93% of the time in generated code
//     and the rest in Go between runs of blocks (Run, runnable, the
//     entries, the Steps of the loop's outer jump). Inside generated code
//     every guest instruction loads its sources from State and stores
//     its result there, and each exit spends about twenty host
//     instructions on the counters and the chain (golang-asm pads its
//     jumps with nops for alignment). Next, then: keep hot guest
//     registers in host registers inside a block, written back at every
//     exit; patch direct exits into a jump to the next block's code once
//     it is known, with the budget check alone before it; and carry the
//     counters in host registers across a chain.
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
//     the MMU's generation once blocks in mapped pages are chained (the
//     chain table holds only unmapped ones).
//   - Preemption: chained code returns to Go at least every 4,096 guest
//     instructions (the instruction limit of the budget), so the goroutine
//     can be preempted, the garbage collector can stop it and Ctrl-C
//     reaches the run's context; with blocks that may loop inside
//     themselves this becomes a budget of cycles counted down in the
//     block. Compiled code holds no Go pointers, so an exit anywhere is
//     safe.
//   - The engine registers as "jit" on linux/amd64 and becomes the default
//     there once every equality test passes on it; elsewhere it is absent
//     and Fast remains the default.
package jit
