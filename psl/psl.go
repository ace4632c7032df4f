// Package psl builds protected shared libraries (PSL, survey section 8):
// a library whose code and data become part of a client's address space
// only while one of its services runs, entered and left through a
// lightweight trap that changes segment registers, not the address space.
//
// Plan. The kernel side is guest code (kernel/src/psl.s); this package is
// the toolchain around it:
//
//	Build(Spec, n) (kernel.Library, error)   link a library object at its segment and find its services
//	ParseSpec("LIB.o[:svc,svc]")              the command line's --psl form
//	Stub(n, i) uint32                          where a client calls library n's service i
//	StubsObject([]Spec) ([]byte, error)        an ELF object defining each service name at its stub,
//	                                           for linking clients (GNU ld and loader.Link accept it)
//	StubCode(n, i) []byte                      the stub, built with isa.Builder
//
// Library n is linked at 0x40000000 + n<<28 (segment 4 or 5) together with
// its return gate (a break, __psl_gate); its services are global symbols of
// its object, by name. A client attached to it (kernel.Program.Libraries)
// has a common area at kernel.PSLCommon holding a stub for each service
// (li v0, -1-(n*256+i); syscall; jr ra; nop) and the service stack; the
// kernel writes the stubs, and the client calls them as procedures
// (arguments in a0-a3, results in v0-v1). doc/psl.md describes the whole.
package psl

import (
	"debug/elf"
	"errors"
	"fmt"
	"os"
	"strings"

	"graftlab/isa/asm"
	"graftlab/kernel"
	"graftlab/loader"
	"graftlab/loader/object"
)

// Spec describes a library: its relocatable object and the names of its
// services, in the order of their indexes (nil: every global function of
// the object, in symbol-table order).
type Spec struct {
	Name     string // for messages
	Object   []byte
	Services []string
}

// GateSymbol names the library's return gate.
const GateSymbol = "__psl_gate"

// gateSource is linked into every library: the gate, the first word of its
// segment.
const gateSource = "\t.text\n\t.globl " + GateSymbol + "\n" + GateSymbol + ":\n\tbreak\t0x3ff\n"

// ParseSpec reads "LIB.o" or "LIB.o:svc1,svc2" and the object file.
func ParseSpec(arg string) (Spec, error) {
	path, list, hasList := strings.Cut(arg, ":")
	data, err := os.ReadFile(path)
	if err != nil {
		return Spec{}, err
	}
	s := Spec{Name: path, Object: data}
	if hasList {
		for _, n := range strings.Split(list, ",") {
			if n == "" {
				return Spec{}, fmt.Errorf("%s: an empty service name in %q", path, list)
			}
			s.Services = append(s.Services, n)
		}
	}
	return s, nil
}

// services returns the spec's service names, or the object's global
// functions.
func (s Spec) services() ([]string, error) {
	if s.Services != nil {
		return s.Services, nil
	}
	f, err := object.Parse(s.Object)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", s.Name, err)
	}
	var names []string
	for _, sym := range f.Symbols {
		if sym.Bind != object.Local && sym.Type == object.SymFunc && sym.Section != nil && sym.Section.Flags&uint32(elf.SHF_EXECINSTR) != 0 {
			names = append(names, sym.Name)
		}
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("%s: no global function to serve", s.Name)
	}
	return names, nil
}

// Build links library n (0 or 1) at its segment and returns what the
// kernel's boot list needs.
func Build(s Spec, n int) (kernel.Library, error) {
	if n < 0 || n >= kernel.MaxLibraries {
		return kernel.Library{}, fmt.Errorf("psl: library %d: at most %d libraries", n, kernel.MaxLibraries)
	}
	names, err := s.services()
	if err != nil {
		return kernel.Library{}, err
	}
	if len(names) > kernel.MaxServices {
		return kernel.Library{}, fmt.Errorf("%s: %d services, at most %d", s.Name, len(names), kernel.MaxServices)
	}
	gate, err := asm.Assemble("psl-gate.s", []byte(gateSource), asm.Options{})
	if err != nil {
		return kernel.Library{}, err
	}
	gb, err := gate.Marshal()
	if err != nil {
		return kernel.Library{}, err
	}
	im, err := loader.LinkBytes([][]byte{gb, s.Object}, []string{"psl-gate.s", s.Name},
		loader.LinkOptions{TextAddress: kernel.PSLBase(n), Entry: GateSymbol})
	if err != nil {
		return kernel.Library{}, fmt.Errorf("%s: %w", s.Name, err)
	}
	x, err := im.Executable()
	if err != nil {
		return kernel.Library{}, err
	}
	lib := kernel.Library{Name: s.Name}
	for _, seg := range x.Segments {
		va := seg.Addr &^ 0xfff
		end := (seg.Addr + seg.MemSize + 0xfff) &^ 0xfff
		if va>>28 != kernel.PSLBase(n)>>28 || (end-1)>>28 != va>>28 {
			return kernel.Library{}, fmt.Errorf("%s: segment at %#x leaves the library's segment %#x", s.Name, seg.Addr, kernel.PSLBase(n))
		}
		buf := make([]byte, seg.Addr-va+uint32(len(seg.Data)))
		copy(buf[seg.Addr-va:], seg.Data)
		lib.Regions = append(lib.Regions, kernel.Region{VA: va, Pages: (end - va) / 4096,
			Write: seg.Flags&elf.PF_W != 0, Exec: seg.Flags&elf.PF_X != 0, Data: buf})
	}
	sym := func(name string) (uint32, bool) {
		for _, s := range x.Symbols {
			if s.Name == name {
				return s.Value, true
			}
		}
		return 0, false
	}
	var ok bool
	if lib.Gate, ok = sym(GateSymbol); !ok {
		return kernel.Library{}, errors.New("psl: the gate was not linked")
	}
	for _, name := range names {
		a, ok := sym(name)
		if !ok {
			return kernel.Library{}, fmt.Errorf("%s: no service %q in the library", s.Name, name)
		}
		lib.Services = append(lib.Services, a)
	}
	return lib, nil
}

// Stub returns where a client calls library n's service i.
func Stub(n, i int) uint32 { return kernel.PSLStub(n, i) }

// StubCode returns the code of library n's service i's stub, as the kernel
// writes it in every client's common area (built with isa.Builder).
func StubCode(n, i int) []byte { return kernel.PSLStubCode(n, i) }

// StubsObject returns an ELF relocatable object that defines each service
// of the libraries as an absolute symbol at its stub: linked with a
// client, a call of the service by name is a call of its stub. (Clients
// built by gcc need -mlong-calls: the stubs lie in another 256 MiB region.)
func StubsObject(specs []Spec) ([]byte, error) {
	f := &object.File{}
	for n, s := range specs {
		names, err := s.services()
		if err != nil {
			return nil, err
		}
		for i, name := range names {
			f.Symbols = append(f.Symbols, &object.Symbol{Name: name, Value: Stub(n, i), Abs: true,
				Bind: object.Global, Type: object.SymFunc, Size: 16})
		}
	}
	return f.Marshal()
}
