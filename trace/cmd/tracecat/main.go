// Command tracecat prints a graftlab instruction trace (graftlab run
// --trace FILE) as text, one instruction a line: PC, word, cycles,
// disassembly, data access and exception. With -elf it names branch
// targets and shows the function at each change of function. It is
// `graftlab trace` on its own.
//
//	go run ./trace/cmd/tracecat [-elf PROG.elf] [-n N] TRACE
package main

import (
	"flag"
	"fmt"
	"os"

	"graftlab/isa"
	"graftlab/loader"
	"graftlab/trace"
)

func main() {
	elfPath := flag.String("elf", "", "the traced `program`, for symbols")
	limit := flag.Uint64("n", 0, "print at most `N` records (0: all)")
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "usage: tracecat [-elf PROG.elf] [-n N] TRACE")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 1 {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(flag.Arg(0), *elfPath, *limit); err != nil {
		fmt.Fprintf(os.Stderr, "tracecat: %v\n", err)
		os.Exit(1)
	}
}

func run(path, elfPath string, limit uint64) error {
	var sym isa.Symbolizer
	if elfPath != "" {
		data, err := os.ReadFile(elfPath)
		if err != nil {
			return err
		}
		x, err := loader.ParseExecutable(data)
		if err != nil {
			return fmt.Errorf("%s: %w", elfPath, err)
		}
		sym = x.Symbolize
	}
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	r, err := trace.NewReader(f)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if err := trace.Print(os.Stdout, r, sym, limit); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}
