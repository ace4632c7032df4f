package isa

import (
	"bufio"
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"graftlab/internal/tools"
)

// symF is the symbol table of the objdump comparison: one symbol, f, at 0.
func symF(addr uint32) (string, uint32, bool) { return "f", 0, true }

// Words and the text mipsel-linux-gnu-objdump -d prints for them, at the
// given pc, with symF.
var gnuGolden = []struct {
	word uint32
	pc   uint32
	text string
}{
	{0x00000000, 0, "nop"},
	{0x00000040, 0, "ssnop"},
	{0x000000c0, 0, "ehb"},
	{0x00000140, 0, "sll\tzero,zero,0x5"},
	{0x000317c0, 0, "sll\tv0,v1,0x1f"},
	{0x00801025, 0, "move\tv0,a0"},
	{0x00041025, 0, "or\tv0,zero,a0"},
	{0x00801021, 0, "move\tv0,a0"},
	{0x00041021, 0, "addu\tv0,zero,a0"},
	{0x00041023, 0, "negu\tv0,a0"},
	{0x00041022, 0, "neg\tv0,a0"},
	{0x00801027, 0, "nor\tv0,a0,zero"},
	{0x2402fffb, 0, "li\tv0,-5"},
	{0x34028000, 0, "li\tv0,0x8000"},
	{0x2462fffb, 0, "addiu\tv0,v1,-5"},
	{0x34628000, 0, "ori\tv0,v1,0x8000"},
	{0x3062ffff, 0, "andi\tv0,v1,0xffff"},
	{0x28628000, 0, "slti\tv0,v1,-32768"},
	{0x2c62ffff, 0, "sltiu\tv0,v1,-1"},
	{0x3c031234, 0, "lui\tv1,0x1234"},
	{0x20020005, 0, "addi\tv0,zero,5"},
	{0x1000ffff, 0x50, "b\t50 <f+0x50>"},
	{0x0401ffff, 0x54, "b\t54 <f+0x54>"},
	{0x0411ffff, 0x58, "bal\t58 <f+0x58>"},
	{0x1040ffff, 0x5c, "beqz\tv0,5c <f+0x5c>"},
	{0x1002ffff, 0x60, "beq\tzero,v0,60 <f+0x60>"},
	{0x1440ffff, 0x64, "bnez\tv0,64 <f+0x64>"},
	{0x5040ffff, 0x6c, "beqzl\tv0,6c <f+0x6c>"},
	{0x5440ffff, 0x70, "bnezl\tv0,70 <f+0x70>"},
	{0x5000ffff, 0x74, "beqzl\tzero,74 <f+0x74>"},
	{0x10000001, 0, "b\t8 <f+0x8>"},
	{0x0c000406, 0x80001008, "jal\t80001018 <f+0x80001018>"},
	{0x08000000, 0x120, "j\t0 <f>"},
	{0x0320f809, 0, "jalr\tt9"},
	{0x03201009, 0, "jalr\tv0,t9"},
	{0x03200009, 0, "jalr\tzero,t9"},
	{0x03e00008, 0, "jr\tra"},
	{0x0085001a, 0, "div\tzero,a0,a1"},
	{0x0085001b, 0, "divu\tzero,a0,a1"},
	{0x00850018, 0, "mult\ta0,a1"},
	{0x0000000d, 0, "break"},
	{0x0007000d, 0, "break\t0x7"},
	{0x000700cd, 0, "break\t0x7,0x3"},
	{0x0000004d, 0, "break\t0x0,0x1"},
	{0x0000000c, 0, "syscall"},
	{0x03ffffcc, 0, "syscall\t0xfffff"},
	{0x7000003f, 0, "sdbbp"},
	{0x700000ff, 0, "sdbbp\t0x3"},
	{0x42000020, 0, "wait"},
	{0x43ffffe0, 0, "wait\t0x7ffff"},
	{0x00850034, 0, "teq\ta0,a1"},
	{0x0085fff0, 0, "tge\ta0,a1,0x3ff"},
	{0x048c7fff, 0, "teqi\ta0,32767"},
	{0x0489ffff, 0, "tgeiu\ta0,-1"},
	{0x0000000f, 0, "sync"},
	{0x0000010f, 0, "sync\t0x4"},
	{0x70851020, 0, "clz\tv0 or a1,a0"},
	{0x70821020, 0, "clz\tv0,a0"},
	{0x70851021, 0, "clo\tv0 or a1,a0"},
	{0x70800820, 0, "clz\tat,a0"},
	{0x70810020, 0, "clz\tat,a0"},
	{0x70641002, 0, "mul\tv0,v1,a0"},
	{0x40086000, 0, "mfc0\tt0,c0_status"},
	{0x40088001, 0, "mfc0\tt0,c0_config1"},
	{0x40883800, 0, "mtc0\tt0,$7"},
	{0x40083803, 0, "mfc0\tt0,$7,3"},
	{0x40089002, 0, "mfc0\tt0,c0_watchlo,2"},
	{0x4008d804, 0, "mfc0\tt0,$27,4"},
	{0xbc940008, 0, "cache\t0x14,8(a0)"},
	{0xcc850010, 0, "pref\t0x5,16(a0)"},
	{0x8c62fffc, 0, "lw\tv0,-4(v1)"},
	{0xc0620000, 0, "ll\tv0,0(v1)"},
	{0x42000018, 0, "eret"},
	{0x4200001f, 0, "deret"},
	{0x42000008, 0, "tlbp"},
	{0x41850800, 0, "mfsr\ta1,1"},
	{0x41857801, 0, "mtsr\t15,a1"},
	{0x41852002, 0, "mfsrin\ta1,a0"},
	{0x41852003, 0, "mtsrin\ta1,a0"},
	{0x46000000, 0, "add.s\t$f0,$f0,$f0"},
	{0x46800000, 0, ".word\t0x46800000"},
	{0x00221a02, 0, "ror\tv1,v0,0x8"},
	{0x00a21846, 0, "rorv\tv1,v0,a1"},
	{0x7c021c20, 0, "seb\tv1,v0"},
	{0x7c021e20, 0, "seh\tv1,v0"},
	{0x7c0218a0, 0, "wsbh\tv1,v0"},
	{0x7c4311c0, 0, "ext\tv1,v0,0x7,0x3"},
	{0x7c851004, 0, "ins\ta1,a0,0x0,0x3"},
	{0x7c8517c4, 0, "ins\ta1,a0,0x1f,0xffffffe4"},
	{0x7c03e83b, 0, "rdhwr\tv1,$29"},
	{0x7c08003b, 0, "rdhwr\tt0,hwr_cpunum"},
	{0x03200409, 0, "jalr.hb\tzero,t9"},
	{0x0320fc09, 0, "jalr.hb\tt9"},
	{0x03e00408, 0, "jr.hb\tra"},
	{0x41606000, 0, "di"},
	{0x41626020, 0, "ei\tv0"},
	{0x045f0010, 0, "synci\t16(v0)"},
	{0x44c2f800, 0, "ctc1\tv0,c1_fcsr"},
	{0x4442e800, 0, "cfc1\tv0,$29"},
	{0x44020000, 0, "mfc1\tv0,$f0"},
	{0x44e20800, 0, "mthc1\tv0,$f1"},
	{0x45010005, 0x5a0, "bc1t\t5b8 <f+0x5b8>"},
	{0x450dfffe, 0x5a4, "bc1t\t$fcc3,5a0 <f+0x5a0>"},
	{0x46220001, 0, "sub.d\t$f0,$f0,$f2"},
	{0x46020032, 0, "c.eq.s\t$f0,$f2"},
	{0x46020332, 0, "c.eq.s\t$fcc3,$f0,$f2"},
	{0x46010011, 0, "movt.s\t$f0,$f0,$fcc0"},
	{0x0100c001, 0, "movf\tt8,t0,$fcc0"},
	{0x4c850008, 0, "swxc1\t$f0,a1(a0)"},
	{0x4c80000f, 0, "prefx\t0x0,zero(a0)"},
	{0x4c4420a1, 0, "madd.d\t$f2,$f2,$f4,$f4"},
	{0xc4820008, 0, "lwc1\t$f2,8(a0)"},
	{0xf482fff8, 0, "sdc1\t$f2,-8(a0)"},
	{0x46a01021, 0, "cvt.d.l\t$f0,$f2"},
	{0xffffffff, 0, ".word\t0xffffffff"},
}

