package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"graftlab/debugger"
	"graftlab/loader"
	"graftlab/loader/debuginfo"
)

const sumELF = "../../testdata/debug/sum.elf"

// Piped stdin is a script: each command is echoed, then its output.
func TestDebugScriptStdin(t *testing.T) {
	script := "break sum_squares\nrun\n\n# a comment\nnext\nprint s\ncontinue\n"
	status, out, stderr := runCmd(t, script, "debug", "--profile", "ideal", sumELF)
	if status != 0 || stderr != "" {
		t.Fatalf("status %d, stderr %q", status, stderr)
	}
	want := "(graftlab) break sum_squares\nBreakpoint 1 at 0x00400bb0 <sum_squares+0x14>: file sum.c, line 15.\n" +
		"(graftlab) run\nStarting program at 0x00400150.\n\nBreakpoint 1, sum_squares (n=8) at sum.c:15\n15\t\tint s = 0;\n" +
		"(graftlab) next\n16\t\tfor (int i = 0; i < n; i++) {\n" +
		"(graftlab) print s\n0\n" +
		"(graftlab) continue\nsum of squares: 140\n[program exited with status 0]\n"
	if out != want {
		t.Errorf("output:\n%s\nwant:\n%s", out, want)
	}
}

// A script stops at its first failing command, with status 1 and the
// script's name and line.
func TestDebugScriptError(t *testing.T) {
	dir := t.TempDir()
	script := filepath.Join(dir, "cmds")
	if err := os.WriteFile(script, []byte("break main\n\nprint nosuch\nrun\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	status, out, stderr := runCmd(t, "", "debug", "-x", script, sumELF)
	if status != 1 {
		t.Errorf("status %d, want 1", status)
	}
	if want := "graftlab debug: " + script + `:3: print nosuch: no symbol "nosuch" in the current context` + "\n"; stderr != want {
		t.Errorf("stderr %q, want %q", stderr, want)
	}
	if strings.Contains(out, "(graftlab) run") {
		t.Errorf("the script went on after the error: %q", out)
	}
	// quit ends a script early with status 0.
	status, out, _ = runCmd(t, "stepi\nquit\nstepi\n", "debug", sumELF)
	if status != 0 || strings.Count(out, "(graftlab) stepi") != 1 {
		t.Errorf("quit: status %d, output %q", status, out)
	}
}

func TestDebugUsage(t *testing.T) {
	for _, c := range []struct {
		args   []string
		status int
		stderr string
	}{
		{[]string{"debug"}, 2, "graftlab debug: want a program to debug\nusage: graftlab debug "},
		{[]string{"debug", "--ram", "0", sumELF}, 2, "--ram 0: want 1 to 496 MiB"},
		{[]string{"debug", "--snapshot-interval", "0", sumELF}, 2, "must be positive"},
		{[]string{"debug", "/nonexistent.elf"}, 1, "open /nonexistent.elf"},
		{[]string{"debug", "--profile", "nosuch", sumELF}, 1, "nosuch"},
		{[]string{"debug", "-x", "/nonexistent.cmds", sumELF}, 1, "open /nonexistent.cmds"},
	} {
		status, _, stderr := runCmd(t, "", c.args...)
		if status != c.status || !strings.Contains(stderr, c.stderr) {
			t.Errorf("graftlab %v: status %d stderr %q; want %d and %q", c.args, status, stderr, c.status, c.stderr)
		}
	}
	// A missing script is found before the program is loaded: nothing else
	// is said, even of a program without a line table.
	if status, out, stderr := runCmd(t, "", "debug", "-x", "/nonexistent.cmds", "../../testdata/progs/fib.elf"); status != 1 || out != "" ||
		stderr != "graftlab debug: open /nonexistent.cmds: no such file or directory\n" {
		t.Errorf("debug -x missing: status %d, stdout %q, stderr %q", status, out, stderr)
	}
	status, out, _ := runCmd(t, "", "help", "debug")
	if status != 0 || !strings.Contains(out, "-snapshot-interval N") || !strings.Contains(out, "Tab completion") {
		t.Errorf("help debug: %d %q", status, out)
	}
}

// A program without DWARF is debugged at the instruction level, with a
// note.
func TestDebugNoDWARF(t *testing.T) {
	status, out, _ := runCmd(t, "break fib\ncontinue\ninfo registers pc\n", "debug", "../../testdata/progs/fib.elf")
	if status != 0 || !strings.HasPrefix(out, "../../testdata/progs/fib.elf has no line table (build with gcc -g for source-level debugging).\n") ||
		!strings.Contains(out, "pc       0x00400bb0") {
		t.Errorf("status %d, output %q", status, out)
	}
}

func TestCompleter(t *testing.T) {
	data, err := os.ReadFile(sumELF)
	if err != nil {
		t.Fatal(err)
	}
	exe, _ := loader.ParseExecutable(data)
	info, _ := debuginfo.Load(data)
	target, err := debugger.NewUserTarget(debugger.UserConfig{Executable: exe, RAMSize: 4 << 20})
	if err != nil {
		t.Fatal(err)
	}
	d, err := debugger.New(debugger.Config{Target: target, Executable: exe, Info: info})
	if err != nil {
		t.Fatal(err)
	}
	c := completer{d}
	for _, tc := range []struct {
		line string
		want []string
		n    int
	}{
		{"info re", []string{"gisters "}, 2},
		{"b sum_sq", []string{"uares "}, 6},
		{"x/4x &tot", []string{"al "}, 3},
		{"zzz", nil, 3},
	} {
		got, n := c.Do([]rune(tc.line), len([]rune(tc.line)))
		var gs []string
		for _, g := range got {
			gs = append(gs, string(g))
		}
		if strings.Join(gs, "|") != strings.Join(tc.want, "|") || n != tc.n {
			t.Errorf("Do(%q) = %q, %d; want %q, %d", tc.line, gs, n, tc.want, tc.n)
		}
	}
}

func TestHistoryFile(t *testing.T) {
	t.Setenv("GRAFTLAB_HISTORY", "/tmp/h1")
	if got := historyFile("/tmp/h2"); got != "/tmp/h2" {
		t.Errorf("flag: %q", got)
	}
	if got := historyFile(""); got != "/tmp/h1" {
		t.Errorf("environment: %q", got)
	}
	t.Setenv("GRAFTLAB_HISTORY", "")
	t.Setenv("HOME", "/home/someone")
	if got := historyFile(""); got != "/home/someone/.graftlab_history" {
		t.Errorf("home: %q", got)
	}
}

// The prompt's loop, driven through a pipe: an empty line repeats next, an
// error is printed and the session goes on, and the history file keeps the
// commands.
func TestDebugInteractiveLoop(t *testing.T) {
	data, err := os.ReadFile(sumELF)
	if err != nil {
		t.Fatal(err)
	}
	exe, _ := loader.ParseExecutable(data)
	info, _ := debuginfo.Load(data)
	var out strings.Builder
	target, err := debugger.NewUserTarget(debugger.UserConfig{Executable: exe, RAMSize: 4 << 20, Stdout: &out})
	if err != nil {
		t.Fatal(err)
	}
	d, err := debugger.New(debugger.Config{Target: target, Executable: exe, Info: info, Out: &out, ExeDir: filepath.Dir(sumELF)})
	if err != nil {
		t.Fatal(err)
	}
	hist := filepath.Join(t.TempDir(), "history")
	in := "break sum_squares\nrun\nnext\n\nprint nosuch\nprint s\nquit\nnext\n"
	if err := interactive(d, &env{strings.NewReader(in), &out, &out}, hist); err != nil {
		t.Fatal(err)
	}
	got := out.String()
	for _, want := range []string{"16\t\tfor (int i = 0; i < n; i++) {\n17\t\t\tsquares[i] = square(i);\n", "error: no symbol \"nosuch\" in the current context\n0\n"} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "18\t") {
		t.Errorf("a command after quit ran:\n%s", got)
	}
	h, err := os.ReadFile(hist)
	if err != nil {
		t.Fatal(err)
	}
	if want := "break sum_squares\nrun\nnext\nprint nosuch\nprint s\nquit\n"; string(h) != want {
		t.Errorf("history %q, want %q", h, want)
	}
}

// Leaving the prompt with a live program asks first, as gdb does: Ctrl-D
// (or the Delete key, which readline gives as the same end of input) on an
// empty line, and quit. "n" goes on with the session, breakpoints and
// all; end of input at the question answers yes. The answers are not
// kept in the history.
func TestDebugQuitAsks(t *testing.T) {
	data, err := os.ReadFile(sumELF)
	if err != nil {
		t.Fatal(err)
	}
	exe, _ := loader.ParseExecutable(data)
	info, _ := debuginfo.Load(data)
	for _, tc := range []struct {
		name, in string
		want     []string
		history  string
	}{
		{"ctrl-d, no, quit, yes", "break sum_squares\nrun\n\x04n\nprint n\nquit\nmaybe\ny\nprint n\n",
			[]string{"A debugging session is active.\n\n\tInferior 1 [process 1] will be killed.\n\n", "Not confirmed.\n", "\n8\n", "Please answer y or n.\n"},
			"break sum_squares\nrun\nprint n\nquit\n"},
		{"end of input", "break sum_squares\nrun\n",
			[]string{"A debugging session is active.\n", "EOF [answered Y; input not from terminal]\n"},
			"break sum_squares\nrun\n"},
		{"not started: no question", "break sum_squares\n\x04print n\n", nil, "break sum_squares\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out strings.Builder
			target, err := debugger.NewUserTarget(debugger.UserConfig{Executable: exe, RAMSize: 4 << 20, Stdout: &out})
			if err != nil {
				t.Fatal(err)
			}
			d, err := debugger.New(debugger.Config{Target: target, Executable: exe, Info: info, Out: &out, ExeDir: filepath.Dir(sumELF)})
			if err != nil {
				t.Fatal(err)
			}
			hist := filepath.Join(t.TempDir(), "history")
			if err := interactive(d, &env{strings.NewReader(tc.in), &out, &out}, hist); err != nil {
				t.Fatal(err)
			}
			got := out.String()
			for _, want := range tc.want {
				if !strings.Contains(got, want) {
					t.Errorf("output lacks %q:\n%s", want, got)
				}
			}
			if tc.want == nil && strings.Contains(got, "session is active") {
				t.Errorf("asked without a live program:\n%s", got)
			}
			if strings.Count(got, "\n8\n") > 1 {
				t.Errorf("a command after the confirmed quit ran:\n%s", got)
			}
			h, _ := os.ReadFile(hist)
			if string(h) != tc.history {
				t.Errorf("history %q, want %q", h, tc.history)
			}
		})
	}
}
