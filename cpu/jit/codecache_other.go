//go:build !(linux && amd64) || nojit

package jit

import (
	"fmt"
	"runtime"
	"unsafe"
)

// Supported reports whether this host can run compiled code.
const Supported = false

// region stands for the executable mapping this host does not have.
type region struct {
	mem    []byte
	closed bool
}

func newRegion(size int) (*region, error) {
	return nil, fmt.Errorf("code cache on %s/%s: %w", runtime.GOOS, runtime.GOARCH, ErrUnsupported)
}

func (r *region) unmap() error                     { return nil }
func (r *region) write(off int, code []byte) error { return ErrUnsupported }
func (r *region) address(off int) uintptr          { return 0 }
func addCleanup(c *CodeCache, r *region)           {}
func call(b *Block) uint64                         { panic("cpu/jit: no compiled code on this host") }

func enterNative(code uintptr, x, gpr unsafe.Pointer, start uint64) uint64 {
	panic("cpu/jit: no compiled code on this host")
}
