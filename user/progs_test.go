package user_test

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"github.com/google/go-cmp/cmp"

	"graftlab/cpu"
	"graftlab/internal/tools"
	"graftlab/loader"
	"graftlab/mmu"
	"graftlab/profile"
	"graftlab/user"
)

// progsDir holds the test programs: C sources, the ELF files gcc built from
// them (build.sh), qemu-mipsel's output (NAME.out) and Unicorn's
// instruction counts (counts.txt), both recorded by golden.sh.
const progsDir = "../testdata/progs"

// programs are the programs that run to an end, in build.sh's order; loop
// is left out.
var programs = []string{"hello", "args", "checksum", "fib", "qsort", "strings", "heap", "sys", "wc",
	"muldiv", "unaligned", "wildjump", "illegal", "textwrite", "divzero", "misaligned"}

// Every program runs with these arguments (after its name) and this
// environment, as golden.sh runs it on qemu-mipsel.
var (
	progArgs = []string{"alpha", "beta gamma"}
	progEnv  = []string{"GRAFTLAB=1"}
)

// qemuDeviations names the programs on which graftlab deliberately ends
// otherwise than the qemu-mipsel (7.2) that recorded the golden files, with
// the exit status graftlab gives and why.
var qemuDeviations = map[string]struct {
	status int
	why    string
}{
	"divzero": {136, "Linux turns trap code 7, gcc's divide-by-zero check, into SIGFPE (136); qemu-mipsel 7.2 raises SIGTRAP (133) for every trap"},
}

func readExecutable(t testing.TB, name string) *loader.Executable {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(progsDir, name+".elf"))
	if err != nil {
		t.Fatal(err)
	}
	x, err := loader.ParseExecutable(data)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return x
}

// stdinOf returns the program's standard input: NAME.in, or nothing.
func stdinOf(t testing.TB, name string) []byte {
	b, err := os.ReadFile(filepath.Join(progsDir, name+".in"))
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	return b
}

type result struct {
	stdout string
	status int
	stats  cpu.Stats
	fault  *user.Fault // the fault that ended the program, if one did
	state  cpu.State   // the registers at the end
	m      *cpu.Machine
}

// run runs a test program on graftlab with the given profile.
func run(t testing.TB, name, prof string) result {
	t.Helper()
	return runOn(t, name, prof, nil)
}

// runOn runs program NAME on engine eng (nil: the default, cpu.Interp).
func runOn(t testing.TB, name, prof string, eng cpu.Engine) result {
	t.Helper()
	p, err := profile.Lookup(prof)
	if prof == assocProfile {
		// dec5000 with a 1 KiB two-way I-cache and a 4 KiB two-way
		// D-cache of 16-byte lines, which the programs overflow: LRU
		// replacement decides which lines miss.
		p, err = profile.Lookup("dec5000")
		if err == nil {
			q, ic, dc := *p, *p.ICache, *p.DCache
			ic.Size, ic.Ways = 1024, 2
			dc.Size, dc.LineSize, dc.Ways = 4096, 16, 2
			q.Name, q.ICache, q.DCache = assocProfile, &ic, &dc
			p, err = &q, q.Validate()
		}
	}
	if err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	proc, err := user.New(user.Config{
		Profile:    p,
		Executable: readExecutable(t, name),
		Args:       append([]string{name + ".elf"}, progArgs...),
		Env:        progEnv,
		Stdin:      bytes.NewReader(stdinOf(t, name)),
		Stdout:     &stdout,
		Stderr:     &stderr,
		Engine:     eng,
	})
	if err != nil {
		t.Fatal(err)
	}
	status, err := proc.Run(context.Background(), cpu.Limits{MaxInstructions: 50_000_000})
	var f *user.Fault
	if err != nil && !errors.As(err, &f) {
		t.Fatalf("%s: %v", name, err)
	}
	if stderr.Len() > 0 {
		t.Errorf("%s wrote to stderr: %q", name, stderr.String())
	}
	return result{stdout.String(), status, proc.Stats(), f, proc.Machine.State, proc.Machine}
}

