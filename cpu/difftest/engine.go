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
	// Instructions is the number of instructions the run executed, for
	// engines that count them (graftlab), or 0.
	Instructions uint64
	// Stats are graftlab's counters (zero for other engines).
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
