package loader

import (
	"debug/elf"
	"encoding/binary"
	"fmt"
	"path"

	"graftlab/loader/object"
)

var le = binary.LittleEndian

// Layout constants of GNU ld's elf32-tradlittlemips target.
const (
	maxPageSize    = 0x10000 // MAXPAGESIZE: the data segment moves to the next such boundary
	gpBias         = 0x7ff0  // _gp = ALIGN(16) + 0x7ff0 after .data
	smallCommonMax = 8       // -G 8: commons of up to 8 bytes go to .scommon in .sbss
	ehdrSize       = 52
	phdrSize       = 32

	maxAlign     = 0x10000   // largest section or common alignment Link accepts
	maxImageSize = 256 << 20 // largest file image Link builds
)

// piece is an input section, or one object's block of common symbols,
// placed in an output section.
type piece struct {
	in     *input
	sec    *object.Section // nil for a common block
	name   string          // input section name, "COMMON" or ".scommon"
	size   uint32
	align  uint32
	nobits bool
	flags  uint32
	out    *outSection
	off    uint32 // offset in out
	addr   uint32
}

type segment int

const (
	textSegment segment = iota
	dataSegment
)

// outSpec is one output-section statement of ld's default script: the
// input-section patterns in the order the script lists them.
type outSpec struct {
	name   string
	seg    segment
	groups [][]string
	common string // the common block placed after the patterns, if any
}

var outSpecs = []outSpec{
	{name: ".text", seg: textSegment, groups: [][]string{
		{".text.unlikely", ".text.*_unlikely", ".text.unlikely.*"},
		{".text.exit", ".text.exit.*"},
		{".text.startup", ".text.startup.*"},
		{".text.hot", ".text.hot.*"},
		{".text", ".stub", ".text.*", ".gnu.linkonce.t.*"},
	}},
	{name: ".rodata", seg: textSegment, groups: [][]string{{".rodata", ".rodata.*", ".gnu.linkonce.r.*"}}},
	{name: ".rodata1", seg: textSegment, groups: [][]string{{".rodata1"}}},
	{name: ".sdata2", seg: textSegment, groups: [][]string{{".sdata2", ".sdata2.*", ".gnu.linkonce.s2.*"}}},
	{name: ".eh_frame", seg: textSegment, groups: [][]string{{".eh_frame"}, {".eh_frame.*"}}},
	{name: ".gcc_except_table", seg: textSegment, groups: [][]string{{".gcc_except_table", ".gcc_except_table.*"}}},
	{name: ".data.rel.ro", seg: dataSegment, groups: [][]string{
		{".data.rel.ro.local*", ".gnu.linkonce.d.rel.ro.local.*"},
		{".data.rel.ro", ".data.rel.ro.*", ".gnu.linkonce.d.rel.ro.*"},
	}},
	{name: ".data", seg: dataSegment, groups: [][]string{{".data", ".data.*", ".gnu.linkonce.d.*"}}},
	{name: ".data1", seg: dataSegment, groups: [][]string{{".data1"}}},
	{name: ".sdata", seg: dataSegment, groups: [][]string{{".sdata", ".sdata.*", ".gnu.linkonce.s.*"}}},
	{name: ".lit8", seg: dataSegment, groups: [][]string{{".lit8"}}},
	{name: ".lit4", seg: dataSegment, groups: [][]string{{".lit4"}}},
	{name: ".sbss", seg: dataSegment, groups: [][]string{{".dynsbss"}, {".sbss", ".sbss.*", ".gnu.linkonce.sb.*"}}, common: ".scommon"},
	{name: ".bss", seg: dataSegment, groups: [][]string{{".dynbss"}, {".bss", ".bss.*", ".gnu.linkonce.b.*"}}, common: "COMMON"},
}

// Indices into outSpecs used by the layout.
const (
	specText   = 0
	specRodata = 1
	specData   = 7
	specSdata  = 9
	specSbss   = 12
	specBss    = 13
)

// outSection is one output section being built.
type outSection struct {
	spec   *outSpec
	pieces []*piece
	typ    uint32
	flags  uint32
	align  uint32
	size   uint32
	addr   uint32
	data   []byte // contents, for SHT_PROGBITS sections
}

func (o *outSection) end() uint32 { return o.addr + o.size }

// classify returns the output section and pattern group an input section
// goes to. Orphans go after the patterns of .text, .rodata, .data or .bss,
// by their flags.
func classify(s *object.Section) (spec, group int) {
	for i, sp := range outSpecs {
		for g, pats := range sp.groups {
			for _, p := range pats {
				if ok, _ := path.Match(p, s.Name); ok {
					return i, g
				}
			}
		}
	}
	switch {
	case s.Flags&uint32(elf.SHF_EXECINSTR) != 0:
		spec = specText
	case s.Type == uint32(elf.SHT_NOBITS):
		spec = specBss
	case s.Flags&uint32(elf.SHF_WRITE) != 0:
		spec = specData
	default:
		spec = specRodata
	}
	return spec, len(outSpecs[spec].groups) + 1
}

// kept reports whether an input section is loaded. .reginfo and
// .MIPS.abiflags are allocated but describe the object, not the program.
func kept(s *object.Section) bool {
	switch s.Type {
	case object.SHT_MIPS_REGINFO, object.SHT_MIPS_ABIFLAGS, 0x7000000d: // SHT_MIPS_OPTIONS
		return false
	}
	return s.Flags&uint32(elf.SHF_ALLOC) != 0
}

