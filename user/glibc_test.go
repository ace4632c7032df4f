package user_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"graftlab/cpu"
	"graftlab/loader"
	"graftlab/profile"
	"graftlab/user"
)

// glibcDir holds programs built as a user builds them, with Debian's cross
// gcc and its defaults (MIPS32 Release 2, hard float, static glibc):
// sources, ELF files (build.sh), qemu-mipsel's output (NAME.out, golden.sh)
// and Unicorn's counts (counts.txt, unicorn_glibc.py).
const glibcDir = "../testdata/glibc"

// glibcProgs are the corpus, in build.sh's order, with their arguments.
var glibcProgs = []struct {
	name string
	args []string
}{
	{"hello", nil}, {"stdio", nil}, {"strtod", nil}, {"math", nil}, {"qsort", nil},
	{"file", []string{"file.c"}}, {"fenv", nil}, {"dir", []string{"."}},
}

// runGlibc runs a corpus program on the 24kf profile from glibcDir.
func runGlibc(t *testing.T, name string, args []string, eng cpu.Engine) result {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(glibcDir, name+".elf"))
	if err != nil {
		t.Fatal(err)
	}
	x, err := loader.ParseExecutable(data)
	if err != nil {
		t.Fatal(err)
	}
	p, err := profile.Lookup("24kf")
	if err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	proc, err := user.New(user.Config{
		Profile: p, Executable: x, Engine: eng, Dir: glibcDir,
		Args: append([]string{name + ".elf"}, args...), Env: []string{"GRAFTLAB=1"},
		Stdout: &stdout, Stderr: &stderr,
	})
	if err != nil {
		t.Fatal(err)
	}
	status, err := proc.Run(context.Background(), cpu.Limits{MaxInstructions: 200_000_000})
	var f *user.Fault
	if err != nil && !errors.As(err, &f) {
		t.Fatalf("%s: %v", name, err)
	}
	if f != nil {
		t.Errorf("%s: %v", name, f)
	}
	return result{stdout.String(), status, proc.Stats(), f, proc.Machine.State, proc.Machine}
}

// TestGlibcPrograms runs the corpus on both engines: the output and exit
// status must be qemu-mipsel's, and the engines must agree on every counter
// and the final state.
func TestGlibcPrograms(t *testing.T) {
	for _, pr := range glibcProgs {
		t.Run(pr.name, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join(glibcDir, pr.name+".out"))
			if err != nil {
				t.Fatal(err)
			}
			const sep = "\n-- exit status "
			i := bytes.LastIndex(b, []byte(sep))
			if i < 0 {
				t.Fatalf("%s.out has no exit status line", pr.name)
			}
			wantStatus, _ := strconv.Atoi(strings.TrimSpace(string(b[i+len(sep):])))
			want := string(b[:i])
			interp := runGlibc(t, pr.name, pr.args, cpu.Reference())
			if interp.stdout != want || interp.status != wantStatus {
				t.Errorf("interp: status %d, stdout\n%s\nqemu-mipsel: status %d, stdout\n%s", interp.status, interp.stdout, wantStatus, want)
			}
			if testing.Short() {
				return
			}
			for _, eng := range cpu.Engines()[1:] {
				got := runGlibc(t, pr.name, pr.args, eng)
				if got.stdout != interp.stdout || got.status != interp.status {
					t.Errorf("%s: status %d, stdout %q", eng.Name(), got.status, got.stdout)
				}
				if diff := cmp.Diff(interp.stats, got.stats); diff != "" {
					t.Errorf("stats differ (-interp +%s):\n%s", eng.Name(), diff)
				}
				if diff := cmp.Diff(interp.state, got.state); diff != "" {
					t.Errorf("final state differs (-interp +%s):\n%s", eng.Name(), diff)
				} else if diff := cpu.DiffMachines(interp.m, got.m); diff != "" {
					t.Errorf("%s: the machine differs from the interpreter's:\n%s", eng.Name(), diff)
				}
			}
			t.Logf("%s: %d instructions, %d cycles on 24kf", pr.name, interp.stats.Instructions, interp.stats.Cycles)
		})
	}
}

// glibcCountDeviations names the corpus programs whose instruction count
// may differ from Unicorn's, and why.
var glibcCountDeviations = map[string]string{
	"dir": "its clocks are graftlab's emulated time (they read zero under unicorn_glibc.py) and it reads whatever the directory holds",
}

// TestGlibcCounts checks graftlab's instruction counts of the corpus
// against Unicorn's (counts.txt, recorded by unicorn_glibc.py, which serves
// the system calls as graftlab does).
func TestGlibcCounts(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(glibcDir, "counts.txt"))
	if err != nil {
		t.Fatal(err)
	}
	counts := parseCounts(t, b)
	for _, pr := range glibcProgs {
		if _, skip := glibcCountDeviations[pr.name]; skip {
			continue
		}
		t.Run(pr.name, func(t *testing.T) {
			want, ok := counts[pr.name]
			if !ok {
				t.Fatalf("counts.txt has no %s", pr.name)
			}
			got := runGlibc(t, pr.name, pr.args, cpu.DefaultEngine())
			if got.stats.Instructions != want.instructions || got.status != want.status {
				t.Errorf("%d instructions, status %d; Unicorn: %d instructions, status %d",
					got.stats.Instructions, got.status, want.instructions, want.status)
			}
		})
	}
}
