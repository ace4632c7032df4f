package object

import (
	"bytes"
	"debug/elf"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"graftlab/internal/tools"
)

// needTools skips the test unless every named program is on PATH.
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
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out)
	}
	return string(out)
}

// TestGNUObjectsUpToDate reassembles the committed sources and checks that
// the committed objects are what regen.sh makes of them.
func TestGNUObjectsUpToDate(t *testing.T) {
	needTools(t, "mipsel-linux-gnu-as", "mipsel-linux-gnu-gcc")
	dir := t.TempDir()
	abs, err := filepath.Abs(testdata)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"start", "lib", "lib2", "crt0"} {
		run(t, abs, "mipsel-linux-gnu-as", "-march=mips32", "-msoft-float", "-o", filepath.Join(dir, s+".o"), s+".s")
	}
	run(t, abs, "mipsel-linux-gnu-gcc", "-O2", "-march=mips32", "-mno-abicalls", "-fno-pic", "-msoft-float",
		"-c", "-o", filepath.Join(dir, "prog.o"), "prog.c")
	for _, s := range []string{"start", "lib", "lib2", "crt0", "prog"} {
		got, err := os.ReadFile(filepath.Join(dir, s+".o"))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, readObject(t, s+".o")) {
			t.Errorf("testdata/%s.o is stale: run loader/testdata/regen.sh", s)
		}
	}
}

// marshalAll parses each committed object, marshals it again and writes
// the result to dir under the same name.
func marshalAll(t *testing.T, dir string, names ...string) {
	t.Helper()
	for _, n := range names {
		f, err := Parse(readObject(t, n))
		if err != nil {
			t.Fatal(err)
		}
		b, err := f.Marshal()
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, n), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestMarshalObjdump checks that GNU objdump sees the same code and the
// same relocations in a re-marshalled object as in the GNU original.
func TestMarshalObjdump(t *testing.T) {
	needTools(t, "mipsel-linux-gnu-objdump")
	dir := t.TempDir()
	names := []string{"start.o", "lib.o", "lib2.o", "crt0.o", "prog.o"}
	marshalAll(t, dir, names...)
	abs, _ := filepath.Abs(testdata)
	for _, n := range names {
		for _, flags := range []string{"-dr", "-sr"} {
			want := run(t, abs, "mipsel-linux-gnu-objdump", flags, n)
			got := run(t, dir, "mipsel-linux-gnu-objdump", flags, n)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("objdump %s %s (-GNU as +Marshal):\n%s", flags, n, diff)
			}
		}
	}
}

// TestMarshalLinksWithGNULD links re-marshalled objects with GNU ld and
// checks that every allocated output section has the same address and
// bytes as when ld links the GNU originals.
func TestMarshalLinksWithGNULD(t *testing.T) {
	needTools(t, "mipsel-linux-gnu-ld")
	dir := t.TempDir()
	abs, _ := filepath.Abs(testdata)
	for _, set := range [][]string{{"start.o", "lib.o", "lib2.o"}, {"crt0.o", "prog.o"}} {
		marshalAll(t, dir, set...)
		want := filepath.Join(dir, "want.elf")
		got := filepath.Join(dir, "got.elf")
		run(t, abs, "mipsel-linux-gnu-ld", append([]string{"-e", "__start", "-o", want}, set...)...)
		run(t, dir, "mipsel-linux-gnu-ld", append([]string{"-e", "__start", "-o", got}, set...)...)
		if diff := cmp.Diff(allocSections(t, want), allocSections(t, got)); diff != "" {
			t.Errorf("ld %v (-GNU objects +marshalled objects):\n%s", set, diff)
		}
	}
}

type loaded struct {
	Name string
	Addr uint64
	Data []byte
}

func allocSections(t *testing.T, path string) []loaded {
	t.Helper()
	ef, err := elf.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer ef.Close()
	var out []loaded
	for _, s := range ef.Sections {
		if s.Flags&elf.SHF_ALLOC == 0 {
			continue
		}
		l := loaded{Name: s.Name, Addr: s.Addr}
		if s.Type != elf.SHT_NOBITS {
			if l.Data, err = s.Data(); err != nil {
				t.Fatal(err)
			}
		}
		out = append(out, l)
	}
	return out
}
