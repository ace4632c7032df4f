// Package peers holds the tests and benchmarks of the loop programs that
// graftlab is compared on with qemu-mipsel and Unicorn (doc/peers.md).
//
// The programs live in testdata/peers: seven static MIPS32 executables
// built by gcc from C (integer bit-twiddling, strided byte stores, xor over a
// buffer, checksums, quicksort, matrix multiply, calls through function
// pointers), each sized by argv[1] and printing one checksum line.
// testdata/peers/peers.py is the side-by-side runner; this package has no
// API, only:
//
//   - tests that run every program at the small size of the golden files
//     on every registered engine (cpu.Engines) under dec5000 and check the
//     output, the exit status and the instruction count against what
//     qemu-mipsel and Unicorn recorded (testdata/peers/golden.sh), the
//     cycle count of every engine against the reference interpreter's,
//     and, when qemu-mipsel is installed, the output against a fresh
//     qemu-mipsel run;
//   - a benchmark per program and engine (go test -bench . ./conformance/peers)
//     that reports guest MIPS.
package peers
