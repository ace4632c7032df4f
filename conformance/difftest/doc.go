// Package difftest checks graftlab's processor against qemu-mipsel (and
// Unicorn) on random instruction sequences: a differential tester.
//
// # Design
//
// Generate writes sequences of 100-500 instructions (Config) that are
// deterministic in the seed and the sequence's index, from a splitmix64
// generator of the package's own, so that a seed means the same sequences
// on every Go release. A sequence has an initial state (random registers
// biased towards edge values, random HI and LO), a data buffer of 2 KiB of
// random bytes, three base registers that point into the buffer (sp and two
// others, at any byte offset), and its items: instructions, plus la for
// jr and jalr.
//
// Build links a batch of sequences into one static ELF executable with the
// isa.Builder and loader.Link. For each sequence it emits a prologue that
// loads the initial registers, HI and LO from a table in .data (the base
// registers' entries are R_MIPS_32 relocations), the sequence, and an
// epilogue that stores the 31 registers, HI and LO next to the buffer and
// writes the block (header, registers, buffer) to standard output with
// write(2); the program ends with exit(0). Each buffer is its sequence's own,
// initialised in .data, so nothing is copied at run time.
//
// Engines run the executable: QEMU (qemu-mipsel -cpu 4Kc, a MIPS32 Release
// 1 core), Unicorn (python3-unicorn driven by uc_run.py, model 4Kc, which
// serves write and exit itself) and Graftlab (package user with the
// reference interpreter). Comparer.Compare parses both outputs block by
// block and compares the registers and the buffer. A run that stops early
// (a signal) makes the sequence it stopped in a mismatch, or a broken
// sequence when both stopped alike, and the rest run again in a new
// program. Each mismatch is reduced by delta debugging (Reduce), rerunning
// single-sequence programs on both engines; Mismatch.String prints the
// differing values, the initial state and the sequence disassembled with
// isa.GNU at its address.
//
// The generator follows each sequence with a model (model.go) of the
// values it knows: addresses (the base registers, link registers, la
// results) and whatever is computed from them are unknown. It uses the
// model only to make choices: branch directions, traps that must not
// trap, additions that must not overflow, divisors that must not be zero.
// The comparison checks the reference's results against every known value
// of the model as well (so that a generator mistake shows up as such), and
// the number of instructions graftlab executed against the model's count,
// which checks that nullified delay slots do not count.
//
// # Floating point and Release 2
//
// fp.go is a second generator for the FPU and the Release 2 integer
// instructions, compared with qemu-mipsel -cpu 24Kf and graftlab's 24kf
// profile (CompareFP, TestFPQEMU): random FPRs, FCSR and GPRs, straight
// code with forward branches on condition codes, an output block of the
// GPRs, FPRs, FCSR and a buffer. See fp.go for what it covers.
//
// A corpus of qemu's results for 200 sequences of seed 1
// (testdata/qemu-seed1.txt) lets go test check graftlab against qemu where
// qemu is not installed.
//
// # What the sequences cover
//
// Every user-mode instruction of isa/opcodes.txt except syscall, break and
// sdbbp: sll srl sra sllv srlv srav, add addu sub subu and or xor nor slt
// sltu, addi addiu slti sltiu andi ori xori lui, mult multu div divu madd
// maddu msub msubu mfhi mflo mthi mtlo, mul, clz clo, movz movn, lb lbu lh
// lhu lw lwl lwr (every byte offset) sb sh sw swl swr (every byte offset),
// ll and sc, the twelve trap instructions (not taken), sync and pref, the
// sixteen conditional branches (likely and linking forms, taken and not,
// forward), j, jal, jr and jalr (forward); delay slots hold random
// instructions, and code skipped by taken branches is random too.
//
// # What they exclude, and why
//
//   - Division by zero (div and divu): UNPREDICTABLE in MIPS32, and the two
//     differ. qemu gives LO = dividend, HI = 0 (it divides by 1); graftlab
//     gives LO = -1 (1 for a negative dividend to div; -1 for divu),
//     HI = dividend. INT_MIN / -1 is compared: both give LO = INT_MIN, HI = 0.
//   - HI and LO after mul, which MIPS32 leaves UNPREDICTABLE (both qemu and
//     graftlab keep them): until mthi/mtlo, mult or div writes them again
//     nothing reads them, and a sequence that ends so does not compare them.
//   - Signed overflow of add, addi and sub, and taken traps: they end the
//     program with a signal (SIGFPE, SIGTRAP). Sequences use only operands
//     that do not overflow or trap; TestSignalsQEMU compares the signals.
//   - syscall, break, sdbbp, and privileged instructions (mfc0, mtc0,
//     cache, the TLB instructions, eret, deret, wait, the segment-register
//     instructions): they end or leave the program; TestSignalsQEMU covers
//     the signals they give in user mode.
//   - sc other than right after an ll of the same word with only register
//     instructions between: a different address, a load or store between
//     them, or sc without ll make the outcome UNPREDICTABLE (qemu-user
//     compares address and value; graftlab keeps an LLBit).
//   - jalr with rd = rs, linking branches with rs = ra, branches in delay
//     slots, clz/clo with rd != rt: UNPREDICTABLE. Misaligned accesses
//     (address errors: SIGBUS), and backward branches.
//   - pref hints other than those MIPS32 Release 1 defines (0, 1, 4-7),
//     sync with a non-zero stype.
package difftest
