package debugger

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"graftlab/cpu"
	"graftlab/mmu"
)

// machineState is what reverse execution must restore exactly.
type machineState struct {
	State cpu.State
	Stats cpu.Stats
	SR    [16]mmu.SegmentRegister
	TLB   []mmu.TLBEntry
	RAM   []byte
	// All of it, with the caches, the write buffer and the hidden timing.
	snap *cpu.Snapshot
}

func (s *session) state() machineState {
	m := s.d.Machine()
	snap := m.Snapshot()
	return machineState{m.State, m.Stats, m.MMU.SR, append([]mmu.TLBEntry(nil), m.MMU.TLB...), append([]byte(nil), m.Bus.RAM()...), snap}
}

func diffState(t *testing.T, what string, want, got machineState) {
	t.Helper()
	if d := cmp.Diff(want.State, got.State); d != "" {
		t.Errorf("%s: state differs (-want +got):\n%s", what, d)
	}
	if d := cmp.Diff(want.Stats, got.Stats); d != "" {
		t.Errorf("%s: counters differ (-want +got):\n%s", what, d)
	}
	if d := cmp.Diff(want.SR, got.SR); d != "" {
		t.Errorf("%s: segment registers differ (-want +got):\n%s", what, d)
	}
	if d := cmp.Diff(want.TLB, got.TLB); d != "" {
		t.Errorf("%s: TLB differs (-want +got):\n%s", what, d)
	}
	if !bytes.Equal(want.RAM, got.RAM) { // go-cmp is slow on megabytes
		for i := range want.RAM {
			if want.RAM[i] != got.RAM[i] {
				t.Errorf("%s: RAM differs first at physical %#x: %#x, want %#x", what, i, got.RAM[i], want.RAM[i])
				break
			}
		}
	}
	if d := got.snap.Diff(want.snap); d != "" {
		t.Errorf("%s: the machine differs:\n%s", what, d)
	}
}

// stepi then reverse-stepi returns to exactly the earlier state: registers,
// CP0, counters and memory. Snapshots every 7 ticks make the replay start
// at many different distances; the points include a store, a call, a
// system call (write) and the first instruction.
func TestReverseStepiExact(t *testing.T) {
	s := newSession(t, sumELF, Config{SnapshotInterval: 7})
	for i := 0; i < 1400; i += 37 {
		before := s.state()
		s.run(t, "stepi")
		if s.d.exited {
			break
		}
		after := s.state()
		s.run(t, "reverse-stepi")
		diffState(t, "stepi; reverse-stepi at instruction "+itoa(before.Stats.Instructions), before, s.state())
		// Forward again gives the same state as the first time.
		s.run(t, "stepi")
		diffState(t, "stepi again", after, s.state())
		s.run(t, "stepi 36")
	}
	// Output written before a reverse step is not written twice.
	if got := s.stdout.String(); got != "sum of squares: 140\n" {
		t.Errorf("guest output %q", got)
	}
}

func itoa(n uint64) string { return strings.TrimSpace(strings.Repeat(" ", 0) + fmtUint(n)) }

func fmtUint(n uint64) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

// reverse-continue stops where the previous breakpoint hit stopped, in
// exactly the state it had then.
func TestReverseContinue(t *testing.T) {
	s := newSession(t, sumELF, Config{SnapshotInterval: 50})
	s.run(t, "break square", "continue", "continue")
	second := s.state()
	if out := s.run(t, "print x"); out != "1\n" {
		t.Fatalf("second hit: x = %q", out)
	}
	s.run(t, "continue")
	if out := s.run(t, "print x"); out != "2\n" {
		t.Fatalf("third hit: x = %q", out)
	}
	out := s.run(t, "reverse-continue")
	if want := "\nBreakpoint 1, square (x=1) at sum.c:10\n10\t\treturn x * x;\n"; out != want {
		t.Errorf("reverse-continue printed %q, want %q", out, want)
	}
	diffState(t, "reverse-continue", second, s.state())
	// From the end of the program back to the last hit (x = 7).
	s.run(t, "delete", "continue")
	if !s.d.exited {
		t.Fatal("the program did not exit")
	}
	s.run(t, "break square")
	if out := s.run(t, "reverse-continue", "print x"); !strings.HasSuffix(out, "\n7\n") {
		t.Errorf("from the end: %q", out)
	}
	// Before the first hit there is none: the start of the program.
	s.run(t, "reverse-continue", "reverse-continue", "reverse-continue", "reverse-continue", "reverse-continue", "reverse-continue", "reverse-continue")
	out = s.run(t, "reverse-continue")
	if !strings.Contains(out, "No more reverse-execution history.") || s.d.Machine().PC != 0x400150 {
		t.Errorf("before the first hit: pc %#x, output %q", s.d.Machine().PC, out)
	}
	if msg := s.fails(t, "reverse-stepi"); !strings.Contains(msg, "no more reverse-execution history") {
		t.Errorf("reverse-stepi at the start: %v", msg)
	}
}

