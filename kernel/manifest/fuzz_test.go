package manifest

import (
	"bytes"
	"errors"
	"regexp"
	"sync"
	"testing"

	"graftlab/misfit/suite"
)

// The grammar again, as regular expressions over one line: an oracle
// written apart from parseLine.
var (
	blankLine  = regexp.MustCompile(`^[ \t]*(#.*)?$`)
	importLine = regexp.MustCompile(`^[ \t]*import[ \t]+([a-z0-9._-]{1,31})[ \t]*(#.*)?$`)
	badByte    = regexp.MustCompile(`[^\t\x20-\x7e]`)
)

// oracle is Parse by the regular expressions.
func oracle(text []byte, domains []string) (uint32, Code, int) {
	if len(text) > Max {
		return 0, EManSize, 0
	}
	if len(domains) > MaxDomains {
		return 0, EDomain, 0
	}
	var mask uint32
	lines := bytes.Split(text, []byte("\n"))
	if len(text) > 0 && text[len(text)-1] == '\n' {
		lines = lines[:len(lines)-1]
	}
	if len(text) == 0 {
		lines = nil
	}
	for n, l := range lines {
		if badByte.Match(l) {
			return 0, EManifest, n + 1
		}
		if blankLine.Match(l) {
			continue
		}
		m := importLine.FindSubmatch(l)
		if m == nil {
			return 0, EManifest, n + 1
		}
		i := domainIndex(domains, string(m[1]))
		switch {
		case i < 0:
			return 0, EDomain, n + 1
		case mask&(1<<i) != 0:
			return 0, EDup, n + 1
		}
		mask |= 1 << i
	}
	return mask, 0, 0
}

// TestOracle: the table's cases give the oracle's results too.
func TestOracle(t *testing.T) {
	for _, tc := range parseCases {
		mask, code, line := oracle([]byte(tc.text), testDomains)
		if mask != tc.mask || code != tc.code || line != tc.line {
			t.Errorf("%s: oracle %#x %v %d; table %#x %v %d", tc.name, mask, code, line, tc.mask, tc.code, tc.line)
		}
	}
}

var fuzzObject = sync.OnceValues(func() ([]byte, error) { return suite.Object("xor") })

// FuzzParse: Parse never panics, returns only *Error with the codes and
// lines of the oracle, and a manifest that Add takes reads back (Find) as
// written, with the same result (Imports).
func FuzzParse(f *testing.F) {
	for _, tc := range parseCases {
		f.Add([]byte(tc.text), uint8(5))
	}
	f.Add([]byte("import d\nimport ddd\n"), uint8(40))
	f.Fuzz(func(t *testing.T, text []byte, ndom uint8) {
		domains := fuzzDomains(int(ndom))
		mask, perr := Parse(text, domains)
		err := perr
		wmask, wcode, wline := oracle(text, domains)
		var e *Error
		switch {
		case err == nil:
			if wcode != 0 || mask != wmask {
				t.Fatalf("Parse: %#x; oracle %#x, %v at line %d", mask, wmask, wcode, wline)
			}
		case !errors.As(err, &e):
			t.Fatalf("Parse: %T %v", err, err)
		case e.Code != wcode || e.Line != wline || mask != 0:
			t.Fatalf("Parse: %#x, %v (%v); oracle %v at line %d", mask, err, e.Code, wcode, wline)
		}
		obj, err := fuzzObject()
		if err != nil {
			t.Fatal(err)
		}
		added, err := Add(obj, text)
		if err != nil {
			if !errors.As(err, &e) || (e.Code != EManSize && e.Code != EManifest) {
				t.Fatalf("Add: %v", err)
			}
			if len(text) <= Max && !badByte.Match(bytes.ReplaceAll(text, []byte("\n"), nil)) {
				t.Fatalf("Add refuses allowed text: %v", err)
			}
			return
		}
		got, err := Find(added)
		if err != nil || !bytes.Equal(got, text) {
			t.Fatalf("Find after Add: %q, %v", got, err)
		}
		imask, ierr := Imports(added, domains)
		if imask != mask || (ierr == nil) != (perr == nil) || ierr != nil && ierr.Error() != perr.Error() {
			t.Fatalf("Imports: %#x, %v; Parse: %#x, %v", imask, ierr, mask, perr)
		}
	})
}

// fuzzDomains returns testDomains for small n, else n-40 names "d",
// "dd", ... (up to 33: one too many).
func fuzzDomains(n int) []string {
	if n < 40 {
		return testDomains
	}
	d := make([]string, min(n-40, MaxDomains+1))
	for i := range d {
		d[i] = string(bytes.Repeat([]byte("d"), i+1))
	}
	return d
}
