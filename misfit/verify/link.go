package verify

import (
	"debug/elf"
	"encoding/binary"
	"errors"
	"fmt"
	"sort"

	"graftlab/loader/object"
)

// Verifying what runs (doc/misfit.md, "What runs is what was verified").
//
// A kernel does not link a graft itself: it hands the object and a
// Placement to Load, which verifies the object, places and links it with
// the verifier's own linker, and then confirms that every word of the linked
// code is the word the verdict was about, with every relocated field
// resolved to the target the verifier assumed. The kernel copies the
// returned Image into memory as it is, enters it only at Image.Entries, and
// passes Image.Return as ra. So the verdict and the bytes that execute
// cannot diverge, whatever the object's relocations, symbols, notes or
// section headers say.

// Placement is where a kernel puts a graft, and what it links it against.
type Placement struct {
	// CodeBase is the code region's base; the code section is placed there.
	// CodeSize bounds it.
	CodeBase, CodeSize uint32
	// DataBase and RegionSize are the data region: RegionSize a power of two,
	// DataBase aligned to it. The graft's other allocated sections are laid
	// out from DataBase; StackReserve bytes at the top are kept free.
	DataBase, RegionSize, StackReserve uint32
	// Kernel gives the address of every kernel function a graft may name:
	// the callable list, misfit_return and misfit_fault.
	Kernel map[string]uint32
}

// Image is a graft placed and linked: the bytes a kernel copies into memory.
// For an Image returned by Load, they are the bytes that were verified.
type Image struct {
	Code     []byte // the code section, linked, at CodeBase (code, then the table)
	CodeBase uint32 // where the code section lies: Placement.CodeBase aligned to the section
	// TableLo, TableHi: the target table, inside Code (0, 0 when unchecked).
	TableLo, TableHi uint32
	// Data holds the other allocated sections, linked, by address (NOBITS
	// sections as zeros); DataEnd is the first byte after the last one.
	Data    []Chunk
	DataEnd uint32
	// Entries are the addresses at which a kernel may enter the graft: for
	// a verified graft, its global function symbols that the verifier
	// checked as entry points.
	Entries map[string]uint32
	// Return is the ra a kernel passes on entry: the graft's return stub
	// (j misfit_return), checked at its fixed place before the table; for
	// an unchecked image, the kernel's misfit_return.
	Return uint32
	// Symbols are the graft's defined symbols at their placed addresses
	// (for messages and tests; nothing may be entered through them).
	Symbols  map[string]uint32
	Verified bool
	Report   *Report
}

// Chunk is a section's bytes at an address.
type Chunk struct {
	Name string
	Addr uint32
	Data []byte
}

// Load verifies obj as Accept does (signature unless c.AllowUnsigned, then
// the code), places and links it by p, and confirms that the linked code is
// what was verified. Its errors are *Violation for a broken code rule, or
// describe the object, the placement or the signature.
func Load(obj []byte, c Config, p Placement) (*Image, error) {
	if !c.AllowUnsigned || len(c.Keys) > 0 {
		if err := checkSignature(obj, c); err != nil {
			return nil, err
		}
	}
	v, err := verifyObject(obj, Options{Callable: c.Callable})
	if err != nil {
		return nil, err
	}
	img, err := link(v.f, p, v.callable)
	if err != nil {
		return nil, err
	}
	if err := v.confirm(img, p); err != nil {
		return nil, err
	}
	img.Verified, img.Report = true, v.rep
	img.TableLo = img.CodeBase + v.codeEnd
	img.TableHi = img.TableLo + 4*v.slots
	img.Return = img.CodeBase + v.codeEnd - stubBytes
	img.Entries = map[string]uint32{}
	for _, s := range v.entries {
		img.Entries[s.Name] = img.CodeBase + s.Value
	}
	return img, nil
}

// LinkUnchecked places and links obj by p without verifying it: every
// global function symbol is an entry and Return is the kernel's
// misfit_return. Every global symbol of the code section is an entry. It exists to measure unrewritten baselines; the image is
// not confined.
func LinkUnchecked(obj []byte, p Placement) (*Image, error) {
	f, err := object.Parse(obj)
	if err != nil {
		return nil, err
	}
	allowed := map[string]bool{}
	for name := range p.Kernel {
		allowed[name] = true
	}
	img, err := link(f, p, allowed)
	if err != nil {
		return nil, err
	}
	img.Return = p.Kernel["misfit_return"]
	img.Entries = map[string]uint32{}
	for _, s := range f.Symbols {
		if s.Bind != object.Local && s.Section != nil && s.Section.Flags&uint32(elf.SHF_EXECINSTR) != 0 {
			if a, ok := img.Symbols[s.Name]; ok {
				img.Entries[s.Name] = a
			}
		}
	}
	return img, nil
}

