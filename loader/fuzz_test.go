package loader

import (
	"bytes"
	"debug/elf"
	"path/filepath"
	"testing"

	"graftlab/loader/object"
)

// FuzzLink parses its input as an object and links it alone, with the
// library objects start.o needs, and after crt0.o as prog.o is linked. Link
// must never panic or hang, and whatever it links must encode as an ELF
// file that debug/elf reads. The committed seeds under
// testdata/fuzz/FuzzLink are the GNU-built objects.
func FuzzLink(f *testing.F) {
	paths, _ := filepath.Glob(filepath.Join("testdata", "*.o"))
	for _, p := range paths {
		f.Add(readTestdata(f, filepath.Base(p)))
	}
	libs := parseObjects(f, "lib.o", "lib2.o")
	crt0 := parseObjects(f, "crt0.o")[0]
	f.Fuzz(func(t *testing.T, b []byte) {
		obj, err := object.Parse(b)
		if err != nil {
			return
		}
		for _, objs := range [][]*object.File{{obj}, {obj, libs[0], libs[1]}, {crt0, obj}} {
			im, err := Link(objs, nil, LinkOptions{})
			if err != nil {
				continue
			}
			out, err := im.ELF()
			if err != nil {
				t.Fatalf("ELF of a linked image: %v", err)
			}
			if _, err := elf.NewFile(bytes.NewReader(out)); err != nil {
				t.Fatalf("debug/elf rejects a linked image: %v", err)
			}
		}
	})
}

// FuzzRelocation builds objects from fuzzed fields, so that the fuzzer
// reaches symbol resolution, layout and the relocation arithmetic without
// first having to produce a valid ELF file.
func FuzzRelocation(f *testing.F) {
	f.Add(uint8(object.R_MIPS_HI16), uint32(0), uint32(0x3c040001), uint32(0x12345678), uint8(0), uint8(4), uint16(16), uint32(0x100), uint16(0x40))
	f.Add(uint8(object.R_MIPS_26), uint32(4), uint32(0x0fffffff), uint32(0x401000), uint8(1), uint8(2), uint16(64), uint32(0), uint16(0x40))
	f.Add(uint8(object.R_MIPS_PC16), uint32(8), uint32(0x1000ffff), uint32(8), uint8(2), uint8(0), uint16(32), uint32(0x20000), uint16(0x1000))
	f.Add(uint8(object.R_MIPS_GPREL16), uint32(0), uint32(0x8f848000), uint32(0x10), uint8(3), uint8(3), uint16(16), uint32(8), uint16(0))
	f.Add(uint8(object.R_MIPS_GPREL32), uint32(12), uint32(0xffffffff), uint32(0x80000000), uint8(4), uint8(16), uint16(16), uint32(0xffff0000), uint16(0x100))
	f.Fuzz(func(t *testing.T, typ uint8, off, word, value uint32, kind, alignLog uint8, textSize uint16, bssSize uint32, base uint16) {
		text := &object.Section{Name: ".text", Type: uint32(elf.SHT_PROGBITS), Flags: uint32(elf.SHF_ALLOC | elf.SHF_EXECINSTR),
			Align: 1 << (alignLog % 20), Size: uint32(textSize % 4096)}
		text.Data = make([]byte, text.Size)
		for i := 0; i+4 <= len(text.Data); i += 4 {
			le.PutUint32(text.Data[i:], word)
		}
		bss := &object.Section{Name: ".bss", Type: uint32(elf.SHT_NOBITS), Flags: uint32(elf.SHF_ALLOC | elf.SHF_WRITE), Align: 16, Size: bssSize}
		var sym *object.Symbol
		switch kind % 6 {
		case 0:
			sym = &object.Symbol{Name: "s", Value: value, Bind: object.Global, Abs: true}
		case 1:
			sym = &object.Symbol{Name: "s", Bind: object.Weak}
		case 2:
			sym = object.SectionSymbol(text)
		case 3:
			sym = &object.Symbol{Name: "s", Section: text, Value: value % 4096}
		case 4:
			sym = &object.Symbol{Name: "s", Value: value % 64, Size: value >> 8, Bind: object.Global, Common: true}
		case 5:
			sym = &object.Symbol{Name: "s", Section: bss, Value: value, Bind: object.Global}
		}
		text.Relocs = []object.Reloc{{Offset: off, Type: object.RelocType(typ), Symbol: sym}, {Offset: off + 4, Type: object.R_MIPS_LO16, Symbol: sym}}
		start := &object.Symbol{Name: "__start", Section: text, Bind: object.Global}
		obj := &object.File{Sections: []*object.Section{text, bss}, Symbols: []*object.Symbol{start}}
		if sym.Type != object.SymSection {
			obj.Symbols = append(obj.Symbols, sym)
		}
		im, err := Link([]*object.File{obj}, nil, LinkOptions{TextAddress: uint32(base) << 16})
		if err != nil {
			return
		}
		out, err := im.ELF()
		if err != nil {
			t.Fatalf("ELF of a linked image: %v", err)
		}
		if _, err := elf.NewFile(bytes.NewReader(out)); err != nil {
			t.Fatalf("debug/elf rejects a linked image: %v", err)
		}
	})
}
