package asm

import (
	"debug/elf"
	"strings"

	"graftlab/loader/object"
)

// section is a section being filled.
type section struct {
	name     string
	typ      uint32 // elf.SHT_*
	flags    uint32 // elf.SHF_*
	entsize  uint32
	alignPow uint8
	data     []byte
	size     uint32 // SHT_NOBITS only
	fixups   []*fixup
	deferred []deferredBlock // .lcomm blocks, placed after the rest of the section

	// .loc view numbering
	locSeen bool
	locAddr uint32
	locView int64

	out *object.Section
}

// deferredBlock is a .lcomm (or local .comm) block: GNU as puts these in a
// subsection after everything else in .bss.
type deferredBlock struct {
	sym      *symbol
	size     uint32
	alignPow uint8
}

func (s *section) nobits() bool { return s.typ == uint32(elf.SHT_NOBITS) }

func (s *section) offset() uint32 {
	if s.nobits() {
		return s.size
	}
	return uint32(len(s.data))
}

const (
	shfMerge     = uint32(elf.SHF_MERGE)
	shfMIPSGPRel = object.SHF_MIPS_GPREL
	shtMIPSDwarf = object.SHT_MIPS_DWARF
)

// defaultSection gives the type, flags and alignment that GNU tools give a
// section from its name alone.
func defaultSection(name string) (typ, flags uint32, alignPow uint8) {
	prog := uint32(elf.SHT_PROGBITS)
	ax := uint32(elf.SHF_ALLOC | elf.SHF_EXECINSTR)
	wa := uint32(elf.SHF_ALLOC | elf.SHF_WRITE)
	switch name {
	case ".text":
		return prog, ax, 4
	case ".data":
		return prog, wa, 4
	case ".bss":
		return uint32(elf.SHT_NOBITS), wa, 4
	case ".init", ".fini":
		return prog, ax, 0
	case ".init_array":
		return uint32(elf.SHT_INIT_ARRAY), wa, 0
	case ".fini_array":
		return uint32(elf.SHT_FINI_ARRAY), wa, 0
	case ".preinit_array":
		return uint32(elf.SHT_PREINIT_ARRAY), wa, 0
	}
	switch {
	case hasPrefixDot(name, ".text"):
		return prog, ax, 0
	case hasPrefixDot(name, ".data"):
		return prog, wa, 0
	case hasPrefixDot(name, ".bss"):
		return uint32(elf.SHT_NOBITS), wa, 0
	case hasPrefixDot(name, ".rodata"):
		return prog, uint32(elf.SHF_ALLOC), 0
	case hasPrefixDot(name, ".sdata"):
		return prog, wa | shfMIPSGPRel, 0
	case hasPrefixDot(name, ".sbss"):
		return uint32(elf.SHT_NOBITS), wa | shfMIPSGPRel, 0
	case strings.HasPrefix(name, ".debug"):
		return shtMIPSDwarf, 0, 0
	case strings.HasPrefix(name, ".note"):
		return uint32(elf.SHT_NOTE), 0, 0
	}
	return prog, 0, 0
}

// hasPrefixDot reports whether name is base or base followed by ".".
func hasPrefixDot(name, base string) bool {
	return name == base || strings.HasPrefix(name, base+".")
}

// section returns the section called name, creating it with its default
// attributes.
func (a *assembler) section(name string) *section {
	for _, s := range a.sections {
		if s.name == name {
			return s
		}
	}
	typ, flags, align := defaultSection(name)
	s := &section{name: name, typ: typ, flags: flags, alignPow: align}
	a.sections = append(a.sections, s)
	return s
}

// switchSection makes s the current section, remembering the previous one
// for .previous.
func (a *assembler) switchSection(s *section) {
	a.flushHistory()
	if s != a.cur {
		a.prev = a.cur
		a.cur = s
	}
	a.pendingLabels = a.pendingLabels[:0]
	a.autoAlign = true
}

