package debugger

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"graftlab/cpu"
)

// Command is one debugger command.
type Command struct {
	Name    string
	Aliases []string
	Args    string // argument syntax, for help
	Short   string // one line
	Long    string // more, for "help NAME"
	// Repeat: an empty line runs the command again (stepping commands, x,
	// list).
	Repeat bool
	Run    func(ctx context.Context, d *Debugger, args string) error
}

// count parses an optional repeat count.
func count(args string) (int, error) {
	if strings.TrimSpace(args) == "" {
		return 1, nil
	}
	n, err := strconv.Atoi(strings.TrimSpace(args))
	if err != nil || n <= 0 {
		return 0, fmt.Errorf("bad count %q: a positive number expected", args)
	}
	return n, nil
}

// moving wraps a command that runs the program: it needs a live program,
// and reports where it stopped.
func moving(fn func(ctx context.Context, d *Debugger, n int) (stop, error)) func(context.Context, *Debugger, string) error {
	return func(ctx context.Context, d *Debugger, args string) error {
		n, err := count(args)
		if err != nil {
			return err
		}
		if err := d.alive(); err != nil {
			return err
		}
		before := d.funcName(d.m.PC)
		var s stop
		for i := 0; i < n; i++ {
			s, err = fn(ctx, d, 1)
			if err != nil {
				return err
			}
			if s.kind != stopDone {
				break
			}
		}
		d.report(s, before)
		return nil
	}
}

