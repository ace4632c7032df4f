package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"graftlab/cpu"
	"graftlab/cpu/jit"
	"graftlab/isa"
	"graftlab/user"
)

func init() {
	register(&command{
		name:    "run",
		summary: "run a static Linux MIPS32 executable in user mode, as qemu-mipsel does",
		usage:   "[--profile PROFILE] [--engine ENGINE] [--jit-cache MiB] [--stats] [--trace FILE] [--jit-dump FILE] [--max-instructions N] [--max-cycles N] [--ram MiB] PROG.elf [ARGS...]",
		// Everything after the program is the guest's.
		interspersed: false,
		setup:        setupRun,
	})
}

// engineOption is --engine, whose choices are the registered engines, with
// --jit-cache, the size of the jit engine's code cache.
type engineOption struct {
	name     *string
	cacheMiB *int
}

// engineFlag defines --engine and --jit-cache.
func engineFlag(fs *flag.FlagSet) engineOption {
	return engineOption{
		name: fs.String("engine", cpu.DefaultEngine().Name(), "execution `ENGINE`: one of "+strings.Join(cpu.EngineNames(), ", ")+
			" ("+cpu.Reference().Name()+" is the reference interpreter); all give the same results and counts"),
		cacheMiB: fs.Int("jit-cache", jit.EngineCodeCacheSize>>20, "the jit engine's code cache, in `MiB` per machine (1 to 1024), flushed whole when full"),
	}
}

// choose returns the engine the flags name.
func (o engineOption) choose() (cpu.Engine, error) {
	e, err := cpu.EngineByName(*o.name)
	if err != nil {
		return nil, usageError{fmt.Sprintf("--engine %q: want %s", *o.name, strings.Join(cpu.EngineNames(), " or "))}
	}
	if n := *o.cacheMiB; n < 1 || n > jit.MaxCodeCacheSize>>20 {
		return nil, usageError{fmt.Sprintf("--jit-cache %d: want 1 to %d MiB", n, jit.MaxCodeCacheSize>>20)}
	}
	if _, ok := e.(jit.Engine); ok {
		e = jit.Engine{CodeCacheSize: *o.cacheMiB << 20}
	}
	return e, nil
}

// Exit statuses of run besides the guest's own.
const (
	statusLimit       = 124 // a limit was reached, as timeout(1) reports
	statusInterrupted = 130 // Ctrl-C: 128+SIGINT
)

// defaultMaxInstructions bounds a run that names no limit: ten billion
// instructions, minutes of host time, far beyond any test program.
const defaultMaxInstructions = 10_000_000_000

func setupRun(fs *flag.FlagSet) func(ctx context.Context, e *env, args []string) error {
	prof := profileFlag(fs)
	stats := fs.Bool("stats", false, "print the run's counters as one JSON object, the last line on stderr")
	maxInst := fs.Uint64("max-instructions", defaultMaxInstructions, "stop after `N` instructions, with exit status 124 (0: no limit)")
	maxCycles := fs.Uint64("max-cycles", 0, "stop after `N` cycles, with exit status 124 (0: no limit)")
	ram := ramFlag(fs)
	engine := engineFlag(fs)
	traceFile := fs.String("trace", "", "write an instruction trace to `FILE` (doc/trace.md; print it with graftlab trace)")
	jitDump := fs.String("jit-dump", "", "write the listing of every block the jit engine compiles to `FILE`: its MIPS instructions, each with the amd64 code made for it (doc/jit.md)")
	return func(ctx context.Context, e *env, args []string) error {
		if len(args) == 0 {
			return usageError{"want a program to run"}
		}
		if err := checkRAM(*ram); err != nil {
			return err
		}
		eng, err := engine.choose()
		if err != nil {
			return err
		}
		var dump *os.File
		if *jitDump != "" {
			if eng, dump, err = jitDumpEngine(*jitDump, eng); err != nil {
				return err
			}
			defer dump.Close()
		}
		name := args[0]
		p, _, x, err := loadProgram(*prof, name)
		if err != nil {
			return err
		}
		proc, err := newProcess(e, p, x, args, *ram, eng)
		if err != nil {
			return err
		}
		var tr *tracing
		if *traceFile != "" {
			if tr, err = startTrace(*traceFile, name, p.Name, proc); err != nil {
				return err
			}
		}
		start := time.Now()
		status, err := proc.Run(ctx, cpu.Limits{MaxInstructions: *maxInst, MaxCycles: *maxCycles})
		elapsed := time.Since(start)
		if tr != nil {
			if terr := tr.finish(); terr != nil {
				return terr
			}
		}
		if dump != nil {
			if st, _ := jit.StatsOf(proc.Machine); st.DumpError != nil {
				return fmt.Errorf("--jit-dump: %w", st.DumpError)
			}
			if cerr := dump.Close(); cerr != nil {
				return fmt.Errorf("--jit-dump: %w", cerr)
			}
		}
		var f *user.Fault
		switch {
		case errors.As(err, &f):
			fmt.Fprintf(e.stderr, "graftlab run: %s: %v\n", name, f)
		case errors.Is(err, user.ErrLimit):
			fmt.Fprintf(e.stderr, "graftlab run: %s: %v\n", name, err)
			status = statusLimit
		case err != nil && ctx.Err() != nil:
			fmt.Fprintf(e.stderr, "graftlab run: %s: interrupted: %v\n", name, err)
			status = statusInterrupted
		case err != nil:
			return fmt.Errorf("%s: %w", name, err)
		}
		if *stats {
			if err := writeRunStats(e.stderr, proc.Machine, status, elapsed); err != nil {
				return err
			}
		}
		if status != 0 {
			return exitError{status}
		}
		return nil
	}
}

