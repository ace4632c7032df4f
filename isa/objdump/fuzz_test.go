package objdump

import (
	"encoding/binary"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// listAll lists data every way there is; it must not panic.
func listAll(t *testing.T, data []byte, base, start, stop uint32) {
	if f, err := Open("fuzz.o", data); err == nil {
		for _, opts := range []Options{
			{Format: FormatObjdump},
			{Format: FormatGraftlab},
			{Format: FormatObjdump, Start: start, Stop: stop, NoAliases: true},
			{Format: FormatGraftlab, Start: start, Stop: stop},
		} {
			if err := f.Write(io.Discard, opts); err != nil {
				t.Fatalf("Write(%+v): %v", opts, err)
			}
		}
	}
	if f, err := NewRaw("fuzz.bin", data, base); err == nil {
		if err := f.Write(io.Discard, Options{Format: FormatObjdump}); err != nil {
			t.Fatal(err)
		}
		if err := f.Write(io.Discard, Options{Start: start, Stop: stop}); err != nil {
			t.Fatal(err)
		}
	}
}

func readForms(t testing.TB) []byte {
	data, err := os.ReadFile(filepath.Join("testdata", "forms.o"))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestMalformed damages forms.o in the ways that have made ELF readers
// panic or allocate without bound; each must give an error or a listing.
func TestMalformed(t *testing.T) {
	good := readForms(t)
	le := binary.LittleEndian
	shoff := le.Uint32(good[32:])
	shnum := int(le.Uint16(good[48:]))
	sh := func(i, field int) int { return int(shoff) + 40*i + field }
	sectionOf := func(typ uint32) int {
		for i := range shnum {
			if le.Uint32(good[sh(i, 4):]) == typ {
				return i
			}
		}
		t.Fatalf("forms.o has no section of type %d", typ)
		return 0
	}
	symtab := sectionOf(2)
	strtab := int(le.Uint32(good[sh(symtab, 24):]))
	put32 := func(off int, v uint32) func([]byte) { return func(d []byte) { le.PutUint32(d[off:], v) } }
	put16 := func(off int, v uint16) func([]byte) { return func(d []byte) { le.PutUint16(d[off:], v) } }
	for _, c := range []struct {
		name   string
		damage func([]byte)
		err    string // a part of the error, or "" when a listing is fine
	}{
		{"ELF32", func(d []byte) { d[4] = 2 }, "want ELFCLASS32"},
		{"big-endian", func(d []byte) { d[5] = 2 }, "want little-endian"},
		{"machine", put16(18, 3), "want MIPS"},
		{"shared object", put16(16, 3), "want a relocatable object or an executable"},
		{"shoff past the end", put32(32, 0xfffffff0), "section header table outside the file"},
		{"shnum", put16(48, 0xffff), "section header table outside the file"},
		{"shentsize", put16(46, 32), "section header table outside the file"},
		{"shstrndx", put16(50, 0xfff0), "section name table index"},
		{"extended numbering", put16(48, 0), "extended section numbering"},
		{"phnum", put16(44, 100), "program header table outside the file"},
		{"section offset", put32(sh(1, 16), 0xffffff00), "outside the file"},
		{"section size", put32(sh(1, 20), 0x7fffffff), "outside the file"},
		{"shstrtab nobits", put32(sh(int(le.Uint16(good[50:])), 4), 8), "section name table not stored"},
		{"symtab entsize", put32(sh(symtab, 36), 20), "symbol table entry size"},
		{"symtab link", put32(sh(symtab, 24), 0xffff), "string table link"},
		{"strtab nobits", func(d []byte) { put32(sh(strtab, 4), 8)(d); put32(sh(strtab, 20), 0xffffffff)(d) }, "not stored in the file"},
		{"symtab nobits", func(d []byte) { put32(sh(symtab, 4), 8)(d); put32(sh(symtab, 20), 0xfffffff0)(d) }, ""},
		{"symtab size", put32(sh(symtab, 20), 17), "symbol"},
		{"section name", put32(sh(1, 0), 0xffffff), "bad section name"},
		{"symbol section", func(d []byte) {
			off := int(le.Uint32(d[sh(symtab, 16):]))
			for i := 1; i*16+16 <= int(le.Uint32(d[sh(symtab, 20):])); i++ {
				le.PutUint16(d[off+16*i+14:], uint16(0xff00+i)) // every st_shndx special
			}
		}, ""},
		{"text address", put32(sh(1, 12), 0xfffffff0), ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := append([]byte(nil), good...)
			c.damage(d)
			f, err := Open("bad.o", d)
			switch {
			case err != nil && c.err == "":
				t.Fatalf("Open: %v", err)
			case err == nil && c.err != "":
				t.Fatalf("Open accepted it; want an error with %q", c.err)
			case err != nil && (!strings.Contains(err.Error(), c.err) || !strings.HasPrefix(err.Error(), "bad.o: ")):
				t.Fatalf("Open: %v; want bad.o: ...%s...", err, c.err)
			}
			if f != nil {
				listAll(t, d, 0, 0, 0)
			}
		})
	}
	for n := range len(good) {
		if f, err := Open("short.o", good[:n]); err == nil {
			t.Fatalf("Open accepted %d of %d bytes: %d sections", n, len(good), len(f.Sections))
		}
	}
}

// FuzzListing lists arbitrary bytes as an ELF file and as a raw binary. The
// seeds in testdata/fuzz/FuzzListing are small GNU as and ld outputs.
func FuzzListing(f *testing.F) {
	f.Add([]byte{0x01, 0x00, 0x00, 0x10, 0, 0, 0, 0, 0x21}, uint32(0xfffffff0), uint32(4), uint32(0))
	f.Fuzz(func(t *testing.T, data []byte, base, start, stop uint32) {
		listAll(t, data, base, start, stop)
	})
}
