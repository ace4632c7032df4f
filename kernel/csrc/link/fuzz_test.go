package link

import (
	"bytes"
	"testing"

	"graftlab/misfit/suite"
)

// FuzzLink runs glink_link and glink_signature on mutated graft objects
// and checks that the C linker never faults, never runs past the
// instruction limit, never reads outside the object and its inputs nor
// writes outside its destinations (the harness watches every access), and
// accepts exactly when Go's rules (goStructural) accept, with the same
// image; where verify.Load accepts, glink must accept with its image. A
// refusal by one of glink's own limits is the only disagreement allowed.
//
// The inputs are an object, a list of structured edits (mutate) and a
// selector of the placement, the mode and the export list. The seeds are the
// suite's grafts, rewritten and signed and not, and rich.s.
func FuzzLink(f *testing.F) {
	for _, name := range suite.Grafts {
		for _, pol := range policies {
			s, _ := rewritten(f, name, pol)
			f.Add(s, []byte(nil), uint8(0))
		}
		raw, err := suite.Object(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(raw, []byte(nil), uint8(0x80))
	}
	for _, pol := range policies {
		f.Add(richRewritten(f, pol), []byte{1, 3, 2, 0x81, 0, 0}, uint8(1))
	}
	f.Add(richObject(f), []byte{3, 0, 1, 0x83, 0, 0}, uint8(0x82))
	h := newHarness(f, "ideal")
	f.Fuzz(func(t *testing.T, obj, ops []byte, sel uint8) {
		obj = mutate(bytes.Clone(obj), ops)
		if len(obj) > MaxObject+16 {
			obj = obj[:MaxObject+16]
		}
		pl := fuzzPlacements[int(sel)%len(fuzzPlacements)]
		if sel&0x80 != 0 {
			pl.Flags = FlagUnchecked
		}
		exps := testExports
		if sel&0x40 != 0 {
			exps = without(exps, "memcpy")
		}
		checkLink(t, h, obj, pl, exps)
		checkSignature(t, h, obj)
	})
}

// fuzzPlacements are placements' bases with regions of at most 64 KiB,
// which glink_link zeroes on every run.
var fuzzPlacements = []place{
	placements[0],
	{CodeBase: 0x80400000, CodeSize: 0x4000, DataBase: 0x10000000, RegionSize: 0x4000, StackReserve: 0x800},
	{CodeBase: 0x8ff00000, CodeSize: 0x10000, DataBase: 0x7ff00000, RegionSize: 0x10000, StackReserve: 0x8000},
	{CodeBase: 0x80123400, CodeSize: 0x20000, DataBase: 0x00002000, RegionSize: 0x2000, StackReserve: 0},
}

// checkLink compares glink_link with Go on one object.
func checkLink(t *testing.T, h *harness, obj []byte, pl place, exps []export) {
	t.Helper()
	c, r, err := h.linkC(obj, pl, exps)
	if err != nil {
		t.Fatalf("glink_link: %v", err)
	}
	g, gerr := goStructural(obj, pl, exps)
	switch {
	case r.Code == 0 && gerr != nil:
		t.Fatalf("glink accepts, Go refuses: %v", gerr)
	case r.Code == 0:
		if d := diffImages(c, g); d != "" {
			t.Fatalf("images differ: %s", d)
		}
	case gerr == nil && !Error(r.Code).Limit():
		t.Fatalf("glink refuses (%s), Go accepts", ErrorText(r.Code))
	}
	if pl.Flags&FlagUnchecked != 0 {
		return
	}
	l, lerr := goLoad(obj, pl, exps)
	if lerr != nil {
		return
	}
	if r.Code != 0 {
		if !Error(r.Code).Limit() {
			t.Fatalf("verify.Load accepts, glink refuses: %s", ErrorText(r.Code))
		}
		return
	}
	if d := diffImages(c, l); d != "" {
		t.Fatalf("verify.Load's image differs: %s", d)
	}
}

// mutate applies the edits in ops to obj. Each edit is 6 bytes: a kind,
// two selectors and three bytes of value; kinds change the ELF header, a
// section header, a symbol, a relocation, the MiSFIT info note, a byte,
// the length, or swap two relocations. Values come from a table of
// boundaries (sizes, the file's length, powers of two, all ones) or are
// small deltas, so that most edits land near the checks. At most 64 edits
// are applied.
func mutate(obj []byte, ops []byte) []byte {
	for n := 0; len(ops) >= 6 && n < 64; n++ {
		op, a, b, v := ops[0], int(ops[1]), int(ops[2]), ops[3:6]
		ops = ops[6:]
		e := &elfEdit{obj}
		val := func(old uint32) uint32 { return value(old, v, uint32(len(e.b))) }
		switch op % 8 {
		case 0: // ELF header: a 16- or 32-bit field
			off := uint64(16 + 2*(a%18))
			if off == 32 || off == 36 {
				e.put32(off, val(e.u32(off)))
			} else {
				e.put16(off, val(e.u16(off)))
			}
		case 1: // a section header field
			if n := e.shnum(); n > 0 {
				off := e.hdr(a%n) + uint64(4*(b%10))
				e.put32(off, val(e.u32(off)))
			}
		case 2: // a symbol field
			if n := e.nsyms(); n > 0 {
				s := e.sym(a % n)
				switch b % 5 {
				case 0, 1, 2: // name, value, size
					e.put32(s+uint64(4*(b%5)), val(e.u32(s+uint64(4*(b%5)))))
				case 3: // info
					if s+12 < uint64(len(e.b)) {
						e.b[s+12] = byte(val(uint32(e.b[s+12])))
					}
				case 4: // section index
					e.put16(s+14, val(e.u16(s+14)))
				}
			}
		case 3: // a relocation: offset, type or symbol
			if j := nthRel(e, a); j >= 0 && e.nrels(j) > 0 {
				k := b % e.nrels(j)
				switch v[0] % 3 {
				case 0:
					e.put32(e.rel(j, k), val(e.u32(e.rel(j, k))))
				case 1:
					e.setRel(j, k, e.relSym(j, k), val(e.relType(j, k)))
				case 2:
					e.setRel(j, k, val(e.relSym(j, k)), e.relType(j, k))
				}
			}
		case 4: // the info note: version, policy, flags, code end, slots
			if d := e.noteDesc(1); d != 0 {
				off := d + uint64(4*(a%5))
				e.put32(off, val(e.u32(off)))
			}
		case 5: // a byte
			if len(e.b) > 0 {
				i := (a<<8 | b) % len(e.b)
				e.b[i] = byte(val(uint32(e.b[i])))
			}
		case 6: // the length
			n := int(val(uint32(len(e.b))))
			if n < len(e.b) {
				obj = e.b[:n]
			} else if n-len(e.b) < 4096 {
				obj = append(e.b, make([]byte, n-len(e.b))...)
			}
		case 7: // swap two relocations of one section
			if j := nthRel(e, a); j >= 0 && e.nrels(j) > 1 {
				x, y := e.rel(j, b%e.nrels(j)), e.rel(j, int(v[0])%e.nrels(j))
				if x+8 <= uint64(len(e.b)) && y+8 <= uint64(len(e.b)) {
					for i := range uint64(8) {
						e.b[x+i], e.b[y+i] = e.b[y+i], e.b[x+i]
					}
				}
			}
		}
	}
	return obj
}

// nthRel returns the index of the a-th SHT_REL section (modulo their
// number), or -1.
func nthRel(e *elfEdit, a int) int {
	var rels []int
	for i := 0; i < e.shnum(); i++ {
		if e.sec(i, shType) == 9 {
			rels = append(rels, i)
		}
	}
	if len(rels) == 0 {
		return -1
	}
	return rels[a%len(rels)]
}

// value picks a new value for a field that holds old.
func value(old uint32, v []byte, length uint32) uint32 {
	x := uint32(v[1])<<8 | uint32(v[2])
	if v[0]&0x80 == 0 {
		return old + uint32(int32(int16(x))) // a small delta
	}
	table := [...]uint32{0, 1, 2, 3, 4, 8, 16, 0x7f, 0x80, 0xff, 0x100, 0xffff, 0x10000, 0xff00, 0xff04, 0xfff1, 0xfff2,
		0x7fffffff, 0x80000000, 0xffffffff, length, length - 1, length + 1, old + 4, old - 4, old * 2, old / 2, old ^ 1}
	return table[int(x)%len(table)]
}
