package loader

import (
	"bytes"
	"debug/elf"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// progsDir holds the gcc-built test programs that user mode runs.
const progsDir = "../testdata/progs"

func readFile(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestParseExecutableMatchesDebugELF checks the segments and symbols of
// GNU-linked executables against what debug/elf reads.
func TestParseExecutableMatchesDebugELF(t *testing.T) {
	paths := []string{"testdata/prog.gnu.elf", "testdata/start.gnu.elf", progsDir + "/hello.elf", progsDir + "/muldiv.elf"}
	for _, path := range paths {
		t.Run(filepath.Base(path), func(t *testing.T) {
			data := readFile(t, path)
			x, err := ParseExecutable(data)
			if err != nil {
				t.Fatal(err)
			}
			f, err := elf.NewFile(bytes.NewReader(data))
			if err != nil {
				t.Fatal(err)
			}
			var want []ExecSegment
			for _, p := range f.Progs {
				if p.Type != elf.PT_LOAD {
					continue
				}
				var d []byte // nil for a segment with no file bytes
				if p.Filesz > 0 {
					d = make([]byte, p.Filesz)
					if _, err := p.ReadAt(d, 0); err != nil {
						t.Fatal(err)
					}
				}
				want = append(want, ExecSegment{Addr: uint32(p.Vaddr), MemSize: uint32(p.Memsz), FileSize: uint32(p.Filesz),
					Offset: uint32(p.Off), Flags: p.Flags, Data: d})
			}
			if diff := cmp.Diff(want, x.Segments); diff != "" {
				t.Errorf("segments (-debug/elf +ParseExecutable):\n%s", diff)
			}
			if x.Entry != uint32(f.Entry) || x.PhdrCount != len(f.Progs) || x.PhdrAddr != want[0].Addr+ehdrSize {
				t.Errorf("entry %#x phdr %#x count %d", x.Entry, x.PhdrAddr, x.PhdrCount)
			}
			syms, _ := f.Symbols()
			for _, s := range syms {
				if elf.ST_TYPE(s.Info) != elf.STT_FUNC {
					continue
				}
				got, ok := x.Lookup(s.Name)
				if !ok || got.Value != uint32(s.Value) || got.Size != uint32(s.Size) {
					t.Errorf("Lookup(%s) = %+v, %v; want value %#x size %#x", s.Name, got, ok, s.Value, s.Size)
				}
			}
		})
	}
}

func TestSymbolize(t *testing.T) {
	x, err := ParseExecutable(readFile(t, progsDir+"/hello.elf"))
	if err != nil {
		t.Fatal(err)
	}
	sym := func(name string) ExecSymbol {
		s, ok := x.Lookup(name)
		if !ok {
			t.Fatalf("no symbol %s", name)
		}
		return s
	}
	main, start, outbuf := sym("main"), sym("__start"), sym("outbuf")
	tests := []struct {
		addr uint32
		name string
		base uint32
		ok   bool
	}{
		{main.Value, "main", main.Value, true},
		{main.Value + main.Size - 4, "main", main.Value, true},
		{start.Value + 8, "__start", start.Value, true},
		{outbuf.Value + 0x1ff, "outbuf", outbuf.Value, true},
		{outbuf.Value + 0x200, "", 0, false}, // past the last object, in no symbol
		{0x00400000, "", 0, false},
		{0x7fff0000, "", 0, false},
		{0, "", 0, false},
	}
	for _, tc := range tests {
		name, base, ok := x.Symbolize(tc.addr)
		if name != tc.name || base != tc.base || ok != tc.ok {
			t.Errorf("Symbolize(%#x) = %q, %#x, %v; want %q, %#x, %v", tc.addr, name, base, ok, tc.name, tc.base, tc.ok)
		}
	}
}

// patch returns a copy of b with v written little-endian at off.
func patch(b []byte, off int, v ...uint32) []byte {
	c := bytes.Clone(b)
	for i, w := range v {
		le.PutUint32(c[off+4*i:], w)
	}
	return c
}

func patchByte(b []byte, off int, v byte) []byte {
	c := bytes.Clone(b)
	c[off] = v
	return c
}

// phdr returns the file offset of program header i of hello.elf.
func phdr(i int) int { return ehdrSize + i*phdrSize }

// The program headers of hello.elf, by index.
const (
	helloABIFlags = 0
	helloText     = 2 // PT_LOAD at 0x400000
	helloData     = 3 // PT_LOAD at 0x410af0
	helloNote     = 4
)

// malformedExecutables derives broken files from hello.elf, each with the
// text its error must contain.
func malformedExecutables(t testing.TB) []struct {
	name string
	data []byte
	want string
} {
	hello := readFile(t, progsDir+"/hello.elf")
	if le.Uint32(hello[phdr(helloText):]) != uint32(elf.PT_LOAD) || le.Uint32(hello[phdr(helloData):]) != uint32(elf.PT_LOAD) {
		t.Fatal("hello.elf's program headers moved: update the constants above")
	}
	// Program header fields: type, offset, vaddr, paddr, filesz, memsz, flags, align.
	field := func(i, f int) int { return phdr(i) + 4*f }
	return []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "not an ELF file"},
		{"text", []byte("#!/bin/sh\necho hello\n"), "not an ELF file"},
		{"truncated header", hello[:40], "not an ELF file"},
		{"truncated", hello[:300], "executable:"},
		{"64-bit", patchByte(hello, int(elf.EI_CLASS), byte(elf.ELFCLASS64)), "ELFCLASS64 file, want ELFCLASS32"},
		{"big-endian", patchByte(hello, int(elf.EI_DATA), byte(elf.ELFDATA2MSB)), "ELFDATA2MSB file, want little-endian"},
		{"x86", patch(hello, 16, uint32(elf.ET_EXEC)|uint32(elf.EM_386)<<16), "machine EM_386, want EM_MIPS"},
		{"relocatable", patch(hello, 16, uint32(elf.ET_REL)|uint32(elf.EM_MIPS)<<16), "file type ET_REL, want an executable"},
		{"shared object", patch(hello, 16, uint32(elf.ET_DYN)|uint32(elf.EM_MIPS)<<16), "(ET_DYN) are not supported"},
		{"interpreter", patch(hello, phdr(helloNote), uint32(elf.PT_INTERP)), "dynamically linked executables are not supported"},
		{"dynamic", patch(hello, phdr(helloABIFlags), uint32(elf.PT_DYNAMIC)), "dynamically linked executables are not supported"},
		{"outside the file", patch(hello, field(helloText, 4), 0x100000, 0x100000), "lie outside the"},
		{"offset outside the file", patch(hello, field(helloText, 1), 0xfffff000), "lie outside the"},
		{"offset and address differ in the page", patch(hello, field(helloText, 1), 0x10), "differ within a 4096-byte page"},
		{"file size exceeds memory size", patch(hello, field(helloData, 4), 0x10, 0x8), "exceeds memory size"},
		{"overlap", patch(hello, field(helloData, 2), 0x400800), "overlap"},
		{"wraps", patch(hello, field(helloData, 2), 0xffffff00), "wraps around"},
		{"huge", patch(hello, field(helloData, 5), 0x20000000), "more than 256 MiB"},
		{"no load", patch(patch(hello, phdr(helloText), uint32(elf.PT_NULL)), phdr(helloData), uint32(elf.PT_NULL)), "no loadable segment"},
	}
}

