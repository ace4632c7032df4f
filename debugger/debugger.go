package debugger

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"graftlab/cpu"
	"graftlab/loader"
	"graftlab/loader/debuginfo"
)

// ErrQuit is returned by the quit command.
var ErrQuit = errors.New("quit")

// Config sets up a Debugger.
type Config struct {
	Target     Target
	Executable *loader.Executable // symbols; may be nil
	Info       *debuginfo.Info    // DWARF; nil: none
	Out        io.Writer
	// SourceDirs are searched for source files, after the names the line
	// table gives (relative to the executable's directory, ExeDir).
	SourceDirs []string
	ExeDir     string
	// CompDirs are the compilation directories of the program's units
	// (DW_AT_comp_dir; see CompDirs): file names under one are shown
	// relative to it, as the compiler named them.
	CompDirs []string
	// MaxSteps bounds every resumption (continue, step, finish...); 0 means
	// 10,000,000,000.
	MaxSteps uint64
	// SnapshotInterval is the number of ticks between snapshots for reverse
	// execution; 0 means 1,000,000. SnapshotBudget bounds the memory the
	// snapshots take (0: 1 GiB); when it is reached, every other snapshot is
	// dropped and the interval doubles.
	SnapshotInterval uint64
	SnapshotBudget   int64
}

// Debugger is a debugging session over one target.
type Debugger struct {
	cfg  Config
	t    Target
	m    *cpu.Machine
	exe  *loader.Executable
	info *debuginfo.Info
	out  io.Writer

	bps    []*breakpoint
	nextBP int
	watch  map[cpu.HookID]*breakpoint

	lastCycles map[uint32]uint64 // cycles each address's instruction took last time
	mark       *markPoint
	tracing    bool
	// singleStep makes every resumption single-step, as the debugger did
	// before it ran on the fast path (tests compare the two).
	singleStep bool
	// running: a resumption runs on the fast path, where a watchpoint's
	// hook asks the run to stop.
	running bool
	// stepFirst is how many instructions (at least 1) a resumption
	// single-steps before it goes on on the fast path; fastSnapEvery, when
	// not 0, replaces snapshotEvery (tests make both small).
	stepFirst     uint64
	fastSnapEvery uint64

	hist history

	// Status of the program.
	exited   bool
	status   int
	fault    error
	watchHit *watchEvent

	// x's format, and where it goes on.
	xLast  xFormat
	xNext  uint32
	xValid bool
	// print's last format letter.

	// list's position: the next line to show.
	listFile string
	listLine int

	src map[string][]string // source files read

	commands []*Command
	byName   map[string]*Command
	lastLine string // the last command, for repeat
}

type markPoint struct {
	cycles, insts uint64
	pc            uint32
}

// New makes a Debugger for a target that has not run yet.
func New(cfg Config) (*Debugger, error) {
	if cfg.Target == nil {
		return nil, errors.New("debugger: no target")
	}
	if cfg.Out == nil {
		cfg.Out = io.Discard
	}
	if cfg.MaxSteps == 0 {
		cfg.MaxSteps = 10_000_000_000
	}
	if cfg.SnapshotInterval == 0 {
		cfg.SnapshotInterval = 1_000_000
	}
	if cfg.SnapshotBudget == 0 {
		cfg.SnapshotBudget = 1 << 30
	}
	if cfg.Info == nil {
		cfg.Info = &debuginfo.Info{}
	}
	d := &Debugger{
		cfg:        cfg,
		t:          cfg.Target,
		m:          cfg.Target.Machine(),
		exe:        cfg.Executable,
		info:       cfg.Info,
		out:        cfg.Out,
		lastCycles: map[uint32]uint64{},
		watch:      map[cpu.HookID]*breakpoint{},
		xLast:      xFormat{count: 1, format: 'x', unit: 4},
		stepFirst:  stepFirst,
		src:        map[string][]string{},
	}
	d.commands = commandTable()
	d.byName = map[string]*Command{}
	for _, c := range d.commands {
		d.byName[c.Name] = c
		for _, a := range c.Aliases {
			d.byName[a] = c
		}
	}
	d.hist.init(d)
	return d, nil
}

// Machine returns the target's machine.
func (d *Debugger) Machine() *cpu.Machine { return d.m }

// Target returns the target.
func (d *Debugger) Target() Target { return d.t }

func (d *Debugger) printf(format string, args ...any) { fmt.Fprintf(d.out, format, args...) }

