package loader

import (
	"debug/elf"
	"errors"
	"strings"
	"testing"

	"graftlab/loader/object"
)

// dataObject returns an object with a 16-byte .data and the given symbols
// defined at the given offsets in it (or common, weak... as given).
func dataObject(syms ...*object.Symbol) *object.File {
	data := &object.Section{Name: ".data", Type: uint32(elf.SHT_PROGBITS), Flags: uint32(elf.SHF_ALLOC | elf.SHF_WRITE), Align: 4,
		Data: make([]byte, 16)} // Size 0: Link reads len(Data), as Marshal does
	for _, s := range syms {
		if s.Section == nil && !s.Common && !s.Abs && s.Value != 0 {
			s.Section = data
		}
	}
	return &object.File{Sections: []*object.Section{data}, Symbols: syms}
}

func defined(name string, off uint32, bind object.Bind) *object.Symbol {
	return &object.Symbol{Name: name, Value: off, Size: 4, Bind: bind, Type: object.SymObject}
}

func common(name string, size, align uint32) *object.Symbol {
	return &object.Symbol{Name: name, Value: align, Size: size, Bind: object.Global, Type: object.SymObject, Common: true}
}

// withoutStart drops relocObject's __start.
func withoutStart(f *object.File) *object.File {
	f.Symbols = f.Symbols[1:]
	return f
}

func startObject() *object.File {
	return relocObject([4]uint32{}, func(*object.Section) []object.Reloc { return nil })
}

// TestSymbolPrecedence checks GNU ld's rules: strong definition > common >
// weak definition, commons merge to the largest size and alignment, and
// small commons go to .sbss.
func TestSymbolPrecedence(t *testing.T) {
	// Offsets are 4 or 8 so dataObject puts them in .data (0 would look
	// undefined to it).
	tests := []struct {
		name     string
		objs     []*object.File
		want     string // "object.section" of the winner
		size     uint32
		wantAddr func(im *Image) uint32
	}{
		{"weak then strong", []*object.File{dataObject(defined("x", 4, object.Weak)), dataObject(defined("x", 8, object.Global))}, ".data", 4,
			func(im *Image) uint32 { return sectionAddr(im, ".data") + 16 + 8 }},
		{"strong then weak", []*object.File{dataObject(defined("x", 4, object.Global)), dataObject(defined("x", 8, object.Weak))}, ".data", 4,
			func(im *Image) uint32 { return sectionAddr(im, ".data") + 4 }},
		{"weak then weak", []*object.File{dataObject(defined("x", 4, object.Weak)), dataObject(defined("x", 8, object.Weak))}, ".data", 4,
			func(im *Image) uint32 { return sectionAddr(im, ".data") + 4 }},
		{"common then strong", []*object.File{dataObject(common("x", 64, 8)), dataObject(defined("x", 8, object.Global))}, ".data", 4,
			func(im *Image) uint32 { return sectionAddr(im, ".data") + 16 + 8 }},
		{"weak then common", []*object.File{dataObject(defined("x", 4, object.Weak)), dataObject(common("x", 64, 8))}, ".bss", 64,
			func(im *Image) uint32 { return sectionAddr(im, ".bss") }},
		{"commons merge", []*object.File{dataObject(common("x", 4, 4)), dataObject(common("x", 32, 16)), dataObject(common("x", 16, 32))}, ".bss", 32,
			func(im *Image) uint32 { return sectionAddr(im, ".bss") }},
		{"small common", []*object.File{dataObject(common("x", 8, 8))}, ".sbss", 8,
			func(im *Image) uint32 { return sectionAddr(im, ".sbss") }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			im, err := Link(append([]*object.File{startObject()}, tt.objs...), nil, LinkOptions{})
			if err != nil {
				t.Fatal(err)
			}
			x, ok := im.Lookup("x")
			if !ok {
				t.Fatal("x not in the image")
			}
			if x.Section != tt.want || x.Size != tt.size || x.Addr != tt.wantAddr(im) {
				t.Errorf("x = %+v, want section %s size %d addr %#x", x, tt.want, tt.size, tt.wantAddr(im))
			}
		})
	}
}

func sectionAddr(im *Image, name string) uint32 {
	for _, s := range im.Sections {
		if s.Name == name {
			return s.Addr
		}
	}
	return 0
}

