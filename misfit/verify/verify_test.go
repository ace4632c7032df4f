package verify_test

import (
	"encoding/binary"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"graftlab/isa"
	"graftlab/loader/object"
	"graftlab/misfit/verify"
)

func rewritten(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "misfit", "rewritten", name+".o"))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestAcceptsRewriterOutput: every committed rewritten graft verifies.
func TestAcceptsRewriterOutput(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "misfit", "rewritten", "*.o"))
	if len(files) < 12 {
		t.Fatalf("%d rewritten objects", len(files))
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := verify.Verify(b, verify.Options{}); err != nil {
			t.Errorf("%s: %v", f, err)
		}
	}
}

// code is a rewritten object opened for mutation.
type code struct {
	t    *testing.T
	f    *object.File
	text *object.Section
}

func open(t *testing.T, name string) *code {
	f, err := object.Parse(rewritten(t, name))
	if err != nil {
		t.Fatal(err)
	}
	return &code{t, f, f.Section(".text")}
}

func (c *code) n() int { return int(codeEnd(c.t, c.f)) / 4 }

func (c *code) inst(i int) isa.Inst {
	in, err := isa.Decode(binary.LittleEndian.Uint32(c.text.Data[4*i:]))
	if err != nil {
		c.t.Fatal(err)
	}
	return in
}

func (c *code) set(i int, in isa.Inst) {
	binary.LittleEndian.PutUint32(c.text.Data[4*i:], isa.MustEncode(in))
}

// find returns the index of the k-th instruction (from 0) matching pred.
func (c *code) find(k int, pred func(i int, in isa.Inst) bool) int {
	for i := 0; i < c.n(); i++ {
		if pred(i, c.inst(i)) {
			if k == 0 {
				return i
			}
			k--
		}
	}
	c.t.Fatal("no instruction matches")
	return -1
}

func (c *code) bytes() []byte {
	b, err := c.f.Marshal()
	if err != nil {
		c.t.Fatal(err)
	}
	return b
}

func codeEnd(t testing.TB, f *object.File) uint32 {
	d := f.Section(".note.graftlab.misfit").Data
	return binary.LittleEndian.Uint32(d[24+12:])
}

var (
	nopInst = isa.Inst{Op: isa.SLL}
	isPair  = func(i int, in isa.Inst) bool { return in.Op == isa.AND && in.Rd == isa.S7 && in.Rt == isa.S5 }
)

// retarget points the branch at index b to index t.
func (c *code) retarget(b, t int) {
	in := c.inst(b)
	in.Imm = int32(t - (b + 1))
	c.set(b, in)
}

func isBranch(in isa.Inst) bool { return in.Info().Has(isa.FlagBranch) }

