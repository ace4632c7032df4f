package debuginfo_test

import (
	"bufio"
	"bytes"
	"fmt"
	"os/exec"
	"path"
	"strconv"
	"strings"
	"testing"

	"graftlab/internal/tools"
)

// TestLinesMatchReadelf compares the line table, row by row, with what
// GNU readelf decodes. It skips when readelf is not installed.
func TestLinesMatchReadelf(t *testing.T) {
	readelf := tools.Need(t, "mipsel-linux-gnu-readelf")
	out, err := exec.Command(readelf, "-W", "--debug-dump=decodedline", "../../testdata/debug/sum.elf").Output()
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 3 || !strings.HasPrefix(f[2], "0x") {
			continue
		}
		addr, err := strconv.ParseUint(f[2], 0, 32)
		if err != nil {
			t.Fatalf("readelf line %q: %v", sc.Text(), err)
		}
		if f[1] == "-" {
			want = append(want, fmt.Sprintf("%#x end", addr))
			continue
		}
		stmt := len(f) > 3 && f[len(f)-1] == "x"
		want = append(want, fmt.Sprintf("%#x %s:%s stmt=%v", addr, f[0], f[1], stmt))
	}
	d, _ := load(t)
	var got []string
	for _, r := range d.Lines() {
		if r.EndSequence {
			got = append(got, fmt.Sprintf("%#x end", r.Addr))
			continue
		}
		got = append(got, fmt.Sprintf("%#x %s:%d stmt=%v", r.Addr, path.Base(r.File), r.Line, r.IsStmt))
	}
	// readelf lists units in file order; Lines sorts by address, and the
	// units are in address order in this file.
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("line table differs from readelf's:\n got %d rows\nwant %d rows\nfirst got  %q\nfirst want %q", len(got), len(want), first(got, want), first(want, got))
	}
}

func first(a, b []string) string {
	for i := range a {
		if i >= len(b) || a[i] != b[i] {
			return fmt.Sprintf("row %d: %s", i, a[i])
		}
	}
	return ""
}

// TestFramesMatchReadelf compares the CFI rows of every FDE of
// .debug_frame with readelf's interpretation (--debug-dump=frames-interp).
func TestFramesMatchReadelf(t *testing.T) {
	readelf := tools.Need(t, "mipsel-linux-gnu-readelf")
	out, err := exec.Command(readelf, "-W", "--debug-dump=frames-interp", "../../testdata/debug/sum.elf").Output()
	if err != nil {
		t.Fatal(err)
	}
	d, _ := load(t)
	_, debugFrame, _ := strings.Cut(string(out), "Contents of the .debug_frame section:")
	var cols []int
	inFDE, rows := false, 0
	for _, line := range strings.Split(debugFrame, "\n") {
		f := strings.Fields(line)
		switch {
		case len(f) == 0:
			inFDE = false
		case strings.Contains(line, " FDE "):
			inFDE = true
		case inFDE && f[0] == "LOC":
			cols = nil
			for _, name := range f[2:] {
				if name == "ra" {
					cols = append(cols, 31)
					continue
				}
				n, err := strconv.Atoi(strings.TrimPrefix(name, "r"))
				if err != nil {
					t.Fatalf("column %q", name)
				}
				cols = append(cols, n)
			}
		case inFDE:
			loc, err := strconv.ParseUint(f[0], 16, 32)
			if err != nil {
				t.Fatalf("row %q", line)
			}
			row, err := d.FrameRule(uint32(loc))
			if err != nil {
				t.Errorf("%#x: %v", loc, err)
				continue
			}
			rows++
			if got := fmt.Sprintf("r%d%+d", row.CFAReg, row.CFAOffset); got != f[1] {
				t.Errorf("%#x: CFA %s, readelf %s", loc, got, f[1])
			}
			for i, reg := range cols {
				want := f[2+i]
				got := "u"
				if r, ok := row.Rules[reg]; ok {
					got = fmt.Sprintf("c%+d", r.Offset)
				}
				if got != want {
					t.Errorf("%#x: r%d %s, readelf %s", loc, reg, got, want)
				}
			}
		}
	}
	if rows < 50 {
		t.Errorf("only %d rows compared", rows)
	}
}
