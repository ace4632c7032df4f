package loader

import (
	"debug/elf"
	"errors"
	"testing"

	"graftlab/loader/object"
)

// Addresses of the one-object links in these tests: a 16-byte .text and no
// data, so one program header, .text at 0x400060 and _gp at 0x418060.
const (
	testText = 0x400060
	testGP   = 0x418060
)

// relocObject returns an object with a 16-byte .text holding words and
// the relocations that relocs makes for it, and __start at its start.
func relocObject(words [4]uint32, relocs func(text *object.Section) []object.Reloc) *object.File {
	text := &object.Section{Name: ".text", Type: uint32(elf.SHT_PROGBITS), Flags: uint32(elf.SHF_ALLOC | elf.SHF_EXECINSTR), Align: 16, Size: 16}
	for _, w := range words {
		text.Data = le.AppendUint32(text.Data, w)
	}
	text.Relocs = relocs(text)
	start := &object.Symbol{Name: "__start", Section: text, Bind: object.Global, Type: object.SymFunc}
	f := &object.File{Sections: []*object.Section{text}, Symbols: []*object.Symbol{start}}
	for _, r := range text.Relocs {
		if r.Symbol != nil && r.Symbol.Type != object.SymSection && !contains(f.Symbols, r.Symbol) {
			f.Symbols = append(f.Symbols, r.Symbol)
		}
	}
	return f
}

func contains(syms []*object.Symbol, s *object.Symbol) bool {
	for _, t := range syms {
		if t == s {
			return true
		}
	}
	return false
}

// absObject defines sym as an absolute global symbol.
func absObject(name string, value uint32) *object.File {
	return &object.File{Symbols: []*object.Symbol{{Name: name, Value: value, Bind: object.Global, Abs: true}}}
}

func ext(name string) *object.Symbol { return &object.Symbol{Name: name, Bind: object.Global} }