func commandTable() []*Command {
	return []*Command{
		{Name: "run", Aliases: []string{"r"}, Short: "start the program again from its beginning and continue",
			Long: "Restores the machine to the program's first instruction (registers, memory, counters) and continues; the program's output is written again, and its input is read again from the start.",
			Run: func(ctx context.Context, d *Debugger, args string) error {
				d.t.Restore(d.hist.start)
				if r, ok := d.t.(rerunner); ok {
					r.Rerun()
				}
				d.fault, d.exited, d.status = nil, false, 0
				d.hist.reset()
				d.printf("Starting program at %#08x.\n", d.m.PC)
				s := d.resumeAt(ctx, nil, nil)
				d.report(s, "")
				return nil
			}},
		{Name: "continue", Aliases: []string{"c", "cont"}, Args: "[N]", Short: "continue until a breakpoint, a watchpoint, the end or Ctrl-C",
			Long: "With N, goes on past N-1 breakpoint stops and stops at the Nth (gdb ignores only the current breakpoint N-1 times).", Repeat: true,
			Run: func(ctx context.Context, d *Debugger, args string) error {
				n, err := count(args)
				if err != nil {
					return err
				}
				if err := d.alive(); err != nil {
					return err
				}
				var s stop
				for i := 0; i < n; i++ {
					s = d.resumeAt(ctx, nil, nil)
					if s.kind != stopBreak {
						break
					}
				}
				d.report(s, "")
				return nil
			}},
		{Name: "stepi", Aliases: []string{"si"}, Args: "[N]", Short: "execute N instructions (default 1), into calls", Repeat: true,
			Run: moving(func(ctx context.Context, d *Debugger, _ int) (stop, error) { return d.stepi(ctx, false), nil })},
		{Name: "nexti", Aliases: []string{"ni"}, Args: "[N]", Short: "execute N instructions, stepping over calls (jal, jalr, bal and their delay slot)", Repeat: true,
			Run: moving(func(ctx context.Context, d *Debugger, _ int) (stop, error) { return d.stepi(ctx, true), nil })},
		{Name: "step", Aliases: []string{"s"}, Args: "[N]", Short: "run to the next source line, entering calls to functions with line information", Repeat: true,
			Long: "Needs a line table (gcc -g); without one at the PC, step executes one instruction. A call into a function with lines stops after its prologue; calls into code without lines are stepped over.",
			Run:  moving(func(ctx context.Context, d *Debugger, _ int) (stop, error) { return d.stepLine(ctx, false, false), nil })},
		{Name: "next", Aliases: []string{"n"}, Args: "[N]", Short: "run to the next source line, stepping over calls", Repeat: true,
			Run: moving(func(ctx context.Context, d *Debugger, _ int) (stop, error) { return d.stepLine(ctx, true, false), nil })},
		{Name: "finish", Aliases: []string{"fin"}, Short: "run until the current function returns; print the value in v0",
			Long: "The return address and the caller's stack pointer come from the CFI (or, without CFI, from the prologue: a labelled heuristic).",
			Run: func(ctx context.Context, d *Debugger, args string) error {
				if err := d.alive(); err != nil {
					return err
				}
				s, err := d.finish(ctx)
				if err != nil {
					return err
				}
				d.report(s, "")
				if s.kind == stopDone {
					d.printf("Value returned: $v0 = %d (%#x)\n", int32(d.m.GPR[2]), d.m.GPR[2])
				}
				return nil
			}},
		{Name: "until", Aliases: []string{"u"}, Args: "[LOCATION]", Short: "like next, but runs through jumps back within the function (leaves a loop), as gdb's until; or run to LOCATION", Repeat: true,
			Long: "With LOCATION, run until it is reached or the current function returns.",
			Run: func(ctx context.Context, d *Debugger, args string) error {
				if err := d.alive(); err != nil {
					return err
				}
				before := d.funcName(d.m.PC)
				var s stop
				if strings.TrimSpace(args) == "" {
					s = d.stepLine(ctx, true, true)
				} else {
					addr, err := d.location(args)
					if err != nil {
						return err
					}
					s = d.runTo(ctx, addr)
				}
				d.report(s, before)
				return nil
			}},
		{Name: "advance", Args: "LOCATION", Short: "run until LOCATION is reached or the current function returns",
			Run: func(ctx context.Context, d *Debugger, args string) error {
				if err := d.alive(); err != nil {
					return err
				}
				if strings.TrimSpace(args) == "" {
					return errors.New("argument required (a location)")
				}
				addr, err := d.location(args)
				if err != nil {
					return err
				}
				before := d.funcName(d.m.PC)
				d.report(d.runTo(ctx, addr), before)
				return nil
			}},
		{Name: "reverse-stepi", Aliases: []string{"rsi"}, Args: "[N]", Short: "go back N instructions, by re-executing from the last snapshot",
			Long: "The machine is deterministic: the debugger restores the newest snapshot before the target and runs forward to it. Registers, memory and counters are exactly those of the earlier moment. History starts at the program's start and at the last change made with set.",
			Run: func(ctx context.Context, d *Debugger, args string) error {
				n, err := count(args)
				if err != nil {
					return err
				}
				before := d.funcName(d.m.PC)
				for i := 0; i < n; i++ {
					if err := d.reverseStepi(); err != nil {
						return err
					}
				}
				d.printLocation(before)
				return nil
			}},
		{Name: "reverse-continue", Aliases: []string{"rc"}, Short: "go back to the last time a breakpoint was reached, or to the start of the history",
			Run: func(ctx context.Context, d *Debugger, args string) error {
				bp, err := d.reverseContinue(ctx)
				if err != nil {
					return err
				}
				if bp == nil {
					d.printf("\nNo more reverse-execution history.\n")
					d.printLocation("")
					return nil
				}
				bp.hits++
				d.report(stop{kind: stopBreak, bp: bp}, "")
				return nil
			}},
		{Name: "reverse-step", Aliases: []string{"rs"}, Short: "go back to the start of the previous source line executed, into calls (ending at their last line)",
			Run: func(ctx context.Context, d *Debugger, args string) error { return d.reverseLineCmd(ctx, false) }},
		{Name: "reverse-next", Aliases: []string{"rn"}, Short: "go back to the start of the previous source line of this function, over calls",
			Run: func(ctx context.Context, d *Debugger, args string) error { return d.reverseLineCmd(ctx, true) }},
		{Name: "break", Aliases: []string{"b", "br"}, Args: "LOCATION", Short: "set a breakpoint at FUNCTION, FILE:LINE, LINE, *ADDRESS or a symbol",
			Long: "A breakpoint on a function with DWARF goes after its prologue, as in gdb; on FILE:LINE, at the first address of the line (or of the next line with code). Without an argument, at the PC.",
			Run:  func(ctx context.Context, d *Debugger, args string) error { return d.addBreakpoint(args, false) }},
		{Name: "tbreak", Args: "LOCATION", Short: "set a temporary breakpoint, deleted when reached",
			Run: func(ctx context.Context, d *Debugger, args string) error { return d.addBreakpoint(args, true) }},
		{Name: "delete", Aliases: []string{"d"}, Args: "[N...]", Short: "delete breakpoints and watchpoints (all without arguments)",
			Run: func(ctx context.Context, d *Debugger, args string) error {
				bs, err := d.breakpointsByID(args)
				if err != nil {
					return err
				}
				for _, b := range bs {
					d.deleteBreakpoint(b)
				}
				return nil
			}},
		{Name: "disable", Args: "[N...]", Short: "disable breakpoints and watchpoints (all without arguments)",
			Run: func(ctx context.Context, d *Debugger, args string) error { return d.enable(args, false) }},
		{Name: "enable", Args: "[N...]", Short: "enable breakpoints and watchpoints (all without arguments)",
			Run: func(ctx context.Context, d *Debugger, args string) error { return d.enable(args, true) }},
		{Name: "watch", Args: "EXPR [SIZE]", Short: "stop after a write to a variable, or to SIZE bytes at an address",
			Long: "watch total; watch squares (the whole array); watch 0x411820 4. The stop shows the old and the new value, as gdb does, then the access: its size, its address and the instruction that made it. Watchpoints are memory hooks on their ranges: with one, continue runs block by block off the Fast engine's inner loop.",
			Run:  func(ctx context.Context, d *Debugger, args string) error { return d.addWatchpoint(args, cpu.MemWrite) }},
		{Name: "rwatch", Args: "EXPR [SIZE]", Short: "stop after a read of the range",
			Run: func(ctx context.Context, d *Debugger, args string) error { return d.addWatchpoint(args, cpu.MemRead) }},
		{Name: "awatch", Args: "EXPR [SIZE]", Short: "stop after a read or a write of the range",
			Run: func(ctx context.Context, d *Debugger, args string) error {
				return d.addWatchpoint(args, cpu.MemRead|cpu.MemWrite)
			}},
		{Name: "info", Aliases: []string{"i"}, Args: "WHAT", Short: "show state: " + strings.Join(infoNames(), ", "),
			Long: infoHelp(),
			Run:  func(ctx context.Context, d *Debugger, args string) error { return d.infoCmd(args) }},
		{Name: "x", Args: "[/NFU] [ADDRESS]", Short: "examine memory: N units of size U (b, h, w) in format F (x z d u o t c a s i)", Repeat: true,
			Long: "x/4xw $sp shows four words at the stack pointer; x/s shows a string; x/8i $pc disassembles. Without ADDRESS, goes on where the last x stopped. Defaults: 1, x, w; the last format is kept.",
			Run:  func(ctx context.Context, d *Debugger, args string) error { return d.examine(args) }},
		{Name: "print", Aliases: []string{"p", "output"}, Args: "[/F] EXPR", Short: "print an expression: registers ($a0, $pc), variables, symbols, *ADDR, &VAR, a[i], arithmetic",
			Long: "Variables print by their DWARF type (ints, chars, pointers, arrays, structs). /x /d /u /o /t /c format an integer.",
			Run:  func(ctx context.Context, d *Debugger, args string) error { return d.printCmd(args) }},
		{Name: "set", Args: "LVALUE = EXPR", Short: "set a register ($a0, $pc), a variable or memory (*ADDR, a word)",
			Long: "set var NAME = EXPR also works. Changing the machine restarts the reverse-execution history here: the past before the change cannot be replayed into it.",
			Run:  func(ctx context.Context, d *Debugger, args string) error { return d.setCmd(args) }},
		{Name: "disassemble", Aliases: []string{"disas"}, Args: "[LOCATION [N]]", Short: "disassemble the function around the PC (or LOCATION), with symbols, cycle classes and the cycles each instruction took last time",
			Run: func(ctx context.Context, d *Debugger, args string) error { return d.disassemble(args) }},
		{Name: "list", Aliases: []string{"l"}, Args: "[LINE | FILE:LINE | FUNCTION | *ADDR]", Short: "list source lines (from the DWARF line table's files)", Repeat: true,
			Long: "Without an argument, lists around the PC the first time and goes on after that.",
			Run:  func(ctx context.Context, d *Debugger, args string) error { return d.list(args) }},
		{Name: "backtrace", Aliases: []string{"bt", "where"}, Args: "[N]", Short: "show the call stack (from the CFI; frames found by reading the prologue are labelled heuristic)",
			Run: func(ctx context.Context, d *Debugger, args string) error {
				n := 64
				if strings.TrimSpace(args) != "" {
					var err error
					if n, err = count(args); err != nil {
						return err
					}
				}
				d.printBacktrace(n)
				return nil
			}},
		{Name: "cycles", Short: "show the cycle and instruction counters, and the deltas since the mark",
			Run: func(ctx context.Context, d *Debugger, args string) error { d.cyclesCmd(); return nil }},
		{Name: "mark", Short: "set the mark that cycles measures from (how many cycles from here to there)",
			Run: func(ctx context.Context, d *Debugger, args string) error {
				d.mark = &markPoint{cycles: d.m.Stats.Cycles, insts: d.m.Stats.Instructions, pc: d.m.PC}
				d.printf("Mark set at cycle %d, instruction %d, pc %#08x.\n", d.mark.cycles, d.mark.insts, d.mark.pc)
				return nil
			}},
		{Name: "trace", Args: "on|off", Short: "print every instruction as it executes (address, instruction, class)",
			Run: func(ctx context.Context, d *Debugger, args string) error {
				switch strings.TrimSpace(args) {
				case "on":
					d.tracing = true
				case "off":
					d.tracing = false
				case "":
					d.printf("Tracing is %s.\n", map[bool]string{true: "on", false: "off"}[d.tracing])
				default:
					return fmt.Errorf("trace: on or off, not %q", args)
				}
				return nil
			}},
		{Name: "help", Aliases: []string{"h"}, Args: "[COMMAND]", Short: "list the commands, or describe one",
			Run: func(ctx context.Context, d *Debugger, args string) error { return d.help(args) }},
		{Name: "quit", Aliases: []string{"q", "exit"}, Short: "leave the debugger",
			Run: func(ctx context.Context, d *Debugger, args string) error { return ErrQuit }},
	}
}

