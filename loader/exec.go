package loader

import (
	"debug/elf"
	"fmt"

	"graftlab/loader/object"
)

// Image is a linked program: what a loader maps and where execution starts.
type Image struct {
	Entry uint32
	Flags uint32 // e_flags
	// Segments are the PT_LOAD segments in address order: text (R+X, its
	// first bytes are the ELF and program headers) and data (R+W).
	Segments []Segment
	// Sections are the non-empty output sections in address order.
	Sections []OutputSection
	// Symbols are the defined symbols: each object's locals, then the
	// globals, then those the linker defined.
	Symbols []ImageSymbol
	// StackFlags is the p_flags of PT_GNU_STACK, or 0 for none.
	StackFlags uint32
}

// Segment is one loadable segment.
type Segment struct {
	Addr    uint32 // p_vaddr
	Offset  uint32 // p_offset in the ELF file
	Data    []byte // the p_filesz bytes from the file
	MemSize uint32 // p_memsz: the rest, up to MemSize, is zero
	Flags   uint32 // elf.PF_R | elf.PF_W | elf.PF_X
}

// OutputSection describes one section of the image.
type OutputSection struct {
	Name  string
	Type  uint32 // elf.SHT_PROGBITS or elf.SHT_NOBITS
	Flags uint32
	Addr  uint32
	Size  uint32
	Align uint32
}

// ImageSymbol is one symbol of the image.
type ImageSymbol struct {
	Name    string
	Addr    uint32
	Size    uint32
	Type    object.SymType
	Bind    object.Bind
	Section string // output section name; "" for an absolute symbol
}

// Lookup returns the symbol called name, preferring a global one.
func (im *Image) Lookup(name string) (ImageSymbol, bool) {
	var local ImageSymbol
	found := false
	for _, s := range im.Symbols {
		if s.Name != name {
			continue
		}
		if s.Bind != object.Local {
			return s, true
		}
		if !found {
			local, found = s, true
		}
	}
	return local, found
}

// image assembles the Image from the finished layout.
func (l *linker) image() (*Image, error) {
	im := &Image{Entry: l.entry, Flags: l.flags}
	if l.hasStack {
		im.StackFlags = uint32(elf.PF_R | elf.PF_W)
		if l.stackX {
			im.StackFlags |= uint32(elf.PF_X)
		}
	}
	for _, s := range l.segs {
		im.Segments = append(im.Segments, Segment{Addr: s.addr, Offset: s.offset, Data: s.data, MemSize: s.memSize, Flags: s.flags})
	}
	for _, o := range l.outs {
		if o.size > 0 {
			im.Sections = append(im.Sections, OutputSection{Name: o.spec.name, Type: o.typ, Flags: o.flags, Addr: o.addr, Size: o.size, Align: o.align})
		}
	}
	sectionOf := func(p *piece, addr uint32) string {
		if p != nil && p.out.size > 0 {
			return p.out.spec.name
		}
		return im.sectionAt(addr)
	}
	for _, in := range l.inputs {
		for _, s := range in.file.Symbols {
			if s.Bind != object.Local || s.Type == object.SymFile || s.Type == object.SymSection {
				continue
			}
			switch {
			case s.Abs:
				im.Symbols = append(im.Symbols, ImageSymbol{Name: s.Name, Addr: s.Value, Size: s.Size, Type: s.Type, Bind: object.Local})
			case s.Section != nil && l.pieces[s.Section] != nil:
				p := l.pieces[s.Section]
				im.Symbols = append(im.Symbols, ImageSymbol{Name: s.Name, Addr: p.addr + s.Value, Size: s.Size, Type: s.Type,
					Bind: object.Local, Section: sectionOf(p, p.addr+s.Value)})
			}
		}
	}
	var linkerDefined []ImageSymbol
	for _, g := range l.order {
		switch {
		case g.linker:
			bind := object.Global
			if g.name == "_gp" {
				bind = object.Local
			}
			linkerDefined = append(linkerDefined, ImageSymbol{Name: g.name, Addr: g.addr, Bind: bind, Section: im.sectionAt(g.addr)})
		case g.state == stCommon:
			im.Symbols = append(im.Symbols, ImageSymbol{Name: g.name, Addr: g.addr, Size: g.size, Type: g.sym.Type,
				Bind: object.Global, Section: sectionOf(g.block, g.addr)})
		case g.state == stDefined || g.state == stWeak:
			sym := ImageSymbol{Name: g.name, Addr: g.addr, Size: g.sym.Size, Type: g.sym.Type, Bind: g.sym.Bind}
			if g.sym.Section != nil {
				p := l.pieces[g.sym.Section]
				if p == nil {
					continue // defined in a section that is not loaded
				}
				sym.Section = sectionOf(p, g.addr)
			}
			im.Symbols = append(im.Symbols, sym)
		}
	}
	im.Symbols = append(im.Symbols, linkerDefined...)
	// The text segment starts with the headers, as it does in the file.
	b, err := im.ELF()
	if err != nil {
		return nil, fmt.Errorf("link: %w", err)
	}
	copy(im.Segments[0].Data, b[:im.headerSize()])
	return im, nil
}

