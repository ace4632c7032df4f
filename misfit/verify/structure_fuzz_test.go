package verify_test

import (
	"context"
	"debug/elf"
	"encoding/binary"
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"graftlab/cpu"
	"graftlab/isa"
	"graftlab/kernel"
	"graftlab/loader/object"
)

// Structure-aware mutations: they edit what the verifier and the loader
// interpret — instructions, relocations (order, type, symbol, offset),
// symbols (name, value, type, binding, section), sections (size, alignment,
// flags, new NOBITS sections) and the note — and marshal the object again,
// so that every mutant parses and reaches the rules. Whatever verify.Load
// accepts is run by the kernel under its monitor from every entry point it
// offers: nothing may escape.

// reservedNames are the names a mutation may give a symbol: the rewriter's,
// the kernel's and the suite's.
var reservedNames = []string{
	"__misfit_return", "__misfit_fault", "__misfit_table", "misfit_return", "misfit_fault",
	"memset", "memcpy", "graft_log", "graft_time", "graft", "xor_crypt", "poweroff",
}

// structMutate applies the edits to a parsed copy of obj: each edit is 4
// bytes (op, a, b, c).
func structMutate(obj []byte, edits []byte) ([]byte, bool) {
	f, err := object.Parse(obj)
	if err != nil {
		return nil, false
	}
	text := f.Section(".text")
	if text == nil || len(text.Data) < 8 {
		return nil, false
	}
	le := binary.LittleEndian
	n := len(text.Data) / 4
	sym := func(k byte) *object.Symbol {
		if len(f.Symbols) == 0 {
			return nil
		}
		return f.Symbols[int(k)%len(f.Symbols)]
	}
	sec := func(k byte) *object.Section { return f.Sections[int(k)%len(f.Sections)] }
	for len(edits) >= 4 {
		op, a, b, c := edits[0], edits[1], edits[2], edits[3]
		edits = edits[4:]
		i := (int(a) | int(b)<<8) % n
		switch op % 16 {
		case 0: // plant an instruction
			le.PutUint32(text.Data[4*i:], isa.MustEncode(templates[int(c)%len(templates)]))
		case 1: // swap two relocations of the code
			if r := text.Relocs; len(r) > 1 {
				x, y := int(b)%len(r), int(c)%len(r)
				r[x], r[y] = r[y], r[x]
			}
		case 2: // retype a relocation
			if r := text.Relocs; len(r) > 0 {
				types := []object.RelocType{object.R_MIPS_32, object.R_MIPS_26, object.R_MIPS_HI16, object.R_MIPS_LO16, object.R_MIPS_PC16, object.R_MIPS_NONE}
				r[int(b)%len(r)].Type = types[int(c)%len(types)]
			}
		case 3: // point a relocation at another symbol
			if r := text.Relocs; len(r) > 0 {
				r[int(b)%len(r)].Symbol = sym(c)
			}
		case 4: // move a relocation by a word
			if r := text.Relocs; len(r) > 0 {
				k := int(b) % len(r)
				r[k].Offset = uint32(int32(r[k].Offset) + 4*int32(int8(c)))
			}
		case 5: // add a relocation
			types := []object.RelocType{object.R_MIPS_32, object.R_MIPS_26, object.R_MIPS_HI16, object.R_MIPS_LO16, object.R_MIPS_PC16}
			text.Relocs = append(text.Relocs, object.Reloc{Offset: uint32(4 * i), Type: types[int(c)%len(types)], Symbol: sym(c / 5)})
		case 6: // drop a relocation
			if r := text.Relocs; len(r) > 0 {
				k := int(b) % len(r)
				text.Relocs = append(r[:k:k], r[k+1:]...)
			}
		case 7: // move a symbol
			if s := sym(b); s != nil {
				s.Value = uint32(int32(s.Value) + 4*int32(int8(c)))
			}
		case 8: // retype or rebind a symbol
			if s := sym(b); s != nil {
				s.Type = object.SymType(c % 4)
				s.Bind = object.Bind(c / 4 % 3)
			}
		case 9: // rename a symbol
			if s := sym(b); s != nil {
				s.Name = reservedNames[int(c)%len(reservedNames)]
			}
		case 10: // move a symbol to another section
			if s := sym(b); s != nil && s.Section != nil {
				s.Section = sec(c)
			}
		case 11: // add a symbol
			f.Symbols = append(f.Symbols, &object.Symbol{Name: reservedNames[int(c)%len(reservedNames)], Section: sec(b),
				Value: uint32(4 * i), Bind: object.Bind(c % 3), Type: object.SymType(c / 3 % 3)})
		case 12: // resize a NOBITS section, or add one
			s := sec(b)
			if s.Type != uint32(elf.SHT_NOBITS) {
				s = &object.Section{Name: ".bss.x", Type: uint32(elf.SHT_NOBITS), Flags: uint32(elf.SHF_ALLOC | elf.SHF_WRITE)}
				f.Sections = append(f.Sections, s)
			}
			sizes := []uint32{0, 4, 0x8000, 0xfc00, 0x10000, 0x7fffffff, 0xfff00000, 0xfffffffc}
			s.Size = sizes[int(c)%len(sizes)] - uint32(a)
		case 13: // realign or reflag a section
			s := sec(b)
			if c&1 == 0 {
				s.Align = 1 << (c / 2 % 20)
			} else {
				flags := []elf.SectionFlag{elf.SHF_ALLOC, elf.SHF_ALLOC | elf.SHF_EXECINSTR, elf.SHF_ALLOC | elf.SHF_WRITE, elf.SHF_ALLOC | elf.SHF_WRITE | elf.SHF_EXECINSTR, 0}
				s.Flags = uint32(flags[int(c/2)%len(flags)])
			}
		case 14: // edit a word of the note (policy, flags, code end, slots)
			if s := f.Section(".note.graftlab.misfit"); s != nil && len(s.Data) >= 32 {
				k := 16 + 4*(int(b)%4)
				le.PutUint32(s.Data[k:], uint32(int32(le.Uint32(s.Data[k:]))+4*int32(int8(c))))
			}
		case 15: // copy a word of the code, the table included, elsewhere
			j := (i + int(c) + 1) % n
			copy(text.Data[4*i:4*i+4], text.Data[4*j:4*j+4])
		}
	}
	out, err := f.Marshal()
	return out, err == nil
}

