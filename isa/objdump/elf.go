package objdump

import (
	"bytes"
	"debug/elf"
	"encoding/binary"
	"errors"
	"fmt"
)

// MIPS special section indexes (SHN_MIPS_*), which debug/elf does not name.
const (
	shnMIPSAcommon    = 0xff00
	shnMIPSText       = 0xff01
	shnMIPSData       = 0xff02
	shnMIPSScommon    = 0xff03
	shnMIPSSundefined = 0xff04
	efMIPSABI2        = 0x20 // e_flags: n32
	efMIPSArch        = 0xf0000000
	efMIPSArch32R2    = 0x70000000
	efMIPSArch64R2    = 0x80000000
)

// readELF reads an ELF32 little-endian MIPS file. It checks every offset and
// size that debug/elf would follow before handing it the file, so that
// malformed input gives an error, never a panic or a huge allocation.
func readELF(name string, data []byte) (*File, error) {
	if err := checkHeaders(data); err != nil {
		return nil, err
	}
	ef, err := elf.NewFile(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	f := &File{Name: name, Flags: binary.LittleEndian.Uint32(data[36:]), format: "elf32-tradlittlemips", signExtend: true}
	if f.Flags&efMIPSABI2 != 0 {
		f.format = "elf32-ntradlittlemips"
	}
	switch ef.Type {
	case elf.ET_REL:
		f.Kind = Relocatable
	case elf.ET_EXEC:
		f.Kind = Executable
	default:
		return nil, fmt.Errorf("ELF type %v: want a relocatable object or an executable", ef.Type)
	}

	// The sections that BFD models as sections: not the symbol table, its
	// string table, the section-name table or the relocation sections.
	symtab := -1
	for i, s := range ef.Sections {
		if s.Type == elf.SHT_SYMTAB {
			symtab = i
			break
		}
	}
	strtabs := map[int]bool{int(binary.LittleEndian.Uint16(data[50:])): true}
	if symtab >= 0 {
		strtabs[int(ef.Sections[symtab].Link)] = true
	}
	byIndex := map[int]*Section{}
	for i, s := range ef.Sections {
		if i == 0 || s.Type == elf.SHT_SYMTAB || s.Type == elf.SHT_STRTAB && strtabs[i] {
			continue
		}
		if s.Type == elf.SHT_REL || s.Type == elf.SHT_RELA {
			if isRelocSection(ef, i, symtab) {
				f.hasRelocs = true
				continue
			}
		}
		sec := &Section{
			Name: s.Name, Index: i, Addr: uint32(s.Addr), Size: uint32(s.Size),
			Exec:  s.Flags&elf.SHF_EXECINSTR != 0,
			alloc: s.Flags&elf.SHF_ALLOC != 0,
		}
		if s.Type != elf.SHT_NOBITS {
			// The contents as stored: a compressed section is listed as its
			// compressed bytes.
			sec.Data = data[s.Offset : s.Offset+s.FileSize]
			sec.Size = uint32(s.FileSize)
		}
		f.Sections = append(f.Sections, sec)
		byIndex[i] = sec
	}
	if symtab >= 0 {
		if err := f.readSymbols(ef, symtab, byIndex); err != nil {
			return nil, err
		}
	}
	return f, nil
}

// isRelocSection reports whether BFD takes section i as the relocations of
// another section (and so sets HAS_RELOC), as bfd_section_from_shdr decides.
func isRelocSection(ef *elf.File, i, symtab int) bool {
	s := ef.Sections[i]
	if ef.Type != elf.ET_REL && s.Flags&elf.SHF_ALLOC != 0 {
		return false
	}
	if symtab <= 0 || int(s.Link) != symtab || s.Info == 0 || int(s.Info) >= len(ef.Sections) {
		return false
	}
	t := ef.Sections[s.Info].Type
	return t != elf.SHT_REL && t != elf.SHT_RELA
}

// readSymbols keeps the symbols that objdump uses for disassembly: defined,
// named, neither file nor section symbols (but for .plt and .got sections).
func (f *File) readSymbols(ef *elf.File, symtab int, byIndex map[int]*Section) error {
	st := ef.Sections[symtab]
	if st.Entsize != elf.Sym32Size {
		return fmt.Errorf("symbol table entry size %d, want %d", st.Entsize, elf.Sym32Size)
	}
	// debug/elf reads both whole: they must be stored, uncompressed, in the
	// file (checkHeaders checked the bounds of every stored section).
	for _, s := range []*elf.Section{st, ef.Sections[min(int(st.Link), len(ef.Sections)-1)]} {
		if s.Type == elf.SHT_NOBITS || s.Flags&elf.SHF_COMPRESSED != 0 || int(st.Link) == 0 || int(st.Link) >= len(ef.Sections) {
			return errors.New("symbol table: bad string table link, or a section not stored in the file")
		}
	}
	syms, err := ef.Symbols()
	if err != nil && !errors.Is(err, elf.ErrNoSymbols) {
		return err
	}
	for _, s := range syms {
		sym := &Symbol{Name: s.Name, Value: uint32(s.Value), Size: uint32(s.Size),
			Type: elf.ST_TYPE(s.Info), Bind: elf.ST_BIND(s.Info), secName: "*ABS*"}
		switch shndx := s.Section; {
		case shndx == elf.SHN_UNDEF, shndx == elf.SHN_COMMON, shndx == shnMIPSScommon, shndx == shnMIPSSundefined:
			continue
		case shndx == shnMIPSText:
			sym.secName = ".text"
		case shndx == shnMIPSData:
			sym.secName = ".data"
		case shndx == shnMIPSAcommon:
			sym.secName = ".acommon"
		case shndx < elf.SHN_LORESERVE && byIndex[int(shndx)] != nil:
			sym.Section = byIndex[int(shndx)]
			sym.secName = sym.Section.Name
			if f.Kind == Relocatable {
				sym.Value += sym.Section.Addr
			}
		}
		switch {
		case sym.Type == elf.STT_FILE:
			continue
		case sym.Type == elf.STT_SECTION:
			if sym.Name == "" && sym.Section != nil {
				sym.Name = sym.Section.Name // BFD names a section symbol after its section
			}
			if !isSignificant(sym.Name) {
				continue
			}
		case sym.Name == "":
			continue
		case sym.Type == elf.STT_FUNC && sym.Value&1 != 0:
			sym.Value-- // BFD takes an odd function address as MIPS16 or microMIPS code
		}
		f.Symbols = append(f.Symbols, sym)
	}
	return nil
}

// isSignificant reports whether objdump keeps a section symbol of this name.
func isSignificant(name string) bool {
	return len(name) >= 4 && (name[:4] == ".plt" || name[:4] == ".got")
}

// checkHeaders validates the ELF header and the section and program header
// tables: ELF32, little-endian, MIPS, and every table and section inside the
// file.
func checkHeaders(data []byte) error {
	le := binary.LittleEndian
	if len(data) < 52 {
		return errors.New("truncated ELF header")
	}
	switch {
	case elf.Class(data[elf.EI_CLASS]) != elf.ELFCLASS32:
		return fmt.Errorf("ELF class %v: want ELFCLASS32", elf.Class(data[elf.EI_CLASS]))
	case elf.Data(data[elf.EI_DATA]) != elf.ELFDATA2LSB:
		return fmt.Errorf("ELF data encoding %v: want little-endian", elf.Data(data[elf.EI_DATA]))
	case elf.Machine(le.Uint16(data[18:])) != elf.EM_MIPS:
		return fmt.Errorf("ELF machine %v: want MIPS", elf.Machine(le.Uint16(data[18:])))
	}
	size := uint64(len(data))
	phoff, phentsize, phnum := uint64(le.Uint32(data[28:])), le.Uint16(data[42:]), uint64(le.Uint16(data[44:]))
	if phnum > 0 && (phentsize != 32 || phoff+phnum*32 > size) {
		return errors.New("program header table outside the file")
	}
	shoff, shentsize, shnum := uint64(le.Uint32(data[32:])), le.Uint16(data[46:]), uint64(le.Uint16(data[48:]))
	shstrndx := uint64(le.Uint16(data[50:]))
	if shnum == 0 {
		if shoff != 0 {
			return errors.New("extended section numbering is not supported")
		}
		return nil
	}
	if shentsize != 40 || shoff+shnum*40 > size {
		return errors.New("section header table outside the file")
	}
	if shstrndx >= shnum {
		return fmt.Errorf("section name table index %d out of range", shstrndx)
	}
	for i := uint64(0); i < shnum; i++ {
		h := data[shoff+40*i:]
		typ, flags := elf.SectionType(le.Uint32(h[4:])), elf.SectionFlag(le.Uint32(h[8:]))
		off, sz := uint64(le.Uint32(h[16:])), uint64(le.Uint32(h[20:]))
		if typ != elf.SHT_NOBITS && off+sz > size {
			return fmt.Errorf("section %d: contents [%#x, %#x) outside the file", i, off, off+sz)
		}
		if i == shstrndx && (typ == elf.SHT_NOBITS || flags&elf.SHF_COMPRESSED != 0) {
			return errors.New("section name table not stored in the file")
		}
	}
	return nil
}
