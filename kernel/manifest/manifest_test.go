package manifest

import (
	"errors"
	"strings"
	"testing"
)

// testDomains are the domains the tests read manifests against.
var testDomains = []string{"spin.core", "net", "vm-2", "fs_x", "a"}

// parseCases: a manifest's text, and the mask or the code and line Parse
// must give.
var parseCases = []struct {
	name string
	text string
	mask uint32
	code Code
	line int
}{
	{"empty", "", 0, 0, 0},
	{"one import", "import net\n", 1 << 1, 0, 0},
	{"no final newline", "import net", 1 << 1, 0, 0},
	{"all of them", "import spin.core\nimport net\nimport vm-2\nimport fs_x\nimport a\n", 0x1f, 0, 0},
	{"blank lines and comments", "\n# a comment\n   \n\t# indented\nimport a\n\n", 1 << 4, 0, 0},
	{"tabs and spaces", "\t \timport\t \tnet \t# why\n", 1 << 1, 0, 0},
	{"comment right after the name", "import net#why\n", 1 << 1, 0, 0},
	{"comment of any printable bytes", "import a # ~!@\"$%^&*()[]{}|\\'\n", 1 << 4, 0, 0},
	{"only newlines", "\n\n\n", 0, 0, 0},
	{"a name of 31 characters", "import " + strings.Repeat("x", 31), 0, EDomain, 1},
	{"a name of 32 characters", "import " + strings.Repeat("x", 32), 0, EManifest, 1},
	{"export", "export net\n", 0, EManifest, 1},
	{"importx", "importx net\n", 0, EManifest, 1},
	{"Import", "Import net\n", 0, EManifest, 1},
	{"the keyword alone", "import\n", 0, EManifest, 1},
	{"the keyword and blanks", "import \t \n", 0, EManifest, 1},
	{"the keyword and a comment", "import #net\n", 0, EManifest, 1},
	{"no blank after the keyword", "import#net\n", 0, EManifest, 1},
	{"no name: punctuation", "import /net\n", 0, EManifest, 1},
	{"upper case in the name", "import Net\n", 0, EManifest, 1},
	{"a character after the name", "import net/x\n", 0, EManifest, 1},
	{"two names", "import net a\n", 0, EManifest, 1},
	{"text after the name", "import net ;\n", 0, EManifest, 1},
	{"a keyword prefix", "imp\n", 0, EManifest, 1},
	{"a bare word", "net\n", 0, EManifest, 1},
	{"unknown domain", "import net\n\nimport foo\n", 0, EDomain, 3},
	{"unknown domain, prefix of one", "import spin\n", 0, EDomain, 1},
	{"unknown domain, extension of one", "import nets\n", 0, EDomain, 1},
	{"twice", "import a\nimport net\n# again\nimport a\n", 0, EDup, 4},
	{"twice, the second unknown first", "import a\nimport b\nimport a\n", 0, EDomain, 2},
	{"control byte", "import a\nimport net\x01\n", 0, EManifest, 2},
	{"control byte in a comment", "# \x7f\n", 0, EManifest, 1},
	{"a byte over 0x7e", "import net # \xc3\xa9\n", 0, EManifest, 1},
	{"carriage return", "import net\r\n", 0, EManifest, 1},
	{"NUL", "\x00", 0, EManifest, 1},
	{"a bad byte after an error-free unknown line", "import foo\n\x01\n", 0, EDomain, 1},
	{"a bad byte on the line of an unknown domain", "import foo \x02\n", 0, EManifest, 1},
	{"the error on the last line without a newline", "import a\n\nbad", 0, EManifest, 3},
	{"the first error wins", "import net\nimport net\nbad\n", 0, EDup, 2},
	{"Max bytes", "import a\n" + strings.Repeat("#", Max-9), 1 << 4, 0, 0},
	{"Max+1 bytes", "import a\n" + strings.Repeat("#", Max-8), 0, EManSize, 0},
}

func TestParse(t *testing.T) {
	for _, tc := range parseCases {
		t.Run(tc.name, func(t *testing.T) {
			mask, err := Parse([]byte(tc.text), testDomains)
			checkResult(t, mask, err, tc.mask, tc.code, tc.line)
		})
	}
}

// checkResult checks a mask and error against the expected mask, code and
// line.
func checkResult(t *testing.T, mask uint32, err error, wantMask uint32, code Code, line int) {
	t.Helper()
	if code == 0 {
		if err != nil || mask != wantMask {
			t.Errorf("got %#x, %v; want %#x", mask, err, wantMask)
		}
		return
	}
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("got %#x, %v; want %v at line %d", mask, err, code, line)
	}
	if e.Code != code || e.Line != line || mask != 0 {
		t.Errorf("got %#x, %v (%v, line %d); want %v at line %d", mask, err, e.Code, e.Line, code, line)
	}
}

// TestParseDomains: which bit a name sets, a name listed twice, an empty
// list, too many domains.
func TestParseDomains(t *testing.T) {
	many := make([]string, MaxDomains)
	for i := range many {
		many[i] = string(rune('a' + i%26))
		if i >= 26 {
			many[i] += "2"
		}
	}
	for _, tc := range []struct {
		name    string
		text    string
		domains []string
		mask    uint32
		code    Code
		line    int
	}{
		{"the last of 32", "import f2\n", many, 1 << 31, 0, 0},
		{"32 domains", "import a\nimport f2\n", many, 1<<31 | 1, 0, 0},
		{"33 domains", "", append(many, "x"), 0, EDomain, 0},
		{"33 domains, a bad manifest", "bad\n", append(many, "x"), 0, EDomain, 0},
		{"no domains", "import a\n", nil, 0, EDomain, 1},
		{"no domains, nothing imported", "# nothing\n", nil, 0, 0, 0},
		{"a domain listed twice: the first", "import a\n", []string{"b", "a", "a"}, 1 << 1, 0, 0},
		{"a domain listed twice, imported twice", "import a\nimport a\n", []string{"a", "a"}, 0, EDup, 2},
		{"a domain listed that is not a name", "import a\n", []string{"", "A", "a b", "a"}, 1 << 3, 0, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			mask, err := Parse([]byte(tc.text), tc.domains)
			checkResult(t, mask, err, tc.mask, tc.code, tc.line)
		})
	}
}

func TestErrorText(t *testing.T) {
	for _, tc := range []struct {
		text, want string
	}{
		{"import a\n\nimport foo\n", `manifest:3: unknown domain "foo"`},
		{"import a\nimport a", `manifest:2: domain "a" imported twice`},
		{"import\x01", `manifest:1: byte 0x01 not allowed`},
		{"export a", `manifest:1: want "import NAME", a comment or a blank line`},
		{"import a b", `manifest:1: import a: unexpected "b"`},
		{strings.Repeat(" ", Max+1), `manifest: 1025 bytes, more than 1024`},
	} {
		_, err := Parse([]byte(tc.text), testDomains)
		if err == nil || err.Error() != tc.want {
			t.Errorf("%q: %v, want %s", tc.text, err, tc.want)
		}
	}
	for c, want := range map[Code]string{EManSect: "GLINK_EMANSECT", EManSize: "GLINK_EMANSIZE", EManifest: "GLINK_EMANIFEST",
		EDomain: "GLINK_EDOMAIN", EDup: "GLINK_EDUP", -1: "Code(-1)"} {
		if c.String() != want {
			t.Errorf("%d: %s, want %s", int32(c), c, want)
		}
	}
}
