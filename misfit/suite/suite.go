// Package suite holds MiSFIT's graft suite and micro kernels, embedded, so
// that the misfit tests and graftlab bench's misfit rows use one copy:
//
//   - grafts/NAME.o: the six C grafts (xor, cksum, hash, lru, pkt, ops),
//     built from grafts/NAME.c by grafts/build.sh with the flags MiSFIT
//     expects (doc/misfit.md);
//   - micro/NAME.s: the micro kernels that measure one kind of checked
//     operation (load, store, call, icall, stack), in graftlab asm's dialect;
//   - Case: how each graft is called (entry, data region, arguments), the
//     same inputs for the tests' expected results and for the bench.
package suite

import "embed"

//go:embed grafts/*.o micro/*.s
var files embed.FS

// Object returns the gcc-built object of graft name.
func Object(name string) ([]byte, error) { return files.ReadFile("grafts/" + name + ".o") }

// Micro returns the assembly source of micro kernel name.
func Micro(name string) ([]byte, error) { return files.ReadFile("micro/" + name + ".s") }
