package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBadInputFailsEarly: bad output paths fail before any work is done
// (nothing runs, nothing is printed), and input of the wrong kind gets a
// message that says what it is and what was expected.
func TestBadInputFailsEarly(t *testing.T) {
	dir := t.TempDir()
	hello, err := os.ReadFile(progs + "hello.elf")
	if err != nil {
		t.Fatal(err)
	}
	short := filepath.Join(dir, "short.elf")
	os.WriteFile(short, hello[:1000], 0o644)
	tiny := filepath.Join(dir, "tiny.elf")
	os.WriteFile(tiny, hello[:20], 0o644)
	bin := filepath.Join(dir, "data.s")
	os.WriteFile(bin, []byte("nop\n\x00\x01"), 0o644)
	for _, c := range []struct {
		args           []string
		status         int
		stdout, stderr string
	}{
		// The loop runs into its limit and prints so, unless the output
		// path is checked first.
		{[]string{"profile", "-o", "/nonexistent/x", "--max-instructions", "1000", progs + "loop.elf"}, 1, "",
			"graftlab profile: open /nonexistent/x: no such file or directory\n"},
		{[]string{"bench", "--svg", "/nonexistent/x", "call"}, 1, "",
			"graftlab bench: open /nonexistent/x: no such file or directory\n"},
		{[]string{"asm", "-o", filepath.Join(dir, "a.out"), progs + "hello.elf"}, 1, "",
			"graftlab asm: " + progs + "hello.elf: an ELF executable, not assembly source (graftlab disasm lists it)\n"},
		{[]string{"asm", "-c", "-o", filepath.Join(dir, "x.o"), xorGraft}, 1, "",
			"graftlab asm: " + xorGraft + ": an ELF relocatable object, not assembly source (graftlab disasm lists it)\n"},
		{[]string{"asm", "-o", filepath.Join(dir, "a.out"), bin}, 1, "",
			"graftlab asm: " + bin + ": binary data (a NUL byte at offset 4), not assembly source\n"},
		// The loader's own message follows in parentheses.
		{[]string{"run", short}, 1, "",
			"graftlab run: " + short + ": truncated ELF file: 1000 bytes, but its section headers end at byte 5120 (executable: "},
		{[]string{"boot", tiny}, 1, "",
			"graftlab boot: " + tiny + ": truncated ELF file: 20 bytes, shorter than the 52-byte ELF32 header (executable: "},
	} {
		status, stdout, stderr := runCmd(t, "", c.args...)
		if strings.HasSuffix(c.stderr, "(executable: ") && strings.HasPrefix(stderr, c.stderr) && strings.HasSuffix(stderr, ")\n") {
			stderr = c.stderr // the loader's words are its own
		}
		if status != c.status || stdout != c.stdout || stderr != c.stderr {
			t.Errorf("graftlab %v:\n got %d %q %q\nwant %d %q %q", c.args, status, stdout, stderr, c.status, c.stdout, c.stderr)
		}
	}
	for _, f := range []string{filepath.Join(dir, "a.out"), filepath.Join(dir, "x.o")} {
		if _, err := os.Stat(f); !os.IsNotExist(err) {
			t.Errorf("%s was written: %v", f, err)
		}
	}
}