func (d *Debugger) enable(args string, on bool) error {
	bs, err := d.breakpointsByID(args)
	if err != nil {
		return err
	}
	for _, b := range bs {
		b.enabled = on
	}
	return nil
}

func (d *Debugger) help(args string) error {
	args = strings.TrimSpace(args)
	if args == "" {
		for _, c := range d.commands {
			name := c.Name
			if len(c.Aliases) > 0 {
				name += " (" + strings.Join(c.Aliases, ", ") + ")"
			}
			d.printf("%-28s %s\n", name, c.Short)
		}
		d.printf("\nAn empty line repeats the last stepping command, x or list. \"help COMMAND\" says more.\n")
		return nil
	}
	c, err := d.lookup(args)
	if err != nil {
		return err
	}
	d.printf("%s %s\n  %s\n", c.Name, c.Args, c.Short)
	if len(c.Aliases) > 0 {
		d.printf("  Aliases: %s\n", strings.Join(c.Aliases, ", "))
	}
	if c.Long != "" {
		d.printf("\n%s\n", c.Long)
	}
	return nil
}

func (d *Debugger) printCmd(args string) error {
	fpart, rest := splitFormat(strings.TrimSpace(args))
	if rest == "" {
		return errors.New("expression expected")
	}
	v, err := d.eval(rest)
	if err != nil {
		return err
	}
	if fpart != "" {
		if len(fpart) != 1 {
			return fmt.Errorf("print takes one format letter, not /%s", fpart)
		}
		s, err := formatInt(v.u, fpart[0], 4)
		if err != nil {
			return err
		}
		d.printf("%s\n", s)
		return nil
	}
	if v.bytes != nil {
		d.printf("%s\n", d.formatTop(v.typ, v.bytes))
		return nil
	}
	if v.typ != nil {
		d.printf("%s\n", d.formatTop(v.typ, le(v.u, min(v.size(), 4))))
		return nil
	}
	d.printf("%d\n", int32(v.u))
	return nil
}

