package difftest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
)

// QEMU runs programs on qemu-mipsel (user mode).
type QEMU struct {
	Path string
	// CPU is the -cpu model: 4Kc, a MIPS32 Release 1 core without an FPU.
	CPU string
}

// FindQEMU looks for qemu-mipsel on the PATH.
func FindQEMU() (*QEMU, error) {
	p, err := exec.LookPath("qemu-mipsel")
	if err != nil {
		return nil, err
	}
	return &QEMU{Path: p, CPU: "4Kc"}, nil
}

func (q *QEMU) Name() string { return "qemu" }

func (q *QEMU) Run(ctx context.Context, elf []byte) (*Output, error) {
	dir, err := os.MkdirTemp("", "difftest")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	file := filepath.Join(dir, "prog")
	if err := os.WriteFile(file, elf, 0o755); err != nil {
		return nil, err
	}
	var stdout, stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, q.Path, "-cpu", q.CPU, file)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	// qemu dumps a guest killed by a signal to a core file in its working
	// directory: keep it in the temporary one.
	cmd.Dir = dir
	err = cmd.Run()
	out := &Output{Stdout: stdout.Bytes(), Stderr: stderr.String()}
	var exit *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &exit):
		ws, ok := exit.Sys().(syscall.WaitStatus)
		if ok && ws.Signaled() {
			out.Signal = signalName(ws.Signal())
		} else {
			out.Status = exit.ExitCode()
		}
	default:
		return nil, fmt.Errorf("qemu-mipsel: %w", err)
	}
	if ctx.Err() != nil {
		return nil, fmt.Errorf("qemu-mipsel: %w", ctx.Err())
	}
	return out, nil
}

// signalName names the host signal that killed qemu, which is the guest's
// (qemu re-raises it): by its Linux name, as package user names its
// signals.
func signalName(s syscall.Signal) string {
	switch s {
	case syscall.SIGILL:
		return "SIGILL"
	case syscall.SIGTRAP:
		return "SIGTRAP"
	case syscall.SIGBUS:
		return "SIGBUS"
	case syscall.SIGFPE:
		return "SIGFPE"
	case syscall.SIGKILL:
		return "SIGKILL"
	case syscall.SIGSEGV:
		return "SIGSEGV"
	}
	return s.String()
}
