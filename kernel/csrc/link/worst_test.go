package link

import (
	"debug/elf"
	"fmt"
	"testing"

	"graftlab/loader/object"
)

// worstObjects are objects of nearly GLINK_MAXOBJ bytes built to make
// glink_link work hardest: the most relocations, each R_MIPS_HI16 finding
// its R_MIPS_LO16 at the far end of the window, with every symbol in play;
// and the most symbols, every one a global function of the code with a
// long name, which the entry points' passes look up.
func worstObjects(t testing.TB) map[string][]byte {
	objs := map[string][]byte{}

	text := &object.Section{Name: ".text", Type: uint32(elf.SHT_PROGBITS), Flags: uint32(elf.SHF_ALLOC | elf.SHF_EXECINSTR), Align: 4, Data: make([]byte, 4096)}
	f := &object.File{Sections: []*object.Section{text}}
	const window = HIWindow - 1
	var syms []*object.Symbol
	for i := range window {
		s := &object.Symbol{Name: fmt.Sprintf("s%02d", i), Section: text, Value: uint32(4 * i), Bind: object.Local}
		syms = append(syms, s)
		f.Symbols = append(f.Symbols, s)
	}
	f.Symbols = append(f.Symbols, &object.Symbol{Name: "f", Section: text, Bind: object.Global, Type: object.SymFunc})
	// Blocks of 63 HI16s, then their 63 LO16s in the same order: each HI16
	// looks at 63 relocations.
	for len(text.Relocs)*8 < MaxObject-8192-2*8*window {
		for _, typ := range []object.RelocType{object.R_MIPS_HI16, object.R_MIPS_LO16} {
			for i, s := range syms {
				text.Relocs = append(text.Relocs, object.Reloc{Offset: uint32(4 * (i + len(text.Relocs)%512)), Type: typ, Symbol: s})
			}
		}
	}
	b, err := f.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	objs["relocations"] = b

	text = &object.Section{Name: ".text", Type: uint32(elf.SHT_PROGBITS), Flags: uint32(elf.SHF_ALLOC | elf.SHF_EXECINSTR), Align: 4, Data: make([]byte, 64)}
	f = &object.File{Sections: []*object.Section{text}}
	for i := 0; 16*len(f.Symbols)+32*len(f.Symbols) < MaxObject-4096; i++ {
		f.Symbols = append(f.Symbols, &object.Symbol{Name: fmt.Sprintf("function_with_a_long_name_%05d", i), Section: text, Bind: object.Global, Type: object.SymFunc})
	}
	b, err = f.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	objs["symbols"] = b
	return objs
}

// TestWorstCase: glink_link on the worst objects stays far below the
// harness's instruction limit, and agrees with Go.
func TestWorstCase(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	h := newHarness(t, "ideal")
	pl := placements[0]
	pl.Flags = FlagUnchecked
	for name, obj := range worstObjects(t) {
		if len(obj) > MaxObject {
			t.Fatalf("%s: %d bytes", name, len(obj))
		}
		_, r, err := h.linkC(obj, pl, testExports)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		_, gerr := goStructural(obj, pl, testExports)
		t.Logf("%s: %d bytes: %d instructions, %s; Go: %v", name, len(obj), r.Instructions, ErrorText(r.Code), gerr)
		if r.Instructions > instLimit/4 {
			t.Errorf("%s: %d instructions", name, r.Instructions)
		}
		if r.Code == 0 && gerr != nil || r.Code != 0 && gerr == nil && !Error(r.Code).Limit() {
			t.Errorf("%s: glink %s, Go %v", name, ErrorText(r.Code), gerr)
		}
	}
}
