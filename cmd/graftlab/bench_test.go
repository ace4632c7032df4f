package main

import (
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestBenchFormats(t *testing.T) {
	args := []string{"bench", "--iterations", "100", "call", "exc.prot.exo"}
	status, out, errs := runCmd(t, "", args...)
	if status != 0 || !strings.Contains(out, "exc.prot.exo (dispatch 18 instr)") || !strings.Contains(out, "0.28 µs") {
		t.Errorf("text: status %d, %q, %q", status, out, errs)
	}

	status, out, errs = runCmd(t, "", append(args, "--json")...)
	var rows []map[string]any
	if err := json.Unmarshal([]byte(out), &rows); err != nil || status != 0 {
		t.Fatalf("json: %v, status %d, %q", err, status, errs)
	}
	if len(rows) != 2 || rows[0]["id"] != "call" || rows[0]["cycles"] != 4.0 || rows[1]["dispatch_instructions"] != 18.0 {
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
		{[]string{"bench", "nope"}, `unknown scenario "nope"`},
		{[]string{"bench", "--json", "--csv"}, "exclude each other"},
		{[]string{"bench", "--iterations", "0"}, "--iterations 0"},
	} {
		status, _, errs := runCmd(t, "", c.args...)
		if status != 2 || !strings.Contains(errs, c.stderr) {
			t.Errorf("%v: status %d, stderr %q", c.args, status, errs)
		}
	}
	status, out, _ := runCmd(t, "", "bench", "--list")
	if status != 0 || !strings.Contains(out, "tlb.refill") || strings.Count(out, "\n") != 35 || !strings.Contains(out, "misfit.suite.check") {
		t.Errorf("--list: %d %q", status, out)
	}
}
