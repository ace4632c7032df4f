package object

import (
	"debug/elf"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// testdata is where the committed GNU-built objects live (shared with
// package loader's tests).
const testdata = "../testdata"

func readObject(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(testdata, name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// sample builds a File that uses every feature of the model.
func sample() *File {
	text := &Section{Name: ".text", Type: uint32(elf.SHT_PROGBITS), Flags: uint32(elf.SHF_ALLOC | elf.SHF_EXECINSTR), Align: 16,
		Data: []byte{0, 0, 4, 0x3c, 0, 0, 0x84, 0x24, 0, 0, 0, 0x0c, 0, 0, 0, 0, 0xff, 0xff, 0, 0x10, 0, 0, 0, 0}}
	text.Size = uint32(len(text.Data))
	data := &Section{Name: ".data", Type: uint32(elf.SHT_PROGBITS), Flags: uint32(elf.SHF_ALLOC | elf.SHF_WRITE), Align: 4,
		Data: []byte{8, 0, 0, 0, 0, 0, 0, 0}, Size: 8}
	bss := &Section{Name: ".bss", Type: uint32(elf.SHT_NOBITS), Flags: uint32(elf.SHF_ALLOC | elf.SHF_WRITE), Align: 16, Size: 0x100}
	reginfo := &Section{Name: ".reginfo", Type: SHT_MIPS_REGINFO, Flags: uint32(elf.SHF_ALLOC), Align: 4, EntSize: 24,
		Data: make([]byte, 24), Size: 24}
	comment := &Section{Name: ".comment", Type: uint32(elf.SHT_PROGBITS), Flags: uint32(elf.SHF_MERGE | elf.SHF_STRINGS), Align: 1,
		EntSize: 1, Data: []byte("graftlab\x00"), Size: 9}
	file := &Symbol{Name: "sample.s", Type: SymFile, Abs: true}
	local := &Symbol{Name: "loop", Section: text, Value: 0x10, Type: SymNoType}
	start := &Symbol{Name: "__start", Section: text, Size: 0x18, Bind: Global, Type: SymFunc}
	ext := &Symbol{Name: "ext", Bind: Global}
	weak := &Symbol{Name: "maybe", Bind: Weak}
	common := &Symbol{Name: "buf", Value: 16, Size: 64, Bind: Global, Type: SymObject, Common: true}
	abs := &Symbol{Name: "MAGIC", Value: 0x1234, Bind: Global, Abs: true}
	hidden := &Symbol{Name: "hidden", Section: bss, Value: 8, Size: 4, Bind: Global, Type: SymObject, Other: uint8(elf.STV_HIDDEN)}
	text.Relocs = []Reloc{
		{Offset: 0, Type: R_MIPS_HI16, Symbol: ext},
		{Offset: 4, Type: R_MIPS_LO16, Symbol: ext},
		{Offset: 8, Type: R_MIPS_26, Symbol: SectionSymbol(text)},
		{Offset: 12, Type: R_MIPS_NONE},
		{Offset: 16, Type: R_MIPS_PC16, Symbol: local},
		{Offset: 20, Type: R_MIPS_GPREL16, Symbol: hidden},
	}
	data.Relocs = []Reloc{
		{Offset: 0, Type: R_MIPS_32, Symbol: SectionSymbol(data)},
		{Offset: 4, Type: R_MIPS_32, Symbol: weak},
		{Offset: 4, Type: R_MIPS_GPREL32, Symbol: common},
	}
	return &File{
		Flags:    DefaultFlags,
		Sections: []*Section{text, data, bss, reginfo, comment},
		Symbols:  []*Symbol{file, local, start, ext, weak, common, abs, hidden},
	}
}

func TestRoundTrip(t *testing.T) {
	f := sample()
	b, err := f.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	g, err := Parse(b)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(f, g); diff != "" {
		t.Errorf("Parse(Marshal(f)) differs (-want +got):\n%s", diff)
	}
	b2, err := g.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	if string(b) != string(b2) {
		t.Errorf("Marshal(Parse(Marshal(f))) != Marshal(f)")
	}
	if b3, _ := sample().Marshal(); string(b3) != string(b) {
		t.Errorf("Marshal is not deterministic")
	}
}

// TestRoundTripOrder checks that Parse returns symbols locals first, as
// Marshal writes them, and that a zero Flags and Size are filled in.
func TestRoundTripOrder(t *testing.T) {
	text := &Section{Name: ".text", Type: uint32(elf.SHT_PROGBITS), Data: make([]byte, 8)}
	g1 := &Symbol{Name: "g1", Section: text, Bind: Global}
	l1 := &Symbol{Name: "l1", Section: text, Value: 4}
	f1 := &Symbol{Name: "f.s", Type: SymFile, Abs: true}
	w1 := &Symbol{Name: "w1", Bind: Weak}
	b, err := (&File{Sections: []*Section{text}, Symbols: []*Symbol{g1, l1, w1, f1}}).Marshal()
	if err != nil {
		t.Fatal(err)
	}
	g, err := Parse(b)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, s := range g.Symbols {
		names = append(names, s.Name)
	}
	if want := []string{"f.s", "l1", "g1", "w1"}; !cmp.Equal(names, want) {
		t.Errorf("symbol order %v, want %v", names, want)
	}
	if g.Flags != DefaultFlags {
		t.Errorf("Flags %#x, want %#x", g.Flags, DefaultFlags)
	}
	if s := g.Section(".text"); s == nil || s.Size != 8 {
		t.Errorf("Section(.text) = %+v, want Size 8", s)
	}
	if s := g.Lookup("l1"); s == nil || s.Value != 4 {
		t.Errorf("Lookup(l1) = %+v", s)
	}
	if g.Lookup("nope") != nil || g.Section(".data") != nil {
		t.Errorf("lookups of missing names succeeded")
	}
}

func TestRelocTypeString(t *testing.T) {
	for typ, want := range map[RelocType]string{
		R_MIPS_NONE: "R_MIPS_NONE", R_MIPS_32: "R_MIPS_32", R_MIPS_26: "R_MIPS_26", R_MIPS_HI16: "R_MIPS_HI16",
		R_MIPS_LO16: "R_MIPS_LO16", R_MIPS_GPREL16: "R_MIPS_GPREL16", R_MIPS_PC16: "R_MIPS_PC16",
		R_MIPS_GPREL32: "R_MIPS_GPREL32", 11: "R_MIPS_CALL16", 200: "R_MIPS_(200)",
	} {
		if got := typ.String(); got != want {
			t.Errorf("RelocType(%d).String() = %q, want %q", uint8(typ), got, want)
		}
	}
}

// dump renders a File the way the tests compare it: one line per section,
// symbol and relocation.
func dump(f *File) string {
	var b strings.Builder
	for _, s := range f.Sections {
		fmt.Fprintf(&b, "section %s type=%#x flags=%#x align=%d size=%#x entsize=%d\n", s.Name, s.Type, s.Flags, s.Align, s.Size, s.EntSize)
	}
	for _, s := range f.Symbols {
		fmt.Fprintf(&b, "symbol %s %s\n", s.Name, symPlace(s))
	}
	for _, s := range f.Sections {
		for _, r := range s.Relocs {
			name := "0"
			if r.Symbol != nil {
				name = r.Symbol.Name
			}
			fmt.Fprintf(&b, "reloc %s+%#x %s %s\n", s.Name, r.Offset, r.Type, name)
		}
	}
	return b.String()
}

func symPlace(s *Symbol) string {
	where := "UND"
	switch {
	case s.Section != nil:
		where = s.Section.Name
	case s.Abs:
		where = "ABS"
	case s.Common:
		where = "COM"
	}
	return fmt.Sprintf("%s value=%#x size=%d %s %s", where, s.Value, s.Size, s.Bind, s.Type)
}