func TestLinkErrors(t *testing.T) {
	call := func(name string, off uint32) func(*object.Section) []object.Reloc {
		return func(*object.Section) []object.Reloc {
			return []object.Reloc{{Offset: off, Type: object.R_MIPS_26, Symbol: ext(name)}}
		}
	}
	tests := []struct {
		name  string
		objs  []*object.File
		names []string
		opt   LinkOptions
		want  string
		is    error
	}{
		{"undefined", []*object.File{relocObject([4]uint32{}, call("foo", 4))}, []string{"a.o"}, LinkOptions{},
			"a.o: (.text+0x4): undefined reference to `foo'", ErrUndefined},
		{"undefined twice", []*object.File{relocObject([4]uint32{}, call("foo", 4)), dataObject(), withoutStart(relocObject([4]uint32{}, call("bar", 8)))},
			[]string{"a.o", "b.o", "c.o"}, LinkOptions{},
			"a.o: (.text+0x4): undefined reference to `foo'\nc.o: (.text+0x8): undefined reference to `bar'", ErrUndefined},
		{"weak and strong reference", []*object.File{relocObject([4]uint32{}, func(*object.Section) []object.Reloc {
			return []object.Reloc{{Offset: 0, Type: object.R_MIPS_32, Symbol: &object.Symbol{Name: "foo", Bind: object.Weak}}}
		}), dataObject(ext("foo"))}, []string{"a.o", "b.o"}, LinkOptions{},
			"a.o: (.text+0x0): undefined reference to `foo'", ErrUndefined},
		{"duplicate", []*object.File{startObject(), dataObject(defined("foo", 4, object.Global)), dataObject(defined("foo", 8, object.Global))},
			[]string{"start.o", "a.o", "b.o"}, LinkOptions{},
			"b.o: (.data+0x8): multiple definition of `foo'; a.o: (.data+0x4): first defined here", ErrMultipleDefinition},
		{"duplicate absolute", []*object.File{startObject(), absObject("foo", 1), absObject("foo", 2)},
			[]string{"start.o", "a.o", "b.o"}, LinkOptions{},
			"b.o: (*ABS*+0x2): multiple definition of `foo'; a.o: (*ABS*+0x1): first defined here", ErrMultipleDefinition},
		{"no entry", []*object.File{dataObject(defined("foo", 4, object.Global))}, nil, LinkOptions{},
			"link: entry symbol __start not defined", nil},
		{"no entry main", []*object.File{startObject()}, nil, LinkOptions{Entry: "main"},
			"link: entry symbol main not defined", nil},
		{"text address", []*object.File{startObject()}, nil, LinkOptions{TextAddress: 0x401000},
			"link: text address 0x401000 is not a multiple of the 64 KiB maximum page size", nil},
		{"no objects", nil, nil, LinkOptions{}, "link: no input objects", nil},
		{"names", []*object.File{startObject()}, []string{"a.o", "b.o"}, LinkOptions{}, "link: 1 objects but 2 names", nil},
		{"n64", []*object.File{{Flags: 0x60000020}}, []string{"n32.o"}, LinkOptions{},
			"link: n32.o: e_flags 0x60000020: not an o32 object: unsupported", ErrUnsupported},
		{"alignment", []*object.File{{Sections: []*object.Section{{Name: ".data", Type: uint32(elf.SHT_PROGBITS), Flags: uint32(elf.SHF_ALLOC), Align: 0x20000}}}},
			[]string{"big.o"}, LinkOptions{},
			"link: big.o: section .data: alignment 0x20000 is larger than 0x10000: unsupported", ErrUnsupported},
		{"too big", []*object.File{startObject(), {Sections: []*object.Section{{Name: ".data", Type: uint32(elf.SHT_NOBITS), Flags: uint32(elf.SHF_ALLOC | elf.SHF_WRITE), Size: 0x20000000},
			{Name: ".sdata", Type: uint32(elf.SHT_PROGBITS), Flags: uint32(elf.SHF_ALLOC | elf.SHF_WRITE), Data: []byte{1}, Size: 1}}}},
			nil, LinkOptions{}, "link: image is 0x20000091 bytes, more than the 0x10000000 Link builds: unsupported", ErrUnsupported},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Link(tt.objs, tt.names, tt.opt)
			if err == nil || err.Error() != tt.want {
				t.Fatalf("error:\n got %v\nwant %s", err, tt.want)
			}
			if tt.is != nil && !errors.Is(err, tt.is) {
				t.Errorf("error is not %v", tt.is)
			}
		})
	}
}

