package asm

import (
	"encoding/binary"
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
	"time"

	"graftlab/isa"
	"graftlab/loader/object"
)

// fuzzOptions keep one fuzz input cheap: small limits, and includes read
// from the corpus files only.
func fuzzOptions(files map[string][]byte) Options {
	return Options{
		MaxStatements:  20000,
		MaxSectionSize: 1 << 20,
		Optimize:       GNUDefaultOptimize, // delay-slot filling, as -O2
		MIPSSections:   true,
		ReadFile: func(name string) ([]byte, error) {
			if b, ok := files[filepath.Base(name)]; ok {
				return b, nil
			}
			return nil, errors.New("no such file")
		},
	}
}

func corpusSources(f *testing.F) map[string][]byte {
	files := map[string][]byte{}
	for _, dir := range corpusDirs {
		m, _ := filepath.Glob(filepath.Join("testdata", dir, "*"))
		for _, path := range m {
			if ext := filepath.Ext(path); ext != ".s" && ext != ".inc" {
				continue
			}
			b, err := os.ReadFile(path)
			if err != nil {
				f.Fatal(err)
			}
			files[filepath.Base(path)] = b
		}
	}
	return files
}

// FuzzAssemble checks that no source makes Assemble panic or run away, and
// that whatever it accepts marshals to an object that parses back.
func FuzzAssemble(f *testing.F) {
	files := corpusSources(f)
	for _, b := range files {
		f.Add(b)
	}
	for _, s := range []string{
		".macro m\nm\n.endm\nm\n", ".rept 1000000\n.rept 1000000\nnop\n.endr\n.endr\n",
		".include \"x.s\"\n", "1: b 1f\n1: b 1b\n", ".space 0x7fffffff\n", "x = x + 1\n.word x\n",
		"\t.word 1f - 1b\n", "li $2, %hi(x)+%lo(y)\n", ".set push\n.set pop\n.set pop\n",
		".gnu_attribute 4, 3\n.gnu_attribute 5, \"s\"\n.gnu_attribute 32, 1, \"c\"\n",
		".gnu_attribute Tag_GNU_MIPS_ABI_FP, 1\n.gnu_attribute 3, 1\n",
		".ent f\nf: .frame $sp, 8, $31\n.mask 0x80000000, -4\n.fmask 0, 0\njr $31\n.end f\n.end\n",
		".ent f\n.frame sp, x, $99\n.end\n", "lui $2, %hi(zero)\nlw $2, %lo(sp)($2)\n",
		"addiu $2,$2,1\n1: jal 1b\n.set nomove\nlui $4, 1\njal 1b\n.set volatile\n", ".asciiz \"a\"\n.nop\n",
		".module softfloat\n.module fp=xx\n.module nooddspreg\n",
	} {
		f.Add([]byte(s))
	}
	opt := fuzzOptions(files)
	f.Fuzz(func(t *testing.T, src []byte) {
		start := time.Now()
		defer func() {
			if d := time.Since(start); d > 10*time.Second {
				t.Fatalf("took %v", d)
			}
		}()
		obj, err := Assemble("fuzz.s", src, opt)
		if err != nil {
			var list ErrorList
			if !errors.As(err, &list) || len(list) == 0 {
				t.Fatalf("error is not a non-empty ErrorList: %v", err)
			}
			return
		}
		b, err := obj.Marshal()
		if err != nil {
			t.Fatalf("Marshal: %v", err)
		}
		if _, err := object.Parse(b); err != nil {
			t.Fatalf("Parse: %v", err)
		}
	})
}

// fuzzPC is where FuzzDisasmAsm places the instruction.
const fuzzPC = 0

// FuzzDisasmAsm checks that the disassembler's text assembles back to the
// word: exactly for isa.GNUNoAliases, and for isa.GNUWord up to objdump's
// ambiguous aliases (allowedAlias). Branch and jump targets print as
// addresses; the instruction sits at offset fuzzPC of its section, where
// graftlab reads a constant target as a section offset (modulo 2**32, so
// that a branch back from offset 0 works).
func FuzzDisasmAsm(f *testing.F) {
	for _, w := range []uint32{0x00851021, 0x1080ffff, 0x0411ffff, 0x24020005, 0x40086000, 0x40088001,
		0x0007000d, 0x000700cd, 0x0000014c, 0x008501f4, 0x0320f809, 0x0c000000, 0x0000010f,
		0xbc940008, 0x42000160, 0x700000ff, 0x3c031234, 0x34028000, 0x8c62fffc, 0x70851020,
		0xcc850010, 0x00001025, 0x00601021, 0x1000ffff, 0x0401ffff, 0x34020005, 0x41850800,
		0x41850801, 0x41852002, 0x41852003, 0x08000040, 0x00000040, 0x000000c0, 0x03e00008,
		0x00221a02, 0x00a21846, 0x7c4311c0, 0x7c851004, 0x7c03e83b, 0x41606000, 0x46020332,
		0x450dfffe, 0x4c850008, 0x4c4420a1, 0xc4820008, 0x44c2f800, 0x46a01021} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w uint32) {
		if _, err := isa.Decode(w); err == nil {
			checkDisasmAsm(t, w)
		}
	})
}

