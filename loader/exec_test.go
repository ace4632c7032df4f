package loader

import (
	"bytes"
	"debug/elf"
	"testing"

	"github.com/google/go-cmp/cmp"

	"graftlab/loader/object"
)

// TestImageSegmentsMatchELF checks that the Image's segments are exactly
// what a loader reads through the program headers of Image.ELF, headers
// included, and that the ELF's symbols are the Image's.
func TestImageSegmentsMatchELF(t *testing.T) {
	for _, tc := range gnuLinks {
		t.Run(tc.golden, func(t *testing.T) {
			im := link(t, LinkOptions{}, tc.objs...)
			b, err := im.ELF()
			if err != nil {
				t.Fatal(err)
			}
			ef, err := elf.NewFile(bytes.NewReader(b))
			if err != nil {
				t.Fatal(err)
			}
			var loads []Segment
			for _, p := range ef.Progs {
				if p.Type != elf.PT_LOAD {
					continue
				}
				data := make([]byte, p.Filesz)
				if _, err := p.ReadAt(data, 0); err != nil {
					t.Fatal(err)
				}
				loads = append(loads, Segment{Addr: uint32(p.Vaddr), Offset: uint32(p.Off), Data: data, MemSize: uint32(p.Memsz), Flags: uint32(p.Flags)})
			}
			if diff := cmp.Diff(im.Segments, loads); diff != "" {
				t.Errorf("segments (-Image +ELF):\n%s", diff)
			}
			if uint32(ef.Entry) != im.Entry || ef.Type != elf.ET_EXEC || ef.Machine != elf.EM_MIPS {
				t.Errorf("header: entry %#x type %v machine %v", ef.Entry, ef.Type, ef.Machine)
			}
			syms, err := ef.Symbols()
			if err != nil {
				t.Fatal(err)
			}
			if len(syms) != len(im.Symbols) {
				t.Fatalf("%d ELF symbols, %d image symbols", len(syms), len(im.Symbols))
			}
			for _, s := range syms {
				is, ok := im.Lookup(s.Name)
				if !ok || uint64(is.Addr) != s.Value || uint64(is.Size) != s.Size {
					t.Errorf("ELF symbol %s = %#x size %d; image has %+v", s.Name, s.Value, s.Size, is)
				}
			}
		})
	}
}

func TestImageLookup(t *testing.T) {
	im := link(t, LinkOptions{}, "start.o", "lib.o", "lib2.o")
	for _, tc := range []struct {
		name string
		want ImageSymbol
	}{
		{"__start", ImageSymbol{Name: "__start", Addr: 0x400080, Size: 0xd4, Type: object.SymFunc, Bind: object.Global, Section: ".text"}},
		{"local_helper", ImageSymbol{Name: "local_helper", Addr: 0x400154, Size: 8, Type: object.SymFunc, Bind: object.Local, Section: ".text"}},
		{"overridden", ImageSymbol{Name: "overridden", Addr: 0x4101d0, Size: 4, Type: object.SymObject, Bind: object.Global, Section: ".data"}},
		{"cbuf", ImageSymbol{Name: "cbuf", Addr: 0x430210, Size: 64, Type: object.SymObject, Bind: object.Global, Section: ".bss"}},
		{"csmall", ImageSymbol{Name: "csmall", Addr: 0x4101ec, Size: 4, Type: object.SymObject, Bind: object.Global, Section: ".sbss"}},
		{"_gp", ImageSymbol{Name: "_gp", Addr: 0x4181d0, Bind: object.Local, Section: ".bss"}},
	} {
		got, ok := im.Lookup(tc.name)
		if !ok || got != tc.want {
			t.Errorf("Lookup(%s) = %+v, %v; want %+v", tc.name, got, ok, tc.want)
		}
	}
	if _, ok := im.Lookup("weak_missing"); ok {
		t.Errorf("weak undefined symbol is in the image")
	}
	if im.Entry != 0x400080 || im.Flags != 0x50001001 || im.StackFlags != 0 {
		t.Errorf("entry %#x flags %#x stack %#x", im.Entry, im.Flags, im.StackFlags)
	}
}

func TestELFErrors(t *testing.T) {
	for _, tc := range []struct {
		im   Image
		want string
	}{
		{Image{}, "elf: the first segment must start at file offset 0 with room for 52 bytes of headers"},
		{Image{Segments: []Segment{{Addr: 0x400000, Data: make([]byte, 200), MemSize: 200}, {Addr: 0x410032, Offset: 50, MemSize: 4}}},
			"elf: segment 1 at file offset 0x32 overlaps the one before"},
		{Image{Segments: []Segment{{Addr: 0x400000, Data: make([]byte, 100), MemSize: 10}}},
			"elf: segment 0: file size 0x64, memory size 0xa, offset 0x0 and address 0x400000 are inconsistent"},
		{Image{Segments: []Segment{{Addr: 0x400000, Data: make([]byte, 100), MemSize: 100}}, Sections: []OutputSection{{Name: ".data", Addr: 0x500000}}},
			"elf: section .data at 0x500000 is in no segment"},
	} {
		if _, err := tc.im.ELF(); err == nil || err.Error() != tc.want {
			t.Errorf("ELF() error %v, want %s", err, tc.want)
		}
	}
}
