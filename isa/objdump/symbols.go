package objdump

import (
	"debug/elf"
	"slices"
	"strings"
)

// symtab is the symbol table as objdump uses it while it disassembles one
// section: sorted by objdump's compare_symbols for that section, searched by
// its find_symbol_for_address.
type symtab struct {
	syms      []*Symbol
	sec       *Section
	hasRelocs bool
	own       []int // indexes in syms of the section's own symbols, ascending
}

// sorted returns the file's symbols in objdump's order but for the section
// preference, which symtabFor applies. It is computed once.
func (f *File) sorted() []*Symbol {
	if f.sortedSyms == nil {
		f.sortedSyms = slices.Clone(f.Symbols)
		slices.SortStableFunc(f.sortedSyms, func(a, b *Symbol) int { return compareSymbols(a, b, nil) })
	}
	return f.sortedSyms
}

func (f *File) symtabFor(sec *Section) *symtab {
	t := &symtab{syms: slices.Clone(f.sorted()), sec: sec, hasRelocs: f.hasRelocs}
	// At each value, symbols of a section named as this one come first.
	for i := 0; i < len(t.syms); {
		j := i + 1
		for j < len(t.syms) && t.syms[j].Value == t.syms[i].Value {
			j++
		}
		if j-i > 1 {
			slices.SortStableFunc(t.syms[i:j], func(a, b *Symbol) int {
				return compareBool(a.secName != sec.Name, b.secName != sec.Name)
			})
		}
		i = j
	}
	for i := range t.syms {
		if t.ok(i, true) {
			t.own = append(t.own, i)
		}
	}
	return t
}

// compareBool orders false before true.
func compareBool(x, y bool) int {
	switch {
	case x == y:
		return 0
	case x:
		return 1
	}
	return -1
}

func (s *Symbol) isFunc() bool    { return s.Type == elf.STT_FUNC }
func (s *Symbol) isObject() bool  { return s.Type == elf.STT_OBJECT || s.Type == elf.STT_COMMON }
func (s *Symbol) isSection() bool { return s.Type == elf.STT_SECTION }

// compareSymbols orders symbols as objdump does: by value; at one value,
// symbols of the section being disassembled (sec, if not nil) first, then by
// kind (functions, objects, globals before locals), larger before smaller,
// and by name.
func compareSymbols(a, b *Symbol, sec *Section) int {
	if a.Value != b.Value {
		if a.Value < b.Value {
			return -1
		}
		return 1
	}
	// Each test puts a symbol for which it is true after one for which it
	// is false.
	if sec != nil {
		if c := compareBool(a.secName != sec.Name, b.secName != sec.Name); c != 0 {
			return c
		}
	}
	tests := []func(s *Symbol) bool{
		func(s *Symbol) bool {
			return strings.Contains(s.Name, "gnu_compiled") || strings.Contains(s.Name, "gcc2_compiled")
		},
		func(s *Symbol) bool {
			n := s.Name
			return len(n) > 2 && n[len(n)-2] == '.' && (n[len(n)-1] == 'o' || n[len(n)-1] == 'a')
		},
		(*Symbol).isSection,
		func(s *Symbol) bool { return !s.isFunc() },
		func(s *Symbol) bool { return !s.isObject() },
		func(s *Symbol) bool { return s.Bind == elf.STB_LOCAL },
		func(s *Symbol) bool { return s.Bind != elf.STB_GLOBAL },
	}
	for _, after := range tests {
		if c := compareBool(after(a), after(b)); c != 0 {
			return c
		}
	}
	if as, bs := a.sortSize(), b.sortSize(); as != bs {
		if as > bs {
			return -1
		}
		return 1
	}
	if c := compareBool(strings.HasPrefix(a.Name, "."), strings.HasPrefix(b.Name, ".")); c != 0 {
		return c
	}
	return strings.Compare(a.Name, b.Name)
}

func (s *Symbol) sortSize() uint32 {
	if s.isSection() {
		return 0
	}
	return s.Size
}

// ok is objdump's sym_ok: with wantSection, only a symbol of the section.
func (t *symtab) ok(i int, wantSection bool) bool {
	s := t.syms[i]
	return !wantSection || s.Section == t.sec || s.Section == nil && s.secName == t.sec.Name
}

// find is objdump's find_symbol_for_address: the index of the symbol that
// objdump prints for vma, or -1. requireSec asks for a symbol of the
// section; so does an address inside the section of a file with relocations.
func (t *symtab) find(vma uint32, requireSec bool) int {
	n := len(t.syms)
	if n == 0 {
		return -1
	}
	lo, hi := 0, n
	for lo+1 < hi {
		mid := (lo + hi) / 2
		if v := t.syms[mid].Value; v > vma {
			hi = mid
		} else if v < vma {
			lo = mid
		} else {
			lo = mid
			break
		}
	}
	place := lo
	for place > 0 && t.syms[place-1].Value == t.syms[place].Value {
		place--
	}
	end := place
	for ; end < hi && t.syms[end].Value == t.syms[place].Value; end++ {
		if t.ok(end, true) {
			return end
		}
	}
	want := requireSec || t.hasRelocs && uint64(vma) >= uint64(t.sec.Addr) && uint64(vma) < t.sec.End()
	if t.ok(place, want) {
		return place
	}
	if !want {
		return -1 // unreachable: every symbol is ok without want
	}
	// The section's own symbols: the last one before the end of this
	// value's group, moved to the first of its own value; else the first
	// one after.
	k, _ := slices.BinarySearch(t.own, end)
	if k > 0 {
		k--
		for k > 0 && t.syms[t.own[k-1]].Value == t.syms[t.own[k]].Value {
			k--
		}
		return t.own[k]
	}
	if k, _ := slices.BinarySearch(t.own, place+1); k < len(t.own) {
		return t.own[k]
	}
	return -1
}

// symbolizer returns the operand lookup objdump uses in this section: the
// symbol find chooses, or the section itself; nothing without symbols.
func (t *symtab) symbolizer() func(uint32) (string, uint32, bool) {
	return func(addr uint32) (string, uint32, bool) {
		if len(t.syms) == 0 {
			return "", 0, false
		}
		if i := t.find(addr, false); i >= 0 {
			return sanitize(t.syms[i].Name), t.syms[i].Value, true
		}
		return sanitize(t.sec.Name), t.sec.Addr, true
	}
}

// sanitize shows control characters as objdump does: ^A for 0x01.
func sanitize(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return r < 0x20 || r == 0x7f }) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c == 0x7f {
			b.WriteByte('^')
			b.WriteByte(c + 0x40)
		} else {
			b.WriteByte(c)
		}
	}
	return b.String()
}
