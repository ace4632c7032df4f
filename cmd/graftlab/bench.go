package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"

	"graftlab/bench"
	"graftlab/profile"
)

func init() {
	register(&command{
		name:    "bench",
		summary: "measure kernel paths (system calls, exception dispatch, TLB refill, interrupts), MiSFIT and VINO grafts, SPIN events in system mode",
		usage: "[--profile PROFILE] [--engine ENGINE] [--jit-cache MiB] [--iterations N] [--json | --csv] [--svg FILE] [--list] [ID...]\n" +
			"       graftlab bench --matrix [--profile PROFILE] [--engine ENGINE] [--jit-cache MiB] [--json]\n\n" +
			"Each ID selects rows: a row's id, a glob ('exc.*.exo') or a prefix up to a dot (exc.prot);\n" +
			"rows come in the order asked, each once, and none means all. doc/bench.md explains the rows.\n" +
			"--matrix runs VINO's misbehaving-graft matrix instead (doc/vino.md).",
		interspersed: true,
		setup:        setupBench,
	})
}

func setupBench(fs *flag.FlagSet) func(ctx context.Context, e *env, args []string) error {
	prof := profileFlag(fs)
	iters := fs.Int("iterations", bench.DefaultIterations, "iterations of each measured loop, `N` from 1 to 100000")
	asJSON := fs.Bool("json", false, "print the results as a JSON array (id, name, cycles, instructions, micros, reference, reference_source, ...)")
	asCSV := fs.Bool("csv", false, "print the results as CSV with a header row")
	svg := fs.String("svg", "", "also draw a bar chart (log scale) of the µs per operation into `FILE` (SVG)")
	list := fs.Bool("list", false, "list the scenario ids and names, and exit")
	engine := engineFlag(fs)
	matrix := fs.Bool("matrix", false, "run the misbehaving-graft matrix: five misbehaving grafts against five protection configurations")
	return func(ctx context.Context, e *env, args []string) error {
		if *asJSON && *asCSV {
			return usageError{"--json and --csv exclude each other"}
		}
		eng, err := engine.choose()
		if err != nil {
			return err
		}
		if *matrix {
			if len(args) > 0 || *asCSV || *svg != "" || *list {
				return usageError{"--matrix takes no ids and only --profile, --engine and --json"}
			}
			p, err := profile.Load(*prof)
			if err != nil {
				return err
			}
			cells, err := bench.Matrix(ctx, bench.Options{Profile: p, Engine: eng})
			if err != nil {
				return err
			}
			if *asJSON {
				return bench.WriteMatrixJSON(e.stdout, cells)
			}
			return bench.WriteMatrix(e.stdout, cells)
		}
		if *list {
			width := 0
			for _, s := range bench.Scenarios() {
				width = max(width, len(s.ID))
			}
			for _, s := range bench.Scenarios() {
				fmt.Fprintf(e.stdout, "%-*s  %s\n", width, s.ID, s.Name)
			}
			return nil
		}
		if _, err := bench.Select(args); err != nil {
			return usageError{strings.TrimPrefix(err.Error(), "bench: ") + " (graftlab bench --list shows the ids)"}
		}
		if *iters < 1 || *iters > 100000 {
			return usageError{fmt.Sprintf("--iterations %d: want 1 to 100000", *iters)}
		}
		p, err := profile.Load(*prof)
		if err != nil {
			return err
		}
		// A bad --svg path fails before the measurements.
		var svgFile *outputFile
		if *svg != "" {
			if svgFile, err = createOutput(*svg); err != nil {
				return err
			}
			defer svgFile.abandon()
		}
		results, err := bench.RunAll(ctx, args, bench.Options{Profile: p, Iterations: *iters, Engine: eng})
		if err != nil {
			return err
		}
		switch {
		case *asJSON:
			err = bench.WriteJSON(e.stdout, results)
		case *asCSV:
			err = bench.WriteCSV(e.stdout, results)
		default:
			err = bench.WriteText(e.stdout, results)
		}
		if err != nil {
			return err
		}
		if svgFile != nil {
			return svgFile.commitWith(func(w io.Writer) error { return bench.WriteSVG(w, results) })
		}
		return nil
	}
}
