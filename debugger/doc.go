// Package debugger is graftlab's debugger core: a table of commands, in
// gdb's names and abbreviations, that drive a target machine and write
// what they show to an io.Writer. It knows nothing of terminals, so tests
// run commands and read their output; the readline front end lives in
// cmd/graftlab (debug.go), and debugger/gdbstub serves gdb itself.
//
// # Boundaries
//
//   - A Target is what the debugger drives: a cpu.Machine stepped one engine
//     step at a time, guest memory read and written through the target's own
//     translation, and snapshots of everything that execution changes.
//     UserTarget is a user-mode program (user.Process); a system-mode
//     machine can implement the same interface later.
//   - Debug information comes from loader/debuginfo (DWARF lines, functions,
//     variables, CFI) and the ELF symbol table (loader.Executable).
//   - The Debugger owns breakpoints, watchpoints, the cycle mark, the
//     per-instruction cycle record and the history of snapshots that
//     reverse execution replays from.
//
// # Execution
//
// The debugger steps the engine itself (Target.Step), so that it sees every
// instruction: it checks breakpoints before each one, watchpoints after
// (through memory hooks), and records the cycles each instruction took.
// Every resumption has a step limit (Config.MaxSteps) and ends with its
// context (Ctrl-C in the front end).
//
// The debugger stops only at instruction boundaries: after an instruction
// completed (an instruction may take several engine steps, a TLB refill
// served by the host before it, say). A boundary is named by the number of
// instructions completed. The machine is deterministic, so any earlier
// boundary can be reached again by restoring the newest snapshot before it
// and stepping forward: reverse-stepi, reverse-step, reverse-next and
// reverse-continue do that.
// Snapshots are taken at boundaries, every SnapshotInterval ticks (ticks are
// instructions plus exceptions, which every engine step advances). Output
// the guest wrote is not written twice when it is replayed, and input it
// read is read again from a record.
//
// # API
//
//	d, err := debugger.New(debugger.Config{Target: t, Executable: exe, Info: info, Out: w})
//	err = d.Execute(ctx, "break sum_squares")
//	d.Commands()           // the table, for help, completion and documentation
//	d.Complete("info re")  // completions of a partial line
//
// Execute returns an error for a command that failed (unknown command, bad
// argument, memory that cannot be read); it never panics on user input.
// ErrQuit asks the front end to leave.
package debugger
