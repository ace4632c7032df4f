package link

import (
	"bytes"
	"debug/elf"
	"errors"
	"strings"
	"testing"

	"graftlab/kernel/manifest"
	"graftlab/loader/object"
	"graftlab/misfit/sign"
)

// manifestDomains are the domains the manifest tests read against.
var manifestDomains = []string{"spin.core", "net", "vm-2", "fs_x", "a"}

// withManifest returns base's object with text as its manifest.
func withManifest(base func(testing.TB) []byte, text string) func(testing.TB) []byte {
	return func(t testing.TB) []byte {
		b, err := manifest.Add(base(t), []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
}

// editManifest applies f to a copy of the object that base gives.
func editManifest(base func(testing.TB) []byte, f func(e *elfEdit)) func(testing.TB) []byte {
	return func(t testing.TB) []byte {
		b := bytes.Clone(base(t))
		f(&elfEdit{b})
		return b
	}
}

// goManifest is manifest.Imports as glink_manifest reports it: the code,
// the line and the mask.
func goManifest(obj []byte, domains []string) (code int32, line, mask uint32) {
	mask, err := manifest.Imports(obj, domains)
	if err == nil {
		return 0, 0, mask
	}
	var e *manifest.Error
	if !errors.As(err, &e) {
		panic("manifest.Imports: not a *manifest.Error: " + err.Error())
	}
	return int32(e.Code), uint32(e.Line), mask
}

// TestManifest: glink_manifest gives the code, the line and the mask the
// table says, and so does manifest.Imports, for manifests in the raw and
// the signed xor graft, and for broken manifest sections and headers.
func TestManifest(t *testing.T) {
	raw := func(t testing.TB) []byte { return rawXor(t) }
	xs := func(t testing.TB) []byte { return xorSigned(t) }
	good := withManifest(raw, "import net\n")
	sec := func(e *elfEdit) int { return e.section(manifest.Section) }
	long := strings.Repeat("x", 31)
	many := make([]string, 32)
	for i := range many {
		many[i] = strings.Repeat("d", i+1)
	}
	for _, tc := range []struct {
		name    string
		obj     func(testing.TB) []byte
		domains []string // manifestDomains if nil
		code    Error
		line    uint32
		mask    uint32
	}{
		{name: "no manifest", obj: raw},
		{name: "no manifest, signed", obj: xs},
		{name: "empty", obj: withManifest(raw, "")},
		{name: "one", obj: good, mask: 1 << 1},
		{name: "signed", obj: withManifest(xs, "import spin.core\nimport a"), mask: 1<<0 | 1<<4},
		{name: "all five", obj: withManifest(raw, "import spin.core\nimport net\nimport vm-2\nimport fs_x\nimport a\n"), mask: 0x1f},
		{name: "blanks and comments", obj: withManifest(raw, "\n# c\n \t \n\t#c\n\t import \t fs_x \t# c\nimport a#c"), mask: 1<<3 | 1<<4},
		{name: "a name of 32 that is a domain's", obj: withManifest(raw, "import "+strings.Repeat("d", 32)+"\nimport "+strings.Repeat("d", 31)),
			domains: many, code: EManifest, line: 1},
		{name: "32 domains", obj: withManifest(raw, "import "+strings.Repeat("d", 31)+"\nimport d"), domains: many, mask: 1<<30 | 1},
		{name: "33 domains", obj: withManifest(raw, ""), domains: append(many, "e"), code: EDomain},
		{name: "33 domains, no manifest", obj: raw, domains: append(many, "e"), code: EDomain},
		{name: "no domains", obj: withManifest(raw, "import a"), domains: []string{}, code: EDomain, line: 1},
		{name: "a domain listed twice", obj: withManifest(raw, "import a"), domains: []string{"a", "a"}, mask: 1},
		{name: "a name of 31", obj: withManifest(raw, "import "+long), code: EDomain, line: 1},
		{name: "a name of 32", obj: withManifest(raw, "\nimport "+long+"x"), code: EManifest, line: 2},
		{name: "export", obj: withManifest(raw, "export net"), code: EManifest, line: 1},
		{name: "importx", obj: withManifest(raw, "importx net"), code: EManifest, line: 1},
		{name: "the keyword alone", obj: withManifest(raw, "import"), code: EManifest, line: 1},
		{name: "no name", obj: withManifest(raw, "import \t# net"), code: EManifest, line: 1},
		{name: "no blank", obj: withManifest(raw, "import#"), code: EManifest, line: 1},
		{name: "a character after the name", obj: withManifest(raw, "import net!"), code: EManifest, line: 1},
		{name: "text after the name", obj: withManifest(raw, "import net a"), code: EManifest, line: 1},
		{name: "unknown", obj: withManifest(raw, "import net\n\nimport foo\n"), code: EDomain, line: 3},
		{name: "a prefix of a domain", obj: withManifest(raw, "import spin"), code: EDomain, line: 1},
		{name: "twice", obj: withManifest(raw, "import a\nimport net\nimport a\n"), code: EDup, line: 3},
		{name: "a control byte", obj: editManifest(good, func(e *elfEdit) { e.b[e.sec(sec(e), shOff)+3] = 1 }), code: EManifest, line: 1},
		{name: "a byte over 0x7e", obj: editManifest(withManifest(raw, "import a\n# x"), func(e *elfEdit) {
			e.b[e.sec(sec(e), shOff)+11] = 0x80
		}), code: EManifest, line: 2},
		{name: "a bad byte beats an unknown domain", obj: editManifest(withManifest(raw, "import foo x"), func(e *elfEdit) {
			e.b[e.sec(sec(e), shOff)+11] = 0
		}), code: EManifest, line: 1},
		{name: "1024 bytes", obj: withManifest(raw, "import a\n"+strings.Repeat(" ", 1015)), mask: 1 << 4},
		{name: "1025 bytes", obj: editManifest(withManifest(raw, strings.Repeat(" ", 1024)), func(e *elfEdit) { e.setSec(sec(e), shSize, 1025) }),
			code: EManSize},
		{name: "SHT_NOBITS", obj: editManifest(good, func(e *elfEdit) { e.setSec(sec(e), shType, 8) }), code: EManSect},
		{name: "SHT_NOTE", obj: editManifest(good, func(e *elfEdit) { e.setSec(sec(e), shType, 7) }), code: EManSect},
		{name: "SHF_ALLOC", obj: editManifest(good, func(e *elfEdit) { e.setSec(sec(e), shFlags, 2) }), code: EManSect},
		{name: "SHF_WRITE", obj: editManifest(good, func(e *elfEdit) { e.setSec(sec(e), shFlags, 1) }), mask: 1 << 1},
		{name: "outside the file", obj: editManifest(good, func(e *elfEdit) { e.setSec(sec(e), shOff, uint32(len(e.b))-4) }), code: EManSect},
		{name: "two", obj: editManifest(good, func(e *elfEdit) { e.setSec(e.section(".data"), shName, e.sec(sec(e), shName)) }), code: EManSect},
		{name: "two, one of them NOBITS", obj: editManifest(good, func(e *elfEdit) {
			e.setSec(e.section(".bss"), shName, e.sec(sec(e), shName))
		}), code: EManSect},
		{name: "renamed", obj: editManifest(good, func(e *elfEdit) {
			e.b[e.sec(e.shstrndx(), shOff)+e.sec(sec(e), shName)+2] = 'X'
		})},
		{name: "the name table ends inside the name", obj: editManifest(good, func(e *elfEdit) {
			e.setSec(e.shstrndx(), shSize, e.sec(sec(e), shName)+5)
		})},
		{name: "not ELF", obj: editManifest(good, func(e *elfEdit) { e.b[0] = 0 }), code: EManSect},
		{name: "big-endian", obj: editManifest(good, func(e *elfEdit) { e.b[5] = 2 }), code: EManSect},
		{name: "section header size", obj: editManifest(good, func(e *elfEdit) { e.put16(0x2e, 0x28+1) }), code: EManSect},
		{name: "e_shstrndx out of range", obj: editManifest(good, func(e *elfEdit) { e.put16(0x32, uint32(e.shnum())) }), code: EManSect},
		{name: "the name table outside the file", obj: editManifest(good, func(e *elfEdit) { e.setSec(e.shstrndx(), shSize, 1<<20) }), code: EManSect},
		{name: "shorter than the header", obj: func(t testing.TB) []byte { return good(t)[:51] }, code: EManSect},
		{name: "empty object", obj: func(testing.TB) []byte { return nil }, code: EManSect},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := newHarness(t, "ideal")
			obj := tc.obj(t)
			domains := tc.domains
			if domains == nil {
				domains = manifestDomains
			}
			mask, line, r, err := h.manifestC(obj, domains)
			if err != nil {
				t.Fatal(err)
			}
			if Error(r.Code) != tc.code || line != tc.line || mask != tc.mask {
				t.Errorf("glink_manifest: %s (%d) at line %d, mask %#x; want %d at line %d, mask %#x",
					ErrorText(r.Code), r.Code, line, mask, tc.code, tc.line, tc.mask)
			}
			code, gline, gmask := goManifest(obj, domains)
			if code != int32(tc.code) || gline != tc.line || gmask != tc.mask {
				t.Errorf("manifest.Imports: %d at line %d, mask %#x; want %d at line %d, mask %#x", code, gline, gmask, tc.code, tc.line, tc.mask)
			}
		})
	}
}

