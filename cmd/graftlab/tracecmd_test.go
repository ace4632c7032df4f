package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestTraceCommand: graftlab trace prints what run --trace wrote, as
// tracecat does.
func TestTraceCommand(t *testing.T) {
	tr := filepath.Join(t.TempDir(), "hello.trace")
	if status, _, stderr := runCmd(t, "", "run", "--trace", tr, progs+"hello.elf"); status != 0 {
		t.Fatalf("run --trace: %d %s", status, stderr)
	}
	status, stdout, stderr := runCmd(t, "", "trace", "--elf", progs+"hello.elf", "-n", "3", tr)
	want := "# " + progs + "hello.elf on dec5000, from instruction 0, cycle 0\n" +
		"<__start>:\n" +
		"00400190  3c1c0042    12  lui     gp,0x42              exception TLBL (restarts)\n" +
		"00400190  3c1c0042    17  lui     gp,0x42\n" +
		"00400194  279c8ae0     1  addiu   gp,gp,-29984\n"
	if status != 0 || stdout != want || stderr != "" {
		t.Errorf("trace -n 3: status %d\n got %q\nwant %q\nstderr %q", status, stdout, want, stderr)
	}
	status, stdout, _ = runCmd(t, "", "trace", tr)
	lines := strings.Split(strings.TrimSuffix(stdout, "\n"), "\n")
	if status != 0 || !strings.HasPrefix(lines[len(lines)-1], "# end: ") || strings.Contains(stdout, "<__start>") {
		t.Errorf("trace: status %d, last line %q", status, lines[len(lines)-1])
	}
	for _, c := range []struct {
		args   []string
		status int
		stderr string
	}{
		{[]string{"trace"}, 2, "graftlab trace: want one TRACE file\nusage: graftlab trace [--elf PROG.elf] [-n N] TRACE\n"},
		{[]string{"trace", progs + "hello.elf"}, 1, "graftlab trace: " + progs + "hello.elf: trace: "},
	} {
		status, _, stderr := runCmd(t, "", c.args...)
		if status != c.status || !strings.HasPrefix(stderr, c.stderr) {
			t.Errorf("%v: %d %q, want %d %q", c.args, status, stderr, c.status, c.stderr)
		}
	}
}
