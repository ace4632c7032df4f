package object

import (
	"debug/elf"
	"encoding/binary"
	"errors"
	"fmt"
	"sort"
)

// Errors that Parse wraps, so callers can tell bad input from input this
// package deliberately does not handle.
var (
	ErrMalformed   = errors.New("malformed ELF object")
	ErrUnsupported = errors.New("unsupported ELF object")
)

const (
	ehdrSize = 52
	shdrSize = 40
	symSize  = 16
	relSize  = 8
)

var le = binary.LittleEndian

// sectionHeader is an ELF32 section header as read from the file.
type sectionHeader struct {
	name, typ, flags, addr, off, size, link, info, align, entsize uint32
}

func (h *sectionHeader) hasContents() bool { return h.typ != uint32(elf.SHT_NOBITS) && h.size > 0 }

// parser holds the state of one Parse call.
type parser struct {
	data     []byte
	shdrs    []sectionHeader
	names    []string   // section names
	content  []*Section // by ELF section index; nil for derived sections
	symtab   int        // index of SHT_SYMTAB, or -1
	strtab   string     // the symbol string table, as one string
	symbols  []*Symbol  // by symbol index; [0] is nil
	sections map[int]*Symbol
}

// Parse reads an ELF32 little-endian MIPS relocatable object.
func Parse(data []byte) (*File, error) {
	p := &parser{data: data, symtab: -1, sections: map[int]*Symbol{}}
	f, err := p.parse()
	if err != nil {
		return nil, fmt.Errorf("object: %w", err)
	}
	return f, nil
}

func malformed(format string, args ...any) error {
	return fmt.Errorf("%w: "+format, append([]any{ErrMalformed}, args...)...)
}

func unsupported(format string, args ...any) error {
	return fmt.Errorf("%w: "+format, append([]any{ErrUnsupported}, args...)...)
}

func (p *parser) parse() (*File, error) {
	d := p.data
	if len(d) < ehdrSize {
		return nil, malformed("file is %d bytes, shorter than the %d-byte ELF header", len(d), ehdrSize)
	}
	if string(d[:4]) != elf.ELFMAG {
		return nil, malformed("bad magic % x at offset 0", d[:4])
	}
	if c := elf.Class(d[elf.EI_CLASS]); c != elf.ELFCLASS32 {
		return nil, unsupported("class %v at offset 4, want ELFCLASS32", c)
	}
	if e := elf.Data(d[elf.EI_DATA]); e != elf.ELFDATA2LSB {
		return nil, unsupported("data encoding %v at offset 5, want ELFDATA2LSB", e)
	}
	if v := d[elf.EI_VERSION]; v != byte(elf.EV_CURRENT) {
		return nil, malformed("ELF version %d at offset 6, want 1", v)
	}
	if t := elf.Type(le.Uint16(d[16:])); t != elf.ET_REL {
		return nil, unsupported("e_type %v, want ET_REL", t)
	}
	if m := elf.Machine(le.Uint16(d[18:])); m != elf.EM_MIPS {
		return nil, unsupported("e_machine %v, want EM_MIPS", m)
	}
	f := &File{Flags: le.Uint32(d[36:])}
	shoff := le.Uint32(d[32:])
	shentsize := le.Uint16(d[46:])
	shnum := int(le.Uint16(d[48:]))
	shstrndx := int(le.Uint16(d[50:]))
	if shnum == 0 {
		if shoff != 0 {
			return nil, unsupported("e_shnum is 0 with e_shoff %#x (extended section numbering)", shoff)
		}
		return f, nil
	}
	if shentsize != shdrSize {
		return nil, malformed("e_shentsize is %d, want %d", shentsize, shdrSize)
	}
	if end := uint64(shoff) + uint64(shnum)*shdrSize; end > uint64(len(d)) {
		return nil, malformed("section header table [%#x, %#x) extends past end of file (%#x bytes)", shoff, end, len(d))
	}
	if shstrndx == 0 || shstrndx >= shnum {
		return nil, malformed("e_shstrndx %d out of range (%d sections)", shstrndx, shnum)
	}
	if err := p.readSectionHeaders(shoff, shnum, shstrndx); err != nil {
		return nil, err
	}
	if err := p.classify(shstrndx); err != nil {
		return nil, err
	}
	for _, s := range p.content {
		if s != nil {
			f.Sections = append(f.Sections, s)
		}
	}
	if err := p.readSymbols(f); err != nil {
		return nil, err
	}
	if err := p.readRelocs(); err != nil {
		return nil, err
	}
	return f, nil
}

