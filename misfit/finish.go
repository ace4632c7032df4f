package misfit

import (
	"debug/elf"
	"encoding/binary"
	"fmt"
	"slices"
	"sort"
	"strings"

	"graftlab/isa"
	"graftlab/loader/object"
	"graftlab/misfit/sign"
)

// symKey identifies what a relocation refers to: section symbols of one
// section are all the same symbol.
func symKey(s *object.Symbol) any {
	if s != nil && s.Type == object.SymSection {
		return s.Section
	}
	return s
}

// patch zeroes the addend of a converted relocation.
type patch struct {
	sec  *object.Section
	off  uint32 // original offset
	kind object.RelocType
}

// newOff maps an original code offset to its new offset.
func (r *rewriter) newOff(loc uint32) uint32 { return uint32(r.newStart[loc/4]) * 4 }

// finish lays out stubs and the table, fixes branches, relocations and
// symbols, and marshals the object.
func (r *rewriter) finish() ([]byte, error) {
	for _, s := range r.f.Symbols {
		switch s.Name {
		case ReturnStub, FaultStub, TableSymbol:
			return nil, fmt.Errorf("the graft names %q, which the rewriter reserves for its own stubs", s.Name)
		}
	}
	// Stubs.
	retIdx := len(r.out)
	r.out = append(r.out, word{inst: isa.Inst{Op: isa.J}, relocOf: -1, target: -1, stubJump: KernelReturn})
	r.emit(isa.Inst{Op: isa.SLL}, -1)
	faultIdx := len(r.out)
	r.out = append(r.out, word{inst: isa.Inst{Op: isa.J}, relocOf: -1, target: -1, stubJump: KernelFault})
	r.emit(isa.Inst{Op: isa.SLL}, -1)
	codeEnd := uint32(len(r.out)) * 4

	targets := map[uint32]bool{uint32(retIdx) * 4: true}
	for _, loc := range r.returns {
		targets[r.newOff(loc)] = true
	}
	// Relocations that refer to code locations.
	var patches []patch
	made := map[uint32]*object.Symbol{}
	codeSym := func(loc uint32) *object.Symbol {
		n := r.newOff(loc)
		if s, ok := made[n]; ok {
			return s
		}
		s := &object.Symbol{Name: fmt.Sprintf(".Lmisfit.code.%x", n), Section: r.text, Value: n, Bind: object.Local}
		made[n] = s
		r.f.Symbols = append(r.f.Symbols, s)
		return s
	}
	convs, err := r.codeRefs()
	if err != nil {
		return nil, err
	}
	for _, c := range convs {
		if c.taken {
			targets[r.newOff(c.loc)] = true
			r.stats.AddressTakenFns++
		}
	}
	convs = slices.DeleteFunc(convs, func(c conv) bool { return !c.convert })
	for _, c := range convs {
		rl := &c.sec.Relocs[c.i]
		rl.Symbol = codeSym(c.loc)
		patches = append(patches, patch{c.sec, rl.Offset, rl.Type})
	}
	// Symbols defined in the code.
	for _, s := range r.f.Symbols {
		if s.Section != r.text || strings.HasPrefix(s.Name, ".Lmisfit.") {
			continue
		}
		if s.Value%4 != 0 || s.Value > r.n || s.Value+s.Size > r.n {
			return nil, fmt.Errorf("symbol %q: value %#x size %#x does not fit the code", s.Name, s.Value, s.Size)
		}
		end := s.Value + s.Size
		s.Value = r.newOff(s.Value)
		if s.Size != 0 {
			s.Size = r.newOff(end) - s.Value
		}
		if s.Value < r.n && (s.Type == object.SymFunc || s.Bind != object.Local) {
			targets[s.Value] = true
		}
	}
	// The legal-target table: the smallest power of two that hashes every
	// target (address>>2) to its own slot.
	tl := sortedKeys(targets)
	slots := 2
	for slots < len(tl) {
		slots *= 2
	}
	for ; ; slots *= 2 {
		if slots > 1<<14 {
			return nil, fmt.Errorf("%d legal indirect targets: the target table would exceed %d slots", len(tl), 1<<14)
		}
		used := map[uint32]bool{}
		ok := true
		for _, t := range tl {
			k := t >> 2 & uint32(slots-1)
			if used[k] {
				ok = false
				break
			}
			used[k] = true
		}
		if ok {
			break
		}
	}
	r.stats.TableEntries, r.stats.TableSlots = len(tl), slots
	table := make([]uint32, slots)
	for i := range table {
		table[i] = uint32(faultIdx) * 4
	}
	for _, t := range tl {
		table[t>>2&uint32(slots-1)] = t
	}

	// Encode the code.
	text := r.text
	newData := make([]byte, 0, int(codeEnd)+4*slots)
	var relocs []object.Reloc
	tableSym := &object.Symbol{Name: TableSymbol, Section: text, Value: codeEnd, Size: uint32(4 * slots), Bind: object.Local, Type: object.SymObject}
	kernelSym := map[string]*object.Symbol{}
	for _, name := range []string{KernelReturn, KernelFault} {
		s := r.f.Lookup(name)
		if s == nil {
			s = &object.Symbol{Name: name, Bind: object.Global}
			r.f.Symbols = append(r.f.Symbols, s)
		} else if s.Defined() {
			return nil, fmt.Errorf("the graft defines %q, a kernel entry", name)
		}
		kernelSym[name] = s
	}
	for i, w := range r.out {
		inst := w.inst
		pc := i * 4
		switch {
		case w.toFault:
			inst.Imm = int32(faultIdx - (i + 1))
		case w.target >= 0:
			d := r.newStart[w.target/4] - (i + 1)
			if d < -32768 || d > 32767 {
				return nil, r.errAt(uint32(w.relocOf), isa.GNU(r.insts[w.relocOf/4], uint32(w.relocOf), nil), "branch too far after rewriting (%d words)", d)
			}
			inst.Imm = int32(d)
		case w.stubJump != "":
			relocs = append(relocs, object.Reloc{Offset: uint32(pc), Type: object.R_MIPS_26, Symbol: kernelSym[w.stubJump]})
		case w.relocOf == tableMaskWord:
			inst.Imm = int32(slots-1) << 2
		case w.relocOf == tableHiWord:
			relocs = append(relocs, object.Reloc{Offset: uint32(pc), Type: object.R_MIPS_HI16, Symbol: tableSym})
		case w.relocOf == tableLoWord:
			relocs = append(relocs, object.Reloc{Offset: uint32(pc), Type: object.R_MIPS_LO16, Symbol: tableSym})
		}
		if w.toFault && inst.Imm < -32768 {
			return nil, fmt.Errorf("code too large: the fault stub is out of branch range")
		}
		v, err := isa.Encode(inst)
		if err != nil {
			return nil, fmt.Errorf("encode %v at %#x: %w", inst, pc, err)
		}
		newData = binary.LittleEndian.AppendUint32(newData, v)
	}
	for _, v := range table {
		relocs = append(relocs, object.Reloc{Offset: uint32(len(newData)), Type: object.R_MIPS_32, Symbol: object.SectionSymbol(text)})
		newData = binary.LittleEndian.AppendUint32(newData, v)
	}
	// Move the original relocations of the code to their new words, in
	// their original order (HI16 before its LO16).
	home := func(off uint32) uint32 { return uint32(r.relocHome[int(off)]) * 4 }
	var moved []object.Reloc
	for _, rl := range text.Relocs {
		rl.Offset = home(rl.Offset)
		moved = append(moved, rl)
	}
	text.Relocs = append(moved, relocs...)
	text.Data = newData
	text.Size = uint32(len(newData))
	for _, p := range patches {
		sec, off := p.sec, p.off
		if sec == text {
			off = home(off)
		}
		w := binary.LittleEndian.Uint32(sec.Data[off:])
		switch p.kind {
		case object.R_MIPS_32:
			w = 0
		case object.R_MIPS_26:
			w &^= 0x3ffffff
		case object.R_MIPS_HI16, object.R_MIPS_LO16:
			w &^= 0xffff
		}
		binary.LittleEndian.PutUint32(sec.Data[off:], w)
	}
	if a := uint32(4 * slots); text.Align < a {
		text.Align = a
	}
	r.f.Symbols = append(r.f.Symbols,
		&object.Symbol{Name: ReturnStub, Section: text, Value: uint32(retIdx) * 4, Size: 8, Bind: object.Global, Type: object.SymFunc},
		&object.Symbol{Name: FaultStub, Section: text, Value: uint32(faultIdx) * 4, Size: 8, Bind: object.Local, Type: object.SymFunc},
		tableSym)
	// Local symbols must come first for Marshal's ordering to be stable.
	sort.SliceStable(r.f.Symbols, func(i, j int) bool {
		return r.f.Symbols[i].Bind == object.Local && r.f.Symbols[j].Bind != object.Local
	})
	r.stats.OutWords = int(codeEnd / 4)

	var secs []*object.Section
	for _, s := range r.f.Sections {
		if !dropSection(s) {
			secs = append(secs, s)
		}
	}
	note := Note{Policy: r.opt.Policy, CodeEnd: codeEnd, TableSlots: uint32(slots)}
	if r.opt.NoSPOpt {
		note.Flags |= NoteFlagNoSPOpt
	}
	if r.opt.NoGuard {
		note.Flags |= NoteFlagNoGuard
	}
	data := note.encode()
	if r.opt.Key != nil {
		data = append(data, sign.EmptyNote(r.opt.Key)...)
	}
	secs = append(secs, &object.Section{Name: NoteSection, Type: uint32(elf.SHT_NOTE), Align: 4, Data: data})
	r.f.Sections = secs
	return r.f.Marshal()
}

