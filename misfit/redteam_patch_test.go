package misfit_test

import (
	"debug/elf"
	"encoding/binary"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"graftlab/isa"
	"graftlab/isa/asm"
	"graftlab/loader/object"
)

// The red team's patch language: a .patch file names an input (.s in the
// same directory) that the real rewriter rewrites; its other non-comment
// lines edit the rewritten object structurally before it is signed. One
// operation a line:
//
//	inst ADDR ASM                 replace the instruction at ADDR (assembled alone, no relocation; or a word in hex)
//	branch ADDR TARGET            point the branch at ADDR to TARGET (an ADDR)
//	word SECTION OFF VALUE        write a raw word into a section's data
//	reloc-del ADDR                drop the relocation at ADDR (.text)
//	reloc-add ADDR TYPE SYM       append a relocation at ADDR against SYM (a symbol name, or a section name for its section symbol)
//	reloc-sym ADDR SYM            retarget the relocation at ADDR
//	reloc-type ADDR TYPE          change its type
//	reloc-swap ADDR ADDR          swap two relocations' places in the list (not their offsets)
//	reloc-move ADDR ADDR          move the relocation at the first ADDR to the second
//	sym-add NAME SECTION VALUE TYPE BIND   add a symbol (VALUE: a number, or an ADDR in .text)
//	sym-set NAME FIELD VALUE      FIELD: value (number or ADDR), type, bind, section, name, size
//	sec-add NAME TYPE FLAGS ALIGN SIZE   add a section (TYPE progbits|nobits|note; FLAGS of a, w, x)
//	sec-set NAME FIELD VALUE      FIELD: size, align, flags, type, name
//	note-word I VALUE             set word I of the info note's descriptor (0 version … 4 slots)
//	note-add TYPE W...            append a note named graftlab of TYPE with the words W
//	note-first TYPE W...          the same, placed before the existing notes
//
// ADDR is SYM, SYM+N, SYM/REGEX/ or SYM/REGEX/+N: the symbol's offset in
// .text (plus N bytes), or the first instruction at or after it whose GNU
// disassembly matches REGEX (plus N bytes). A number is decimal or 0x hex.

var addrRE = regexp.MustCompile(`^([A-Za-z_.$][\w.$]*)(?:/(.*)/)?(?:\+(0x[0-9a-fA-F]+|\d+))?$`)

func parseNum(s string) (uint32, error) {
	v, err := strconv.ParseInt(s, 0, 64)
	if err != nil {
		u, err2 := strconv.ParseUint(s, 0, 32)
		if err2 != nil {
			return 0, err
		}
		return uint32(u), nil
	}
	return uint32(v), nil
}

type patcher struct {
	f    *object.File
	text *object.Section
}

func (p *patcher) symbol(name string) *object.Symbol {
	if s := p.f.Lookup(name); s != nil {
		return s
	}
	if s := p.f.Section(name); s != nil {
		return object.SectionSymbol(s)
	}
	return nil
}

// addr resolves an ADDR to an offset in .text.
func (p *patcher) addr(s string) (uint32, error) {
	if strings.HasPrefix(s, ".text+") {
		return parseNum(s[len(".text+"):])
	}
	m := addrRE.FindStringSubmatch(s)
	if m == nil {
		return 0, fmt.Errorf("bad address %q", s)
	}
	var off uint32
	if m[1] != ".text" {
		sym := p.f.Lookup(m[1])
		if sym == nil || sym.Section != p.text {
			return 0, fmt.Errorf("no symbol %q in .text", m[1])
		}
		off = sym.Value
	}
	if m[2] != "" {
		re, err := regexp.Compile(m[2])
		if err != nil {
			return 0, err
		}
		found := false
		for ; off+4 <= uint32(len(p.text.Data)); off += 4 {
			in, err := isa.Decode(binary.LittleEndian.Uint32(p.text.Data[off:]))
			if err == nil && re.MatchString(isa.GNU(in, off, nil)) {
				found = true
				break
			}
		}
		if !found {
			return 0, fmt.Errorf("%q: no instruction matches", s)
		}
	}
	if m[3] != "" {
		n, err := parseNum(m[3])
		if err != nil {
			return 0, err
		}
		off += n
	}
	return off, nil
}