func (d *Debugger) setCmd(args string) error {
	args = strings.TrimSpace(args)
	args = strings.TrimPrefix(strings.TrimPrefix(args, "var "), "variable ")
	i := assignIndex(args)
	if i < 0 {
		return errors.New("set: LVALUE = EXPR expected")
	}
	v, err := d.evalUint(args[i+1:])
	if err != nil {
		return err
	}
	if err := d.alive(); err != nil {
		return err
	}
	return d.assign(args[:i], v)
}

// assignIndex finds the '=' of an assignment: not part of ==, !=, <=, >=.
func assignIndex(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] != '=' {
			continue
		}
		if i+1 < len(s) && s[i+1] == '=' {
			i++
			continue
		}
		if i > 0 && strings.ContainsRune("=!<>", rune(s[i-1])) {
			continue
		}
		return i
	}
	return -1
}

func (d *Debugger) cyclesCmd() {
	s := d.m.Stats
	d.printf("%s, %s", plural(int64(s.Cycles), "cycle"), plural(int64(s.Instructions), "instruction"))
	if mhz := d.m.Profile.ClockMHz; mhz > 0 {
		d.printf(" (%s at %g MHz)", duration(float64(s.Cycles)/mhz), mhz)
	}
	d.printf("\n")
	if d.mark != nil {
		d.printf("since the mark at %#08x: %s, %s\n", d.mark.pc, plural(int64(s.Cycles-d.mark.cycles), "cycle"), plural(int64(s.Instructions-d.mark.insts), "instruction"))
	}
}

func (d *Debugger) reverseLineCmd(ctx context.Context, over bool) error {
	before := d.funcName(d.m.PC)
	found, err := d.reverseStep(ctx, over)
	if err != nil {
		return err
	}
	if !found {
		d.printf("\nNo more reverse-execution history.\n")
		before = ""
	}
	d.printLocation(before)
	return nil
}