// pairFields finds the high and low halves of the address that the HI16 or
// LO16 relocation i of sec refers to: a HI16 pairs with the next LO16 against
// the same symbol, a LO16 with the closest HI16 before it.
func pairFields(sec *object.Section, i int, field uint32) (hi, lo uint16, ok bool) {
	rl := sec.Relocs[i]
	key := symKey(rl.Symbol)
	get := func(j int) (uint16, bool) {
		o := sec.Relocs[j].Offset
		if o+4 > uint32(len(sec.Data)) {
			return 0, false
		}
		return uint16(binary.LittleEndian.Uint32(sec.Data[o:])), true
	}
	if rl.Type == object.R_MIPS_HI16 {
		for j := i + 1; j < len(sec.Relocs); j++ {
			o := sec.Relocs[j]
			if o.Type == object.R_MIPS_LO16 && symKey(o.Symbol) == key {
				lo, ok = get(j)
				return uint16(field), lo, ok
			}
		}
		return 0, 0, false
	}
	for j := i - 1; j >= 0; j-- {
		o := sec.Relocs[j]
		if o.Type == object.R_MIPS_HI16 && symKey(o.Symbol) == key {
			hi, ok = get(j)
			return hi, uint16(field), ok
		}
	}
	return 0, 0, false
}

