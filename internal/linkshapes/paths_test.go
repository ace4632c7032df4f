package linkshapes_test

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"net"
	"strings"
	"testing"
	"time"

	"graftlab/cpu"
	"graftlab/debugger"
	"graftlab/debugger/gdbstub"
	"graftlab/guestprof"
	"graftlab/internal/linkshapes"
	"graftlab/kernel"
	"graftlab/loader"
	"graftlab/user"
)

// The commands that load programs (run, debug, gdbserver, profile, boot)
// do it through these packages; each test here loads every link shape the
// way one command does and checks the program's output.

func shapes(t *testing.T) []linkshapes.Shape {
	t.Helper()
	all, err := linkshapes.All()
	if err != nil {
		t.Fatal(err)
	}
	return all
}

func parse(t *testing.T, s linkshapes.Shape) *loader.Executable {
	t.Helper()
	x, err := loader.ParseExecutable(s.ELF)
	if err != nil {
		t.Fatal(err)
	}
	return x
}

func checkOutput(t *testing.T, s linkshapes.Shape, out string, status int) {
	t.Helper()
	if out != s.Want || status != s.WantStatus {
		t.Errorf("output:\n%s-- exit status %d\nwant:\n%s-- exit status %d", out, status, s.Want, s.WantStatus)
	}
}

const maxInstructions = 50_000_000

// TestDebugLoadsLinkShapes runs each program under the debugger (graftlab
// debug): "run" to the end.
func TestDebugLoadsLinkShapes(t *testing.T) {
	for _, s := range shapes(t) {
		t.Run(s.Name, func(t *testing.T) {
			x := parse(t, s)
			var stdout, console bytes.Buffer
			target, err := debugger.NewUserTarget(debugger.UserConfig{Executable: x, Args: s.Args(), Stdout: &stdout})
			if err != nil {
				t.Fatal(err)
			}
			d, err := debugger.New(debugger.Config{Target: target, Executable: x, Out: &console, MaxSteps: maxInstructions})
			if err != nil {
				t.Fatal(err)
			}
			if err := d.Execute(context.Background(), "run"); err != nil {
				t.Fatalf("run: %v\n%s", err, console.String())
			}
			// The debugger reports the exit: "[program exited with status N]".
			status := -1
			if i := strings.LastIndex(console.String(), "[program exited"); i >= 0 {
				fmt.Sscanf(console.String()[i:], "[program exited with status %d]", &status)
			}
			if status < 0 {
				t.Fatalf("the program did not exit:\n%s", console.String())
			}
			checkOutput(t, s, stdout.String(), status)
		})
	}
}

// TestProfileLoadsLinkShapes runs each program with the guest profiler
// attached (graftlab profile) and checks that it counted every instruction.
func TestProfileLoadsLinkShapes(t *testing.T) {
	for _, s := range shapes(t) {
		t.Run(s.Name, func(t *testing.T) {
			x := parse(t, s)
			var stdout bytes.Buffer
			proc, err := user.New(user.Config{Executable: x, Args: s.Args(), Stdout: &stdout, Engine: cpu.DefaultEngine()})
			if err != nil {
				t.Fatal(err)
			}
			prf := guestprof.Attach(proc.Machine, proc.PeekMemory)
			status, err := proc.Run(context.Background(), cpu.Limits{MaxInstructions: maxInstructions})
			prf.Stop()
			if err != nil {
				t.Fatalf("status %d: %v", status, err)
			}
			checkOutput(t, s, stdout.String(), status)
			if _, total := prf.Counts(); total.Instructions != proc.Stats().Instructions {
				t.Errorf("profile counts %d instructions, the machine %d", total.Instructions, proc.Stats().Instructions)
			}
			if p := prf.Profile(guestprof.Program{Name: s.Name, Executable: x, ClockMHz: 25}); len(p.Sample) == 0 {
				t.Errorf("empty profile")
			}
		})
	}
}

// TestGDBServerLoadsLinkShapes serves each program over the GDB remote
// protocol (graftlab gdbserver) and continues it to its exit.
func TestGDBServerLoadsLinkShapes(t *testing.T) {
	for _, s := range shapes(t) {
		t.Run(s.Name, func(t *testing.T) {
			x := parse(t, s)
			var stdout bytes.Buffer
			proc, err := user.New(user.Config{Executable: x, Args: s.Args(), Stdout: &stdout})
			if err != nil {
				t.Fatal(err)
			}
			a, b := net.Pipe()
			defer a.Close()
			served := make(chan error, 1)
			go func() {
				_, err := gdbstub.NewServer(gdbstub.NewUserTarget(proc), gdbstub.Options{MaxInstructions: maxInstructions}).Serve(context.Background(), b)
				b.Close()
				served <- err
			}()
			reply := continueToExit(t, a)
			a.Close()
			if err := <-served; err != nil {
				t.Errorf("Serve: %v", err)
			}
			status, ok := proc.Exited()
			if want := fmt.Sprintf("W%02x", s.WantStatus); reply != want || !ok {
				t.Errorf("stop reply %q (exited %v), want %q", reply, ok, want)
			}
			checkOutput(t, s, stdout.String(), status)
		})
	}
}

// continueToExit sends "c" and returns the first stop reply, acking every
// packet.
func continueToExit(t *testing.T, conn net.Conn) string {
	t.Helper()
	conn.SetDeadline(time.Now().Add(60 * time.Second)) // a hang guard, not a timing assertion
	if _, err := conn.Write([]byte("$c#63")); err != nil {
		t.Fatal(err)
	}
	r := bufio.NewReader(conn)
	for {
		c, err := r.ReadByte()
		if err != nil {
			t.Fatal(err)
		}
		if c != '$' {
			continue // acks
		}
		payload, err := r.ReadString('#')
		if err != nil {
			t.Fatal(err)
		}
		if _, err := r.Discard(2); err != nil { // the checksum
			t.Fatal(err)
		}
		if _, err := conn.Write([]byte("+")); err != nil {
			t.Fatal(err)
		}
		payload = strings.TrimSuffix(payload, "#")
		if payload != "" && (payload[0] == 'W' || payload[0] == 'X' || payload[0] == 'S' || payload[0] == 'T') {
			return payload
		}
	}
}

// TestBootLoadsLinkShapes boots each program on the nanokernel (graftlab
// boot), where the guest kernel builds the process.
func TestBootLoadsLinkShapes(t *testing.T) {
	for _, s := range shapes(t) {
		t.Run(s.Name, func(t *testing.T) {
			x := parse(t, s)
			var console bytes.Buffer
			cfg := kernel.Config{Program: x, Args: s.Args(), Console: &console}
			if s.Name == "bigbss" {
				cfg.RAMSize = 128 << 20 // the kernel maps every page of a segment at boot
			}
			sys, err := kernel.Boot(cfg)
			if err != nil {
				t.Fatal(err)
			}
			stop, err := sys.Run(context.Background(), cpu.Limits{MaxInstructions: maxInstructions})
			if err != nil || stop.Reason != cpu.StopHalted {
				t.Fatalf("stop %v: %v", stop.Reason, err)
			}
			if c, ok := sys.Crash(); ok {
				t.Fatalf("crash: %v", c)
			}
			checkOutput(t, s, console.String(), stop.Status)
		})
	}
}
