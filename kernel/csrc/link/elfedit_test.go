package link

import (
	"bytes"
	"encoding/binary"
)

// elfEdit edits an ELF32 little-endian object in place, for the refusal
// tests and the fuzz target's mutations. It trusts the headers it is given
// only as far as they stay inside the bytes: an accessor that would reach
// outside them reads 0 and writes nothing.
type elfEdit struct{ b []byte }

var le = binary.LittleEndian

// maxEditSections bounds the section headers the editor looks at, so that
// a mutated e_shnum cannot make every edit slow.
const maxEditSections = 256

// Section header fields, by byte offset.
const (
	shName    = 0
	shType    = 4
	shFlags   = 8
	shOff     = 16
	shSize    = 20
	shLink    = 24
	shInfo    = 28
	shAlign   = 32
	shEntsize = 36
)

func (e *elfEdit) u32(off uint64) uint32 {
	if off+4 > uint64(len(e.b)) {
		return 0
	}
	return le.Uint32(e.b[off:])
}

func (e *elfEdit) put32(off uint64, v uint32) {
	if off+4 <= uint64(len(e.b)) {
		le.PutUint32(e.b[off:], v)
	}
}

func (e *elfEdit) u16(off uint64) uint32 {
	if off+2 > uint64(len(e.b)) {
		return 0
	}
	return uint32(le.Uint16(e.b[off:]))
}

func (e *elfEdit) put16(off uint64, v uint32) {
	if off+2 <= uint64(len(e.b)) {
		le.PutUint16(e.b[off:], uint16(v))
	}
}

func (e *elfEdit) shoff() uint64    { return uint64(e.u32(32)) }
func (e *elfEdit) shnum() int       { return min(int(e.u16(48)), maxEditSections) }
func (e *elfEdit) shstrndx() int    { return int(e.u16(50)) }
func (e *elfEdit) hdr(i int) uint64 { return e.shoff() + 40*uint64(i) }

func (e *elfEdit) sec(i, field int) uint32       { return e.u32(e.hdr(i) + uint64(field)) }
func (e *elfEdit) setSec(i, field int, v uint32) { e.put32(e.hdr(i)+uint64(field), v) }

// str returns the NUL-terminated string at off in section tab.
func (e *elfEdit) str(tab int, off uint32) string {
	start := uint64(e.sec(tab, shOff)) + uint64(off)
	end := uint64(e.sec(tab, shOff)) + uint64(e.sec(tab, shSize))
	if end > uint64(len(e.b)) || start >= end {
		return ""
	}
	s := e.b[start:end]
	if i := bytes.IndexByte(s, 0); i >= 0 {
		s = s[:i]
	}
	return string(s)
}

// section returns the index of the section called name, or -1.
func (e *elfEdit) section(name string) int {
	for i := 0; i < e.shnum(); i++ {
		if e.str(e.shstrndx(), e.sec(i, shName)) == name {
			return i
		}
	}
	return -1
}

// symtab returns the symbol table's index, or -1.
func (e *elfEdit) symtab() int {
	for i := 0; i < e.shnum(); i++ {
		if e.sec(i, shType) == 2 {
			return i
		}
	}
	return -1
}

func (e *elfEdit) nsyms() int {
	if s := e.symtab(); s >= 0 {
		return int(e.sec(s, shSize) / 16)
	}
	return 0
}

// sym returns the file offset of symbol k.
func (e *elfEdit) sym(k int) uint64 { return uint64(e.sec(e.symtab(), shOff)) + 16*uint64(k) }

// symbol returns the index of the symbol called name, or -1.
func (e *elfEdit) symbol(name string) int {
	st := e.symtab()
	for k := 1; k < e.nsyms(); k++ {
		if e.str(int(e.sec(st, shLink)), e.u32(e.sym(k))) == name {
			return k
		}
	}
	return -1
}

func (e *elfEdit) setSymInfo(k int, bind, typ byte) {
	if off := e.sym(k) + 12; off < uint64(len(e.b)) {
		e.b[off] = bind<<4 | typ
	}
}

// rel returns the file offset of relocation k of REL section j.
func (e *elfEdit) rel(j, k int) uint64 { return uint64(e.sec(j, shOff)) + 8*uint64(k) }

func (e *elfEdit) nrels(j int) int { return int(e.sec(j, shSize) / 8) }

// relType and setRel read and write a relocation's type and symbol.
func (e *elfEdit) relType(j, k int) uint32 { return e.u32(e.rel(j, k)+4) & 0xff }
func (e *elfEdit) relSym(j, k int) uint32  { return e.u32(e.rel(j, k)+4) >> 8 }
func (e *elfEdit) setRel(j, k int, sym, typ uint32) {
	e.put32(e.rel(j, k)+4, sym<<8|typ&0xff)
}

// findRel returns the index in REL section j of the first relocation of
// type typ, or -1.
func (e *elfEdit) findRel(j int, typ uint32) int {
	for k := 0; k < e.nrels(j); k++ {
		if e.relType(j, k) == typ {
			return k
		}
	}
	return -1
}

// noteDesc returns the file offset of the descriptor of the note of type
// typ in the MiSFIT note section, or 0.
func (e *elfEdit) noteDesc(typ uint32) uint64 {
	s := e.section(".note.graftlab.misfit")
	if s < 0 {
		return 0
	}
	p, end := uint64(e.sec(s, shOff)), uint64(e.sec(s, shOff))+uint64(e.sec(s, shSize))
	end = min(end, uint64(len(e.b)))
	for p+12 <= end {
		namesz, descsz := uint64(e.u32(p)), uint64(e.u32(p+4))
		desc := p + 12 + (namesz+3)&^3
		if e.u32(p+8) == typ {
			return desc
		}
		p = desc + (descsz+3)&^3
	}
	return 0
}
