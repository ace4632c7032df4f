// Package tools lets tests find the real programs graftlab is compared
// with (GNU binutils and gcc for mipsel, qemu-mipsel, Unicorn, gdb-multiarch)
// and decide what a missing one means.
//
// By default a test that needs a missing tool skips, so that `go test ./...`
// passes on a machine with only Go. With GRAFTLAB_REQUIRE_TOOLS=1 in the
// environment (as .ci/run sets it) the test fails instead, so that a CI run
// cannot pass having skipped the comparisons it exists to make.
package tools

import (
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// RequireEnv is the environment variable that, set to 1, turns a missing
// tool from a skipped test into a failed one.
const RequireEnv = "GRAFTLAB_REQUIRE_TOOLS"

// Required reports whether missing tools fail tests: RequireEnv is "1".
func Required() bool { return os.Getenv(RequireEnv) == "1" }

// packages names the Debian package that provides each tool, for messages.
var packages = map[string]string{
	"qemu-mipsel":   "qemu-user",
	"gdb-multiarch": "gdb-multiarch",
	"unicorn":       "python3-unicorn",
	"go":            "golang",
}

// Package returns the Debian package that provides tool, or "" if it is not
// one graftlab knows.
func Package(tool string) string {
	if p, ok := packages[tool]; ok {
		return p
	}
	switch {
	case strings.HasPrefix(tool, "mipsel-linux-gnu-gcc"), strings.HasPrefix(tool, "mipsel-linux-gnu-cpp"):
		return "gcc-mipsel-linux-gnu"
	case strings.HasPrefix(tool, "mipsel-linux-gnu-"):
		return "binutils-mipsel-linux-gnu"
	}
	return ""
}

// Need returns the path of the program name, looked up on PATH. If it is
// missing, Need skips the test, or under GRAFTLAB_REQUIRE_TOOLS=1 fails it;
// either way the test goes no further.
func Need(t testing.TB, name string) string {
	t.Helper()
	path, err := exec.LookPath(name)
	if err != nil {
		Missing(t, name, err)
		return ""
	}
	return path
}

// NeedAll is Need for several programs; it returns their paths in order.
func NeedAll(t testing.TB, names ...string) []string {
	t.Helper()
	paths := make([]string, len(names))
	for i, n := range names {
		if paths[i] = Need(t, n); paths[i] == "" {
			return nil
		}
	}
	return paths
}

// Have reports whether the program name is on PATH, for a test that does
// less without it rather than skipping. Under GRAFTLAB_REQUIRE_TOOLS=1 a
// missing program fails the test (and Have returns false).
func Have(t testing.TB, name string) bool {
	t.Helper()
	if _, err := exec.LookPath(name); err != nil {
		if Required() {
			t.Errorf("%s", message(name, err))
		}
		return false
	}
	return true
}

// NeedPython returns a python3 interpreter that can import module: python3
// on PATH, else /usr/bin/python3 (where Debian's python3-* packages
// install). If there is none, it acts as Need does for a missing program.
func NeedPython(t testing.TB, module string) string {
	t.Helper()
	var errs []string
	for _, py := range []string{"python3", "/usr/bin/python3"} {
		p, err := exec.LookPath(py)
		if err != nil {
			errs = append(errs, err.Error())
			continue
		}
		out, err := exec.Command(p, "-c", "import "+module).CombinedOutput()
		if err == nil {
			return p
		}
		errs = append(errs, fmt.Sprintf("%s cannot import %s: %s", p, module, lastLine(string(out), err)))
	}
	Missing(t, module, fmt.Errorf("%s", strings.Join(errs, "; ")))
	return ""
}

// Missing reports that tool could not be found (err says why): it skips the
// test, or fails it under GRAFTLAB_REQUIRE_TOOLS=1. It is for tests that
// find their tool another way than Need.
func Missing(t testing.TB, tool string, err error) {
	t.Helper()
	if Required() {
		t.Fatalf("%s", message(tool, err))
		return
	}
	t.Skipf("%s", message(tool, err))
}

func message(tool string, err error) string {
	msg := fmt.Sprintf("%s is not installed", tool)
	if p := Package(tool); p != "" {
		msg += fmt.Sprintf(" (Debian: %s)", p)
	}
	if err != nil {
		msg += ": " + err.Error()
	}
	if Required() {
		msg += "; " + RequireEnv + "=1 makes that a failure"
	}
	return msg
}

func lastLine(out string, err error) string {
	out = strings.TrimSpace(out)
	if i := strings.LastIndexByte(out, '\n'); i >= 0 {
		out = out[i+1:] // a traceback's last line says what went wrong
	}
	if out == "" {
		return err.Error()
	}
	return out
}
