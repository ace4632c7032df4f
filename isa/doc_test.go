package isa

import (
	"os"
	"strconv"
	"strings"
	"testing"
)

// docTable returns the rows of the first Markdown table after the heading,
// each row split into trimmed cells with backquotes and escapes removed.
func docTable(t *testing.T, heading string) [][]string {
	t.Helper()
	text, err := os.ReadFile("../doc/isa.md")
	if err != nil {
		t.Fatal(err)
	}
	_, after, ok := strings.Cut(string(text), "\n"+heading+"\n")
	if !ok {
		t.Fatalf("doc/isa.md has no heading %q", heading)
	}
	var rows [][]string
	for _, line := range strings.Split(after, "\n") {
		if !strings.HasPrefix(line, "|") {
			if len(rows) > 0 {
				break
			}
			continue
		}
		line = strings.ReplaceAll(line, `\|`, "\x00")
		var cells []string
		for _, c := range strings.Split(strings.Trim(line, "|"), "|") {
			c = strings.ReplaceAll(strings.TrimSpace(c), "\x00", "|")
			cells = append(cells, strings.Trim(c, "`"))
		}
		rows = append(rows, cells)
	}
	if len(rows) < 2 {
		t.Fatalf("doc/isa.md: no table under %q", heading)
	}
	return rows[2:] // header and separator
}

func TestDocSegmentInstructions(t *testing.T) {
	rows := docTable(t, "### Segment-register instructions")
	var seen []string
	for _, r := range rows {
		op, ok := LookupOp(r[0])
		if !ok {
			t.Errorf("doc: unknown mnemonic %q", r[0])
			continue
		}
		info := op.Info()
		if info.Encoding != r[1] {
			t.Errorf("doc: %s encoding %s, table %s", r[0], r[1], info.Encoding)
		}
		if info.Class != ClassSeg || !info.Has(FlagPriv) {
			t.Errorf("%s: class %s flags %s, want seg and priv", r[0], info.Class, info.Flags)
		}
		seen = append(seen, r[0])
	}
	var want []string
	for op := Op(1); op < numOps; op++ {
		if op.Info().Class == ClassSeg {
			want = append(want, op.String())
		}
	}
	if strings.Join(seen, " ") != strings.Join(want, " ") {
		t.Errorf("doc lists segment instructions %v, table has %v", seen, want)
	}
}

func TestDocCP0Registers(t *testing.T) {
	rows := docTable(t, "## CP0 registers")
	if len(rows) != len(CP0Regs) {
		t.Fatalf("doc lists %d CP0 registers, code %d", len(rows), len(CP0Regs))
	}
	for i, r := range rows {
		c := CP0Regs[i]
		if r[0] != strconv.Itoa(int(c.Reg.Num)) || r[1] != strconv.Itoa(int(c.Reg.Sel)) || r[2] != c.Name {
			t.Errorf("doc row %d: %v; code: %d %d %s", i, r[:3], c.Reg.Num, c.Reg.Sel, c.Name)
		}
	}
}

func TestDocExceptionCodes(t *testing.T) {
	rows := docTable(t, "## Exception codes")
	if len(rows) != len(ExcCodes) {
		t.Fatalf("doc lists %d exception codes, code %d", len(rows), len(ExcCodes))
	}
	for i, r := range rows {
		c := ExcCodes[i]
		if r[0] != strconv.Itoa(int(c)) || r[1] != c.String() {
			t.Errorf("doc row %d: %v; code: %d %s", i, r[:2], c, c)
		}
	}
}

func TestDocCycleClasses(t *testing.T) {
	rows := docTable(t, "## Cycle classes")
	if len(rows) != NumClasses {
		t.Fatalf("doc lists %d classes, code %d", len(rows), NumClasses)
	}
	for i, r := range rows {
		c := Class(i)
		if r[0] != c.String() {
			t.Errorf("doc row %d: class %s, code %s", i, r[0], c)
		}
		var want []string
		for op := Op(1); op < numOps; op++ {
			if op.Info().Class == c {
				want = append(want, op.String())
			}
		}
		if r[2] != strings.Join(want, " ") {
			t.Errorf("doc: class %s lists %q, table has %q", c, r[2], strings.Join(want, " "))
		}
	}
}
