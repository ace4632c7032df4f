package debugger

import (
	"strings"
	"testing"
)

// info float and the FPU registers in expressions, on dec5000 (which has an
// FPU: FR=0, doubles in pairs).
func TestInfoFloat(t *testing.T) {
	s := newSession(t, sumELF, Config{})
	out := s.run(t, "set var $f2 = 0x40490fdb", "set var $f4 = 0", "set var $f5 = 0x400921fb", "set var $fcsr = 0x1003", "info float", "print $f2", "print $fcsr", "print $fir")
	for _, want := range []string{
		"f2   40490fdb  3.1415927",
		"d4  400921fb00000000  3.141592025756836",
		"fcsr 00001003  rounding toward -inf; flags: none; enables: none; cause: inexact; true condition codes: none",
		"fir  00000300  FR=0: 32 32-bit registers, doubles in even/odd pairs",
		"\n1078530011\n4099\n768\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in:\n%s", want, out)
		}
	}
	if msg := s.fails(t, "set var $fir = 1"); !strings.Contains(msg, "cannot be set") {
		t.Errorf("set $fir: %q", msg)
	}
}