// loadConfined loads an object through the kernel (verify.Load inside) and
// calls it from every entry the verifier offers; any escape fails.
func loadConfined(t testing.TB, obj []byte) (accepted bool) {
	cfg := kernel.GraftConfig{Object: obj, AllowUnsigned: true, Watch: true, Budget: 200_000,
		Args: [4]uint32{kernel.GraftDataBase + 0x1000, kernel.GraftDataBase + 0x2000, 64, kernel.GraftDataBase + 0x3000}}
	g, err := kernel.LoadGraft(cfg)
	if err == nil {
		t.Fatal("loaded with no entry named")
	}
	if !errors.Is(err, kernel.ErrGraft) {
		t.Fatalf("refusal does not wrap ErrGraft: %v", err)
	}
	var entries []string
	if ne := (*kernel.NoEntryError)(nil); errors.As(err, &ne) {
		entries = ne.Entries
	}
	for _, e := range entries {
		cfg.Entry = e
		if g, err = kernel.LoadGraft(cfg); err != nil {
			t.Fatalf("entry %s offered, then refused: %v", e, err)
		}
		run, err := g.Call(context.Background(), cpu.Limits{MaxInstructions: 400_000})
		if err != nil {
			t.Fatalf("entry %s: %v", e, err)
		}
		if len(run.Escapes) > 0 {
			p := filepath.Join(os.TempDir(), "misfit-escape.o")
			os.WriteFile(p, obj, 0o644)
			t.Fatalf("accepted object escaped from %s: %v (written to %s)", e, run.Escapes, p)
		}
	}
	return len(entries) > 0
}

// TestStructureMutationsConfined runs a seeded sample of structural
// mutations of every committed rewritten graft through the kernel.
func TestStructureMutationsConfined(t *testing.T) {
	perObject := 60
	if testing.Short() {
		perObject = 15
	}
	rng := rand.New(rand.NewPCG(3, 4))
	tried, accepted := 0, 0
	for _, obj := range loadGolden(t) {
		for k := 0; k < perObject; k++ {
			edits := make([]byte, 4*(1+rng.IntN(3)))
			for i := range edits {
				edits[i] = byte(rng.Uint32())
			}
			m, ok := structMutate(obj, edits)
			if !ok {
				continue
			}
			tried++
			if loadConfined(t, m) {
				accepted++
			}
		}
	}
	t.Logf("%d structurally mutated objects, %d accepted by the kernel and run confined", tried, accepted)
	if tried < 8*perObject || accepted == 0 {
		t.Fatalf("tried %d, accepted %d: the mutations are not exercising the verifier", tried, accepted)
	}
}

// FuzzLoadStructure: go test ./misfit/verify -run '^$' -fuzz FuzzLoadStructure
func FuzzLoadStructure(f *testing.F) {
	objs := loadGolden(f)
	for i := range objs {
		f.Add(uint8(i), []byte{1, 0, 0, 5})
		f.Add(uint8(i), []byte{12, 0, 0, 5, 9, 3, 2, 1})
		f.Add(uint8(i), []byte{14, 0, 2, 255})
	}
	f.Fuzz(func(t *testing.T, which uint8, edits []byte) {
		if len(edits) > 64 {
			return
		}
		m, ok := structMutate(objs[int(which)%len(objs)], edits)
		if !ok {
			return
		}
		loadConfined(t, m)
	})
}
