package profile

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"graftlab/isa"
)

// docTable returns the rows of the first table after heading in
// doc/machine.md, cells trimmed and unquoted.
func docTable(t *testing.T, heading string, skip int) [][]string {
	t.Helper()
	text, err := os.ReadFile("../doc/machine.md")
	if err != nil {
		t.Fatal(err)
	}
	_, after, ok := strings.Cut(string(text), "\n"+heading+"\n")
	if !ok {
		t.Fatalf("doc/machine.md has no heading %q", heading)
	}
	var tables [][][]string
	var rows [][]string
	for _, line := range strings.Split(after, "\n") {
		if strings.HasPrefix(line, "#") {
			break
		}
		if !strings.HasPrefix(line, "|") {
			if rows != nil {
				tables, rows = append(tables, rows), nil
			}
			continue
		}
		var cells []string
		for _, c := range strings.Split(strings.Trim(line, "|"), "|") {
			cells = append(cells, strings.Trim(strings.TrimSpace(c), "`"))
		}
		rows = append(rows, cells)
	}
	if len(tables) <= skip {
		t.Fatalf("doc/machine.md: no table %d under %q", skip, heading)
	}
	return tables[skip][2:] // past the header and the rule
}

// flatten maps the dotted JSON field names of p to their values.
func flatten(t *testing.T, p *Profile) map[string]string {
	data, err := p.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	var walk func(prefix string, v any)
	walk = func(prefix string, v any) {
		if o, ok := v.(map[string]any); ok {
			for k, x := range o {
				walk(strings.TrimPrefix(prefix+"."+k, "."), x)
			}
			return
		}
		out[prefix] = fmt.Sprint(v)
	}
	walk("", m)
	return out
}

// The dec5000 table of doc/machine.md gives the embedded figures.
func TestDocDEC5000(t *testing.T) {
	p, err := Lookup("dec5000")
	if err != nil {
		t.Fatal(err)
	}
	values := flatten(t, p)
	seen := map[string]bool{}
	for _, row := range docTable(t, "### The dec5000 profile", 0) {
		field, value := row[0], row[1]
		seen[field] = true
		if field == "class_cycles" {
			for c := isa.Class(0); int(c) < isa.NumClasses; c++ {
				if value != "1 for every class" || p.ClassCycles[c] != 1 {
					t.Errorf("class_cycles: doc %q, %v costs %d", value, c, p.ClassCycles[c])
				}
			}
			continue
		}
		if got, ok := values[field]; !ok || got != value {
			t.Errorf("%s: doc says %s, profile has %s", field, value, got)
		}
	}
	var fields []string
	for field := range values {
		fields = append(fields, field)
	}
	sort.Strings(fields)
	for _, field := range fields {
		if !seen[field] && field != "name" && field != "description" &&
			!strings.HasPrefix(field, "class_cycles.") && !strings.HasPrefix(field, "icache.write") &&
			!strings.HasPrefix(field, "icache.partial") {
			t.Errorf("doc/machine.md does not give dec5000's %s", field)
		}
	}
}

// The field tables of doc/machine.md list every JSON field, in order.
func TestDocFields(t *testing.T) {
	var got []string
	for _, row := range docTable(t, "### Fields", 0) {
		got = append(got, row[0])
	}
	if strings.Join(got, " ") != strings.Join(profileFields, " ") {
		t.Errorf("profile fields: doc %v, code %v", got, profileFields)
	}
	got = nil
	for _, row := range docTable(t, "### Fields", 1) {
		got = append(got, row[0])
	}
	if strings.Join(got, " ") != strings.Join(cacheFields, " ") {
		t.Errorf("cache fields: doc %v, code %v", got, cacheFields)
	}
	got = nil
	for _, row := range docTable(t, "### Fields", 3) {
		got = append(got, row[0])
	}
	if strings.Join(got, " ") != strings.Join(diskFields, " ") {
		t.Errorf("disk fields: doc %v, code %v", got, diskFields)
	}
}
