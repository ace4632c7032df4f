// Package bench is graftlab's microbenchmark harness: scenarios run in system
// mode on the nanokernel (package kernel), each measured as a cycle delta
// between named guest symbols, and reports as text, CSV, JSON and SVG.
//
// A scenario is a small user program generated from a skeleton (program.go):
// setup, a warm-up, an empty loop between the symbols empty_begin and
// empty_end, and the measured loop between bench_begin and bench_end. The two
// loops have the same structure and differ only in the operation measured, so
// (measured − empty) / iterations is the cost of one operation with the
// loop's own cost subtracted. The harness stops the machine at the symbols
// with cpu.Limits.Until and reads cpu.Stats there. The timer row, whose
// interrupts land anywhere in a loop, is measured per interrupt instead, from
// the instruction boundary where the interrupt is taken to the first user
// instruction after it (hooks.go).
//
// Everything is a function of the program, the kernel and the profile: the
// same profile gives the same figures on every run and every host. The
// published figures (Aegis and Ultrix on a DECstation 5000/125, from the
// exokernel paper the survey cites) are printed beside graftlab's as a
// reference column, never a target; doc/bench.md explains every row and the
// differences.
//
// The misfit.* rows (misfit.go) are measured differently: a MiSFIT graft is
// loaded by the graft kernel's loader (kernel.LoadGraft) unrewritten and
// rewritten, and called once each; the row gives both runs' cycles from the
// graft's entry to its return and the overhead (doc/bench.md, "MiSFIT rows").
//
// API: Scenarios lists the rows; Run measures one; RunAll measures a
// selection; WriteText, WriteCSV, WriteJSON and WriteSVG report them.
package bench
