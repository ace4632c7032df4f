package debugger

import (
	"context"
	"fmt"
	"graftlab/cpu/jit"
	"strconv"
	"strings"
	"testing"
)

// Bad input is an error message, never a panic, and leaves the session
// usable.
func TestErrors(t *testing.T) {
	s := newSession(t, sumELF, Config{})
	for _, c := range []struct{ cmd, want string }{
		{"reverse-stepi", "no more reverse-execution history"},
		{"frobnicate", `undefined command: "frobnicate"`},
		{"s", ""}, // an alias, not an ambiguous prefix: works
		{"d 99", "no breakpoint number 99"},
		{"break nosuch", `no symbol "nosuch"`},
		{"break sum.c:1000", "no code at or after this line"},
		{"break nosuch.c:3", `no source file "nosuch.c"`},
		{"print", "expression expected"},
		{"print 1 +", "expression ends too early"},
		{"print (1", "missing )"},
		{"print 1/0", "division by zero"},
		{"print *0", "cannot access memory at 0x00000000"},
		{"print $nosuch", "no register $nosuch"},
		{"print @", "unexpected \"@\""},
		{"print 3@2", "only values in memory can be extended with '@'"},
		{"print squares@0", "invalid number 0 of repetitions"},
		{"print squares[0]@100000", "too large"},
		{"print/q 1", "format letter"},
		{"x/0x 0", "count"},
		{"x/4g $sp", "size g (8 bytes) is not supported"},
		{"x/4xk $sp", `invalid letter 'k'`},
		{"x 0", "cannot access memory at 0x00000000"},
		{"x/s 0x80000000", "cannot access memory"},
		{"set $pc", "LVALUE = EXPR expected"},
		{"set 3 = 4", "not something that can be assigned"},
		{"info", "info what?"},
		{"info nosuch", "undefined info command"},
		{"info symbols [", "error parsing regexp"},
		{"stepi x", "bad count"},
		{"stepi -1", "bad count"},
		{"watch", "argument required"},
		{"watch 0x411820 0", "watch size 0"},
		{"trace maybe", "on or off"},
		{"list 9999", "out of range"},
		{"help nosuch", `undefined command: "nosuch"`},
		{"disassemble main 0", "bad instruction count"},
		{"finish", "outermost frame"},
		{"advance", "argument required"},
	} {
		err := s.d.Execute(context.Background(), c.cmd)
		if c.want == "" {
			if err != nil {
				t.Errorf("%s: %v", c.cmd, err)
			}
			continue
		}
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want one containing %q", c.cmd, err, c.want)
		}
	}
	// The program still runs to its end; then moving commands say why not.
	s.run(t, "continue")
	if !s.d.exited || s.d.status != 0 {
		t.Fatalf("exited %v status %d", s.d.exited, s.d.status)
	}
	for _, cmd := range []string{"continue", "step", "next", "stepi", "nexti", "finish", "until", "set $v0 = 1"} {
		if msg := s.fails(t, cmd); !strings.Contains(msg, "not being run") {
			t.Errorf("%s after exit: %s", cmd, msg)
		}
	}
	// run starts again, from the first instruction, and the program's
	// output is written again.
	s.stdout.Reset()
	if out := s.run(t, "run"); out != "Starting program at 0x00400150.\n[program exited with status 0]\n" || s.stdout.String() != "sum of squares: 140\n" {
		t.Errorf("run again: %q, guest output %q", out, s.stdout.String())
	}
	out := s.run(t, "break main", "run")
	if !strings.Contains(out, "Breakpoint 1, main (argc=1, argv=0x7ffeff34) at sum.c:25") {
		t.Errorf("run again: %q", out)
	}
}

func TestWatchpoints(t *testing.T) {
	s := newSession(t, sumELF, Config{})
	if out := s.run(t, "watch total"); out != "Watchpoint 1: 0x00411820-0x00411824 (4 bytes)\n" {
		t.Errorf("watch: %q", out)
	}
	out := s.run(t, "continue")
	// As gdb shows it: the old value and the new one, and then the access.
	if want := "\nWatchpoint 1: total\n\nOld value = 0\nNew value = 140\n(a write of 4 bytes at 0x00411820 by the instruction at 0x00400c74 <main+0x2c>)\nmain (argc=1, argv=0x7ffeff34) at sum.c:26\n26\t\tput(\"sum of squares: \");\n"; out != want {
		t.Errorf("continue to the write:\n got %q\nwant %q", out, want)
	}
	s.run(t, "delete 1", "rwatch outlen")
	out = s.run(t, "continue")
	if !strings.HasPrefix(out, "\nRead watchpoint 2: outlen\n\nValue = 0\n(a read of 4 bytes at 0x00411610 by the instruction at 0x004006b8 <putc_+0x1c>)\n") {
		t.Errorf("rwatch: %q", out)
	}
	// awatch on a range given by address and size; disable stops it.
	s.run(t, "delete", "awatch 0x411610 4", "disable 3")
	out = s.run(t, "continue")
	if out != "[program exited with status 0]\n" {
		t.Errorf("disabled watchpoint stopped the program: %q", out)
	}
}

