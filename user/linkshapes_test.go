package user_test

import (
	"bytes"
	"context"
	"errors"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"

	"graftlab/cpu"
	"graftlab/internal/linkshapes"
	"graftlab/internal/tools"
	"graftlab/loader"
	"graftlab/user"
)

// TestLinkShapes runs every program of the link-shape corpus on both
// engines and compares its output and exit status with qemu-mipsel's
// (adjusted where Linux and qemu-mipsel differ: linkshapes.Differences).
func TestLinkShapes(t *testing.T) {
	shapes, err := linkshapes.All()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range shapes {
		for _, eng := range cpu.Engines() {
			t.Run(s.Name+"/"+eng.Name(), func(t *testing.T) {
				x, err := loader.ParseExecutable(s.ELF)
				if err != nil {
					t.Fatal(err)
				}
				var out bytes.Buffer
				p, err := user.New(user.Config{Executable: x, Args: s.Args(), Stdout: &out, Engine: eng})
				if err != nil {
					t.Fatal(err)
				}
				status, err := p.Run(context.Background(), cpu.Limits{MaxInstructions: 50_000_000})
				if err != nil {
					t.Fatalf("status %d: %v", status, err)
				}
				if out.String() != s.Want || status != s.WantStatus {
					t.Errorf("output:\n%s-- exit status %d\nwant:\n%s-- exit status %d", out.String(), status, s.Want, s.WantStatus)
				}
			})
		}
	}
}

// TestLinkShapesQemuLive runs each program on qemu-mipsel now and checks
// that it gives the golden output.
func TestLinkShapesQemuLive(t *testing.T) {
	qemu := tools.Need(t, "qemu-mipsel")
	shapes, err := linkshapes.All()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range shapes {
		t.Run(s.Name, func(t *testing.T) {
			cmd := exec.Command(qemu, s.Args()...)
			cmd.Dir, cmd.Env = linkshapes.Dir(), []string{}
			var stdout bytes.Buffer
			cmd.Stdout = &stdout
			status := 0
			if err := cmd.Run(); err != nil {
				var xe *exec.ExitError
				if !errors.As(err, &xe) {
					t.Fatal(err)
				}
				status = xe.ExitCode()
				if ws, ok := xe.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
					status = 128 + int(ws.Signal())
				}
			}
			if stdout.String() != s.QEMU || status != s.QEMUStatus {
				t.Errorf("qemu-mipsel %s:\n%s-- exit status %d\ngolden (%s):\n%s-- exit status %d",
					s.Name, stdout.String(), status, filepath.Join(linkshapes.Dir(), s.Name+".out"), s.QEMU, s.QEMUStatus)
			}
		})
	}
}
