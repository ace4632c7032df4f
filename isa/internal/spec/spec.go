// Package spec reads isa/opcodes.txt, the instruction table that the isa
// package is generated from, and defines the decode key shared by the
// generator and the decoder.
package spec

import (
	"bufio"
	"fmt"
	"strings"
)

// FieldWidths gives the width in bits of every named encoding field.
var FieldWidths = map[string]int{
	"rs": 5, "rt": 5, "rd": 5, "sa": 5,
	"c0": 5, "sr": 4, "cacheop": 5, "hint": 5, "stype": 5,
	"sel":  3,
	"simm": 16, "uimm": 16, "off": 16,
	"target": 26,
	"code20": 20, "code19": 19, "code10": 10,
	"fs": 5, "ft": 5, "fd": 5, "fr": 5, "fcr": 5, "cc": 3,
	"hwr": 5, "lsb": 5, "msb": 5, "msbd": 5, "hintx": 5,
}

// Classes lists the cycle classes in their fixed order.
var Classes = []string{
	"alu", "shift", "branch", "jump", "load", "store", "mul", "div", "hilo",
	"cp0", "tlb", "seg", "trap", "eret", "sync", "cache", "wait",
	"bitops", "hazard", "fpmove", "fpadd", "fpcmp", "fpmul", "fpdiv", "fpbranch", "fpload", "fpstore",
}

// Flags lists the flag names in their fixed order (bit 0 first).
var Flags = []string{
	"load", "store", "branch", "jump", "delay", "likely", "link",
	"wrd", "wrt", "wr31", "whilo", "rhilo", "priv", "trap", "ovf",
	"r2", "fpu", "f64",
}

// MemKinds lists the memory access kinds after "mem=" (index 0 is none).
var MemKinds = []string{"", "b", "bu", "h", "hu", "w", "wl", "wr", "d"}

// Field is one named field of an encoding.
type Field struct {
	Name  string
	Shift int // bit position of the field's least significant bit
	Width int
}

// Entry is one line of the table.
type Entry struct {
	Line     int
	Mnemonic string
	Encoding string
	Fields   []Field
	Match    uint32
	Mask     uint32
	Operands []string // field names; a memory operand is "simm(rs)"
	Class    string
	Flags    []string
	Mem      string
}