// TestManifestCodes: kernel/manifest's codes are glink.h's.
func TestManifestCodes(t *testing.T) {
	for _, c := range []manifest.Code{manifest.EManSect, manifest.EManSize, manifest.EManifest, manifest.EDomain, manifest.EDup} {
		if Error(c).Name() != c.String() {
			t.Errorf("%d: glink.h says %s, kernel/manifest %s", int32(c), Error(c).Name(), c)
		}
	}
	if manifest.Max != 1024 || manifest.NameMax != 31 {
		t.Errorf("Max %d, NameMax %d", manifest.Max, manifest.NameMax)
	}
}

// TestManifestLinks: a signed graft with a manifest, added before signing,
// links as it did without one (the section is not allocated) and its
// signature is where glink_signature finds it.
func TestManifestLinks(t *testing.T) {
	h := newHarness(t, "ideal")
	for _, pol := range policies {
		plainObj, unsigned := rewritten(t, "hash", pol)
		obj, err := manifest.Add(unsigned, []byte("import net\n"))
		if err != nil {
			t.Fatal(err)
		}
		if obj, err = sign.Sign(obj, testKey); err != nil {
			t.Fatal(err)
		}
		checkLink(t, h, obj, placements[0], testExports)
		checkSignature(t, h, obj)
		plain, _, err := h.linkC(plainObj, placements[0], testExports)
		if err != nil {
			t.Fatal(err)
		}
		with, _, err := h.linkC(obj, placements[0], testExports)
		if err != nil || with == nil {
			t.Fatalf("%v: glink_link refuses the object with a manifest: %v", pol, err)
		}
		if d := diffImages(plain, with); d != "" {
			t.Errorf("%v: the manifest changes the image: %s", pol, d)
		}
		mask, line, r, err := h.manifestC(obj, manifestDomains)
		if err != nil || r.Code != 0 || mask != 1<<1 || line != 0 {
			t.Errorf("%v: glink_manifest: %v, %s, mask %#x, line %d", pol, err, ErrorText(r.Code), mask, line)
		}
	}
}