func TestGNUGolden(t *testing.T) {
	for _, g := range gnuGolden {
		if got := GNUWord(g.word, g.pc, symF); got != g.text {
			t.Errorf("GNUWord(%#08x, %#x) = %q, want %q", g.word, g.pc, got, g.text)
		}
	}
}

func TestGNUNoSymbols(t *testing.T) {
	for _, c := range []struct {
		word uint32
		pc   uint32
		text string
	}{
		{0x10000001, 0, "b\t0x8"},
		{0x0c000406, 0x80001008, "jal\t0x80001018"},
		{0x0411fffb, 0x80001010, "bal\t0x80001000"},
	} {
		if got := GNUWord(c.word, c.pc, nil); got != c.text {
			t.Errorf("GNUWord(%#08x, %#x, nil) = %q, want %q", c.word, c.pc, got, c.text)
		}
	}
	if got := (Inst{Op: ADDU, Rd: V0, Rs: A0, Rt: A1}).String(); got != "addu\tv0,a0,a1" {
		t.Errorf("String() = %q", got)
	}
	if got := (Inst{}).String(); got != "invalid" {
		t.Errorf("String() of the zero Inst = %q", got)
	}
}

// As objdump -M no-aliases prints them.
func TestGNUNoAliases(t *testing.T) {
	for _, c := range []struct {
		word uint32
		text string
	}{
		{0x00000000, "sll\tzero,zero,0x0"},
		{0x000000c0, "sll\tzero,zero,0x3"},
		{0x00801025, "or\tv0,a0,zero"},
		{0x00801021, "addu\tv0,a0,zero"},
		{0x00041023, "negu\tv0,a0"},
		{0x2402fffb, "addiu\tv0,zero,-5"},
		{0x34028000, "ori\tv0,zero,0x8000"},
		{0x1000ffff, "beq\tzero,zero,4 <f+0x4>"},
		{0x0401ffff, "bgez\tzero,4 <f+0x4>"},
		{0x0411ffff, "bgezal\tzero,4 <f+0x4>"},
		{0x1040ffff, "beq\tv0,zero,4 <f+0x4>"},
		{0x5440ffff, "bnel\tv0,zero,4 <f+0x4>"},
		{0x0320f809, "jalr\tt9"},
		{0x0085001a, "div\tzero,a0,a1"},
	} {
		inst, err := Decode(c.word)
		if err != nil {
			t.Fatal(err)
		}
		if got := GNUNoAliases(inst, 4, symF); got != c.text {
			t.Errorf("GNUNoAliases(%#08x) = %q, want %q", c.word, got, c.text)
		}
	}
}

