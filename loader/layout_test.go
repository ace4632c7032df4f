package loader

import (
	"debug/elf"
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"

	"graftlab/loader/object"
)

// TestPlacement checks where input sections go: ld's patterns first (with
// .text.startup ahead of .text), orphans by their flags after the pattern
// matches, and unallocated sections, .reginfo and .MIPS.abiflags nowhere.
func TestPlacement(t *testing.T) {
	const (
		alloc = uint32(elf.SHF_ALLOC)
		write = uint32(elf.SHF_WRITE)
		exec  = uint32(elf.SHF_EXECINSTR)
	)
	sec := func(name string, typ, flags uint32) *object.Section {
		s := &object.Section{Name: name, Type: typ, Flags: flags, Align: 4, Size: 8}
		if typ != uint32(elf.SHT_NOBITS) {
			s.Data = make([]byte, 8)
		}
		return s
	}
	progbits, nobits := uint32(elf.SHT_PROGBITS), uint32(elf.SHT_NOBITS)
	sections := []*object.Section{
		sec(".mytext", progbits, alloc|exec),
		sec(".text", progbits, alloc|exec),
		sec(".text.startup", progbits, alloc|exec),
		sec(".myro", progbits, alloc),
		sec(".rodata.cst4", progbits, alloc),
		sec(".mydata", progbits, alloc|write),
		sec(".data", progbits, alloc|write),
		sec(".sdata.x", progbits, alloc|write),
		sec(".mybss", nobits, alloc|write),
		sec(".bss", nobits, alloc|write),
		sec(".sbss", nobits, alloc|write),
		sec(".comment", progbits, 0),
		sec(".reginfo", object.SHT_MIPS_REGINFO, alloc),
		sec(".MIPS.abiflags", object.SHT_MIPS_ABIFLAGS, alloc),
	}
	var syms []*object.Symbol
	for _, s := range sections {
		syms = append(syms, &object.Symbol{Name: "in" + s.Name, Section: s, Bind: object.Global})
	}
	syms = append(syms, &object.Symbol{Name: "__start", Section: sections[1], Bind: object.Global})
	im, err := Link([]*object.File{{Sections: sections, Symbols: syms}}, nil, LinkOptions{})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, s := range sections {
		sym, ok := im.Lookup("in" + s.Name)
		if !ok {
			got[s.Name] = "not loaded"
			continue
		}
		got[s.Name] = fmt.Sprintf("%s+%#x", sym.Section, sym.Addr-sectionAddr(im, sym.Section))
	}
	want := map[string]string{
		".text.startup": ".text+0x0", ".text": ".text+0x8", ".mytext": ".text+0x10",
		".rodata.cst4": ".rodata+0x0", ".myro": ".rodata+0x8",
		".data": ".data+0x0", ".mydata": ".data+0x8",
		".sdata.x": ".sdata+0x0",
		".sbss":    ".sbss+0x0",
		".bss":     ".bss+0x0", ".mybss": ".bss+0x8",
		".comment": "not loaded", ".reginfo": "not loaded", ".MIPS.abiflags": "not loaded",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("placement (-want +got):\n%s", diff)
	}
}