// link places the allocated sections (the executable one at CodeBase, the
// others from DataBase) and applies the relocations. Every size and address
// is computed in 64 bits and bounded by the regions.
func link(f *object.File, p Placement, allowed map[string]bool) (*Image, error) {
	if p.RegionSize < 4096 || p.RegionSize&(p.RegionSize-1) != 0 || p.DataBase&(p.RegionSize-1) != 0 {
		return nil, fmt.Errorf("placement: region %#x+%#x: want a power-of-two size of at least 4 KiB, base aligned to it", p.DataBase, p.RegionSize)
	}
	if uint64(p.StackReserve) >= uint64(p.RegionSize) {
		return nil, fmt.Errorf("placement: stack reserve %#x fills the %#x-byte region", p.StackReserve, p.RegionSize)
	}
	img := &Image{CodeBase: p.CodeBase, Symbols: map[string]uint32{}}
	at := map[*object.Section]uint32{}
	var order []*object.Section
	code, data := uint64(p.CodeBase), uint64(p.DataBase)
	codeLim, dataLim := uint64(p.CodeBase)+uint64(p.CodeSize), uint64(p.DataBase)+uint64(p.RegionSize-p.StackReserve)
	var text *object.Section
	for _, s := range f.Sections {
		if s.Flags&uint32(elf.SHF_ALLOC) == 0 {
			continue
		}
		if s.Type == object.SHT_MIPS_REGINFO || s.Type == object.SHT_MIPS_ABIFLAGS {
			// Information for a linker (registers used, ABI flags): GNU
			// ld folds them into headers; a graft's region never holds them.
			if len(s.Relocs) > 0 {
				return nil, fmt.Errorf("section %s: relocations in a MIPS information section", s.Name)
			}
			continue
		}
		size := uint64(len(s.Data))
		if s.Type == uint32(elf.SHT_NOBITS) {
			size = uint64(s.Size)
			if len(s.Relocs) > 0 {
				return nil, fmt.Errorf("section %s: relocations in a NOBITS section", s.Name)
			}
		}
		al := uint64(max(s.Align, 1))
		if al&(al-1) != 0 || al > 0x10000 {
			return nil, fmt.Errorf("section %s: alignment %d: want a power of two up to 64 KiB", s.Name, s.Align)
		}
		if s.Flags&uint32(elf.SHF_EXECINSTR) != 0 {
			if s.Flags&uint32(elf.SHF_WRITE) != 0 {
				return nil, fmt.Errorf("section %s is writable and executable", s.Name)
			}
			if text != nil {
				return nil, fmt.Errorf("two code sections, %s and %s", text.Name, s.Name)
			}
			if s.Type != uint32(elf.SHT_PROGBITS) {
				return nil, fmt.Errorf("code section %s is not PROGBITS", s.Name)
			}
			text = s
			a := (code + al - 1) &^ (al - 1)
			if a+size > codeLim {
				return nil, fmt.Errorf("section %s: %#x bytes at %#x do not fit the %d KiB code region", s.Name, size, a, p.CodeSize>>10)
			}
			at[s], code = uint32(a), a+size
		} else {
			a := (data + al - 1) &^ (al - 1)
			if a+size > dataLim {
				return nil, fmt.Errorf("section %s: %#x bytes at %#x do not fit the %d-byte region below its %d-byte stack", s.Name, size, a, p.RegionSize, p.StackReserve)
			}
			at[s], data = uint32(a), a+size
		}
		order = append(order, s)
	}
	if text == nil {
		return nil, errors.New("no code section")
	}
	img.DataEnd = uint32(data)
	for _, s := range f.Symbols {
		if s.Section == nil || s.Name == "" || s.Type == object.SymSection {
			continue
		}
		a, ok := at[s.Section]
		if !ok || uint64(s.Value) > uint64(sizeOf(s.Section)) {
			continue
		}
		if _, dup := img.Symbols[s.Name]; !dup || s.Bind != object.Local {
			img.Symbols[s.Name] = a + s.Value
		}
	}
	resolve := func(s *object.Symbol) (addr uint32, local bool, err error) {
		switch {
		case s == nil:
			return 0, true, nil
		case s.Section != nil:
			a, ok := at[s.Section]
			if !ok {
				return 0, false, fmt.Errorf("symbol %q is in the unallocated section %s", s.Name, s.Section.Name)
			}
			if uint64(s.Value) > uint64(sizeOf(s.Section)) {
				return 0, false, fmt.Errorf("symbol %q lies past the end of %s", s.Name, s.Section.Name)
			}
			return a + s.Value, s.Bind == object.Local, nil
		case s.Abs:
			return 0, false, fmt.Errorf("absolute symbol %q: a graft may not name fixed addresses", s.Name)
		case s.Common:
			return 0, false, fmt.Errorf("common symbol %q: compile with -fno-common", s.Name)
		}
		a, ok := p.Kernel[s.Name]
		if !allowed[s.Name] || !ok {
			names := make([]string, 0, len(p.Kernel))
			for n := range p.Kernel {
				if allowed[n] {
					names = append(names, n)
				}
			}
			sort.Strings(names)
			return 0, false, fmt.Errorf("undefined symbol %q is not exported by the kernel (graft-callable: %v)", s.Name, names)
		}
		return a, false, nil
	}
	for _, s := range order {
		buf := make([]byte, sizeOf(s))
		if s.Type != uint32(elf.SHT_NOBITS) {
			copy(buf, s.Data)
		}
		if err := relocate(s, buf, at[s], resolve); err != nil {
			return nil, err
		}
		if s == text {
			img.Code, img.CodeBase = buf, at[s]
		} else {
			img.Data = append(img.Data, Chunk{Name: s.Name, Addr: at[s], Data: buf})
		}
	}
	return img, nil
}