// An empty line repeats stepping commands, and x and list go on.
func TestRepeat(t *testing.T) {
	s := newSession(t, sumELF, Config{})
	s.run(t, "break sum_squares", "run")
	if out := s.run(t, "next", ""); out != "16\t\tfor (int i = 0; i < n; i++) {\n17\t\t\tsquares[i] = square(i);\n" {
		t.Errorf("next, empty line: %q", out)
	}
	if out := s.run(t, "x/2xw &squares", ""); out != "0x00411824 <squares>:\t0x00000000\t0x00000000\n0x0041182c <squares+0x8>:\t0x00000000\t0x00000000\n" {
		t.Errorf("x, empty line: %q", out)
	}
	if out := s.run(t, "list 1", ""); len(lines(out)) != 20 || !strings.HasPrefix(lines(out)[10], "11\t}") {
		t.Errorf("list, empty line: %q", out)
	}
	// print is not repeated.
	if out := s.run(t, "print 1", ""); out != "1\n" {
		t.Errorf("print, empty line: %q", out)
	}
}

func TestExamineFormats(t *testing.T) {
	s := newSession(t, sumELF, Config{})
	s.run(t, "break sum_squares", "run")
	for _, c := range []struct{ cmd, want string }{
		{"x/4xb $pc", "0x00400bb0 <sum_squares+0x14>:\t0x10\t0x00\t0xc0\t0xaf\n"},
		{"x/2xh $pc", "0x00400bb0 <sum_squares+0x14>:\t0x0010\t0xafc0\n"},
		{"x/dw $sp+32", "0x7ffeff08:\t8\n"},
		{"x/tw $sp+32", "0x7ffeff08:\t1000\n"},
		{"x/ow $sp+32", "0x7ffeff08:\t010\n"},
		{"x/zh $sp+32", "0x7ffeff08:\t0x0008\n"},
		{"x/a $sp+28", "0x7ffeff04:\t0x400c6c <main+0x24>\n"},
		{"x/2i $pc", "=> 0x00400bb0 <sum_squares+0x14>:\tafc00010  sw zero,16(s8)                   store\n   0x00400bb4 <sum_squares+0x18>:\tafc00014  sw zero,20(s8)                   store\n"},
		{"up", ""},
		{"print/x 255", "0xff\n"},
		{"print/t 5", "101\n"},
		{"print/c 65", "65 'A'\n"},
		{"print/d -1", "-1\n"},
		{"print/u -1", "4294967295\n"},
		{"print 'a' + 1", "98\n"},
		{"print ~0 >> 28", "-1\n"},
		{"print 7 % 3 | 8 ^ 1", "9\n"},
		{"print main", "4197448\n"},
		{"print $r29 == $sp", "1\n"},
	} {
		if c.cmd == "up" {
			// In main: argv[0] is the program's name.
			s.run(t, "delete", "break main", "run")
			continue
		}
		if out := s.run(t, c.cmd); out != c.want {
			t.Errorf("%s:\n got %q\nwant %q", c.cmd, out, c.want)
		}
	}
	for _, c := range []struct{ cmd, want string }{
		{"x/s *argv", "0x7ffeffec:\t\"sum.elf\"\n"},
		{"x/3c argv[0]", "0x7ffeffec:\t115 's'\t117 'u'\t109 'm'\n"},
		{"print argv[0][1]", "117 'u'\n"},
	} {
		if out := s.run(t, c.cmd); out != c.want {
			t.Errorf("%s:\n got %q\nwant %q", c.cmd, out, c.want)
		}
	}
}

