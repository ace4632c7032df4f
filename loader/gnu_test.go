package loader

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"graftlab/internal/tools"
	"graftlab/loader/object"
)

// These tests run GNU binutils and skip when they are not installed; the
// tests in link_test.go compare against the committed GNU ld output instead.

func needTools(t *testing.T, names ...string) {
	t.Helper()
	for _, n := range names {
		tools.Need(t, n)
	}
}

func run(t *testing.T, dir, name string, args ...string) string {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, stderr.String())
	}
	if stderr.Len() > 0 {
		t.Errorf("%s %s wrote to stderr:\n%s", name, strings.Join(args, " "), stderr.String())
	}
	return string(out)
}

// TestGNUGoldenUpToDate relinks the committed objects as regen.sh does and
// checks the committed GNU ld executables.
func TestGNUGoldenUpToDate(t *testing.T) {
	needTools(t, "mipsel-linux-gnu-ld", "mipsel-linux-gnu-objcopy")
	dir := t.TempDir()
	for _, tc := range gnuLinks {
		for _, o := range tc.objs {
			run(t, dir, "mipsel-linux-gnu-objcopy", "-R", ".reginfo", "-R", ".MIPS.abiflags", absTestdata(t, o), o)
		}
		run(t, dir, "mipsel-linux-gnu-ld", append([]string{"-e", "__start", "-o", tc.golden}, tc.objs...)...)
		got, err := os.ReadFile(filepath.Join(dir, tc.golden))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, readTestdata(t, tc.golden)) {
			t.Errorf("testdata/%s is stale: run loader/testdata/regen.sh", tc.golden)
		}
	}
}

func absTestdata(t *testing.T, name string) string {
	p, err := filepath.Abs(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// writeForGNULD writes objs to dir for GNU ld, without .reginfo and
// .MIPS.abiflags (see testdata/regen.sh): object.Marshal does the
// stripping, so GNU ld also checks Marshal's output.
func writeForGNULD(t *testing.T, dir string, objs []*object.File, names []string) {
	t.Helper()
	for i, f := range objs {
		g := *f
		g.Sections = nil
		for _, s := range f.Sections {
			if s.Type != object.SHT_MIPS_REGINFO && s.Type != object.SHT_MIPS_ABIFLAGS {
				g.Sections = append(g.Sections, s)
			}
		}
		var syms []*object.Symbol
		for _, s := range f.Symbols {
			if s.Section == nil || s.Section.Type != object.SHT_MIPS_REGINFO && s.Section.Type != object.SHT_MIPS_ABIFLAGS {
				syms = append(syms, s)
			}
		}
		g.Symbols = syms
		b, err := g.Marshal()
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, names[i]), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// bigSource is assembled at test time: a text segment that crosses 64 KiB
// boundaries, so the data segment's placement (ld's DATA_SEGMENT_ALIGN) is
// exercised with a nonzero offset, and jumps and branches span it.
const bigSource = `
	.set	noreorder
	.text
	.globl	__start
__start:
	jal	far_func
	nop
	bal	near_func
	nop
	lui	$4, %hi(big_data + 0x7ff0)
	lw	$4, %lo(big_data + 0x7ff0)($4)
near_func:
	jr	$31
	nop
	.space	0x1a2b0
far_func:
	b	__start
	nop
	.data
	.word	far_func, __start + 0x10000
	.bss
big_data:
	.space	0x12340
`

// TestLinkMatchesGNULive links with GNU ld at several text addresses and
// compares with Link: program headers, sections, bytes and symbols.
func TestLinkMatchesGNULive(t *testing.T) {
	needTools(t, "mipsel-linux-gnu-ld", "mipsel-linux-gnu-as")
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "big.s"), []byte(bigSource), 0o644); err != nil {
		t.Fatal(err)
	}
	run(t, dir, "mipsel-linux-gnu-as", "-march=mips32", "-msoft-float", "-o", "big.o", "big.s")
	big, err := os.ReadFile(filepath.Join(dir, "big.o"))
	if err != nil {
		t.Fatal(err)
	}
	bigObj, err := object.Parse(big)
	if err != nil {
		t.Fatal(err)
	}
	sets := []struct {
		name  string
		objs  []*object.File
		names []string
	}{
		{"start", parseObjects(t, gnuLinks[0].objs...), gnuLinks[0].objs},
		{"prog", parseObjects(t, gnuLinks[1].objs...), gnuLinks[1].objs},
		{"big", []*object.File{bigObj}, []string{"big.o"}},
	}
	for _, set := range sets {
		for _, base := range []uint32{0x400000, 0x10000, 0x1230000, 0x80000000} {
			t.Run(fmt.Sprintf("%s@%#x", set.name, base), func(t *testing.T) {
				sub := t.TempDir()
				writeForGNULD(t, sub, set.objs, set.names)
				args := []string{"-e", "__start", fmt.Sprintf("-Ttext-segment=%#x", base), "-o", "gnu.elf"}
				run(t, sub, "mipsel-linux-gnu-ld", append(args, set.names...)...)
				gnu, err := os.ReadFile(filepath.Join(sub, "gnu.elf"))
				if err != nil {
					t.Fatal(err)
				}
				im, err := Link(set.objs, set.names, LinkOptions{TextAddress: base})
				if err != nil {
					t.Fatal(err)
				}
				ours, err := im.ELF()
				if err != nil {
					t.Fatal(err)
				}
				if diff := cmp.Diff(summarize(t, gnu), summarize(t, ours)); diff != "" {
					t.Errorf("(-GNU ld +Link):\n%s", diff)
				}
			})
		}
	}
}

// TestGNUToolsReadImage checks that objdump disassembles Link's executable
// exactly as it disassembles GNU ld's, and that readelf finds nothing wrong.
func TestGNUToolsReadImage(t *testing.T) {
	needTools(t, "mipsel-linux-gnu-objdump", "mipsel-linux-gnu-readelf")
	dir := t.TempDir()
	for _, tc := range gnuLinks {
		im := link(t, LinkOptions{}, tc.objs...)
		b, err := im.ELF()
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, tc.golden), b, 0o755); err != nil {
			t.Fatal(err)
		}
		want := run(t, filepath.Dir(absTestdata(t, tc.golden)), "mipsel-linux-gnu-objdump", "-d", tc.golden)
		got := run(t, dir, "mipsel-linux-gnu-objdump", "-d", tc.golden)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("objdump -d %s (-GNU ld +Link):\n%s", tc.golden, diff)
		}
		run(t, dir, "mipsel-linux-gnu-readelf", "-W", "-a", tc.golden)
	}
}