// headerSize is the size of the ELF header and program headers.
func (im *Image) headerSize() int {
	n := len(im.Segments)
	if im.StackFlags != 0 {
		n++ // PT_GNU_STACK
	}
	return ehdrSize + n*phdrSize
}

// sectionAt names the output section holding addr: the one it is in, else
// the one it ends, else "".
func (im *Image) sectionAt(addr uint32) string {
	for _, s := range im.Sections {
		if addr >= s.Addr && uint64(addr) < uint64(s.Addr)+uint64(s.Size) {
			return s.Name
		}
	}
	for _, s := range im.Sections {
		if uint64(addr) == uint64(s.Addr)+uint64(s.Size) {
			return s.Name
		}
	}
	return ""
}

// Executable returns the image as a loader of ELF files sees it: its ELF
// file written and parsed back, so that what runs is what a file of it
// would hold.
func (im *Image) Executable() (*Executable, error) {
	data, err := im.ELF()
	if err != nil {
		return nil, err
	}
	return ParseExecutable(data)
}

// ELF encodes the image as an ELF32 little-endian MIPS executable.
func (im *Image) ELF() ([]byte, error) {
	hdrSize := im.headerSize()
	nphdr := (hdrSize - ehdrSize) / phdrSize
	if len(im.Segments) == 0 || im.Segments[0].Offset != 0 || len(im.Segments[0].Data) < hdrSize {
		return nil, fmt.Errorf("elf: the first segment must start at file offset 0 with room for %d bytes of headers", hdrSize)
	}
	var fileEnd uint64
	for i, s := range im.Segments {
		if uint64(s.Offset) < fileEnd {
			return nil, fmt.Errorf("elf: segment %d at file offset %#x overlaps the one before", i, s.Offset)
		}
		if uint64(len(s.Data)) > uint64(s.MemSize) || uint64(s.Offset)%maxPageSize != uint64(s.Addr)%maxPageSize {
			return nil, fmt.Errorf("elf: segment %d: file size %#x, memory size %#x, offset %#x and address %#x are inconsistent",
				i, len(s.Data), s.MemSize, s.Offset, s.Addr)
		}
		fileEnd = uint64(s.Offset) + uint64(len(s.Data))
	}
	if fileEnd > maxImageSize {
		return nil, fmt.Errorf("elf: image is %#x bytes: %w", fileEnd, ErrUnsupported)
	}
	out := make([]byte, fileEnd)
	for _, s := range im.Segments {
		copy(out[s.Offset:], s.Data)
	}

	var shstr, str stringTable
	shdrs := []sectionHeader{{}}
	index := map[string]int{}
	for _, s := range im.Sections {
		seg := im.segmentAt(s.Addr)
		if seg == nil {
			return nil, fmt.Errorf("elf: section %s at %#x is in no segment", s.Name, s.Addr)
		}
		off := seg.Offset + min(s.Addr-seg.Addr, uint32(len(seg.Data)))
		index[s.Name] = len(shdrs)
		shdrs = append(shdrs, sectionHeader{name: shstr.add(s.Name), typ: s.Type, flags: s.Flags, addr: s.Addr, off: off, size: s.Size, align: s.Align})
	}
	symtab := make([]byte, symSize) // the null symbol
	nlocal := 1
	for _, local := range []bool{true, false} {
		for _, s := range im.Symbols {
			if (s.Bind == object.Local) != local {
				continue
			}
			shndx := uint16(elf.SHN_ABS)
			if s.Section != "" {
				i, ok := index[s.Section]
				if !ok {
					return nil, fmt.Errorf("elf: symbol %s: no section %s", s.Name, s.Section)
				}
				shndx = uint16(i)
			}
			var other byte
			if s.Name == "_gp" && local {
				other = byte(elf.STV_HIDDEN)
			}
			symtab = appendSym(symtab, str.add(s.Name), s.Addr, s.Size, symInfo(s.Bind, s.Type), other, shndx)
			if local {
				nlocal++
			}
		}
	}
	place := func(data []byte, a uint64) uint32 {
		off := alignUp(uint64(len(out)), uint32(a))
		out = append(out, make([]byte, off-uint64(len(out)))...)
		out = append(out, data...)
		return uint32(off)
	}
	symIdx := len(shdrs)
	shdrs = append(shdrs,
		sectionHeader{name: shstr.add(".symtab"), typ: uint32(elf.SHT_SYMTAB), off: place(symtab, 4), size: uint32(len(symtab)),
			link: uint32(symIdx + 1), info: uint32(nlocal), align: 4, entsize: symSize},
		sectionHeader{name: shstr.add(".strtab"), typ: uint32(elf.SHT_STRTAB), off: place(str.bytes(), 1), size: uint32(len(str.bytes())), align: 1})
	shstrName := shstr.add(".shstrtab")
	shdrs = append(shdrs, sectionHeader{name: shstrName, typ: uint32(elf.SHT_STRTAB), off: place(shstr.bytes(), 1), size: uint32(len(shstr.bytes())), align: 1})
	shoff := place(nil, 4)
	for _, h := range shdrs {
		out = h.append(out)
	}

	hdr := out[:hdrSize]
	clear(hdr)
	copy(hdr, elf.ELFMAG)
	hdr[elf.EI_CLASS], hdr[elf.EI_DATA], hdr[elf.EI_VERSION] = byte(elf.ELFCLASS32), byte(elf.ELFDATA2LSB), byte(elf.EV_CURRENT)
	le.PutUint16(hdr[16:], uint16(elf.ET_EXEC))
	le.PutUint16(hdr[18:], uint16(elf.EM_MIPS))
	le.PutUint32(hdr[20:], uint32(elf.EV_CURRENT))
	le.PutUint32(hdr[24:], im.Entry)
	le.PutUint32(hdr[28:], ehdrSize)
	le.PutUint32(hdr[32:], shoff)
	le.PutUint32(hdr[36:], im.Flags)
	le.PutUint16(hdr[40:], ehdrSize)
	le.PutUint16(hdr[42:], phdrSize)
	le.PutUint16(hdr[44:], uint16(nphdr))
	le.PutUint16(hdr[46:], sectionHeaderSize)
	le.PutUint16(hdr[48:], uint16(len(shdrs)))
	le.PutUint16(hdr[50:], uint16(len(shdrs)-1))
	ph := hdr[ehdrSize:]
	for _, s := range im.Segments {
		ph = putPhdr(ph, uint32(elf.PT_LOAD), s.Offset, s.Addr, uint32(len(s.Data)), s.MemSize, s.Flags, maxPageSize)
	}
	if im.StackFlags != 0 {
		putPhdr(ph, uint32(elf.PT_GNU_STACK), 0, 0, 0, 0, im.StackFlags, 0x10)
	}
	return out, nil
}

