package object

import (
	"bytes"
	"debug/elf"
	"encoding/binary"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// goldenStart is Parse's view of start.o, checked line by line against
// `mipsel-linux-gnu-readelf -Ssr start.o`.
const goldenStart = `section .text type=0x1 flags=0x6 align=16 size=0xe0 entsize=0
section .data type=0x1 flags=0x3 align=16 size=0x20 entsize=0
section .bss type=0x8 flags=0x3 align=16 size=0x20 entsize=0
section .reginfo type=0x70000006 flags=0x2 align=4 size=0x18 entsize=24
section .MIPS.abiflags type=0x7000002a flags=0x2 align=8 size=0x18 entsize=24
section .pdr type=0x1 flags=0x0 align=4 size=0x20 entsize=0
section .sdata type=0x1 flags=0x10000003 align=4 size=0x8 entsize=0
section .rodata type=0x1 flags=0x2 align=1 size=0x9 entsize=0
section .gnu.attributes type=0x6ffffff5 flags=0x0 align=1 size=0x10 entsize=0
symbol local_helper .text value=0xd4 size=8 local func
symbol local_small .sdata value=0x0 size=0 local notype
symbol lbuf .bss value=0x0 size=24 local object
symbol message .rodata value=0x0 size=0 local notype
symbol __start .text value=0x0 size=212 global func
symbol _gp UND value=0x0 size=0 global notype
symbol counter UND value=0x0 size=0 global notype
symbol table UND value=0x0 size=0 global notype
symbol lib_func UND value=0x0 size=0 global notype
symbol lib_func2 UND value=0x0 size=0 global notype
symbol small_var UND value=0x0 size=0 global notype
symbol csmall COM value=0x4 size=4 global object
symbol weak_missing UND value=0x0 size=0 weak notype
symbol cbuf COM value=0x8 size=32 global object
symbol overridden UND value=0x0 size=0 global notype
symbol pointers .data value=0x0 size=24 global object
reloc .text+0x0 R_MIPS_HI16 _gp
reloc .text+0x4 R_MIPS_LO16 _gp
reloc .text+0xc R_MIPS_HI16 counter
reloc .text+0x8 R_MIPS_HI16 counter
reloc .text+0x10 R_MIPS_LO16 counter
reloc .text+0x14 R_MIPS_HI16 table
reloc .text+0x18 R_MIPS_LO16 table
reloc .text+0x1c R_MIPS_LO16 counter
reloc .text+0x20 R_MIPS_26 lib_func
reloc .text+0x28 R_MIPS_26 lib_func
reloc .text+0x30 R_MIPS_26 .text
reloc .text+0x38 R_MIPS_26 lib_func2
reloc .text+0x40 R_MIPS_PC16 lib_func2
reloc .text+0x48 R_MIPS_PC16 lib_func
reloc .text+0x50 R_MIPS_GPREL16 small_var
reloc .text+0x54 R_MIPS_GPREL16 .sdata
reloc .text+0x58 R_MIPS_GPREL16 csmall
reloc .text+0x5c R_MIPS_HI16 weak_missing
reloc .text+0x60 R_MIPS_LO16 weak_missing
reloc .text+0x64 R_MIPS_HI16 cbuf
reloc .text+0x68 R_MIPS_LO16 cbuf
reloc .text+0x6c R_MIPS_HI16 .bss
reloc .text+0x70 R_MIPS_LO16 .bss
reloc .text+0x74 R_MIPS_HI16 overridden
reloc .text+0x78 R_MIPS_LO16 overridden
reloc .text+0x7c R_MIPS_HI16 .rodata
reloc .text+0x80 R_MIPS_LO16 .rodata
reloc .text+0x84 R_MIPS_HI16 table
reloc .text+0x88 R_MIPS_LO16 table
reloc .text+0x8c R_MIPS_HI16 table
reloc .text+0x90 R_MIPS_LO16 table
reloc .text+0x94 R_MIPS_HI16 table
reloc .text+0x98 R_MIPS_LO16 table
reloc .text+0x9c R_MIPS_HI16 table
reloc .text+0xa0 R_MIPS_LO16 table
reloc .text+0xa4 R_MIPS_HI16 table
reloc .text+0xa8 R_MIPS_LO16 table
reloc .text+0xac R_MIPS_HI16 table
reloc .text+0xb0 R_MIPS_LO16 table
reloc .text+0xb4 R_MIPS_HI16 table
reloc .text+0xb8 R_MIPS_LO16 table
reloc .text+0xbc R_MIPS_HI16 table
reloc .text+0xc0 R_MIPS_LO16 table
reloc .text+0xc4 R_MIPS_HI16 table
reloc .text+0xc8 R_MIPS_LO16 table
reloc .data+0x0 R_MIPS_32 lib_func
reloc .data+0x4 R_MIPS_32 .text
reloc .data+0x8 R_MIPS_32 table
reloc .data+0xc R_MIPS_32 pointers
reloc .data+0x10 R_MIPS_32 counter
reloc .data+0x14 R_MIPS_32 .rodata
reloc .data+0x18 R_MIPS_GPREL32 small_var
reloc .pdr+0x0 R_MIPS_32 __start
`

func TestParseGolden(t *testing.T) {
	f, err := Parse(readObject(t, "start.o"))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(goldenStart, dump(f)); diff != "" {
		t.Errorf("Parse(start.o) (-want +got):\n%s", diff)
	}
	if f.Flags != 0x50001001 {
		t.Errorf("Flags %#x, want 0x50001001", f.Flags)
	}
	// Relocations against one section share one section symbol, which
	// points back at the section.
	text := f.Section(".text")
	if a, b := text.Relocs[10].Symbol, f.Section(".data").Relocs[1].Symbol; a != b || a.Section != text || a.Type != SymSection {
		t.Errorf("section symbols for .text: %p %p %+v", a, b, a)
	}
	if got, want := text.Data[0x30:0x34], []byte{0x35, 0, 0, 0x0c}; !bytes.Equal(got, want) {
		t.Errorf(".text+0x30 = % x, want % x (jal local_helper, addend in place)", got, want)
	}
}

// TestParseMatchesDebugELF compares Parse with the standard library's ELF
// reader on every committed object.
func TestParseMatchesDebugELF(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join(testdata, "*.o"))
	if len(paths) == 0 {
		t.Fatal("no objects in testdata")
	}
	for _, path := range paths {
		t.Run(filepath.Base(path), func(t *testing.T) {
			b := readObject(t, filepath.Base(path))
			f, err := Parse(b)
			if err != nil {
				t.Fatal(err)
			}
			want, err := debugELFDump(b)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, dump(f)); diff != "" {
				t.Errorf("(-debug/elf +Parse):\n%s", diff)
			}
			for _, s := range f.Sections {
				if s.Type != uint32(elf.SHT_NOBITS) && len(s.Data) != int(s.Size) {
					t.Errorf("section %s: %d bytes of data, Size %#x", s.Name, len(s.Data), s.Size)
				}
			}
		})
	}
}

