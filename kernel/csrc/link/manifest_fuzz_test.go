package link

import (
	"bytes"
	"debug/elf"
	"strings"
	"testing"

	"graftlab/kernel/manifest"
	"graftlab/loader/object"
)

// FuzzManifest runs glink_manifest and manifest.Imports on objects whose
// manifests are built from grammar pieces and raw edits, and requires the
// same code, line and mask of both. The harness checks that glink reads
// only the object, the domain list and its own arguments and writes only
// *mask and *line, and that it returns within the instruction limit.
//
// The inputs: pieces, one byte a piece of manifest text (manifestPieces,
// or with the top bit set a byte of its own value less 0x80); edits, raw
// changes to the text (3 bytes each: overwrite, insert or delete a byte);
// ops, edits of the whole object (mutate's); sel: bits 0-1 the base object,
// bit 2 no manifest, bits 3-15 how the section is changed (embedManifest),
// bits 16-18 the domain list.
func FuzzManifest(f *testing.F) {
	bases := [4][]byte{rawXor(f), xorSigned(f)}
	for i, name := range []string{"cksum", "ops"} {
		s, _ := rewritten(f, name, policies[i])
		bases[2+i] = s
	}
	h := newHarness(f, "ideal")
	f.Fuzz(func(t *testing.T, pieces, edits, ops []byte, sel uint32) {
		text := manifestText(pieces, edits)
		obj := bases[sel&3]
		if sel&4 == 0 {
			var err error
			if obj, err = embedManifest(obj, text, sel>>3); err != nil {
				t.Fatal(err)
			}
		}
		obj = mutate(bytes.Clone(obj), ops)
		domains := fuzzDomainLists[sel>>16&7]
		mask, line, r, err := h.manifestC(obj, domains)
		if err != nil {
			t.Fatalf("glink_manifest: %v", err)
		}
		code, gline, gmask := goManifest(obj, domains)
		if r.Code != code || line != gline || mask != gmask {
			t.Fatalf("glink_manifest: %s (%d) at line %d, mask %#x; manifest.Imports: %d at line %d, mask %#x",
				ErrorText(r.Code), r.Code, line, mask, code, gline, gmask)
		}
		switch Error(code) {
		case 0, EManSect, EManSize:
			if line != 0 {
				t.Fatalf("%s at line %d", ErrorText(code), line)
			}
		case EManifest, EDup:
			if line == 0 {
				t.Fatalf("%s at line 0", ErrorText(code))
			}
		case EDomain:
			if (line == 0) != (len(domains) > manifest.MaxDomains) {
				t.Fatalf("%s at line %d with %d domains", ErrorText(code), line, len(domains))
			}
		default:
			t.Fatalf("code %d", code)
		}
		if code != 0 && mask != 0 {
			t.Fatalf("%s with mask %#x", ErrorText(code), mask)
		}
	})
}

// manifestPieces are the grammar's pieces and near misses.
var manifestPieces = []string{
	"import", " ", "\t", "\n", "#",
	"spin.core", "net", "vm-2", "fs_x", "a", // manifestDomains
	"importx", "export", "impor", "t", "Import",
	strings.Repeat("x", 31), strings.Repeat("x", 32), strings.Repeat("d", 31), "d", "dd",
	"spin", "nets", "Net", "-._", "0",
	"\r", "\x00", "\x7f", "\x80", "\xff", "/",
	"import net\n", "import a # why\n", "  # a comment ~!\n", strings.Repeat(" ", 200),
}

// manifestText builds a manifest from pieces, then applies edits. It stops
// a little past manifest.Max, which is enough to be refused for its size.
func manifestText(pieces, edits []byte) []byte {
	var b []byte
	for _, p := range pieces {
		if len(b) > manifest.Max+8 {
			break
		}
		if p&0x80 != 0 {
			b = append(b, p&0x7f)
		} else {
			b = append(b, manifestPieces[int(p)%len(manifestPieces)]...)
		}
	}
	for n := 0; len(edits) >= 3 && n < 32; n++ {
		kind, at, v := edits[0], int(edits[1]), edits[2]
		edits = edits[3:]
		switch {
		case kind%3 == 0 && len(b) > 0:
			b[at%len(b)] = v
		case kind%3 == 1:
			at %= len(b) + 1
			b = append(b[:at], append([]byte{v}, b[at:]...)...)
		case kind%3 == 2 && len(b) > 0:
			at %= len(b)
			b = append(b[:at], b[at+1:]...)
		}
	}
	return b
}

// embedManifest adds text as obj's manifest, whatever its bytes and
// length, and changes the section as how says: bits 0-2 its type, 3-5 its
// flags, 6-7 a second section of its name (added, or .data renamed) or a
// name table cut short by bits 8-12 past the start of its name.
func embedManifest(obj, text []byte, how uint32) ([]byte, error) {
	f, err := object.Parse(obj)
	if err != nil {
		return nil, err
	}
	sec := &object.Section{Name: manifest.Section, Type: uint32(elf.SHT_PROGBITS), Align: 1, Data: bytes.Clone(text)}
	f.Sections = append(f.Sections, sec)
	if how>>6&3 == 1 {
		f.Sections = append(f.Sections, &object.Section{Name: manifest.Section, Type: uint32(elf.SHT_PROGBITS), Align: 1, Data: []byte("import a\n")})
	}
	b, err := f.Marshal()
	if err != nil {
		return nil, err
	}
	e := &elfEdit{b}
	i := e.section(manifest.Section)
	switch how & 7 {
	case 4:
		e.setSec(i, shType, uint32(elf.SHT_NOBITS))
	case 5:
		e.setSec(i, shType, uint32(elf.SHT_NOTE))
	case 6:
		e.setSec(i, shType, uint32(elf.SHT_STRTAB))
	case 7:
		e.setSec(i, shType, 0)
	}
	switch how >> 3 & 7 {
	case 4:
		e.setSec(i, shFlags, uint32(elf.SHF_ALLOC))
	case 5:
		e.setSec(i, shFlags, uint32(elf.SHF_WRITE))
	case 6:
		e.setSec(i, shFlags, uint32(elf.SHF_ALLOC|elf.SHF_EXECINSTR))
	case 7:
		e.setSec(i, shFlags, 0xfffffffd) // everything but SHF_ALLOC
	}
	switch how >> 6 & 3 {
	case 2: // .data takes the manifest's name
		e.setSec(e.section(".data"), shName, e.sec(i, shName))
	case 3: // the name table ends inside the manifest's name
		e.setSec(e.shstrndx(), shSize, e.sec(i, shName)+uint32(how>>8&31))
	}
	return b, nil
}

// fuzzDomainLists are the domain lists FuzzManifest reads against.
var fuzzDomainLists = func() [8][]string {
	var l [8][]string
	ds := make([]string, manifest.MaxDomains+1)
	for i := range ds {
		ds[i] = strings.Repeat("d", i+1)
	}
	l[0], l[1], l[2] = manifestDomains, manifestDomains, manifestDomains
	l[3] = []string{}
	l[4] = ds[:manifest.MaxDomains]
	l[5] = ds
	l[6] = []string{"net", "a", "net", "spin.core"}
	l[7] = []string{"", "A", "net", "a b", strings.Repeat("x", 31), "d"}
	return l
}()
