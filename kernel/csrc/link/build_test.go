package link

import (
	"bytes"
	"debug/elf"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"graftlab/internal/tools"
)

// TestRebuild runs build.sh on a copy of the sources and compares its
// glink.o with the committed one, byte for byte, twice.
func TestRebuild(t *testing.T) {
	cc := tools.Need(t, "mipsel-linux-gnu-gcc")
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "src"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"build.sh", "glink.h", "src/glink.c"} {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, f), b, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for i := range 2 {
		cmd := exec.Command("sh", filepath.Join(dir, "build.sh"))
		cmd.Env = append(os.Environ(), "CC="+cc)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("build.sh: %v\n%s", err, out)
		}
		got, err := os.ReadFile(filepath.Join(dir, "glink.o"))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, Object()) {
			t.Fatalf("build %d: glink.o differs from the committed object (%d bytes, committed %d): rerun build.sh", i, len(got), len(Object()))
		}
	}
}

// TestObjectSymbols: glink.o defines glink_link, glink_signature and
// glink_manifest, has no undefined symbols (no library calls), and no
// small-data sections.
func TestObjectSymbols(t *testing.T) {
	f, err := elf.NewFile(bytes.NewReader(Object()))
	if err != nil {
		t.Fatal(err)
	}
	syms, err := f.Symbols()
	if err != nil {
		t.Fatal(err)
	}
	globals := map[string]bool{}
	for _, s := range syms {
		if s.Section == elf.SHN_UNDEF {
			t.Errorf("undefined symbol %q", s.Name)
		}
		if elf.ST_BIND(s.Info) != elf.STB_LOCAL {
			globals[s.Name] = true
		}
	}
	if len(globals) != 3 || !globals["glink_link"] || !globals["glink_signature"] || !globals["glink_manifest"] {
		t.Errorf("global symbols %v, want glink_link, glink_signature and glink_manifest", globals)
	}
	for _, s := range f.Sections {
		if strings.HasPrefix(s.Name, ".sdata") || strings.HasPrefix(s.Name, ".sbss") || strings.HasPrefix(s.Name, ".scommon") {
			t.Errorf("small-data section %s", s.Name)
		}
	}
}

// TestLoaderLinks: package loader links glink.o into an image, as the
// kernel will, and finds its functions in the text segment.
func TestLoaderLinks(t *testing.T) {
	im, err := linkGlink()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"glink_link", "glink_signature", "glink_manifest"} {
		s, ok := im.Lookup(name)
		if !ok || s.Section != ".text" || s.Addr < textAddr {
			t.Errorf("%s: %+v", name, s)
		}
	}
}

// TestErrorCodes: the Go names of the codes are glink.h's, value for value,
// and every code has a message.
func TestErrorCodes(t *testing.T) {
	h, err := os.ReadFile("glink.h")
	if err != nil {
		t.Fatal(err)
	}
	re := regexp.MustCompile(`(?m)^#define (GLINK_E[A-Z0-9]+)\s+\((-\d+)\)\s*/\* (limit: )?`)
	ms := re.FindAllStringSubmatch(string(h), -1)
	if len(ms) != errorCodeCount {
		t.Fatalf("glink.h defines %d codes, the Go side %d", len(ms), errorCodeCount)
	}
	for _, m := range ms {
		v, _ := strconv.Atoi(m[2])
		e := Error(v)
		if e.Name() != m[1] || e.Limit() != (m[3] != "") {
			t.Errorf("%s = %d: Go has %s (limit %v)", m[1], v, e.Name(), e.Limit())
		}
		if !strings.HasPrefix(ErrorText(int32(v)), m[1]+": ") {
			t.Errorf("%s: %q", m[1], ErrorText(int32(v)))
		}
	}
	if m := regexp.MustCompile(`#define GLINK_NERR (\d+)`).FindStringSubmatch(string(h)); m == nil || m[1] != strconv.Itoa(errorCodeCount) {
		t.Errorf("GLINK_NERR: %v", m)
	}
	if ErrorText(0) != "" || !strings.Contains(ErrorText(-99), "unknown") {
		t.Error("ErrorText of 0 or an unknown code")
	}
}