// debugELFDump renders an object in dump's format using debug/elf.
func debugELFDump(b []byte) (string, error) {
	ef, err := elf.NewFile(bytes.NewReader(b))
	if err != nil {
		return "", err
	}
	syms, err := ef.Symbols()
	if err != nil {
		return "", err
	}
	strtab := -1
	for _, s := range ef.Sections {
		if s.Type == elf.SHT_SYMTAB {
			strtab = int(s.Link)
		}
	}
	var out strings.Builder
	for i, s := range ef.Sections {
		if i == 0 || i == strtab || s.Type == elf.SHT_SYMTAB || s.Type == elf.SHT_REL || s.Name == ".shstrtab" {
			continue
		}
		fmt.Fprintf(&out, "section %s type=%#x flags=%#x align=%d size=%#x entsize=%d\n", s.Name, uint32(s.Type), uint32(s.Flags), s.Addralign, s.Size, s.Entsize)
	}
	typ := map[elf.SymType]SymType{elf.STT_NOTYPE: SymNoType, elf.STT_OBJECT: SymObject, elf.STT_FUNC: SymFunc, elf.STT_FILE: SymFile}
	bind := map[elf.SymBind]Bind{elf.STB_LOCAL: Local, elf.STB_GLOBAL: Global, elf.STB_WEAK: Weak}
	for _, s := range syms {
		if elf.ST_TYPE(s.Info) == elf.STT_SECTION {
			continue
		}
		where := "UND"
		switch {
		case s.Section == elf.SHN_ABS:
			where = "ABS"
		case s.Section == elf.SHN_COMMON:
			where = "COM"
		case s.Section != elf.SHN_UNDEF:
			where = ef.Sections[s.Section].Name
		}
		fmt.Fprintf(&out, "symbol %s %s value=%#x size=%d %s %s\n", s.Name, where, s.Value, s.Size, bind[elf.ST_BIND(s.Info)], typ[elf.ST_TYPE(s.Info)])
	}
	// dump lists relocations in section order, not REL-section order.
	relocs := map[int][]string{}
	for _, s := range ef.Sections {
		if s.Type != elf.SHT_REL {
			continue
		}
		data, err := s.Data()
		if err != nil {
			return "", err
		}
		target := ef.Sections[s.Info]
		for k := 0; k+8 <= len(data); k += 8 {
			off, info := binary.LittleEndian.Uint32(data[k:]), binary.LittleEndian.Uint32(data[k+4:])
			name := "0"
			if si := info >> 8; si != 0 {
				sym := syms[si-1]
				name = sym.Name
				if elf.ST_TYPE(sym.Info) == elf.STT_SECTION {
					name = ef.Sections[sym.Section].Name
				}
			}
			relocs[int(s.Info)] = append(relocs[int(s.Info)], fmt.Sprintf("reloc %s+%#x %s %s\n", target.Name, off, RelocType(info), name))
		}
	}
	for i := range ef.Sections {
		out.WriteString(strings.Join(relocs[i], ""))
	}
	return out.String(), nil
}

