package link

import (
	"bytes"
	"debug/elf"
	"encoding/binary"
	"fmt"

	"graftlab/loader/object"
	"graftlab/misfit/sign"
	"graftlab/misfit/verify"
)

// The Go side of the comparisons: misfit/verify's linker, and glink's rules
// written over it.

func (pl place) verify(exps []export) verify.Placement {
	return verify.Placement{CodeBase: pl.CodeBase, CodeSize: pl.CodeSize, DataBase: pl.DataBase,
		RegionSize: pl.RegionSize, StackReserve: pl.StackReserve, Kernel: kernelMap(exps)}
}

// fromVerify turns a verify.Image into what glink_link returns: the data
// region as the kernel gets it (zeros, then the chunks).
func fromVerify(img *verify.Image, pl place) (*cImage, error) {
	c := &cImage{CodeBase: img.CodeBase, CodeLen: uint32(len(img.Code)), DataEnd: img.DataEnd,
		TableLo: img.TableLo, TableHi: img.TableHi, Return: img.Return, Entries: img.Entries,
		Code: img.Code, Region: make([]byte, pl.RegionSize)}
	if c.Entries == nil {
		c.Entries = map[string]uint32{}
	}
	c.Pad = make([]byte, img.CodeBase-pl.CodeBase)
	for _, d := range img.Data {
		off := uint64(d.Addr) - uint64(pl.DataBase)
		if off+uint64(len(d.Data)) > uint64(pl.RegionSize) {
			return nil, fmt.Errorf("chunk %s at %#x outside the region", d.Name, d.Addr)
		}
		copy(c.Region[off:], d.Data)
	}
	return c, nil
}

// goLoad is the kernel's Go path: verify.Load (with keys, the signature
// checked; without, AllowUnsigned).
func goLoad(obj []byte, pl place, exps []export, keys ...[]byte) (*cImage, error) {
	cfg := verify.Config{Callable: callable(exps), AllowUnsigned: len(keys) == 0}
	for _, k := range keys {
		cfg.Keys = append(cfg.Keys, k)
	}
	img, err := verify.Load(obj, cfg, pl.verify(exps))
	if err != nil {
		return nil, err
	}
	return fromVerify(img, pl)
}

// goUnchecked is verify.LinkUnchecked.
func goUnchecked(obj []byte, pl place, exps []export) (*cImage, error) {
	img, err := verify.LinkUnchecked(obj, pl.verify(exps))
	if err != nil {
		return nil, err
	}
	return fromVerify(img, pl)
}

// goStructural is glink_link's decision in Go: for GLINK_UNCHECKED,
// verify.LinkUnchecked; otherwise verify's own parse and link (through
// LinkUnchecked, whose link is Load's with the same exports) and then the
// structural rules of the verifier that glink keeps: the info note, the one
// code section, the table, the callable symbols, the table's alignment, the
// entry points and the stubs. Where verify.Load accepts, this accepts with
// the same image (TestDifferential and FuzzLink check both).
func goStructural(obj []byte, pl place, exps []export) (*cImage, error) {
	if pl.Flags&FlagUnchecked != 0 {
		return goUnchecked(obj, pl, exps)
	}
	img, err := goUnchecked(obj, pl, exps)
	if err != nil {
		return nil, err
	}
	f, err := object.Parse(obj)
	if err != nil {
		return nil, err
	}
	codeEnd, slots, err := modelNote(f)
	if err != nil {
		return nil, err
	}
	var text *object.Section
	for _, s := range f.Sections {
		if s.Flags&uint32(elf.SHF_EXECINSTR) != 0 {
			if text != nil {
				return nil, fmt.Errorf("two code sections")
			}
			text = s
		}
	}
	if text == nil || text.Flags&uint32(elf.SHF_WRITE) != 0 || text.Type != uint32(elf.SHT_PROGBITS) {
		return nil, fmt.Errorf("code section")
	}
	if slots == 0 || slots > 1<<14 || slots&(slots-1) != 0 || codeEnd%4 != 0 || codeEnd < 16 ||
		uint64(codeEnd)+4*uint64(slots) != uint64(len(text.Data)) {
		return nil, fmt.Errorf("table: code end %#x, %d slots", codeEnd, slots)
	}
	exported := kernelMap(exps)
	for _, s := range f.Sections {
		for _, r := range s.Relocs {
			if r.Symbol != nil && !r.Symbol.Defined() && r.Symbol.Type != object.SymSection {
				if _, ok := exported[r.Symbol.Name]; !ok {
					return nil, fmt.Errorf("%q not callable", r.Symbol.Name)
				}
			}
		}
	}
	if img.CodeBase%(4*slots) != 0 {
		return nil, fmt.Errorf("code base %#x not aligned to the table", img.CodeBase)
	}
	img.Entries = map[string]uint32{}
	for _, s := range f.Symbols {
		if s.Section != text || s.Type != object.SymFunc && s.Type != object.SymNoType || s.Bind == object.Local ||
			s.Name == "" || s.Name == "__misfit_return" || s.Name == "__misfit_fault" {
			continue
		}
		if s.Value%4 != 0 || s.Value >= codeEnd {
			return nil, fmt.Errorf("entry %q at %#x", s.Name, s.Value)
		}
		for _, o := range f.Symbols {
			if o != s && o.Name == s.Name && o.Bind != object.Local && o.Defined() {
				return nil, fmt.Errorf("entry %q defined twice", s.Name)
			}
		}
		img.Entries[s.Name] = img.CodeBase + s.Value
	}
	img.Return = img.CodeBase + codeEnd - 16
	img.TableLo = img.CodeBase + codeEnd
	img.TableHi = img.TableLo + 4*slots
	le := binary.LittleEndian
	for k, name := range []string{"misfit_return", "misfit_fault"} {
		a, ok := exported[name]
		at := img.Return + uint32(8*k)
		w := img.Code[codeEnd-16+uint32(8*k):]
		if !ok || a%4 != 0 || (at+4)&0xf0000000 != a&0xf0000000 || le.Uint32(w) != 0x08000000|a>>2&0x3ffffff || le.Uint32(w[4:]) != 0 {
			return nil, fmt.Errorf("stub %s", name)
		}
	}
	return img, nil
}