func (p *parser) readSectionHeaders(shoff uint32, shnum, shstrndx int) error {
	p.shdrs = make([]sectionHeader, shnum)
	for i := range p.shdrs {
		b := p.data[int(shoff)+i*shdrSize:]
		h := &p.shdrs[i]
		h.name, h.typ, h.flags, h.addr = le.Uint32(b), le.Uint32(b[4:]), le.Uint32(b[8:]), le.Uint32(b[12:])
		h.off, h.size, h.link, h.info = le.Uint32(b[16:]), le.Uint32(b[20:]), le.Uint32(b[24:]), le.Uint32(b[28:])
		h.align, h.entsize = le.Uint32(b[32:]), le.Uint32(b[36:])
		if h.hasContents() {
			if end := uint64(h.off) + uint64(h.size); end > uint64(len(p.data)) {
				return malformed("section %d: contents [%#x, %#x) extend past end of file (%#x bytes)", i, h.off, end, len(p.data))
			}
		}
	}
	if err := p.checkOverlap(); err != nil {
		return err
	}
	sh := &p.shdrs[shstrndx]
	if sh.typ != uint32(elf.SHT_STRTAB) {
		return malformed("section-name table (section %d) has type %v, want SHT_STRTAB", shstrndx, elf.SectionType(sh.typ))
	}
	names := string(p.contents(shstrndx))
	p.names = make([]string, shnum)
	for i := 1; i < shnum; i++ {
		n, err := stringAt(names, p.shdrs[i].name)
		if err != nil {
			return malformed("section %d: name: %v in section-name table (section %d)", i, err, shstrndx)
		}
		p.names[i] = n
	}
	return nil
}

// checkOverlap rejects files whose section contents overlap. Besides being
// wrong, overlap would let a small file make Parse copy the same bytes many
// times over.
func (p *parser) checkOverlap() error {
	var idx []int
	for i := 1; i < len(p.shdrs); i++ {
		if p.shdrs[i].hasContents() {
			idx = append(idx, i)
		}
	}
	sort.SliceStable(idx, func(a, b int) bool { return p.shdrs[idx[a]].off < p.shdrs[idx[b]].off })
	for k := 1; k < len(idx); k++ {
		a, b := &p.shdrs[idx[k-1]], &p.shdrs[idx[k]]
		if uint64(a.off)+uint64(a.size) > uint64(b.off) {
			return malformed("contents of sections %d [%#x, %#x) and %d [%#x, %#x) overlap",
				idx[k-1], a.off, uint64(a.off)+uint64(a.size), idx[k], b.off, uint64(b.off)+uint64(b.size))
		}
	}
	return nil
}

// contents returns the file bytes of section i (nil for NOBITS or empty).
func (p *parser) contents(i int) []byte {
	h := &p.shdrs[i]
	if !h.hasContents() {
		return nil
	}
	return p.data[h.off : h.off+h.size]
}

// stringAt returns the NUL-terminated string at off in tab.
func stringAt(tab string, off uint32) (string, error) {
	if uint64(off) >= uint64(len(tab)) {
		if off == 0 && len(tab) == 0 {
			return "", nil
		}
		return "", fmt.Errorf("offset %#x outside table of %#x bytes", off, len(tab))
	}
	for i := int(off); i < len(tab); i++ {
		if tab[i] == 0 {
			return tab[off:i], nil
		}
	}
	return "", fmt.Errorf("string at offset %#x is not NUL-terminated", off)
}

// classify finds the symbol table and builds the content sections.
func (p *parser) classify(shstrndx int) error {
	strndx := -1
	for i := 1; i < len(p.shdrs); i++ {
		h := &p.shdrs[i]
		switch elf.SectionType(h.typ) {
		case elf.SHT_SYMTAB:
			if p.symtab >= 0 {
				return unsupported("section %d %q: second symbol table (first is section %d)", i, p.names[i], p.symtab)
			}
			p.symtab = i
			if h.link == 0 || h.link >= uint32(len(p.shdrs)) || p.shdrs[h.link].typ != uint32(elf.SHT_STRTAB) {
				return malformed("symbol table (section %d): sh_link %d is not a string table", i, h.link)
			}
			strndx = int(h.link)
		case elf.SHT_RELA:
			return unsupported("section %d %q: SHT_RELA relocations (o32 uses SHT_REL)", i, p.names[i])
		case elf.SHT_GROUP, elf.SHT_SYMTAB_SHNDX, elf.SHT_DYNSYM, elf.SHT_DYNAMIC, elf.SHT_HASH, elf.SHT_GNU_HASH:
			return unsupported("section %d %q: section type %v", i, p.names[i], elf.SectionType(h.typ))
		}
	}
	p.content = make([]*Section, len(p.shdrs))
	for i := 1; i < len(p.shdrs); i++ {
		h := &p.shdrs[i]
		if i == p.symtab || i == strndx || i == shstrndx || h.typ == uint32(elf.SHT_REL) {
			continue
		}
		s := &Section{Name: p.names[i], Type: h.typ, Flags: h.flags, Align: h.align, Size: h.size, EntSize: h.entsize}
		if h.typ != uint32(elf.SHT_NOBITS) {
			s.Data = append([]byte(nil), p.contents(i)...)
			if s.Data == nil {
				s.Data = []byte{}
			}
		}
		p.content[i] = s
	}
	if p.symtab >= 0 {
		p.strtab = string(p.contents(strndx))
	}
	return nil
}