// TestRefuses: each mutation of a correct rewritten object breaks one rule,
// and the verifier names it.
func TestRefuses(t *testing.T) {
	cases := []struct {
		name, obj, want string
		mutate          func(c *code)
	}{
		{"pair without its and", "ops.sandbox", "writes s7 outside an inserted sequence", func(c *code) {
			c.set(c.find(0, isPair), nopInst)
		}},
		{"access not through s7", "xor.sandbox", "under the sandbox policy accesses go through s7 or sp", func(c *code) {
			i := c.find(0, func(_ int, in isa.Inst) bool { return in.Op == isa.SB && in.Rs == isa.S7 })
			in := c.inst(i)
			in.Rs = isa.A0
			c.set(i, in)
		}},
		{"branch into a pair", "hash.sandbox", "inside an inserted sequence", func(c *code) {
			b := c.find(0, func(_ int, in isa.Inst) bool { return isBranch(in) && in.Rt != isa.Zero })
			c.retarget(b, c.find(0, isPair)+1)
		}},
		{"branch into a delay slot", "hash.sandbox", "in a delay slot", func(c *code) {
			b := c.find(0, func(_ int, in isa.Inst) bool { return isBranch(in) && in.Rs != isa.S4 && in.Rs != isa.S7 })
			j := c.find(0, func(i int, in isa.Inst) bool { return i > b+4 && in.Op == isa.JR })
			c.retarget(b, j+1)
		}},
		{"unchecked return", "ops.sandbox", "not a leaf return: ra is written", func(c *code) {
			// ops_run's return: it calls, so it restores ra from its stack.
			i := -1
			for k := 0; k < c.n()-4; k++ {
				if c.inst(k).Op == isa.JR {
					i = k
				}
			}
			for j := i - 6; j < i; j++ {
				c.set(j, nopInst)
			}
			c.set(i, isa.Inst{Op: isa.JR, Rs: isa.RA})
			var keep []object.Reloc
			for _, r := range c.text.Relocs {
				if r.Offset < uint32(4*(i-6)) || r.Offset >= uint32(4*i) {
					keep = append(keep, r)
				}
			}
			c.text.Relocs = keep
		}},
		{"branch into a leaf function", "ops.sandbox", "not a leaf return: 0x10 is reached from", func(c *code) {
			// ops_run's loop branch, retargeted to rot (0x10), whose return
			// is unchecked.
			b := c.find(0, func(i int, in isa.Inst) bool {
				return i > 0x10 && in.Op == isa.BNE && in.Rs != isa.S4 && in.Rs != isa.S7
			})
			c.retarget(b, 4)
		}},
		{"leaf function writes ra", "ops.sandbox", "not a leaf return: ra is written at 0x10", func(c *code) {
			c.set(4, isa.Inst{Op: isa.ADDIU, Rt: isa.RA, Rs: isa.RA, Imm: 8})
		}},
		{"table check broken", "ops.sandbox", "writes s4 outside the table check", func(c *code) {
			i := c.find(0, func(_ int, in isa.Inst) bool { return in.Op == isa.JR && in.Rs == isa.S4 })
			c.set(i, isa.Inst{Op: isa.JR, Rs: isa.RA})
		}},
		{"write the mask", "xor.sandbox", "writes a dedicated register ($21)", func(c *code) {
			c.set(c.find(0, func(_ int, in isa.Inst) bool { return in.Op == isa.ADDIU }), isa.Inst{Op: isa.ADDIU, Rt: isa.S5, Imm: -1})
		}},
		{"write the base", "xor.check", "writes a dedicated register ($22)", func(c *code) {
			c.set(c.find(0, func(_ int, in isa.Inst) bool { return in.Op == isa.ADDIU }), isa.Inst{Op: isa.LUI, Rt: isa.S6, Imm: 0x8000})
		}},
		{"mtc0", "xor.sandbox", "privileged instruction", func(c *code) {
			c.set(c.find(0, func(_ int, in isa.Inst) bool { return in.Op == isa.ADDIU }), isa.Inst{Op: isa.MTC0, Rt: isa.Zero, Rd: 12})
		}},
		{"syscall", "xor.sandbox", "forbidden instruction", func(c *code) {
			c.set(c.find(0, func(_ int, in isa.Inst) bool { return in.Op == isa.ADDIU }), isa.Inst{Op: isa.SYSCALL})
		}},
		{"sp written, not checked", "ops.sandbox", "writes sp without checking it next", func(c *code) {
			i := c.find(0, func(_ int, in isa.Inst) bool { return in.Op == isa.AND && in.Rd == isa.SP })
			c.set(i, nopInst)
			c.set(i+1, nopInst)
		}},
		{"sp written in a delay slot", "ops.sandbox", "writes sp in a delay slot", func(c *code) {
			i := c.find(0, func(_ int, in isa.Inst) bool { return in.Op == isa.JR })
			c.set(i+1, isa.Inst{Op: isa.ADDIU, Rt: isa.SP, Rs: isa.SP, Imm: 64})
		}},
		{"check removed", "xor.check", "without a check of", func(c *code) {
			i := c.find(0, func(_ int, in isa.Inst) bool { return in.Op == isa.SUBU && in.Rd == isa.S7 })
			for j := i; j < i+4; j++ {
				c.set(j, nopInst)
			}
		}},
		{"branch between a check and the access reusing it", "xor.check", "without a check of $4", func(c *code) {
			sb := c.find(0, func(_ int, in isa.Inst) bool { return in.Op == isa.SB })
			c.retarget(0, sb-2)
		}},
		{"base written between a check and its reuse", "xor.check", "without a check of $4", func(c *code) {
			sb := c.find(0, func(_ int, in isa.Inst) bool { return in.Op == isa.SB })
			c.set(sb-2, isa.Inst{Op: isa.ADDIU, Rt: isa.A0, Rs: isa.A0, Imm: 0x7000})
		}},
		{"check broken", "xor.check", "writes s7 outside an inserted sequence", func(c *code) {
			i := c.find(0, func(_ int, in isa.Inst) bool { return in.Op == isa.SLTU && in.Rd == isa.S7 })
			c.set(i, nopInst)
		}},
		{"check of another register", "xor.check", "without a check of", func(c *code) {
			i := c.find(0, func(_ int, in isa.Inst) bool { return in.Op == isa.SUBU && in.Rd == isa.S7 })
			in := c.inst(i)
			in.Rs = isa.T9
			c.set(i, in)
		}},
		{"s4 written outside the check", "ops.sandbox", "writes s4 outside the table check", func(c *code) {
			c.set(c.find(0, func(_ int, in isa.Inst) bool { return in.Op == isa.ADDIU && in.Rt != isa.SP }), isa.Inst{Op: isa.ADDU, Rd: isa.S4, Rs: isa.A0})
		}},
		{"code falls into the table", "xor.sandbox", "fall through into the table", func(c *code) {
			i := c.n() - 2
			c.set(i, nopInst)
			var keep []object.Reloc
			for _, r := range c.text.Relocs {
				if r.Offset != uint32(4*i) {
					keep = append(keep, r)
				}
			}
			c.text.Relocs = keep
		}},
		{"table entry inside a sequence", "ops.sandbox", "table slot", func(c *code) {
			end := c.n()
			p := -1 // the last pair: in ops_run, whose returns are checked
			for k := 0; k < end; k++ {
				if isPair(k, c.inst(k)) {
					p = k
				}
			}
			for k := 0; ; k++ {
				off := uint32(4 * (end + k))
				w := binary.LittleEndian.Uint32(c.text.Data[off:])
				if w != uint32(4*(end-2)) { // not an empty slot (fault stub)
					binary.LittleEndian.PutUint32(c.text.Data[off:], uint32(4*(p+1)))
					break
				}
			}
		}},
		{"table check reads elsewhere", "ops.sandbox", "table check refers", func(c *code) {
			for i := range c.text.Relocs {
				if c.text.Relocs[i].Type == object.R_MIPS_HI16 && c.text.Relocs[i].Symbol.Name == "__misfit_table" {
					c.text.Relocs[i].Symbol = object.SectionSymbol(c.text)
					break
				}
			}
		}},
		{"call to a kernel function off the list", "ops.sandbox", "not graft-callable", func(c *code) {
			for i := range c.text.Relocs {
				if c.text.Relocs[i].Type == object.R_MIPS_26 && !c.text.Relocs[i].Symbol.Defined() {
					c.text.Relocs[i].Symbol = &object.Symbol{Name: "panic", Bind: object.Global}
					c.f.Symbols = append(c.f.Symbols, c.text.Relocs[i].Symbol)
					break
				}
			}
		}},
		{"jalr links into sp", "ops.sandbox", "jalr links into a dedicated register", func(c *code) {
			i := c.find(0, func(_ int, in isa.Inst) bool { return in.Op == isa.JALR })
			in := c.inst(i)
			in.Rd = isa.SP
			c.set(i, in)
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := open(t, tc.obj)
			tc.mutate(c)
			_, err := verify.Verify(c.bytes(), verify.Options{})
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v, want an error containing %q", err, tc.want)
			}
			t.Log(err)
		})
	}
}
