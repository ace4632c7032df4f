package main

import (
	"bytes"
	"context"
	"debug/elf"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"graftlab/isa/asm"
	"graftlab/loader"
	"graftlab/loader/object"
)

func init() {
	register(&command{
		name:         "asm",
		summary:      "assemble GNU-syntax MIPS32 assembly into objects, or into a linked executable",
		usage:        "[-c] [-o FILE] [-O0] [-O1] [-O2] [-I DIR]... [--defsym SYM=VALUE]... [--entry SYMBOL] [-Ttext ADDR] FILE.s...",
		interspersed: true,
		setup:        setupAsm,
	})
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// listFlag collects a flag given several times.
type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(s string) error { *l = append(*l, s); return nil }

func setupAsm(fs *flag.FlagSet) func(ctx context.Context, e *env, args []string) error {
	compileOnly := fs.Bool("c", false, "write one relocatable object per input instead of linking")
	out := fs.String("o", "", "output `FILE` (default: a.out, or NAME.o for NAME.s with -c)")
	entry := fs.String("entry", loader.DefaultEntry, "entry `SYMBOL` of the executable")
	var includes, defsyms listFlag
	fs.Var(&includes, "I", "search `DIR` for .include files (repeatable)")
	fs.Var(&defsyms, "defsym", "define `SYM=VALUE` as an absolute symbol (repeatable)")
	var text addrFlag
	fs.Var(&text, "Ttext", "address `ADDR` of the text segment (a multiple of 64 KiB; default 0x400000)")
	o0 := fs.Bool("O0", false, "as GNU as -O0: no instruction moves into a delay slot in reorder mode")
	o1 := fs.Bool("O1", false, "as GNU as -O1 (the same as -O0 for MIPS32)")
	o2 := fs.Bool("O2", false, "as GNU as -O2, the default: reorder mode fills delay slots from the instruction before")
	return func(ctx context.Context, e *env, args []string) error {
		if len(args) == 0 {
			return usageError{"no input files"}
		}
		level := asm.GNUDefaultOptimize
		switch {
		case btoi(*o0)+btoi(*o1)+btoi(*o2) > 1:
			return usageError{"at most one of -O0, -O1 and -O2"}
		case *o0:
			level = 0
		case *o1:
			level = 1
		case *o2:
			level = 2
		}
		// As GNU as: delay slots filled at -O2 by default, and .reginfo,
		// .MIPS.abiflags, .pdr and .gnu.attributes in every object.
		opt := asm.Options{IncludeDirs: includes, Defines: map[string]int64{}, Optimize: level, MIPSSections: true}
		for _, d := range defsyms {
			name, val, ok := strings.Cut(d, "=")
			v, err := strconv.ParseInt(val, 0, 64)
			if !ok || name == "" || err != nil {
				return usageError{fmt.Sprintf("bad --defsym %q: want SYM=VALUE", d)}
			}
			opt.Defines[name] = v
		}
		if *compileOnly && *out != "" && len(args) > 1 {
			return usageError{"-o with -c takes one input file"}
		}
		var objs []*object.File
		failed := false
		for _, name := range args {
			src, err := os.ReadFile(name)
			if err != nil {
				return err
			}
			if err := checkSource(name, src); err != nil {
				return err
			}
			f, err := asm.Assemble(name, src, opt)
			if err != nil {
				var list asm.ErrorList
				if !errors.As(err, &list) {
					return err
				}
				fmt.Fprintln(e.stderr, list.Error())
				failed = true
				continue
			}
			objs = append(objs, f)
		}
		if failed {
			return exitError{1}
		}
		if *compileOnly {
			for i, f := range objs {
				b, err := f.Marshal()
				if err != nil {
					return fmt.Errorf("%s: %w", args[i], err)
				}
				dest := *out
				if dest == "" {
					dest = strings.TrimSuffix(filepath.Base(args[i]), filepath.Ext(args[i])) + ".o"
				}
				if err := os.WriteFile(dest, b, 0o644); err != nil {
					return err
				}
			}
			return nil
		}
		img, err := loader.Link(objs, args, loader.LinkOptions{TextAddress: text.v, Entry: *entry})
		if err != nil {
			return err
		}
		b, err := img.ELF()
		if err != nil {
			return err
		}
		dest := *out
		if dest == "" {
			dest = "a.out"
		}
		return os.WriteFile(dest, b, 0o755)
	}
}

// checkSource refuses input that is not text, before the assembler
// reports every line of it: an ELF file given in place of its source, or
// other binary data.
func checkSource(name string, src []byte) error {
	if bytes.HasPrefix(src, []byte(elf.ELFMAG)) {
		kind := "an ELF file"
		if len(src) > 17 {
			t := uint16(src[16]) | uint16(src[17])<<8
			if src[elf.EI_DATA] == byte(elf.ELFDATA2MSB) {
				t = t>>8 | t<<8
			}
			switch elf.Type(t) {
			case elf.ET_REL:
				kind = "an ELF relocatable object"
			case elf.ET_EXEC:
				kind = "an ELF executable"
			}
		}
		return fmt.Errorf("%s: %s, not assembly source (graftlab disasm lists it)", name, kind)
	}
	if i := bytes.IndexByte(src, 0); i >= 0 {
		return fmt.Errorf("%s: binary data (a NUL byte at offset %d), not assembly source", name, i)
	}
	return nil
}
