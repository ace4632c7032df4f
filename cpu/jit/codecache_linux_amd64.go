//go:build !nojit

package jit

import (
	"fmt"
	"os"
	"runtime"
	"syscall"
	"unsafe"
)

// Supported reports whether this host can run compiled code.
const Supported = true

// The code cache's memory is one anonymous mapping, read+exec except while
// Install writes a block into it: the pages the block covers become
// read+write for the copy and read+exec again after (W^X), so no page is
// ever writable and executable at once. That costs two mprotect calls per
// block installed, which is small beside compiling it; a cache is used by
// one goroutine at a time, so no code runs from a page while it is
// writable.

// region is the mapping, apart from the CodeCache so that a cleanup can
// unmap it once the cache is unreachable.
type region struct {
	mem    []byte
	closed bool
}

func newRegion(size int) (*region, error) {
	mem, err := syscall.Mmap(-1, 0, size, syscall.PROT_READ|syscall.PROT_EXEC, syscall.MAP_PRIVATE|syscall.MAP_ANON)
	if err != nil {
		return nil, fmt.Errorf("code cache: mmap %d bytes: %w", size, err)
	}
	return &region{mem: mem}, nil
}

func (r *region) unmap() error {
	if r.closed {
		return nil
	}
	r.closed = true
	return syscall.Munmap(r.mem)
}

// write copies code into the region at off, keeping W^X.
func (r *region) write(off int, code []byte) error {
	page := os.Getpagesize()
	lo := off &^ (page - 1)
	hi := min((off+len(code)+page-1)&^(page-1), len(r.mem))
	pages := r.mem[lo:hi]
	if err := syscall.Mprotect(pages, syscall.PROT_READ|syscall.PROT_WRITE); err != nil {
		return fmt.Errorf("code cache: mprotect read+write: %w", err)
	}
	copy(r.mem[off:], code)
	if err := syscall.Mprotect(pages, syscall.PROT_READ|syscall.PROT_EXEC); err != nil {
		return fmt.Errorf("code cache: mprotect read+exec: %w", err)
	}
	return nil
}

func (r *region) address(off int) uintptr { return uintptr(unsafe.Pointer(&r.mem[off])) }

// addCleanup unmaps r when c becomes unreachable without Close.
func addCleanup(c *CodeCache, r *region) {
	runtime.AddCleanup(c, func(r *region) { _ = r.unmap() }, r)
}

// call runs b's code, a function that takes nothing and returns AX, with
// R13 holding nil (enter), for tests of the cache.
func call(b *Block) uint64 { return enter(b.entry, nil) }
