package gdbstub

import (
	"context"
	"debug/dwarf"
	"debug/elf"
	"fmt"
	"net"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"testing"
	"time"

	"graftlab/cpu"
	"graftlab/internal/tools"
	"graftlab/user"
)

// These tests drive the stub with the real client, gdb-multiarch, in batch
// mode. They skip when it is not installed (.ci/run installs it).

// gdbSession serves proc on a loopback port and runs gdb-multiarch on
// prog with the commands; it returns gdb's output and the session's
// outcome.
func gdbSession(t *testing.T, proc *user.Process, prog string, cmds ...string) (string, Outcome) {
	t.Helper()
	gdb := tools.Need(t, "gdb-multiarch")
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	outcome := make(chan Outcome, 1)
	go func() {
		conn, err := ln.Accept()
		if err != nil {
			outcome <- Outcome{Err: err}
			return
		}
		defer conn.Close()
		o, _ := NewServer(NewUserTarget(proc), Options{}).Serve(context.Background(), conn)
		outcome <- o
	}()
	args := []string{"-batch", "-nx",
		"-ex", "set confirm off", "-ex", "set pagination off", "-ex", "set width 0",
		"-ex", "file " + prog, "-ex", "directory ../../testdata/debug",
		"-ex", "target remote " + ln.Addr().String()}
	for _, c := range cmds {
		args = append(args, "-ex", c)
	}
	// A guard against a hung session, not a timing assertion.
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	out, err := exec.CommandContext(ctx, gdb, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("gdb-multiarch: %v\n%s", err, out)
	}
	select {
	case o := <-outcome:
		return string(out), o
	case <-time.After(time.Minute):
		t.Fatalf("the session did not end; gdb said:\n%s", out)
	}
	return "", Outcome{}
}

// afterPrologue returns where gdb puts `break FUNC`: the address of the
// first line-table row in the function whose line differs from the
// function's first line (gdb's skip_prologue_using_sal).
func afterPrologue(t *testing.T, path string, start, size uint32) uint32 {
	t.Helper()
	f, err := elf.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	d, err := f.DWARF()
	if err != nil {
		t.Fatal(err)
	}
	r := d.Reader()
	for {
		cu, err := r.Next()
		if err != nil || cu == nil {
			break
		}
		if cu.Tag != dwarf.TagCompileUnit {
			r.SkipChildren()
			continue
		}
		lr, err := d.LineReader(cu)
		if err != nil || lr == nil {
			r.SkipChildren()
			continue
		}
		first := -1
		var e dwarf.LineEntry
		for lr.Next(&e) == nil {
			if e.Address < uint64(start) || e.Address >= uint64(start+size) {
				continue
			}
			if first < 0 {
				first = e.Line
			} else if e.Line != first {
				return uint32(e.Address)
			}
		}
		r.SkipChildren()
	}
	t.Fatalf("no line rows after the prologue at %#x", start)
	return 0
}

func wantLines(t *testing.T, out string, want ...string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(out, w) {
			t.Errorf("gdb did not print %q; it printed:\n%s", w, out)
		}
	}
}

func TestGDBSession(t *testing.T) {
	x := readExe(t, sumELF)
	var stdout strings.Builder
	proc := newProcess(t, x, &stdout)
	plain := newProcess(t, x, nil)
	if status, err := plain.Run(context.Background(), cpu.Limits{MaxInstructions: 1e6}); status != 0 || err != nil {
		t.Fatalf("plain run: %d, %v", status, err)
	}
	main, _ := x.Lookup("main")
	bp := afterPrologue(t, sumELF, main.Value, main.Size)
	squares := symbol(t, x, "squares")
	out, o := gdbSession(t, proc, sumELF,
		"break main", "continue", "info registers", "x/4wx &squares", "stepi", "info registers pc",
		"watch total", "continue", "x/4wx &squares", "print total", "monitor stats", "detach")
	wantLines(t, out,
		fmt.Sprintf("Breakpoint 1 at %#x: file sum.c, line 25.", bp),
		"Breakpoint 1, main (argc=1, argv=0x",
		fmt.Sprintf("%#x <squares>:\t0x00000000\t0x00000000\t0x00000000\t0x00000000", squares),
		fmt.Sprintf("pc: %#x", bp+4),
		"Hardware watchpoint 2: total",
		"Old value = 0\nNew value = 140",
		fmt.Sprintf("%#x <squares>:\t0x00000000\t0x00000001\t0x00000004\t0x00000009", squares),
		"$1 = 140",
		"[Inferior 1 (Remote target) detached]",
	)
	// info registers: the register table with the PC at the breakpoint, the
	// user-mode Status (with CU1: dec5000 has an FPU), and the FPU's
	// control registers: FCSR zero, FIR the R3010's.
	re := regexp.MustCompile(`(?m)^\s+sr\s+lo\s+hi\s+bad\s+cause\s+pc\s*\n\s+(\S+) \S+ \S+ \S+ \S+ (\S+)`)
	if m := re.FindStringSubmatch(out); m == nil {
		re = regexp.MustCompile(`(?m)^\s+status\s+lo\s+hi\s+badvaddr\s+cause\s+pc\s*\n\s+(\S+) \S+ \S+ \S+ \S+ (\S+)`)
	}
	if m := re.FindStringSubmatch(out); m == nil || m[1] != "20000010" || m[2] != fmt.Sprintf("%08x", bp) {
		t.Errorf("info registers: status and pc row %q, want 20000010 and %08x", m, bp)
	}
	wantLines(t, out, " zero       at       v0       v1")
	if !regexp.MustCompile(`fcsr\s+fir\s*\n\s+00000000 00000300`).MatchString(out) {
		t.Errorf("info registers: no fcsr 0 and fir 0x300:\n%s", out)
	}
	if !regexp.MustCompile(`instructions \d+\ncycles \d+\n`).MatchString(out) {
		t.Errorf("monitor stats printed no counters:\n%s", out)
	}
	// After the watchpoint, gdb stopped in main on the line after the store.
	if !regexp.MustCompile(`main \(argc=1, argv=0x[0-9a-f]+\) at sum\.c:26`).MatchString(out) {
		t.Errorf("watchpoint did not stop at sum.c:26:\n%s", out)
	}
	if o.Kind != Detached {
		t.Fatalf("outcome %v (%v), want detached", o.Kind, o.Err)
	}
	// Detached, the program runs on to its end, counting what it counts
	// without a debugger.
	if status, err := proc.Run(context.Background(), cpu.Limits{MaxInstructions: 1e6}); status != 0 || err != nil {
		t.Fatalf("run after detach: %d, %v", status, err)
	}
	if stdout.String() != "sum of squares: 140\n" {
		t.Errorf("output %q", stdout.String())
	}
	if got, want := proc.Stats(), plain.Stats(); got != want {
		t.Errorf("run under gdb counted %+v\nwithout gdb %+v", got, want)
	}
}

