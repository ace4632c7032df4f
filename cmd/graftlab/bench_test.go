package main

import (
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"graftlab/bench"
)

func TestBenchFormats(t *testing.T) {
	args := []string{"bench", "--iterations", "100", "call", "exc.prot.exo"}
	status, out, errs := runCmd(t, "", args...)
	if status != 0 || !strings.Contains(out, "exc.prot.exo (dispatch 20 instr)") || !strings.Contains(out, "0.28 µs") {
		t.Errorf("text: status %d, %q, %q", status, out, errs)
	}

	status, out, errs = runCmd(t, "", append(args, "--json")...)
	var rows []map[string]any
	if err := json.Unmarshal([]byte(out), &rows); err != nil || status != 0 {
		t.Fatalf("json: %v, status %d, %q", err, status, errs)
	}
	if len(rows) != 2 || rows[0]["id"] != "call" || rows[0]["cycles"] != 4.0 || rows[1]["dispatch_instructions"] != 20.0 {
		t.Errorf("json rows: %v", rows)
	}
	for _, k := range []string{"id", "name", "cycles", "instructions", "micros", "reference", "reference_source"} {
		if _, ok := rows[0][k]; !ok {
			t.Errorf("json: no %q", k)
		}
	}

	svg := filepath.Join(t.TempDir(), "b.svg")
	status, out, errs = runCmd(t, "", append(args, "--csv", "--svg", svg)...)
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || status != 0 || len(recs) != 3 || recs[0][0] != "id" || recs[1][0] != "call" {
		t.Errorf("csv: %v, status %d, %q %q", err, status, out, errs)
	}
	data, err := os.ReadFile(svg)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		XMLName xml.Name
	}
	if err := xml.Unmarshal(data, &doc); err != nil || doc.XMLName.Local != "svg" {
		t.Errorf("svg: %v, root %v", err, doc.XMLName)
	}
	if !strings.Contains(string(data), ">exc.prot.exo</text>") {
		t.Errorf("svg lacks the row label")
	}
}

func TestBenchUsage(t *testing.T) {
	for _, c := range []struct {
		args   []string
		stderr string
	}{
		{[]string{"bench", "nope"}, `graftlab bench: no scenario matches "nope" (graftlab bench --list shows the ids)`},
		{[]string{"bench", "exc.*", "exc.[x"}, `graftlab bench: bad pattern "exc.[x": syntax error in pattern`},
		{[]string{"bench", "--json", "--csv"}, "exclude each other"},
		{[]string{"bench", "--iterations", "0"}, "--iterations 0"},
	} {
		status, _, errs := runCmd(t, "", c.args...)
		if status != 2 || !strings.Contains(errs, c.stderr) {
			t.Errorf("%v: status %d, stderr %q", c.args, status, errs)
		}
	}
	status, out, _ := runCmd(t, "", "bench", "--list")
	if status != 0 || !strings.Contains(out, "tlb.refill") || strings.Count(out, "\n") != len(bench.Scenarios()) || !strings.Contains(out, "misfit.suite.check") {
		t.Errorf("--list: %d %q", status, out)
	}
}

// TestBenchSelection: globs and prefixes select rows, and every format
// keeps the order asked for.
func TestBenchSelection(t *testing.T) {
	status, out, errs := runCmd(t, "", "bench", "--iterations", "10", "--json", "exc.*.exo", "call", "syscall")
	var rows []struct {
		ID string `json:"id"`
	}
	if err := json.Unmarshal([]byte(out), &rows); err != nil || status != 0 {
		t.Fatalf("json: %v, status %d, %q", err, status, errs)
	}
	var got []string
	for _, r := range rows {
		got = append(got, r.ID)
	}
	want := []string{"exc.unalign.exo", "exc.overflow.exo", "exc.coproc.exo", "exc.prot.exo", "call", "syscall.conv", "syscall.exo", "syscall.exo.stack"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("json ids %v, want %v", got, want)
	}
	status, out, errs = runCmd(t, "", "bench", "--iterations", "10", "--csv", "syscall.exo", "call")
	if recs, err := csv.NewReader(strings.NewReader(out)).ReadAll(); err != nil || status != 0 || len(recs) != 3 || recs[1][0] != "syscall.exo" || recs[2][0] != "call" {
		t.Errorf("csv order: %v %d %q %q", err, status, out, errs)
	}
}
