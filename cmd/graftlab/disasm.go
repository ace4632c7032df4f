package main

import (
	"bytes"
	"context"
	"debug/elf"
	"flag"
	"fmt"
	"os"
	"strconv"

	"graftlab/isa/objdump"
)

func init() {
	register(&command{
		name:         "disasm",
		summary:      "disassemble an ELF file or a raw binary",
		usage:        "[--format FORMAT] [--section NAME] [--start ADDR] [--stop ADDR] [--no-aliases] [--raw --base ADDR] FILE",
		interspersed: true,
		setup:        setupDisasm,
	})
}

// addrFlag is a flag holding a 32-bit address, in Go syntax (0x80000000,
// 2147483648).
type addrFlag struct {
	v   uint32
	set bool
}

func (a *addrFlag) String() string { return fmt.Sprintf("%#x", a.v) }

func (a *addrFlag) Set(s string) error {
	v, err := strconv.ParseUint(s, 0, 32)
	if err != nil {
		return fmt.Errorf("bad address %q: want a 32-bit number such as 0x80000000", s)
	}
	a.v, a.set = uint32(v), true
	return nil
}

func setupDisasm(fs *flag.FlagSet) func(ctx context.Context, e *env, args []string) error {
	format := fs.String("format", "graftlab", "listing `FORMAT`: graftlab, or objdump (mipsel-linux-gnu-objdump -d's)")
	section := fs.String("section", "", "list only the section `NAME` (default: every executable section)")
	raw := fs.Bool("raw", false, "read FILE as a raw binary loaded at --base, even if it looks like ELF")
	noAliases := fs.Bool("no-aliases", false, "print instructions without aliases, as objdump -M no-aliases")
	var base, start, stop addrFlag
	fs.Var(&base, "base", "load `ADDR` of a raw binary (default 0)")
	fs.Var(&start, "start", "list from `ADDR`")
	fs.Var(&stop, "stop", "list up to, not including, `ADDR`")
	return func(ctx context.Context, e *env, args []string) error {
		if len(args) != 1 {
			return usageError{"want one FILE"}
		}
		f, err := objdump.ParseFormat(*format)
		if err != nil {
			return usageError{err.Error()}
		}
		if stop.set && stop.v == 0 {
			return usageError{"--stop 0 lists nothing"}
		}
		name := args[0]
		data, err := os.ReadFile(name)
		if err != nil {
			return err
		}
		var file *objdump.File
		switch isELF := bytes.HasPrefix(data, []byte(elf.ELFMAG)); {
		case *raw || !isELF && base.set:
			file, err = objdump.NewRaw(name, data, base.v)
		case isELF && base.set:
			return usageError{"--base is for raw binaries: add --raw to read " + name + " as one"}
		case isELF:
			file, err = objdump.Open(name, data)
		default:
			return fmt.Errorf("%s: not an ELF file; to list a raw binary give --raw --base ADDR", name)
		}
		if err != nil {
			return err
		}
		return file.Write(e.stdout, objdump.Options{
			Format: f, Section: *section, Start: start.v, Stop: stop.v, NoAliases: *noAliases,
		})
	}
}
