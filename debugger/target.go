package debugger

import (
	"errors"
	"fmt"
	"io"

	"graftlab/cpu"
	"graftlab/user"
)

// Target is a machine the debugger drives.
type Target interface {
	// Machine is the processor: registers, CP0, MMU, counters, hooks.
	Machine() *cpu.Machine
	// Step executes one engine step: an instruction, or an exception taken
	// or served. An error ends the program (a fatal fault).
	Step() error
	// ReadMemory and WriteMemory access guest virtual memory as the
	// program sees it.
	ReadMemory(addr uint32, n int) ([]byte, error)
	WriteMemory(addr uint32, b []byte) error
	// Snapshot saves everything execution changes; Restore returns to it.
	Snapshot() any
	Restore(s any)
	// SnapshotSize is the approximate size of one snapshot in bytes.
	SnapshotSize() int
}

// UserTarget is a user-mode program as a Target. Its output is written
// through once: when reverse execution replays a stretch of the program,
// what it writes again is dropped, and what it reads comes from a record of
// its earlier input.
type UserTarget struct {
	Process *user.Process
	engine  cpu.Engine
	stdout  *replayWriter
	stderr  *replayWriter
	stdin   *replayReader
	ram     int
}

// UserConfig is a user.Config whose standard streams the UserTarget wraps.
type UserConfig = user.Config

// NewUserTarget starts a program in user mode for debugging.
func NewUserTarget(cfg UserConfig) (*UserTarget, error) {
	t := &UserTarget{
		stdout: &replayWriter{w: cfg.Stdout},
		stderr: &replayWriter{w: cfg.Stderr},
		stdin:  &replayReader{r: cfg.Stdin},
		engine: cfg.Engine,
	}
	if t.engine == nil {
		t.engine = cpu.Reference()
	}
	cfg.Stdout, cfg.Stderr, cfg.Stdin = t.stdout, t.stderr, t.stdin
	p, err := user.New(cfg)
	if err != nil {
		return nil, err
	}
	t.Process = p
	t.ram = len(p.Machine.Bus.RAM())
	return t, nil
}

func (t *UserTarget) Machine() *cpu.Machine { return t.Process.Machine }

func (t *UserTarget) Step() error { return t.engine.Step(t.Process.Machine) }

func (t *UserTarget) ReadMemory(addr uint32, n int) ([]byte, error) {
	if n < 0 || n > 1<<20 {
		return nil, fmt.Errorf("read of %d bytes: too large", n)
	}
	// Looking must not allocate pages: that would change the frames the
	// program gets later, and so what a replay reproduces.
	return t.Process.PeekMemory(addr, n)
}

func (t *UserTarget) WriteMemory(addr uint32, b []byte) error {
	return t.Process.WriteMemory(addr, b)
}

type userSnapshot struct {
	p                  *user.Snapshot
	stdout, stderr, in int64
}

func (t *UserTarget) Snapshot() any {
	return &userSnapshot{t.Process.Snapshot(), t.stdout.pos, t.stderr.pos, t.stdin.pos}
}

func (t *UserTarget) Restore(s any) {
	us := s.(*userSnapshot)
	t.Process.Restore(us.p)
	t.stdout.pos, t.stderr.pos, t.stdin.pos = us.stdout, us.stderr, us.in
}

func (t *UserTarget) SnapshotSize() int { return t.ram }

// Rerun forgets what output was written, after a Restore to the program's
// start: the program's output is written again, as when a program is run
// again. Its input is read again from the record.
func (t *UserTarget) Rerun() {
	t.stdout.high, t.stderr.high = t.stdout.pos, t.stderr.pos
}

// rerunner is implemented by targets whose output a restart writes again.
type rerunner interface{ Rerun() }

// replayWriter passes on each byte of the stream once: bytes before the
// high-water mark were written already.
type replayWriter struct {
	w         io.Writer
	pos, high int64
}

func (r *replayWriter) Write(b []byte) (int, error) {
	n := len(b)
	if skip := r.high - r.pos; skip > 0 {
		if skip >= int64(len(b)) {
			r.pos += int64(len(b))
			return n, nil
		}
		b = b[skip:]
		r.pos += skip
	}
	if r.w != nil {
		if _, err := r.w.Write(b); err != nil {
			return 0, err
		}
	}
	r.pos += int64(len(b))
	r.high = r.pos
	return n, nil
}

// replayReader records what the program reads, so that a replay reads the
// same bytes.
type replayReader struct {
	r   io.Reader
	buf []byte
	pos int64
	eof bool
}

func (r *replayReader) Read(b []byte) (int, error) {
	if r.pos < int64(len(r.buf)) {
		n := copy(b, r.buf[r.pos:])
		r.pos += int64(n)
		return n, nil
	}
	if r.eof || r.r == nil {
		return 0, io.EOF
	}
	n, err := r.r.Read(b)
	r.buf = append(r.buf, b[:n]...)
	r.pos += int64(n)
	if errors.Is(err, io.EOF) {
		r.eof = true
	}
	return n, err
}
