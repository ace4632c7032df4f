package jit

import (
	"fmt"
	"io"
	"strings"

	"golang.org/x/arch/x86/x86asm"

	"graftlab/cpu"
	"graftlab/isa"
)

// Listings of compiled blocks (graftlab run --jit-dump, the debugger's
// info jit): each guest instruction of a block (graftlab's disassembler,
// GNU syntax) with the block's static cycles before it, followed by the
// amd64 instructions compiled for it (x86asm, GNU syntax) with their
// offsets in the block's code and their bytes; then the block's exits
// (the end, which follows links into the next block's code, and the
// leaves to Go).

// Listing returns the listing of the block compiled for the machine whose
// first instruction is at pc, the latest one if the code there was
// compiled more than once (after a write into it, or in another mode),
// and false when none is in its code cache.
func Listing(m *cpu.Machine, pc uint32) (string, bool) {
	c, ok := m.Core().NativeCompiler(engineName).(*nativeCompiler)
	if !ok {
		return "", false
	}
	for i := len(c.blocks) - 1; i >= 0; i-- {
		if b := c.blocks[i]; b.view.PC == pc {
			var s strings.Builder
			b.list(&s)
			return s.String(), true
		}
	}
	return "", false
}

// Dump writes the listing of every block in the machine's code cache, in
// the order they were compiled, and returns how many it wrote.
func Dump(w io.Writer, m *cpu.Machine) (int, error) {
	c, ok := m.Core().NativeCompiler(engineName).(*nativeCompiler)
	if !ok {
		return 0, nil
	}
	for i, b := range c.blocks {
		var s strings.Builder
		b.list(&s)
		if _, err := io.WriteString(w, s.String()); err != nil {
			return i, err
		}
	}
	return len(c.blocks), nil
}

// list writes b's listing to s.
func (b *nativeBlock) list(s *strings.Builder) {
	v := b.view
	n := len(v.Ops) - 1 // the fastEnd's index
	fmt.Fprintf(s, "block %#08x: %d instructions, %d static cycles, %d bytes of amd64 at %#x\n", v.PC, n, v.Static, len(b.code), b.entry)
	for i, o := range v.Ops {
		switch {
		case i == n:
			fmt.Fprintf(s, "end       +%d\n", v.Pre[i])
		default:
			fmt.Fprintf(s, "%#08x  +%d  %s", o.PC, v.Pre[i], isa.GNU(o.Inst, o.PC, nil))
			if o.Kind >= cpu.OpBEQEnd && o.Kind <= cpu.OpJREnd {
				s.WriteString("  (decided after its delay slot, with the end)")
			}
			s.WriteString("\n")
		}
		listHost(s, b.code, b.offsets[i], b.offsets[i+1])
	}
	fmt.Fprintf(s, "exits\n")
	listHost(s, b.code, b.offsets[n+1], b.offsets[n+2])
	s.WriteString("\n")
}

// listHost lists the amd64 instructions of code[from:to].
func listHost(s *strings.Builder, code []byte, from, to int) {
	for off := from; off < to; {
		inst, err := x86asm.Decode(code[off:to], 64)
		text, size := "", inst.Len
		if err != nil {
			text, size = fmt.Sprintf("(bad: %v)", err), 1
		} else {
			text = x86asm.GNUSyntax(inst, uint64(off), nil)
		}
		fmt.Fprintf(s, "\t%04x  %-22x  %s\n", off, code[off:off+size], text)
		off += size
	}
}
