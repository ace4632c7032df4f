package object

import (
	"debug/elf"
	"fmt"
	"strings"
)

// DefaultFlags is the e_flags value Marshal writes when File.Flags is zero:
// EF_MIPS_ARCH_32 | EF_MIPS_ABI_O32, what GNU as writes for -march=mips32.
const DefaultFlags = 0x50001000

// MIPS-specific section types and flags that GNU tools emit for o32 objects.
const (
	SHT_MIPS_REGINFO  = 0x70000006
	SHT_MIPS_DWARF    = 0x7000001e
	SHT_MIPS_ABIFLAGS = 0x7000002a
	SHF_MIPS_GPREL    = 0x10000000
)

// MIPS-specific special section indices for symbols.
const (
	shnMIPSAcommon    = 0xff00
	shnMIPSText       = 0xff01
	shnMIPSData       = 0xff02
	shnMIPSScommon    = 0xff03
	shnMIPSSundefined = 0xff04
)

// File is one relocatable object.
type File struct {
	// Flags is e_flags. Marshal writes DefaultFlags when it is zero.
	Flags uint32
	// Sections are the content sections in file order. The null section,
	// the symbol and string tables, the section-name table and the SHT_REL
	// sections are not listed: they are derived.
	Sections []*Section
	// Symbols are the user symbols: no null symbol and no section symbols.
	Symbols []*Symbol
}

// Section is one content section.
type Section struct {
	Name    string
	Type    uint32 // elf.SHT_PROGBITS, elf.SHT_NOBITS, or any other kept type
	Flags   uint32 // elf.SHF_ALLOC, elf.SHF_WRITE, elf.SHF_EXECINSTR, ...
	Align   uint32 // sh_addralign; 0 and 1 both mean unaligned
	Data    []byte // contents; nil for SHT_NOBITS
	Size    uint32 // the size of a SHT_NOBITS section; len(Data) otherwise (0 is read as len(Data))
	EntSize uint32
	// Relocs are written as a SHT_REL section named ".rel"+Name, in this
	// order. Order matters: an R_MIPS_HI16 takes its addend's low half from
	// the next R_MIPS_LO16 against the same symbol.
	Relocs []Reloc
}

// SectionSymbol returns a section symbol for s, for use as Reloc.Symbol.
// Any Symbol of type SymSection with the same Section means the same thing.
func SectionSymbol(s *Section) *Symbol {
	return &Symbol{Name: s.Name, Section: s, Bind: Local, Type: SymSection}
}

// RelocType is a MIPS relocation type (the low byte of r_info).
type RelocType uint8

// The o32 relocation types a static link of non-PIC code uses.
const (
	R_MIPS_NONE    RelocType = 0
	R_MIPS_32      RelocType = 2
	R_MIPS_26      RelocType = 4
	R_MIPS_HI16    RelocType = 5
	R_MIPS_LO16    RelocType = 6
	R_MIPS_GPREL16 RelocType = 7
	R_MIPS_PC16    RelocType = 10
	R_MIPS_GPREL32 RelocType = 12
)

// String returns the ELF name of the type, such as "R_MIPS_HI16".
func (t RelocType) String() string {
	s := elf.R_MIPS(t).String()
	if !strings.HasPrefix(s, "R_MIPS_") || strings.Contains(s, "+") {
		return fmt.Sprintf("R_MIPS_(%d)", uint8(t))
	}
	return s
}

// Reloc is one REL relocation: the addend is in place, in the section data.
type Reloc struct {
	Offset uint32    // offset of the relocated field in the section
	Type   RelocType //
	Symbol *Symbol   // nil: no symbol (STN_UNDEF, value 0)
}

// Bind is a symbol binding.
type Bind uint8

// Symbol bindings.
const (
	Local Bind = iota
	Global
	Weak
)

func (b Bind) String() string {
	switch b {
	case Local:
		return "local"
	case Global:
		return "global"
	case Weak:
		return "weak"
	}
	return fmt.Sprintf("Bind(%d)", uint8(b))
}

// SymType is a symbol type.
type SymType uint8

// Symbol types.
const (
	SymNoType SymType = iota
	SymObject
	SymFunc
	SymSection
	SymFile
)

func (t SymType) String() string {
	switch t {
	case SymNoType:
		return "notype"
	case SymObject:
		return "object"
	case SymFunc:
		return "func"
	case SymSection:
		return "section"
	case SymFile:
		return "file"
	}
	return fmt.Sprintf("SymType(%d)", uint8(t))
}

// Symbol is one symbol. Exactly one of these holds: Section != nil
// (defined in that section), Abs (absolute), Common (a common block), or
// none of them (undefined).
type Symbol struct {
	Name    string
	Section *Section // defining section; nil when undefined, Abs or Common
	Value   uint32   // offset in Section; the alignment when Common; the value when Abs
	Size    uint32
	Bind    Bind
	Type    SymType
	Other   uint8 // st_other (visibility)
	Abs     bool
	Common  bool
}

// Defined reports whether the symbol is defined in this object (in a
// section, absolute or common).
func (s *Symbol) Defined() bool { return s.Section != nil || s.Abs || s.Common }

// Section returns the first section called name, or nil.
func (f *File) Section(name string) *Section {
	for _, s := range f.Sections {
		if s.Name == name {
			return s
		}
	}
	return nil
}

// Lookup returns the symbol called name, preferring a global or weak one to
// a local one, or nil. Section symbols are not found.
func (f *File) Lookup(name string) *Symbol {
	var local *Symbol
	for _, s := range f.Symbols {
		if s.Name != name || s.Type == SymSection {
			continue
		}
		if s.Bind != Local {
			return s
		}
		if local == nil {
			local = s
		}
	}
	return local
}
