package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"time"

	"graftlab/cpu"
	"graftlab/kernel"
)

func init() {
	register(&command{
		name:    "boot",
		summary: "run a static MIPS32 executable in system mode, on the guest nanokernel",
		usage:   "[--profile PROFILE] [--engine ENGINE] [--personality PERSONALITY] [--timer TICKS] [--stats] [--max-instructions N] [--max-cycles N] [--ram MiB] PROG.elf [ARGS...]",
		// Everything after the program is the guest's.
		interspersed: false,
		setup:        setupBoot,
	})
}

func setupBoot(fs *flag.FlagSet) func(ctx context.Context, e *env, args []string) error {
	prof := profileFlag(fs)
	pers := fs.String("personality", "conventional", "how the kernel serves the program, `PERSONALITY`: conventional (Linux o32 system calls, signals) or exokernel (Aegis-style calls and exception dispatch; see doc/kernel.md)")
	timer := fs.Uint("timer", 0, "timer interrupt every `TICKS` Count ticks (0: no timer)")
	stats := fs.Bool("stats", false, "print the run's counters as one JSON object, the last line on stderr")
	maxInst := fs.Uint64("max-instructions", defaultMaxInstructions, "stop after `N` instructions, kernel's included, with exit status 124 (0: no limit)")
	maxCycles := fs.Uint64("max-cycles", 0, "stop after `N` cycles, with exit status 124 (0: no limit)")
	ram := ramFlag(fs)
	engine := engineFlag(fs)
	return func(ctx context.Context, e *env, args []string) error {
		if len(args) == 0 {
			return usageError{"want a program to boot"}
		}
		if err := checkRAM(*ram); err != nil {
			return err
		}
		eng, err := engineByName(*engine)
		if err != nil {
			return err
		}
		if *timer > 1<<31 {
			return usageError{fmt.Sprintf("--timer %d: want at most 2147483648 ticks", *timer)}
		}
		personality, err := kernel.ParsePersonality(*pers)
		if err != nil {
			return usageError{"--personality: " + err.Error()}
		}
		name := args[0]
		p, _, x, err := loadProgram(*prof, name)
		if err != nil {
			return err
		}
		sys, err := kernel.Boot(kernel.Config{
			Profile:       p,
			Program:       x,
			Args:          args,
			Env:           os.Environ(),
			Personality:   personality,
			TimerInterval: uint32(*timer),
			Console:       e.stdout,
			Input:         e.stdin,
			RAMSize:       uint32(*ram) << 20,
		})
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		sys.Engine = eng
		start := time.Now()
		stop, err := sys.Run(ctx, cpu.Limits{MaxInstructions: *maxInst, MaxCycles: *maxCycles})
		elapsed := time.Since(start)
		m := sys.Machine
		status := stop.Status
		switch {
		case err != nil && ctx.Err() != nil:
			fmt.Fprintf(e.stderr, "graftlab boot: %s: interrupted: %v\n", name, err)
			status = statusInterrupted
		case err != nil:
			return fmt.Errorf("%s: %w", name, err)
		case stop.Reason == cpu.StopInstructionLimit || stop.Reason == cpu.StopCycleLimit:
			fmt.Fprintf(e.stderr, "graftlab boot: %s: stopped (%v) at pc %#x after %d instructions, %d cycles\n",
				name, stop.Reason, m.PC, m.Stats.Instructions, m.Stats.Cycles)
			status = statusLimit
		case stop.Reason != cpu.StopHalted:
			return fmt.Errorf("%s: stopped (%v) at pc %#x", name, stop.Reason, m.PC)
		}
		if c, ok := sys.Crash(); ok && stop.Reason == cpu.StopHalted {
			fmt.Fprintf(e.stderr, "graftlab boot: %s: %v\n", name, c)
		}
		if *stats {
			if err := writeRunStats(e.stderr, m.Stats, m.Profile, status, elapsed); err != nil {
				return err
			}
		}
		if status != 0 {
			return exitError{status}
		}
		return nil
	}
}
