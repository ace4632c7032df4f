package debugger

import (
	"context"
	"strings"
	"testing"
)

// FuzzParseExpr: any text parses to an expression or an error, never a
// panic or a stack overflow.
func FuzzParseExpr(f *testing.F) {
	for _, s := range []string{"1", "$sp + 32", "*(int)0", "squares[i] * 2", "&s", "~0 >> 28 | 'a'", "((((1))))", "a[b[c[0]]]", "-x", "1 &&", "'\\n'", "0x7fffffff + 1", "$", "((("} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := parseExpr(s)
		if err == nil && n == nil {
			t.Fatalf("parseExpr(%q): no node and no error", s)
		}
	})
}

// FuzzXFormat: any /NFU text gives a format with a count of 1 to
// maxXCount and a unit of 1, 2 or 4 bytes, or an error.
func FuzzXFormat(f *testing.F) {
	for _, s := range []string{"4xw", "s", "10i", "2c", "0x", "4g", "99999x", "bx", "xx", "", "8ab"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		x, err := parseXFormat(s, xFormat{count: 1, format: 'x', unit: 4})
		if err != nil {
			return
		}
		if x.count < 1 || x.count > maxXCount || x.unit != 1 && x.unit != 2 && x.unit != 4 || !strings.ContainsRune("xzduotcasi", rune(x.format)) {
			t.Fatalf("parseXFormat(%q) = %+v", s, x)
		}
	})
}

// FuzzEval evaluates expressions and x commands against a live session
// stopped in sum_squares: values or errors, never a panic.
func FuzzEval(f *testing.F) {
	s := newSession(f, sumELF, Config{MaxSteps: 1000})
	ctx := context.Background()
	for _, c := range []string{"break sum_squares", "run", "next", "next"} {
		if err := s.d.Execute(ctx, c); err != nil {
			f.Fatal(err)
		}
	}
	for _, e := range []string{"squares[i]", "*argv", "&s + 4", "$sp + n * 4", "squares[1000]", "*(squares + 1)", "s / (i - i)", "-2147483648 / -1", "total", "main"} {
		f.Add(e)
	}
	f.Fuzz(func(t *testing.T, e string) {
		if strings.ContainsAny(e, "\n") {
			return
		}
		// Execute turns a panic into an "internal error": that is a bug.
		for _, cmd := range []string{"print " + e, "x/2xw " + e, "print/x " + e, "watch " + e, "delete", "info line " + e} {
			if err := s.d.Execute(ctx, cmd); err != nil && strings.Contains(err.Error(), "internal error") {
				t.Fatal(err)
			}
		}
		s.out.Reset()
	})
}

// FuzzExecute runs arbitrary command lines, moving ones included, on one
// session with small limits: never an internal error (a recovered panic).
func FuzzExecute(f *testing.F) {
	s := newSession(f, sumELF, Config{MaxSteps: 2000, SnapshotInterval: 50})
	ctx := context.Background()
	for _, c := range []string{"break sum_squares", "run", "step 3", "next", "finish", "until", "advance 20", "reverse-stepi 5", "reverse-continue",
		"watch s", "stepi 100", "x/4i $pc", "disassemble", "list", "bt", "info frame", "tbreak square", "continue", "set var i = 7", "mark", "cycles", "info locals", "rwatch squares", "reverse-step", "reverse-next", "rs", "rn"} {
		f.Add(c)
	}
	f.Fuzz(func(t *testing.T, line string) {
		if strings.ContainsAny(line, "\n\r") {
			return
		}
		if err := s.d.Execute(ctx, line); err != nil && strings.Contains(err.Error(), "internal error") {
			t.Fatal(err)
		}
		s.out.Reset()
		s.stdout.Reset()
	})
}