func (im *Image) segmentAt(addr uint32) *Segment {
	for i := range im.Segments {
		s := &im.Segments[i]
		if addr >= s.Addr && uint64(addr) < uint64(s.Addr)+uint64(s.MemSize) {
			return s
		}
	}
	return nil
}

func putPhdr(b []byte, typ, off, addr, filesz, memsz, flags, align uint32) []byte {
	for i, v := range []uint32{typ, off, addr, addr, filesz, memsz, flags, align} {
		le.PutUint32(b[4*i:], v)
	}
	return b[phdrSize:]
}

const (
	sectionHeaderSize = 40
	symSize           = 16
)

type sectionHeader struct {
	name, typ, flags, addr, off, size, link, info, align, entsize uint32
}

func (h sectionHeader) append(b []byte) []byte {
	for _, v := range []uint32{h.name, h.typ, h.flags, h.addr, h.off, h.size, h.link, h.info, h.align, h.entsize} {
		b = le.AppendUint32(b, v)
	}
	return b
}

func appendSym(b []byte, name, value, size uint32, info, other byte, shndx uint16) []byte {
	b = le.AppendUint32(b, name)
	b = le.AppendUint32(b, value)
	b = le.AppendUint32(b, size)
	b = append(b, info, other)
	return le.AppendUint16(b, shndx)
}

func symInfo(b object.Bind, t object.SymType) byte {
	bind := map[object.Bind]elf.SymBind{object.Local: elf.STB_LOCAL, object.Global: elf.STB_GLOBAL, object.Weak: elf.STB_WEAK}[b]
	typ := map[object.SymType]elf.SymType{object.SymObject: elf.STT_OBJECT, object.SymFunc: elf.STT_FUNC}[t]
	return byte(bind)<<4 | byte(typ)
}

// stringTable builds an ELF string table.
type stringTable struct {
	data []byte
	off  map[string]uint32
}

func (t *stringTable) add(s string) uint32 {
	if t.data == nil {
		t.data, t.off = []byte{0}, map[string]uint32{"": 0}
	}
	if off, ok := t.off[s]; ok {
		return off
	}
	off := uint32(len(t.data))
	t.data = append(append(t.data, s...), 0)
	t.off[s] = off
	return off
}

func (t *stringTable) bytes() []byte {
	if t.data == nil {
		return []byte{0}
	}
	return t.data
}
