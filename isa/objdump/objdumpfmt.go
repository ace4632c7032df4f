package objdump

import (
	"encoding/binary"
	"fmt"
	"strings"

	"graftlab/isa"
)

// objdumpWriter writes mipsel-linux-gnu-objdump -d's listing. Its rules, as
// objdump (binutils 2.40) applies them:
//
//   - A section is cut into blocks at its symbols: each block starts with a
//     header line naming the symbol objdump chooses for that address (see
//     symtab.find), or the section when it has no symbol, and runs to the
//     next address that has a symbol of the section.
//   - A block whose symbol is an object (STT_OBJECT, not a function) is
//     dumped as bytes, 16 a line with their characters, not disassembled.
//   - In a block, a run of zero bytes is shown as "\t..." when it is at
//     least 8 bytes long, or when it ends the block and is shorter than 3
//     bytes, unless the previous instruction of the block has a delay slot.
//     A skipped run that does not end the block is cut to a multiple of 4.
//   - An instruction that would read past the end of its block prints
//     "Address 0x... is out of bounds." and ends the block.
type objdumpWriter struct {
	f     *File
	opts  *Options
	b     strings.Builder
	chunk int // the disassembler's bytes_per_chunk: 0 before the first instruction
}

func (w *objdumpWriter) printf(format string, args ...any) { fmt.Fprintf(&w.b, format, args...) }

func (w *objdumpWriter) file() {
	w.printf("\n%s:     file format %s\n\n", sanitize(w.f.Name), w.f.format)
}

func (w *objdumpWriter) section(sec *Section) {
	start, stop := w.opts.bounds(sec)
	if start >= stop {
		return
	}
	t := w.f.symtabFor(sec)
	w.printf("\nDisassembly of section %s:\n", sanitize(sec.Name))
	sym := t.find(uint32(uint64(sec.Addr)+start), true)
	place := max(sym, 0)
	for off := start; off < stop; {
		addr := uint32(uint64(sec.Addr) + off)
		w.printf("\n%08x %s:\n", addr, w.symbolText(t, sym, addr))
		next := -1
		switch {
		case sym >= 0 && t.syms[sym].Value > addr:
			next = sym
		case sym >= 0:
			for place < len(t.syms) && !(t.syms[place].secName == sec.Name && t.syms[place].Value > t.syms[sym].Value) {
				place++
			}
			if place < len(t.syms) {
				next = place
			}
		}
		end := stop
		switch {
		case sym >= 0 && t.syms[sym].Value > addr:
			end = uint64(t.syms[sym].Value) - uint64(sec.Addr)
		case next >= 0:
			end = uint64(t.syms[next].Value) - uint64(sec.Addr)
		}
		if end > stop || end <= off {
			end = stop
		}
		insns := true
		if sym >= 0 {
			s := t.syms[sym]
			compiled := strings.Contains(s.Name, "gnu_compiled") || strings.Contains(s.Name, "gcc2_compiled")
			insns = s.Section != sec || s.Value > addr || !s.isObject() && !compiled || s.isFunc()
		}
		w.block(sec, t, insns, off, end)
		off, sym = end, next
	}
}

// symbolText is "<sym+0xOFF>", or "<section+0xOFF>" without a symbol.
func (w *objdumpWriter) symbolText(t *symtab, i int, addr uint32) string {
	if i < 0 {
		return "<" + sanitize(t.sec.Name) + isa.SymbolOffset(addr, t.sec.Addr) + ">"
	}
	return "<" + sanitize(t.syms[i].Name) + isa.SymbolOffset(addr, t.syms[i].Value) + ">"
}

// block disassembles (or dumps, when !insns) section offsets [start, stop).
func (w *objdumpWriter) block(sec *Section, t *symtab, insns bool, start, stop uint64) {
	skip := addrSkip(sec)
	symbolizer := t.symbolizer()
	data := sec.Data
	valid, delay := false, false
	for off := start; off < stop; {
		z := off
		for z < stop && data[z] == 0 {
			z++
		}
		if n := z - off; (!valid || !delay) && (n >= 8 || z == stop && n < 3) {
			if z != stop {
				n &^= 3
			}
			w.printf("\t...\n")
			off += n
			continue
		}
		addr := uint32(uint64(sec.Addr) + off)
		w.printf("%s:\t", lineAddr(addr, skip))
		if !insns {
			off += w.dump(data, off, min(off+16, stop), stop)
			continue
		}
		w.chunk = 0
		if stop-off < 4 {
			memaddr := uint64(addr)
			if w.f.signExtend && addr >= 0x80000000 {
				memaddr |= 0xffffffff00000000
			}
			w.printf("Address 0x%x is out of bounds.\n\n", memaddr)
			return
		}
		word := binary.LittleEndian.Uint32(data[off:])
		w.chunk = 4
		valid, delay = true, objdumpDelay(word)
		w.printf("%08x \t%s\n", word, w.opts.text(word, addr, symbolizer))
		off += 4
	}
}

// dump prints data[off:end] as objdump prints data in a code section,
// and returns the number of bytes shown.
func (w *objdumpWriter) dump(data []byte, off, end, stop uint64) uint64 {
	chunk := uint64(max(w.chunk, 1))
	n := end - off
	for j := off; j < end; j += chunk {
		if j+chunk <= stop {
			for k := chunk; k > 0; k-- {
				w.printf("%02x", data[j+k-1])
			}
		}
		w.b.WriteByte(' ')
	}
	for pb := n; pb < 16; pb += chunk {
		w.b.WriteString(strings.Repeat("  ", int(chunk)) + " ")
	}
	w.b.WriteString("    ")
	for _, c := range data[off:end] {
		if c < 0x20 || c > 0x7e {
			c = '.'
		}
		w.b.WriteByte(c)
	}
	w.b.WriteByte('\n')
	return n
}

// addrSkip is how many leading digits objdump drops from the addresses of a
// section's lines: 4 when the section ends below 0x10000000, else none.
func addrSkip(sec *Section) int {
	end := fmt.Sprintf("%08x", uint32(sec.End()))
	skip := len(end) - len(strings.TrimLeft(end, "0"))
	if skip == len(end) && sec.Addr != 0 {
		skip = 0
	}
	if skip != 0 {
		skip = (skip - 1) &^ 3
	}
	return skip
}

// lineAddr is the address of a line: leading zeros after the skipped digits
// become spaces, keeping at least one digit.
func lineAddr(addr uint32, skip int) string {
	s := []byte(fmt.Sprintf("%08x", addr)[skip:])
	i := 0
	for i < len(s)-1 && s[i] == '0' {
		s[i] = ' '
		i++
	}
	return string(s)
}

// objdumpDelay reports whether objdump takes word to have a delay slot: the
// branches and jumps of the table, and the coprocessor branches (BC1, BC2,
// BC3) and jalx, which graftlab does not decode but objdump's MIPS32
// disassembler does.
func objdumpDelay(word uint32) bool {
	if inst, err := isa.Decode(word); err == nil {
		return inst.Info().Flags&isa.FlagDelay != 0
	}
	op := word >> 26
	return op >= 0x11 && op <= 0x13 && word>>21&0x1f == 8 || op == 0x1d
}
