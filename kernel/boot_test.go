package kernel

import (
	"bytes"
	"context"
	"os"
	"testing"

	"graftlab/cpu"
	"graftlab/loader"
	"graftlab/profile"
)

func bootFile(t *testing.T, path string, cfg Config) (*System, *bytes.Buffer) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	x, err := loader.ParseExecutable(data)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	cfg.Program = x
	cfg.Console = &out
	if cfg.Profile == nil {
		cfg.Profile, _ = profile.Lookup("dec5000")
	}
	s, err := Boot(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return s, &out
}

func TestBootHello(t *testing.T) {
	s, out := bootFile(t, "../testdata/progs/hello.elf", Config{Args: []string{"hello"}})
	stop, err := s.Run(context.Background(), cpu.Limits{MaxInstructions: 10_000_000})
	t.Logf("stop %+v err %v out %q stats %+v pc %#x", stop, err, out.String(), s.Machine.Stats, s.Machine.PC)
}
