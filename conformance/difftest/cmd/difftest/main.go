// Command difftest compares graftlab's user mode with qemu-mipsel (or
// Unicorn) on random instruction sequences, for runs longer than the tests
// make, and prints how many sequences and instructions agreed.
//
//	go run ./conformance/difftest/cmd/difftest -n 20000 -seed 1
//
// Every disagreement is printed with the sequence, its initial state and,
// unless -reduce=false, a reduced sequence that still disagrees. The exit
// status is 1 when there was any.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"strings"
	"time"

	"graftlab/conformance/difftest"
	"graftlab/cpu"
	_ "graftlab/cpu/jit" // the jit engine, where it runs
)

func main() {
	n := flag.Int("n", 10000, "number of sequences")
	seed := flag.Uint64("seed", 1, "generator seed")
	first := flag.Int("first", 0, "index of the first sequence")
	batch := flag.Int("batch", 1000, "sequences per program")
	ref := flag.String("ref", "qemu", "reference: qemu or unicorn")
	reduce := flag.Bool("reduce", true, "reduce every mismatch to a shorter sequence")
	show := flag.Int("show", 10, "print at most this many mismatches")
	verbose := flag.Bool("v", false, "print the totals after every program")
	engineName := flag.String("engine", cpu.Reference().Name(), "graftlab's engine: one of "+strings.Join(cpu.EngineNames(), ", ")+" ("+cpu.Reference().Name()+" is the reference interpreter)")
	cfg := difftest.DefaultConfig(0)
	flag.IntVar(&cfg.MinLength, "min", cfg.MinLength, "minimum instructions per sequence")
	flag.IntVar(&cfg.MaxLength, "max", cfg.MaxLength, "maximum instructions per sequence")
	flag.IntVar(&cfg.BufferSize, "buffer", cfg.BufferSize, "data buffer bytes per sequence")
	flag.Parse()
	cfg.Seed = *seed

	var engine difftest.Engine
	var err error
	switch *ref {
	case "qemu":
		engine, err = difftest.FindQEMU()
	case "unicorn":
		engine, err = difftest.FindUnicorn()
	default:
		err = fmt.Errorf("unknown reference %q", *ref)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "difftest:", err)
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()

	eng, err := cpu.EngineByName(*engineName)
	if err != nil {
		fmt.Fprintf(os.Stderr, "difftest: -engine: %v\n", err)
		os.Exit(2)
	}
	test := &difftest.Graftlab{Engine: eng}
	c := &difftest.Comparer{Ref: engine, Test: test, Reduce: *reduce}
	start := time.Now()
	var progress func(difftest.Totals)
	if *verbose {
		progress = func(t difftest.Totals) { fmt.Fprintf(os.Stderr, "%v  %v\n", time.Since(start).Round(time.Second), t) }
	}
	rep, err := c.Run(ctx, cfg, *first, *n, *batch, progress)
	for i, m := range rep.Mismatches {
		if i == *show {
			fmt.Printf("... %d more mismatches\n", len(rep.Mismatches)-i)
			break
		}
		fmt.Println(m)
	}
	for _, b := range rep.Broken {
		fmt.Println("generator:", b)
	}
	fmt.Printf("%s vs %s, seed %d, sequences %d-%d: %v; %d mismatches, %d broken (%v)\n",
		engine.Name(), test.Name(), cfg.Seed, *first, *first+rep.Sequences-1, rep.Totals, len(rep.Mismatches), len(rep.Broken),
		time.Since(start).Round(time.Millisecond))
	if err != nil {
		fmt.Fprintln(os.Stderr, "difftest:", err)
		os.Exit(2)
	}
	if len(rep.Mismatches) > 0 || len(rep.Broken) > 0 {
		os.Exit(1)
	}
}
