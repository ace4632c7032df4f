// Package gdbstub serves a graftlab machine to gdb over the GDB remote
// serial protocol, as gdbserver and QEMU's -gdb stub do, so that
// gdb-multiarch can debug a guest program: `target remote`, breakpoints,
// watchpoints, stepping, registers and memory.
//
// # Boundaries
//
// The stub speaks the protocol and knows gdb's view of a MIPS32 processor;
// it knows nothing of processes or kernels. What it debugs is a Target: a
// cpu.Machine (registers, hooks, counters), the memory as the program sees
// it, and a way to run it. UserTarget serves a user-mode program
// (user.Process); a system-mode machine can be served later by another
// implementation of the same small interface.
//
// # Public API
//
//   - Target, Event: what the stub debugs and what a run of it ends with.
//   - UserTarget, NewUserTarget: a user-mode program as a Target.
//   - Server, NewServer, Options: one debugging session over one
//     connection; Serve returns an Outcome (detached, killed, disconnected).
//   - TargetXML: the target description sent to gdb.
//
// # Protocol
//
// Packets are framed as $data#cs with a two-digit checksum and acknowledged
// with + and - until QStartNoAckMode; a packet that fails its checksum is
// refused with - and a - from gdb resends the last reply. Binary data (the X
// packet, qXfer replies) is escaped with }. The stub answers qSupported
// (PacketSize, QStartNoAckMode, qXfer:features:read, swbreak, hwbreak,
// vContSupported), qXfer:features:read:target.xml (the registers
// gdb-multiarch expects of a 32-bit MIPS: the org.gnu.gdb.mips.cpu, .cp0
// and .fpu features: the FPU registers, FCSR and FIR carry the machine's
// values, or read as unavailable on a profile without an FPU), ?, g, G, p, P, m, M, X, c, C, s, S, vCont, Z0-Z4 and z0-z4,
// k, vKill, D, H, T, qC, qfThreadInfo, qsThreadInfo, qAttached, qRcmd
// (monitor commands) and Ctrl-C (a 0x03 byte while the target runs).
// Unknown packets get the empty reply; malformed ones get an E reply
// (doc/gdb.md lists the codes). Nothing a client sends makes the stub panic.
//
// # Cycle-exact debugging
//
// Breakpoints and watchpoints are code hooks, not patched memory, and the
// stub stops the machine between instructions, so a program's instruction
// and cycle counts are the same with or without a debugger attached. Memory
// is read through Target.ReadMemory, which must not change the guest's
// future (UserTarget reads without allocating pages). Only what the client
// changes (registers, memory) changes the run.
//
// Watchpoints trigger before the access, as MIPS watch exceptions do: the
// stub decodes each instruction before it runs, computes the address of its
// load or store, and stops with the instruction not yet executed; gdb then
// steps over it and compares the old and new values. Breakpoints, likewise,
// stop before the instruction at their address runs. A resume from an
// address with a breakpoint, or from a watchpoint stop, first runs that
// instruction.
package gdbstub
