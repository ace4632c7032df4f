package linkshapes_test

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"graftlab/cpu"
	"graftlab/internal/linkshapes"
	"graftlab/internal/tools"
	"graftlab/loader"
	"graftlab/user"
)

// kitBuildLine is the build line kit/README.md gives, run from the top
// directory of the repository.
const kitBuildLine = "mipsel-linux-gnu-gcc -O2 -march=mips32 -msoft-float -static -nostdlib -ffreestanding -fno-pic -mno-abicalls -I kit -o hello.elf kit/start.S kit/lib.c hello.c"

const kitHello = `#include "graftlab.h"

int main(int argc, char **argv, char **envp)
{
	printf("hello from %s, %d arguments\n", argv[0], argc - 1);
	return 0;
}
`

func repoRoot() string { return filepath.Join(linkshapes.Dir(), "..", "..") }

// TestKitReadme checks that kit/README.md gives the build line and the
// program that TestKitBuildLine builds.
func TestKitReadme(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(repoRoot(), "kit", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{kitBuildLine, kitHello} {
		if !strings.Contains(string(b), want) {
			t.Errorf("kit/README.md does not hold %q", want)
		}
	}
}

// TestKitBuildLine builds the README's hello.c with the README's line and
// runs it on graftlab.
func TestKitBuildLine(t *testing.T) {
	tools.Need(t, "mipsel-linux-gnu-gcc")
	dir := t.TempDir()
	for _, f := range []string{"start.S", "lib.c", "graftlab.h"} {
		b, err := os.ReadFile(filepath.Join(repoRoot(), "kit", f))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Join(dir, "kit"), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "kit", f), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "hello.c"), []byte(kitHello), 0o644); err != nil {
		t.Fatal(err)
	}
	args := strings.Fields(kitBuildLine)
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil || len(out) != 0 {
		t.Fatalf("%s: %v\n%s", kitBuildLine, err, out)
	}
	data, err := os.ReadFile(filepath.Join(dir, "hello.elf"))
	if err != nil {
		t.Fatal(err)
	}
	x, err := loader.ParseExecutable(data)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	p, err := user.New(user.Config{Executable: x, Args: []string{"hello.elf", "a", "b"}, Stdout: &out, Engine: cpu.DefaultEngine()})
	if err != nil {
		t.Fatal(err)
	}
	status, err := p.Run(context.Background(), cpu.Limits{MaxInstructions: 10_000_000})
	if err != nil || status != 0 || out.String() != "hello from hello.elf, 2 arguments\n" {
		t.Errorf("status %d, error %v, output %q", status, err, out.String())
	}
}