// Parse reads the table text.
func Parse(text string) ([]Entry, error) {
	var entries []Entry
	seen := map[string]int{}
	sc := bufio.NewScanner(strings.NewReader(text))
	line := 0
	for sc.Scan() {
		line++
		s := sc.Text()
		if i := strings.IndexByte(s, '#'); i >= 0 {
			s = s[:i]
		}
		cols := strings.Fields(s)
		if len(cols) == 0 {
			continue
		}
		if len(cols) != 5 {
			return nil, fmt.Errorf("opcodes.txt:%d: want 5 columns, have %d", line, len(cols))
		}
		e := Entry{Line: line, Mnemonic: cols[0], Encoding: cols[1], Class: cols[3]}
		if prev, ok := seen[e.Mnemonic]; ok {
			return nil, fmt.Errorf("opcodes.txt:%d: %s already defined at line %d", line, e.Mnemonic, prev)
		}
		seen[e.Mnemonic] = line
		if err := e.parseEncoding(); err != nil {
			return nil, fmt.Errorf("opcodes.txt:%d: %s: %w", line, e.Mnemonic, err)
		}
		if err := e.parseOperands(cols[2]); err != nil {
			return nil, fmt.Errorf("opcodes.txt:%d: %s: %w", line, e.Mnemonic, err)
		}
		if index(Classes, e.Class) < 0 {
			return nil, fmt.Errorf("opcodes.txt:%d: %s: unknown class %q", line, e.Mnemonic, e.Class)
		}
		if cols[4] != "-" {
			for _, f := range strings.Split(cols[4], ",") {
				if m, ok := strings.CutPrefix(f, "mem="); ok {
					if index(MemKinds, m) <= 0 {
						return nil, fmt.Errorf("opcodes.txt:%d: %s: unknown memory access %q", line, e.Mnemonic, m)
					}
					e.Mem = m
					continue
				}
				if index(Flags, f) < 0 {
					return nil, fmt.Errorf("opcodes.txt:%d: %s: unknown flag %q", line, e.Mnemonic, f)
				}
				e.Flags = append(e.Flags, f)
			}
		}
		entries = append(entries, e)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	keys := map[uint32]*Entry{}
	for i := range entries {
		e := &entries[i]
		k := Key(e.Match)
		if o, ok := keys[k]; ok {
			return nil, fmt.Errorf("opcodes.txt:%d: %s has the same decode key as %s (line %d)", e.Line, e.Mnemonic, o.Mnemonic, o.Line)
		}
		keys[k] = e
		// Every bit the key reads must be fixed by the encoding, or two
		// words of one instruction would have different keys.
		if Key(e.Match|^e.Mask) != k {
			return nil, fmt.Errorf("opcodes.txt:%d: %s: decode key depends on an operand field", e.Line, e.Mnemonic)
		}
	}
	return entries, nil
}

func (e *Entry) parseEncoding() error {
	bit := 32
	for _, tok := range strings.Split(e.Encoding, "|") {
		if tok == "" {
			return fmt.Errorf("empty encoding field")
		}
		if strings.Trim(tok, "01") == "" {
			bit -= len(tok)
			if bit < 0 {
				return fmt.Errorf("encoding longer than 32 bits")
			}
			for i, c := range tok {
				pos := bit + len(tok) - 1 - i
				e.Mask |= 1 << pos
				if c == '1' {
					e.Match |= 1 << pos
				}
			}
			continue
		}
		w, ok := FieldWidths[tok]
		if !ok {
			return fmt.Errorf("unknown encoding field %q", tok)
		}
		bit -= w
		if bit < 0 {
			return fmt.Errorf("encoding longer than 32 bits")
		}
		for _, f := range e.Fields {
			if f.Name == tok {
				return fmt.Errorf("field %s appears twice", tok)
			}
		}
		e.Fields = append(e.Fields, Field{Name: tok, Shift: bit, Width: w})
	}
	if bit != 0 {
		return fmt.Errorf("encoding is %d bits, want 32", 32-bit)
	}
	return nil
}

func (e *Entry) parseOperands(s string) error {
	if s == "-" {
		return nil
	}
	used := map[string]bool{}
	for _, op := range strings.Split(s, ",") {
		names := []string{op}
		switch op {
		case "simm(rs)":
			names = []string{"simm", "rs"}
		case "rt(rs)":
			names = []string{"rt", "rs"}
		}
		for _, n := range names {
			if !e.hasField(n) {
				return fmt.Errorf("operand %s is not a field of the encoding", n)
			}
			used[n] = true
		}
		e.Operands = append(e.Operands, op)
	}
	for _, f := range e.Fields {
		if !used[f.Name] && !(e.Mnemonic == "clz" || e.Mnemonic == "clo") {
			return fmt.Errorf("field %s is not an operand", f.Name)
		}
	}
	return nil
}

func (e *Entry) hasField(name string) bool {
	for _, f := range e.Fields {
		if f.Name == name {
			return true
		}
	}
	return false
}

func index(list []string, s string) int {
	for i, v := range list {
		if v == s {
			return i
		}
	}
	return -1
}

// KeyBits is the number of bits in a decode key.
const KeyBits = 18

// Key maps an instruction word to its decode key: the primary opcode and
// the secondary fields that select the instruction within its group.
func Key(w uint32) uint32 {
	primary := w >> 26
	funct := w & 0x3f
	rs := (w >> 21) & 0x1f
	var sub uint32
	switch primary {
	case 0x00: // SPECIAL: function field, and the bit that tells the Release 2 and FPU forms apart
		sub = funct
		switch funct {
		case 0x01: // movf, movt: tf
			sub |= (w >> 16 & 1) << 6
		case 0x02: // srl, rotr: bit 21
			sub |= (w >> 21 & 1) << 6
		case 0x06: // srlv, rotrv: bit 6
			sub |= (w >> 6 & 1) << 6
		case 0x08, 0x09: // jr, jalr and their .hb forms: bit 10
			sub |= (w >> 10 & 1) << 6
		}
	case 0x1c, 0x13: // SPECIAL2, COP1X: function field
		sub = funct
	case 0x1f: // SPECIAL3: function field; BSHFL also the sa field
		sub = funct
		if funct == 0x20 {
			sub |= (w >> 6 & 0x1f) << 6
		}
	case 0x01: // REGIMM: rt field
		sub = (w >> 16) & 0x1f
	case 0x10: // COP0: rs field, and the function field for CO and the segment group
		switch {
		case rs&0x10 != 0:
			sub = 1<<10 | funct
		case rs == 0x0c:
			sub = rs<<6 | funct
		case rs == 0x0b: // MFMC0: di, ei by bit 5
			sub = rs<<6 | w>>5&1
		default:
			sub = rs << 6
		}
	case 0x11: // COP1: rs field; nd and tf for BC1; fmt and function field for the arithmetic
		switch {
		case rs&0x10 != 0:
			sub = 1<<11 | (rs&0xf)<<7 | funct
			if funct == 0x11 { // movf.fmt, movt.fmt: tf
				sub |= (w >> 16 & 1) << 6
			}
		case rs == 0x08:
			sub = rs<<6 | w>>16&3
		default:
			sub = rs << 6
		}
	}
	return primary<<12 | sub
}
