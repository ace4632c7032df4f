package misfit_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"graftlab/internal/tools"
	"graftlab/loader"
	"graftlab/misfit"
	"graftlab/misfit/internal/harness"
)

// TestGNULink links a rewritten graft and the harness with GNU ld and runs
// the result: it must give what the loader.Link-linked program gives.
// Skips without binutils.
func TestGNULink(t *testing.T) {
	ld := tools.Need(t, "mipsel-linux-gnu-ld")
	dir := t.TempDir()
	for _, pol := range []misfit.Policy{misfit.Sandbox, misfit.Check} {
		res, err := misfit.Rewrite(graftObject(t, "ops"), misfit.Options{Policy: pol})
		if err != nil {
			t.Fatal(err)
		}
		rw := filepath.Join(dir, "ops.o")
		h := filepath.Join(dir, "h.o")
		src, err := os.ReadFile(filepath.Join("internal", "harness", "harness.mips"))
		if err != nil {
			t.Fatal(err)
		}
		hb := assembleFile(t, "harness.mips", src)
		marked, err := harness.MarkTable(res.Object)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(rw, marked, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(h, hb, 0o644); err != nil {
			t.Fatal(err)
		}
		exe := filepath.Join(dir, "x.elf")
		if out, err := exec.Command(ld, "-o", exe, h, rw).CombinedOutput(); err != nil {
			t.Fatalf("ld: %v\n%s", err, out)
		}
		data, err := os.ReadFile(exe)
		if err != nil {
			t.Fatal(err)
		}
		x2, err := loader.ParseExecutable(data)
		if err != nil {
			t.Fatal(err)
		}
		x1, err := harness.Link(res.Object)
		if err != nil {
			t.Fatal(err)
		}
		c := harness.Case{Entry: "ops_run", Region: bytes.Repeat([]byte{1, 2, 3}, 0x1000), Args: func(base uint32) [4]uint32 {
			return [4]uint32{base + 0x1000, base + 0x2000, 1000, 7}
		}}
		r1, err := harness.Execute(t.Context(), x1, c, harness.Options{})
		if err != nil {
			t.Fatal(err)
		}
		r2, err := harness.Execute(t.Context(), x2, c, harness.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if r1.Status != 0 || r2.Status != 0 || r1.Result != r2.Result || r1.Cycles != r2.Cycles || len(r1.Escapes)+len(r2.Escapes) > 0 {
			t.Fatalf("%v: loader.Link: status %d result %#x cycles %d; GNU ld: status %d result %#x cycles %d (escapes %v %v)",
				pol, r1.Status, r1.Result, r1.Cycles, r2.Status, r2.Result, r2.Cycles, r1.Escapes, r2.Escapes)
		}
		t.Logf("%v: result %#x in %d cycles with both linkers", pol, r1.Result, r1.Cycles)
	}
}