func TestCP0Name(t *testing.T) {
	for _, c := range []struct {
		reg, sel uint8
		name     string
	}{
		{12, 0, "c0_status"}, {16, 1, "c0_config1"}, {7, 0, "$7"}, {18, 7, "c0_watchlo,7"},
		{27, 3, "c0_cacheerr,3"}, {27, 4, "$27,4"}, {12, 1, "$12,1"}, {29, 1, "c0_datahi"},
	} {
		if got := CP0Name(c.reg, c.sel); got != c.name {
			t.Errorf("CP0Name(%d, %d) = %q, want %q", c.reg, c.sel, got, c.name)
		}
	}
}

// randomWord returns a word of op with random operand fields, each field
// biased towards the values that select aliases and extremes: 0, 1, all ones.
func randomWord(r *rand.Rand, op Op) uint32 {
	info := op.Info()
	w := info.Match
	for _, f := range info.Fields {
		max := uint32(1)<<f.Width - 1
		var v uint32
		switch r.IntN(8) {
		case 0:
			v = 0
		case 1:
			v = 1
		case 2:
			v = max
		case 3:
			v = max >> 1 // the largest positive signed value
		case 4:
			v = 31 & max // ra; the largest shift
		default:
			v = r.Uint32() & max
		}
		w |= v << f.Shift
	}
	return w
}

// crossTools returns the paths of GNU as and objdump for mipsel, or skips.
func crossTools(t *testing.T) (as, objdump string) {
	t.Helper()
	as, objdump = tools.Need(t, "mipsel-linux-gnu-as"), tools.Need(t, "mipsel-linux-gnu-objdump")
	return as, objdump
}

// TestGNUAgainstObjdump assembles random words of every table row as .word
// lines, disassembles them with objdump and compares every line with GNU.
// The segment-register instructions are graftlab's own: objdump prints them
// as .word, the one allowed mismatch.
func TestGNUAgainstObjdump(t *testing.T) {
	t.Run("mips32", func(t *testing.T) { gnuAgainstObjdump(t, "mips32", SyntaxMIPS32) })
	t.Run("mips32r2", func(t *testing.T) { gnuAgainstObjdump(t, "mips32r2", SyntaxMIPS32R2) })
}

