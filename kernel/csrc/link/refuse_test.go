package link

import (
	"bytes"
	"crypto/ed25519"
	"errors"
	"fmt"
	"strings"
	"testing"

	"graftlab/isa/asm"
	"graftlab/misfit"
	"graftlab/misfit/sign"
	"graftlab/misfit/suite"
)

// A refusal: an object (a suite graft, rewritten and signed, or not, with
// one thing broken), a placement and the exports; the code glink_link must
// give. Go's linker must refuse it too, unless the code is one of glink's
// own limits (then Go must accept it).
type refusal struct {
	name string
	obj  func(t *testing.T) []byte
	pl   *place
	exps []export
	want Error
}

// xorSigned is the signed xor graft; edit applies f to a copy of it.
func xorSigned(t testing.TB) []byte {
	s, _ := rewritten(t, "xor", misfit.Sandbox)
	return s
}

func edit(base func(testing.TB) []byte, f func(e *elfEdit)) func(*testing.T) []byte {
	return func(t *testing.T) []byte {
		b := bytes.Clone(base(t))
		f(&elfEdit{b})
		return b
	}
}

func rawXor(t testing.TB) []byte {
	b, err := suite.Object("xor")
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// assembled assembles src (unrewritten).
func assembled(src string) func(*testing.T) []byte {
	return func(t *testing.T) []byte {
		f, err := asm.Assemble("gen.s", []byte(src), asm.Options{})
		if err != nil {
			t.Fatal(err)
		}
		b, err := f.Marshal()
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
}

// functions is assembly for n global functions called prefix0, prefix1...
func functions(n int, prefix string) string {
	var b strings.Builder
	b.WriteString("\t.set noreorder\n\t.text\n")
	for i := range n {
		fmt.Fprintf(&b, "\t.globl %s%d\n\t.type %s%d, @function\n%s%d:\n\tjr $ra\n\tnop\n", prefix, i, prefix, i, prefix, i)
	}
	return b.String()
}

func without(exps []export, name string) []export {
	var r []export
	for _, e := range exps {
		if e.Name != name {
			r = append(r, e)
		}
	}
	return r
}

func refusals() []refusal {
	unchecked := placements[0]
	unchecked.Flags = FlagUnchecked
	sec := func(e *elfEdit, name string) int { return e.section(name) }
	textRel := func(e *elfEdit) int { return e.section(".rel.text") }
	return []refusal{
		{name: "undefined symbol not exported", obj: edit(xorSigned, func(*elfEdit) {}), exps: without(testExports, "misfit_fault"), want: EUndef},
		{name: "undefined symbol not exported, unchecked", obj: edit(xorSigned, func(*elfEdit) {}), pl: &unchecked, exps: without(testExports, "misfit_return"), want: EUndef},
		{name: "object too big", obj: func(t *testing.T) []byte { return append(xorSigned(t), make([]byte, MaxObject)...) }, want: ETooBig},
		{name: "shorter than the ELF header", obj: func(t *testing.T) []byte { return xorSigned(t)[:51] }, want: EHeader},
		{name: "bad magic", obj: edit(xorSigned, func(e *elfEdit) { e.b[1] = 'e' }), want: EHeader},
		{name: "big-endian", obj: edit(xorSigned, func(e *elfEdit) { e.b[5] = 2 }), want: EHeader},
		{name: "not MIPS", obj: edit(xorSigned, func(e *elfEdit) { e.put16(18, 3) }), want: EHeader},
		{name: "not ET_REL", obj: edit(xorSigned, func(e *elfEdit) { e.put16(16, 2) }), want: EHeader},
		{name: "extended numbering", obj: edit(xorSigned, func(e *elfEdit) { e.put16(48, 0) }), want: EHeader},
		{name: "no sections", obj: edit(xorSigned, func(e *elfEdit) { e.put16(48, 0); e.put32(32, 0) }), want: ENotRewritten},
		{name: "section headers truncated", obj: func(t *testing.T) []byte {
			b := xorSigned(t)
			return b[:(&elfEdit{b}).hdr(3)]
		}, want: EShdrs},
		{name: "section header size", obj: edit(xorSigned, func(e *elfEdit) { e.put16(46, 32) }), want: EShdrs},
		{name: "e_shstrndx out of range", obj: edit(xorSigned, func(e *elfEdit) { e.put16(50, uint32(e.shnum())) }), want: EShstrndx},
		{name: "e_shstrndx not a string table", obj: edit(xorSigned, func(e *elfEdit) { e.put16(50, uint32(e.symtab())) }), want: EShstrndx},
		{name: "too many sections", obj: func(t *testing.T) []byte {
			var b strings.Builder
			b.WriteString(functions(1, "f"))
			for i := range MaxSection {
				fmt.Fprintf(&b, "\t.section .data.%d, \"aw\"\n\t.word %d\n", i, i)
			}
			return assembled(b.String())(t)
		}, pl: &unchecked, want: ESections},
		{name: "section past the end of the file", obj: edit(xorSigned, func(e *elfEdit) { e.setSec(1, shSize, uint32(len(e.b))) }), want: ETrunc},
		{name: "overlapping sections", obj: edit(xorSigned, func(e *elfEdit) {
			g := sec(e, ".gnu.attributes")
			e.setSec(g, shOff, e.sec(1, shOff)+8)
		}), want: EOverlap},
		{name: "section name outside the table", obj: edit(xorSigned, func(e *elfEdit) {
			e.setSec(sec(e, ".data"), shName, e.sec(e.shstrndx(), shSize))
		}), want: EName},
		{name: "symbol name outside the table", obj: edit(xorSigned, func(e *elfEdit) {
			e.put32(e.sym(e.symbol("xor_crypt")), 0x10000)
		}), want: EName},
		{name: "SHT_RELA", obj: edit(xorSigned, func(e *elfEdit) { e.setSec(sec(e, ".gnu.attributes"), shType, 4) }), want: ESecType},
		{name: "two symbol tables", obj: edit(xorSigned, func(e *elfEdit) {
			g := sec(e, ".gnu.attributes")
			e.setSec(g, shType, 2)
			e.setSec(g, shLink, uint32(e.section(".strtab")))
		}), want: ESecType},
		{name: "symbol table entry size", obj: edit(xorSigned, func(e *elfEdit) { e.setSec(e.symtab(), shEntsize, 0) }), want: ESymtab},
		{name: "symbol table's strings not a string table", obj: edit(xorSigned, func(e *elfEdit) { e.setSec(e.symtab(), shLink, 1) }), want: ESymtab},
		{name: "symbol binding", obj: edit(xorSigned, func(e *elfEdit) { e.setSymInfo(e.symbol("xor_crypt"), 3, 2) }), want: ESymbol},
		{name: "symbol type", obj: edit(xorSigned, func(e *elfEdit) { e.setSymInfo(e.symbol("xor_crypt"), 1, 6) }), want: ESymbol},
		{name: "section symbol with a value", obj: edit(xorSigned, func(e *elfEdit) { e.put32(e.sym(2)+4, 4) }), want: ESymbol},
		{name: "symbol section index out of range", obj: edit(xorSigned, func(e *elfEdit) { e.put16(e.sym(e.symbol("xor_crypt"))+14, 0x40) }), want: EShndx},
		{name: "symbol in the symbol table", obj: edit(xorSigned, func(e *elfEdit) { e.put16(e.sym(e.symbol("xor_crypt"))+14, uint32(e.symtab())) }), want: EShndx},
		{name: "symbol special section index", obj: edit(xorSigned, func(e *elfEdit) { e.put16(e.sym(e.symbol("xor_crypt"))+14, 0xff01) }), want: EShndx},
		{name: "section symbol of a REL section", obj: edit(xorSigned, func(e *elfEdit) { e.put16(e.sym(2)+14, uint32(textRel(e))) }), want: EShndx},
		{name: "REL sh_info out of range", obj: edit(xorSigned, func(e *elfEdit) { e.setSec(textRel(e), shInfo, 99) }), want: ERelSec},
		{name: "REL sh_link", obj: edit(xorSigned, func(e *elfEdit) { e.setSec(textRel(e), shLink, 0) }), want: ERelSec},
		{name: "REL entry size", obj: edit(xorSigned, func(e *elfEdit) { e.setSec(textRel(e), shEntsize, 12) }), want: ERelSec},
		{name: "relocation symbol index", obj: edit(xorSigned, func(e *elfEdit) { e.setRel(textRel(e), 0, uint32(e.nsyms()), 4) }), want: ERelSym},
		{name: "placement region", obj: edit(xorSigned, func(*elfEdit) {}), pl: &place{CodeBase: 0x80100000, CodeSize: 0x10000, DataBase: 0x80200000, RegionSize: 0x3000}, want: EPlace},
		{name: "placement data base", obj: edit(xorSigned, func(*elfEdit) {}), pl: &place{CodeBase: 0x80100000, CodeSize: 0x10000, DataBase: 0x80201000, RegionSize: 0x2000}, want: EPlace},
		{name: "placement stack", obj: edit(xorSigned, func(*elfEdit) {}), pl: &place{CodeBase: 0x80100000, CodeSize: 0x10000, DataBase: 0x80200000, RegionSize: 0x2000, StackReserve: 0x2000}, want: EPlace},
		{name: "section alignment", obj: edit(xorSigned, func(e *elfEdit) { e.setSec(sec(e, ".data"), shAlign, 3) }), want: EAlign},
		{name: "section alignment too large", obj: edit(xorSigned, func(e *elfEdit) { e.setSec(sec(e, ".bss"), shAlign, 0x20000) }), want: EAlign},
		{name: "writable code", obj: edit(xorSigned, func(e *elfEdit) { e.setSec(1, shFlags, 7) }), want: ECode},
		{name: "two code sections", obj: edit(xorSigned, func(e *elfEdit) { e.setSec(sec(e, ".gnu.attributes"), shFlags, 6) }), want: ECode},
		{name: "two code sections, unchecked", obj: edit(rawXor, func(e *elfEdit) { e.setSec(sec(e, ".data"), shFlags, 6) }), pl: &unchecked, want: ECode},
		{name: "code not PROGBITS", obj: edit(xorSigned, func(e *elfEdit) { e.setSec(1, shType, 7) }), want: ECode},
		{name: "no code section", obj: edit(xorSigned, func(e *elfEdit) { e.setSec(1, shFlags, 2) }), want: ENoCode},
		{name: "code not allocated", obj: edit(xorSigned, func(e *elfEdit) { e.setSec(1, shFlags, 4) }), want: ENoCode},
		{name: "code larger than the code region", obj: edit(xorSigned, func(*elfEdit) {}), pl: &place{CodeBase: 0x80100000, CodeSize: 0x20, DataBase: 0x80200000, RegionSize: 0x10000}, want: ECodeSize},
		{name: "data larger than the region below its stack", obj: edit(xorSigned, func(e *elfEdit) {
			e.setSec(sec(e, ".bss"), shSize, placements[0].RegionSize-placements[0].StackReserve+1)
		}), want: EDataSize},
		{name: "relocations in NOBITS", obj: edit(xorSigned, func(e *elfEdit) { e.setSec(textRel(e), shInfo, uint32(e.section(".bss"))) }), want: ERelTarget},
		{name: "relocations in .reginfo", obj: edit(xorSigned, func(e *elfEdit) { e.setSec(textRel(e), shInfo, uint32(e.section(".reginfo"))) }), want: ERelTarget},
		{name: "symbol in an unallocated section", obj: edit(xorSigned, func(e *elfEdit) {
			e.put16(e.sym(e.symbol("misfit_return"))+14, uint32(e.section(".mdebug.abi32")))
		}), want: ESymSect},
		{name: "symbol past its section's end", obj: edit(xorSigned, func(e *elfEdit) {
			e.put32(e.sym(e.symbol("__misfit_table"))+4, e.sec(1, shSize)+4)
			e.setRel(textRel(e), 0, uint32(e.symbol("__misfit_table")), 2)
		}), want: ESymSect},
		{name: "absolute symbol", obj: edit(xorSigned, func(e *elfEdit) { e.put16(e.sym(e.symbol("misfit_return"))+14, 0xfff1) }), want: EAbs},
		{name: "common symbol", obj: edit(xorSigned, func(e *elfEdit) { e.put16(e.sym(e.symbol("misfit_return"))+14, 0xfff2) }), want: ECommon},
		{name: "relocation past its section", obj: edit(xorSigned, func(e *elfEdit) { e.put32(e.rel(textRel(e), 0), e.sec(1, shSize)) }), want: ERelOff},
		{name: "relocation not on a word", obj: edit(xorSigned, func(e *elfEdit) { e.put32(e.rel(textRel(e), 0), 2) }), want: ERelOff},
		{name: "relocation type", obj: edit(xorSigned, func(e *elfEdit) { e.setRel(textRel(e), 0, e.relSym(textRel(e), 0), 7) }), want: ERelType},
		{name: "jump out of reach", obj: edit(xorSigned, func(*elfEdit) {}), pl: &place{CodeBase: 0x00400000, CodeSize: 0x10000, DataBase: 0x10000000, RegionSize: 0x10000}, want: ERange},
		{name: "branch out of reach", obj: edit(xorSigned, func(e *elfEdit) {
			j := textRel(e)
			e.setRel(j, e.findRel(j, 2), uint32(e.symbol("misfit_return")), 10)
		}), want: ERange},
		{name: "HI16 without LO16", obj: edit(xorSigned, func(e *elfEdit) {
			j := textRel(e)
			e.setRel(j, e.nrels(j)-1, e.relSym(j, e.nrels(j)-1), 5)
		}), want: EHI16},
		{name: "HI16's LO16 beyond the window", obj: func(t *testing.T) []byte {
			// Move the LO16 of the first HI16 (against a symbol no other
			// relocation names) to the end of .rel.text: Go pairs them.
			s, _ := rewritten(t, "ops", misfit.Sandbox)
			e := &elfEdit{s}
			j := textRel(e)
			hi := e.findRel(j, 5)
			last := uint64(e.nrels(j) - 1)
			a, b := e.rel(j, hi+1), e.rel(j, int(last))
			for i := range uint64(8) {
				s[a+i], s[b+i] = s[b+i], s[a+i]
			}
			return s
		}, want: EHIWindow},
		{name: "not rewritten", obj: func(t *testing.T) []byte { return rawXor(t) }, want: ENotRewritten},
		{name: "note name", obj: edit(xorSigned, func(e *elfEdit) { e.b[e.noteDesc(1)-5] = 'X' }), want: ENote},
		{name: "note type", obj: edit(xorSigned, func(e *elfEdit) { e.put32(e.noteDesc(2)-16, 3) }), want: ENote},
		{name: "note version", obj: edit(xorSigned, func(e *elfEdit) { e.put32(e.noteDesc(1), 2) }), want: ENote},
		{name: "note policy", obj: edit(xorSigned, func(e *elfEdit) { e.put32(e.noteDesc(1)+4, 2) }), want: ENote},
		{name: "two note sections", obj: edit(xorSigned, func(e *elfEdit) {
			e.setSec(sec(e, ".gnu.attributes"), shName, e.sec(sec(e, ".note.graftlab.misfit"), shName))
		}), want: ENote},
		{name: "table slots", obj: edit(xorSigned, func(e *elfEdit) { e.put32(e.noteDesc(1)+16, 3) }), want: ETable},
		{name: "table does not fill the code", obj: edit(xorSigned, func(e *elfEdit) { e.put32(e.noteDesc(1)+12, e.u32(e.noteDesc(1)+12)-4) }), want: ETable},
		{name: "table not aligned", obj: edit(xorSigned, func(e *elfEdit) { e.setSec(1, shAlign, 4) }),
			pl: &place{CodeBase: 0x80100004, CodeSize: 0x10000, DataBase: 0x80200000, RegionSize: 0x10000}, want: ETableAlign},
		{name: "stub", obj: edit(xorSigned, func(e *elfEdit) {
			end := e.u32(e.noteDesc(1) + 12)
			e.put32(uint64(e.sec(1, shOff)+end-12), 0x00000825) // move $at, $zero for the nop
		}), want: EStubs},
		{name: "entry not on a word", obj: edit(xorSigned, func(e *elfEdit) { e.put32(e.sym(e.symbol("xor_crypt"))+4, 2) }), want: EEntry},
		{name: "entry in the table", obj: edit(xorSigned, func(e *elfEdit) {
			e.put32(e.sym(e.symbol("xor_crypt"))+4, e.u32(e.noteDesc(1)+12))
		}), want: EEntry},
		{name: "entry defined twice", obj: edit(xorSigned, func(e *elfEdit) {
			f := 1 // the file symbol becomes a global absolute xor_crypt
			e.put32(e.sym(f), e.u32(e.sym(e.symbol("xor_crypt"))))
			e.setSymInfo(f, 1, 0)
		}), want: EEntry},
		{name: "too many entries", obj: assembled(functions(MaxEntries+1, "f")), pl: &unchecked, want: EEntries},
		{name: "entry name too long", obj: assembled(functions(1, strings.Repeat("n", NameLen))), pl: &unchecked, want: EEntryName},
	}
}

// TestRefusals checks each refusal's code, and Go's decision.
func TestRefusals(t *testing.T) {
	h := newHarness(t, "ideal")
	for _, tc := range refusals() {
		t.Run(tc.name, func(t *testing.T) {
			obj := tc.obj(t)
			pl := placements[0]
			if tc.pl != nil {
				pl = *tc.pl
			}
			exps := tc.exps
			if exps == nil {
				exps = testExports
			}
			_, r, err := h.linkC(obj, pl, exps)
			if err != nil {
				t.Fatal(err)
			}
			code := r.Code
			if Error(code) != tc.want {
				t.Errorf("glink_link: %s, want %s", ErrorText(code), tc.want.Name())
			}
			_, gerr := goStructural(obj, pl, exps)
			if tc.want.Limit() {
				if gerr != nil {
					t.Errorf("Go refuses what only glink's limit refuses: %v", gerr)
				}
				return
			}
			if gerr == nil {
				t.Errorf("Go's rules accept it")
			}
			if pl.Flags&FlagUnchecked == 0 {
				if _, err := goLoad(obj, pl, exps); err == nil {
					t.Errorf("verify.Load accepts it")
				} else {
					t.Logf("verify.Load: %v", err)
				}
			}
		})
	}
}

// TestTooBig: an object one byte over the limit is refused before glink
// reads a byte of it, by both functions.
func TestTooBig(t *testing.T) {
	h := newHarness(t, "ideal")
	h.putObject(nil)
	h.allowed = []span{{plAddr, plAddr + 40}, {imgAddr, imgAddr + imgSize}}
	h.writable = []span{{imgAddr, imgAddr + imgSize}}
	pl := placements[0]
	w := []uint32{pl.CodeBase, pl.CodeSize, pl.DataBase, pl.RegionSize, pl.StackReserve, codeDst, dataDst, expAddr, 0, 0}
	for i, v := range w {
		le.PutUint32(h.ram(plAddr+uint32(4*i)), v)
	}
	r, err := h.call(h.link, [4]uint32{objAddr, MaxObject + 1, plAddr, imgAddr})
	if err != nil || Error(r.Code) != ETooBig {
		t.Errorf("glink_link: %v %v", err, ErrorText(r.Code))
	}
	h.allowed, h.writable = nil, nil
	r, err = h.call(h.sig, [4]uint32{objAddr, MaxObject + 1, outAddr, outAddr + 4})
	if err != nil || Error(r.Code) != ETooBig {
		t.Errorf("glink_signature: %v %v", err, ErrorText(r.Code))
	}
}

// TestTruncated: every prefix of a signed graft is refused by glink_link
// and by Go, and glink_signature decides as misfit/sign does.
func TestTruncated(t *testing.T) {
	h := newHarness(t, "ideal")
	obj := xorSigned(t)
	for n := 0; n < len(obj); n++ {
		_, r, err := h.linkC(obj[:n], placements[0], testExports)
		if err != nil {
			t.Fatalf("%d bytes: %v", n, err)
		}
		if r.Code == 0 {
			t.Errorf("%d bytes: accepted", n)
		}
		if _, err := goStructural(obj[:n], placements[0], testExports); err == nil {
			t.Errorf("%d bytes: Go accepts", n)
		}
		checkSignature(t, h, obj[:n])
	}
}

// checkSignature compares glink_signature with sign.Check on obj: the same
// unsigned or malformed decision, and where glink finds a signature, the
// one sign.Check verifies (re-signed in place with testKey).
func checkSignature(t testing.TB, h *harness, obj []byte) {
	t.Helper()
	key, sig, r, err := h.signatureC(obj)
	if err != nil {
		t.Fatal(err)
	}
	pub := testKey.Public().(ed25519.PublicKey)
	gerr := sign.Check(obj, []ed25519.PublicKey{pub})
	switch Error(r.Code) {
	case EUnsigned:
		if !errors.Is(gerr, sign.ErrUnsigned) {
			t.Errorf("glink: unsigned; sign.Check: %v", gerr)
		}
		return
	case ESigFormat, ESigNote, ETooBig:
		if gerr == nil || errors.Is(gerr, sign.ErrUnsigned) || errors.Is(gerr, sign.ErrBadSignature) || errors.Is(gerr, sign.ErrUntrustedKey) {
			t.Errorf("glink: %v; sign.Check: %v", Error(r.Code), gerr)
		}
		return
	case 0:
	default:
		t.Fatalf("glink_signature: %d", r.Code)
	}
	if gerr != nil && !errors.Is(gerr, sign.ErrBadSignature) && !errors.Is(gerr, sign.ErrUntrustedKey) {
		t.Errorf("glink found a signature at %#x; sign.Check: %v", sig, gerr)
		return
	}
	if sig != key+32 || uint64(key)+96 > uint64(len(obj)) {
		t.Errorf("glink: key %#x, signature %#x in %d bytes", key, sig, len(obj))
		return
	}
	// Sign the object at glink's offsets; sign.Check must then accept it,
	// which it does only if it reads the key and signature there.
	b := bytes.Clone(obj)
	copy(b[key:], pub)
	clear(b[sig : sig+64])
	copy(b[sig:], ed25519.Sign(testKey, b))
	k2, s2, r2, err := h.signatureC(b)
	if err != nil || r2.Code != 0 || k2 != key || s2 != sig {
		return // the key's bytes changed the headers: nothing to compare
	}
	if err := sign.Check(b, []ed25519.PublicKey{pub}); err != nil {
		t.Errorf("signed at glink's offsets %#x, %#x: sign.Check: %v", key, sig, err)
	}
}

// TestSignatureRefusals: the signature note's refusals.
func TestSignatureRefusals(t *testing.T) {
	h := newHarness(t, "ideal")
	for _, tc := range []struct {
		name string
		obj  func(*testing.T) []byte
		want Error
	}{
		{"not ELF", edit(xorSigned, func(e *elfEdit) { e.b[0] = 0 }), ESigFormat},
		{"ELF64", edit(xorSigned, func(e *elfEdit) { e.b[4] = 2 }), ESigFormat},
		{"section header size", edit(xorSigned, func(e *elfEdit) { e.put16(0x2e, 64) }), ESigFormat},
		{"name table outside the file", edit(xorSigned, func(e *elfEdit) { e.setSec(e.shstrndx(), shSize, 1<<20) }), ESigFormat},
		{"two note sections", edit(xorSigned, func(e *elfEdit) {
			e.setSec(e.section(".gnu.attributes"), shName, e.sec(e.section(".note.graftlab.misfit"), shName))
		}), ESigFormat},
		{"note section outside the file", edit(xorSigned, func(e *elfEdit) { e.setSec(e.section(".note.graftlab.misfit"), shSize, 1<<20) }), ESigFormat},
		{"note size", edit(xorSigned, func(e *elfEdit) { e.put32(e.noteDesc(1)-24, 1<<20) }), ESigNote},
		{"note overruns its section", edit(xorSigned, func(e *elfEdit) { e.put32(e.noteDesc(2)-20, 0xa0) }), ESigNote},
		{"no note section", edit(xorSigned, func(e *elfEdit) {
			e.b[e.sec(e.shstrndx(), shOff)+e.sec(e.section(".note.graftlab.misfit"), shName)+1] = 'N'
		}), EUnsigned},
		{"signature note of another size", edit(xorSigned, func(e *elfEdit) { e.put32(e.noteDesc(2)-20, 92) }), EUnsigned},
		{"signature note of another name", edit(xorSigned, func(e *elfEdit) { e.b[e.noteDesc(2)-12] = 'G' }), EUnsigned},
		{"unsigned", func(t *testing.T) []byte {
			res, err := misfit.Rewrite(rawXor(t), misfit.Options{Callable: callable(testExports)})
			if err != nil {
				t.Fatal(err)
			}
			return res.Object
		}, EUnsigned},
	} {
		t.Run(tc.name, func(t *testing.T) {
			obj := tc.obj(t)
			_, _, r, err := h.signatureC(obj)
			if err != nil {
				t.Fatal(err)
			}
			if Error(r.Code) != tc.want {
				t.Errorf("glink_signature: %s, want %s", ErrorText(r.Code), tc.want.Name())
			}
			checkSignature(t, h, obj)
		})
	}
}
