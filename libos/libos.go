// Package libos holds a small exokernel library operating system's virtual
// memory (vm_exo.mips), and the same interface over the conventional
// personality's mprotect and SIGSEGV (vm_conv.mips), so that one
// program's source runs under either (doc/kernel.md, "A library OS's
// virtual memory"). The files are assembly included by the program that
// uses them (.include "vm_exo.mips"), after it defines VM_BASE (the
// region's first address, page aligned) and VM_PAGES (its pages).
package libos

import "embed"

//go:embed *.mips
var sources embed.FS

// ReadFile returns the text of one of the library's files, for an
// assembler's include path.
func ReadFile(name string) ([]byte, error) { return sources.ReadFile(name) }