// gnuAgainstObjdump compares GNUSyntax with objdump for a file of the
// architecture march. In a MIPS32 (Release 1) file objdump does not know
// the Release 2 instructions and prints .word for them, the one other
// allowed mismatch.
func gnuAgainstObjdump(t *testing.T, march string, syntax Syntax) {
	as, objdump := crossTools(t)
	perOp := 3000
	if testing.Short() {
		perOp = 200
	}
	r := rand.New(rand.NewPCG(20, 26))
	var words []uint32
	for op := Op(1); op < numOps; op++ {
		info := op.Info()
		words = append(words, info.Match, info.Match|^info.Mask)
		for range perOp {
			words = append(words, randomWord(r, op))
		}
	}
	dir := t.TempDir()
	var src bytes.Buffer
	src.WriteString("\t.text\nf:\n")
	for _, w := range words {
		fmt.Fprintf(&src, "\t.word\t0x%08x\n", w)
	}
	sfile, ofile := filepath.Join(dir, "w.s"), filepath.Join(dir, "w.o")
	if err := os.WriteFile(sfile, src.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(as, "-march="+march, "-o", ofile, sfile).CombinedOutput(); err != nil {
		t.Fatalf("as: %v\n%s", err, out)
	}
	out, err := exec.Command(objdump, "-d", ofile).Output()
	if err != nil {
		t.Fatalf("objdump: %v", err)
	}
	lines := objdumpLines(t, out)
	reached := map[Op]int{}
	mnemonics := map[string]int{}
	bad := 0
	for i, w := range words {
		pc := uint32(4 * i)
		want, ok := lines[pc]
		if !ok {
			if w == 0 {
				continue // in a run of zero words, which objdump skips
			}
			t.Fatalf("objdump printed no line for %#x (%#08x)", pc, w)
		}
		got := ".word\t0x" + strconv.FormatUint(uint64(w), 16)
		inst, err := Decode(w)
		if err == nil {
			got = GNUSyntax(inst, pc, symF, syntax, true)
		}
		if err == nil && syntax == SyntaxMIPS32 && inst.Info().Has(FlagR2) {
			want = got // objdump does not know Release 2 in a Release 1 file: .word or "c1 0x..."
		}
		if inst.Info().Class == ClassSeg {
			want = strings.SplitN(got, "\t", 2)[0] // graftlab's own: objdump prints .word
			if !strings.HasPrefix(lines[pc], ".word") && syntax == SyntaxMIPS32 {
				t.Errorf("%#08x: objdump knows %q", w, lines[pc])
			}
			got = want
		}
		if got != want {
			if bad++; bad <= 50 {
				t.Errorf("%#08x at %#x: GNU %q, objdump %q", w, pc, got, want)
			}
			continue
		}
		reached[inst.Op]++
		mnemonics[strings.SplitN(got, "\t", 2)[0]]++
	}
	if bad > 0 {
		t.Errorf("%d of %d words differ", bad, len(words))
	}
	var missed []string
	for op := Op(1); op < numOps; op++ {
		if reached[op] == 0 {
			missed = append(missed, op.String())
		}
	}
	if len(missed) > 0 {
		t.Errorf("table rows not reached: %v", missed)
	}
	names := make([]string, 0, len(mnemonics))
	for m := range mnemonics {
		names = append(names, m)
	}
	sort.Strings(names)
	t.Logf("objdump agreed on %d words: %d of %d table rows reached; mnemonics printed: %s",
		len(words)-bad, len(reached), NumOps-1, strings.Join(names, " "))
}

// objdumpLines maps each address of objdump -d output to the instruction
// text after the hex word.
func objdumpLines(t *testing.T, out []byte) map[uint32]string {
	lines := map[uint32]string{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		// "   4:\t00851021 \taddu\tv0,a0,a1"
		addr, rest, ok := strings.Cut(sc.Text(), ":\t")
		if !ok {
			continue
		}
		a, err := strconv.ParseUint(strings.TrimSpace(addr), 16, 32)
		if err != nil {
			continue
		}
		_, text, ok := strings.Cut(rest, " \t")
		if !ok {
			t.Fatalf("unexpected objdump line %q", sc.Text())
		}
		lines[uint32(a)] = text
	}
	return lines
}

// gnuAliases are the names objdump gives to some forms of an operation.
var gnuAliases = map[Op][]string{
	SLL: {"nop", "ssnop", "ehb"}, ADDU: {"move"}, OR: {"move"}, SUBU: {"negu"}, SUB: {"neg"},
	ADDIU: {"li"}, ORI: {"li"}, BEQ: {"b", "beqz"}, BNE: {"bnez"}, BEQL: {"beqzl"},
	BNEL: {"bnezl"}, BGEZ: {"b"}, BGEZAL: {"bal"}, ROTR: {"ror"}, ROTRV: {"rorv"},
}

func FuzzGNUWord(f *testing.F) {
	for _, g := range gnuGolden {
		f.Add(g.word, g.pc)
	}
	f.Fuzz(func(t *testing.T, w, pc uint32) {
		s := GNUWord(w, pc, symF)
		inst, err := Decode(w)
		if err != nil {
			if s != ".word\t0x"+strconv.FormatUint(uint64(w), 16) {
				t.Fatalf("GNUWord(%#08x) = %q for a word that does not decode", w, s)
			}
			return
		}
		m := strings.SplitN(s, "\t", 2)[0]
		if m != inst.Op.String() && !slices.Contains(gnuAliases[inst.Op], m) {
			t.Fatalf("GNUWord(%#08x) = %q: mnemonic is not %s", w, s, inst.Op)
		}
		if strings.ContainsAny(s, "\n\x00") || strings.Contains(s, "?") {
			t.Fatalf("GNUWord(%#08x) = %q", w, s)
		}
	})
}