// The source-level walk through sum.c that doc/debugger.md shows.
func TestSourceLevelSession(t *testing.T) {
	s := newSession(t, sumELF, Config{})
	for _, c := range []struct{ cmd, want string }{
		{"break sum_squares", "Breakpoint 1 at 0x00400bb0 <sum_squares+0x14>: file sum.c, line 15.\n"},
		{"run", "Starting program at 0x00400150.\n\nBreakpoint 1, sum_squares (n=8) at sum.c:15\n15\t\tint s = 0;\n"},
		{"next", "16\t\tfor (int i = 0; i < n; i++) {\n"},
		{"next", "17\t\t\tsquares[i] = square(i);\n"},
		{"step", "square (x=0) at sum.c:10\n10\t\treturn x * x;\n"},
		{"backtrace", "#0  square (x=0) at sum.c:10\n#1  0x00400bcc in sum_squares (n=8) at sum.c:17\n#2  0x00400c6c in main (argc=1, argv=0x7ffeff34) at sum.c:25\n#3  0x00400174 in __start () at ../progs/start.S:22 [heuristic frame: no CFI]\n"},
		{"finish", "Run till exit from #0  square (x=0) at sum.c:10\nsum_squares (n=8) at sum.c:17\n0x00400bcc\t17\t\t\tsquares[i] = square(i);\nValue returned: $v0 = 0 (0x0)\n"},
		{"next", "18\t\t\ts += squares[i];\n"},
		{"info locals", "s = 0  (int at 0x7ffefef8)\ni = 0  (int at 0x7ffefefc)\n"},
		{"x/2dw 0x7ffefef8", "0x7ffefef8:\t0\t0\n"},
		{"print squares", "{0, 0, 0, 0, 0, 0, 0, 0}\n"},
		{"print &squares[3]", "(int *) 0x411830 <squares+0xc>\n"},
		{"print (s + 3) * 2 - i", "6\n"},
		{"print/x $sp", "0x7ffefee8\n"},
		{"print n == 8 && i < n", "1\n"},
		{"set var s = 5", ""},
		{"print s", "5\n"},
		{"set var s = 0", ""},
		{"info line", "Line 18 of \"sum.c\" starts at address 0x00400be8 <sum_squares+0x4c> and ends at 0x00400c0c.\n"},
		{"tbreak 20", "Temporary breakpoint 2 at 0x00400c2c <sum_squares+0x90>: file sum.c, line 20.\n"},
		{"mark", "Mark set at cycle 439, instruction 53, pc 0x00400be8.\n"},
		{"continue", "\nTemporary breakpoint 2, sum_squares (n=8) at sum.c:20\n20\t\treturn s;\n"},
		{"cycles", "843 cycles, 336 instructions (33.72 µs at 25 MHz)\nsince the mark at 0x00400be8: 404 cycles, 283 instructions\n"},
		{"print s", "140\n"},
		{"info breakpoints", "Num  Type                Enb Address     What\n1    breakpoint          y   0x00400bb0    in sum_squares at sum.c:15\n\thit 1 time\n"},
		{"continue", "sum of squares: 140\n[program exited with status 0]\n"},
	} {
		s.out.Reset()
		s.stdout.Reset()
		if err := s.d.Execute(context.Background(), c.cmd); err != nil {
			t.Fatalf("%s: %v", c.cmd, err)
		}
		got := s.out.String()
		if c.cmd == "continue" && strings.Contains(c.want, "sum of squares") {
			got = s.stdout.String() + got
		}
		if got != c.want {
			t.Errorf("%s:\n got %q\nwant %q", c.cmd, got, c.want)
		}
	}
}