func TestRelocations(t *testing.T) {
	sym := ext("sym")
	weak := &object.Symbol{Name: "maybe", Bind: object.Weak}
	tests := []struct {
		name   string
		words  [4]uint32
		relocs func(text *object.Section) []object.Reloc
		S      uint32 // value of sym
		want   [4]uint32
		err    string
	}{
		{name: "R_MIPS_32", words: [4]uint32{0x10}, S: 0x12345678, want: [4]uint32{0x12345688},
			relocs: func(*object.Section) []object.Reloc {
				return []object.Reloc{{Offset: 0, Type: object.R_MIPS_32, Symbol: sym}}
			}},
		{name: "R_MIPS_32 weak undefined", words: [4]uint32{0x10}, want: [4]uint32{0x10},
			relocs: func(*object.Section) []object.Reloc {
				return []object.Reloc{{Offset: 0, Type: object.R_MIPS_32, Symbol: weak}}
			}},
		{name: "R_MIPS_NONE", words: [4]uint32{0x10}, want: [4]uint32{0x10},
			relocs: func(*object.Section) []object.Reloc {
				return []object.Reloc{{Offset: 0, Type: object.R_MIPS_NONE, Symbol: sym}}
			}},
		{name: "R_MIPS_26", words: [4]uint32{0x0c000002}, S: 0x401000, want: [4]uint32{0x0c100402},
			relocs: func(*object.Section) []object.Reloc {
				return []object.Reloc{{Offset: 0, Type: object.R_MIPS_26, Symbol: sym}}
			}},
		{name: "R_MIPS_26 negative addend", words: [4]uint32{0x0fffffff}, S: 0x401000, want: [4]uint32{0x0c1003ff},
			relocs: func(*object.Section) []object.Reloc {
				return []object.Reloc{{Offset: 0, Type: object.R_MIPS_26, Symbol: sym}}
			}},
		{name: "R_MIPS_26 section symbol", words: [4]uint32{0x0c000004}, want: [4]uint32{0x0c10001c},
			relocs: func(text *object.Section) []object.Reloc {
				return []object.Reloc{{Offset: 0, Type: object.R_MIPS_26, Symbol: object.SectionSymbol(text)}}
			}},
		{name: "R_MIPS_26 weak undefined", words: [4]uint32{0x0c000000}, want: [4]uint32{0x0c000000},
			relocs: func(*object.Section) []object.Reloc {
				return []object.Reloc{{Offset: 0, Type: object.R_MIPS_26, Symbol: weak}}
			}},
		{name: "R_MIPS_26 region", words: [4]uint32{0x0c000000}, S: 0x10000000,
			relocs: func(*object.Section) []object.Reloc {
				return []object.Reloc{{Offset: 0, Type: object.R_MIPS_26, Symbol: sym}}
			},
			err: "a.o: (.text+0x0): relocation truncated to fit: R_MIPS_26 against `sym' (target 0x10000000 is outside the 256 MiB region of 0x400064)"},
		{name: "R_MIPS_26 misaligned", words: [4]uint32{0x0c000000}, S: 0x401002,
			relocs: func(*object.Section) []object.Reloc {
				return []object.Reloc{{Offset: 0, Type: object.R_MIPS_26, Symbol: sym}}
			},
			err: "a.o: (.text+0x0): misaligned relocation target: R_MIPS_26 against `sym': target 0x401002 is not a multiple of 4"},
		{name: "HI16 LO16 carry", words: [4]uint32{0x3c040001, 0x24848000}, S: 0x12340000, want: [4]uint32{0x3c041235, 0x24848000},
			relocs: func(*object.Section) []object.Reloc {
				return []object.Reloc{{Offset: 0, Type: object.R_MIPS_HI16, Symbol: sym}, {Offset: 4, Type: object.R_MIPS_LO16, Symbol: sym}}
			}},
		{name: "two HI16 one LO16", words: [4]uint32{0x3c040000, 0x3c050000, 0x8c860010}, S: 0x7fff0,
			want: [4]uint32{0x3c040008, 0x3c050008, 0x8c860000},
			relocs: func(*object.Section) []object.Reloc {
				return []object.Reloc{{Offset: 4, Type: object.R_MIPS_HI16, Symbol: sym}, {Offset: 0, Type: object.R_MIPS_HI16, Symbol: sym},
					{Offset: 8, Type: object.R_MIPS_LO16, Symbol: sym}}
			}},
		{name: "HI16 pairs with next LO16 of its own symbol", words: [4]uint32{0x3c040000, 0x24840001, 0x24a5fff0}, S: 0x1234fff0,
			want: [4]uint32{0x3c041235, 0x24840001, 0x24a5ffe0},
			relocs: func(*object.Section) []object.Reloc {
				return []object.Reloc{{Offset: 0, Type: object.R_MIPS_HI16, Symbol: sym}, {Offset: 4, Type: object.R_MIPS_LO16, Symbol: weak},
					{Offset: 8, Type: object.R_MIPS_LO16, Symbol: sym}}
			}},
		{name: "HI16 without LO16", words: [4]uint32{0x3c040002}, S: 0x12345678, want: [4]uint32{0x3c041236},
			relocs: func(*object.Section) []object.Reloc {
				return []object.Reloc{{Offset: 0, Type: object.R_MIPS_HI16, Symbol: sym}}
			}},
		{name: "LO16 alone", words: [4]uint32{0x24840004}, S: 0x1234fffe, want: [4]uint32{0x24840002},
			relocs: func(*object.Section) []object.Reloc {
				return []object.Reloc{{Offset: 0, Type: object.R_MIPS_LO16, Symbol: sym}}
			}},
		{name: "R_MIPS_PC16", words: [4]uint32{0x1000ffff}, S: 0x400100, want: [4]uint32{0x10000027},
			relocs: func(*object.Section) []object.Reloc {
				return []object.Reloc{{Offset: 0, Type: object.R_MIPS_PC16, Symbol: sym}}
			}},
		{name: "R_MIPS_PC16 backwards", words: [4]uint32{0, 0x0411ffff}, S: testText, want: [4]uint32{0, 0x0411fffe},
			relocs: func(*object.Section) []object.Reloc {
				return []object.Reloc{{Offset: 4, Type: object.R_MIPS_PC16, Symbol: sym}}
			}},
		{name: "R_MIPS_PC16 overflow", words: [4]uint32{0x1000ffff}, S: 0x420070,
			relocs: func(*object.Section) []object.Reloc {
				return []object.Reloc{{Offset: 0, Type: object.R_MIPS_PC16, Symbol: sym}}
			},
			err: "a.o: (.text+0x0): relocation truncated to fit: R_MIPS_PC16 against `sym' (branch offset 0x2000c from 0x400060 does not fit in 18 bits)"},
		{name: "R_MIPS_PC16 weak undefined", words: [4]uint32{0x1000ffff}, want: [4]uint32{0x1000ffe7},
			relocs: func(*object.Section) []object.Reloc {
				return []object.Reloc{{Offset: 0, Type: object.R_MIPS_PC16, Symbol: weak}}
			}},
		{name: "R_MIPS_GPREL16", words: [4]uint32{0x8f840004}, S: testGP + 0x100, want: [4]uint32{0x8f840104},
			relocs: func(*object.Section) []object.Reloc {
				return []object.Reloc{{Offset: 0, Type: object.R_MIPS_GPREL16, Symbol: sym}}
			}},
		{name: "R_MIPS_GPREL16 negative", words: [4]uint32{0x8f840000}, S: testGP - 0x8000, want: [4]uint32{0x8f848000},
			relocs: func(*object.Section) []object.Reloc {
				return []object.Reloc{{Offset: 0, Type: object.R_MIPS_GPREL16, Symbol: sym}}
			}},
		{name: "R_MIPS_GPREL16 overflow", words: [4]uint32{0x8f840000}, S: testGP + 0x8000,
			relocs: func(*object.Section) []object.Reloc {
				return []object.Reloc{{Offset: 0, Type: object.R_MIPS_GPREL16, Symbol: sym}}
			},
			err: "a.o: (.text+0x0): relocation truncated to fit: R_MIPS_GPREL16 against `sym' (gp-relative offset 0x8000 does not fit in 16 bits; _gp is 0x418060)"},
		{name: "R_MIPS_GPREL32", words: [4]uint32{8}, S: testGP + 0x20, want: [4]uint32{0x28},
			relocs: func(*object.Section) []object.Reloc {
				return []object.Reloc{{Offset: 0, Type: object.R_MIPS_GPREL32, Symbol: sym}}
			}},
		{name: "unsupported type", words: [4]uint32{0x8f840000},
			relocs: func(*object.Section) []object.Reloc { return []object.Reloc{{Offset: 0, Type: 11, Symbol: sym}} },
			err:    "a.o: (.text+0x0): relocation type R_MIPS_CALL16: unsupported (compile with -mno-abicalls -fno-pic)"},
		{name: "offset past end", words: [4]uint32{},
			relocs: func(*object.Section) []object.Reloc {
				return []object.Reloc{{Offset: 14, Type: object.R_MIPS_32, Symbol: sym}}
			},
			err: "a.o: (.text+0xe): R_MIPS_32 relocation outside the section's 0x10 bytes of data"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := relocObject(tt.words, tt.relocs)
			im, err := Link([]*object.File{a, absObject("sym", tt.S)}, []string{"a.o", "sym.o"}, LinkOptions{})
			if tt.err != "" {
				if err == nil || err.Error() != tt.err {
					t.Fatalf("error:\n got %v\nwant %s", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if s := im.Sections[0]; s.Name != ".text" || s.Addr != testText {
				t.Fatalf("first section %+v, want .text at %#x", s, testText)
			}
			if gp, _ := im.Lookup("_gp"); gp.Addr != testGP {
				t.Fatalf("_gp = %#x, want %#x", gp.Addr, testGP)
			}
			seg := im.Segments[0]
			for i, w := range tt.want {
				if got := le.Uint32(seg.Data[testText-seg.Addr+uint32(4*i):]); got != w {
					t.Errorf("word %d = %#08x, want %#08x", i, got, w)
				}
			}
		})
	}
}

// TestGP0 checks that GPREL16 relocations against local symbols add the
// gp value the object was assembled with (.reginfo's ri_gp_value).
func TestGP0(t *testing.T) {
	a := relocObject([4]uint32{0x8f840010}, func(text *object.Section) []object.Reloc {
		return []object.Reloc{{Offset: 0, Type: object.R_MIPS_GPREL16, Symbol: object.SectionSymbol(text)}}
	})
	reginfo := &object.Section{Name: ".reginfo", Type: object.SHT_MIPS_REGINFO, Flags: uint32(elf.SHF_ALLOC), Align: 4, Size: 24, Data: make([]byte, 24)}
	le.PutUint32(reginfo.Data[20:], testGP-testText+0x100) // gp0 - S: the addend is relative to gp0
	a.Sections = append(a.Sections, reginfo)
	im, err := Link([]*object.File{a}, nil, LinkOptions{})
	if err != nil {
		t.Fatal(err)
	}
	// S + A - gp + gp0 = 0x400060 + 0x10 - 0x418060 + 0x18100 = 0x110
	if got := le.Uint32(im.Segments[0].Data[testText-DefaultTextAddress:]); got != 0x8f840110 {
		t.Errorf("lw = %#08x, want 0x8f840110", got)
	}
}

func TestRelocErrorsAreTyped(t *testing.T) {
	a := relocObject([4]uint32{0x1000ffff}, func(*object.Section) []object.Reloc {
		return []object.Reloc{{Type: object.R_MIPS_PC16, Symbol: ext("sym")}}
	})
	_, err := Link([]*object.File{a, absObject("sym", 0x10000000)}, []string{"a.o", "sym.o"}, LinkOptions{})
	var le *LinkError
	if !errors.As(err, &le) || !errors.Is(err, ErrTruncated) || le.File != "a.o" || le.Section != ".text" || le.Offset != 0 {
		t.Errorf("error %v: want a *LinkError for a.o .text+0 wrapping ErrTruncated", err)
	}
}
