package loader

import (
	"bytes"
	"debug/elf"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"graftlab/loader/object"
)

// gnuLinks are the links that testdata/regen.sh makes with GNU ld: the
// golden executable and its objects, in command-line order.
var gnuLinks = []struct {
	golden string
	objs   []string
}{
	{"start.gnu.elf", []string{"start.o", "lib.o", "lib2.o"}},
	{"prog.gnu.elf", []string{"crt0.o", "prog.o"}},
}

func readTestdata(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func parseObjects(t testing.TB, names ...string) []*object.File {
	t.Helper()
	var objs []*object.File
	for _, n := range names {
		f, err := object.Parse(readTestdata(t, n))
		if err != nil {
			t.Fatalf("%s: %v", n, err)
		}
		objs = append(objs, f)
	}
	return objs
}

func link(t *testing.T, opt LinkOptions, names ...string) *Image {
	t.Helper()
	im, err := Link(parseObjects(t, names...), names, opt)
	if err != nil {
		t.Fatal(err)
	}
	return im
}

// elfSummary is what two executables must agree on: headers, program
// headers, allocated sections with their bytes, and symbols.
type elfSummary struct {
	Entry    uint64
	Flags    uint32
	Progs    []string
	Sections []string
	Contents map[string][]byte
	Symbols  map[string]string
}

func summarize(t *testing.T, b []byte) elfSummary {
	t.Helper()
	ef, err := elf.NewFile(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	s := elfSummary{Entry: ef.Entry, Contents: map[string][]byte{}, Symbols: map[string]string{}}
	s.Flags = uint32(le.Uint32(b[36:]))
	for _, p := range ef.Progs {
		s.Progs = append(s.Progs, fmt.Sprintf("%v off=%#x vaddr=%#x filesz=%#x memsz=%#x flags=%v align=%#x",
			p.Type, p.Off, p.Vaddr, p.Filesz, p.Memsz, p.Flags, p.Align))
	}
	for _, sec := range ef.Sections {
		if sec.Flags&elf.SHF_ALLOC == 0 {
			continue
		}
		s.Sections = append(s.Sections, fmt.Sprintf("%s %v %v addr=%#x off=%#x size=%#x align=%d",
			sec.Name, sec.Type, sec.Flags, sec.Addr, sec.Offset, sec.Size, sec.Addralign))
		if sec.Type != elf.SHT_NOBITS {
			if s.Contents[sec.Name], err = sec.Data(); err != nil {
				t.Fatal(err)
			}
		}
	}
	syms, err := ef.Symbols()
	if err != nil {
		t.Fatal(err)
	}
	for _, sym := range syms {
		typ := elf.ST_TYPE(sym.Info)
		if typ == elf.STT_SECTION || typ == elf.STT_FILE {
			continue
		}
		sec := "ABS"
		if int(sym.Section) < len(ef.Sections) {
			sec = ef.Sections[sym.Section].Name
		}
		if isLinkerSymbol(sym.Name) {
			// ld ties script symbols outside sections to a neighbouring
			// section by rules Link does not copy; only values matter.
			sec = "-"
		}
		s.Symbols[sym.Name] = fmt.Sprintf("%#x size=%d %v %v %s", sym.Value, sym.Size, elf.ST_BIND(sym.Info), typ, sec)
	}
	return s
}

// TestLinkMatchesGNU links the committed objects and compares the result
// with what GNU ld made of them: same program headers, same sections at the
// same addresses with the same bytes (so every relocated field agrees), and
// the same symbol values.
func TestLinkMatchesGNU(t *testing.T) {
	for _, tc := range gnuLinks {
		t.Run(tc.golden, func(t *testing.T) {
			im := link(t, LinkOptions{}, tc.objs...)
			b, err := im.ELF()
			if err != nil {
				t.Fatal(err)
			}
			want, got := summarize(t, readTestdata(t, tc.golden)), summarize(t, b)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("(-GNU ld +Link):\n%s", diff)
			}
		})
	}
}

func isLinkerSymbol(name string) bool {
	for _, ls := range linkerSymbols {
		if ls.name == name {
			return true
		}
	}
	return false
}

func dumpImage(im *Image) string {
	var b strings.Builder
	for _, s := range im.Sections {
		fmt.Fprintf(&b, "%s %#x %#x\n", s.Name, s.Addr, s.Size)
	}
	syms := append([]ImageSymbol(nil), im.Symbols...)
	sort.SliceStable(syms, func(i, j int) bool { return syms[i].Addr < syms[j].Addr })
	for _, s := range syms {
		fmt.Fprintf(&b, "%#x %s %s\n", s.Addr, s.Name, s.Section)
	}
	return b.String()
}
