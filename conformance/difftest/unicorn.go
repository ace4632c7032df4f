package difftest

import (
	"bytes"
	"context"
	_ "embed"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
)

// ucRun is the Unicorn driver: a Python script that loads a program into
// Unicorn and serves its write and exit system calls.
//
//go:embed uc_run.py
var ucRun []byte

// Unicorn runs programs on Unicorn (python3-unicorn), with the MIPS32 4Kc
// CPU model.
type Unicorn struct {
	Python string // an interpreter that can import unicorn
}

// FindUnicorn looks for a python3 that can import unicorn: the one on the
// PATH, then /usr/bin/python3 (where Debian's python3-unicorn installs).
func FindUnicorn() (*Unicorn, error) {
	var errs []error
	for _, py := range []string{"python3", "/usr/bin/python3"} {
		p, err := exec.LookPath(py)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if out, err := exec.Command(p, "-c", "import unicorn").CombinedOutput(); err != nil {
			errs = append(errs, fmt.Errorf("%s: %s", p, firstLine(string(out))))
			continue
		}
		return &Unicorn{Python: p}, nil
	}
	return nil, errors.Join(errs...)
}

func (u *Unicorn) Name() string { return "unicorn" }

func (u *Unicorn) Run(ctx context.Context, elf []byte) (*Output, error) {
	dir, err := os.MkdirTemp("", "difftest")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	prog, script := filepath.Join(dir, "prog"), filepath.Join(dir, "uc_run.py")
	if err := os.WriteFile(prog, elf, 0o644); err != nil {
		return nil, err
	}
	if err := os.WriteFile(script, ucRun, 0o644); err != nil {
		return nil, err
	}
	var stdout, stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, u.Python, script, prog)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err = cmd.Run()
	out := &Output{Stdout: stdout.Bytes(), Stderr: stderr.String()}
	var exit *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &exit) && exit.ExitCode() >= 98:
		// The script stopped the program: report the exception like a
		// signal, by Unicorn's number (qemu's EXCP_*).
		out.Signal = fmt.Sprintf("exception %d", exit.ExitCode()-100)
	case errors.As(err, &exit):
		out.Status = exit.ExitCode()
	default:
		return nil, fmt.Errorf("unicorn: %w", err)
	}
	if ctx.Err() != nil {
		return nil, fmt.Errorf("unicorn: %w", ctx.Err())
	}
	return out, nil
}