func TestComplete(t *testing.T) {
	s := newSession(t, sumELF, Config{})
	for _, c := range []struct {
		line string
		want []string
	}{
		{"rev", []string{"reverse-stepi", "reverse-continue", "reverse-step", "reverse-next"}},
		{"info re", []string{"registers"}},
		{"break sum_", []string{"sum_squares"}},
		{"print squ", []string{"square", "squares"}},
		{"x/4x &tot", []string{"total"}},
	} {
		got := s.d.Complete(c.line)
		if strings.Join(got, ",") != strings.Join(c.want, ",") {
			t.Errorf("Complete(%q) = %q, want %q", c.line, got, c.want)
		}
	}
}

// Without DWARF, backtrace reads prologues and says so; step falls back to
// stepi.
func TestNoDebugInfo(t *testing.T) {
	s := newSession(t, "../testdata/progs/fib.elf", Config{})
	s.run(t, "break fib", "run")
	out := s.run(t, "continue", "backtrace 3")
	if !strings.Contains(out, "#0  0x00400bb0 in fib () [heuristic frame: no CFI]\n#1  0x004001bc in main () [heuristic frame: no CFI]\n#2  0x004002a4 in __start () [heuristic frame: no CFI]\n") {
		t.Errorf("backtrace without CFI: %q", out)
	}
	if msg := s.fails(t, "list"); !strings.Contains(msg, "no line table") {
		t.Errorf("list without lines: %s", msg)
	}
	pc := s.d.Machine().PC
	s.run(t, "step")
	if s.d.Machine().PC != pc+4 {
		t.Errorf("step without lines went from %#x to %#x", pc, s.d.Machine().PC)
	}
}

// Ctrl-C ends the command's context: the program stops at an instruction
// boundary and can go on.
func TestInterrupt(t *testing.T) {
	s := newSession(t, sumELF, Config{})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	s.out.Reset()
	if err := s.d.Execute(ctx, "continue"); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(s.out.String(), "Program interrupted.") || s.d.Machine().Stats.Instructions != 0 {
		t.Errorf("interrupted continue: %q after %d instructions", s.out.String(), s.d.Machine().Stats.Instructions)
	}
	if out := s.run(t, "continue"); !strings.Contains(out, "exited with status 0") {
		t.Errorf("continue after the interrupt: %q", out)
	}
}

// The step limit bounds every resumption.
func TestStepLimit(t *testing.T) {
	s := newSession(t, sumELF, Config{MaxSteps: 100})
	if out := s.run(t, "continue"); !strings.Contains(out, "Stopped after 100 instructions (the step limit).") || s.d.Machine().Stats.Instructions != 100 {
		t.Errorf("limited continue: %q after %d instructions", out, s.d.Machine().Stats.Instructions)
	}
}

func TestInfoAndTrace(t *testing.T) {
	s := newSession(t, sumELF, Config{})
	s.run(t, "break square", "run")
	out := s.run(t, "trace on", "nexti 2", "trace off", "nexti")
	want := "trace: 0x00400b80 <square+0x10>:\t8fc20008  lw v0,8(s8)                      load\n" +
		"trace: 0x00400b84 <square+0x14>:\t70421002  mul v0,v0,v0                     mul\n" +
		"11\t}\n" +
		"0x00400b8c\t11\t}\n"
	if out != want {
		t.Errorf("trace:\n got %q\nwant %q", out, want)
	}
	for _, c := range []struct{ cmd, line string }{
		{"info registers", "gp   00419600  sp   7ffefee0  s8   7ffefee0  ra   00400bcc"},
		{"info registers", "hi   00000000  lo   00000000  pc   00400b8c <square+0x1c>"},
		{"info registers a0 $v0", "v0       0x00000000  0"},
		{"info cp0", "mode: user; Status: IE=0 EXL=0 ERL=0 UM=1 BEV=0 IM=0x00; Cause.ExcCode=0"},
		{"info segments", "sr0  0x00000000  e0000010  VUW- vsid=0x000010"},
		{"info segments", "sr7  0x70000000  f0000017  VUWN vsid=0x000017"},
		{"info tlb", " 0  EA page 0x00400000  VSID 0x000010  EntryLo 0000001a  PA 0x00000000  C=3 D=false"},
		{"info cache", "I-cache: 65536 bytes, 16-byte lines, 1-way, miss penalty 16 cycles"},
		{"info symbols ^sum", "0x00400b9c    172  FUNC    GLOBAL sum_squares"},
		{"info frame", " CFA = sp+8, s8 saved at 0x7ffefee4"},
		{"info args", "x = 0  (int at 0x7ffefee8)"},
		{"info line", `Line 11 of "sum.c" starts at address 0x00400b88 <square+0x18> and ends at 0x00400b9c.`},
		{"info history", "1 snapshot, one every 1000000 ticks (instructions plus exceptions); tick now 44"},
		{"info cycles", "exceptions Sys    0"},
		{"info breakpoints", "1    breakpoint          y   0x00400b80    in square at sum.c:10"},
		{"help x", "x [/NFU] [ADDRESS]"},
	} {
		out := s.run(t, c.cmd)
		found := false
		for _, l := range lines(out) {
			if l == c.line {
				found = true
			}
		}
		if c.cmd == "info cycles" {
			found = !strings.Contains(out, c.line) && strings.Contains(out, "instructions  42\n")
		}
		if !found {
			t.Errorf("%s: no line %q in\n%s", c.cmd, c.line, out)
		}
	}
}

