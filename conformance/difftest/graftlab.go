package difftest

import (
	"bytes"
	"context"
	"errors"
	"fmt"

	"graftlab/cpu"
	"graftlab/loader"
	"graftlab/profile"
	"graftlab/user"
)

// Graftlab runs programs in graftlab's user mode (package user).
type Graftlab struct {
	Profile *profile.Profile // nil: ideal
	Engine  cpu.Engine       // nil: the reference interpreter
	// Prepare, if not nil, sees each process before it runs: to add hooks,
	// for instance to plant a fault and watch the tester find it.
	Prepare func(*user.Process)
}

func (g *Graftlab) Name() string {
	if g.Engine != nil {
		return "graftlab-" + g.Engine.Name()
	}
	return "graftlab"
}

func (g *Graftlab) Run(ctx context.Context, elf []byte) (*Output, error) {
	exe, err := loader.ParseExecutable(elf)
	if err != nil {
		return nil, fmt.Errorf("graftlab: %w", err)
	}
	var stdout, stderr bytes.Buffer
	p, err := user.New(user.Config{Profile: g.Profile, Executable: exe, Args: []string{"difftest"},
		Stdout: &stdout, Stderr: &stderr, Engine: g.Engine})
	if err != nil {
		return nil, fmt.Errorf("graftlab: %w", err)
	}
	if g.Prepare != nil {
		g.Prepare(p)
	}
	// Programs only branch forward, so they run fewer instructions than
	// they have words.
	status, err := p.Run(ctx, cpu.Limits{MaxInstructions: uint64(len(elf)/4 + 1000)})
	out := &Output{Stdout: stdout.Bytes(), Stderr: stderr.String(), Status: status, Stats: p.Stats()}
	var f *user.Fault
	switch {
	case errors.As(err, &f):
		out.Signal, out.Status = f.Signal.String(), 0
		out.Stderr += f.Error()
	case err != nil:
		return nil, fmt.Errorf("graftlab: %w", err)
	}
	return out, nil
}
