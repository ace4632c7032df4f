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
	for _, b := range []string{"999", "2147483649"} {
		if status, _, stderr := runCmd(t, "", "boot", "--spin-budget", b, "../../kit/spin/raise.elf"); status != 2 || !strings.Contains(stderr, "--spin-budget "+b) {
			t.Errorf("--spin-budget %s: status %d, stderr %q", b, status, stderr)
		}
	}
	if status, _, stderr := runCmd(t, "", "boot", "--spin-listing", "32", "../../kit/spin/raise.elf"); status != 2 || stderr == "" {
		t.Errorf("--spin-listing 32: status %d, stderr %q", status, stderr)
	}
}

// doc/spin.md's run-time loading: hello.o signed by a trusted compiler's
// key with its manifest, or rewritten by MiSFIT with it and signed with a
// graft key; loaded by a program (kit/spin/loader.elf), bound, raised,
// unloaded. The kernel refuses it signed by the wrong kind of key, or with
// a manifest that does not import what it calls.
func TestSpinLoaderPipeline(t *testing.T) {
	dir := t.TempDir()
	path := func(n string) string { return filepath.Join(dir, n) }
	if err := os.WriteFile(path("clock.manifest"), []byte("import spin.clock\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, step := range [][]string{
		{"keygen", "-o", path("k")},
		{"keygen", "-o", path("c")},
		{"sign", "--key", path("c"), "--manifest", "../../kit/spin/hello.manifest", "-o", path("u.o"), "../../kit/spin/hello.o"},
		{"misfit", "--key", path("k"), "--manifest", "../../kit/spin/hello.manifest", "--callable", "../../kit/spin/spin.callable",
			"-o", path("m.o"), "../../kit/spin/hello.o"},
		{"sign", "--key", path("c"), "--manifest", path("clock.manifest"), "-o", path("clock.o"), "../../kit/spin/hello.o"},
	} {
		if status, _, stderr := runCmd(t, "", step...); status != 0 {
			t.Fatalf("%v: status %d: %s", step, status, stderr)
		}
	}
	read := func(n string) string {
		b, err := os.ReadFile(path(n))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	for _, c := range []struct {
		obj, mode, key string
		want           string
		status         int
	}{
		{"u.o", "unchecked", "--compiler-key", "loaded 1996 bytes into slot 0\nhello 1\nevent(1) = 2\nhello 2\nevent(2) = 3\n", 0},
		{"m.o", "checked", "--graft-key", "loaded 2576 bytes into slot 0\nhello 1\nevent(1) = 2\nhello 2\nevent(2) = 3\n", 0},
		{"u.o", "checked", "--graft-key", "spin_load: errno 13\n", 1},         // not MiSFIT's key
		{"m.o", "unchecked", "--compiler-key", "spin_load: errno 13\n", 1},    // not a compiler's
		{"clock.o", "unchecked", "--compiler-key", "spin_load: errno 8\n", 1}, // spin_putc not imported
	} {
		key := path("c.pub")
		if c.key == "--graft-key" {
			key = path("k.pub")
		}
		status, stdout, stderr := runCmd(t, read(c.obj), "boot", c.key, key, "../../kit/spin/loader.elf", c.mode, "1", "2")
		if status != c.status || stdout != c.want {
			t.Errorf("%s %s: status %d, output %q; want %d, %q (stderr %q)", c.obj, c.mode, status, stdout, c.status, c.want, stderr)
		}
	}
	if status, _, stderr := runCmd(t, "", "sign", "--key", path("c"), "--manifest", "../../kit/spin/hello.c", "-o", path("x.o"), "../../kit/spin/hello.o"); status == 0 || !strings.Contains(stderr, "hello.c:1: ") {
		t.Errorf("sign with a C file as its manifest: status %d, stderr %q", status, stderr)
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
	for _, f := range []string{"kit/start.S", "kit/lib.c", "kit/graftlab.h", "kit/spin/build.sh", "kit/spin/numbers.c", "kit/spin/raise.c",
		"kit/spin/hello.c", "kit/spin/loader.c"} {
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
	for _, f := range []string{"numbers.o", "raise.elf", "hello.o", "loader.elf"} {
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
