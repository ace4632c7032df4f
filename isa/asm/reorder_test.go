package asm

import (
	"encoding/binary"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"graftlab/loader/object"
)

// relocList lists a section's relocations as "offset type symbol".
func relocList(f *object.File, name string) []string {
	var list []string
	for _, r := range f.Section(name).Relocs {
		sym := r.Symbol.Name
		if r.Symbol.Type == object.SymSection {
			sym = r.Symbol.Section.Name
		}
		list = append(list, fmt.Sprintf("%#x %s %s", r.Offset, r.Type, sym))
	}
	return list
}

// TestDelaySlotFilling checks reorder mode at each -O level against the
// words and relocations of mipsel-linux-gnu-as 2.40: -O0 and -O1 put a nop
// in every delay slot; -O2 moves the instruction before a jal into its slot
// (with its relocation) unless the jal reads or writes what it writes.
func TestDelaySlotFilling(t *testing.T) {
	src := "\taddiu $2,$2,1\n\tjal g\n\tlui $4,%hi(x)\n\tjal g\n\taddiu $4,$4,%lo(x)\n\tjr $31\n" +
		"\tmove $31,$4\n\tjal g\n"
	nops := []uint32{0x24420001, 0x0c000000, 0, 0x3c040000, 0x0c000000, 0, 0x24840000, 0x03e00008, 0,
		0x0080f825, 0x0c000000, 0}
	tests := []struct {
		level  int
		words  []uint32
		relocs []string
	}{
		{0, nops, []string{"0x4 R_MIPS_26 g", "0x10 R_MIPS_26 g", "0xc R_MIPS_HI16 x", "0x18 R_MIPS_LO16 x", "0x28 R_MIPS_26 g"}},
		{1, nops, []string{"0x4 R_MIPS_26 g", "0x10 R_MIPS_26 g", "0xc R_MIPS_HI16 x", "0x18 R_MIPS_LO16 x", "0x28 R_MIPS_26 g"}},
		{2, []uint32{0x0c000000, 0x24420001, 0x0c000000, 0x3c040000, 0x03e00008, 0x24840000,
			0x0080f825, 0x0c000000, 0},
			[]string{"0x0 R_MIPS_26 g", "0x8 R_MIPS_26 g", "0xc R_MIPS_HI16 x", "0x14 R_MIPS_LO16 x", "0x1c R_MIPS_26 g"}},
	}
	for _, tt := range tests {
		f, err := Assemble("t.s", []byte(src), Options{Optimize: tt.level})
		if err != nil {
			t.Fatalf("-O%d: %v", tt.level, err)
		}
		got := words(f, ".text")
		want := append([]uint32(nil), tt.words...)
		for len(want)%4 != 0 {
			want = append(want, 0) // .text is padded to 16 bytes
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("-O%d words (-want +got):\n%s", tt.level, diff)
		}
		if diff := cmp.Diff(tt.relocs, relocList(f, ".text")); diff != "" {
			t.Errorf("-O%d relocations (-want +got):\n%s", tt.level, diff)
		}
	}
}

// TestRelocOperatorOfRegisterName checks that a symbol named like a
// register (zero, sp: C variables gcc emits as they are) is read as the
// argument of %hi and %lo, not as a base register. GNU as's words and
// relocations.
func TestRelocOperatorOfRegisterName(t *testing.T) {
	f := assemble(t, "\tlui $2,%hi(zero)\n\tlw $3,%lo(zero)($2)\n\taddiu $4,$4,%lo(sp)\n"+
		"\t.data\nzero:\t.word 0\nsp:\t.word 0\n")
	if diff := cmp.Diff([]uint32{0x3c020000, 0x8c430000, 0x24840004, 0}, words(f, ".text")); diff != "" {
		t.Errorf("words (-want +got):\n%s", diff)
	}
	want := []string{"0x0 R_MIPS_HI16 .data", "0x4 R_MIPS_LO16 .data", "0x8 R_MIPS_LO16 .data"}
	if diff := cmp.Diff(want, relocList(f, ".text")); diff != "" {
		t.Errorf("relocations (-want +got):\n%s", diff)
	}
}

