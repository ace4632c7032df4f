package kernel

import (
	"embed"
	"fmt"
	"io/fs"
	"sync"

	"graftlab/isa/asm"
	"graftlab/kernel/csrc/crypto"
	"graftlab/kernel/csrc/link"
	"graftlab/loader"
	"graftlab/loader/object"
)

//go:embed src/*.s src/*.inc
var sources embed.FS

// SourceFiles are the kernel's assembly sources, in link order. kernel.s
// comes first so that its boot code, which runs once, takes the I-cache
// indexes of the vector page (0x000-0x1ff modulo the 64 KiB cache of
// dec5000); the hot paths of vectors.s follow and never conflict with the
// vectors (doc/kernel.md, "Physical layout").
var SourceFiles = []string{"kernel.s", "vectors.s", "ipc.s", "psl.s", "kv.s", "bind.s", "vm.s", "vino.s", "vinoload.s", "bcache.s", "pager.s", "spin.s", "spinload.s"}

// cObjects are the kernel's parts written in C (kernel/csrc), linked
// after SourceFiles.
var cObjects = []struct {
	name string
	data func() []byte
}{
	{"csrc/crypto/crypto.o", crypto.Object},
	{"csrc/link/glink.o", link.Object},
}

// Image is the linked nanokernel.
type Image struct {
	*loader.Image
}

// Symbol returns the address of a kernel symbol.
func (im *Image) Symbol(name string) (uint32, error) {
	s, ok := im.Lookup(name)
	if !ok {
		return 0, fmt.Errorf("kernel: no symbol %q", name)
	}
	return s.Addr, nil
}

// Source returns the text of one of the kernel's source files.
func Source(name string) ([]byte, error) { return sources.ReadFile("src/" + name) }

var (
	buildOnce  sync.Once
	builtImage *Image
	buildErr   error
)

// Build assembles and links the kernel. The result is computed once and
// shared: callers must not modify it.
func Build() (*Image, error) {
	buildOnce.Do(func() { builtImage, buildErr = build() })
	return builtImage, buildErr
}

func build() (*Image, error) { return buildFrom(SourceFiles, "__start") }

func buildFrom(files []string, entry string) (*Image, error) {
	opt := asm.Options{ReadFile: func(name string) ([]byte, error) { return fs.ReadFile(sources, "src/"+name) }}
	var objs []*object.File
	for _, name := range files {
		src, err := sources.ReadFile("src/" + name)
		if err != nil {
			return nil, err
		}
		o, err := asm.Assemble(name, src, opt)
		if err != nil {
			return nil, fmt.Errorf("kernel: %w", err)
		}
		objs = append(objs, o)
	}
	// kernel_asm_end marks the end of the assembly's text: the firmware
	// colours the programs' pages after it (boot.go).
	end, err := asm.Assemble("asmend.s", []byte("\t.text\n\t.globl\tkernel_asm_end\nkernel_asm_end:\n"), opt)
	if err != nil {
		return nil, fmt.Errorf("kernel: %w", err)
	}
	objs = append(objs, end)
	// The C parts, gcc-built objects linked after the assembly: the
	// signature check and the graft linker of VINO's loader (vinoload.s).
	names := append(append([]string{}, files...), "asmend.s")
	for _, c := range cObjects {
		o, err := object.Parse(c.data())
		if err != nil {
			return nil, fmt.Errorf("kernel: %s: %w", c.name, err)
		}
		objs = append(objs, o)
		names = append(names, c.name)
	}
	im, err := loader.Link(objs, names, loader.LinkOptions{TextAddress: TextAddress, Entry: entry})
	if err != nil {
		return nil, fmt.Errorf("kernel: link: %w", err)
	}
	k := &Image{im}
	// The vectors the reset code copies must fit their slots.
	for _, v := range []struct {
		start, end string
		max        uint32
	}{{"refill_start", "refill_end", 0x180}, {"refill_exo_start", "refill_exo_end", 0x180}, {"general_start", "general_end", 0x80}} {
		a, err := k.Symbol(v.start)
		if err != nil {
			return nil, err
		}
		b, err := k.Symbol(v.end)
		if err != nil {
			return nil, err
		}
		if b-a > v.max {
			return nil, fmt.Errorf("kernel: %s is %d bytes, more than its vector slot's %d", v.start, b-a, v.max)
		}
	}
	return k, nil
}