// room checks that n more bytes fit in the current section.
func (a *assembler) room(n uint64) bool {
	if uint64(a.cur.offset())+n > uint64(a.opt.maxSectionSize()) {
		if !a.sizeReported {
			a.err("section %s would exceed %d bytes", a.cur.name, a.opt.maxSectionSize())
			a.sizeReported = true
		}
		return false
	}
	return true
}

// emit appends bytes to the current section.
func (a *assembler) emit(b []byte) {
	a.pendingLabels = a.pendingLabels[:0]
	if !a.emitting {
		a.flushHistory()
	}
	if !a.room(uint64(len(b))) {
		return
	}
	if a.cur.nobits() {
		for _, x := range b {
			if x != 0 {
				a.err("attempt to store non-zero value in section %s", a.cur.name)
				return
			}
		}
		a.cur.size += uint32(len(b))
		return
	}
	a.cur.data = append(a.cur.data, b...)
}

// emitFill appends n copies of the pattern (little-endian value of size
// bytes).
func (a *assembler) emitFill(n uint64, size int, v uint64) {
	a.pendingLabels = a.pendingLabels[:0]
	a.flushHistory()
	if size <= 0 || n == 0 {
		return
	}
	if n > uint64(a.opt.maxSectionSize()) || !a.room(n*uint64(size)) {
		a.room(uint64(a.opt.maxSectionSize()) + 1) // reports the overflow
		return
	}
	if a.cur.nobits() {
		if v != 0 {
			a.err("attempt to store non-zero value in section %s", a.cur.name)
			return
		}
		a.cur.size += uint32(n * uint64(size))
		return
	}
	var pat [8]byte
	for i := 0; i < size && i < 8; i++ {
		pat[i] = byte(v >> (8 * i))
	}
	for ; n > 0; n-- {
		a.cur.data = append(a.cur.data, pat[:size]...)
	}
}

// word appends a little-endian 32-bit word.
func (a *assembler) word(w uint32) {
	a.emit([]byte{byte(w), byte(w >> 8), byte(w >> 16), byte(w >> 24)})
}

// align pads the current section to a multiple of 1<<pow and records the
// alignment; labels defined just before move with it, as in GNU as. fill is
// the padding byte. maxSkip, when positive, skips the alignment if more
// bytes than that would be needed.
func (a *assembler) align(pow uint8, fill byte, maxSkip int64) {
	a.flushHistory()
	labels := append([]*symbol(nil), a.pendingLabels...)
	off := uint64(a.cur.offset())
	aligned := (off + 1<<pow - 1) &^ (1<<pow - 1)
	pad := aligned - off
	if maxSkip > 0 && int64(pad) > maxSkip {
		return
	}
	if pow > a.cur.alignPow {
		a.cur.alignPow = pow
	}
	a.emitFill(pad, 1, uint64(fill))
	for _, s := range labels {
		if s.sec == a.cur {
			s.off = a.cur.offset()
		}
	}
	a.pendingLabels = append(a.pendingLabels[:0], labels...)
}

// placeDeferred lays out the .lcomm blocks of every section.
func (a *assembler) placeDeferred() {
	for _, s := range a.sections {
		for _, d := range s.deferred {
			off := uint64(s.size)
			off = (off + 1<<d.alignPow - 1) &^ (1<<d.alignPow - 1)
			if off+uint64(d.size) > uint64(a.opt.maxSectionSize()) {
				a.errLoc(d.sym.def, "section %s would exceed %d bytes", s.name, a.opt.maxSectionSize())
				return
			}
			d.sym.off = uint32(off)
			d.sym.deferred = false
			s.size = uint32(off) + d.size
			if d.alignPow > s.alignPow {
				s.alignPow = d.alignPow
			}
		}
		s.deferred = nil
	}
}

// padSections rounds every section's size up to its alignment (at most
// 16), as GNU as does for MIPS ELF targets other than bare "elf".
func (a *assembler) padSections() {
	for _, s := range a.sections {
		pow := min(s.alignPow, 4)
		off := uint64(s.offset())
		aligned := (off + 1<<pow - 1) &^ (1<<pow - 1)
		if s.nobits() {
			s.size = uint32(aligned)
		} else {
			s.data = append(s.data, make([]byte, aligned-off)...)
		}
	}
}
