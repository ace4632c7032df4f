// Package debuginfo reads the debugging information of a MIPS32 ELF
// executable: DWARF line tables, functions with their address ranges,
// parameters and local variables, and call-frame information (CFI) from
// .debug_frame and .eh_frame for unwinding the stack.
//
// It is what the debugger (source lines, breakpoints on file:line, step,
// next, finish, backtrace, locals), the gdb stub and the guest profiler use
// to map addresses to source and to walk frames. It builds on debug/elf and
// debug/dwarf; only the CFI reader is written here, because debug/dwarf
// does not decode frame information.
//
// # API
//
//   - Load(data) or FromELF(f) gives an *Info. A file without DWARF is not
//     an error: the Info is empty and HasLines, HasFunctions and HasCFI
//     report false; malformed DWARF is an error that names the section.
//   - Lines: Info.PCToLine (address → file:line), Info.LineToPCs (file:line →
//     the addresses where that line's code starts, the breakpoint sites),
//     Info.Files, Info.Lines (the whole table, sorted by address).
//   - Functions: Info.Functions, Info.FunctionAt(pc), Info.Function(name),
//     Function.BodyStart (the first address past the prologue, where a
//     breakpoint on the function goes, as gdb places it) and
//     Function.Variables (parameters and locals with their frame offsets and
//     DWARF types); Info.Globals.
//   - Frames: Info.FrameRule(pc) (the CFI row: how to find the CFA and the
//     saved registers at pc) and Info.Unwind(regs, read), one frame up the
//     stack.
//
// Addresses are 32-bit guest virtual addresses; register numbers are the
// DWARF numbers of MIPS, which are the GPR numbers 0–31.
package debuginfo
