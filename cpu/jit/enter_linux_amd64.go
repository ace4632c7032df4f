//go:build !nojit

package jit

import "unsafe"

// enter runs the compiled code at code on the State at state and returns
// the status it left with (enter_linux_amd64.s).
//
//go:noescape
func enter(code uintptr, state unsafe.Pointer) uint64

// enterNative runs a compiled engine's code at code (enter_linux_amd64.s).
//
//go:noescape
func enterNative(code uintptr, x, gpr unsafe.Pointer, start uint64) uint64
