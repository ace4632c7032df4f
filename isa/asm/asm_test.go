package asm

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"graftlab/isa"
	"graftlab/loader/object"
)

// assemble assembles src and returns the object, failing the test on an
// error.
func assemble(t *testing.T, src string) *object.File {
	t.Helper()
	f, err := Assemble("t.s", []byte(src), Options{})
	if err != nil {
		t.Fatalf("%v", err)
	}
	return f
}

// words returns the words of a section.
func words(f *object.File, name string) []uint32 {
	sec := f.Section(name)
	if sec == nil {
		return nil
	}
	var ws []uint32
	for i := 0; i+4 <= len(sec.Data); i += 4 {
		ws = append(ws, binary.LittleEndian.Uint32(sec.Data[i:]))
	}
	return ws
}

// The expected words were produced by mipsel-linux-gnu-as 2.40 (except
// where the syntax is graftlab's own), so these run without binutils.
func TestAssembleWords(t *testing.T) {
	tests := []struct {
		src  string
		want []uint32
	}{
		{"li $2, 0x12345678", []uint32{0x3c021234, 0x34425678}},
		{"li $2, 0xffff8000", []uint32{0x24028000}},
		{"li $2, 0x8000", []uint32{0x34028000}},
		{"li $2, 0x10000", []uint32{0x3c020001}},
		{"lw $2, 0x12345($3)", []uint32{0x3c020001, 0x00431021, 0x8c422345}},
		{"sw $2, 0x12345($4)", []uint32{0x3c010001, 0x00240821, 0xac222345}},
		{"addu $2, $3, 0x12345", []uint32{0x3c010001, 0x34212345, 0x00611021}},
		{"div $2, $3", []uint32{0x14600002, 0x0043001a, 0x0007000d, 0x2401ffff, 0x14610004, 0x3c018000,
			0x14410002, 0x00000000, 0x0006000d, 0x00001012}},
		{"divu $2, $3, $4", []uint32{0x14800002, 0x0064001b, 0x0007000d, 0x00001012}},
		{"abs $2, $3", []uint32{0x04610002, 0x00601025, 0x00031022}},
		{"jalr $2", []uint32{0x0040f809, 0}},
		{".set noreorder\njalr $2", []uint32{0x0040f809}},
		{"b 1f\n1: nop", []uint32{0x10000001, 0, 0}},
		{"break 3, 4", []uint32{0x0003010d}},
		{"mfc0 $2, $12, 1", []uint32{0x40026001}},
		{"sync 4", []uint32{0x0000010f}},
		{"rol $2, $3, 1", []uint32{0x00030840, 0x000317c2, 0x00411025}},
		{"ulw $2, 0($3)", []uint32{0x88620003, 0x98620000}},
		{"seq $2, $3, $4", []uint32{0x00641026, 0x2c420001}},
		{"bgt $2, $3, 1f\n1:", []uint32{0x0062082a, 0x14200001, 0}},
		// objdump's syntax, which graftlab also reads.
		{"addu v0, v1, a0", []uint32{0x00641021}},
		{"lw ra, 28(sp)", []uint32{0x8fbf001c}},
		{"mfc0 v0, c0_status", []uint32{0x40026000}},
		{"mfc0 t0, c0_config1", []uint32{0x40088001}},
		{"mtc0 a1, c0_watchlo,3", []uint32{0x40859003}},
		{"clz v0 or a1, a0", []uint32{0x70851020}},
		{".set noreorder\nb 0x40", []uint32{0x1000000f}},
		{".set noreorder\nnop\nbeqz v0, 0x0", []uint32{0, 0x1040fffe}},
		// Release 2 and the FPU.
		{"ei", []uint32{0x41606020}},
		{"di $2", []uint32{0x41626000}},
		{"pause", []uint32{0x00000140}},
		{".set noreorder\njalr.hb $25", []uint32{0x0320fc09}},
		{"ext $3, $2, 7, 3", []uint32{0x7c4311c0}},
		{"ins a1, a0, 0, 3", []uint32{0x7c851004}},
		{"rdhwr $3, $29", []uint32{0x7c03e83b}},
		{".set mips32r2\nror $3, $2, 8", []uint32{0x00221a02}},
		{".set mips32r2\nrol $3, $2, 8", []uint32{0x00221e02}},
		{".set mips32r2\nrol $3, $2, $5", []uint32{0x00051823, 0x00621846}},
		{".set mips32r2\nror $3, $2, $5", []uint32{0x00a21846}},
		{"rorv $3, $2, $5", []uint32{0x00a21846}},
		{"c.eq.s $f0, $f2", []uint32{0x46020032}},
		{"c.eq.s $fcc3, $f0, $f2", []uint32{0x46020332}},
		{".set noreorder\nbc1t $fcc3, 0x0", []uint32{0x450dffff}},
		{"lwc1 $f2, 8($4)", []uint32{0xc4820008}},
		{"swxc1 $f0, a1(a0)", []uint32{0x4c850008}},
		{"ctc1 $2, $31", []uint32{0x44c2f800}},
		{"cfc1 v0, c1_fcsr", []uint32{0x4442f800}},
		{"madd.d $f2, $f2, $f4, $f4", []uint32{0x4c4420a1}},
		// The segment-register instructions (graftlab's own).
		{"mfsr a1, 3", []uint32{isa.MustEncode(isa.Inst{Op: isa.MFSR, Rt: isa.A1, Rd: 3})}},
		{"mtsr 15, $5", []uint32{isa.MustEncode(isa.Inst{Op: isa.MTSR, Rt: isa.A1, Rd: 15})}},
		{"mtsr $sr2, $6", []uint32{isa.MustEncode(isa.Inst{Op: isa.MTSR, Rt: isa.A2, Rd: 2})}},
		{"mfsrin a1, a0", []uint32{isa.MustEncode(isa.Inst{Op: isa.MFSRIN, Rt: isa.A1, Rd: isa.A0})}},
		{"mtsrin $5, $4", []uint32{isa.MustEncode(isa.Inst{Op: isa.MTSRIN, Rt: isa.A1, Rd: isa.A0})}},
	}
	for _, tt := range tests {
		t.Run(tt.src, func(t *testing.T) {
			got := words(assemble(t, tt.src+"\n"), ".text")
			// Past the code comes the padding to 16 bytes.
			if len(got) < len(tt.want) || len(got)%4 != 0 || len(got) >= len(tt.want)+4 {
				t.Fatalf("got %d words %#x, want %d and padding", len(got), got, len(tt.want))
			}
			for _, w := range got[len(tt.want):] {
				if w != 0 {
					t.Errorf("padding %#x", got[len(tt.want):])
				}
			}
			if diff := cmp.Diff(tt.want, got[:len(tt.want)]); diff != "" {
				t.Errorf("words (-want +got):\n%s", diff)
			}
		})
	}
}