// worstManifests are objects built to make glink_manifest work hardest: a
// manifest of GLINK_MANIFEST_MAX bytes whose every line imports a name that
// shares 30 characters with each of the 32 domains, found late in the
// list; and an object of as many section headers as the harness holds,
// every one named a near miss of .graftlab.manifest.
func worstManifests(t testing.TB) (map[string][]byte, []string) {
	domains := make([]string, 32)
	for i := range domains {
		domains[i] = strings.Repeat("d", 30) + string("abcdefghijklmnopqrstuvwxyz012345"[i])
	}
	var text strings.Builder
	for i := len(domains) - 1; text.Len()+39 <= manifest.Max; i-- {
		text.WriteString("import " + domains[i] + "\n")
	}
	text.WriteString(strings.Repeat("#", manifest.Max-text.Len()))
	objs := map[string][]byte{"manifest": withManifest(func(t testing.TB) []byte { return rawXor(t) }, text.String())(t)}

	f := &object.File{}
	for range (objMax - 4096) / 64 { // a header and a section symbol each
		f.Sections = append(f.Sections, &object.Section{Name: manifest.Section[:len(manifest.Section)-1] + "X", Type: uint32(elf.SHT_PROGBITS)})
	}
	b, err := f.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	objs["sections"] = b
	return objs, domains
}

// TestManifestCost: glink_manifest's cost and stack on dec5000 for a
// small manifest in a signed graft (golden), and on the worst objects (far
// below the harness's limit).
func TestManifestCost(t *testing.T) {
	obj := withManifest(func(t testing.TB) []byte { return xorSigned(t) }, "# net and the core\nimport net\nimport spin.core\n")(t)
	h := newHarness(t, "dec5000")
	mask, _, r, err := h.manifestC(obj, manifestDomains)
	if err != nil || r.Code != 0 || mask != 3 {
		t.Fatalf("%v %s %#x", err, ErrorText(r.Code), mask)
	}
	t.Logf("a 47-byte manifest: %d cycles, %d instructions, %d bytes of stack", r.Cycles, r.Instructions, r.StackUsed)
	if r.Cycles != goldenManifestCycles || r.StackUsed != goldenManifestStack {
		t.Errorf("%d cycles, %d bytes of stack; golden %d, %d", r.Cycles, r.StackUsed, goldenManifestCycles, goldenManifestStack)
	}
	objs, domains := worstManifests(t)
	h = newHarness(t, "ideal")
	for name, obj := range objs {
		mask, line, r, err := h.manifestC(obj, domains)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		code, gline, gmask := goManifest(obj, domains)
		t.Logf("%s: %d bytes: %d instructions, %s, mask %#x", name, len(obj), r.Instructions, ErrorText(r.Code), mask)
		if r.Code != code || line != gline || mask != gmask {
			t.Errorf("%s: glink %d at %d, %#x; Go %d at %d, %#x", name, r.Code, line, mask, code, gline, gmask)
		}
		if r.Instructions > instLimit/100 {
			t.Errorf("%s: %d instructions", name, r.Instructions)
		}
	}
}

// glink_manifest's golden cost (dec5000, a fresh machine) and stack in
// TestManifestCost.
const (
	goldenManifestCycles = 3841
	goldenManifestStack  = 40
)
