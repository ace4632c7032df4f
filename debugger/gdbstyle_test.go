package debugger

import (
	"os"
	"strings"
	"testing"
)

const pathsELF = "testdata/paths/paths.elf"

// newPathsSession debugs testdata/paths/paths.elf, whose line table names
// its files under /src/paths, the directory it was compiled in.
func newPathsSession(t *testing.T) *session {
	data, err := os.ReadFile(pathsELF)
	if err != nil {
		t.Fatal(err)
	}
	return newSession(t, pathsELF, Config{CompDirs: CompDirs(data), SourceDirs: []string{"testdata/paths"}})
}

// print shows what gdb shows: a char pointer with its string, the stack and
// frame pointers and the PC as pointers, other pointers with their type
// and the symbol they point at, and gdb's artificial arrays.
func TestPrintAsGDB(t *testing.T) {
	s := newPathsSession(t)
	s.run(t, "break main", "run")
	for _, c := range []struct{ cmd, want string }{
		{"print greeting", "0x401500 \"hello\"\n"},
		{"print argv[0]", "0x7ffeffe8 \"paths.elf\"\n"},
		{"print $sp", "(void *) 0x7ffeff08\n"},
		{"print $fp", "(void *) 0x7ffeff08\n"},
		{"print $pc", "(void (*)()) 0x400b88 <main+0x18>\n"},
		{"print/x $sp", "0x7ffeff08\n"},
		{"print $sp + 8", "2147417872\n"},
		{"print argv", "(char **) 0x7ffeff34\n"},
		{"print &squares", "(int (*)[6]) 0x411554 <squares>\n"},
		{"print &total", "(int *) 0x411780 <total>\n"},
		{"print squares[1]@4", "{1, 4, 9, 16}\n"},
		{"print *squares@2", "{0, 1}\n"},
		{"print squares[1]@2+1", "{1, 4, 9}\n"}, // @ binds looser than +
		{"print total@1", "{0}\n"},
		{"print 0x411558@2", "only values in memory can be extended with '@'"},
		{"x/s greeting", "0x00401500:\t\"hello\"\n"},
	} {
		if strings.HasPrefix(c.want, "only") {
			if err := s.fails(t, c.cmd); err != c.want {
				t.Errorf("%s: error %q, want %q", c.cmd, err, c.want)
			}
			continue
		}
		if got := s.run(t, c.cmd); got != c.want {
			t.Errorf("%s:\n got %q\nwant %q", c.cmd, got, c.want)
		}
	}
}

// Files are shown as the compiler named them, relative to the compilation
// directory, as gdb shows them, not joined with it.
func TestFileNamesRelative(t *testing.T) {
	s := newPathsSession(t)
	for _, c := range []struct{ cmd, want string }{
		{"break main", "Breakpoint 1 at 0x00400b88 <main+0x18>: file paths.c, line 12.\n"},
		{"run", "Starting program at 0x00400150.\n\nBreakpoint 1, main (argc=1, argv=0x7ffeff34) at paths.c:12\n12\t\ttotal = squares[2] + squares[3];\n"},
		{"info line", "Line 12 of \"paths.c\" starts at address 0x00400b88 <main+0x18> and ends at 0x00400bac.\n"},
		{"info breakpoints", "Num  Type                Enb Address     What\n1    breakpoint          y   0x00400b88    in main at paths.c:12\n\thit 1 time\n"},
		{"backtrace 1", "#0  main (argc=1, argv=0x7ffeff34) at paths.c:12\n(more stack frames follow...)\n"},
	} {
		if got := s.run(t, c.cmd); got != c.want {
			t.Errorf("%s:\n got %q\nwant %q", c.cmd, got, c.want)
		}
	}
	// A name outside the compilation directory stays as it is.
	if got := s.d.fileName("/usr/include/stdio.h"); got != "/usr/include/stdio.h" {
		t.Errorf("outside: %q", got)
	}
}

// info registers cp0 is info cp0, as gdb's register groups are.
func TestInfoRegistersCP0(t *testing.T) {
	s := newSession(t, sumELF, Config{})
	s.run(t, "stepi 30")
	want := s.run(t, "info cp0")
	if got := s.run(t, "info registers cp0"); got != want || !strings.HasPrefix(got, "Index ") {
		t.Errorf("info registers cp0:\n%s\nwant\n%s", got, want)
	}
	if got, want := s.run(t, "info registers general"), s.run(t, "info registers"); got != want {
		t.Errorf("info registers general:\n%s\nwant\n%s", got, want)
	}
}

// One cycle, one instruction: singular nouns for counts of one.
func TestSingular(t *testing.T) {
	s := newSession(t, sumELF, Config{})
	out := s.run(t, "break sum_squares", "run", "stepi", "mark", "stepi", "cycles")
	if !strings.HasSuffix(out, "since the mark at 0x00400bb4: 1 cycle, 1 instruction\n") {
		t.Errorf("cycles after one instruction:\n%s", out)
	}
	if out := s.run(t, "watch &total 1"); out != "Watchpoint 2: 0x00411820-0x00411821 (1 byte)\n" {
		t.Errorf("watch of a byte: %q", out)
	}
	for _, c := range []struct {
		n    int64
		want string
	}{{0, "0 cycles"}, {1, "1 cycle"}, {-1, "-1 cycle"}, {2, "2 cycles"}} {
		if got := plural(c.n, "cycle"); got != c.want {
			t.Errorf("plural(%d) = %q", c.n, got)
		}
	}
}

// Times are shown in the unit that suits them.
func TestDuration(t *testing.T) {
	for _, c := range []struct {
		us   float64
		want string
	}{{0, "0.00 µs"}, {33.72, "33.72 µs"}, {999.994, "999.99 µs"}, {4201.5, "4.202 ms"}, {1280053.48, "1.280 s"}, {3.6e9, "3600.000 s"}} {
		if got := duration(c.us); got != c.want {
			t.Errorf("duration(%g) = %q, want %q", c.us, got, c.want)
		}
	}
}
