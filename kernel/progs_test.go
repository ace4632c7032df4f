package kernel

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"graftlab/cpu"
	"graftlab/loader"
	"graftlab/profile"
)

const progsDir = "../testdata/progs"

// The test programs that run to an end on the nanokernel's conventional
// personality, compared with qemu-mipsel's output (NAME.out, recorded by
// testdata/progs/golden.sh). heap is left out: the kernel has no mmap2
// (ENOSYS), which heap needs; loop never ends.
var bootPrograms = []string{"hello", "args", "checksum", "fib", "qsort", "strings", "sys", "wc",
	"muldiv", "unaligned", "wildjump", "illegal", "textwrite", "divzero", "misaligned"}

// Where the nanokernel ends otherwise than qemu-mipsel 7.2, and why.
var qemuDeviations = map[string]int{
	"divzero": 136, // Linux (and the kernel) make trap code 7 SIGFPE; qemu raises SIGTRAP (133)
}

// The programs a signal ends.
var killed = map[string]bool{"wildjump": true, "illegal": true, "textwrite": true, "divzero": true, "misaligned": true}

func readProgram(t testing.TB, path string) *loader.Executable {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	x, err := loader.ParseExecutable(data)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return x
}

func bootRun(t testing.TB, cfg Config, limit uint64) (out string, status int, sys *System) {
	t.Helper()
	return bootRunOn(t, cfg, limit, nil)
}

