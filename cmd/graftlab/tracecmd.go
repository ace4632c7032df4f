package main

import (
	"context"
	"flag"
	"fmt"
	"os"

	"graftlab/isa"
	"graftlab/loader"
	"graftlab/trace"
)

func init() {
	register(&command{
		name:         "trace",
		summary:      "print an instruction trace (run --trace FILE) as text, one instruction a line",
		usage:        "[--elf PROG.elf] [-n N] TRACE",
		interspersed: true,
		setup:        setupTrace,
	})
}

func setupTrace(fs *flag.FlagSet) func(ctx context.Context, e *env, args []string) error {
	elfPath := fs.String("elf", "", "name functions and branch targets with the symbols of the traced program `PROG.elf`")
	limit := fs.Uint64("n", 0, "print at most `N` records (0: all)")
	return func(ctx context.Context, e *env, args []string) error {
		if len(args) != 1 {
			return usageError{"want one TRACE file"}
		}
		var sym isa.Symbolizer
		if *elfPath != "" {
			data, err := os.ReadFile(*elfPath)
			if err != nil {
				return err
			}
			x, err := loader.ParseExecutable(data)
			if err != nil {
				return elfError(*elfPath, data, err)
			}
			sym = x.Symbolize
		}
		path := args[0]
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		r, err := trace.NewReader(f)
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		if err := trace.Print(e.stdout, r, sym, *limit); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		return nil
	}
}