func TestGDBExitAndFault(t *testing.T) {
	x := readExe(t, sumELF)
	out, o := gdbSession(t, newProcess(t, x, nil), sumELF, "continue")
	wantLines(t, out, "[Inferior 1 (Remote target) exited normally]")
	if !o.Ended || o.Status != 0 {
		t.Errorf("outcome %+v", o)
	}

	const wild = "../../testdata/progs/wildjump.elf"
	out, o = gdbSession(t, newProcess(t, readExe(t, wild), nil), wild, "continue", "print $pc", "print/x $badvaddr", "print ($cause >> 2) & 31", "continue")
	wantLines(t, out, "Program received signal SIGSEGV, Segmentation fault.",
		"0x12345678 in ?? ()", "$1 = (void (*)()) 0x12345678", "$2 = 0x12345678", "$3 = 16", // SegV (doc/isa.md)
		"Program terminated with signal SIGSEGV, Segmentation fault.")
	if !o.Ended || o.Signal != sigSEGV {
		t.Errorf("outcome %+v", o)
	}
}

// logWatch is an Options.Log that reports when a line starts with prefix.
type logWatch struct {
	prefix string
	seen   chan struct{}
	once   bool
}

func (l *logWatch) Write(p []byte) (int, error) {
	if !l.once && strings.HasPrefix(string(p), l.prefix) {
		l.once = true
		close(l.seen)
	}
	return len(p), nil
}

// TestGDBInterrupt interrupts a running program from gdb, as Ctrl-C does:
// gdb sends 0x03 and reports SIGINT.
func TestGDBInterrupt(t *testing.T) {
	gdb := tools.Need(t, "gdb-multiarch")
	const loop = "../../testdata/progs/loop.elf"
	proc := newProcess(t, readExe(t, loop), nil)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	running := &logWatch{prefix: "<- vCont;c", seen: make(chan struct{})}
	outcome := make(chan Outcome, 1)
	go func() {
		conn, err := ln.Accept()
		if err != nil {
			outcome <- Outcome{Err: err}
			return
		}
		defer conn.Close()
		o, _ := NewServer(NewUserTarget(proc), Options{Log: running}).Serve(context.Background(), conn)
		outcome <- o
	}()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute) // a hang guard
	defer cancel()
	cmd := exec.CommandContext(ctx, gdb, "-batch", "-nx", "-ex", "set confirm off", "-ex", "file "+loop,
		"-ex", "target remote "+ln.Addr().String(), "-ex", "continue", "-ex", "info registers pc", "-ex", "kill")
	var out strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	select {
	case <-running.seen:
	case <-ctx.Done():
		t.Fatalf("gdb never continued:\n%s", out.String())
	}
	if err := cmd.Process.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	if err := cmd.Wait(); err != nil {
		t.Fatalf("gdb-multiarch: %v\n%s", err, out.String())
	}
	wantLines(t, out.String(), "Program received signal SIGINT, Interrupt.", "pc: 0x", "[Inferior 1 (Remote target) killed]")
	if o := <-outcome; o.Kind != Killed {
		t.Errorf("outcome %v (%v), want killed", o.Kind, o.Err)
	}
}