// dropSection reports sections that describe the original code and would be
// wrong after rewriting: debug information, unwind tables, .pdr.
func dropSection(s *object.Section) bool {
	return strings.HasPrefix(s.Name, ".debug") || s.Name == ".pdr" || s.Name == ".eh_frame" ||
		s.Name == ".gcc_except_table" || strings.HasPrefix(s.Name, ".mdebug.") && len(s.Data) > 0
}

// conv is a relocation that refers to a code location.
type conv struct {
	sec     *object.Section
	i       int
	loc     uint32 // original offset
	taken   bool   // an address taken (not a jump): a legal indirect target
	convert bool   // must be moved to a new symbol at the new location
}

// codeRefs finds the relocations that refer to code locations.
func (r *rewriter) codeRefs() ([]conv, error) {
	var convs []conv
	for _, sec := range r.f.Sections {
		if dropSection(sec) {
			continue
		}
		if sec.Type == uint32(elf.SHT_NOBITS) && len(sec.Relocs) > 0 {
			return nil, fmt.Errorf("%s: relocations in a NOBITS section", sec.Name)
		}
		for i := range sec.Relocs {
			rl := &sec.Relocs[i]
			if rl.Symbol == nil || rl.Symbol.Section != r.text || rl.Offset+4 > uint32(len(sec.Data)) {
				if rl.Symbol != nil && rl.Symbol.Section == r.text {
					return nil, fmt.Errorf("%s: relocation %d at %#x: outside the section", sec.Name, i, rl.Offset)
				}
				continue
			}
			field := binary.LittleEndian.Uint32(sec.Data[rl.Offset:])
			named := rl.Symbol.Type != object.SymSection
			var addend int64
			switch rl.Type {
			case object.R_MIPS_32:
				addend = int64(int32(field))
			case object.R_MIPS_26:
				if named {
					continue // jal func: the symbol moves with its code
				}
				addend = int64(field&0x3ffffff) << 2
			case object.R_MIPS_HI16, object.R_MIPS_LO16:
				hi, lo, ok := pairFields(sec, i, field)
				if !ok {
					return nil, fmt.Errorf("%s: relocation %d (%v) at %#x: no matching R_MIPS_HI16/R_MIPS_LO16 for a code address", sec.Name, i, rl.Type, rl.Offset)
				}
				addend = int64(hi)<<16 + int64(int16(lo))
			case object.R_MIPS_PC16:
				if named {
					continue
				}
				fallthrough
			default:
				return nil, fmt.Errorf("%s: relocation %d: %v against code is not supported", sec.Name, i, rl.Type)
			}
			loc := int64(rl.Symbol.Value) + addend
			if loc < 0 || loc > int64(r.n) || loc%4 != 0 {
				return nil, fmt.Errorf("%s: relocation %d at %#x: code address %#x is not an instruction", sec.Name, i, rl.Offset, loc)
			}
			taken := rl.Type != object.R_MIPS_26 && loc < int64(r.n)
			convs = append(convs, conv{sec, i, uint32(loc), taken, !(named && addend == 0)})
		}
	}
	return convs, nil
}
