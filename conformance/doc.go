// Package conformance holds no code of its own: its subpackages check
// graftlab's processor against the outside world, and so sit above every
// layer they run (cpu, user, loader) rather than inside cpu.
//
//   - difftest runs random instruction sequences on qemu-mipsel (or
//     Unicorn) and on every registered engine, and compares them.
//   - peers runs the loop programs that doc/peers.md times against
//     qemu-mipsel and Unicorn, on every registered engine.
//
// The engine-equality harness proper (every engine against the reference
// interpreter, snapshot by snapshot) lives with the tests of each layer:
// cpu's table tests and FuzzEngines, user's programs, the kernel's boots,
// the bench rows and the debugger's sessions all take their engines from
// cpu.Engines.
package conformance
