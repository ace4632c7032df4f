package jit

import "unsafe"

// enter runs the compiled code at code on the State at state and returns
// the status it left with (enter_linux_amd64.s).
//
//go:noescape
func enter(code uintptr, state unsafe.Pointer) uint64
