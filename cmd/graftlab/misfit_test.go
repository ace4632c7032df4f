package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const xorGraft = "../../misfit/suite/grafts/xor.o"

// TestMisfitVerifyKeygen runs the three commands end to end: make a key,
// rewrite and sign a graft, verify it with the right key and the wrong one.
func TestMisfitVerifyKeygen(t *testing.T) {
	dir := t.TempDir()
	key, other := filepath.Join(dir, "k"), filepath.Join(dir, "other")
	for _, k := range []string{key, other} {
		if status, _, stderr := runCmd(t, "", "keygen", "-o", k); status != 0 {
			t.Fatalf("keygen: %d %s", status, stderr)
		}
	}
	if st, err := os.Stat(key); err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("private key mode: %v %v", st.Mode(), err)
	}
	if status, _, stderr := runCmd(t, "", "keygen", "-o", key); status != 1 || !strings.Contains(stderr, "file exists") {
		t.Errorf("keygen over an existing key: %d %q", status, stderr)
	}
	out := filepath.Join(dir, "xor.o")
	status, _, stderr := runCmd(t, "", "misfit", "--policy", "check", "--key", key, "--stats", xorGraft, "-o", out)
	if status != 0 || !strings.Contains(stderr, `"loads":2,"stores":1,`) || !strings.Contains(stderr, `"leaf_returns":1,`) {
		t.Fatalf("misfit: %d %q", status, stderr)
	}
	status, stdout, stderr := runCmd(t, "", "verify", "--key", key+".pub", out)
	if want := out + ": ok: check policy, 28 instructions, 3 accesses and 0 indirect jumps confined, 1 leaf returns, 16-slot target table, signed by a trusted key\n"; status != 0 || stdout != want {
		t.Errorf("verify: %d %q %q, want %q", status, stdout, stderr, want)
	}
	status, _, stderr = runCmd(t, "", "verify", "--key", other+".pub", out)
	if status != 1 || !strings.Contains(stderr, "signed by an untrusted key") {
		t.Errorf("verify with another key: %d %q", status, stderr)
	}
	status, _, stderr = runCmd(t, "", "verify", xorGraft)
	if status != 1 || !strings.Contains(stderr, "not a MiSFIT-rewritten object") {
		t.Errorf("verify of the original: %d %q", status, stderr)
	}
	// A callable list without graft_log refuses a graft that calls it.
	callable := filepath.Join(dir, "callable")
	os.WriteFile(callable, []byte("memcpy\n"), 0o644)
	src := filepath.Join(dir, "c.s")
	os.WriteFile(src, []byte(".text\n.globl g\ng:\n addiu $sp,$sp,-24\n sw $ra,20($sp)\n jal graft_log\n nop\n lw $ra,20($sp)\n jr $ra\n addiu $sp,$sp,24\n"), 0o644)
	obj := filepath.Join(dir, "c.o")
	if status, _, stderr := runCmd(t, "", "asm", "-c", "-o", obj, src); status != 0 {
		t.Fatalf("asm: %s", stderr)
	}
	if status, _, stderr := runCmd(t, "", "misfit", "-o", filepath.Join(dir, "c2.o"), obj); status != 0 {
		t.Errorf("graft_log is on the default list: %d %s", status, stderr)
	}
	status, _, stderr = runCmd(t, "", "misfit", "--callable", callable, "-o", filepath.Join(dir, "c3.o"), obj)
	if status != 1 || !strings.Contains(stderr, `g+0x8 (.text+0x8): jal`) || !strings.Contains(stderr, `call to "graft_log", which is not on the graft-callable list`) {
		t.Errorf("misfit --callable: %d %q", status, stderr)
	}
	status, _, stderr = runCmd(t, "", "verify", "--callable", callable, filepath.Join(dir, "c2.o"))
	if status != 1 || !strings.Contains(stderr, `"graft_log", which is not graft-callable`) {
		t.Errorf("verify --callable: %d %q", status, stderr)
	}
}

func TestMisfitUsage(t *testing.T) {
	for _, c := range []struct {
		args   []string
		status int
		stderr string
	}{
		{[]string{"misfit", xorGraft}, 2, "want -o OUT.o"},
		{[]string{"misfit", "-o", "x.o"}, 2, "want one input object"},
		{[]string{"misfit", "--policy", "trust", "-o", "x.o", xorGraft}, 2, `unknown policy "trust"`},
		{[]string{"misfit", "--policy", "check", "--no-guard", "-o", os.DevNull, xorGraft}, 1, "NoGuard applies to the sandbox policy only"},
		{[]string{"verify"}, 2, "want one object"},
		{[]string{"keygen"}, 2, "want -o KEY"},
	} {
		status, _, stderr := runCmd(t, "", c.args...)
		if status != c.status || !strings.Contains(stderr, c.stderr) {
			t.Errorf("graftlab %v: status %d stderr %q; want %d and %q", c.args, status, stderr, c.status, c.stderr)
		}
	}
}