// value is a number, or an ADDR in .text.
func (p *patcher) value(s string) (uint32, error) {
	if v, err := parseNum(s); err == nil {
		return v, nil
	}
	return p.addr(s)
}

func (p *patcher) reloc(off uint32) (int, error) {
	for i, r := range p.text.Relocs {
		if r.Offset == off {
			return i, nil
		}
	}
	return 0, fmt.Errorf("no relocation at .text+%#x", off)
}

var relocTypes = map[string]object.RelocType{
	"R_MIPS_NONE": object.R_MIPS_NONE, "R_MIPS_32": object.R_MIPS_32, "R_MIPS_26": object.R_MIPS_26,
	"R_MIPS_HI16": object.R_MIPS_HI16, "R_MIPS_LO16": object.R_MIPS_LO16, "R_MIPS_PC16": object.R_MIPS_PC16,
	"R_MIPS_GPREL16": object.R_MIPS_GPREL16, "R_MIPS_GPREL32": object.R_MIPS_GPREL32,
}

var symTypes = map[string]object.SymType{"notype": object.SymNoType, "object": object.SymObject, "func": object.SymFunc, "section": object.SymSection, "file": object.SymFile}
var symBinds = map[string]object.Bind{"local": object.Local, "global": object.Global, "weak": object.Weak}

// assembleInst assembles one instruction alone.
func assembleInst(src string) (uint32, error) {
	f, err := asm.Assemble("inst.s", []byte("\t.set noreorder\n\t.set noat\n\t.text\n\t"+src+"\n"), asm.Options{})
	if err != nil {
		return 0, err
	}
	t := f.Section(".text")
	if t == nil || len(t.Data) != 4 {
		return 0, fmt.Errorf("%q is not one instruction", src)
	}
	return binary.LittleEndian.Uint32(t.Data), nil
}

func secFlags(s string) uint32 {
	var f uint32
	for _, c := range s {
		switch c {
		case 'a':
			f |= uint32(elf.SHF_ALLOC)
		case 'w':
			f |= uint32(elf.SHF_WRITE)
		case 'x':
			f |= uint32(elf.SHF_EXECINSTR)
		}
	}
	return f
}

func secType(s string) uint32 {
	switch s {
	case "nobits":
		return uint32(elf.SHT_NOBITS)
	case "note":
		return uint32(elf.SHT_NOTE)
	}
	return uint32(elf.SHT_PROGBITS)
}

func infoNote(typ uint32, words []uint32) []byte {
	b := binary.LittleEndian.AppendUint32(nil, 9)
	b = binary.LittleEndian.AppendUint32(b, uint32(4*len(words)))
	b = binary.LittleEndian.AppendUint32(b, typ)
	b = append(b, "graftlab\x00\x00\x00\x00"...)
	for _, w := range words {
		b = binary.LittleEndian.AppendUint32(b, w)
	}
	return b
}