func sizeOf(s *object.Section) uint32 {
	if s.Type == uint32(elf.SHT_NOBITS) {
		return s.Size
	}
	return uint32(len(s.Data))
}

// relocate applies a section's relocations to buf, placed at addr: o32
// REL semantics, a HI16 paired with the next LO16 against the same symbol
// (as GNU ld pairs them).
func relocate(s *object.Section, buf []byte, addr uint32, resolve func(*object.Symbol) (uint32, bool, error)) error {
	le := binary.LittleEndian
	for i, r := range s.Relocs {
		S, local, err := resolve(r.Symbol)
		if err != nil {
			return fmt.Errorf("%s+%#x: %v", s.Name, r.Offset, err)
		}
		if r.Offset%4 != 0 || uint64(r.Offset)+4 > uint64(len(buf)) {
			return fmt.Errorf("%s+%#x: relocation outside the section", s.Name, r.Offset)
		}
		P := addr + r.Offset
		w := le.Uint32(buf[r.Offset:])
		switch r.Type {
		case object.R_MIPS_32:
			w += S
		case object.R_MIPS_26:
			a := (w & 0x3ffffff) << 2
			if !local {
				a = sext(a, 28)
			}
			t := a + S
			if t&0xf0000000 != (P+4)&0xf0000000 || t%4 != 0 {
				return fmt.Errorf("%s+%#x: jump target %#x out of reach", s.Name, r.Offset, t)
			}
			w = w&^0x3ffffff | t>>2&0x3ffffff
		case object.R_MIPS_HI16:
			lo, ok := pairedLO(s, buf, i)
			if !ok {
				return fmt.Errorf("%s+%#x: R_MIPS_HI16 without a matching R_MIPS_LO16", s.Name, r.Offset)
			}
			v := (w&0xffff)<<16 + lo + S
			w = w&^0xffff | (v+0x8000)>>16&0xffff
		case object.R_MIPS_LO16:
			v := sext(w&0xffff, 16) + S
			w = w&^0xffff | v&0xffff
		case object.R_MIPS_PC16:
			v := sext((w&0xffff)<<2, 18) + S - P
			if sext(v, 18) != v || v%4 != 0 {
				return fmt.Errorf("%s+%#x: branch target out of reach", s.Name, r.Offset)
			}
			w = w&^0xffff | v>>2&0xffff
		case object.R_MIPS_NONE:
		default:
			return fmt.Errorf("%s+%#x: relocation type %d not supported by the graft linker", s.Name, r.Offset, r.Type)
		}
		le.PutUint32(buf[r.Offset:], w)
	}
	return nil
}

// pairedLO returns the low half of the addend of HI16 relocation i: the
// next LO16 against the same symbol, read before any relocation changed it
// (relocations are applied in order, and a LO16 comes after its HI16).
func pairedLO(s *object.Section, buf []byte, i int) (uint32, bool) {
	hi := s.Relocs[i]
	for _, r := range s.Relocs[i+1:] {
		if r.Type == object.R_MIPS_LO16 && sameSym(r.Symbol, hi.Symbol) && r.Offset%4 == 0 && uint64(r.Offset)+4 <= uint64(len(buf)) {
			return sext(binary.LittleEndian.Uint32(buf[r.Offset:])&0xffff, 16), true
		}
	}
	return 0, false
}