// A fault ends the program with the signal and the registers; reverse-stepi
// goes back before the last instruction that completed.
func TestFault(t *testing.T) {
	s := newSession(t, "../testdata/progs/misaligned.elf", Config{})
	out := s.run(t, "continue")
	if !strings.HasPrefix(out, "\nProgram terminated: SIGBUS (bus error): address error on load/fetch exception at pc 0x00400180, badvaddr 0x00410b15: misaligned load at 0x00410b15\n") {
		t.Errorf("continue to the fault: %q", out)
	}
	if msg := s.fails(t, "stepi"); !strings.Contains(msg, "not being run") {
		t.Errorf("stepi after the fault: %s", msg)
	}
	if out := s.run(t, "reverse-stepi"); out != "=> 0x0040017c <main+0x2c>:\t00431021  addu v0,v0,v1                    alu    [1 cycle]\n" {
		t.Errorf("reverse-stepi from the fault: %q", out)
	}
	if out := s.run(t, "stepi"); out != "=> 0x00400180 <main+0x30>:\t8c420000  lw v0,0(v0)                      load\n" {
		t.Errorf("stepi: %q", out)
	}
	if out := s.run(t, "stepi"); !strings.Contains(out, "Program terminated: SIGBUS") {
		t.Errorf("stepi into the fault: %q", out)
	}
}

// Without symbols or DWARF (a bare machine), every command still answers.
func TestNoSymbols(t *testing.T) {
	s := newSession(t, sumELF, Config{})
	d, err := New(Config{Target: s.d.t, Out: &s.out})
	if err != nil {
		t.Fatal(err)
	}
	s.d = d
	for _, cmd := range []string{"stepi 20", "backtrace", "disassemble", "x/4i $pc", "info frame", "info registers", "break *0x400bb0", "continue", "finish", "step", "next", "until", "print $sp", "reverse-stepi", "info symbols", "list", "info locals", "print main"} {
		if err := s.d.Execute(context.Background(), cmd); err != nil && strings.Contains(err.Error(), "internal error") {
			t.Errorf("%s: %v", cmd, err)
		}
	}
	if out := s.run(t, "run", "print $pc"); !strings.HasSuffix(out, "\n(void (*)()) 0x400bb0\n") {
		t.Errorf("run: %q, want a stop at the breakpoint at 0x400bb0", out)
	}
}

// info jit shows the compiled code of a block the jit engine ran, and
// says why when there is none.
func TestInfoJIT(t *testing.T) {
	if !jit.Supported {
		t.Skip("no jit engine on this host")
	}
	s := newSessionOn(t, "../testdata/peers/bits.elf", Config{}, jit.Engine{}, "3")
	if msg := s.fails(t, "info jit"); msg != "the jit engine has compiled nothing for this machine (it compiles as it runs, with --engine jit)" {
		t.Errorf("info jit before running: %s", msg)
	}
	s.run(t, "run")
	var all strings.Builder
	if n, err := jit.Dump(&all, s.d.Machine()); n == 0 || err != nil {
		t.Fatalf("%d blocks compiled, %v", n, err)
	}
	first := strings.Fields(all.String())[1] // block 0x...:
	v, err := strconv.ParseUint(strings.TrimSuffix(first, ":"), 0, 32)
	if err != nil {
		t.Fatal(err)
	}
	pc := uint32(v)
	want, _ := jit.Listing(s.d.Machine(), pc)
	if out := s.run(t, fmt.Sprintf("info jit *%#x", pc)); out != want {
		t.Errorf("info jit *%#x:\n%s\nwant:\n%s", pc, out, want)
	}
	if msg := s.fails(t, fmt.Sprintf("info jit *%#x", pc+2)); !strings.HasPrefix(msg, fmt.Sprintf("no block at %#08x", pc+2)) {
		t.Errorf("info jit at no block: %s", msg)
	}
}