// TestDisasmAsmEveryOp runs the FuzzDisasmAsm check on random words of
// every operation, so that each form is reached without fuzzing.
func TestDisasmAsmEveryOp(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for op := isa.Op(1); op.Valid(); op++ {
		info := op.Info()
		for range 200 {
			w := info.Match | r.Uint32()&^info.Mask
			if isa.Lookup(w) != op {
				continue // a more specific operation owns the word
			}
			checkDisasmAsm(t, w)
		}
	}
}

func checkDisasmAsm(t *testing.T, w uint32) {
	t.Helper()
	if inst := mustDecode(w); inst.Op == isa.EXT && uint(inst.Sa)+uint(inst.Rd) >= 32 || inst.Op == isa.INS && inst.Rd < isa.Reg(inst.Sa) {
		return // a field past bit 31: no size operand gives it, in GNU as either
	}
	plain := isa.GNUNoAliases(mustDecode(w), fuzzPC, nil)
	if got, err := assembleAt(plain); err != nil || got != w && !clzPair(w, got) {
		t.Fatalf("%#08x: %q assembles to %#08x (%v)", w, plain, got, err)
	}
	text := isa.GNUWord(w, fuzzPC, nil)
	if mustDecode(w).Info().Has(isa.FlagR2) {
		text = ".set mips32r2\n\t" + text // objdump's ror is rotr in a Release 2 file
	}
	got, err := assembleAt(text)
	if err != nil {
		t.Fatalf("%#08x: %q: %v", w, text, err)
	}
	if got != w && !allowedAlias(w, got) {
		t.Fatalf("%#08x: %q assembles to %#08x (%s)", w, text, got, isa.GNUWord(got, fuzzPC, nil))
	}
}

func mustDecode(w uint32) isa.Inst {
	inst, err := isa.Decode(w)
	if err != nil {
		panic(err)
	}
	return inst
}

// assembleAt assembles one instruction at offset fuzzPC of .text.
func assembleAt(text string) (uint32, error) {
	obj, err := Assemble("disasm.s", []byte("\t.set noreorder\n\t"+text+"\n"), Options{})
	if err != nil {
		return 0, err
	}
	data := obj.Section(".text").Data
	if len(data) < fuzzPC+4 {
		return 0, errors.New("no instruction")
	}
	return binary.LittleEndian.Uint32(data[fuzzPC:]), nil
}

// clzPair reports whether w2 is how objdump's text of w, a clz or clo
// whose rd and rt differ with one of them zero (an encoding MIPS32 leaves
// unpredictable), assembles: objdump names only the non-zero register, and
// GNU as (like graftlab) puts a single register in both fields.
func clzPair(w, w2 uint32) bool {
	a, b := mustDecode(w), mustDecode(w2)
	return (a.Op == isa.CLZ || a.Op == isa.CLO) && b.Op == a.Op && a.Rs == b.Rs &&
		(a.Rd == isa.Zero || a.Rt == isa.Zero) && b.Rd == b.Rt && b.Rd == max(a.Rd, a.Rt)
}

// allowedAlias reports whether w2 is what assembling objdump's text for w
// must give although it differs from w: objdump prints "move" for both addu
// and or with rt = zero, "b" for both beq zero,zero and bgez zero, and "li"
// for both addiu and ori from zero (GNU as picks addiu when the value fits).
func allowedAlias(w, w2 uint32) bool {
	a, b := mustDecode(w), mustDecode(w2)
	switch {
	case clzPair(w, w2):
		return true
	case a.Op == isa.ADDU && b.Op == isa.OR:
		return a.Rd == b.Rd && a.Rs == b.Rs && a.Rt == isa.Zero && b.Rt == isa.Zero
	case a.Op == isa.BGEZ && b.Op == isa.BEQ:
		return a.Rs == isa.Zero && b.Rs == isa.Zero && b.Rt == isa.Zero && a.Imm == b.Imm
	case a.Op == isa.ORI && b.Op == isa.ADDIU:
		return a.Rs == isa.Zero && b.Rs == isa.Zero && a.Rt == b.Rt && a.Imm == b.Imm
	}
	return false
}