func TestParseExecutableErrors(t *testing.T) {
	for _, tc := range malformedExecutables(t) {
		t.Run(tc.name, func(t *testing.T) {
			x, err := ParseExecutable(tc.data)
			if err == nil {
				t.Fatalf("parsed: %+v", x)
			}
			if !bytes.Contains([]byte(err.Error()), []byte(tc.want)) {
				t.Errorf("error %q does not say %q", err, tc.want)
			}
			if !errors.Is(err, ErrNotExecutable) && !errors.Is(err, ErrUnsupported) {
				t.Errorf("error %q wraps neither ErrNotExecutable nor ErrUnsupported", err)
			}
		})
	}
}

// FuzzParseExecutable checks that ParseExecutable never panics and that
// what it accepts keeps its promises: segments sorted, disjoint, within
// bounds and limits, every sized symbol found by Symbolize at its own address.
// The seeds are the test programs and their malformed variants.
func FuzzParseExecutable(f *testing.F) {
	paths, _ := filepath.Glob(filepath.Join(progsDir, "*.elf"))
	paths = append(paths, "testdata/prog.gnu.elf", "testdata/start.gnu.elf")
	for _, p := range paths {
		f.Add(readFile(f, p))
	}
	for _, tc := range malformedExecutables(f) {
		f.Add(tc.data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		x, err := ParseExecutable(data)
		if err != nil {
			if x != nil {
				t.Fatal("an error and an executable")
			}
			return
		}
		var total uint64
		for i, s := range x.Segments {
			if uint32(len(s.Data)) != s.FileSize || s.FileSize > s.MemSize || s.MemSize == 0 || s.End() > 1<<32 {
				t.Fatalf("segment %d: %+v", i, s)
			}
			if i > 0 && x.Segments[i-1].End() > uint64(s.Addr) {
				t.Fatalf("segments %d and %d overlap", i-1, i)
			}
			total += uint64(s.MemSize)
		}
		if total > MaxExecutableMemory || len(x.Segments) > MaxExecutableSegments {
			t.Fatalf("limits: %d bytes in %d segments", total, len(x.Segments))
		}
		for _, s := range x.Symbols {
			if s.Size == 0 {
				continue
			}
			if _, base, ok := x.Symbolize(s.Value); !ok || base != s.Value {
				t.Fatalf("Symbolize(%#x) = %#x, %v for %+v", s.Value, base, ok, s)
			}
		}
		x.Symbolize(x.Entry)
		x.Lookup("main")
	})
}