func TestUntilAdvanceFinish(t *testing.T) {
	s := newSession(t, sumELF, Config{})
	s.run(t, "break 18", "run", "delete")
	// As in gdb: until from the loop body's last line goes on to the loop's
	// increment and test (gcc puts them after the body); from there it runs
	// the loop out, through the jumps back to the body.
	if out := s.run(t, "until"); out != "16\t\tfor (int i = 0; i < n; i++) {\n" {
		t.Errorf("until: %q", out)
	}
	if out := s.run(t, "until"); out != "20\t\treturn s;\n" {
		t.Errorf("until again: %q", out)
	}
	if out := s.run(t, "print s"); out != "140\n" {
		t.Errorf("after until: s = %q", out)
	}
	s.run(t, "break square", "run", "delete")
	if out := s.run(t, "advance 20"); !strings.HasSuffix(out, "17\t\t\tsquares[i] = square(i);\n") {
		// square returns before line 20 is reached: advance stops there.
		t.Errorf("advance from square: %q", out)
	}
	if out := s.run(t, "advance 20"); out != "20\t\treturn s;\n" {
		t.Errorf("advance 20: %q", out)
	}
	out := s.run(t, "finish")
	if want := "Run till exit from #0  sum_squares (n=8) at sum.c:20\nmain (argc=1, argv=0x7ffeff34) at sum.c:25\n0x00400c6c\t25\t\ttotal = sum_squares(8);\nValue returned: $v0 = 140 (0x8c)\n"; out != want {
		t.Errorf("finish:\n got %q\nwant %q", out, want)
	}
}

// step and next out of a function stop in the caller, on the call's line.
func TestStepOut(t *testing.T) {
	s := newSession(t, sumELF, Config{})
	s.run(t, "break square", "run")
	if out := s.run(t, "next"); out != "11\t}\n" {
		t.Errorf("next: %q", out)
	}
	if out := s.run(t, "step"); out != "sum_squares (n=8) at sum.c:17\n0x00400bcc\t17\t\t\tsquares[i] = square(i);\n" {
		t.Errorf("step out: %q", out)
	}
	if out := s.run(t, "next"); out != "18\t\t\ts += squares[i];\n" {
		t.Errorf("next after: %q", out)
	}
}

func TestContinueN(t *testing.T) {
	s := newSession(t, sumELF, Config{})
	s.run(t, "break square", "run")
	if out := s.run(t, "continue 3", "print x", "info breakpoints"); !strings.HasSuffix(out, "\n3\nNum  Type                Enb Address     What\n1    breakpoint          y   0x00400b80    in square at sum.c:10\n\thit 4 times\n") {
		t.Errorf("continue 3: %q", out)
	}
}

func TestReverseStepNext(t *testing.T) {
	s := newSession(t, sumELF, Config{SnapshotInterval: 30})
	s.run(t, "break 18", "run")
	at18 := s.state()
	// Back from line 18: line 17 called square, whose last line ran last.
	if out := s.run(t, "reverse-step"); out != "square (x=0) at sum.c:11\n11\t}\n" {
		t.Errorf("reverse-step: %q", out)
	}
	if out := s.run(t, "reverse-step"); out != "10\t\treturn x * x;\n" {
		t.Errorf("reverse-step again: %q", out)
	}
	s.run(t, "continue")
	diffState(t, "forward again to line 18", at18, s.state())
	// reverse-next steps back over the call, to the start of line 17.
	if out := s.run(t, "reverse-next"); out != "17\t\t\tsquares[i] = square(i);\n" || s.d.Machine().PC != 0x400bc0 {
		t.Errorf("reverse-next: %q at %#x", out, s.d.Machine().PC)
	}
	if out := s.run(t, "reverse-next"); out != "16\t\tfor (int i = 0; i < n; i++) {\n" {
		t.Errorf("reverse-next again: %q", out)
	}
}

// TestEnginesStepAlike drives the same session on every engine: stepping,
// breakpoints, finish, reverse steps (snapshot restores under the Fast
// engine's code cache) and a continue to the exit must print the same and
// leave the same machine.
func TestEnginesStepAlike(t *testing.T) {
	cmds := []string{
		"break sum_squares", "run", "step", "next", "stepi 37", "info registers",
		"reverse-stepi 5", "stepi 11", "finish", "next", "continue",
	}
	ref := newSessionOn(t, sumELF, Config{}, cpu.Reference())
	want := ref.run(t, cmds...)
	rm := ref.d.Target().Machine()
	for _, eng := range cpu.Engines()[1:] {
		other := newSessionOn(t, sumELF, Config{}, eng)
		got := other.run(t, cmds...)
		if got != want {
			t.Errorf("%s engine's session differs:\n%s\nwant:\n%s", eng.Name(), got, want)
		}
		fm := other.d.Target().Machine()
		if d := cpu.DiffMachines(rm, fm); d != "" {
			t.Errorf("%s: the machine differs from the interpreter's:\n%s", eng.Name(), d)
		}
	}
	if !strings.Contains(want, "exited") {
		t.Errorf("the session did not run to the exit:\n%s", want)
	}
}