// jitDumpEngine creates the --jit-dump file and returns eng, which must be
// the jit engine, writing its listings there, with the file to close.
func jitDumpEngine(path string, eng cpu.Engine) (cpu.Engine, *os.File, error) {
	je, ok := eng.(jit.Engine)
	if !ok {
		if !jit.Supported {
			return nil, nil, usageError{"--jit-dump: this host has no jit engine (it runs on linux/amd64)"}
		}
		return nil, nil, usageError{fmt.Sprintf("--jit-dump: the engine is %s: it needs --engine jit", eng.Name())}
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, nil, fmt.Errorf("--jit-dump: %w", err)
	}
	je.Dump = f
	return je, f, nil
}

// runStats is the JSON object of run --stats and boot --stats
// (doc/cli.md, "JSON output").
type runStats struct {
	Profile      string            `json:"profile"`
	ExitStatus   int               `json:"exit_status"`
	Instructions uint64            `json:"instructions"`
	Cycles       uint64            `json:"cycles"`
	Micros       float64           `json:"micros"` // cycles at the profile's clock
	HostSeconds  float64           `json:"host_seconds"`
	GuestMIPS    float64           `json:"guest_mips"` // instructions per host microsecond
	Stalls       uint64            `json:"stalls"`
	IdleCycles   uint64            `json:"idle_cycles"`
	ICacheMisses uint64            `json:"icache_misses"`
	DCacheMisses uint64            `json:"dcache_misses"`
	TLBMisses    uint64            `json:"tlb_misses"`
	Exceptions   map[string]uint64 `json:"exceptions"` // by cause name (doc/isa.md), served ones included
	// JIT is what the compiled engine did, when it ran the machine.
	JIT *jitStats `json:"jit,omitempty"`
}

// jitStats is the jit object of runStats.
type jitStats struct {
	CompiledBlocks uint64 `json:"compiled_blocks"`
	RefusedBlocks  uint64 `json:"refused_blocks"` // left to the Fast engine (0 unless graftlab has a bug)
	Entries        uint64 `json:"entries"`        // entries into compiled code from Go
	CodeBytes      int    `json:"code_bytes"`     // of the code cache in use
	CacheBytes     int    `json:"cache_bytes"`    // the code cache's size
	Flushes        uint64 `json:"flushes"`        // of the whole code cache, when full
}

func writeRunStats(w io.Writer, m *cpu.Machine, status int, elapsed time.Duration) error {
	s, p := m.Stats, m.Profile
	r := runStats{
		Profile:      p.Name,
		ExitStatus:   status,
		Instructions: s.Instructions,
		Cycles:       s.Cycles,
		Micros:       p.Micros(s.Cycles),
		HostSeconds:  elapsed.Seconds(),
		Stalls:       s.Stalls,
		IdleCycles:   s.IdleCycles,
		ICacheMisses: s.ICacheMisses,
		DCacheMisses: s.DCacheMisses,
		TLBMisses:    s.TLBMisses,
		Exceptions:   map[string]uint64{},
	}
	if elapsed > 0 {
		r.GuestMIPS = float64(s.Instructions) / elapsed.Seconds() / 1e6
	}
	for code, n := range s.Exceptions {
		if n > 0 {
			r.Exceptions[isa.ExcCode(code).String()] = n
		}
	}
	if j, ok := jit.StatsOf(m); ok {
		r.JIT = &jitStats{CompiledBlocks: j.Compiled, RefusedBlocks: j.Refused, Entries: j.Enters,
			CodeBytes: j.Cache.Used, CacheBytes: j.Cache.Size, Flushes: j.Cache.Flushes}
	}
	return writeJSONLine(w, r)
}