// readGolden returns the stdout and exit status that NAME.out records.
func readGolden(t *testing.T, name string) (string, int) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(progsDir, name+".out"))
	if err != nil {
		t.Fatal(err)
	}
	const sep = "\n-- exit status "
	i := bytes.LastIndex(b, []byte(sep))
	if i < 0 {
		t.Fatalf("%s.out has no exit status line", name)
	}
	status, err := strconv.Atoi(strings.TrimSpace(string(b[i+len(sep):])))
	if err != nil {
		t.Fatalf("%s.out: %v", name, err)
	}
	return string(b[:i]), status
}

// wantStatus is the exit status graftlab must give where qemu gave status.
// qemu-mipsel ends itself with the host's signal of the same meaning as the
// guest's, so 128+signal is in the host's numbering (x86 and arm64 Linux),
// which differs from MIPS Linux's for SIGBUS: 7 on the host, 10 on MIPS.
func wantStatus(name string, status int) int {
	if d, ok := qemuDeviations[name]; ok {
		return d.status
	}
	if status == 128+int(syscall.SIGBUS) {
		return 128 + int(user.SIGBUS)
	}
	return status
}

// TestProgramsGolden runs every program on graftlab and compares its output
// and exit status with qemu-mipsel's, recorded in NAME.out, on both
// embedded profiles: the profile changes the time a program takes, never
// what it does.
func TestProgramsGolden(t *testing.T) {
	for _, prof := range []string{"ideal", "dec5000"} {
		for _, name := range programs {
			t.Run(prof+"/"+name, func(t *testing.T) {
				stdout, status := readGolden(t, name)
				got := run(t, name, prof)
				if got.stdout != stdout {
					t.Errorf("stdout:\n%s\nwant (qemu-mipsel):\n%s", got.stdout, stdout)
				}
				if want := wantStatus(name, status); got.status != want {
					t.Errorf("exit status %d, want %d", got.status, want)
				}
			})
		}
	}
}

// TestProgramsMatchQemuLive compares graftlab with a fresh qemu-mipsel run
// of every program, when qemu-mipsel is installed.
func TestProgramsMatchQemuLive(t *testing.T) {
	qemu := tools.Need(t, "qemu-mipsel")
	for _, name := range programs {
		t.Run(name, func(t *testing.T) {
			cmd := exec.Command(qemu, append([]string{name + ".elf"}, progArgs...)...)
			cmd.Dir, cmd.Env = progsDir, progEnv
			cmd.Stdin = bytes.NewReader(stdinOf(t, name))
			var stdout bytes.Buffer
			cmd.Stdout = &stdout
			status := 0
			if err := cmd.Run(); err != nil {
				var xe *exec.ExitError
				if !errors.As(err, &xe) {
					t.Fatal(err)
				}
				status = xe.ExitCode()
				if ws, ok := xe.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
					status = 128 + int(ws.Signal())
				}
			}
			got := run(t, name, "ideal")
			if got.stdout != stdout.String() {
				t.Errorf("stdout:\n%s\nwant (qemu-mipsel):\n%s", got.stdout, stdout.String())
			}
			if want := wantStatus(name, status); got.status != want {
				t.Errorf("exit status %d, want %d (qemu-mipsel: %d)", got.status, want, status)
			}
		})
	}
}

// unicornCount is a line of counts.txt, or of unicorn_count.py's output.
type unicornCount struct {
	instructions uint64
	status       int
}

func parseCounts(t *testing.T, b []byte) map[string]unicornCount {
	t.Helper()
	counts := map[string]unicornCount{}
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		var name string
		var c unicornCount
		if _, err := fmt.Sscan(sc.Text(), &name, &c.instructions, &c.status); err != nil {
			t.Fatalf("counts: %q: %v", sc.Text(), err)
		}
		counts[name] = c
	}
	return counts
}