// Execute runs one command line. An empty line repeats the last command if
// it was one that moves the program (step, next, stepi, nexti, continue,
// x and list go on from where they stopped), as gdb does.
func (d *Debugger) Execute(ctx context.Context, line string) (err error) {
	// A panic here is a debugger bug; report it as an error rather than
	// lose the session.
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("internal error in %q (a graftlab bug): %v", line, r)
		}
	}()
	line = strings.TrimSpace(line)
	if line == "" {
		if d.lastLine == "" {
			return nil
		}
		line = d.lastLine
	}
	if strings.HasPrefix(line, "#") {
		return nil
	}
	name, args := splitCommand(line)
	c, err := d.lookup(name)
	if err != nil {
		return err
	}
	if c.Repeat {
		d.lastLine = line
		if c.Name == "x" || c.Name == "list" {
			d.lastLine = c.Name // go on from where it stopped
		}
	} else {
		d.lastLine = ""
	}
	err = c.Run(ctx, d, args)
	if c.Name == "x" && d.xValid {
		// Repeating x goes on with the same count and format.
		d.lastLine = fmt.Sprintf("x/%d%c%c", d.xLast.count, d.xLast.format, "?bh?w"[d.xLast.unit])
	}
	return err
}

// splitCommand splits "x/4xw $sp" into "x" and "/4xw $sp".
func splitCommand(line string) (name, args string) {
	i := strings.IndexAny(line, " \t/")
	if i < 0 {
		return line, ""
	}
	if line[i] == '/' {
		return line[:i], line[i:]
	}
	return line[:i], strings.TrimSpace(line[i:])
}

// lookup finds a command by name, alias or unique prefix.
func (d *Debugger) lookup(name string) (*Command, error) {
	if c, ok := d.byName[name]; ok {
		return c, nil
	}
	var found []*Command
	for _, c := range d.commands {
		if strings.HasPrefix(c.Name, name) {
			found = append(found, c)
		}
	}
	switch len(found) {
	case 1:
		return found[0], nil
	case 0:
		return nil, fmt.Errorf("undefined command: %q (try \"help\")", name)
	}
	var names []string
	for _, c := range found {
		names = append(names, c.Name)
	}
	return nil, fmt.Errorf("ambiguous command %q: %s", name, strings.Join(names, ", "))
}

// Commands returns the command table.
func (d *Debugger) Commands() []*Command { return d.commands }

// Complete returns the completions of a partial command line: command
// names for the first word, info's subcommands after "info", symbol and
// function names after commands that take a location or an expression.
func (d *Debugger) Complete(line string) []string {
	fields := strings.Fields(line)
	if len(fields) == 0 || len(fields) == 1 && !strings.HasSuffix(line, " ") {
		prefix := ""
		if len(fields) == 1 {
			prefix = fields[0]
		}
		var out []string
		for _, c := range d.commands {
			if strings.HasPrefix(c.Name, prefix) {
				out = append(out, c.Name)
			}
		}
		return out
	}
	word := line
	if i := strings.LastIndexAny(line, " \t*&(/[+-"); i >= 0 {
		word = line[i+1:]
	}
	var cands []string
	if fields[0] == "info" || fields[0] == "i" {
		if len(fields) == 1 || len(fields) == 2 && word != "" {
			cands = infoNames()
		}
	} else {
		cands = d.symbolNames()
	}
	var out []string
	for _, c := range cands {
		if strings.HasPrefix(c, word) {
			out = append(out, c)
		}
	}
	return out
}

// symbolNames lists function, global and ELF symbol names, sorted, once each.
func (d *Debugger) symbolNames() []string {
	seen := map[string]bool{}
	for _, f := range d.info.Functions() {
		seen[f.Name] = true
	}
	for _, v := range d.info.Globals() {
		seen[v.Name] = true
	}
	if d.exe != nil {
		for _, s := range d.exe.Symbols {
			seen[s.Name] = true
		}
	}
	out := make([]string, 0, len(seen))
	for n := range seen {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// symbolize names addr as "sym+0xOFF".
func (d *Debugger) symbolize(addr uint32) string {
	if d.exe == nil {
		return ""
	}
	name, base, ok := d.exe.Symbolize(addr)
	if !ok {
		return ""
	}
	if addr == base {
		return name
	}
	return fmt.Sprintf("%s+%#x", name, addr-base)
}

// sourceLines reads a source file named by the line table.
func (d *Debugger) sourceLines(name string) ([]string, error) {
	var tries []string
	if filepath.IsAbs(name) {
		tries = append(tries, name)
	} else {
		tries = append(tries, filepath.Join(d.cfg.ExeDir, name))
	}
	for _, dir := range d.cfg.SourceDirs {
		tries = append(tries, filepath.Join(dir, name), filepath.Join(dir, filepath.Base(name)))
	}
	if lines, ok := d.src[name]; ok {
		return lines, nil
	}
	for _, p := range tries {
		b, err := os.ReadFile(p)
		if err == nil {
			lines := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
			d.src[name] = lines
			return lines, nil
		}
	}
	return nil, fmt.Errorf("source file %s not found (tried %s)", name, strings.Join(tries, ", "))
}

// sourceLine returns line n of a file, or "".
func (d *Debugger) sourceLine(file string, n int) string {
	lines, err := d.sourceLines(file)
	if err != nil || n < 1 || n > len(lines) {
		return ""
	}
	return lines[n-1]
}
