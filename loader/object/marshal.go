package object

import (
	"debug/elf"
	"fmt"
)

// marshaller holds the state of one Marshal call.
type marshaller struct {
	f                              *File
	secIndex                       map[*Section]int // ELF index of each content section
	relIndex                       map[*Section]int // ELF index of its SHT_REL section
	nsections                      int              // total, including the null section
	symtabIdx, strtabIdx, shstrIdx int

	syms     []*Symbol          // output order, [0] is the null symbol
	symIndex map[*Symbol]uint32 // symbols from File.Symbols
	secSym   map[*Section]uint32
	nlocal   int

	strtab, shstrtab stringTable
}

// stringTable builds an ELF string table, sharing equal strings.
type stringTable struct {
	data []byte
	off  map[string]uint32
}

func (t *stringTable) add(s string) uint32 {
	if t.data == nil {
		t.data = []byte{0}
		t.off = map[string]uint32{"": 0}
	}
	if off, ok := t.off[s]; ok {
		return off
	}
	off := uint32(len(t.data))
	t.data = append(append(t.data, s...), 0)
	t.off[s] = off
	return off
}

// Marshal encodes the file as an ELF32 little-endian relocatable object.
// The bytes depend only on f. See the package documentation for what is
// generated (symbol tables, section symbols, SHT_REL sections).
func (f *File) Marshal() ([]byte, error) {
	m := &marshaller{f: f}
	if err := m.indexSections(); err != nil {
		return nil, fmt.Errorf("object: marshal: %w", err)
	}
	if err := m.orderSymbols(); err != nil {
		return nil, fmt.Errorf("object: marshal: %w", err)
	}
	out, err := m.write()
	if err != nil {
		return nil, fmt.Errorf("object: marshal: %w", err)
	}
	return out, nil
}

func (m *marshaller) indexSections() error {
	m.secIndex = map[*Section]int{}
	m.relIndex = map[*Section]int{}
	next := 1
	for i, s := range m.f.Sections {
		if s == nil {
			return fmt.Errorf("section %d is nil", i)
		}
		if _, dup := m.secIndex[s]; dup {
			return fmt.Errorf("section %d %q is listed twice", i, s.Name)
		}
		if s.Name == "" {
			return fmt.Errorf("section %d has no name", i)
		}
		switch elf.SectionType(s.Type) {
		case elf.SHT_NULL, elf.SHT_SYMTAB, elf.SHT_REL, elf.SHT_RELA, elf.SHT_GROUP, elf.SHT_SYMTAB_SHNDX,
			elf.SHT_DYNSYM, elf.SHT_DYNAMIC, elf.SHT_HASH, elf.SHT_GNU_HASH:
			return fmt.Errorf("section %d %q: type %v cannot be a content section", i, s.Name, elf.SectionType(s.Type))
		case elf.SHT_NOBITS:
			if len(s.Data) != 0 {
				return fmt.Errorf("section %d %q: SHT_NOBITS section has %d bytes of data", i, s.Name, len(s.Data))
			}
		default:
			if s.Size != 0 && int64(s.Size) != int64(len(s.Data)) {
				return fmt.Errorf("section %d %q: Size %#x but %#x bytes of data", i, s.Name, s.Size, len(s.Data))
			}
		}
		if s.Align&(s.Align-1) != 0 {
			return fmt.Errorf("section %d %q: alignment %#x is not a power of two", i, s.Name, s.Align)
		}
		m.secIndex[s] = next
		next++
		if len(s.Relocs) > 0 {
			m.relIndex[s] = next
			next++
		}
	}
	m.symtabIdx, m.strtabIdx, m.shstrIdx = next, next+1, next+2
	m.nsections = next + 3
	if m.nsections >= int(elf.SHN_LORESERVE) {
		return fmt.Errorf("%d sections: too many for ELF without extended numbering", m.nsections)
	}
	return nil
}

