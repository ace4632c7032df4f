package asm

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"graftlab/internal/tools"
	"graftlab/loader/object"
)

// The corpus: every testdata/{noreorder,reorder,gcc,o1,o2,swap}/*.s is
// assembled by graftlab (with Options.MIPSSections, and Optimize as the
// directory says) and compared with x.golden.json, the summary of what GNU
// as made of it (section bytes, relocations, symbols, e_flags; .reginfo,
// .MIPS.abiflags, .pdr and .gnu.attributes included). testdata/regen.sh
// (go test -run TestCorpus -update) remakes the golden files with:
//
//	noreorder/*.s:        mipsel-linux-gnu-as -march=mips32 -G0 -mno-fix-loongson3-llsc
//	reorder/*.s, gcc/*.s: the same with -O0
//	o1/*.s:               the same with -O1 (gcc -O0 output; gcc passes -O1)
//	o2/*.s, swap/*.s:     the same with -O2 (what gcc passes when optimizing)
//
// When GNU as is installed the test also assembles each file afresh and
// compares graftlab with it directly.

var update = flag.Bool("update", false, "rewrite testdata/*/*.golden.json from GNU as")

const gnuAs = "mipsel-linux-gnu-as"

var corpusDirs = []string{"noreorder", "reorder", "gcc", "o1", "o2", "swap"}

// optLevel is the -O level of a corpus file's directory (-1: none given).
func optLevel(path string) int {
	switch filepath.Base(filepath.Dir(path)) {
	case "noreorder":
		return -1
	case "o1":
		return 1
	case "o2", "swap":
		return 2
	}
	return 0
}

// gnuArgs are the GNU as arguments for a corpus file.
func gnuArgs(path string) []string {
	args := []string{"-march=mips32", "-G0", "-mno-fix-loongson3-llsc", "-I", filepath.Dir(path)}
	if o := optLevel(path); o >= 0 {
		args = append(args, fmt.Sprintf("-O%d", o))
	}
	return args
}

// corpusOptions are graftlab's options for a corpus file.
func corpusOptions(path string) Options {
	return Options{MIPSSections: true, Optimize: max(optLevel(path), 0)}
}

// ignoredSections are what GNU as writes and graftlab does not (see the
// package documentation).
var ignoredSections = map[string]bool{".debug_line": true, ".debug_frame": true}

// summary is what the corpus compares of an object.
type summary struct {
	Flags    string
	Sections []sectionSummary
	Relocs   []string `json:",omitempty"`
	Symbols  []string `json:",omitempty"`
}

type sectionSummary struct {
	Name    string
	Type    string
	Flags   string
	Align   uint32
	Size    uint32
	EntSize uint32   `json:",omitempty"`
	Data    []string `json:",omitempty"` // hex, 32 bytes a line
}

func summarize(f *object.File) summary {
	s := summary{Flags: fmt.Sprintf("%#x", f.Flags)}
	secName := func(sec *object.Section) string { return sec.Name }
	for _, sec := range f.Sections {
		if ignoredSections[sec.Name] {
			continue
		}
		ss := sectionSummary{Name: sec.Name, Type: fmt.Sprintf("%#x", sec.Type), Flags: fmt.Sprintf("%#x", sec.Flags),
			Align: max(sec.Align, 1), Size: sec.Size, EntSize: sec.EntSize}
		if !strings.HasPrefix(sec.Name, ".debug") {
			for i := 0; i < len(sec.Data); i += 32 {
				ss.Data = append(ss.Data, hex.EncodeToString(sec.Data[i:min(i+32, len(sec.Data))]))
			}
		}
		s.Sections = append(s.Sections, ss)
		if strings.HasPrefix(sec.Name, ".debug") {
			continue
		}
		for _, r := range sec.Relocs {
			name := "-"
			if r.Symbol != nil {
				name = r.Symbol.Name
				if r.Symbol.Type == object.SymSection {
					name = secName(r.Symbol.Section)
				}
			}
			s.Relocs = append(s.Relocs, fmt.Sprintf("%s+%#x %s %s", sec.Name, r.Offset, r.Type, name))
		}
	}
	for _, sym := range f.Symbols {
		if sym.Type == object.SymSection || sym.Section != nil && ignoredSections[sym.Section.Name] {
			continue
		}
		where := "UND"
		switch {
		case sym.Section != nil:
			where = sym.Section.Name
		case sym.Abs:
			where = "ABS"
		case sym.Common:
			where = "COM"
		}
		s.Symbols = append(s.Symbols, fmt.Sprintf("%s %s %#x size=%d %s %s other=%d",
			sym.Name, where, sym.Value, sym.Size, sym.Type, sym.Bind, sym.Other))
	}
	sort.Strings(s.Symbols)
	return s
}

func corpusFiles(t *testing.T) []string {
	t.Helper()
	var files []string
	for _, dir := range corpusDirs {
		m, err := filepath.Glob(filepath.Join("testdata", dir, "*.s"))
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) == 0 {
		t.Fatal("no corpus files")
	}
	return files
}

// assembleFile assembles a corpus file with graftlab and reads the result
// back through Marshal and Parse.
func assembleFile(t *testing.T, path string) *object.File {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	f, err := Assemble(path, src, corpusOptions(path))
	if err != nil {
		t.Fatalf("graftlab: %v", err)
	}
	b, err := f.Marshal()
	if err != nil {
		t.Fatalf("Marshal: %v", err)
	}
	back, err := object.Parse(b)
	if err != nil {
		t.Fatalf("Parse of graftlab's object: %v", err)
	}
	return back
}

// gnuAssemble runs GNU as on a corpus file.
func gnuAssemble(t *testing.T, path string) *object.File {
	t.Helper()
	out := filepath.Join(t.TempDir(), "gnu.o")
	cmd := exec.Command(gnuAs, append(gnuArgs(path), path, "-o", out)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s: %v\n%s", gnuAs, err, stderr.String())
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	f, err := object.Parse(b)
	if err != nil {
		t.Fatalf("Parse of GNU's object: %v", err)
	}
	return f
}

func goldenPath(path string) string { return strings.TrimSuffix(path, ".s") + ".golden.json" }

func TestCorpus(t *testing.T) {
	haveGNU := tools.Have(t, gnuAs)
	if *update && !haveGNU {
		t.Fatalf("-update needs %s", gnuAs)
	}
	for _, path := range corpusFiles(t) {
		t.Run(strings.TrimPrefix(path, "testdata/"), func(t *testing.T) {
			if *update {
				b, err := json.MarshalIndent(summarize(gnuAssemble(t, path)), "", "\t")
				if err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(goldenPath(path), append(b, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			got := summarize(assembleFile(t, path))
			b, err := os.ReadFile(goldenPath(path))
			if err != nil {
				t.Fatalf("%v (run testdata/regen.sh)", err)
			}
			var want summary
			if err := json.Unmarshal(b, &want); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("graftlab differs from the golden GNU output (-gnu +graftlab):\n%s", diff)
			}
			if haveGNU && !*update {
				if diff := cmp.Diff(summarize(gnuAssemble(t, path)), got); diff != "" {
					t.Errorf("graftlab differs from %s run now (-gnu +graftlab):\n%s", gnuAs, diff)
				}
			}
		})
	}
}