// modelNote is the verifier's readNote, with its policy check.
func modelNote(f *object.File) (codeEnd, slots uint32, err error) {
	var s *object.Section
	for _, sec := range f.Sections {
		if sec.Name == sign.SectionName {
			if s != nil {
				return 0, 0, fmt.Errorf("two note sections")
			}
			s = sec
		}
	}
	if s == nil {
		return 0, 0, fmt.Errorf("not rewritten")
	}
	d := s.Data
	var info []byte
	seen := map[uint32]bool{}
	le := binary.LittleEndian
	for p := 0; p < len(d); {
		if p+12 > len(d) {
			return 0, 0, fmt.Errorf("truncated note")
		}
		namesz, descsz, typ := uint64(le.Uint32(d[p:])), uint64(le.Uint32(d[p+4:])), le.Uint32(d[p+8:])
		name := uint64(p) + 12
		desc := name + (namesz+3)&^3
		next := desc + (descsz+3)&^3
		if next > uint64(len(d)) || namesz != 9 || !bytes.Equal(d[name:name+9], []byte("graftlab\x00")) ||
			typ != 1 && typ != 2 || seen[typ] {
			return 0, 0, fmt.Errorf("bad note")
		}
		seen[typ] = true
		if typ == 1 {
			info = d[desc : desc+descsz]
		}
		p = int(next)
	}
	if !seen[1] || len(info) != 20 || le.Uint32(info) != 1 || le.Uint32(info[4:]) > 1 {
		return 0, 0, fmt.Errorf("bad info note")
	}
	return le.Uint32(info[12:]), le.Uint32(info[16:]), nil
}

// diffImages describes how c differs from g, or returns "".
func diffImages(c, g *cImage) string {
	var d []string
	add := func(f string, a ...any) { d = append(d, fmt.Sprintf(f, a...)) }
	if c.CodeBase != g.CodeBase || c.CodeLen != g.CodeLen {
		add("code %#x+%#x, Go %#x+%#x", c.CodeBase, c.CodeLen, g.CodeBase, g.CodeLen)
	}
	if c.DataEnd != g.DataEnd {
		add("data end %#x, Go %#x", c.DataEnd, g.DataEnd)
	}
	if c.TableLo != g.TableLo || c.TableHi != g.TableHi {
		add("table [%#x, %#x), Go [%#x, %#x)", c.TableLo, c.TableHi, g.TableLo, g.TableHi)
	}
	if c.Return != g.Return {
		add("return %#x, Go %#x", c.Return, g.Return)
	}
	if !mapsEqual(c.Entries, g.Entries) {
		add("entries %v, Go %v", c.Entries, g.Entries)
	}
	if i := firstDiff(c.Code, g.Code); i >= 0 {
		add("code differs at +%#x", i)
	}
	if i := firstDiff(c.Pad, g.Pad); i >= 0 {
		add("padding before the code differs at +%#x", i)
	}
	if i := firstDiff(c.Region, g.Region); i >= 0 {
		add("data region differs at +%#x", i)
	}
	if len(d) == 0 {
		return ""
	}
	return fmt.Sprint(d)
}

func mapsEqual(a, b map[string]uint32) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || w != v {
			return false
		}
	}
	return true
}

func firstDiff(a, b []byte) int {
	n := min(len(a), len(b))
	for i := range n {
		if a[i] != b[i] {
			return i
		}
	}
	if len(a) != len(b) {
		return n
	}
	return -1
}
