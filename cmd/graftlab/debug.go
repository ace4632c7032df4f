package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"sync/atomic"

	"github.com/chzyer/readline"

	"graftlab/debugger"
	"graftlab/loader/debuginfo"
)

func init() {
	register(&command{
		name:    "debug",
		summary: "debug a user-mode program: breakpoints, source-level stepping, cycles, reverse execution",
		usage: "[--profile PROFILE] [--engine ENGINE] [--jit-cache MiB] [-x SCRIPT] [--ram MiB] [--stdin FILE] [--history FILE] [--directory DIR]...\n               [--max-instructions N] [--snapshot-interval N] PROG.elf [ARGS...]\n\n" +
			"Without a terminal on stdin, or with -x, runs the commands of the script (or of stdin) one\n" +
			"by one, echoing each after the prompt \"(graftlab) \", and exits: status 0 when every command\n" +
			"succeeded, 1 at the first one that failed (the rest are not run). With a terminal: an\n" +
			"interactive prompt with history, Tab completion of commands and symbols, Ctrl-C to stop\n" +
			"the running program, and an empty line to repeat the last step. 'help' inside lists the\n" +
			"commands; doc/debugger.md describes them.",
		interspersed: false,
		setup:        setupDebug,
	})
}

// multiFlag collects a repeatable flag.
type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(s string) error { *m = append(*m, s); return nil }

func setupDebug(fs *flag.FlagSet) func(ctx context.Context, e *env, args []string) error {
	prof := profileFlag(fs)
	engine := engineFlag(fs)
	script := fs.String("x", "", "run the commands in `SCRIPT` and exit (status 1 at the first failing command)")
	ram := ramFlag(fs)
	stdin := fs.String("stdin", "", "the guest's standard input, read from `FILE` (default: empty; the terminal is the debugger's)")
	hist := fs.String("history", "", "the command history `FILE` (default: $GRAFTLAB_HISTORY, else ~/.graftlab_history)")
	var dirs multiFlag
	fs.Var(&dirs, "directory", "also look for source files in `DIR` (repeatable)")
	maxSteps := fs.Uint64("max-instructions", 10_000_000_000, "bound every continue, step or finish to `N` instructions")
	snapEvery := fs.Uint64("snapshot-interval", 1_000_000, "take a snapshot for reverse execution every `N` instructions")
	return func(ctx context.Context, e *env, args []string) error {
		if len(args) == 0 {
			return usageError{"want a program to debug"}
		}
		if err := checkRAM(*ram); err != nil {
			return err
		}
		if *maxSteps == 0 || *snapEvery == 0 {
			return usageError{"--max-instructions and --snapshot-interval must be positive"}
		}
		eng, err := engine.choose()
		if err != nil {
			return err
		}
		var scriptFile *os.File
		if *script != "" {
			// Before the program is loaded: a missing script is the first
			// thing said, and nothing else is.
			if scriptFile, err = os.Open(*script); err != nil {
				return err
			}
			defer scriptFile.Close()
		}
		name := args[0]
		p, data, exe, err := loadProgram(*prof, name)
		if err != nil {
			return err
		}
		info, err := debuginfo.Load(data)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		var guestIn io.Reader
		if *stdin != "" {
			f, err := os.Open(*stdin)
			if err != nil {
				return err
			}
			defer f.Close()
			guestIn = f
		}
		target, err := debugger.NewUserTarget(debugger.UserConfig{
			Profile: p, Executable: exe, Args: args, Env: os.Environ(),
			Stdin: guestIn, Stdout: e.stdout, Stderr: e.stderr, RAMSize: uint32(*ram) << 20, Engine: eng,
		})
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		d, err := debugger.New(debugger.Config{
			Target: target, Executable: exe, Info: info, Out: e.stdout,
			ExeDir: filepath.Dir(name), SourceDirs: dirs, CompDirs: debugger.CompDirs(data),
			MaxSteps: *maxSteps, SnapshotInterval: *snapEvery, SnapshotBudget: 512 << 20,
		})
		if err != nil {
			return err
		}
		if !info.HasLines() {
			fmt.Fprintf(e.stdout, "%s has no line table (build with gcc -g for source-level debugging).\n", name)
		}
		switch {
		case scriptFile != nil:
			return runScript(ctx, d, scriptFile, *script, e.stdout)
		case !isTerminal(e.stdin):
			return runScript(ctx, d, e.stdin, "stdin", e.stdout)
		}
		return interactive(d, e, *hist)
	}
}

// runScript runs commands, one a line, echoing each; it stops at the first
// error.
func runScript(ctx context.Context, d *debugger.Debugger, r io.Reader, name string, out io.Writer) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue // an empty line in a script does not repeat
		}
		fmt.Fprintf(out, "(graftlab) %s\n", line)
		err := d.Execute(ctx, line)
		if errors.Is(err, debugger.ErrQuit) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s:%d: %s: %w", name, n, line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

func isTerminal(r io.Reader) bool {
	f, ok := r.(*os.File)
	return ok && readline.IsTerminal(int(f.Fd()))
}

