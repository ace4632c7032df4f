// Package suite holds MiSFIT's graft suite and micro kernels, embedded, so
// that the misfit tests and graftlab bench's misfit rows use one copy:
//
//   - grafts/NAME.o: the six C grafts (xor, cksum, hash, lru, pkt, ops),
//     built from grafts/NAME.c by grafts/build.sh with the flags MiSFIT
//     expects (doc/misfit.md);
//   - micro/NAME.s: the micro kernels that measure one kind of checked
//     operation (load, store, call, icall, stack), in graftlab asm's dialect,
//     which MicroObject assembles;
//   - Case: how each graft is called (entry, data region, arguments), the
//     same inputs for the tests' expected results and for the bench.
package suite

import (
	"embed"

	"graftlab/isa/asm"
)

//go:embed grafts/*.o micro/*.s
var files embed.FS

// Object returns the gcc-built object of graft name.
func Object(name string) ([]byte, error) { return files.ReadFile("grafts/" + name + ".o") }

// MicroObject returns micro kernel name assembled into an object file;
// for a name no kernel has, an error that wraps fs.ErrNotExist.
func MicroObject(name string) ([]byte, error) {
	src, err := files.ReadFile("micro/" + name + ".s")
	if err != nil {
		return nil, err
	}
	f, err := asm.Assemble(name+".s", src, asm.Options{})
	if err != nil {
		return nil, err
	}
	return f.Marshal()
}