func checkAlign(a uint32, what string) (uint32, error) {
	if a == 0 {
		return 1, nil
	}
	if a&(a-1) != 0 {
		return 0, fmt.Errorf("%s: alignment %#x is not a power of two", what, a)
	}
	if a > maxAlign {
		return 0, fmt.Errorf("%s: alignment %#x is larger than %#x: %w", what, a, maxAlign, ErrUnsupported)
	}
	return a, nil
}

func alignUp(v uint64, a uint32) uint64 { return (v + uint64(a) - 1) &^ (uint64(a) - 1) }

// place collects the pieces of every output section in script order.
func (l *linker) place() error {
	l.pieces = map[*object.Section]*piece{}
	buckets := make([][][]*piece, len(outSpecs))
	for i := range buckets {
		buckets[i] = make([][]*piece, len(outSpecs[i].groups)+2)
	}
	for _, in := range l.inputs {
		for _, s := range in.file.Sections {
			if !kept(s) {
				continue
			}
			if s.Flags&uint32(elf.SHF_TLS) != 0 {
				return fmt.Errorf("%s: section %s: thread-local storage: %w", in.name, s.Name, ErrUnsupported)
			}
			a, err := checkAlign(s.Align, in.name+": section "+s.Name)
			if err != nil {
				return err
			}
			size := s.Size
			if s.Type != uint32(elf.SHT_NOBITS) {
				if size == 0 && uint64(len(s.Data)) <= 1<<32-1 {
					size = uint32(len(s.Data)) // as Marshal reads a zero Size
				}
				if int64(len(s.Data)) != int64(size) {
					return fmt.Errorf("%s: section %s: %#x bytes of data but size %#x", in.name, s.Name, len(s.Data), s.Size)
				}
			}
			p := &piece{in: in, sec: s, name: s.Name, size: size, align: a, nobits: s.Type == uint32(elf.SHT_NOBITS), flags: s.Flags}
			l.pieces[s] = p
			spec, group := classify(s)
			buckets[spec][group] = append(buckets[spec][group], p)
		}
	}
	if err := l.allocateCommons(); err != nil {
		return err
	}
	for _, in := range l.inputs {
		if in.scommons != nil {
			g := len(outSpecs[specSbss].groups)
			buckets[specSbss][g] = append(buckets[specSbss][g], in.scommons)
		}
		if in.commons != nil {
			g := len(outSpecs[specBss].groups)
			buckets[specBss][g] = append(buckets[specBss][g], in.commons)
		}
	}
	l.outs = make([]*outSection, len(outSpecs))
	for i := range outSpecs {
		o := &outSection{spec: &outSpecs[i], typ: uint32(elf.SHT_NOBITS), align: 1}
		for _, b := range buckets[i] {
			for _, p := range b {
				p.out = o
				o.pieces = append(o.pieces, p)
			}
		}
		l.outs[i] = o
	}
	return nil
}

// allocateCommons assigns each common symbol to its object's COMMON block,
// or .scommon block when it is small, in symbol-table order.
func (l *linker) allocateCommons() error {
	for _, in := range l.inputs {
		for _, s := range in.file.Symbols {
			g := l.symGlob[s]
			if g == nil || !s.Common || g.state != stCommon || g.sym != s || g.block != nil {
				continue
			}
			a, err := checkAlign(g.align, fmt.Sprintf("%s: common symbol `%s'", in.name, s.Name))
			if err != nil {
				return err
			}
			block := &in.commons
			name := "COMMON"
			if g.size <= smallCommonMax {
				block, name = &in.scommons, ".scommon"
			}
			if *block == nil {
				*block = &piece{in: in, name: name, align: 1, nobits: true, flags: uint32(elf.SHF_ALLOC | elf.SHF_WRITE)}
			}
			b := *block
			off := alignUp(uint64(b.size), a)
			if off+uint64(g.size) > 1<<32-1 {
				return fmt.Errorf("%s: common symbols larger than 4 GiB", in.name)
			}
			g.block, g.blockOff = b, uint32(off)
			b.size = uint32(off) + g.size
			b.align = max(b.align, a)
		}
	}
	return nil
}

// sizeOutputs lays the pieces out inside each output section.
func (l *linker) sizeOutputs() error {
	for i, o := range l.outs {
		var off uint64
		for _, p := range o.pieces {
			off = alignUp(off, p.align)
			p.off = uint32(off)
			off += uint64(p.size)
			o.align = max(o.align, p.align)
			o.flags |= p.flags & uint32(elf.SHF_ALLOC|elf.SHF_WRITE|elf.SHF_EXECINSTR|object.SHF_MIPS_GPREL)
			if !p.nobits {
				o.typ = uint32(elf.SHT_PROGBITS)
			}
			if off > 1<<32-1 {
				return fmt.Errorf("output section %s is larger than 4 GiB", o.spec.name)
			}
		}
		switch o.spec.name {
		case ".sdata", ".sbss", ".lit8", ".lit4":
			o.flags |= object.SHF_MIPS_GPREL // as ld marks them, whatever the inputs say
		}
		if i == specBss && off > 0 {
			off = alignUp(off, 4) // ld's ". = ALIGN(. != 0 ? 32 / 8 : 1)" inside .bss
		}
		if off > 1<<32-1 {
			return fmt.Errorf("output section %s is larger than 4 GiB", o.spec.name)
		}
		o.size = uint32(off)
	}
	return nil
}
