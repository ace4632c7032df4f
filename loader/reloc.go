package loader

import (
	"fmt"

	"graftlab/loader/object"
)

// target is what a relocation's symbol resolves to.
type target struct {
	name      string
	value     uint32 // S
	local     bool   // local to the object (binutils' was_local_p)
	section   bool   // a section symbol (binutils' section_p)
	weakUndef bool   // an undefined weak symbol, which is 0 and never overflows
}

// relocate applies every relocation of every loaded section.
func (l *linker) relocate() {
	for _, in := range l.inputs {
		for _, s := range in.file.Sections {
			p := l.pieces[s]
			if p == nil || len(s.Relocs) == 0 {
				continue
			}
			l.relocateSection(in, p)
			if len(l.errs) > maxErrors {
				return
			}
		}
	}
}

// lo16Key identifies "the same symbol" for HI16/LO16 pairing: section
// symbols of one section are the same symbol however many Symbol values
// stand for them.
type lo16Key struct {
	sym *object.Symbol
	sec *object.Section
}

func keyOf(s *object.Symbol) lo16Key {
	if s != nil && s.Type == object.SymSection {
		return lo16Key{sec: s.Section}
	}
	return lo16Key{sym: s}
}

func (l *linker) relocateSection(in *input, p *piece) {
	s := p.sec
	// nextLO[i] is the index of the first R_MIPS_LO16 after relocation i
	// against the same symbol, or -1: the partner of an R_MIPS_HI16.
	nextLO := make([]int, len(s.Relocs))
	last := map[lo16Key]int{}
	for i := len(s.Relocs) - 1; i >= 0; i-- {
		r := s.Relocs[i]
		nextLO[i] = -1
		if j, ok := last[keyOf(r.Symbol)]; ok {
			nextLO[i] = j
		}
		if r.Type == object.R_MIPS_LO16 {
			last[keyOf(r.Symbol)] = i
		}
	}
	var data []byte
	if !p.nobits {
		data = p.out.data[p.off : p.off+p.size]
	}
	for i, r := range s.Relocs {
		if r.Type == object.R_MIPS_NONE {
			continue
		}
		fail := func(err error) {
			l.report(&LinkError{File: in.name, Section: s.Name, Offset: r.Offset, Err: err})
		}
		if uint64(r.Offset)+4 > uint64(len(data)) {
			fail(fmt.Errorf("%v relocation outside the section's %#x bytes of data", r.Type, len(data)))
			continue
		}
		t, err := l.resolve(in, r.Symbol)
		if err != nil {
			fail(err)
			continue
		}
		var lo uint32
		hasLO := false
		if j := nextLO[i]; r.Type == object.R_MIPS_HI16 && j >= 0 && uint64(s.Relocs[j].Offset)+4 <= uint64(len(data)) {
			lo, hasLO = le.Uint32(data[s.Relocs[j].Offset:]), true
		}
		word := le.Uint32(data[r.Offset:])
		word, err = l.apply(in, r.Type, word, p.addr+r.Offset, t, lo, hasLO)
		if err != nil {
			fail(err)
			continue
		}
		le.PutUint32(data[r.Offset:], word)
	}
}

