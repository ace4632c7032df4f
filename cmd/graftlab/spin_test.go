package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"graftlab/internal/tools"
	"graftlab/kernel"
	"graftlab/misfit"
)

// TestSpinPipeline is doc/spin.md's walk: a C extension rewritten and
// signed, placed with --spin, bound to an event by a program and raised;
// the dispatcher's listing on stderr. Then the extension unchecked.
func TestSpinPipeline(t *testing.T) {
	dir := t.TempDir()
	key := filepath.Join(dir, "k")
	ckey := filepath.Join(dir, "c")
	obj := filepath.Join(dir, "numbers.o")
	plain := filepath.Join(dir, "numbers.signed.o")
	for _, step := range [][]string{
		{"keygen", "-o", key},
		{"keygen", "-o", ckey},
		{"misfit", "--key", key, "--callable", "../../kit/spin/spin.callable", "-o", obj, "../../kit/spin/numbers.o"},
		{"sign", "--key", ckey, "-o", plain, "../../kit/spin/numbers.o"},
	} {
		if status, _, stderr := runCmd(t, "", step...); status != 0 {
			t.Fatalf("%v: status %d: %s", step, status, stderr)
		}
	}
	want := "event(1) = 1\nevent(2) = -2\nevent(3) = 4\nevent(4) = -4\nevent(5) = 9\nevent(7) = 14\nevent(8) = 16\n"
	for _, c := range []struct {
		name  string
		flags []string
		calls []string // how the listing calls odd, sum and none
	}{
		{"checked", []string{"--spin", obj, "--graft-key", key + ".pub"}, []string{"jal\tcf001020 <spin_gate>", "j\tcf001020 <spin_gate>"}},
		{"unchecked", []string{"--spin", plain, "--spin-unchecked", "--compiler-key", ckey + ".pub"}, []string{"jal\tc8000000 <odd>", "jal\tc8000008 <sum>", "j\tc8000034 <none>"}},
	} {
		args := append(append([]string{"boot"}, c.flags...), "--spin-listing", "1", "../../kit/spin/raise.elf", "1", "2", "3", "4", "5", "7", "8")
		status, stdout, stderr := runCmd(t, "", args...)
		if status != 0 || stdout != want {
			t.Errorf("%s: status %d\n got %q\nwant %q\nstderr %q", c.name, status, stdout, want, stderr)
			continue
		}
		// The compare inlined, and twice's body (sll v0,a0,0x1) with it.
		for _, s := range append(c.calls, "event 1: ", "lw\tat,0(at)", "bne\tat,t8,", "sll\tv0,a0,0x1") {
			if !strings.Contains(stderr, s) {
				t.Errorf("%s: the listing has no %q:\n%s", c.name, s, stderr)
			}
		}
	}
	if status, _, stderr := runCmd(t, "", "boot", "--spin", obj, "../../kit/spin/raise.elf"); status != 2 || !strings.Contains(stderr, "--spin-unchecked") {
		t.Errorf("no --graft-key: status %d, stderr %q", status, stderr)
	}
	// Unchecked needs a trusted compiler's signature: none, or MiSFIT's key
	// in its place, is refused.
	for _, flags := range [][]string{
		{"--spin-unchecked", "--spin", plain},
		{"--spin-unchecked", "--spin", "../../kit/spin/numbers.o", "--compiler-key", ckey + ".pub"},
		{"--spin-unchecked", "--spin", plain, "--compiler-key", key + ".pub"},
	} {
		status, _, stderr := runCmd(t, "", append(append([]string{"boot"}, flags...), "../../kit/spin/raise.elf")...)
		if status == 0 || !strings.Contains(stderr, "compiler") && !strings.Contains(stderr, "signed") {
			t.Errorf("%v: status %d, stderr %q", flags, status, stderr)
		}
	}
	if status, _, stderr := runCmd(t, "", "boot", "--spin-listing", "32", "../../kit/spin/raise.elf"); status != 2 || stderr == "" {
		t.Errorf("--spin-listing 32: status %d, stderr %q", status, stderr)
	}
}

// The callable list in the kit is the kernel's export list for SPIN.
func TestSpinCallableList(t *testing.T) {
	f, err := os.Open("../../kit/spin/spin.callable")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	names, err := misfit.ParseCallable(f)
	if err != nil {
		t.Fatal(err)
	}
	want := slices.Clone(kernel.SpinExports)
	slices.Sort(want)
	if !slices.Equal(names, want) {
		t.Errorf("kit/spin/spin.callable: %v, want %v", names, want)
	}
}

// kit/spin/build.sh rebuilds the committed objects byte for byte.
func TestSpinKitRebuild(t *testing.T) {
	tools.Need(t, "mipsel-linux-gnu-gcc")
	dir := t.TempDir()
	for _, f := range []string{"kit/start.S", "kit/lib.c", "kit/graftlab.h", "kit/spin/build.sh", "kit/spin/numbers.c", "kit/spin/raise.c"} {
		b, err := os.ReadFile(filepath.Join("../..", f))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, f)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, f), b, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if out, err := exec.Command("sh", filepath.Join(dir, "kit/spin/build.sh")).CombinedOutput(); err != nil {
		t.Fatalf("build.sh: %v\n%s", err, out)
	}
	for _, f := range []string{"numbers.o", "raise.elf"} {
		a, err := os.ReadFile(filepath.Join("../../kit/spin", f))
		if err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(filepath.Join(dir, "kit/spin", f))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a, b) {
			t.Errorf("%s: the rebuild differs from the committed file", f)
		}
	}
}
