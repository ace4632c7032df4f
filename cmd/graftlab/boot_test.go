package main

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"graftlab/cpu"
)

func TestBoot(t *testing.T) {
	dir := t.TempDir()
	diskImage, badDisk := filepath.Join(dir, "disk.img"), filepath.Join(dir, "bad.img")
	if err := errors.Join(os.WriteFile(diskImage, make([]byte, 8*512), 0o644), os.WriteFile(badDisk, make([]byte, 1000), 0o644)); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		args   []string
		stdin  string
		status int
		stdout string   // exact
		stderr []string // substrings
	}{
		{name: "hello", args: []string{progs + "hello.elf"}, stdout: "hello, world\n"},
		{name: "exit status", args: []string{"--profile", "ideal", progs + "fib.elf"}, status: 144,
			stdout: "fib(0) = 0\nfib(5) = 5\nfib(10) = 55\nfib(15) = 610\nfib(20) = 6765\nack(2, 3) = 9\nack(3, 5) = 253\n"},
		{name: "stdin", args: []string{progs + "wc.elf"}, stdin: "one two\nthree\n", stdout: "2 3 14 0x4a6e2468\n"},
		{name: "killed", args: []string{progs + "misaligned.elf"}, status: 138, stdout: "loading a misaligned word\n",
			stderr: []string{"misaligned.elf: killed by signal 10 (AdEL exception) at pc 0x00400180, badvaddr 0x00410b15"}},
		{name: "stats", args: []string{"--stats", progs + "hello.elf"}, stdout: "hello, world\n",
			stderr: []string{`{"profile":"dec5000","exit_status":0,"instructions":`}},
		{name: "instruction limit", args: []string{"--max-instructions", "5000", progs + "loop.elf"}, status: 124,
			stderr: []string{"loop.elf: stopped (instruction limit) at pc 0x", "after 5000 instructions"}},
		// The exokernel personality serves no Linux calls: write fails with
		// ENOSYS and the program's library gives up with a break.
		{name: "exokernel personality", args: []string{"--personality", "exo", progs + "hello.elf"}, status: 133,
			stderr: []string{"killed by signal 5 (Bp exception)"}},
		{name: "bad personality", args: []string{"--personality", "unix", progs + "hello.elf"}, status: 2,
			stderr: []string{`unknown personality "unix"`}},
		{name: "no program", args: nil, status: 2, stderr: []string{"want a program to boot"}},
		{name: "missing file", args: []string{"nonexistent.elf"}, status: 1, stderr: []string{"nonexistent.elf"}},
		{name: "not an executable", args: []string{progs + "hello.c"}, status: 1, stderr: []string{"hello.c: "}},
		{name: "bad ram", args: []string{"--ram", "0", progs + "hello.elf"}, status: 2, stderr: []string{"--ram 0"}},
		{name: "interpreter", args: []string{"--engine", "interp", progs + "hello.elf"}, stdout: "hello, world\n"},
		{name: "bad engine", args: []string{"--engine", "warp", progs + "hello.elf"}, status: 2, stderr: []string{`--engine "warp": want interp or fast`}},
		{name: "disk", args: []string{"--disk", diskImage, progs + "hello.elf"}, stdout: "hello, world\n"},
		{name: "disk of a bad size", args: []string{"--disk", badDisk, progs + "hello.elf"}, status: 1,
			stderr: []string{"disk " + badDisk + ": 1000 bytes: want a positive multiple of 512"}},
		{name: "missing disk", args: []string{"--disk", "nonexistent.img", progs + "hello.elf"}, status: 1,
			stderr: []string{"disk: open nonexistent.img: no such file or directory"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			status, out, errs := runCmd(t, tc.stdin, append([]string{"boot"}, tc.args...)...)
			if status != tc.status || out != tc.stdout {
				t.Errorf("status %d stdout %q; want %d %q (stderr %q)", status, out, tc.status, tc.stdout, errs)
			}
			for _, s := range tc.stderr {
				if !strings.Contains(errs, s) {
					t.Errorf("stderr %q lacks %q", errs, s)
				}
			}
		})
	}
}

// TestBootEngines boots the same program, with the timer, on every
// engine: the same output and the same counts in --stats (all but the
// host's time and speed, and the jit engine's account of its own work).
func TestBootEngines(t *testing.T) {
	var stats []map[string]any
	for _, eng := range cpu.EngineNames() {
		status, out, errs := runCmd(t, "", "boot", "--engine", eng, "--timer", "997", "--stats", progs+"checksum.elf")
		if status != 0 || !strings.HasPrefix(out, "adler32 ") {
			t.Fatalf("%s: status %d, stdout %q, stderr %q", eng, status, out, errs)
		}
		lines := strings.Split(strings.TrimSpace(errs), "\n")
		var st map[string]any
		if err := json.Unmarshal([]byte(lines[len(lines)-1]), &st); err != nil {
			t.Fatalf("%s: %v: %q", eng, err, errs)
		}
		delete(st, "host_seconds")
		delete(st, "guest_mips")
		if _, ok := st["jit"]; ok != (eng == "jit") {
			t.Errorf("%s: a jit object in --stats: %v", eng, ok)
		}
		delete(st, "jit") // the compiled engine's own work
		stats = append(stats, st)
	}
	for i, eng := range cpu.EngineNames()[1:] {
		if d := cmp.Diff(stats[0], stats[i+1]); d != "" {
			t.Errorf("the engines' counts differ (-%s +%s):\n%s", cpu.Reference().Name(), eng, d)
		}
	}
}
