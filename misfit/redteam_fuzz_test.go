package misfit_test

import (
	"debug/elf"
	"encoding/binary"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"graftlab/cpu"
	"graftlab/isa"
	"graftlab/kernel"
	"graftlab/loader/object"
)

// rtSuiteObjects are the committed rewritten suite objects, unsigned (the
// fuzzer signs what it makes with the red team's key).
func rtSuiteObjects(tb testing.TB) [][]byte {
	files, err := filepath.Glob(filepath.Join("..", "testdata", "misfit", "rewritten", "*.o"))
	if err != nil {
		tb.Fatal(err)
	}
	sort.Strings(files)
	var out [][]byte
	for _, f := range files {
		if strings.Contains(filepath.Base(f), "signed") {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, b)
	}
	if len(out) == 0 {
		tb.Fatal("no rewritten suite objects")
	}
	return out
}

// rtPalette are instructions an attacker would plant: writes of the
// dedicated registers, ra and sp, indirect jumps and links through every
// interesting register, stores and loads through unchecked bases, branches,
// privileged and trapping instructions.
func rtPalette(arg byte) isa.Inst {
	regs := []isa.Reg{isa.Zero, isa.AT, isa.V0, isa.A0, isa.T0, isa.T9, isa.S0, isa.S4, isa.S5, isa.S6, isa.S7, isa.SP, isa.RA}
	r := regs[int(arg)%len(regs)]
	r2 := regs[int(arg>>4)%len(regs)]
	switch arg % 16 {
	case 0:
		return isa.Inst{Op: isa.SW, Rt: isa.A1, Rs: r, Imm: int32(int8(arg)) * 4}
	case 1:
		return isa.Inst{Op: isa.LW, Rt: r, Rs: r2}
	case 2:
		return isa.Inst{Op: isa.ADDIU, Rt: r, Rs: r, Imm: int32(int8(arg)) * 64}
	case 3:
		return isa.Inst{Op: isa.JR, Rs: r}
	case 4:
		return isa.Inst{Op: isa.JALR, Rd: r2, Rs: r}
	case 5:
		return isa.Inst{Op: isa.BNE, Rs: r, Rt: isa.Zero, Imm: int32(int8(arg)) % 16}
	case 6:
		return isa.Inst{Op: isa.LUI, Rt: r, Imm: 0x8000}
	case 7:
		return isa.Inst{Op: isa.ADDU, Rd: r, Rs: r2, Rt: isa.Zero}
	case 8:
		return isa.Inst{Op: isa.AND, Rd: r, Rs: r2, Rt: isa.S5}
	case 9:
		return isa.Inst{Op: isa.OR, Rd: r, Rs: r, Rt: isa.S6}
	case 10:
		return isa.Inst{Op: isa.SUBU, Rd: isa.S7, Rs: r, Rt: isa.S6}
	case 11:
		return isa.Inst{Op: isa.MTC0, Rt: r, Rd: 12}
	case 12:
		return isa.Inst{Op: isa.BEQL, Rs: isa.Zero, Rt: isa.Zero, Imm: int32(int8(arg)) % 8}
	case 13:
		return isa.Inst{Op: isa.BGEZAL, Rs: isa.Zero, Imm: int32(int8(arg)) % 8}
	case 14:
		return isa.Inst{Op: isa.SB, Rt: isa.Zero, Rs: r, Imm: -32768}
	}
	return isa.Inst{Op: isa.SLL} // nop
}

