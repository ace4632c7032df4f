package main

import (
	"fmt"
	"os"

	"graftlab/trace"
	"graftlab/user"
)

// tracing is run's --trace: an instruction trace written as the program runs.
type tracing struct {
	path string
	f    *os.File
	t    *trace.Tracer
}

func startTrace(path, program, profile string, proc *user.Process) (*tracing, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	st := proc.Stats()
	w, err := trace.NewWriter(f, trace.Header{Program: program, Profile: profile, StartInstructions: st.Instructions, StartCycles: st.Cycles})
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &tracing{path: path, f: f, t: trace.Attach(proc.Machine, w, proc.PeekMemory)}, nil
}

// finish writes the end of the trace and closes the file.
func (tr *tracing) finish() error {
	err := tr.t.Finish()
	if cerr := tr.f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("trace %s: %w", tr.path, err)
	}
	return nil
}
