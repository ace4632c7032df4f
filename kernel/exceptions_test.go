package kernel

import (
	"os"
	"strings"
	"testing"

	"graftlab/isa/asm"
	"graftlab/loader"
	"graftlab/loader/object"
)

// assemble assembles and links a guest test program.
func assemble(t testing.TB, path string, defines map[string]int64) *loader.Executable {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	o, err := asm.Assemble(path, src, asm.Options{Defines: defines})
	if err != nil {
		t.Fatal(err)
	}
	im, err := loader.Link([]*object.File{o}, []string{path}, loader.LinkOptions{})
	if err != nil {
		t.Fatal(err)
	}
	x, err := im.Executable()
	if err != nil {
		t.Fatal(err)
	}
	return x
}

const exceptionsOutput = `ok unaligned-load
ok unaligned-store
ok overflow
ok coprocessor
ok read-only-page
ok break
ok trap-divide-by-zero
ok reserved-instruction
ok unmapped-page
ok invalid-segment
ok kernel-address
`

// Every exception, handled by user code under both personalities.
func TestExceptions(t *testing.T) {
	for _, p := range []Personality{Conventional, Exokernel} {
		t.Run(p.String(), func(t *testing.T) {
			exo := int64(0)
			if p == Exokernel {
				exo = 1
			}
			x := assemble(t, "../testdata/kernel/exceptions.s", map[string]int64{"EXO": exo})
			out, status, _ := bootRun(t, Config{Program: x, Personality: p}, 1_000_000)
			want := exceptionsOutput
			if p == Conventional {
				want += "system calls\n"
			}
			want += "ok syscalls\n"
			if out != want || status != 0 {
				t.Errorf("status %d, output:\n%s\nwant:\n%s", status, out, want)
			}
		})
	}
}

// An exokernel environment without a handler is killed, as is a
// conventional one without a signal handler.
func TestUnhandled(t *testing.T) {
	src := `
	.text
	.globl __start
__start:
	lw $t0, 1($zero)
`
	dir := t.TempDir()
	path := dir + "/unhandled.s"
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	x := assemble(t, path, nil)
	for _, p := range []Personality{Conventional, Exokernel} {
		out, status, sys := bootRun(t, Config{Program: x, Personality: p}, 100_000)
		c, ok := sys.Crash()
		if status != 128+10 || out != "" || !ok || c.Signal != 10 || c.BadVAddr != 1 || !strings.Contains(c.String(), "AdEL") {
			t.Errorf("%v: status %d, output %q, crash %v %v", p, status, out, c, ok)
		}
	}
}