func sameSym(a, b *object.Symbol) bool {
	if a == b {
		return true
	}
	return a != nil && b != nil && a.Type == object.SymSection && b.Type == object.SymSection && a.Section == b.Section
}

func sext(v uint32, bits uint) uint32 { return uint32(int32(v<<(32-bits)) >> (32 - bits)) }

// stubBytes: the return stub (j misfit_return; nop) and the fault stub
// (j misfit_fault; nop) end the code, just before the table.
const stubBytes = 16

// confirm checks the linked code against the verdict: every word the
// linker did not relocate is the verified word; every relocated word is the
// same instruction (opcode and registers) with its field resolved to the
// target the verifier assumed, at its placed address.
func (v *verifier) confirm(img *Image, p Placement) error {
	le := binary.LittleEndian
	if uint32(len(img.Code)) != uint32(len(v.text.Data)) {
		return fmt.Errorf("linked code of %d bytes, verified %d", len(img.Code), len(v.text.Data))
	}
	base := img.CodeBase
	if base%(4*v.slots) != 0 {
		return fmt.Errorf("code base %#x is not aligned to the %d-byte table", base, 4*v.slots)
	}
	for i := range v.insts {
		off := uint32(4 * i)
		w0, w1 := le.Uint32(v.text.Data[off:]), le.Uint32(img.Code[off:])
		rl := v.reloc[off]
		if rl == nil {
			if w0 != w1 {
				return v.fail(off, "linked word %#08x differs from the verified %#08x", w1, w0)
			}
			continue
		}
		pc := base + off
		bad := func(what string, got, want uint32) error {
			return v.fail(off, "linked %s %#x, verified %#x (word %#08x)", what, got, want, w1)
		}
		switch rl.Type {
		case object.R_MIPS_26:
			if w1&^0x3ffffff != w0&^0x3ffffff {
				return bad("opcode", w1>>26, w0>>26)
			}
			var want uint32
			if rl.Symbol != nil && rl.Symbol.Section == nil {
				a, ok := p.Kernel[rl.Symbol.Name]
				if !ok {
					return v.fail(off, "no kernel address for %q", rl.Symbol.Name)
				}
				want = a
			} else {
				want = base + rl.Symbol.Value + v.insts[i].Target<<2
			}
			if got := (pc+4)&0xf0000000 | (w1&0x3ffffff)<<2; got != want {
				return bad("jump target", got, want)
			}
		case object.R_MIPS_PC16:
			if w1&^0xffff != w0&^0xffff {
				return bad("branch", w1>>16, w0>>16)
			}
			t, _ := v.branchTarget(i)
			if got := pc + 4 + sext(w1&0xffff, 16)<<2; got != base+uint32(t) {
				return bad("branch target", got, base+uint32(t))
			}
		case object.R_MIPS_HI16, object.R_MIPS_LO16:
			if w1&^0xffff != w0&^0xffff {
				return bad("instruction", w1>>16, w0>>16)
			}
		default:
			return v.fail(off, "relocation %v on a code word", rl.Type)
		}
	}
	// Each table check loads from the table, as placed.
	for i := range v.insts {
		if v.seqAt[i] != seqTable {
			continue
		}
		hi := le.Uint32(img.Code[4*(i+1):]) & 0xffff
		lo := le.Uint32(img.Code[4*(i+3):]) & 0xffff
		if got, want := hi<<16+sext(lo, 16), base+v.codeEnd; got != want {
			return v.fail(uint32(4*i+4), "table check loads from %#x after linking, not from the table at %#x", got, want)
		}
	}
	for k := uint32(0); k < v.slots; k++ {
		off := v.codeEnd + 4*k
		if got, want := le.Uint32(img.Code[off:]), base+v.slotTarget[k]; got != want {
			return fmt.Errorf("table slot %d: linked %#x, verified %#x", k, got, want)
		}
	}
	for _, d := range img.Data {
		lo, hi := uint64(d.Addr), uint64(d.Addr)+uint64(len(d.Data))
		if lo < uint64(p.DataBase) || hi > uint64(p.DataBase)+uint64(p.RegionSize-p.StackReserve) {
			return fmt.Errorf("section %s at %#x+%#x lies outside the data region", d.Name, d.Addr, len(d.Data))
		}
	}
	return nil
}