// TestMIPSSections checks the four sections of Options.MIPSSections against
// GNU as 2.40's bytes for a small file, and that they are absent without
// the option.
func TestMIPSSections(t *testing.T) {
	src := "\t.text\n\t.ent f\nf:\t.frame $sp,24,$31\n\t.mask 0x80000000,-4\n\taddiu $2,$4,1\n\tjr $31\n\t.end f\n"
	f, err := Assemble("t.s", []byte(src), Options{MIPSSections: true}) // f is local: .pdr refers to .text
	if err != nil {
		t.Fatal(err)
	}
	le := binary.LittleEndian
	reg := make([]byte, 24)
	le.PutUint32(reg, 1<<2|1<<4|1<<31)
	abi := []byte{0, 0, 32, 1, 1, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0}
	pdr := []byte{0, 0, 0, 0, 0, 0, 0, 0x80, 0xfc, 0xff, 0xff, 0xff, 0, 0, 0, 0, 0, 0, 0, 0, 24, 0, 0, 0, 29, 0, 0, 0, 31, 0, 0, 0}
	attrs := []byte{'A', 15, 0, 0, 0, 'g', 'n', 'u', 0, 1, 7, 0, 0, 0, 4, 1}
	for _, want := range []struct {
		name        string
		typ, flags  uint32
		align, ents uint32
		data        []byte
	}{
		{".reginfo", object.SHT_MIPS_REGINFO, 2, 4, 24, reg},
		{".MIPS.abiflags", object.SHT_MIPS_ABIFLAGS, 2, 8, 24, abi},
		{".pdr", 1, 0, 4, 0, pdr},
		{".gnu.attributes", 0x6ffffff5, 0, 1, 0, attrs},
	} {
		s := f.Section(want.name)
		if s == nil {
			t.Errorf("no %s", want.name)
			continue
		}
		if s.Type != want.typ || s.Flags != want.flags || s.Align != want.align || s.EntSize != want.ents {
			t.Errorf("%s: type %#x flags %#x align %d entsize %d, want %#x %#x %d %d", want.name,
				s.Type, s.Flags, s.Align, s.EntSize, want.typ, want.flags, want.align, want.ents)
		}
		if diff := cmp.Diff(want.data, s.Data); diff != "" {
			t.Errorf("%s (-want +got):\n%s", want.name, diff)
		}
	}
	if diff := cmp.Diff([]string{"0x0 R_MIPS_32 .text"}, relocList(f, ".pdr")); diff != "" {
		t.Errorf(".pdr relocations (-want +got):\n%s", diff)
	}
	plain := assemble(t, src)
	for _, name := range []string{".reginfo", ".MIPS.abiflags", ".pdr", ".gnu.attributes"} {
		if plain.Section(name) != nil {
			t.Errorf("%s without Options.MIPSSections", name)
		}
	}
}

// TestGNUDirectives checks directives that GNU as accepts and graftlab once
// refused: .asciiz (every MIPS course's), .dc.*, .origin, .nop; and that
// .nan 2008 is refused with its file and line.
func TestGNUDirectives(t *testing.T) {
	f := assemble(t, "\t.data\n\t.asciiz \"ab\", \"c\"\n\t.dc.w 0x1234\n\t.origin 8\n\t.dc.l 5\n\t.text\n\t.nop\n")
	want := []byte{'a', 'b', 0, 'c', 0, 0x34, 0x12, 0, 5, 0, 0, 0, 0, 0, 0, 0}
	if diff := cmp.Diff(want, f.Section(".data").Data); diff != "" {
		t.Errorf(".data (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]uint32{0, 0, 0, 0}, words(f, ".text")); diff != "" {
		t.Errorf(".text (-want +got):\n%s", diff)
	}
	_, err := Assemble("n.s", []byte("\t.nan legacy\n\t.nan 2008\n"), Options{})
	if err == nil || !strings.HasPrefix(err.Error(), "n.s:2:7: unsupported .nan \"2008\"") {
		t.Errorf(".nan 2008: got %v", err)
	}
}