// relocs lists a section's relocations as "offset type symbol".
func relocs(f *object.File, name string) []string {
	var rs []string
	for _, r := range f.Section(name).Relocs {
		sym := r.Symbol.Name
		if r.Symbol.Type == object.SymSection {
			sym = r.Symbol.Section.Name
		}
		rs = append(rs, fmt.Sprintf("%#x %s %s", r.Offset, r.Type, sym))
	}
	return rs
}

func TestRelocations(t *testing.T) {
	f := assemble(t, `	.set noreorder
	.globl	g
	la	$4, local+0x12345
	lui	$2, %hi(g)
	lui	$3, %hi(g+4)
	addiu	$2, %lo(g)
	addiu	$3, %lo(g+4)
	jal	ext
	b	g
	b	local
	j	local
local:	nop
g:	nop
	.data
	.word	local, g, ext+4, g-local
`)
	want := []string{
		"0x0 R_MIPS_HI16 .text", "0x4 R_MIPS_LO16 .text",
		"0x8 R_MIPS_HI16 g", "0x10 R_MIPS_LO16 g", "0xc R_MIPS_HI16 g", "0x14 R_MIPS_LO16 g",
		"0x18 R_MIPS_26 ext", "0x1c R_MIPS_PC16 g", "0x24 R_MIPS_26 .text",
	}
	if diff := cmp.Diff(want, relocs(f, ".text")); diff != "" {
		t.Errorf(".text relocations (-want +got):\n%s", diff)
	}
	wantData := []string{"0x0 R_MIPS_32 .text", "0x4 R_MIPS_32 g", "0x8 R_MIPS_32 ext"}
	if diff := cmp.Diff(wantData, relocs(f, ".data")); diff != "" {
		t.Errorf(".data relocations (-want +got):\n%s", diff)
	}
	// In-place addends: local+0x12345 is .text+0x1236d, the branch to
	// local is resolved, the word of g-local is a constant.
	text := words(f, ".text")
	if text[0] != 0x3c040001 || text[1] != 0x2484236d || text[7] != 0x1000ffff || text[8] != 0x10000001 || text[9] != 0x0800000a {
		t.Errorf(".text words %#x", text)
	}
	if data := words(f, ".data"); data[0] != 0x28 || data[1] != 0 || data[2] != 4 || data[3] != 4 {
		t.Errorf(".data words %#x", data)
	}
}

