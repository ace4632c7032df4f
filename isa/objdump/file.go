package objdump

import (
	"bytes"
	"debug/elf"
	"fmt"
	"strconv"
)

// Kind says what a File was read from.
type Kind int

const (
	Raw         Kind = iota // a raw binary at a base address
	Relocatable             // an ELF ET_REL object
	Executable              // an ELF ET_EXEC executable
)

func (k Kind) String() string {
	if k < 0 || k > Executable {
		return "Kind(" + strconv.Itoa(int(k)) + ")"
	}
	return [...]string{"raw binary", "relocatable object", "executable"}[k]
}

// File is a program to list: its sections and symbols.
type File struct {
	Name     string // as given; shown in the listing headers
	Kind     Kind
	Flags    uint32 // ELF e_flags
	Sections []*Section
	Symbols  []*Symbol // defined, named symbols in symbol-table order

	sortedSyms []*Symbol // Symbols in objdump's order, made by sorted
	format     string    // BFD's name of the format, for the objdump header
	hasRelocs  bool      // BFD's HAS_RELOC: the file has relocation sections
	signExtend bool      // BFD sign-extends 32-bit MIPS ELF addresses
}

// Section is a section of a file, or the whole of a raw binary.
type Section struct {
	Name  string
	Index int    // ELF section header index; 1 for a raw binary
	Addr  uint32 // address of the first byte
	Size  uint32
	Data  []byte // the contents; nil when the section has none (SHT_NOBITS)
	Exec  bool   // SHF_EXECINSTR: listed by default
	alloc bool   // SHF_ALLOC: occupies its addresses in an executable
}

// End is the address one past the section, which may be 1<<32.
func (s *Section) End() uint64 { return uint64(s.Addr) + uint64(s.Size) }

// Symbol is a defined symbol.
type Symbol struct {
	Name    string
	Value   uint32
	Size    uint32
	Type    elf.SymType
	Bind    elf.SymBind
	Section *Section // nil for an absolute symbol or one whose section is not listed
	secName string   // BFD's name of the symbol's section ("*ABS*" when absolute)
}

// Open reads a file's contents: an ELF32 little-endian MIPS relocatable
// object or executable. name is only used in messages and headers.
func Open(name string, data []byte) (*File, error) {
	if !bytes.HasPrefix(data, []byte(elf.ELFMAG)) {
		return nil, fmt.Errorf("%s: not an ELF file (use a raw binary with a base address)", name)
	}
	f, err := readELF(name, data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return f, nil
}

// NewRaw makes a File of a raw binary loaded at base.
func NewRaw(name string, data []byte, base uint32) (*File, error) {
	if uint64(base)+uint64(len(data)) > 1<<32 {
		return nil, fmt.Errorf("%s: %d bytes at %#x pass the end of the address space", name, len(data), base)
	}
	sec := &Section{Name: ".data", Index: 1, Addr: base, Size: uint32(len(data)), Data: data, Exec: true, alloc: true}
	return &File{Name: name, Kind: Raw, Sections: []*Section{sec}, format: "binary"}, nil
}

// Section returns the first section with the given name.
func (f *File) Section(name string) *Section {
	for _, s := range f.Sections {
		if s.Name == name {
			return s
		}
	}
	return nil
}

// SymbolsIn returns the symbols defined in s, in symbol-table order.
func (f *File) SymbolsIn(s *Section) []*Symbol {
	var syms []*Symbol
	for _, sym := range f.Symbols {
		if sym.Section == s {
			syms = append(syms, sym)
		}
	}
	return syms
}

// Symbolize names a code address referred to from section from, by
// graftlab's rule (simpler than objdump's): the address must lie in from or,
// in an executable or raw binary, in another allocated section; the name is
// that of the nearest symbol of the section at or below the address, else the
// section's own.
func (f *File) Symbolize(from *Section, addr uint32) (name string, base uint32, ok bool) {
	in := func(s *Section) bool { return uint64(addr) >= uint64(s.Addr) && uint64(addr) < s.End() }
	sec := from
	if !in(sec) {
		sec = nil
		for _, s := range f.Sections {
			if f.Kind != Relocatable && s.alloc && in(s) {
				sec = s
				break
			}
		}
		if sec == nil {
			return "", 0, false
		}
	}
	var best *Symbol // the first, in objdump's order, of the highest value
	for _, sym := range f.sorted() {
		if sym.Value > addr {
			break
		}
		if sym.Section == sec && (best == nil || sym.Value > best.Value) {
			best = sym
		}
	}
	if best != nil {
		return best.Name, best.Value, true
	}
	return sec.Name, sec.Addr, true
}