// corrupt returns a copy of start.o with fn applied.
func corrupt(t *testing.T, fn func(b []byte, sh func(i int) []byte)) []byte {
	b := bytes.Clone(readObject(t, "start.o"))
	shoff := binary.LittleEndian.Uint32(b[32:])
	fn(b, func(i int) []byte { return b[int(shoff)+i*shdrSize:] })
	return b
}

func put32(b []byte, v uint32) { binary.LittleEndian.PutUint32(b, v) }

// Section indices in start.o (see goldenStart and readelf -S).
const (
	startText    = 1
	startRelText = 2
	startData    = 3
	startSymtab  = 13
)

func TestParseErrors(t *testing.T) {
	symtabOff := func(b []byte, sh func(int) []byte) uint32 { return binary.LittleEndian.Uint32(sh(startSymtab)[16:]) }
	tests := []struct {
		name  string
		input []byte
		want  string
		is    error
	}{
		{"empty", nil, "object: malformed ELF object: file is 0 bytes, shorter than the 52-byte ELF header", ErrMalformed},
		{"garbage", []byte(strings.Repeat("graftlab", 8)), "object: malformed ELF object: bad magic 67 72 61 66 at offset 0", ErrMalformed},
		{"elf64", corrupt(t, func(b []byte, _ func(int) []byte) { b[4] = 2 }),
			"object: unsupported ELF object: class ELFCLASS64 at offset 4, want ELFCLASS32", ErrUnsupported},
		{"big-endian", corrupt(t, func(b []byte, _ func(int) []byte) { b[5] = 2 }),
			"object: unsupported ELF object: data encoding ELFDATA2MSB at offset 5, want ELFDATA2LSB", ErrUnsupported},
		{"executable", corrupt(t, func(b []byte, _ func(int) []byte) { b[16] = 2 }),
			"object: unsupported ELF object: e_type ET_EXEC, want ET_REL", ErrUnsupported},
		{"x86", corrupt(t, func(b []byte, _ func(int) []byte) { b[18] = 3 }),
			"object: unsupported ELF object: e_machine EM_386, want EM_MIPS", ErrUnsupported},
		{"truncated", readObject(t, "start.o")[:0x600],
			"object: malformed ELF object: section header table [0x5fc, 0x87c) extends past end of file (0x600 bytes)", ErrMalformed},
		{"shstrndx", corrupt(t, func(b []byte, _ func(int) []byte) { b[50] = 99 }),
			"object: malformed ELF object: e_shstrndx 99 out of range (16 sections)", ErrMalformed},
		{"section past end", corrupt(t, func(b []byte, sh func(int) []byte) { put32(sh(startText)[20:], 0x10000) }),
			"object: malformed ELF object: section 1: contents [0x40, 0x10040) extend past end of file (0x87c bytes)", ErrMalformed},
		{"overlap", corrupt(t, func(b []byte, sh func(int) []byte) { put32(sh(startData)[16:], 0x80) }),
			"object: malformed ELF object: contents of sections 1 [0x40, 0x120) and 3 [0x80, 0xa0) overlap", ErrMalformed},
		{"section name", corrupt(t, func(b []byte, sh func(int) []byte) { put32(sh(startText), 0x7777) }),
			"object: malformed ELF object: section 1: name: offset 0x7777 outside table of 0x74 bytes in section-name table (section 15)", ErrMalformed},
		{"rela", corrupt(t, func(b []byte, sh func(int) []byte) { put32(sh(startRelText)[4:], uint32(elf.SHT_RELA)) }),
			"object: unsupported ELF object: section 2 \".rel.text\": SHT_RELA relocations (o32 uses SHT_REL)", ErrUnsupported},
		{"reloc symbol", corrupt(t, func(b []byte, sh func(int) []byte) {
			off := binary.LittleEndian.Uint32(sh(startRelText)[16:])
			put32(b[off+4:], 500<<8|uint32(R_MIPS_HI16))
		}), "object: malformed ELF object: relocation section 2 \".rel.text\": relocation 0: symbol index 500 out of range (26 symbols)", ErrMalformed},
		{"symbol section", corrupt(t, func(b []byte, sh func(int) []byte) {
			binary.LittleEndian.PutUint16(b[symtabOff(b, sh)+4*symSize+14:], 200)
		}), "object: malformed ELF object: symbol 4 \"local_helper\": section index 200 is not a content section", ErrMalformed},
		{"symbol binding", corrupt(t, func(b []byte, sh func(int) []byte) {
			b[symtabOff(b, sh)+14*symSize+12] = 10<<4 | 2
		}), "object: unsupported ELF object: symbol 14 \"__start\": binding STB_LOOS", ErrUnsupported},
		{"symbol name", corrupt(t, func(b []byte, sh func(int) []byte) {
			put32(b[symtabOff(b, sh)+14*symSize:], 0xffff)
		}), "object: malformed ELF object: symbol 14: name: offset 0xffff outside table of 0x8b bytes", ErrMalformed},
		{"symtab entsize", corrupt(t, func(b []byte, sh func(int) []byte) { put32(sh(startSymtab)[36:], 24) }),
			"object: malformed ELF object: symbol table (section 13): sh_entsize 24, want 16", ErrMalformed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := Parse(tt.input)
			if err == nil {
				t.Fatalf("Parse succeeded: %d sections", len(f.Sections))
			}
			if err.Error() != tt.want {
				t.Errorf("error:\n got %q\nwant %q", err, tt.want)
			}
			if !errors.Is(err, tt.is) {
				t.Errorf("error %v is not %v", err, tt.is)
			}
		})
	}
}

