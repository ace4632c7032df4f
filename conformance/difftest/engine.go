package difftest

import (
	"context"
	"fmt"

	"graftlab/cpu"
)

// Output is what a run of a program produced.
type Output struct {
	Stdout []byte
	// Status is the exit status; Signal, when not empty, names the signal
	// that ended the process instead.
	Status int
	Signal string
	Stderr string
	// Stats are graftlab's counters; other engines count nothing and leave
	// them zero.
	Stats cpu.Stats
}

// Ended says how the run ended, for messages.
func (o *Output) Ended() string {
	if o.Signal != "" {
		return "killed by " + o.Signal
	}
	return fmt.Sprintf("exit status %d", o.Status)
}

// Engine runs a program's executable.
type Engine interface {
	Name() string
	Run(ctx context.Context, elf []byte) (*Output, error)
}
