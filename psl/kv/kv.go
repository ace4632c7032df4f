// Package kv holds the front ends of the key-value store that doc/psl.md
// implements four ways, on one source (kernel/src/kv.s): as a protected
// shared library (kvlib.mips), as conventional system calls (in the kernel),
// as a user-level server reached by LRPC (server.mips), and as a plain
// library linked into the client (client.mips with MODE 3). client.mips is the
// recorded workload's task, for every way.
package kv

import (
	"embed"
	"errors"
	"io/fs"

	"graftlab/isa/asm"
	"graftlab/kernel"
	"graftlab/loader/object"
)

//go:embed *.mips
var sources embed.FS

// Modes of client.s: how it reaches the store.
const (
	ModePSL  = 0
	ModeConv = 1
	ModeLRPC = 2
	ModeLib  = 3
)

// Services are the library's services, in index order.
var Services = []string{"kvopen", "kvput", "kvget"}

// Source returns the text of a front end.
func Source(name string) ([]byte, error) { return sources.ReadFile(name) }

// ReadFile resolves the front ends' includes: kv.s and kv.inc, from the
// kernel's sources.
func ReadFile(inc string) ([]byte, error) {
	if b, err := sources.ReadFile(inc); err == nil {
		return b, nil
	} else if !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	return kernel.Source(inc)
}

// Assemble assembles one of the front ends (kvlib.mips, server.mips, client.mips)
// with the given symbols; kv.s and kv.inc come from the kernel's sources.
func Assemble(name string, defs map[string]int64) (*object.File, error) {
	src, err := sources.ReadFile(name)
	if err != nil {
		return nil, err
	}
	return asm.Assemble(name, src, asm.Options{ReadFile: ReadFile, Defines: defs})
}