// orderSymbols puts the symbols in symbol-table order: null, file symbols,
// section symbols, other locals, then globals and weaks.
func (m *marshaller) orderSymbols() error {
	m.symIndex = map[*Symbol]uint32{}
	m.secSym = map[*Section]uint32{}
	for i, s := range m.f.Symbols {
		if s == nil {
			return fmt.Errorf("symbol %d is nil", i)
		}
		if _, dup := m.symIndex[s]; dup {
			return fmt.Errorf("symbol %d %q is listed twice", i, s.Name)
		}
		m.symIndex[s] = 0
		if s.Bind > Weak {
			return fmt.Errorf("symbol %d %q: bad binding %d", i, s.Name, s.Bind)
		}
		if s.Type > SymFile {
			return fmt.Errorf("symbol %d %q: bad type %d", i, s.Name, s.Type)
		}
		kinds := 0
		for _, b := range []bool{s.Section != nil, s.Abs, s.Common} {
			if b {
				kinds++
			}
		}
		if kinds > 1 {
			return fmt.Errorf("symbol %d %q: more than one of Section, Abs and Common", i, s.Name)
		}
		if s.Section != nil {
			if _, ok := m.secIndex[s.Section]; !ok {
				return fmt.Errorf("symbol %d %q: section %q is not in File.Sections", i, s.Name, s.Section.Name)
			}
		}
	}
	m.syms = []*Symbol{nil}
	add := func(keep func(*Symbol) bool) {
		for _, s := range m.f.Symbols {
			if s.Type != SymSection && keep(s) {
				m.symIndex[s] = uint32(len(m.syms))
				m.syms = append(m.syms, s)
			}
		}
	}
	add(func(s *Symbol) bool { return s.Bind == Local && s.Type == SymFile })
	for _, sec := range m.f.Sections {
		m.secSym[sec] = uint32(len(m.syms))
		m.syms = append(m.syms, SectionSymbol(sec))
	}
	add(func(s *Symbol) bool { return s.Bind == Local && s.Type != SymFile })
	m.nlocal = len(m.syms)
	add(func(s *Symbol) bool { return s.Bind != Local })
	for _, s := range m.f.Symbols {
		if s.Type == SymSection { // an alias of the generated section symbol
			idx, ok := m.secSym[s.Section]
			if !ok {
				return fmt.Errorf("section symbol %q: section is not in File.Sections", s.Name)
			}
			m.symIndex[s] = idx
		}
	}
	return nil
}

// relocSymbol returns the symbol-table index a relocation refers to.
func (m *marshaller) relocSymbol(sec *Section, k int, s *Symbol) (uint32, error) {
	if s == nil {
		return 0, nil
	}
	if s.Type == SymSection {
		if idx, ok := m.secSym[s.Section]; ok && s.Section != nil {
			return idx, nil
		}
		return 0, fmt.Errorf("section %q: relocation %d: section symbol %q for a section not in File.Sections", sec.Name, k, s.Name)
	}
	idx, ok := m.symIndex[s]
	if !ok {
		return 0, fmt.Errorf("section %q: relocation %d: symbol %q is not in File.Symbols", sec.Name, k, s.Name)
	}
	return idx, nil
}

func symInfo(s *Symbol) byte {
	var b elf.SymBind
	switch s.Bind {
	case Global:
		b = elf.STB_GLOBAL
	case Weak:
		b = elf.STB_WEAK
	}
	t := [...]elf.SymType{elf.STT_NOTYPE, elf.STT_OBJECT, elf.STT_FUNC, elf.STT_SECTION, elf.STT_FILE}[s.Type]
	return byte(b)<<4 | byte(t)
}

func (m *marshaller) symtabBytes() []byte {
	out := make([]byte, len(m.syms)*symSize)
	for i, s := range m.syms[1:] {
		b := out[(i+1)*symSize:]
		var shndx uint16
		switch {
		case s.Section != nil:
			shndx = uint16(m.secIndex[s.Section])
		case s.Abs:
			shndx = uint16(elf.SHN_ABS)
		case s.Common:
			shndx = uint16(elf.SHN_COMMON)
		}
		name := uint32(0)
		if s.Type != SymSection {
			name = m.strtab.add(s.Name)
		}
		le.PutUint32(b, name)
		le.PutUint32(b[4:], s.Value)
		le.PutUint32(b[8:], s.Size)
		b[12] = symInfo(s)
		b[13] = s.Other
		le.PutUint16(b[14:], shndx)
	}
	return out
}

func (m *marshaller) relBytes(sec *Section) ([]byte, error) {
	out := make([]byte, len(sec.Relocs)*relSize)
	for k, r := range sec.Relocs {
		idx, err := m.relocSymbol(sec, k, r.Symbol)
		if err != nil {
			return nil, err
		}
		le.PutUint32(out[k*relSize:], r.Offset)
		le.PutUint32(out[k*relSize+4:], idx<<8|uint32(r.Type))
	}
	return out, nil
}

