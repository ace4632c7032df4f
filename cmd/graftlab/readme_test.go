package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// readmeCommand is a "$ command" line of a console block in the README and
// the output shown under it.
type readmeCommand struct {
	line   int
	cmd    string
	output string
}

func readmeCommands(t *testing.T, readme string) []readmeCommand {
	t.Helper()
	var cmds []readmeCommand
	in := false
	for i, line := range strings.Split(readme, "\n") {
		switch {
		case line == "```console":
			in = true
		case line == "```":
			in = false
		case in && strings.HasPrefix(line, "$ "):
			cmds = append(cmds, readmeCommand{line: i + 1, cmd: strings.TrimPrefix(line, "$ ")})
		case in && len(cmds) > 0:
			cmds[len(cmds)-1].output += line + "\n"
		case in:
			t.Fatalf("README.md:%d: output before any command", i+1)
		}
	}
	return cmds
}

// TestReadme runs the README's tour, every "$ " line of its console blocks
// with graftlab built from this tree, in a scratch directory that sees the
// repository's testdata, misfit and kit, and requires the output it shows. It
// also checks the commands the README must keep (.ci/run runs its test
// command) and its links.
func TestReadme(t *testing.T) {
	data, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(data)
	for _, want := range []string{"\ngo install ./cmd/graftlab\n", "\ngo run ./cmd/graftlab bench\n", "\ngo test ./...\n"} {
		if !strings.Contains(readme, want) {
			t.Errorf("README.md lacks the line %q", strings.TrimSpace(want))
		}
	}
	if n := strings.Count(readme, "\n"); n > 200 {
		t.Errorf("README.md has %d lines: keep it short, the reference in doc/", n)
	}
	for _, m := range regexp.MustCompile(`\]\(([^)#]+)\)`).FindAllStringSubmatch(readme, -1) {
		if _, err := os.Stat(filepath.Join("../..", m[1])); err != nil {
			t.Errorf("README.md links to %s: %v", m[1], err)
		}
	}
	cmds := readmeCommands(t, readme)
	if len(cmds) < 10 {
		t.Fatalf("%d commands in the README's console blocks", len(cmds))
	}
	if testing.Short() {
		t.Skip("builds graftlab; not in -short")
	}
	bin := t.TempDir()
	build := exec.Command("go", "build", "-o", filepath.Join(bin, "graftlab"), ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	work := t.TempDir()
	for _, d := range []string{"testdata", "misfit", "kit"} {
		abs, err := filepath.Abs(filepath.Join("../..", d))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.Symlink(abs, filepath.Join(work, d)); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range cmds {
		sh := exec.Command("sh", "-c", c.cmd+" 2>&1")
		sh.Dir = work
		sh.Env = append(os.Environ(), "PATH="+bin+string(os.PathListSeparator)+os.Getenv("PATH"))
		out, _ := sh.Output()
		if string(out) != c.output {
			t.Errorf("README.md:%d: $ %s\n got:\n%s\nwant:\n%s", c.line, c.cmd, out, c.output)
		}
	}
}
