package misfit_test

import (
	"bytes"
	"crypto/ed25519"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"graftlab/misfit"
)

var update = flag.Bool("update", false, "rewrite the golden rewritten objects in testdata/misfit/rewritten")

// TestGolden keeps testdata/misfit/rewritten/NAME.POLICY.o equal to what
// the rewriter makes of each graft: the output is deterministic, and the
// verifier's tests use these files without importing the rewriter.
func TestGolden(t *testing.T) {
	dir := filepath.Join("..", "testdata", "misfit", "rewritten")
	for _, g := range grafts {
		obj := graftObject(t, g.name)
		for _, pol := range []misfit.Policy{misfit.Sandbox, misfit.Check} {
			res, err := misfit.Rewrite(obj, misfit.Options{Policy: pol})
			if err != nil {
				t.Fatal(err)
			}
			again, err := misfit.Rewrite(obj, misfit.Options{Policy: pol})
			if err != nil || !bytes.Equal(res.Object, again.Object) {
				t.Fatalf("%s/%v: two rewrites differ (%v)", g.name, pol, err)
			}
			name := filepath.Join(dir, g.name+"."+pol.String()+".o")
			if *update {
				if err := os.MkdirAll(dir, 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(name, res.Object, 0o644); err != nil {
					t.Fatal(err)
				}
				continue
			}
			want, err := os.ReadFile(name)
			if err != nil {
				t.Fatalf("%v (run go test ./misfit -run TestGolden -update)", err)
			}
			if !bytes.Equal(res.Object, want) {
				t.Errorf("%s: the rewriter's output changed (run go test ./misfit -run TestGolden -update and review)", name)
			}
		}
	}
}

// TestGoldenSigned keeps testdata/misfit/rewritten/xor.signed.o: xor.o
// rewritten and signed with the all-zero seed (the verifier's Accept test
// uses it).
func TestGoldenSigned(t *testing.T) {
	key := ed25519.NewKeyFromSeed(make([]byte, 32))
	res, err := misfit.Rewrite(graftObject(t, "xor"), misfit.Options{Key: key})
	if err != nil {
		t.Fatal(err)
	}
	name := filepath.Join("..", "testdata", "misfit", "rewritten", "xor.signed.o")
	if *update {
		if err := os.WriteFile(name, res.Object, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(res.Object, want) {
		t.Errorf("%s: the signed output changed (run with -update and review)", name)
	}
}