// TestParseTruncated parses every prefix of a real object: each must fail
// cleanly (the section header table is at the end, so no prefix is whole).
func TestParseTruncated(t *testing.T) {
	b := readObject(t, "prog.o")
	for n := range len(b) {
		if _, err := Parse(b[:n]); err == nil {
			t.Fatalf("Parse of the first %d of %d bytes succeeded", n, len(b))
		}
	}
}

func TestMarshalErrors(t *testing.T) {
	orphan := &Section{Name: ".orphan", Type: uint32(elf.SHT_PROGBITS)}
	text := &Section{Name: ".text", Type: uint32(elf.SHT_PROGBITS), Data: make([]byte, 4)}
	stray := &Symbol{Name: "stray", Bind: Global}
	tests := []struct {
		name string
		f    *File
		want string
	}{
		{"nobits data", &File{Sections: []*Section{{Name: ".bss", Type: uint32(elf.SHT_NOBITS), Data: []byte{1}}}},
			`object: marshal: section 0 ".bss": SHT_NOBITS section has 1 bytes of data`},
		{"size", &File{Sections: []*Section{{Name: ".text", Type: uint32(elf.SHT_PROGBITS), Data: []byte{1}, Size: 8}}},
			`object: marshal: section 0 ".text": Size 0x8 but 0x1 bytes of data`},
		{"align", &File{Sections: []*Section{{Name: ".text", Type: uint32(elf.SHT_PROGBITS), Align: 3}}},
			`object: marshal: section 0 ".text": alignment 0x3 is not a power of two`},
		{"rel type", &File{Sections: []*Section{{Name: ".rel.text", Type: uint32(elf.SHT_REL)}}},
			`object: marshal: section 0 ".rel.text": type SHT_REL cannot be a content section`},
		{"symbol section", &File{Sections: []*Section{text}, Symbols: []*Symbol{{Name: "x", Section: orphan}}},
			`object: marshal: symbol 0 "x": section ".orphan" is not in File.Sections`},
		{"abs and common", &File{Symbols: []*Symbol{{Name: "x", Abs: true, Common: true}}},
			`object: marshal: symbol 0 "x": more than one of Section, Abs and Common`},
		{"reloc symbol", &File{Sections: []*Section{{Name: ".text", Type: uint32(elf.SHT_PROGBITS), Data: make([]byte, 4),
			Relocs: []Reloc{{Type: R_MIPS_32, Symbol: stray}}}}},
			`object: marshal: section ".text": relocation 0: symbol "stray" is not in File.Symbols`},
		{"reloc section symbol", &File{Sections: []*Section{{Name: ".text", Type: uint32(elf.SHT_PROGBITS), Data: make([]byte, 4),
			Relocs: []Reloc{{Type: R_MIPS_32, Symbol: SectionSymbol(orphan)}}}}},
			`object: marshal: section ".text": relocation 0: section symbol ".orphan" for a section not in File.Sections`},
		{"duplicate section", &File{Sections: []*Section{text, text}},
			`object: marshal: section 1 ".text" is listed twice`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := tt.f.Marshal()
			if err == nil || err.Error() != tt.want {
				t.Errorf("error:\n got %v\nwant %s", err, tt.want)
			}
		})
	}
}
