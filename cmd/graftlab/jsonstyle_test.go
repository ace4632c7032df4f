package main

import (
	"encoding/json"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSnakeCase(t *testing.T) {
	for in, want := range map[string]string{
		"Loads": "loads", "SPAccesses": "sp_accesses", "TLBMisses": "tlb_misses", "InWords": "in_words",
		"AddressTakenFns": "address_taken_fns", "ICacheMisses": "i_cache_misses", "X": "x",
	} {
		if got := snakeCase(in); got != want {
			t.Errorf("snakeCase(%q) = %q, want %q", in, got, want)
		}
	}
}

// jsonKeys returns every object key in a JSON document, the keys of an
// "exceptions" object (cause names, data rather than fields) left out.
func jsonKeys(t *testing.T, doc string) []string {
	t.Helper()
	var v any
	if err := json.Unmarshal([]byte(doc), &v); err != nil {
		t.Fatalf("%v: %q", err, doc)
	}
	var keys []string
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			for k, x := range v {
				keys = append(keys, k)
				if k != "exceptions" {
					walk(x)
				}
			}
		case []any:
			for _, x := range v {
				walk(x)
			}
		}
	}
	walk(v)
	sort.Strings(keys)
	return keys
}

// TestJSONStyle: every command's JSON uses snake_case keys, and run and
// boot print the same object.
func TestJSONStyle(t *testing.T) {
	dir := t.TempDir()
	snake := regexp.MustCompile(`^[a-z][a-z0-9]*(_[a-z0-9]+)*$`)
	lastLine := func(s string) string {
		lines := strings.Split(strings.TrimSuffix(s, "\n"), "\n")
		return lines[len(lines)-1]
	}
	key := filepath.Join(dir, "k")
	obj := filepath.Join(dir, "xor.o")
	runCmd(t, "", "keygen", "-o", key)
	docs := map[string]string{}
	_, _, stderr := runCmd(t, "", "run", "--stats", progs+"hello.elf")
	docs["run --stats"] = lastLine(stderr)
	_, _, stderr = runCmd(t, "", "boot", "--stats", progs+"hello.elf")
	docs["boot --stats"] = lastLine(stderr)
	_, _, stderr = runCmd(t, "", "misfit", "--stats", "--key", key, "-o", obj, xorGraft)
	docs["misfit --stats"] = lastLine(stderr)
	_, stdout, _ := runCmd(t, "", "bench", "--json", "--iterations", "10", "exc.prot.exo", "misfit.load")
	docs["bench --json"] = stdout
	_, stdout, _ = runCmd(t, "", "graft", "run", "--json", "--watch", "--key", key+".pub", "--entry", "xor_crypt", obj, "@0x1000", "64", "@0x2000", "15")
	docs["graft run --json"] = stdout
	for what, doc := range docs {
		keys := jsonKeys(t, doc)
		if len(keys) < 5 {
			t.Errorf("%s: only %v", what, keys)
		}
		for _, k := range keys {
			if !snake.MatchString(k) {
				t.Errorf("%s: key %q is not snake_case", what, k)
			}
		}
	}
	if d := cmp.Diff(jsonKeys(t, docs["run --stats"]), jsonKeys(t, docs["boot --stats"])); d != "" {
		t.Errorf("run --stats and boot --stats differ (-run +boot):\n%s", d)
	}
	if want := `{"loads":2,"stores":1,"sp_accesses":0,"sp_writes":0,"indirect":0,"returns":0,"leaf_returns":1,"hoisted":0,"reused":0,` +
		`"in_words":16,"out_words":26,"table_entries":2,"table_slots":4,"callable_calls":0,"address_taken_fns":0}`; docs["misfit --stats"] != want {
		t.Errorf("misfit --stats:\n got %s\nwant %s", docs["misfit --stats"], want)
	}
}