// TestInstructionCounts checks graftlab's instruction count of every
// program against Unicorn's (counts.txt, recorded by unicorn_count.py). Both
// count the syscall instruction of each system call and the instructions
// that raise exceptions by design (break, traps, reserved instructions);
// neither counts an instruction whose fetch faults. Unicorn's hook also
// counts a load or store that faults, which graftlab does not: it did not
// complete (cpu.Exception.Restarts), so a program that such a fault ends
// has one instruction fewer.
func TestInstructionCounts(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(progsDir, "counts.txt"))
	if err != nil {
		t.Fatal(err)
	}
	counts := parseCounts(t, b)
	for _, name := range programs {
		t.Run(name, func(t *testing.T) {
			want, ok := counts[name]
			if !ok {
				t.Fatalf("counts.txt has no %s", name)
			}
			for _, prof := range []string{"ideal", "dec5000"} {
				got := run(t, name, prof)
				if f := got.fault; f != nil && f.Exception.Restarts() && f.Exception.Access != mmu.Fetch {
					got.stats.Instructions++ // the faulting load or store, as Unicorn counts it
				}
				if got.stats.Instructions != want.instructions || got.status != want.status {
					t.Errorf("%s: %d instructions, status %d; Unicorn: %d instructions, status %d",
						prof, got.stats.Instructions, got.status, want.instructions, want.status)
				}
			}
		})
	}
}

// TestInstructionCountsUnicornLive runs unicorn_count.py afresh, when
// python3-unicorn is installed, and compares with counts.txt.
func TestInstructionCountsUnicornLive(t *testing.T) {
	python := tools.NeedPython(t, "unicorn")
	args := []string{"unicorn_count.py"}
	for _, name := range programs {
		args = append(args, name+".elf")
	}
	cmd := exec.Command(python, args...)
	cmd.Dir = progsDir
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("unicorn_count.py: %v", err)
	}
	live := parseCounts(t, out)
	b, err := os.ReadFile(filepath.Join(progsDir, "counts.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range parseCounts(t, b) {
		if got := live[name]; got != want {
			t.Errorf("%s: Unicorn now counts %+v, counts.txt says %+v", name, got, want)
		}
	}
}

// TestCyclesDeterministic runs a program twice on the cached profile: every
// counter must repeat.
func TestCyclesDeterministic(t *testing.T) {
	a, b := run(t, "qsort", "dec5000"), run(t, "qsort", "dec5000")
	if a.stats != b.stats {
		t.Errorf("two runs differ:\n%+v\n%+v", a.stats, b.stats)
	}
	if a.stats.Cycles <= a.stats.Instructions || a.stats.ICacheMisses == 0 || a.stats.DCacheMisses == 0 {
		t.Errorf("dec5000 stats look uncached: %+v", a.stats)
	}
}

// assocProfile names, for runOn, dec5000 with set-associative caches.
const assocProfile = "dec5000/icache-2way"

// TestEnginesAgree runs every program on the reference interpreter and on
// every other registered engine, under both embedded profiles and with set-associative
// caches: output, exit status, final registers and every counter must be
// the same.
func TestEnginesAgree(t *testing.T) {
	for _, prof := range []string{"ideal", "dec5000", assocProfile} {
		for _, name := range programs {
			t.Run(prof+"/"+name, func(t *testing.T) {
				want := runOn(t, name, prof, cpu.Reference())
				for _, eng := range cpu.Engines()[1:] {
					got := runOn(t, name, prof, eng)
					if got.stdout != want.stdout || got.status != want.status {
						t.Errorf("%s: status %d, stdout %q; interp: status %d, stdout %q", eng.Name(), got.status, got.stdout, want.status, want.stdout)
					}
					if diff := cmp.Diff(want.stats, got.stats); diff != "" {
						t.Errorf("stats differ (-interp +%s):\n%s", eng.Name(), diff)
					}
					if diff := cmp.Diff(want.state, got.state); diff != "" {
						t.Errorf("final state differs (-interp +%s):\n%s", eng.Name(), diff)
					} else if diff := cpu.DiffMachines(want.m, got.m); diff != "" {
						t.Errorf("%s: the machine differs from the interpreter's:\n%s", eng.Name(), diff)
					}
				}
			})
		}
	}
}