// bootRunOn is bootRun on engine eng (nil: the System's default).
func bootRunOn(t testing.TB, cfg Config, limit uint64, eng cpu.Engine) (out string, status int, sys *System) {
	t.Helper()
	var console bytes.Buffer
	cfg.Console = &console
	if cfg.Profile == nil {
		p, err := profile.Lookup("dec5000")
		if err != nil {
			t.Fatal(err)
		}
		cfg.Profile = p
	}
	sys, err := Boot(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if eng != nil {
		sys.Engine = eng
	}
	stop, err := sys.Run(context.Background(), cpu.Limits{MaxInstructions: limit})
	if err != nil {
		t.Fatal(err)
	}
	if stop.Reason != cpu.StopHalted {
		t.Fatalf("stopped: %v at pc %#x; console %q", stop.Reason, sys.Machine.PC, console.String())
	}
	return console.String(), stop.Status, sys
}

func TestBootPrograms(t *testing.T) {
	for _, name := range bootPrograms {
		t.Run(name, func(t *testing.T) {
			if testing.Short() && (name == "fib" || name == "qsort") {
				t.Skip("millions of instructions; not in -short")
			}
			golden, err := os.ReadFile(filepath.Join(progsDir, name+".out"))
			if err != nil {
				t.Fatal(err)
			}
			in, err := os.ReadFile(filepath.Join(progsDir, name+".in"))
			if err != nil && !errors.Is(err, os.ErrNotExist) {
				t.Fatal(err)
			}
			out, status, sys := bootRun(t, Config{
				Program: readProgram(t, filepath.Join(progsDir, name+".elf")),
				Args:    []string{name + ".elf", "alpha", "beta gamma"},
				Env:     []string{"GRAFTLAB=1"},
				Input:   bytes.NewReader(in),
			}, 50_000_000)
			text, st, ok := strings.Cut(string(golden), "\n-- exit status ")
			if !ok {
				t.Fatalf("%s.out has no exit status line", name)
			}
			var want int
			fmt.Sscanf(st, "%d", &want)
			if want == 135 { // qemu re-raises SIGBUS as the host's (x86: 7)
				want = 128 + 10
			}
			if s, ok := qemuDeviations[name]; ok {
				want = s
			}
			if out != text || status != want {
				t.Errorf("stdout %q, status %d; want %q, %d", out, status, text, want)
			}
			c, crashed := sys.Crash()
			if crashed != killed[name] || crashed && c.Signal != status-128 {
				t.Errorf("crash record %v (%v) for status %d", c, crashed, status)
			}
		})
	}
}

// Timer interrupts are transparent: a program's output and status do not
// change, under either personality.
func TestTimerTransparent(t *testing.T) {
	x := readProgram(t, filepath.Join(progsDir, "checksum.elf"))
	golden, err := os.ReadFile(filepath.Join(progsDir, "checksum.out"))
	if err != nil {
		t.Fatal(err)
	}
	want, _, _ := strings.Cut(string(golden), "\n-- exit status ")
	out, status, sys := bootRun(t, Config{Program: x, Args: []string{"checksum.elf", "alpha", "beta gamma"},
		Env: []string{"GRAFTLAB=1"}, TimerInterval: 997}, 50_000_000)
	if ints := sys.Machine.Stats.Exceptions[0]; out != want || status != 0 || ints < 100 {
		t.Errorf("with the timer: status %d, %d interrupts, output %q", status, ints, out)
	}
	for _, p := range []Personality{Conventional, Exokernel} {
		exo := int64(0)
		if p == Exokernel {
			exo = 1
		}
		x := assemble(t, "../testdata/kernel/exceptions.s", map[string]int64{"EXO": exo})
		out, status, sys := bootRun(t, Config{Program: x, Personality: p, TimerInterval: 61}, 1_000_000)
		if ints := sys.Machine.Stats.Exceptions[0]; status != 0 || strings.Contains(out, "FAIL") || ints < 20 {
			t.Errorf("%v with the timer: status %d, %d interrupts, output %q", p, status, ints, out)
		}
	}
}

// TestEnginesAgreeBoot runs programs on the nanokernel on both engines, with
// and without the timer, under both personalities where they run: the
// kernel's TLB refills, exceptions, system calls, signals and erets in
// guest code must give the same output, state and counts.
func TestEnginesAgreeBoot(t *testing.T) {
	for _, name := range []string{"hello", "checksum", "sys", "strings", "unaligned", "textwrite", "wildjump"} {
		for _, timer := range []uint32{0, 997} {
			t.Run(fmt.Sprintf("%s/timer%d", name, timer), func(t *testing.T) {
				run := func(eng cpu.Engine) (string, int, *System) {
					in, err := os.ReadFile(filepath.Join(progsDir, name+".in"))
					if err != nil && !errors.Is(err, os.ErrNotExist) {
						t.Fatal(err)
					}
					return bootRunOn(t, Config{
						Program:       readProgram(t, filepath.Join(progsDir, name+".elf")),
						Args:          []string{name + ".elf", "alpha", "beta gamma"},
						Env:           []string{"GRAFTLAB=1"},
						Input:         bytes.NewReader(in),
						TimerInterval: timer,
					}, 50_000_000, eng)
				}
				wout, wstatus, want := run(cpu.Reference())
				for _, eng := range cpu.Engines()[1:] {
					gout, gstatus, got := run(eng)
					if gout != wout || gstatus != wstatus {
						t.Errorf("%s: status %d, output %q; interp: status %d, output %q", eng.Name(), gstatus, gout, wstatus, wout)
					}
					if w, g := want.Machine, got.Machine; cpu.DiffMachines(w, g) != "" {
						t.Errorf("machines differ:\ninterp %+v\n%+v\n%s   %+v\n%+v", w.State, w.Stats, eng.Name(), g.State, g.Stats)
					}
				}
			})
		}
	}
	for _, p := range []Personality{Conventional, Exokernel} {
		exo := int64(0)
		if p == Exokernel {
			exo = 1
		}
		x := assemble(t, "../testdata/kernel/exceptions.s", map[string]int64{"EXO": exo})
		wout, _, want := bootRunOn(t, Config{Program: x, Personality: p, TimerInterval: 61}, 1_000_000, cpu.Reference())
		for _, eng := range cpu.Engines()[1:] {
			gout, _, got := bootRunOn(t, Config{Program: x, Personality: p, TimerInterval: 61}, 1_000_000, eng)
			if gout != wout || cpu.DiffMachines(want.Machine, got.Machine) != "" {
				t.Errorf("%v: %s differs: output %q and %q, stats %+v and %+v", p, eng.Name(), wout, gout, want.Machine.Stats, got.Machine.Stats)
			}
		}
	}
}