func align(off, a uint32) uint32 {
	if a <= 1 {
		return off
	}
	return (off + a - 1) &^ (a - 1)
}

// fileAlign is how far Marshal aligns section contents in the file: the
// section's own alignment, capped so a huge sh_addralign cannot blow up
// the file (ET_REL has no file-offset alignment rule).
func fileAlign(a uint32) uint32 { return min(max(a, 1), 16) }

func (m *marshaller) write() ([]byte, error) {
	shdrs := make([]sectionHeader, m.nsections)
	var body []byte // everything after the ELF header
	place := func(data []byte, a uint32) uint32 {
		off := align(uint32(ehdrSize+len(body)), a)
		body = append(body, make([]byte, int(off)-ehdrSize-len(body))...)
		body = append(body, data...)
		return off
	}
	for _, s := range m.f.Sections {
		h := &shdrs[m.secIndex[s]]
		*h = sectionHeader{name: m.shstrtab.add(s.Name), typ: s.Type, flags: s.Flags, align: s.Align, entsize: s.EntSize, size: s.Size}
		if s.Type == uint32(elf.SHT_NOBITS) {
			h.off = align(uint32(ehdrSize+len(body)), fileAlign(s.Align))
		} else {
			h.size = uint32(len(s.Data))
			h.off = place(s.Data, fileAlign(s.Align))
		}
	}
	symtab := m.symtabBytes()
	shdrs[m.symtabIdx] = sectionHeader{name: m.shstrtab.add(".symtab"), typ: uint32(elf.SHT_SYMTAB),
		off: place(symtab, 4), size: uint32(len(symtab)), link: uint32(m.strtabIdx), info: uint32(m.nlocal), align: 4, entsize: symSize}
	shdrs[m.strtabIdx] = sectionHeader{name: m.shstrtab.add(".strtab"), typ: uint32(elf.SHT_STRTAB),
		off: place(m.strtab.data, 1), size: uint32(len(m.strtab.data)), align: 1}
	for _, s := range m.f.Sections {
		idx, ok := m.relIndex[s]
		if !ok {
			continue
		}
		rel, err := m.relBytes(s)
		if err != nil {
			return nil, err
		}
		shdrs[idx] = sectionHeader{name: m.shstrtab.add(".rel" + s.Name), typ: uint32(elf.SHT_REL), flags: uint32(elf.SHF_INFO_LINK),
			off: place(rel, 4), size: uint32(len(rel)), link: uint32(m.symtabIdx), info: uint32(m.secIndex[s]), align: 4, entsize: relSize}
	}
	nameOff := m.shstrtab.add(".shstrtab")
	shdrs[m.shstrIdx] = sectionHeader{name: nameOff, typ: uint32(elf.SHT_STRTAB),
		off: place(m.shstrtab.data, 1), size: uint32(len(m.shstrtab.data)), align: 1}
	shoff := place(nil, 4)
	if uint64(shoff)+uint64(len(shdrs))*shdrSize > 1<<31 {
		return nil, fmt.Errorf("object is larger than 2 GiB")
	}

	out := make([]byte, int(shoff)+len(shdrs)*shdrSize)
	copy(out[ehdrSize:], body)
	copy(out, elf.ELFMAG)
	out[elf.EI_CLASS] = byte(elf.ELFCLASS32)
	out[elf.EI_DATA] = byte(elf.ELFDATA2LSB)
	out[elf.EI_VERSION] = byte(elf.EV_CURRENT)
	le.PutUint16(out[16:], uint16(elf.ET_REL))
	le.PutUint16(out[18:], uint16(elf.EM_MIPS))
	le.PutUint32(out[20:], uint32(elf.EV_CURRENT))
	flags := m.f.Flags
	if flags == 0 {
		flags = DefaultFlags
	}
	le.PutUint32(out[32:], shoff)
	le.PutUint32(out[36:], flags)
	le.PutUint16(out[40:], ehdrSize)
	le.PutUint16(out[46:], shdrSize)
	le.PutUint16(out[48:], uint16(len(shdrs)))
	le.PutUint16(out[50:], uint16(m.shstrIdx))
	for i, h := range shdrs {
		b := out[int(shoff)+i*shdrSize:]
		for k, v := range []uint32{h.name, h.typ, h.flags, h.addr, h.off, h.size, h.link, h.info, h.align, h.entsize} {
			le.PutUint32(b[4*k:], v)
		}
	}
	return out, nil
}
