package tools

import (
	"errors"
	"strings"
	"testing"
)

// recorder is a testing.TB that records Skipf, Errorf and Fatalf instead of
// acting on them.
type recorder struct {
	testing.TB
	skipped, errored, fatal string
}

func (r *recorder) Helper()                        {}
func (r *recorder) Skipf(format string, a ...any)  { r.skipped = sprintf(format, a...) }
func (r *recorder) Errorf(format string, a ...any) { r.errored = sprintf(format, a...) }
func (r *recorder) Fatalf(format string, a ...any) { r.fatal = sprintf(format, a...) }

func sprintf(format string, a ...any) string {
	if format == "%s" && len(a) == 1 {
		return a[0].(string)
	}
	return format
}

const absent = "graftlab-no-such-tool"

func TestNeedSkipsByDefault(t *testing.T) {
	t.Setenv(RequireEnv, "")
	r := &recorder{TB: t}
	if p := Need(r, absent); p != "" {
		t.Errorf("Need = %q, want \"\"", p)
	}
	if r.fatal != "" || r.errored != "" || !strings.HasPrefix(r.skipped, absent+" is not installed: ") {
		t.Errorf("skipped %q, failed %q %q: want a skip", r.skipped, r.fatal, r.errored)
	}
}

func TestNeedFailsWhenRequired(t *testing.T) {
	t.Setenv(RequireEnv, "1")
	r := &recorder{TB: t}
	Need(r, absent)
	if r.skipped != "" || !strings.Contains(r.fatal, absent+" is not installed") || !strings.HasSuffix(r.fatal, RequireEnv+"=1 makes that a failure") {
		t.Errorf("skipped %q, fatal %q: want a failure", r.skipped, r.fatal)
	}
}

func TestRequiredIsExactlyOne(t *testing.T) {
	for v, want := range map[string]bool{"": false, "0": false, "yes": false, "1": true} {
		t.Setenv(RequireEnv, v)
		if got := Required(); got != want {
			t.Errorf("%s=%q: Required() = %v, want %v", RequireEnv, v, got, want)
		}
	}
}

func TestNeedFindsPresentTool(t *testing.T) {
	t.Setenv(RequireEnv, "1")
	r := &recorder{TB: t}
	// go test runs with the go command on PATH.
	if p := Need(r, "go"); p == "" || r.fatal != "" || r.skipped != "" {
		t.Errorf("Need(go) = %q, skipped %q, fatal %q", p, r.skipped, r.fatal)
	}
	if !Have(r, "go") || r.errored != "" {
		t.Errorf("Have(go) is false or errored %q", r.errored)
	}
}

func TestHave(t *testing.T) {
	t.Setenv(RequireEnv, "")
	r := &recorder{TB: t}
	if Have(r, absent) || r.errored != "" || r.skipped != "" {
		t.Errorf("Have(absent) without %s: errored %q skipped %q", RequireEnv, r.errored, r.skipped)
	}
	t.Setenv(RequireEnv, "1")
	if Have(r, absent) || !strings.Contains(r.errored, absent+" is not installed") {
		t.Errorf("Have(absent) with %s=1: errored %q, want an error", RequireEnv, r.errored)
	}
}

func TestNeedAllStopsAtFirstMissing(t *testing.T) {
	t.Setenv(RequireEnv, "")
	r := &recorder{TB: t}
	if p := NeedAll(r, "go", absent, "go"); p != nil || !strings.HasPrefix(r.skipped, absent) {
		t.Errorf("NeedAll = %q, skipped %q", p, r.skipped)
	}
}

func TestNeedPythonMissingModule(t *testing.T) {
	t.Setenv(RequireEnv, "1")
	r := &recorder{TB: t}
	if p := NeedPython(r, "graftlab_no_such_module"); p != "" || !strings.HasPrefix(r.fatal, "graftlab_no_such_module is not installed: ") {
		t.Errorf("NeedPython = %q, fatal %q", p, r.fatal)
	}
}

func TestMissingMessage(t *testing.T) {
	t.Setenv(RequireEnv, "")
	r := &recorder{TB: t}
	Missing(r, "qemu-mipsel", errors.New("exec: not found"))
	if want := "qemu-mipsel is not installed (Debian: qemu-user): exec: not found"; r.skipped != want {
		t.Errorf("skip message %q, want %q", r.skipped, want)
	}
}

func TestPackage(t *testing.T) {
	for tool, want := range map[string]string{
		"mipsel-linux-gnu-gcc": "gcc-mipsel-linux-gnu", "mipsel-linux-gnu-ld": "binutils-mipsel-linux-gnu",
		"mipsel-linux-gnu-readelf": "binutils-mipsel-linux-gnu", "qemu-mipsel": "qemu-user",
		"gdb-multiarch": "gdb-multiarch", "unicorn": "python3-unicorn", "cc": "",
	} {
		if got := Package(tool); got != want {
			t.Errorf("Package(%q) = %q, want %q", tool, got, want)
		}
	}
}
