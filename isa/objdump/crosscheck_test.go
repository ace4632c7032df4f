package objdump

import (
	"encoding/binary"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	graftlabtools "graftlab/internal/tools"
)

// Sources for the comparison with objdump, each for one of its rules.
var crossSources = map[string]string{
	// Symbol choice at one address, zero runs (after a delay slot, 8 bytes,
	// a single word, at the end of a block), an object in a code section,
	// a word objdump knows and graftlab does not, and a second code section
	// whose branches are relocated against another section.
	"symbols": `
	.set noreorder
	.text
loc0:	addu $2,$3,$4
	.globl alias1, alias2
alias2:
alias1:
	.type zfunc,@function
zfunc:	jr $31
	.word 0,0,0
	addu $2,$3,$4
	nop
	addu $2,$3,$4
	.word 0,0
	addu $2,$3,$4
	b loc0
	.word 0,0,0
	.type obj,@object
	.size obj,12
obj:	.word 0x12345678, 0, 0x00851021
	.globl after
after:	addu $2,$3,$4
	.word 0x00000001
	.byte 1,2
	.section .text2,"ax",@progbits
t2:	b loc0
	nop
	j after
	nop
	bal t2
	.word 0,0
	.byte 0
	.data
d0:	.word 1
`,
	// An object dumped before any instruction (bytes one by one), partial
	// words at the end of sections, sections without symbols.
	"partial": `
	.section .t3,"ax",@progbits
	.type o3,@object
o3:	.byte 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,65,66
	.section .t4,"ax",@progbits
	.word 0x00851021
	.byte 0x21,0x10,0x85,0x00,0x21,0x10
	.section .t5,"ax",@progbits
	.word 0x00851021
	.byte 0,0
	.section .t6,"ax",@progbits
	.word 0x00851021
	.byte 0,0,0
	.section .t7,"ax",@progbits
	.word 0x00851021
	.byte 0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0
	.section .t8,"ax",@progbits
	.byte 0x21,0x10,0x85,0x00,0x21,0x10
`,
	// Symbols of other sections at the same address; a block before the
	// first symbol; a jump out of its section.
	"sections": `
	.text
	.space 0x100
zzz:	.word 0x00851021
	.data
	.space 0x100
aaa:	.word 1
	.section .t2,"ax",@progbits
	.word 0x08000040
`,
	// No symbols at all: targets print as 0x...; coprocessor branches,
	// which objdump knows, have delay slots.
	"nosymbols": `
	.text
	.word 0x45000001, 0, 0, 0x41000001, 0, 0, 0x49000001, 0, 0, 0x10000001, 0, 0, 0
`,
}

// TestAgainstObjdump assembles small files for objdump's listing rules and
// compares whole listings, with options, with objdump's.
func TestAgainstObjdump(t *testing.T) {
	tools := crossToolPaths(t)
	dir := t.TempDir()
	var files []string
	for name, src := range crossSources {
		s, o := filepath.Join(dir, name+".s"), filepath.Join(dir, name+".o")
		if err := os.WriteFile(s, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		run(t, tools["as"], "-march=mips32", "-o", o, s)
		files = append(files, o)
	}
	// An executable in kseg0 whose .text ends in half a word: objdump
	// reports the sign-extended address as out of bounds.
	exe := filepath.Join(dir, "kseg0.elf")
	run(t, tools["ld"], "-Ttext=0x80001000", "-e", "0x80001000", "-o", exe, filepath.Join(dir, "symbols.o"))
	patchTextSize(t, exe, 0x26)
	files = append(files, exe, filepath.Join(testdataDir(t), "forms.elf"))

	for _, file := range files {
		for _, c := range []struct {
			args []string
			opts Options
		}{
			{nil, Options{}},
			{[]string{"-M", "no-aliases"}, Options{NoAliases: true}},
			{[]string{"--start-address=0x1c", "--stop-address=0x21"}, Options{Start: 0x1c, Stop: 0x21}},
			{[]string{"--start-address=0x80001010", "--stop-address=0x8000101d"}, Options{Start: 0x80001010, Stop: 0x8000101d}},
			{[]string{"-j", ".text"}, Options{Section: ".text"}},
		} {
			c.opts.Format = FormatObjdump
			want := run(t, tools["objdump"], append(append([]string{"-d"}, c.args...), file)...)
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			f, err := Open(file, data)
			if err != nil {
				t.Fatal(err)
			}
			t.Run(fmt.Sprintf("%s%v", filepath.Base(file), c.args), func(t *testing.T) {
				got := list(t, f, c.opts)
				if got == want {
					return
				}
				compareObjdump(t, got, want, true)
			})
		}
	}

	// A raw binary, as objdump -b binary lists it at --adjust-vma.
	raw := filepath.Join(dir, "raw.bin")
	run(t, tools["objcopy"], "-O", "binary", "-j", ".text", exe, raw)
	want := run(t, tools["objdump"], "-b", "binary", "-m", "mips:isa32", "-EL", "-D", "--adjust-vma=0x80001000", raw)
	data, _ := os.ReadFile(raw)
	f, err := NewRaw(raw, data, 0x80001000)
	if err != nil {
		t.Fatal(err)
	}
	compareObjdump(t, list(t, f, Options{Format: FormatObjdump}), want, true)
}

func testdataDir(t *testing.T) string {
	dir, err := filepath.Abs("testdata")
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// crossToolPaths returns the cross binutils, or skips.
func crossToolPaths(t *testing.T) map[string]string {
	t.Helper()
	tools := map[string]string{}
	for _, name := range []string{"as", "ld", "objdump", "objcopy"} {
		tools[name] = graftlabtools.Need(t, "mipsel-linux-gnu-"+name)
	}
	return tools
}

func run(t *testing.T, prog string, args ...string) string {
	t.Helper()
	out, err := exec.Command(prog, args...).Output()
	if err != nil {
		t.Fatalf("%s %v: %v", prog, args, err)
	}
	return string(out)
}

// patchTextSize sets the size of section 1 (.text, as ld lays it out).
func patchTextSize(t *testing.T, path string, size uint32) {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	shoff := binary.LittleEndian.Uint32(data[32:])
	binary.LittleEndian.PutUint32(data[shoff+40+20:], size)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestGlibcAgainstObjdump lists the glibc corpus (testdata/glibc: static
// programs as Debian's gcc builds them, MIPS32 Release 2 with hard float)
// and requires objdump -d's listing line for line.
func TestGlibcAgainstObjdump(t *testing.T) {
	tools := crossToolPaths(t)
	files, err := filepath.Glob(filepath.Join("..", "..", "testdata", "glibc", "*.elf"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus: %v", err)
	}
	if testing.Short() {
		files = files[:1]
	}
	total := 0
	for _, file := range files {
		want := run(t, tools["objdump"], "-d", file)
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		f, err := Open(filepath.Base(file), data)
		if err != nil {
			t.Fatal(err)
		}
		// objdump names the file as given on its command line.
		got := strings.Replace(list(t, f, Options{Format: FormatObjdump}), filepath.Base(file)+":", file+":", 1)
		if got != want {
			lines, _ := compareObjdump(t, got, want, false)
			t.Errorf("%s: differs from objdump (%d lines compared)", file, lines)
			continue
		}
		total += strings.Count(want, "\n")
	}
	t.Logf("%d files, %d lines identical to objdump -d", len(files), total)
}
