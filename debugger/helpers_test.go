package debugger

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"graftlab/cpu"
	"graftlab/loader"
	"graftlab/loader/debuginfo"
	"graftlab/profile"
)

// session is a debugger on a test program, with its output in a buffer.
type session struct {
	t      *testing.T
	d      *Debugger
	out    bytes.Buffer
	stdout bytes.Buffer
}

func newSession(t testing.TB, prog string, cfg Config) *session {
	t.Helper()
	return newSessionOn(t, prog, cfg, nil)
}

// newSessionOn is newSession with the target run by eng (nil: the
// reference interpreter).
func newSessionOn(t testing.TB, prog string, cfg Config, eng cpu.Engine, args ...string) *session {
	t.Helper()
	data, err := os.ReadFile(prog)
	if err != nil {
		t.Fatal(err)
	}
	exe, err := loader.ParseExecutable(data)
	if err != nil {
		t.Fatal(err)
	}
	info, err := debuginfo.Load(data)
	if err != nil {
		t.Fatal(err)
	}
	prof, err := profile.Lookup("dec5000")
	if err != nil {
		t.Fatal(err)
	}
	s := &session{}
	target, err := NewUserTarget(UserConfig{Profile: prof, Executable: exe, Args: append([]string{filepath.Base(prog)}, args...), Stdout: &s.stdout, RAMSize: 4 << 20, Engine: eng})
	if err != nil {
		t.Fatal(err)
	}
	cfg.Target, cfg.Executable, cfg.Info, cfg.Out, cfg.ExeDir = target, exe, info, &s.out, filepath.Dir(prog)
	if s.d, err = New(cfg); err != nil {
		t.Fatal(err)
	}
	return s
}

const sumELF = "../testdata/debug/sum.elf"

// run executes commands and returns their output; an error fails the test.
func (s *session) run(t *testing.T, cmds ...string) string {
	t.Helper()
	s.out.Reset()
	for _, c := range cmds {
		if err := s.d.Execute(context.Background(), c); err != nil {
			t.Fatalf("%s: %v\noutput so far:\n%s", c, err, s.out.String())
		}
	}
	return s.out.String()
}

// fails executes a command that must fail and returns its error text.
func (s *session) fails(t *testing.T, cmd string) string {
	t.Helper()
	err := s.d.Execute(context.Background(), cmd)
	if err == nil {
		t.Fatalf("%s: no error", cmd)
	}
	return err.Error()
}

func lines(s string) []string { return strings.Split(strings.TrimSuffix(s, "\n"), "\n") }
