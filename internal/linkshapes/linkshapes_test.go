package linkshapes

import (
	"strings"
	"testing"
)

func TestCorpus(t *testing.T) {
	shapes, err := All()
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, s := range shapes {
		names = append(names, s.Name)
		if s.QEMUStatus != 0 {
			t.Errorf("%s: qemu-mipsel exit status %d, want 0 (each program checks its own data)", s.Name, s.QEMUStatus)
		}
	}
	want := "bigbss both bss data gc kit nmagic none noseparate omagic script sepcode smalldata ttext"
	if got := strings.Join(names, " "); got != want {
		t.Errorf("corpus %q, want %q", got, want)
	}
}

func TestParseGolden(t *testing.T) {
	out, status, err := ParseGolden("a\nb\n-- exit status 132\n")
	if err != nil || out != "a\nb\n" || status != 132 {
		t.Errorf("ParseGolden = %q, %d, %v", out, status, err)
	}
	for _, bad := range []string{"", "a\n", "a-- exit status 1\n", "-- exit status x\n"} {
		if _, _, err := ParseGolden(bad); err == nil {
			t.Errorf("ParseGolden(%q) gave no error", bad)
		}
	}
}
