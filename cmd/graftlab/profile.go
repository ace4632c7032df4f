package main

import (
	"context"
	"errors"
	"flag"
	"fmt"

	"graftlab/cpu"
	"graftlab/guestprof"
	"graftlab/loader/debuginfo"
	"graftlab/user"
)

func init() {
	register(&command{
		name:    "profile",
		summary: "run a user-mode program and write a pprof profile of its cycles by guest PC and function",
		usage:   "[-o FILE] [--profile PROFILE] [--max-instructions N] [--max-cycles N] [--ram MiB] PROG.elf [ARGS...]",
		setup:   setupProfile,
	})
}

func setupProfile(fs *flag.FlagSet) func(ctx context.Context, e *env, args []string) error {
	out := fs.String("o", "guest.pb.gz", "write the profile to `FILE` (gzipped profile.proto; read it with go tool pprof)")
	prof := profileFlag(fs)
	maxInst := fs.Uint64("max-instructions", defaultMaxInstructions, "stop after `N` instructions, with exit status 124 (0: no limit); the profile is still written")
	maxCycles := fs.Uint64("max-cycles", 0, "stop after `N` cycles, with exit status 124 (0: no limit); the profile is still written")
	ram := ramFlag(fs)
	return func(ctx context.Context, e *env, args []string) error {
		if len(args) == 0 {
			return usageError{"want a program to profile"}
		}
		if err := checkRAM(*ram); err != nil {
			return err
		}
		name := args[0]
		p, data, x, err := loadProgram(*prof, name)
		if err != nil {
			return err
		}
		// A bad output path fails before the run.
		file, err := createOutput(*out)
		if err != nil {
			return err
		}
		defer file.abandon()
		dbg, err := debuginfo.Load(data)
		if err != nil {
			fmt.Fprintf(e.stderr, "graftlab profile: %s: no source lines: %v\n", name, err)
			dbg = nil
		}
		proc, err := newProcess(e, p, x, args, *ram, nil)
		if err != nil {
			return err
		}
		prf := guestprof.Attach(proc.Machine, proc.PeekMemory)
		status, err := proc.Run(ctx, cpu.Limits{MaxInstructions: *maxInst, MaxCycles: *maxCycles})
		prf.Stop()
		var f *user.Fault
		switch {
		case errors.As(err, &f):
			fmt.Fprintf(e.stderr, "graftlab profile: %s: %v\n", name, f)
		case errors.Is(err, user.ErrLimit):
			fmt.Fprintf(e.stderr, "graftlab profile: %s: %v\n", name, err)
			status = statusLimit
		case err != nil && ctx.Err() != nil:
			fmt.Fprintf(e.stderr, "graftlab profile: %s: interrupted: %v\n", name, err)
			status = statusInterrupted
		case err != nil:
			return fmt.Errorf("%s: %w", name, err)
		}
		pp := prf.Profile(guestprof.Program{
			Name: name, Executable: x, Debug: dbg, ClockMHz: p.ClockMHz,
			Comments: []string{"machine profile " + p.Name, fmt.Sprintf("exit status %d", status)},
		})
		if err := file.commitWith(pp.Write); err != nil {
			return err
		}
		pcs, total := prf.Counts()
		fmt.Fprintf(e.stderr, "graftlab profile: wrote %s: %d instructions, %d cycles at %d PCs in %d call stacks\n",
			*out, total.Instructions, total.Cycles, len(pcs), len(pp.Sample))
		if status != 0 {
			return exitError{status}
		}
		return nil
	}
}
