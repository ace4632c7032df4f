package objdump

import (
	"encoding/binary"
	"errors"
	"fmt"
	"strings"

	"graftlab/isa"
)

// listing writes graftlab's listing of secs, in the format the package
// documentation describes.
func (f *File) listing(secs []*Section, opts *Options) string {
	var b strings.Builder
	switch f.Kind {
	case Raw:
		fmt.Fprintf(&b, "%s: raw binary, %d bytes at %#08x\n", f.Name, len(f.Sections[0].Data), f.Sections[0].Addr)
	default:
		fmt.Fprintf(&b, "%s: ELF32 little-endian MIPS %s, flags %#08x\n", f.Name, f.Kind, f.Flags)
	}
	for _, sec := range secs {
		start, stop := opts.bounds(sec)
		if start >= stop {
			continue
		}
		fmt.Fprintf(&b, "\nsection %s: %#08x-%#08x, %d bytes\n", sanitize(sec.Name), sec.Addr, sec.End(), sec.Size)
		f.listSection(&b, sec, start, stop, opts)
	}
	return b.String()
}

func (f *File) listSection(b *strings.Builder, sec *Section, start, stop uint64, opts *Options) {
	var syms []*Symbol // the section's symbols in objdump's order
	for _, s := range f.sorted() {
		if s.Section == sec {
			syms = append(syms, s)
		}
	}
	next := 0 // the first symbol not yet shown
	for next < len(syms) && uint64(syms[next].Value) < uint64(sec.Addr)+start {
		next++
	}
	data, afterDelay := false, false
	if next > 0 && uint64(syms[next-1].Value) >= uint64(sec.Addr) {
		// Listing from inside a symbol: name the place, as objdump does.
		prev := next - 1
		for prev > 0 && syms[prev-1].Value == syms[prev].Value {
			prev--
		}
		s := syms[prev]
		fmt.Fprintf(b, "\n%s%s:\n", sanitize(s.Name), isa.SymbolOffset(uint32(uint64(sec.Addr)+start), s.Value))
		data = s.isObject() && !s.isFunc()
	}
	symbolize := func(addr uint32) (string, uint32, bool) { return f.Symbolize(sec, addr) }
	for off := start; off < stop; {
		addr := uint32(uint64(sec.Addr) + off)
		end := min(off+4, stop)
		for first := true; next < len(syms) && uint64(syms[next].Value) < uint64(sec.Addr)+end; first = false {
			s := syms[next]
			if first {
				b.WriteByte('\n')
			}
			fmt.Fprintf(b, "%s:  %s\n", sanitize(s.Name), describe(s))
			if first {
				data = s.isObject() && !s.isFunc()
			}
			next++
		}
		if end-off < 4 {
			var hex, list []string
			for _, c := range sec.Data[off:end] {
				hex = append(hex, fmt.Sprintf("%02x", c))
				list = append(list, fmt.Sprintf("%#02x", c))
			}
			line(b, addr, strings.Join(hex, ""), ".byte", strings.Join(list, ","), "data", "")
			break
		}
		word := binary.LittleEndian.Uint32(sec.Data[off:])
		if word == 0 && !afterDelay && !data {
			limit := stop
			if next < len(syms) {
				limit = min(limit, uint64(syms[next].Value)-uint64(sec.Addr))
			}
			n := uint64(0)
			for off+4*n+4 <= limit && binary.LittleEndian.Uint32(sec.Data[off+4*n:]) == 0 {
				n++
			}
			if n >= 3 {
				fmt.Fprintf(b, "%08x: ...       %d zero words\n", addr, n)
				off += 4 * n
				continue
			}
		}
		off += 4
		if data {
			line(b, addr, fmt.Sprintf("%08x", word), ".word", fmt.Sprintf("%#x", word), "data", "")
			afterDelay = false
			continue
		}
		inst, err := isa.Decode(word)
		if err != nil {
			note := "; reserved instruction"
			var de *isa.DecodeError
			if errors.As(err, &de) && de.Coprocessor != 0 {
				note = fmt.Sprintf("; coprocessor %d instruction", de.Coprocessor)
			}
			line(b, addr, fmt.Sprintf("%08x", word), ".word", fmt.Sprintf("%#x", word), "-", note)
			afterDelay = false
			continue
		}
		m, ops := splitText(opts.text(word, addr, nil))
		target := ""
		if t, ok := codeTarget(inst, addr); ok {
			if name, base, ok := symbolize(t); ok {
				target = "<" + sanitize(name) + isa.SymbolOffset(t, base) + ">"
			}
		}
		line(b, addr, fmt.Sprintf("%08x", word), m, ops, inst.Info().Class.String(), target)
		afterDelay = inst.Info().Flags&isa.FlagDelay != 0
	}
}

func line(b *strings.Builder, addr uint32, word, mnemonic, operands, class, note string) {
	s := fmt.Sprintf("%08x: %-8s  %-7s %-24s %-6s  %s", addr, word, mnemonic, operands, class, note)
	b.WriteString(strings.TrimRight(s, " "))
	b.WriteByte('\n')
}

// codeTarget is the target of a branch or jump with an immediate target.
func codeTarget(inst isa.Inst, pc uint32) (uint32, bool) {
	for _, a := range inst.Info().Args {
		switch a {
		case isa.ArgOff:
			return inst.BranchTarget(pc), true
		case isa.ArgTarget:
			return inst.JumpTarget(pc), true
		}
	}
	return 0, false
}

// describe says what a symbol is: "func global, size 24".
func describe(s *Symbol) string {
	kind := map[bool]string{true: "func", false: "notype"}[s.isFunc()]
	switch {
	case s.isObject():
		kind = "object"
	case s.isSection():
		kind = "section"
	}
	bind := strings.ToLower(strings.TrimPrefix(s.Bind.String(), "STB_"))
	if s.Size == 0 {
		return kind + " " + bind
	}
	return fmt.Sprintf("%s %s, size %d", kind, bind, s.Size)
}
