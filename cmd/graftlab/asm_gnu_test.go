package main

import (
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"graftlab/loader/object"
)

// goldenText reads the .text bytes GNU as made, from a golden file of the
// assembler's corpus (isa/asm/testdata).
func goldenText(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var g struct {
		Sections []struct {
			Name string
			Data []string
		}
	}
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatal(err)
	}
	for _, s := range g.Sections {
		if s.Name == ".text" {
			d, err := hex.DecodeString(strings.Join(s.Data, ""))
			if err != nil {
				t.Fatal(err)
			}
			return d
		}
	}
	t.Fatalf("%s: no .text", path)
	return nil
}

// graftlab asm assembles as GNU as does by default (-O2: reorder mode fills
// delay slots) and with -O0/-O1 as GNU as -O0/-O1: the same .text bytes as
// GNU as 2.40 for the same source, and the sections GNU as adds.
func TestAsmLikeGNU(t *testing.T) {
	dir := t.TempDir()
	text := func(flag, src string) []byte {
		t.Helper()
		out := filepath.Join(dir, "x.o")
		args := []string{"asm", "-c", "-o", out}
		if flag != "" {
			args = append(args, flag)
		}
		if status, _, errs := runCmd(t, "", append(args, src)...); status != 0 {
			t.Fatalf("%v: status %d: %s", args, status, errs)
		}
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		f, err := object.Parse(b)
		if err != nil {
			t.Fatal(err)
		}
		for _, name := range []string{".reginfo", ".MIPS.abiflags", ".pdr", ".gnu.attributes"} {
			if f.Section(name) == nil {
				t.Errorf("asm %s %s: no %s", flag, src, name)
			}
		}
		return f.Section(".text").Data
	}
	const t2 = "../../isa/asm/testdata/o2/cc-checksum-O0-r" // golden: GNU as -O2
	const t0 = "../../isa/asm/testdata/reorder/branch"      // golden: GNU as -O0
	for _, c := range []struct{ flag, base string }{{"", t2}, {"-O2", t2}, {"-O1", t0}, {"-O0", t0}} {
		if got, want := text(c.flag, c.base+".s"), goldenText(t, c.base+".golden.json"); string(got) != string(want) {
			t.Errorf("asm %s %s: .text of %d bytes differs from GNU as's %d bytes", c.flag, c.base, len(got), len(want))
		}
	}
	if string(text("-O0", t2+".s")) == string(text("", t2+".s")) {
		t.Errorf("-O0 and the default give the same code: no delay slot was filled")
	}
	if status, _, errs := runCmd(t, "", "asm", "-c", "-O0", "-O2", "-o", filepath.Join(dir, "y.o"), t2+".s"); status != 2 || !strings.Contains(errs, "at most one of -O0, -O1 and -O2") {
		t.Errorf("-O0 -O2: status %d, %q", status, errs)
	}
}
