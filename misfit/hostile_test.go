package misfit_test

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"graftlab/misfit"
	"graftlab/misfit/internal/harness"
	"graftlab/misfit/verify"
)

var expectRE = regexp.MustCompile(`(?m)^# expect: (refused "([^"]*)"|confined)$`)

// TestHostile runs the hostile corpus: each graft is refused by the
// rewriter with the stated reason, or, rewritten under both policies, is
// accepted by the verifier and runs without touching memory outside its
// sandbox or executing anything outside its code.
func TestHostile(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "testdata", "misfit", "hostile", "*.s"))
	if err != nil || len(files) < 20 {
		t.Fatalf("hostile corpus: %d files, %v", len(files), err)
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".s")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			m := expectRE.FindSubmatch(src)
			if m == nil {
				t.Fatal("no '# expect:' line")
			}
			obj := assembleFile(t, file, src)
			for _, pol := range []misfit.Policy{misfit.Sandbox, misfit.Check} {
				res, err := misfit.Rewrite(obj, misfit.Options{Policy: pol})
				if m[2] != nil {
					if err == nil || !strings.Contains(err.Error(), string(m[2])) {
						t.Fatalf("%v: got %v, want an error containing %q", pol, err, m[2])
					}
					continue
				}
				if err != nil {
					t.Fatalf("%v: %v", pol, err)
				}
				if _, err := verify.Verify(res.Object, verify.Options{}); err != nil {
					t.Fatalf("%v: verify: %v", pol, err)
				}
				c := harness.Case{Entry: "graft", Args: func(base uint32) [4]uint32 {
					return [4]uint32{base + 0x1000, base + 0x2000, 3, 4}
				}}
				run, err := harness.RunObject(context.Background(), res.Object, c, harness.Options{MaxInstructions: 100000})
				if err != nil {
					t.Fatalf("%v: %v", pol, err)
				}
				if len(run.Escapes) > 0 {
					t.Fatalf("%v: escaped: %v", pol, run.Escapes)
				}
				// A machine fault (a misaligned access, say) is an abort in
				// the kernel: allowed, as long as nothing escaped.
				t.Logf("%v: status %d, result %#x, fault %v", pol, run.Status, run.Result, run.Fault)
			}
			if m[2] == nil && !strings.Contains(string(src), "\n# original: harmless\n") {
				// The corpus is hostile: unrewritten, each graft escapes or
				// is killed by the machine.
				run, err := harness.RunObject(context.Background(), obj, harness.Case{Entry: "graft", Args: func(base uint32) [4]uint32 {
					return [4]uint32{base + 0x1000, base + 0x2000, 3, 4}
				}}, harness.Options{MaxInstructions: 100000})
				if err != nil {
					t.Fatal(err)
				}
				if len(run.Escapes) == 0 && run.Fault == nil {
					t.Errorf("unrewritten: no escape and no fault (status %d): the case proves nothing", run.Status)
				} else {
					t.Logf("unrewritten: escapes %v, fault %v", run.Escapes, run.Fault)
				}
			}
		})
	}
}