// resolve finds the value of a relocation's symbol.
func (l *linker) resolve(in *input, s *object.Symbol) (target, error) {
	if s == nil {
		return target{name: "*ABS*", local: true}, nil
	}
	t := target{name: s.Name, local: s.Bind == object.Local || s.Type == object.SymSection}
	if s.Type == object.SymSection {
		t.section = true
		if s.Section != nil {
			t.name = s.Section.Name
		}
	}
	if !t.local {
		g := l.symGlob[s]
		if g == nil {
			return t, fmt.Errorf("symbol `%s' is not in the object's symbol list", s.Name)
		}
		switch {
		case g.linker || g.state == stCommon:
			t.value = g.addr
			return t, nil
		case g.state == stUndefined:
			if !g.strong {
				t.weakUndef = true
				return t, nil
			}
			return t, fmt.Errorf("%w to `%s'", ErrUndefined, s.Name)
		}
		s, in = g.sym, g.in
	}
	switch {
	case s.Abs:
		t.value = s.Value
	case s.Section != nil:
		p := l.pieces[s.Section]
		if p == nil {
			return t, fmt.Errorf("`%s' is defined in %s's section %s, which is not loaded", t.name, in.name, s.Section.Name)
		}
		t.value = p.addr
		if !t.section {
			t.value += s.Value
		}
	case s.Common:
		return t, fmt.Errorf("local common symbol `%s': %w", s.Name, ErrUnsupported)
	default:
		return t, fmt.Errorf("%w to local symbol `%s'", ErrUndefined, s.Name)
	}
	return t, nil
}

func signExtend(v uint32, bits uint) uint32 {
	shift := 32 - bits
	return uint32(int32(v<<shift) >> shift)
}

// fits reports whether v, read as signed, fits in a signed field of bits.
func fits(v uint32, bits uint) bool { return signExtend(v, bits) == v }

// apply computes one relocated field, as binutils' mips_elf_calculate_relocation
// does for a static link. P is the address of the field; lo is the field
// of the R_MIPS_LO16 paired with an R_MIPS_HI16, when hasLO.
func (l *linker) apply(in *input, typ object.RelocType, word, P uint32, t target, lo uint32, hasLO bool) (uint32, error) {
	S := t.value
	truncated := func(format string, args ...any) error {
		return fmt.Errorf("%w: %v against `%s' (%s)", ErrTruncated, typ, t.name, fmt.Sprintf(format, args...))
	}
	switch typ {
	case object.R_MIPS_32:
		return S + word, nil
	case object.R_MIPS_26:
		A := (word & 0x3ffffff) << 2
		if !t.section {
			A = signExtend(A, 28)
		}
		T := S + A
		if !t.weakUndef {
			if T&3 != 0 {
				return 0, fmt.Errorf("%w: %v against `%s': target %#x is not a multiple of 4", ErrMisaligned, typ, t.name, T)
			}
			if T>>28 != (P+4)>>28 {
				return 0, truncated("target %#x is outside the 256 MiB region of %#x", T, P+4)
			}
		}
		return word&^0x3ffffff | T>>2&0x3ffffff, nil
	case object.R_MIPS_HI16:
		AHL := word << 16
		if hasLO {
			AHL += signExtend(lo&0xffff, 16)
		}
		return word&^0xffff | (AHL+S+0x8000)>>16&0xffff, nil
	case object.R_MIPS_LO16:
		return word&^0xffff | (S+signExtend(word&0xffff, 16))&0xffff, nil
	case object.R_MIPS_GPREL16:
		V := S + signExtend(word&0xffff, 16) - l.gp
		if t.local {
			V += in.gp0
		}
		if !t.weakUndef && !fits(V, 16) {
			return 0, truncated("gp-relative offset %#x does not fit in 16 bits; _gp is %#x", int64(int32(V)), l.gp)
		}
		return word&^0xffff | V&0xffff, nil
	case object.R_MIPS_GPREL32:
		return word + S + in.gp0 - l.gp, nil
	case object.R_MIPS_PC16:
		T := S + signExtend((word&0xffff)<<2, 18)
		if T&3 != 0 {
			return 0, fmt.Errorf("%w: %v against `%s': target %#x is not a multiple of 4", ErrMisaligned, typ, t.name, T)
		}
		V := T - P
		if !t.weakUndef && !fits(V, 18) {
			return 0, truncated("branch offset %#x from %#x does not fit in 18 bits", int64(int32(V)), P)
		}
		return word&^0xffff | V>>2&0xffff, nil
	}
	return 0, fmt.Errorf("relocation type %v: %w (compile with -mno-abicalls -fno-pic)", typ, ErrUnsupported)
}