func TestSymbols(t *testing.T) {
	f := assemble(t, `	.file	"t.c"
	.globl	fn
	.ent	fn
fn:	jr	$31
	.end	fn
$L1:	nop
.L2:	nop
local:	nop
	.weak	w
	.globl	ext
	.word	undef
	.comm	c, 10
	.lcomm	lc, 4
	X = 5
	.hidden	fn
`)
	var got []string
	for _, s := range f.Symbols {
		where := "UND"
		switch {
		case s.Section != nil:
			where = s.Section.Name
		case s.Abs:
			where = "ABS"
		case s.Common:
			where = "COM"
		}
		got = append(got, fmt.Sprintf("%s %s %#x %d %s %s %d", s.Name, where, s.Value, s.Size, s.Type, s.Bind, s.Other))
	}
	sort.Strings(got)
	want := []string{
		"X ABS 0x5 0 notype local 0",
		"c COM 0x10 10 object global 0",
		"ext UND 0x0 0 notype global 0",
		"fn .text 0x0 8 func global 2",
		"lc .bss 0x0 4 object local 0",
		"local .text 0x10 0 notype local 0",
		"t.c ABS 0x0 0 file local 0",
		"undef UND 0x0 0 notype global 0",
		"w UND 0x0 0 notype weak 0",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("symbols (-want +got):\n%s", diff)
	}
	if f.Flags != object.DefaultFlags {
		t.Errorf("flags %#x", f.Flags)
	}
}

func TestIncludeAndDefines(t *testing.T) {
	files := map[string]string{"dir/defs.inc": "\tVALUE = 0x1234\n", "lib/more.inc": "\t.word VALUE + EXTRA\n"}
	opt := Options{
		IncludeDirs: []string{"lib"},
		Defines:     map[string]int64{"EXTRA": 1},
		ReadFile: func(name string) ([]byte, error) {
			if s, ok := files[name]; ok {
				return []byte(s), nil
			}
			return nil, os.ErrNotExist
		},
	}
	f, err := Assemble("dir/main.s", []byte("\t.include \"defs.inc\"\n\t.include \"more.inc\"\n"), opt)
	if err != nil {
		t.Fatal(err)
	}
	if got := words(f, ".text"); len(got) != 4 || got[0] != 0x1235 {
		t.Errorf("words %#x", got)
	}
}

func TestErrorList(t *testing.T) {
	_, err := Assemble("t.s", []byte("\tfoo\n\tbar\n"), Options{})
	var list ErrorList
	if !errors.As(err, &list) || len(list) != 2 {
		t.Fatalf("err = %v", err)
	}
	var e *Error
	if !errors.As(err, &e) || e.Line != 1 {
		t.Errorf("first error %+v", e)
	}
	if !strings.Contains(err.Error(), "t.s:2:2: unknown instruction bar\n\tbar\n\t^") {
		t.Errorf("Error() = %q", err.Error())
	}
}

// TestFormsReached checks that the corpus and the tests above reach every
// instruction form: each machine instruction, GNU variant, alias and
// macro of forms.go (the x/arch practice of counting the table rows that
// tests reach).
func TestFormsReached(t *testing.T) {
	hits := map[*form]int{}
	formHits = hits
	defer func() { formHits = nil }()
	for _, path := range corpusFiles(t) {
		assembleFile(t, path)
	}
	TestAssembleWords(t)
	TestAssembleEveryOp(t)
	var missed []string
	total := 0
	for name, list := range forms {
		for _, f := range list {
			total++
			if hits[f] == 0 {
				missed = append(missed, name+" "+f.format)
			}
		}
	}
	sort.Strings(missed)
	if len(missed) > 0 {
		t.Errorf("%d of %d forms not reached:\n%s", len(missed), total, strings.Join(missed, "\n"))
	}
	t.Logf("%d forms of %d mnemonics reached", total, len(forms))
}

// TestAssembleEveryOp assembles, for every instruction of the table,
// random words as isa.GNUNoAliases prints them (objdump -M no-aliases
// syntax, which is also GNU as's), and checks that each assembles back to
// its word.
func TestAssembleEveryOp(t *testing.T) {
	r := rand.New(rand.NewPCG(20, 1))
	var src strings.Builder
	var want []uint32
	src.WriteString(".set noreorder\n")
	for op := isa.Op(1); op.Valid(); op++ {
		info := op.Info()
		for range 64 {
			w := info.Match
			for _, f := range info.Fields {
				w |= (r.Uint32() & (1<<f.Width - 1)) << f.Shift
			}
			inst, err := isa.Decode(w)
			if err != nil {
				continue
			}
			switch op {
			case isa.CLZ, isa.CLO:
				if inst.Rd != inst.Rt {
					continue // objdump's "rd or rt": see FuzzDisasmAsm
				}
			case isa.EXT:
				if uint(inst.Sa)+uint(inst.Rd)+1 > 32 {
					continue // no size fits: GNU as refuses it too
				}
			case isa.INS:
				if inst.Rd < isa.Reg(inst.Sa) {
					continue
				}
			}
			pc := uint32(4 * len(want))
			fmt.Fprintf(&src, "\t%s\n", isa.GNUNoAliases(inst, pc, nil))
			want = append(want, w)
		}
	}
	got := words(assemble(t, src.String()), ".text")
	lines := strings.Split(src.String(), "\n")[1:]
	for i, w := range want {
		if i >= len(got) || got[i] != w {
			var g uint32
			if i < len(got) {
				g = got[i]
			}
			t.Errorf("%q assembled to %#08x, want %#08x", strings.TrimSpace(lines[i]), g, w)
		}
	}
}