// TestLinkErrorsReal links GNU-built objects into failures.
func TestLinkErrorsReal(t *testing.T) {
	_, err := Link(parseObjects(t, "start.o"), []string{"start.o"}, LinkOptions{})
	lines := strings.Split(errString(err), "\n")
	want := []string{
		"start.o: (.text+0xc): undefined reference to `counter'",
		"start.o: (.text+0x8): undefined reference to `counter'",
		"start.o: (.text+0x10): undefined reference to `counter'",
		"start.o: (.text+0x14): undefined reference to `table'",
	}
	if len(lines) != maxErrors+1 || strings.Join(lines[:4], "\n") != strings.Join(want, "\n") || lines[maxErrors] != "12 more errors" {
		t.Errorf("error:\n%v\nwant %d lines starting\n%s\nand ending \"12 more errors\"", err, maxErrors+1, strings.Join(want, "\n"))
	}
	if !errors.Is(err, ErrUndefined) {
		t.Errorf("error is not ErrUndefined")
	}

	_, err = Link(parseObjects(t, "start.o", "lib.o", "lib2.o", "lib.o"), []string{"start.o", "lib.o", "lib2.o", "lib-again.o"}, LinkOptions{})
	wantDup := "lib-again.o: (.text+0x0): multiple definition of `lib_func'; lib.o: (.text+0x0): first defined here\n" +
		"lib-again.o: (.text+0x14): multiple definition of `lib_func2'; lib.o: (.text+0x14): first defined here\n" +
		"lib-again.o: (.data+0x0): multiple definition of `counter'; lib.o: (.data+0x0): first defined here\n" +
		"lib-again.o: (.sdata+0x0): multiple definition of `small_var'; lib.o: (.sdata+0x0): first defined here\n" +
		"lib-again.o: (.bss+0x0): multiple definition of `table'; lib.o: (.bss+0x0): first defined here"
	if errString(err) != wantDup {
		t.Errorf("error:\n%v\nwant\n%s", err, wantDup)
	}
}

func errString(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

func TestLinkBytesErrors(t *testing.T) {
	good := readTestdata(t, "lib2.o")
	tests := []struct {
		name string
		objs [][]byte
		want string
	}{
		{"garbage", [][]byte{good, []byte("#!/bin/sh\necho this is a shell script, not an object file\n")},
			"link: junk.o: object: malformed ELF object: bad magic 23 21 2f 62 at offset 0"},
		{"truncated", [][]byte{good, good[:40]},
			"link: junk.o: object: malformed ELF object: file is 40 bytes, shorter than the 52-byte ELF header"},
		{"truncated section headers", [][]byte{good, good[:len(good)-1]},
			"link: junk.o: object: malformed ELF object: section header table [0x188, 0x340) extends past end of file (0x33f bytes)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := LinkBytes(tt.objs, []string{"lib2.o", "junk.o"}, LinkOptions{})
			if err == nil || err.Error() != tt.want {
				t.Errorf("error:\n got %v\nwant %s", err, tt.want)
			}
			if !errors.Is(err, object.ErrMalformed) {
				t.Errorf("error is not object.ErrMalformed")
			}
		})
	}
}

// TestLinkerSymbols checks the symbols ld's script defines: PROVIDEd ones
// only when referenced, and an input's own definition wins.
func TestLinkerSymbols(t *testing.T) {
	a := relocObject([4]uint32{}, func(*object.Section) []object.Reloc {
		return []object.Reloc{{Offset: 0, Type: object.R_MIPS_32, Symbol: ext("end")}}
	})
	im, err := Link([]*object.File{a, dataObject(defined("_end", 4, object.Global))}, nil, LinkOptions{})
	if err != nil {
		t.Fatal(err)
	}
	end, _ := im.Lookup("end")
	bssEnd, _ := im.Lookup("_end")
	if _, ok := im.Lookup("etext"); ok {
		t.Errorf("etext defined though nothing references it")
	}
	// The object's _end is .data+4; "end" is the linker's end of image.
	if data := sectionAddr(im, ".data"); bssEnd.Addr != data+4 || end.Addr != data+16 {
		t.Errorf("_end = %#x, end = %#x; want %#x and %#x", bssEnd.Addr, end.Addr, data+4, data+16)
	}
	// __start's R_MIPS_32 holds the linker's "end".
	text := sectionAddr(im, ".text")
	if got := le.Uint32(im.Segments[0].Data[text-DefaultTextAddress:]); got != end.Addr {
		t.Errorf("R_MIPS_32 against end = %#x, want %#x", got, end.Addr)
	}
}

func TestEntry(t *testing.T) {
	im := link(t, LinkOptions{Entry: "main"}, "crt0.o", "prog.o")
	if main, _ := im.Lookup("main"); im.Entry != main.Addr || main.Addr != 0x4000a0 {
		t.Errorf("entry %#x, main at %#x; want both 0x4000a0", im.Entry, main.Addr)
	}
	pdr := &object.Section{Name: ".pdr", Type: uint32(elf.SHT_PROGBITS), Data: make([]byte, 4), Size: 4}
	f := &object.File{Sections: []*object.Section{pdr}, Symbols: []*object.Symbol{{Name: "__start", Section: pdr, Bind: object.Global}}}
	_, err := Link([]*object.File{f}, []string{"pdr.o"}, LinkOptions{})
	if want := "link: entry symbol __start is in pdr.o's section .pdr, which is not loaded"; err == nil || err.Error() != want {
		t.Errorf("error %v, want %s", err, want)
	}
}
