package manifest

import (
	"bytes"
	"crypto/ed25519"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"graftlab/internal/tools"
	"graftlab/loader/object"
	"graftlab/misfit"
	"graftlab/misfit/sign"
	"graftlab/misfit/suite"
)

var le = binary.LittleEndian

// testKey signs the rewritten grafts.
var testKey = ed25519.NewKeyFromSeed(bytes.Repeat([]byte{7}, ed25519.SeedSize))

// rawObject is the suite's xor graft as gcc built it.
func rawObject(t testing.TB) []byte {
	t.Helper()
	obj, err := suite.Object("xor")
	if err != nil {
		t.Fatal(err)
	}
	return obj
}

func mustAdd(t testing.TB, obj []byte, text string) []byte {
	t.Helper()
	b, err := Add(obj, []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// Section header access for the edits below (the objects are well formed).
func shdr(obj []byte, i int) []byte { return obj[int(le.Uint32(obj[0x20:]))+40*i:] }
func shnum(obj []byte) int          { return int(le.Uint16(obj[0x30:])) }

// sectionIndex returns the index of the section called name.
func sectionIndex(t testing.TB, obj []byte, name string) int {
	t.Helper()
	tab := shdr(obj, int(le.Uint16(obj[0x32:])))
	strs := obj[le.Uint32(tab[16:]):][:le.Uint32(tab[20:])]
	for i := range shnum(obj) {
		s := strs[le.Uint32(shdr(obj, i)):]
		if string(s[:bytes.IndexByte(s, 0)]) == name {
			return i
		}
	}
	t.Fatalf("no section %s", name)
	return -1
}

// editSection returns a copy of obj with field (a byte offset in the
// header) of the section called name set to v.
func editSection(name string, field int, v uint32) func(t testing.TB, obj []byte) []byte {
	return func(t testing.TB, obj []byte) []byte {
		b := bytes.Clone(obj)
		le.PutUint32(shdr(b, sectionIndex(t, b, name))[field:], v)
		return b
	}
}

func TestFind(t *testing.T) {
	const text = "import net\n# the network\n"
	with := mustAdd(t, rawObject(t), text)
	for _, tc := range []struct {
		name string
		obj  func(testing.TB, []byte) []byte // from with
		want string                          // the text, when found
		none bool                            // no manifest
		code Code
	}{
		{name: "found", obj: nil, want: text},
		{name: "none", obj: func(t testing.TB, _ []byte) []byte { return rawObject(t) }, none: true},
		{name: "empty", obj: func(t testing.TB, _ []byte) []byte { return mustAdd(t, rawObject(t), "") }, want: ""},
		{name: "renamed", obj: func(t testing.TB, b []byte) []byte {
			b = bytes.Clone(b)
			i := bytes.Index(b, []byte(Section+"\x00"))
			b[i+1] = 'G'
			return b
		}, none: true},
		{name: "name outside the name table", obj: editSection(Section, 0, 0xffff), none: true},
		{name: "two sections", obj: func(t testing.TB, b []byte) []byte {
			b = bytes.Clone(b)
			le.PutUint32(shdr(b, sectionIndex(t, b, ".data"))[0:], le.Uint32(shdr(b, sectionIndex(t, b, Section))))
			return b
		}, code: EManSect},
		{name: "SHT_NOBITS", obj: editSection(Section, 4, 8), code: EManSect},
		{name: "SHT_NOTE", obj: editSection(Section, 4, 7), code: EManSect},
		{name: "SHT_NULL", obj: editSection(Section, 4, 0), code: EManSect},
		{name: "SHF_ALLOC", obj: editSection(Section, 8, 2), code: EManSect},
		{name: "SHF_ALLOC among other flags", obj: editSection(Section, 8, 0x30002), code: EManSect},
		{name: "other flags", obj: editSection(Section, 8, 0x30), want: text},
		{name: "offset past the end", obj: func(t testing.TB, b []byte) []byte { return editSection(Section, 16, uint32(len(b))+1)(t, b) }, code: EManSect},
		{name: "size past the end", obj: func(t testing.TB, b []byte) []byte {
			i := sectionIndex(t, b, Section)
			return editSection(Section, 20, uint32(len(b))-le.Uint32(shdr(b, i)[16:])+1)(t, b)
		}, code: EManSect},
		{name: "ending at the end", obj: func(t testing.TB, b []byte) []byte {
			i := sectionIndex(t, b, Section)
			return editSection(Section, 20, uint32(len(b))-le.Uint32(shdr(b, i)[16:]))(t, b)
		}, want: "?"},
		{name: "Max+1 bytes", obj: func(t testing.TB, _ []byte) []byte {
			return editSection(Section, 20, Max+1)(t, mustAdd(t, rawObject(t), strings.Repeat(" ", Max)))
		}, code: EManSize},
		{name: "Max bytes", obj: func(t testing.TB, _ []byte) []byte { return mustAdd(t, rawObject(t), strings.Repeat(" ", Max)) }, want: strings.Repeat(" ", Max)},
		{name: "short", obj: func(_ testing.TB, b []byte) []byte { return b[:51] }, code: EManSect},
		{name: "magic", obj: func(_ testing.TB, b []byte) []byte { b = bytes.Clone(b); b[3] = 'f'; return b }, code: EManSect},
		{name: "ELF64", obj: func(_ testing.TB, b []byte) []byte { b = bytes.Clone(b); b[4] = 2; return b }, code: EManSect},
		{name: "big-endian", obj: func(_ testing.TB, b []byte) []byte { b = bytes.Clone(b); b[5] = 2; return b }, code: EManSect},
		{name: "section header size", obj: func(_ testing.TB, b []byte) []byte { b = bytes.Clone(b); b[0x2e] = 32; return b }, code: EManSect},
		{name: "section headers past the end", obj: func(_ testing.TB, b []byte) []byte { return b[:len(b)-1] }, code: EManSect},
		{name: "no sections", obj: func(_ testing.TB, b []byte) []byte { b = bytes.Clone(b); le.PutUint16(b[0x30:], 0); return b }, code: EManSect},
		{name: "e_shstrndx out of range", obj: func(_ testing.TB, b []byte) []byte {
			b = bytes.Clone(b)
			le.PutUint16(b[0x32:], le.Uint16(b[0x30:]))
			return b
		}, code: EManSect},
		{name: "name table past the end", obj: editSection(".shstrtab", 20, 1<<20), code: EManSect},
	} {
		t.Run(tc.name, func(t *testing.T) {
			obj := with
			if tc.obj != nil {
				obj = tc.obj(t, with)
			}
			got, err := Find(obj)
			switch {
			case tc.code != 0:
				var e *Error
				if !errors.As(err, &e) || e.Code != tc.code || e.Line != 0 || got != nil {
					t.Errorf("got %q, %v; want %v", got, err, tc.code)
				}
			case err != nil:
				t.Errorf("error %v", err)
			case tc.none:
				if got != nil {
					t.Errorf("got %q, want none", got)
				}
			case got == nil:
				t.Errorf("none, want %q", tc.want)
			case tc.want != "?" && string(got) != tc.want:
				t.Errorf("got %q, want %q", got, tc.want)
			}
			// Imports is Find, then Parse.
			mask, ierr := Imports(obj, testDomains)
			pmask, perr := Parse(got, testDomains)
			if err != nil {
				pmask, perr = 0, err
			}
			if mask != pmask || (ierr == nil) != (perr == nil) || ierr != nil && ierr.Error() != perr.Error() {
				t.Errorf("Imports: %#x, %v; Find and Parse: %#x, %v", mask, ierr, pmask, perr)
			}
		})
	}
}

// TestAdd: the manifest is added, or replaced, and the object still parses
// with every section and symbol it had.
func TestAdd(t *testing.T) {
	raw := rawObject(t)
	once := mustAdd(t, raw, "import a\n")
	twice := mustAdd(t, once, "import net\nimport vm-2")
	if got, err := Find(twice); err != nil || string(got) != "import net\nimport vm-2" {
		t.Fatalf("replaced: %q, %v", got, err)
	}
	if mask, err := Imports(twice, testDomains); err != nil || mask != 1<<1|1<<2 {
		t.Errorf("Imports: %#x, %v", mask, err)
	}
	if again := mustAdd(t, once, "import a\n"); !bytes.Equal(again, once) {
		t.Error("adding the same manifest again changed the object")
	}
	f0, err := object.Parse(raw)
	if err != nil {
		t.Fatal(err)
	}
	f2, err := object.Parse(twice)
	if err != nil {
		t.Fatal(err)
	}
	if len(f2.Sections) != len(f0.Sections)+1 || len(f2.Symbols) != len(f0.Symbols) {
		t.Errorf("%d sections, %d symbols; had %d, %d", len(f2.Sections), len(f2.Symbols), len(f0.Sections), len(f0.Symbols))
	}
	for i, s := range f0.Sections {
		if g := f2.Sections[i]; g.Name != s.Name || g.Type != s.Type || g.Flags != s.Flags || !bytes.Equal(g.Data, s.Data) || len(g.Relocs) != len(s.Relocs) {
			t.Errorf("section %s changed", s.Name)
		}
	}
	if m := f2.Sections[len(f2.Sections)-1]; m.Name != Section || m.Type != 1 || m.Flags != 0 || len(m.Relocs) != 0 {
		t.Errorf("the manifest section: %+v", m)
	}

	for _, tc := range []struct {
		text string
		code Code
		line int
	}{
		{strings.Repeat("#", Max+1), EManSize, 0},
		{"import a\n\nimport b\x00\n", EManifest, 3},
		{"\r\n", EManifest, 1},
		{"\xff", EManifest, 1},
	} {
		_, err := Add(raw, []byte(tc.text))
		var e *Error
		if !errors.As(err, &e) || e.Code != tc.code || e.Line != tc.line {
			t.Errorf("Add(%.20q): %v, want %v at line %d", tc.text, err, tc.code, tc.line)
		}
	}
	// Add takes any text of allowed bytes, Parse's errors included.
	if _, err := Add(raw, []byte(strings.Repeat("bad line\t~\n", 90))); err != nil {
		t.Errorf("Add of ungrammatical text: %v", err)
	}
	if _, err := Add(raw[:100], []byte("import a")); err == nil {
		t.Error("Add accepts a truncated object")
	}
}

// TestAddThenSign: a rewritten, signed graft gets a manifest, is signed
// again, and its signature checks; the manifest and the signature note are
// separate sections.
func TestAddThenSign(t *testing.T) {
	res, err := misfit.Rewrite(rawObject(t), misfit.Options{Key: testKey})
	if err != nil {
		t.Fatal(err)
	}
	pub := testKey.Public().(ed25519.PublicKey)
	if err := sign.Check(res.Object, []ed25519.PublicKey{pub}); err != nil {
		t.Fatal(err)
	}
	obj := mustAdd(t, res.Object, "import spin.core\n")
	if err := sign.Check(obj, []ed25519.PublicKey{pub}); !errors.Is(err, sign.ErrBadSignature) {
		t.Errorf("the old signature over the new object: %v, want %v", err, sign.ErrBadSignature)
	}
	signed, err := sign.Sign(obj, testKey)
	if err != nil {
		t.Fatal(err)
	}
	if err := sign.Check(signed, []ed25519.PublicKey{pub}); err != nil {
		t.Errorf("signed after Add: %v", err)
	}
	if mask, err := Imports(signed, testDomains); err != nil || mask != 1 {
		t.Errorf("Imports: %#x, %v", mask, err)
	}
	if _, err := object.Parse(signed); err != nil {
		t.Error(err)
	}
	// The signature covers the manifest.
	i := bytes.Index(signed, []byte("import spin.core"))
	tampered := bytes.Clone(signed)
	copy(tampered[i:], "import net      ")
	if err := sign.Check(tampered, []ed25519.PublicKey{pub}); !errors.Is(err, sign.ErrBadSignature) {
		t.Errorf("a changed manifest: %v, want %v", err, sign.ErrBadSignature)
	}
}

// TestGNUTools: GNU readelf reads the section as written, and GNU ld -r
// keeps it, so that Find reads the same manifest from its output.
func TestGNUTools(t *testing.T) {
	paths := tools.NeedAll(t, "mipsel-linux-gnu-readelf", "mipsel-linux-gnu-ld")
	if paths == nil {
		return
	}
	readelf, ld := paths[0], paths[1]
	const text = "# for the test\nimport net\nimport vm-2 # and the VM\n"
	dir := t.TempDir()
	in, out := filepath.Join(dir, "in.o"), filepath.Join(dir, "out.o")
	if err := os.WriteFile(in, mustAdd(t, rawObject(t), text), 0o644); err != nil {
		t.Fatal(err)
	}
	b, err := exec.Command(readelf, "-W", "-S", in).CombinedOutput()
	if err != nil {
		t.Fatalf("readelf: %v\n%s", err, b)
	}
	var line string
	for _, l := range strings.Split(string(b), "\n") {
		if strings.Contains(l, " "+Section+" ") {
			line = l
		}
	}
	// [Nr] Name Type Addr Off Size ES Flg Lk Inf Al, Flg empty: 9 fields.
	f := strings.Fields(line[strings.Index(line, "]")+1:])
	if len(f) != 9 || f[1] != "PROGBITS" || f[4] != fmt.Sprintf("%06x", len(text)) || f[6] != "0" {
		t.Errorf("readelf -S: %q", line)
	}
	if b, err := exec.Command(ld, "-r", "-o", out, in).CombinedOutput(); err != nil {
		t.Fatalf("ld -r: %v\n%s", err, b)
	}
	linked, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := Find(linked); err != nil || string(got) != text {
		t.Errorf("after ld -r: %q, %v", got, err)
	}
	if mask, err := Imports(linked, testDomains); err != nil || mask != 1<<1|1<<2 {
		t.Errorf("Imports after ld -r: %#x, %v", mask, err)
	}
}
