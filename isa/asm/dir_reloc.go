package asm

import (
	"encoding/binary"
	"strings"

	"graftlab/loader/object"
)

// relocDirective is a ".reloc OFFSET, TYPE[, EXPR]": a relocation written
// out as it is, resolved when the source has been read.
type relocDirective struct {
	sec    *section // the section of a constant offset
	offset *node
	typ    object.RelocType
	expr   *node // nil: no symbol
	loc    srcLoc

	// Results.
	at       *section
	off      uint32
	sym      *symbol // nil with relocSec nil: no symbol (index 0)
	relocSec *section
}

// relocNames are the relocation names .reloc accepts: the ELF ones and
// GNU's BFD_RELOC names for them.
var relocNames = map[string]object.RelocType{
	"R_MIPS_NONE": object.R_MIPS_NONE, "R_MIPS_32": object.R_MIPS_32, "R_MIPS_26": object.R_MIPS_26,
	"R_MIPS_HI16": object.R_MIPS_HI16, "R_MIPS_LO16": object.R_MIPS_LO16,
	"R_MIPS_GPREL16": object.R_MIPS_GPREL16, "R_MIPS_PC16": object.R_MIPS_PC16,
	"R_MIPS_GPREL32": object.R_MIPS_GPREL32, "BFD_RELOC_NONE": object.R_MIPS_NONE,
	"BFD_RELOC_32": object.R_MIPS_32, "BFD_RELOC_MIPS_JMP": object.R_MIPS_26,
	"BFD_RELOC_HI16_S": object.R_MIPS_HI16, "BFD_RELOC_LO16": object.R_MIPS_LO16,
	"BFD_RELOC_GPREL16": object.R_MIPS_GPREL16, "BFD_RELOC_16_PCREL_S2": object.R_MIPS_PC16,
	"BFD_RELOC_GPREL32": object.R_MIPS_GPREL32, "R_MIPS_JALR": rMIPSJalr, "BFD_RELOC_MIPS_JALR": rMIPSJalr,
}

// dirReloc handles .reloc offset, type[, expr].
func dirReloc(a *assembler, _ string, c *cursor) {
	off := a.parseExpr(c)
	if off == nil {
		return
	}
	if !c.accept(',') {
		a.errAt(c.pos, "expected: .reloc offset, type[, expression]")
		return
	}
	c.skipSpace()
	pos := c.pos
	name := c.name()
	typ, ok := relocNames[strings.ToUpper(name)]
	if !ok {
		a.errAt(pos, "unsupported relocation %q", name)
		return
	}
	d := &relocDirective{sec: a.cur, offset: off, typ: typ, loc: a.loc}
	if c.accept(',') {
		if d.expr = a.parseExpr(c); d.expr == nil {
			return
		}
	}
	a.endOfStatement(c)
	a.relocDirs = append(a.relocDirs, d)
}

// resolveRelocDirectives places the .reloc relocations and adds their
// addends into the relocated fields, as GNU as installs them.
func (a *assembler) resolveRelocDirectives() {
	for _, d := range a.relocDirs {
		v, err := a.eval(d.offset, true)
		switch {
		case err != nil:
			a.report(d.loc, err.pos, err.msg)
			continue
		case v.sub != nil || v.sym != nil && v.sym.kind != symLabel:
			a.report(d.loc, d.offset.pos, "invalid .reloc offset")
			continue
		case v.sym != nil:
			d.at, v.off = v.sym.sec, v.off+int64(v.sym.off)
		default:
			d.at = d.sec
		}
		if v.off < 0 || d.at.nobits() || v.off+4 > int64(len(d.at.data)) {
			a.report(d.loc, d.offset.pos, ".reloc offset is not within the section's contents")
			d.at = nil
			continue
		}
		d.off = uint32(v.off)
		var addend int64
		if d.expr != nil {
			s, err := a.eval(d.expr, true)
			if err != nil || s.sub != nil {
				a.report(d.loc, d.expr.pos, "invalid .reloc expression")
				d.at = nil
				continue
			}
			addend = s.off
			switch {
			case s.sym == nil:
			case s.sym.kind == symLabel && s.sym.temp && d.typ != object.R_MIPS_PC16 &&
				(s.sym.sec.flags&shfMerge == 0 || addend == 0):
				// Only an assembler-local label (.L1, $L1, 1:) becomes its
				// section here, unlike the relocations of instructions.
				d.relocSec, addend = s.sym.sec, addend+int64(s.sym.off)
			default:
				d.sym = s.sym
				s.sym.referenced = true
			}
		}
		b := d.at.data[d.off:]
		w := binary.LittleEndian.Uint32(b)
		switch d.typ {
		case object.R_MIPS_32, object.R_MIPS_GPREL32:
			w += uint32(addend)
		case object.R_MIPS_26:
			w = w&^0x03ffffff | (w+uint32(addend>>2))&0x03ffffff
		case object.R_MIPS_HI16:
			w = w&^0xffff | (w+uint32(applyReloc(relHi, addend)))&0xffff
		case object.R_MIPS_LO16, object.R_MIPS_GPREL16:
			w = w&^0xffff | (w+uint32(addend))&0xffff
		case object.R_MIPS_PC16:
			w = w&^0xffff | (w+uint32(addend>>2))&0xffff
		}
		binary.LittleEndian.PutUint32(b, w)
	}
}

// mergeRelocDirectives puts the .reloc relocations of a section among
// the others as GNU as does: each before the first later-placed
// relocation of the section's fixups.
func mergeRelocDirectives(fixed []object.Reloc, dirs []object.Reloc) []object.Reloc {
	if len(dirs) == 0 {
		return fixed
	}
	var out []object.Reloc
	r := 0
	for _, f := range fixed {
		for r < len(dirs) && dirs[r].Offset < f.Offset {
			out = append(out, dirs[r])
			r++
		}
		out = append(out, f)
	}
	return append(out, dirs[r:]...)
}