func (p *parser) readSymbols(f *File) error {
	p.symbols = []*Symbol{nil}
	if p.symtab < 0 {
		return nil
	}
	h := &p.shdrs[p.symtab]
	if h.entsize != symSize {
		return malformed("symbol table (section %d): sh_entsize %d, want %d", p.symtab, h.entsize, symSize)
	}
	if h.size%symSize != 0 {
		return malformed("symbol table (section %d): size %#x is not a multiple of %d", p.symtab, h.size, symSize)
	}
	tab := p.contents(p.symtab)
	n := len(tab) / symSize
	if n == 0 {
		return malformed("symbol table (section %d) is empty (no null symbol)", p.symtab)
	}
	p.symbols = make([]*Symbol, n)
	for i := 1; i < n; i++ {
		s, err := p.symbol(i, tab[i*symSize:])
		if err != nil {
			return err
		}
		p.symbols[i] = s
		if s.Type != SymSection {
			f.Symbols = append(f.Symbols, s)
		}
	}
	return nil
}

func (p *parser) symbol(i int, b []byte) (*Symbol, error) {
	name, err := stringAt(p.strtab, le.Uint32(b))
	if err != nil {
		return nil, malformed("symbol %d: name: %v", i, err)
	}
	value, size, info, other, shndx := le.Uint32(b[4:]), le.Uint32(b[8:]), b[12], b[13], le.Uint16(b[14:])
	s := &Symbol{Name: name, Value: value, Size: size, Other: other}
	switch elf.SymBind(info >> 4) {
	case elf.STB_LOCAL:
		s.Bind = Local
	case elf.STB_GLOBAL:
		s.Bind = Global
	case elf.STB_WEAK:
		s.Bind = Weak
	default:
		return nil, unsupported("symbol %d %q: binding %v", i, name, elf.SymBind(info>>4))
	}
	switch elf.SymType(info & 0xf) {
	case elf.STT_NOTYPE:
		s.Type = SymNoType
	case elf.STT_OBJECT:
		s.Type = SymObject
	case elf.STT_FUNC:
		s.Type = SymFunc
	case elf.STT_FILE:
		s.Type = SymFile
	case elf.STT_SECTION:
		if int(shndx) >= len(p.content) || p.content[shndx] == nil {
			return nil, malformed("symbol %d: section symbol for section index %d, which is not a content section", i, shndx)
		}
		if value != 0 {
			return nil, unsupported("symbol %d: section symbol for section %d with nonzero value %#x", i, shndx, value)
		}
		if sym := p.sections[int(shndx)]; sym != nil {
			return sym, nil
		}
		sym := SectionSymbol(p.content[shndx])
		sym.Other = other
		p.sections[int(shndx)] = sym
		return sym, nil
	default:
		return nil, unsupported("symbol %d %q: type %v", i, name, elf.SymType(info&0xf))
	}
	switch shndx {
	case uint16(elf.SHN_UNDEF), shnMIPSSundefined:
	case uint16(elf.SHN_ABS):
		s.Abs = true
	case uint16(elf.SHN_COMMON), shnMIPSScommon:
		s.Common = true
	default:
		if shndx >= uint16(elf.SHN_LORESERVE) {
			return nil, unsupported("symbol %d %q: special section index %#x", i, name, shndx)
		}
		if int(shndx) >= len(p.content) || p.content[shndx] == nil {
			return nil, malformed("symbol %d %q: section index %d is not a content section", i, name, shndx)
		}
		s.Section = p.content[shndx]
	}
	return s, nil
}

func (p *parser) readRelocs() error {
	for i := 1; i < len(p.shdrs); i++ {
		h := &p.shdrs[i]
		if h.typ != uint32(elf.SHT_REL) {
			continue
		}
		if h.info == 0 || h.info >= uint32(len(p.content)) || p.content[h.info] == nil {
			return malformed("relocation section %d %q: sh_info %d is not a content section", i, p.names[i], h.info)
		}
		if h.size == 0 {
			continue
		}
		if int(h.link) != p.symtab {
			return malformed("relocation section %d %q: sh_link %d is not the symbol table", i, p.names[i], h.link)
		}
		if h.entsize != relSize {
			return malformed("relocation section %d %q: sh_entsize %d, want %d", i, p.names[i], h.entsize, relSize)
		}
		if h.size%relSize != 0 {
			return malformed("relocation section %d %q: size %#x is not a multiple of %d", i, p.names[i], h.size, relSize)
		}
		target := p.content[h.info]
		tab := p.contents(i)
		relocs := make([]Reloc, 0, len(tab)/relSize)
		for k := 0; k < len(tab); k += relSize {
			off, info := le.Uint32(tab[k:]), le.Uint32(tab[k+4:])
			symi := info >> 8
			if symi >= uint32(len(p.symbols)) {
				return malformed("relocation section %d %q: relocation %d: symbol index %d out of range (%d symbols)",
					i, p.names[i], k/relSize, symi, len(p.symbols))
			}
			relocs = append(relocs, Reloc{Offset: off, Type: RelocType(info), Symbol: p.symbols[symi]})
		}
		target.Relocs = append(target.Relocs, relocs...)
	}
	return nil
}