// apply runs one operation.
func (p *patcher) apply(line string) error {
	var f []string
	if strings.HasPrefix(line, "inst ") {
		rest := strings.TrimSpace(line[5:])
		i := strings.IndexAny(rest, " \t")
		if i < 0 {
			return fmt.Errorf("inst: want ADDR ASM")
		}
		f = []string{"inst", rest[:i], strings.TrimSpace(rest[i:])}
	} else {
		f = strings.Fields(line)
	}
	need := func(n int) error {
		if len(f) < n {
			return fmt.Errorf("%s: want %d fields", f[0], n-1)
		}
		return nil
	}
	switch f[0] {
	case "inst":
		off, err := p.addr(f[1])
		if err != nil {
			return err
		}
		w, err := parseNum(f[2])
		if err != nil {
			if w, err = assembleInst(f[2]); err != nil {
				return err
			}
		}
		if off+4 > uint32(len(p.text.Data)) {
			return fmt.Errorf("inst: %#x outside .text", off)
		}
		binary.LittleEndian.PutUint32(p.text.Data[off:], w)
	case "branch":
		if err := need(3); err != nil {
			return err
		}
		off, err := p.addr(f[1])
		if err != nil {
			return err
		}
		to, err := p.addr(f[2])
		if err != nil {
			return err
		}
		w := binary.LittleEndian.Uint32(p.text.Data[off:])
		from := off // the target is P + 4 + A, or S + 4 + A under R_MIPS_PC16
		if i, err := p.reloc(off); err == nil && p.text.Relocs[i].Type == object.R_MIPS_PC16 && p.text.Relocs[i].Symbol != nil {
			from = p.text.Relocs[i].Symbol.Value
		}
		w = w&^0xffff | (to-from-4)>>2&0xffff
		binary.LittleEndian.PutUint32(p.text.Data[off:], w)
	case "word":
		if err := need(4); err != nil {
			return err
		}
		s := p.f.Section(f[1])
		off, err := p.value(f[2])
		if err != nil {
			return err
		}
		v, err := parseNum(f[3])
		if s == nil || err != nil || off+4 > uint32(len(s.Data)) {
			return fmt.Errorf("word: bad operands %q", line)
		}
		binary.LittleEndian.PutUint32(s.Data[off:], v)
	case "reloc-del", "reloc-sym", "reloc-type", "reloc-swap", "reloc-move":
		if err := need(2); err != nil {
			return err
		}
		off, err := p.addr(f[1])
		if err != nil {
			return err
		}
		i, err := p.reloc(off)
		if err != nil {
			return err
		}
		switch f[0] {
		case "reloc-del":
			p.text.Relocs = append(p.text.Relocs[:i], p.text.Relocs[i+1:]...)
		case "reloc-sym":
			s := p.symbol(f[2])
			if s == nil {
				return fmt.Errorf("no symbol %q", f[2])
			}
			p.text.Relocs[i].Symbol = s
		case "reloc-type":
			t, ok := relocTypes[f[2]]
			if !ok {
				return fmt.Errorf("relocation type %q", f[2])
			}
			p.text.Relocs[i].Type = t
		case "reloc-swap":
			o2, err := p.addr(f[2])
			if err != nil {
				return err
			}
			j, err := p.reloc(o2)
			if err != nil {
				return err
			}
			p.text.Relocs[i], p.text.Relocs[j] = p.text.Relocs[j], p.text.Relocs[i]
		case "reloc-move":
			o2, err := p.addr(f[2])
			if err != nil {
				return err
			}
			p.text.Relocs[i].Offset = o2
		}
	case "reloc-add":
		if err := need(4); err != nil {
			return err
		}
		off, err := p.addr(f[1])
		if err != nil {
			return err
		}
		t, ok := relocTypes[f[2]]
		s := p.symbol(f[3])
		if !ok {
			return fmt.Errorf("relocation type %q", f[2])
		}
		if s == nil {
			s = &object.Symbol{Name: f[3], Bind: object.Global}
			p.f.Symbols = append(p.f.Symbols, s)
		}
		p.text.Relocs = append(p.text.Relocs, object.Reloc{Offset: off, Type: t, Symbol: s})
	case "sym-add":
		if err := need(6); err != nil {
			return err
		}
		s := &object.Symbol{Name: f[1], Type: symTypes[f[4]], Bind: symBinds[f[5]]}
		if f[2] != "und" {
			s.Section = p.f.Section(f[2])
			if s.Section == nil {
				return fmt.Errorf("no section %q", f[2])
			}
		}
		v, err := p.value(f[3])
		if err != nil {
			return err
		}
		s.Value = v
		p.f.Symbols = append(p.f.Symbols, s)
	case "sym-set":
		if err := need(4); err != nil {
			return err
		}
		var s *object.Symbol
		for _, c := range p.f.Symbols {
			if c.Name == f[1] {
				s = c
			}
		}
		if s == nil {
			return fmt.Errorf("no symbol %q", f[1])
		}
		switch f[2] {
		case "value":
			v, err := p.value(f[3])
			if err != nil {
				return err
			}
			s.Value = v
		case "size":
			v, err := parseNum(f[3])
			if err != nil {
				return err
			}
			s.Size = v
		case "type":
			s.Type = symTypes[f[3]]
		case "bind":
			s.Bind = symBinds[f[3]]
		case "name":
			s.Name = f[3]
		case "section":
			s.Section = p.f.Section(f[3])
			if s.Section == nil {
				return fmt.Errorf("no section %q", f[3])
			}
		default:
			return fmt.Errorf("sym-set: field %q", f[2])
		}
	case "sec-add":
		if err := need(6); err != nil {
			return err
		}
		al, err1 := parseNum(f[4])
		size, err2 := parseNum(f[5])
		if err1 != nil || err2 != nil {
			return fmt.Errorf("sec-add: bad numbers")
		}
		s := &object.Section{Name: f[1], Type: secType(f[2]), Flags: secFlags(f[3]), Align: al}
		if s.Type == uint32(elf.SHT_NOBITS) {
			s.Size = size
		} else {
			s.Data = make([]byte, size)
		}
		p.f.Sections = append(p.f.Sections, s)
	case "sec-set":
		if err := need(4); err != nil {
			return err
		}
		s := p.f.Section(f[1])
		if s == nil {
			return fmt.Errorf("no section %q", f[1])
		}
		switch f[2] {
		case "size":
			v, err := parseNum(f[3])
			if err != nil {
				return err
			}
			if s.Type == uint32(elf.SHT_NOBITS) {
				s.Size = v
			} else {
				s.Data = append(s.Data, make([]byte, max(0, int(v)-len(s.Data)))...)[:v]
				s.Size = v
			}
		case "align":
			v, err := parseNum(f[3])
			if err != nil {
				return err
			}
			s.Align = v
		case "flags":
			s.Flags = secFlags(f[3])
		case "type":
			s.Type = secType(f[3])
			if s.Type == uint32(elf.SHT_NOBITS) {
				s.Size, s.Data = uint32(len(s.Data)), nil
			} else if s.Data == nil {
				s.Data = make([]byte, s.Size)
			}
		case "name":
			s.Name = f[3]
		default:
			return fmt.Errorf("sec-set: field %q", f[2])
		}
	case "note-word":
		if err := need(3); err != nil {
			return err
		}
		n := p.f.Section(".note.graftlab.misfit")
		i, err1 := parseNum(f[1])
		v, err2 := parseNum(f[2])
		if n == nil || err1 != nil || err2 != nil || 24+4*int(i)+4 > len(n.Data) {
			return fmt.Errorf("note-word: bad operands")
		}
		binary.LittleEndian.PutUint32(n.Data[24+4*i:], v)
	case "note-add", "note-first":
		if err := need(2); err != nil {
			return err
		}
		n := p.f.Section(".note.graftlab.misfit")
		if n == nil {
			return fmt.Errorf("no note section")
		}
		var words []uint32
		for _, s := range f[2:] {
			v, err := p.value(s)
			if err != nil {
				return err
			}
			words = append(words, v)
		}
		typ, err := parseNum(f[1])
		if err != nil {
			return err
		}
		b := infoNote(typ, words)
		if f[0] == "note-add" {
			n.Data = append(n.Data, b...)
		} else {
			n.Data = append(b, n.Data...)
		}
		n.Size = uint32(len(n.Data))
	default:
		return fmt.Errorf("unknown operation %q", f[0])
	}
	return nil
}

// patchObject applies ops to the rewritten object obj.
func patchObject(obj []byte, ops []string) ([]byte, error) {
	f, err := object.Parse(obj)
	if err != nil {
		return nil, err
	}
	p := &patcher{f: f, text: f.Section(".text")}
	if p.text == nil {
		return nil, fmt.Errorf("no .text")
	}
	for _, op := range ops {
		if err := p.apply(op); err != nil {
			return nil, fmt.Errorf("patch %q: %v", op, err)
		}
	}
	return f.Marshal()
}
