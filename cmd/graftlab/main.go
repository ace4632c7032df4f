// Command graftlab is the command-line front end of graftlab: a
// cycle-counting MIPS32 emulator with POWER-style segment registers, and
// the tools around it.
//
// Each subcommand lives in its own file and registers itself in commands;
// `graftlab help` lists them and `graftlab help CMD` prints one's usage.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"strings"

	// The compiled engine, registered as the default where it runs.
	_ "graftlab/cpu/jit"
)

// command is one subcommand.
type command struct {
	name    string
	summary string // one line for the command list
	usage   string // the synopsis, after "graftlab NAME "
	// interspersed lets flags follow operands, as GNU tools allow
	// (graftlab asm a.s -o a.o). Commands that pass the rest of their
	// arguments to a guest leave it false.
	interspersed bool
	// setup declares the command's flags and returns the function that
	// runs it on the operands. Bad operands return a usageError, so that
	// the exit status is 2.
	setup func(fs *flag.FlagSet) func(ctx context.Context, e *env, args []string) error
}

// env is what a command may touch of the outside world, so tests can run
// commands in-process.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

var commands = map[string]*command{}

func register(c *command) { commands[c.name] = c }

// synopsis is the first paragraph of the usage: the command line alone.
func (c *command) synopsis() string {
	s, _, _ := strings.Cut(c.usage, "\n\n")
	return s
}

type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// exitError carries an exit status chosen by the command (the guest's own).
type exitError struct{ status int }

func (e exitError) Error() string { return fmt.Sprintf("exit status %d", e.status) }

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	os.Exit(runMain(ctx, &env{os.Stdin, os.Stdout, os.Stderr}, os.Args[1:]))
}

func runMain(ctx context.Context, e *env, args []string) int {
	if len(args) == 0 {
		listCommands(e.stderr)
		return 2
	}
	name := args[0]
	if name == "help" || name == "-h" || name == "--help" || name == "-help" {
		if len(args) > 1 {
			if c, ok := commands[args[1]]; ok {
				printUsage(e.stdout, c)
				return 0
			}
			fmt.Fprintf(e.stderr, "graftlab: unknown command %q\n", args[1])
			return 2
		}
		listCommands(e.stdout)
		return 0
	}
	c, ok := commands[name]
	if !ok {
		fmt.Fprintf(e.stderr, "graftlab: unknown command %q (run 'graftlab help')\n", name)
		return 2
	}
	fs := newFlagSet(name)
	run := c.setup(fs)
	operands, err := parseFlags(fs, args[1:], c.interspersed)
	if errors.Is(err, flag.ErrHelp) {
		printUsage(e.stdout, c)
		return 0
	}
	if err == nil {
		err = run(ctx, e, operands)
	}
	if errors.Is(err, flag.ErrHelp) { // a subcommand's own -h (graft run -h)
		printUsage(e.stdout, c)
		return 0
	}
	var ue usageError
	var xe exitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ue):
		fmt.Fprintf(e.stderr, "graftlab %s: %s\nusage: graftlab %s %s\n", name, ue.msg, name, c.synopsis())
		return 2
	case errors.As(err, &xe):
		return xe.status
	}
	fmt.Fprintf(e.stderr, "graftlab %s: %v\n", name, err)
	return 1
}

func listCommands(w io.Writer) {
	fmt.Fprintln(w, "usage: graftlab COMMAND [flags] [args]\n\ncommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-10s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(w, "\nrun 'graftlab help COMMAND' for a command's flags")
}

// printUsage prints a command's help: the synopsis, the summary, the rest
// of the usage text if there is more, and the flags.
func printUsage(w io.Writer, c *command) {
	fmt.Fprintf(w, "usage: graftlab %s %s\n\n%s\n", c.name, c.synopsis(), c.summary)
	if _, more, ok := strings.Cut(c.usage, "\n\n"); ok {
		fmt.Fprintf(w, "\n%s\n", more)
	}
	fs := newFlagSet(c.name)
	c.setup(fs)
	hasFlags := false
	fs.VisitAll(func(*flag.Flag) { hasFlags = true })
	if hasFlags {
		fmt.Fprintln(w, "\nflags:")
		fs.VisitAll(func(f *flag.Flag) { printFlag(w, f) })
	}
}

// gnuSpelled are the flags written with one dash as the GNU tools write
// them.
var gnuSpelled = map[string]bool{"Ttext": true, "O0": true, "O1": true, "O2": true}

// flagForm is how help and the synopses write a flag: one dash for a
// one-letter flag (and for -Ttext and -O0/-O1/-O2, the GNU tools'
// spellings), two for the others;
// then its placeholder, the back-quoted word of its usage, unless it is a
// switch.
func flagForm(f *flag.Flag) (form, usage string) {
	placeholder, usage := flag.UnquoteUsage(f)
	dash := "--"
	if len(f.Name) == 1 || gnuSpelled[f.Name] {
		dash = "-"
	}
	form = dash + f.Name
	if b, ok := f.Value.(interface{ IsBoolFlag() bool }); !ok || !b.IsBoolFlag() {
		form += " " + placeholder
	}
	return form, usage
}

// printFlag prints one flag of the flag list: its form, then its meaning
// and default, indented.
func printFlag(w io.Writer, f *flag.Flag) {
	form, usage := flagForm(f)
	fmt.Fprintf(w, "  %s\n    \t%s", form, strings.ReplaceAll(usage, "\n", "\n    \t"))
	switch f.DefValue {
	case "", "0", "0x0", "false", "[]":
	default:
		fmt.Fprintf(w, " (default %s)", f.DefValue)
	}
	fmt.Fprintln(w)
}

// newFlagSet returns a flag set that reports errors instead of exiting.
func newFlagSet(name string) *flag.FlagSet {
	fs := flag.NewFlagSet("graftlab "+name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return fs
}

// parseFlags parses args with fs and returns the operands. With
// interspersed, flags may follow operands; "--" ends the flags.
func parseFlags(fs *flag.FlagSet, args []string, interspersed bool) ([]string, error) {
	var operands []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, usageError{err.Error()}
		}
		rest := fs.Args()
		if n := len(args) - len(rest); !interspersed || len(rest) == 0 || n > 0 && args[n-1] == "--" {
			return append(operands, rest...), nil
		}
		args = rest
		operands = append(operands, args[0])
		args = args[1:]
		if len(args) == 0 {
			return operands, nil
		}
	}
}
