package asm

import (
	"debug/elf"
	"strings"
)

// dirSection handles .text, .data, .bss and MIPS's .rdata, .sdata, .sbss.
func dirSection(a *assembler, name string, c *cursor) {
	if !c.eof() {
		if n, ok := a.absolute(c); !ok || n != 0 {
			if ok {
				a.err("subsections are not supported")
			}
			return
		}
	}
	var s *section
	switch name {
	case ".rdata", ".sdata", ".sbss":
		real := map[string]string{".rdata": ".rodata", ".sdata": ".sdata", ".sbss": ".sbss"}[name]
		s = a.section(real)
		// GNU as aligns these to 16 bytes on non-"elf" targets.
		s.alignPow = max(s.alignPow, 4)
	default:
		s = a.section(name)
	}
	a.switchSection(s)
}

// dirSectionNamed handles .section and .pushsection:
//
//	.section NAME[,"FLAGS"[,@TYPE[,ENTSIZE]]]
func dirSectionNamed(a *assembler, name string, c *cursor) {
	c.skipSpace()
	var secName string
	if c.peek() == '"' {
		s, ok := a.parseString(c)
		if !ok {
			return
		}
		secName = s
	} else {
		start := c.pos
		for c.pos < c.end && c.s[c.pos] != ',' && !isSpace(c.s[c.pos]) {
			c.pos++
		}
		secName = c.s[start:c.pos]
	}
	if secName == "" {
		a.errAt(c.pos, "expected a section name")
		return
	}
	exists := false
	for _, s := range a.sections {
		exists = exists || s.name == secName
	}
	s := a.section(secName)
	if c.accept(',') {
		if !a.sectionAttributes(s, c, exists) {
			return
		}
	}
	a.endOfStatement(c)
	if name == ".pushsection" {
		a.sectionStack = append(a.sectionStack, [2]*section{a.cur, a.prev})
	}
	a.switchSection(s)
}

// sectionAttributes reads ,"flags"[,@type[,entsize]] of .section.
func (a *assembler) sectionAttributes(s *section, c *cursor, exists bool) bool {
	c.skipSpace()
	if c.peek() != '"' {
		// The numeric MIPS (IRIX) form: .section name, type, flags, entsize, align.
		vals := []int64{}
		for {
			v, ok := a.absolute(c)
			if !ok {
				return false
			}
			vals = append(vals, v)
			if !c.accept(',') {
				break
			}
		}
		switch elf.SectionType(vals[0]) {
		case 0, elf.SHT_PROGBITS, elf.SHT_NOBITS, elf.SHT_NOTE, elf.SHT_INIT_ARRAY,
			elf.SHT_FINI_ARRAY, elf.SHT_PREINIT_ARRAY, elf.SectionType(shtMIPSDwarf):
		default:
			a.err("unsupported section type %#x", vals[0])
			return false
		}
		if !exists {
			if vals[0] != 0 && uint32(vals[0]) != shtMIPSDwarf {
				s.typ = uint32(vals[0])
			}
			if len(vals) > 1 {
				s.flags = uint32(vals[1])
			}
			if len(vals) > 2 {
				s.entsize = uint32(vals[2])
			}
		}
		return true
	}
	pos := c.pos
	str, ok := a.parseString(c)
	if !ok {
		return false
	}
	flags, ok := sectionFlags(str)
	if !ok {
		a.errAt(pos, "unknown section flag in %q", str)
		return false
	}
	_, defFlags, _ := defaultSection(s.name)
	typ := s.typ
	var entsize int64
	if c.accept(',') {
		c.skipSpace()
		if ch := c.peek(); ch == '@' || ch == '%' {
			c.pos++
		}
		tpos := c.pos
		switch t := c.name(); t {
		case "progbits":
			typ = uint32(elf.SHT_PROGBITS)
		case "nobits":
			typ = uint32(elf.SHT_NOBITS)
		case "note":
			typ = uint32(elf.SHT_NOTE)
		case "init_array":
			typ = uint32(elf.SHT_INIT_ARRAY)
		case "fini_array":
			typ = uint32(elf.SHT_FINI_ARRAY)
		case "preinit_array":
			typ = uint32(elf.SHT_PREINIT_ARRAY)
		default:
			a.errAt(tpos, "unknown section type %q", t)
			return false
		}
		if c.accept(',') {
			if entsize, ok = a.absolute(c); !ok {
				return false
			}
		}
	}
	if strings.HasPrefix(s.name, ".debug") {
		typ = shtMIPSDwarf
	}
	if exists {
		return true // GNU as keeps the first attributes (and warns)
	}
	if s.nobits() != (typ == uint32(elf.SHT_NOBITS)) && (len(s.data) > 0 || s.size > 0) {
		a.err("section %s changes between @nobits and contents", s.name)
		return false
	}
	s.typ, s.flags, s.entsize = typ, flags|defFlags&shfMIPSGPRel, uint32(entsize)
	return true
}

func dirPrevious(a *assembler, _ string, c *cursor) {
	a.endOfStatement(c)
	a.switchSection(a.prev)
}

func dirPopSection(a *assembler, _ string, c *cursor) {
	a.endOfStatement(c)
	if len(a.sectionStack) == 0 {
		a.err(".popsection without .pushsection")
		return
	}
	top := a.sectionStack[len(a.sectionStack)-1]
	a.sectionStack = a.sectionStack[:len(a.sectionStack)-1]
	a.switchSection(top[0])
	a.prev = top[1]
}

// sectionFlags parses the flags string of .section.
func sectionFlags(flags string) (uint32, bool) {
	var f uint32
	for _, ch := range flags {
		switch ch {
		case 'a':
			f |= uint32(elf.SHF_ALLOC)
		case 'w':
			f |= uint32(elf.SHF_WRITE)
		case 'x':
			f |= uint32(elf.SHF_EXECINSTR)
		case 'M':
			f |= uint32(elf.SHF_MERGE)
		case 'S':
			f |= uint32(elf.SHF_STRINGS)
		case 'T':
			f |= uint32(elf.SHF_TLS)
		case 'e':
			f |= 0x80000000 // SHF_EXCLUDE
		case 'o':
			f |= uint32(elf.SHF_LINK_ORDER)
		case 'p':
			f |= shfMIPSGPRel
		case 'd', 'y', 'R', '?':
		default:
			return 0, false
		}
	}
	return f, true
}
