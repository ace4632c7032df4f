package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// graftlab boot with a boot list: programs separated by +, or a manifest;
// their output interleaves as the scheduler runs them; a crash names the
// environment.
func TestBootSeveral(t *testing.T) {
	dir := t.TempDir()
	asmTo := func(src, out string) string {
		t.Helper()
		path := filepath.Join(dir, out)
		if status, _, errs := runCmd(t, "", "asm", "-o", path, src); status != 0 {
			t.Fatalf("asm %s: %d %s", src, status, errs)
		}
		return path
	}
	ping := asmTo("../../testdata/kernel/ping.s", "ping.elf")
	pong := asmTo("../../testdata/kernel/pong.s", "pong.elf")
	want := "ping 1\npong 1\nping 2\npong 2\nping 3\npong 3\nping 4\npong 4\nping 5\npong 5\n"
	if status, out, errs := runCmd(t, "", "boot", ping, "+", pong); status != 0 || out != want || errs != "" {
		t.Errorf("boot ping + pong: status %d, output %q, stderr %q", status, out, errs)
	}
	manifest := filepath.Join(dir, "list")
	if err := os.WriteFile(manifest, []byte("# two programs\n"+pong+"\n\n"+ping+" an argument\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if status, out, _ := runCmd(t, "", "boot", "--manifest", manifest); status != 0 || !strings.HasPrefix(out, "pong 1\nping 1\n") {
		t.Errorf("boot --manifest: status %d, output %q", status, out)
	}
	// The second environment faults: reported with its index; the first's
	// status is the run's.
	bad := filepath.Join(dir, "bad.s")
	if err := os.WriteFile(bad, []byte("\t.text\n\t.globl __start\n__start:\n\tlw $t0, 1($zero)\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	badELF := asmTo(bad, "bad.elf")
	status, out, errs := runCmd(t, "", "boot", ping, "+", badELF)
	if status != 0 || out != "ping 1\nping 2\nping 3\nping 4\nping 5\n" ||
		errs != "graftlab boot: "+badELF+" (environment 1): killed by signal 10 (AdEL exception) at pc 0x00400060, badvaddr 0x00000001\n" {
		t.Errorf("boot ping + bad: status %d, output %q, stderr %q", status, out, errs)
	}
	for _, c := range []struct {
		args []string
		err  string
	}{
		{[]string{"boot", ping, "+"}, "+ must separate programs"},
		{[]string{"boot", "+", ping}, "+ must separate programs"},
		{[]string{"boot", "--manifest", manifest, ping}, "give one or the other"},
		{[]string{"boot", "--slice", "0", ping}, "--slice and --grace"},
	} {
		if status, _, errs := runCmd(t, "", c.args...); status != 2 || !strings.Contains(errs, c.err) {
			t.Errorf("%v: status %d, stderr %q; want 2 and %q", c.args, status, errs, c.err)
		}
	}
}

// graftlab boot --psl: two clients of one protected shared library add to
// its shared total through service calls (doc/psl.md's example).
func TestBootPSL(t *testing.T) {
	dir := t.TempDir()
	lib := filepath.Join(dir, "counter.o")
	cl := filepath.Join(dir, "client.elf")
	for _, args := range [][]string{
		{"asm", "-c", "-o", lib, "../../testdata/psl/counter.s"},
		{"asm", "-o", cl, "../../testdata/psl/client.s"},
	} {
		if status, _, errs := runCmd(t, "", args...); status != 0 {
			t.Fatalf("%v: %d %s", args, status, errs)
		}
	}
	if status, out, errs := runCmd(t, "", "boot", "--psl", lib+":add,get", cl, "one", "+", cl, "three"); status != 0 || out != "total 8\ntotal 8\n" || errs != "" {
		t.Errorf("boot --psl: status %d, output %q, stderr %q", status, out, errs)
	}
	// A library in C, built by gcc (testdata/psl/build.sh).
	cc := filepath.Join(dir, "cclient.elf")
	if status, _, errs := runCmd(t, "", "asm", "-o", cc, "../../testdata/psl/cclient.s"); status != 0 {
		t.Fatalf("asm cclient: %d %s", status, errs)
	}
	if status, out, errs := runCmd(t, "", "boot", "--psl", "../../testdata/psl/names.o:names_open,names_set,names_lookup", cc, "hello"); status != 0 || out != "key 7=5\nkey 8=/\n" {
		t.Errorf("boot --psl names.o: status %d, output %q, stderr %q", status, out, errs)
	}
	if status, _, errs := runCmd(t, "", "boot", "--psl", lib+":add,nope", cl); status != 1 || !strings.Contains(errs, `no service "nope"`) {
		t.Errorf("a missing service: status %d, %q", status, errs)
	}
}
