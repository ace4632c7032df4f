package jit

import (
	"fmt"
	"strings"

	"golang.org/x/arch/x86/x86asm"

	"graftlab/isa"
)

// Listing shows a compiled block as its MIPS instructions (GNU syntax),
// each with the static cycles before it in the block (its static prefix)
// and followed by the amd64 instructions made for it (x86asm, GNU syntax)
// with their offsets in the block's code and their bytes; then the
// block's exit. An instruction that only writes $zero has no amd64 code.
func (b *Block) Listing() string {
	var s strings.Builder
	n := len(b.Insts)
	fmt.Fprintf(&s, "block %#08x: %d instructions, %d static cycles, %d bytes of amd64\n", b.PC, n, b.Cycles(), len(b.code))
	for i, inst := range b.Insts {
		pc := b.PC + 4*uint32(i)
		fmt.Fprintf(&s, "%#08x  +%d  %s\n", pc, b.Pre[i], isa.GNU(inst, pc, nil))
		listHost(&s, b.code, b.offsets[i], b.offsets[i+1])
	}
	fmt.Fprintf(&s, "exit  +%d\n", b.Pre[n])
	listHost(&s, b.code, b.offsets[n], b.offsets[n+1])
	return s.String()
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
