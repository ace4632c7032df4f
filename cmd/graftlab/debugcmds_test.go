package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	pprof "github.com/google/pprof/profile"

	"graftlab/trace"
)

func TestRunTrace(t *testing.T) {
	file := filepath.Join(t.TempDir(), "hello.trace")
	status, stdout, stderr := runCmd(t, "", "run", "--stats", "--trace", file, progs+"hello.elf")
	if status != 0 || stdout != "hello, world\n" {
		t.Fatalf("status %d, stdout %q, stderr %s", status, stdout, stderr)
	}
	var stats runStats
	lines := strings.Split(strings.TrimSpace(stderr), "\n")
	if err := json.Unmarshal([]byte(lines[len(lines)-1]), &stats); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r, err := trace.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	if h := r.Header(); h.Program != progs+"hello.elf" || h.Profile != "dec5000" {
		t.Errorf("header %+v", h)
	}
	n := 0
	for {
		if _, err := r.Next(); err != nil {
			break
		}
		n++
	}
	end, ok := r.End()
	if !ok || end.Instructions != stats.Instructions || end.Cycles != stats.Cycles {
		t.Errorf("trace end %+v (%v); --stats %d instructions, %d cycles", end, ok, stats.Instructions, stats.Cycles)
	}
	if uint64(n) < stats.Instructions {
		t.Errorf("%d records for %d instructions", n, stats.Instructions)
	}
	if status, _, stderr := runCmd(t, "", "run", "--trace", filepath.Join(t.TempDir(), "no", "such", "dir"), progs+"hello.elf"); status != 1 || !strings.Contains(stderr, "no such file or directory") {
		t.Errorf("unwritable trace: status %d, %s", status, stderr)
	}
}

func TestProfileCommand(t *testing.T) {
	file := filepath.Join(t.TempDir(), "guest.pb.gz")
	status, _, stderr := runCmd(t, "", "profile", "-o", file, progs+"qsort.elf")
	if status != 0 || !strings.Contains(stderr, "wrote "+file+": 1433753 instructions, 1821344 cycles at 481 PCs in ") {
		t.Fatalf("status %d, stderr %s", status, stderr)
	}
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	p, err := pprof.ParseData(data)
	if err != nil {
		t.Fatal(err)
	}
	cycles := map[string]int64{}
	for _, s := range p.Sample {
		if l := s.Location[0].Line; len(l) > 0 {
			cycles[l[0].Function.Name] += s.Value[0]
		}
	}
	hot := ""
	for name, c := range cycles {
		if hot == "" || c > cycles[hot] {
			hot = name
		}
	}
	if hot != "sort.constprop.0" {
		t.Errorf("hottest function %s, want sort.constprop.0", hot)
	}
	// A guest's exit status is the command's, and the profile is written.
	file2 := filepath.Join(t.TempDir(), "fib.pb.gz")
	if status, _, _ := runCmd(t, "", "profile", "-o", file2, progs+"fib.elf"); status != 144 {
		t.Errorf("fib: status %d, want 144", status)
	}
	if _, err := os.Stat(file2); err != nil {
		t.Error(err)
	}
	if status, _, stderr := runCmd(t, "", "profile"); status != 2 || !strings.Contains(stderr, "want a program to profile") {
		t.Errorf("no program: status %d, %s", status, stderr)
	}
}

// syncBuffer is a stderr that a test can read while the command runs.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// startGDBServer runs `graftlab gdbserver --listen 127.0.0.1:0 ARGS...` and
// connects to it.
func startGDBServer(t *testing.T, args ...string) (net.Conn, *bufio.Reader, *syncBuffer, *strings.Builder, chan int) {
	t.Helper()
	stderr := &syncBuffer{}
	stdout := &strings.Builder{}
	done := make(chan int, 1)
	go func() {
		done <- runMain(context.Background(), &env{strings.NewReader(""), stdout, stderr}, append([]string{"gdbserver", "--listen", "127.0.0.1:0"}, args...))
	}()
	re := regexp.MustCompile(`Listening on (\S+)\n`)
	var addr string
	for i := 0; i < 6000 && addr == ""; i++ { // up to 30 s: a hang guard
		if m := re.FindStringSubmatch(stderr.String()); m != nil {
			addr = m[1]
		} else {
			time.Sleep(5 * time.Millisecond)
		}
	}
	if addr == "" {
		t.Fatalf("gdbserver did not listen: %s", stderr.String())
	}
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	return conn, bufio.NewReader(conn), stderr, stdout, done
}

func gdbPacket(t *testing.T, conn net.Conn, r *bufio.Reader, payload string) string {
	t.Helper()
	var cs byte
	for i := 0; i < len(payload); i++ {
		cs += payload[i]
	}
	fmt.Fprintf(conn, "$%s#%02x", payload, cs)
	conn.SetReadDeadline(time.Now().Add(30 * time.Second)) // a hang guard
	if b, err := r.ReadByte(); err != nil || b != '+' {
		t.Fatalf("%s: ack %q, %v", payload, b, err)
	}
	if payload == "k" {
		return ""
	}
	s, err := r.ReadString('#')
	if err != nil || !strings.HasPrefix(s, "$") {
		t.Fatalf("%s: reply %q, %v", payload, s, err)
	}
	r.Discard(2)
	conn.Write([]byte("+"))
	return strings.TrimSuffix(s[1:], "#")
}

func TestGDBServerCommand(t *testing.T) {
	sum := "../../testdata/debug/sum.elf"
	// Continue to the end, then kill: the command exits with the guest's status.
	conn, r, stderr, stdout, done := startGDBServer(t, sum)
	if got := gdbPacket(t, conn, r, "c"); got != "W00" {
		t.Errorf("c: %q, want W00", got)
	}
	gdbPacket(t, conn, r, "k")
	if status := <-done; status != 0 || stdout.String() != "sum of squares: 140\n" || !strings.Contains(stderr.String(), "Child exited with status 0") {
		t.Errorf("status %d, stdout %q, stderr %s", status, stdout.String(), stderr.String())
	}
	// Detach at once: the program runs to its end without the debugger.
	conn, r, stderr, stdout, done = startGDBServer(t, "--profile", "ideal", progs+"fib.elf")
	if got := gdbPacket(t, conn, r, "D"); got != "OK" {
		t.Errorf("D: %q", got)
	}
	if status := <-done; status != 144 || !strings.Contains(stderr.String(), "Detaching from process 1") {
		t.Errorf("status %d, stderr %s", status, stderr.String())
	}
	if status, _, stderr := runCmd(t, "", "gdbserver"); status != 2 || !strings.Contains(stderr, "want a program to serve") {
		t.Errorf("no program: status %d, %s", status, stderr)
	}
	if status, _, stderr := runCmd(t, "", "gdbserver", "--listen", "256.0.0.1:1", progs+"hello.elf"); status != 1 || !strings.Contains(stderr, "256.0.0.1") {
		t.Errorf("bad address: status %d, %s", status, stderr)
	}
}