// rtMutate edits a rewritten object structurally: every 4 bytes of edits
// are (operation, index low, index high, argument).
func rtMutate(obj []byte, edits []byte) ([]byte, bool) {
	f, err := object.Parse(obj)
	if err != nil {
		return nil, false
	}
	text := f.Section(".text")
	if text == nil || len(text.Data) < 8 {
		return nil, false
	}
	words := len(text.Data) / 4
	var textSyms []*object.Symbol
	for _, s := range f.Symbols {
		if s.Section == text {
			textSyms = append(textSyms, s)
		}
	}
	for n := 0; len(edits) >= 4 && n < 16; n++ {
		op, idx, arg := edits[0], int(edits[1])|int(edits[2])<<8, edits[3]
		edits = edits[4:]
		wi := idx % words
		switch op % 14 {
		case 0, 1: // an instruction from the palette
			if w, err := isa.Encode(rtPalette(arg)); err == nil {
				binary.LittleEndian.PutUint32(text.Data[4*wi:], w)
			}
		case 2: // a bit flipped in a code word
			w := binary.LittleEndian.Uint32(text.Data[4*wi:]) ^ 1<<(arg%32)
			binary.LittleEndian.PutUint32(text.Data[4*wi:], w)
		case 3: // a relocation dropped
			if len(text.Relocs) > 0 {
				i := idx % len(text.Relocs)
				text.Relocs = append(text.Relocs[:i], text.Relocs[i+1:]...)
			}
		case 4: // two relocations swapped in the list
			if n := len(text.Relocs); n > 1 {
				i, j := idx%n, int(arg)%n
				text.Relocs[i], text.Relocs[j] = text.Relocs[j], text.Relocs[i]
			}
		case 5: // a relocation moved to another word
			if n := len(text.Relocs); n > 0 {
				text.Relocs[idx%n].Offset = uint32(4 * ((wi + int(int8(arg))) % words))
			}
		case 6: // a relocation's type changed
			if n := len(text.Relocs); n > 0 {
				types := []object.RelocType{object.R_MIPS_32, object.R_MIPS_26, object.R_MIPS_HI16, object.R_MIPS_LO16, object.R_MIPS_PC16, object.R_MIPS_NONE}
				text.Relocs[idx%n].Type = types[int(arg)%len(types)]
			}
		case 7: // a relocation retargeted to another symbol
			if n := len(text.Relocs); n > 0 && len(f.Symbols) > 0 {
				text.Relocs[idx%n].Symbol = f.Symbols[int(arg)%len(f.Symbols)]
			}
		case 8: // a code symbol moved
			if len(textSyms) > 0 {
				s := textSyms[idx%len(textSyms)]
				s.Value = uint32(int32(s.Value) + 4*int32(int8(arg)))
			}
		case 9: // a code symbol's type or binding changed, or renamed
			if len(textSyms) > 0 {
				s := textSyms[idx%len(textSyms)]
				switch arg % 4 {
				case 0:
					s.Type = object.SymType(arg / 4 % 3)
				case 1:
					s.Bind = object.Bind(arg / 4 % 3)
				case 2:
					s.Name = []string{"__misfit_return", "__misfit_fault", "__misfit_table", "graft"}[arg/4%4]
				case 3:
					if d := f.Section(".data"); d != nil {
						s.Section = d
					}
				}
			}
		case 10: // a new global function symbol: another entry
			f.Symbols = append(f.Symbols, &object.Symbol{Name: "rt_entry", Section: text, Value: uint32(4 * wi), Type: object.SymFunc, Bind: object.Global})
		case 11: // a NOBITS section, possibly huge
			size := uint32(idx)<<16 | uint32(arg)<<8
			if arg&1 != 0 {
				size = ^size
			}
			f.Sections = append(f.Sections, &object.Section{Name: ".rt_bss", Type: uint32(elf.SHT_NOBITS), Flags: uint32(elf.SHF_ALLOC | elf.SHF_WRITE), Align: 1 << (arg % 18), Size: size})
		case 12: // a section's alignment or flags changed
			s := f.Sections[idx%len(f.Sections)]
			if arg&1 == 0 {
				s.Align = 1 << (arg / 2 % 20)
			} else {
				s.Flags ^= 1 << (arg / 2 % 3)
			}
		case 13: // a word of the info note changed
			if n := f.Section(".note.graftlab.misfit"); n != nil && len(n.Data) >= 44 {
				i := 24 + 4*(idx%5)
				v := binary.LittleEndian.Uint32(n.Data[i:])
				binary.LittleEndian.PutUint32(n.Data[i:], v+uint32(int32(int8(arg))))
			}
		}
	}
	out, err := f.Marshal()
	return out, err == nil
}

// rtFuzzOne signs a mutated object and, for each of its global symbols the
// loader accepts as an entry, runs it under the red team's monitor.
func rtFuzzOne(t *testing.T, obj []byte) (accepted int) {
	signed, err := signObject(obj)
	if err != nil {
		return 0
	}
	f, err := object.Parse(signed)
	if err != nil {
		return 0
	}
	var entries []string
	for _, s := range f.Symbols {
		if s.Bind != object.Local && s.Section != nil && len(entries) < 4 {
			entries = append(entries, s.Name)
		}
	}
	base := uint32(kernel.GraftDataBase)
	args := [4]uint32{base + 0x1000, base + 0x2000, 64, base + 0x3000}
	for _, e := range entries {
		o := rtRun(signed, e, 0, args, cpu.DefaultEngine(), true, 30000, 30000)
		if o.refused != nil {
			continue
		}
		accepted++
		if o.runError != nil {
			t.Fatalf("entry %s: run error: %v", e, o.runError)
		}
		if len(o.escapes) > 0 {
			t.Fatalf("entry %s: ESCAPED (%s): %s", e, o.summary, strings.Join(o.escapes, "; "))
		}
	}
	return accepted
}

// FuzzRedTeam mutates the rewritten suite objects structurally
// (instructions, relocations, symbols, sections, the note), signs each with
// a trusted key, and runs every one the kernel's loader accepts under the
// red team's monitor: none may escape.
func FuzzRedTeam(f *testing.F) {
	objs := rtSuiteObjects(f)
	f.Add(byte(0), []byte{0, 4, 0, 3})
	f.Add(byte(1), []byte{4, 1, 0, 2, 8, 3, 0, 250})
	f.Add(byte(2), []byte{11, 0xe0, 0xff, 1, 10, 2, 0, 0})
	f.Add(byte(3), []byte{9, 0, 0, 2, 7, 5, 0, 9})
	f.Add(byte(4), []byte{13, 3, 0, 252, 12, 0, 0, 15})
	f.Fuzz(func(t *testing.T, which byte, edits []byte) {
		if len(edits) > 64 {
			return
		}
		obj, ok := rtMutate(objs[int(which)%len(objs)], edits)
		if !ok {
			return
		}
		rtFuzzOne(t, obj)
	})
}

// TestRedTeamMutations is a seeded, deterministic run of the same
// mutations: a few hundred objects each time the tests run.
func TestRedTeamMutations(t *testing.T) {
	objs := rtSuiteObjects(t)
	n := 240
	if testing.Short() {
		n = 40
	}
	x := uint32(0x9e3779b9)
	next := func() byte {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		return byte(x)
	}
	tried, accepted := 0, 0
	for i := 0; i < n; i++ {
		edits := make([]byte, 4*(1+i%3))
		for j := range edits {
			edits[j] = next()
		}
		obj, ok := rtMutate(objs[i%len(objs)], edits)
		if !ok {
			continue
		}
		tried++
		accepted += rtFuzzOne(t, obj)
	}
	t.Logf("%d mutated objects, %d accepted runs, no escape", tried, accepted)
}