// completer completes the word before the cursor from the debugger.
type completer struct{ d *debugger.Debugger }

func (c completer) Do(line []rune, pos int) ([][]rune, int) {
	text := string(line[:pos])
	word := text
	if i := strings.LastIndexAny(text, " \t*&(/"); i >= 0 {
		word = text[i+1:]
	}
	var out [][]rune
	for _, cand := range c.d.Complete(text) {
		if strings.HasPrefix(cand, word) {
			out = append(out, []rune(cand[len(word):]+" "))
		}
	}
	return out, len([]rune(word))
}

func historyFile(flagValue string) string {
	if flagValue != "" {
		return flagValue
	}
	if h := os.Getenv("GRAFTLAB_HISTORY"); h != "" {
		return h
	}
	if home, err := os.UserHomeDir(); err == nil {
		return filepath.Join(home, ".graftlab_history")
	}
	return ""
}

// interactive is the readline prompt. Ctrl-C while the program runs stops
// it (the command's context ends); at the prompt it clears the line.
func interactive(d *debugger.Debugger, e *env, hist string) error {
	cfg := &readline.Config{
		Prompt:          "(graftlab) ",
		HistoryFile:     historyFile(hist),
		AutoComplete:    completer{d},
		InterruptPrompt: "^C",
		EOFPrompt:       "quit",
		Stdout:          e.stdout,
		Stderr:          e.stderr,
	}
	if f, ok := e.stdin.(*os.File); !ok || f != os.Stdin {
		// Tests drive the prompt through a pipe.
		cfg.Stdin = io.NopCloser(e.stdin)
		cfg.FuncIsTerminal = func() bool { return false }
	}
	// Ctrl-D and the Delete key on an empty line end the input as the end
	// of the stream does (readline gives all three as io.EOF); the filter
	// tells them apart, from the line as the listener last saw it. After
	// the stream's end readline reads no more.
	var lineLen atomic.Int32
	var keyEOF atomic.Bool
	cfg.Listener = readline.FuncListener(func(line []rune, _ int, _ rune) ([]rune, int, bool) {
		lineLen.Store(int32(len(line)))
		return nil, 0, false
	})
	cfg.FuncFilterInputRune = func(r rune) (rune, bool) {
		if r == readline.CharDelete && lineLen.Load() == 0 {
			keyEOF.Store(true)
		}
		return r, true
	}
	rl, err := readline.NewEx(cfg)
	if err != nil {
		return err
	}
	defer rl.Close()
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt)
	defer signal.Stop(sigs)
	for {
		line, err := rl.Readline()
		if errors.Is(err, readline.ErrInterrupt) {
			continue
		}
		if errors.Is(err, io.EOF) {
			// Ctrl-D, or the Delete key (readline gives both as EOF on an
			// empty line): with a live program, ask first.
			if quit, err := confirmQuit(d, rl, e.stdout, keyEOF.Swap(false)); quit || err != nil {
				return err
			}
			continue
		}
		if err != nil {
			return err
		}
		// Each command gets its own context, which Ctrl-C ends.
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan struct{})
		go func() {
			select {
			case <-sigs:
				cancel()
			case <-done:
			}
		}()
		err = d.Execute(ctx, line)
		close(done)
		cancel()
		if errors.Is(err, debugger.ErrQuit) {
			if quit, err := confirmQuit(d, rl, e.stdout, true); quit || err != nil {
				return err
			}
			continue
		}
		if err != nil {
			fmt.Fprintf(e.stdout, "error: %v\n", err)
		}
	}
}

// confirmQuit asks, as gdb asks, whether to leave while the program is
// live: leaving ends it, and with it the breakpoints and the
// reverse-execution history. canRead says the input goes on (a key, not
// the end of the stream, ended the line); the end of the input answers
// yes.
func confirmQuit(d *debugger.Debugger, rl *readline.Instance, out io.Writer, canRead bool) (bool, error) {
	if !d.Live() {
		return true, nil
	}
	fmt.Fprintf(out, "A debugging session is active.\n\n\tInferior 1 [process 1] will be killed.\n\n")
	if !canRead {
		fmt.Fprintf(out, "Quit anyway? (y or n) EOF [answered Y; input not from terminal]\n")
		return true, nil
	}
	prompt := rl.Config.Prompt
	defer rl.SetPrompt(prompt)
	rl.SetPrompt("Quit anyway? (y or n) ")
	rl.HistoryDisable() // the answer is not a command
	defer rl.HistoryEnable()
	for {
		answer, err := rl.Readline()
		switch {
		case errors.Is(err, readline.ErrInterrupt):
			fmt.Fprintf(out, "Not confirmed.\n")
			return false, nil
		case errors.Is(err, io.EOF):
			fmt.Fprintf(out, "EOF [answered Y; input not from terminal]\n")
			return true, nil
		case err != nil:
			return false, err
		}
		switch strings.ToLower(strings.TrimSpace(answer)) {
		case "y", "yes":
			return true, nil
		case "n", "no":
			fmt.Fprintf(out, "Not confirmed.\n")
			return false, nil
		}
		fmt.Fprintf(out, "Please answer y or n.\n")
	}
}
