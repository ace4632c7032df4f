package main

import (
	"bytes"
	"context"
	"os"
	"strings"
	"testing"
)

// runCmd runs graftlab in-process and returns its exit status and output.
func runCmd(t *testing.T, stdin string, args ...string) (status int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	status = runMain(context.Background(), &env{strings.NewReader(stdin), &out, &errb}, args)
	return status, out.String(), errb.String()
}

func TestHelp(t *testing.T) {
	status, out, _ := runCmd(t, "", "help")
	if status != 0 || !strings.Contains(out, "usage: graftlab COMMAND") || !strings.Contains(out, "  disasm ") {
		t.Errorf("help: status %d output %q", status, out)
	}
	status, out, _ = runCmd(t, "", "help", "disasm")
	if status != 0 || !strings.HasPrefix(out, "usage: graftlab disasm ") || !strings.Contains(out, "-format") {
		t.Errorf("help disasm: status %d output %q", status, out)
	}
	status, out, _ = runCmd(t, "", "disasm", "-h")
	if status != 0 || !strings.HasPrefix(out, "usage: graftlab disasm ") {
		t.Errorf("disasm -h: status %d output %q", status, out)
	}
}

func TestUsageErrors(t *testing.T) {
	for _, c := range []struct {
		args   []string
		status int
		stderr string
	}{
		{nil, 2, "usage: graftlab COMMAND"},
		{[]string{"frobnicate"}, 2, `graftlab: unknown command "frobnicate" (run 'graftlab help')`},
		{[]string{"help", "frobnicate"}, 2, `graftlab: unknown command "frobnicate"`},
		{[]string{"disasm", "--bogus"}, 2, "graftlab disasm: flag provided but not defined: -bogus\nusage: graftlab disasm "},
		{[]string{"disasm", "/nonexistent/x.o"}, 1, "graftlab disasm: open /nonexistent/x.o: no such file or directory"},
	} {
		status, _, stderr := runCmd(t, "", c.args...)
		if status != c.status || !strings.Contains(stderr, c.stderr) {
			t.Errorf("graftlab %v: status %d stderr %q; want %d and %q", c.args, status, stderr, c.status, c.stderr)
		}
	}
}

// TestDisasmObjdumpFormat checks the command end to end: its objdump-format
// listing of the golden object equals objdump's.
func TestDisasmObjdumpFormat(t *testing.T) {
	want, err := os.ReadFile("../../isa/objdump/testdata/forms.objdump")
	if err != nil {
		t.Fatal(err)
	}
	status, out, stderr := runCmd(t, "", "disasm", "--format=objdump", "../../isa/objdump/testdata/forms.o")
	if status != 0 {
		t.Fatalf("status %d: %s", status, stderr)
	}
	gotLines, wantLines := strings.Split(out, "\n"), strings.Split(string(want), "\n")
	if len(gotLines) != len(wantLines) {
		t.Fatalf("%d lines, objdump %d", len(gotLines), len(wantLines))
	}
	mismatches := 0
	for i := range wantLines {
		g, w := gotLines[i], wantLines[i]
		if g == w {
			continue
		}
		// The one allowed difference: objdump does not know the
		// segment-register instructions.
		if strings.Contains(w, "\t.word\t") && strings.Contains(g, "sr") {
			mismatches++
			continue
		}
		if strings.HasPrefix(w, "\n") || strings.Contains(w, "file format") {
			continue
		}
		t.Errorf("line %d:\n got %q\nwant %q", i+1, g, w)
	}
	if mismatches != 9 {
		t.Errorf("%d segment-instruction lines differ, want 9", mismatches)
	}
}
