package asm

import (
	"fmt"
	"strings"

	"graftlab/isa"
)

// arg is a matched operand.
type arg struct {
	letter byte
	reg    isa.Reg
	num    int64   // a constant operand (for j/i/u/m: the 16-bit field value)
	konst  bool    // num is the operand's value
	expr   *node   // the expression, when there is one
	val    value   // its value when the instruction was read
	rel    relocOp // the relocation a 16-bit operand needs when it is not constant
	base   isa.Reg // m and M
	pos    int
}

// match is a form with its operands.
type match struct {
	form *form
	args []arg
}

// matchErr tells why a form did not match.
type matchErr struct {
	operand int // 1-based; 0 for the operand count
	pos     int
	msg     string
}

// instruction assembles an instruction statement.
func (a *assembler) instruction(name string, pos int, c *cursor) {
	list, ok := forms[name]
	if !ok {
		a.errAt(pos, "unknown instruction %s", name)
		return
	}
	toks := a.tokenize(c)
	for _, t := range toks {
		if t.bad {
			return
		}
	}
	var best *matchErr
	for _, lax := range []bool{false, true} {
		for _, f := range list {
			m, err := a.match(f, toks, lax)
			if err == nil {
				if formHits != nil {
					formHits[f]++
				}
				a.build(m)
				return
			}
			if best == nil || err.operand > best.operand ||
				err.operand == best.operand && errRank(err.msg) > errRank(best.msg) {
				best = err
			}
		}
	}
	if best.operand == 0 {
		a.errAt(pos, "invalid operands for %s", name)
		return
	}
	a.errAt(best.pos, "%s: operand %d %s", name, best.operand, best.msg)
}

// formHits counts the forms matched, when a test sets it.
var formHits map[*form]int

// errRank orders the reasons a form failed, most telling first: among
// forms that fail at the same operand, the reported reason is the one
// that says most about what was written.
func errRank(msg string) int {
	switch {
	case strings.HasPrefix(msg, "out of range"):
		return 3
	case strings.HasPrefix(msg, "must be a constant"):
		return 2
	}
	return 1
}

// match tries to read the operands as form f. Laxly, a 16-bit immediate
// may be a symbol (it gets an R_MIPS_LO16) and a signed one may be written
// as unsigned (0x8000-0xffff), as GNU as allows when nothing else fits.
func (a *assembler) match(f *form, toks []*token, lax bool) (*match, *matchErr) {
	n := len(f.letters)
	if len(toks) == n-1 {
		k := -1
		for i, l := range f.letters {
			if l == 'v' || l == 'r' || l == 'w' {
				k = i
			}
		}
		if k < 0 {
			return nil, &matchErr{}
		}
		toks = append(append(append([]*token(nil), toks[:k]...), toks[0]), toks[k:]...)
	} else if len(toks) != n {
		return nil, &matchErr{}
	}
	m := &match{form: f, args: make([]arg, n)}
	for i, l := range f.letters {
		t := toks[i]
		g := &m.args[i]
		g.letter, g.pos = l, t.pos
		fail := func(format string, args ...any) (*match, *matchErr) {
			return nil, &matchErr{operand: i + 1, pos: t.pos, msg: fmt.Sprintf(format, args...)}
		}
		if t.either && l != 'U' {
			return fail("must not be a pair of registers")
		}
		if (t.isFPR || t.isFCC || t.hasIndex) && strings.IndexByte("DETRNX", l) < 0 {
			return fail("must not be an FPU register or an indexed address")
		}
		if t.isReg && t.bare && strings.IndexByte("IcqBJ1kH<jiuMpaLZYh", l) >= 0 {
			t = a.bareSymbol(t) // where a register cannot stand, v0 is a symbol
		}
		switch l {
		case 'U':
			if rd, rt, ok := parseEitherReg(t.text); ok {
				g.reg, g.num = rd, int64(rt)
				break
			}
			if !t.isReg {
				return fail("must be a general-purpose register")
			}
			g.reg, g.num = t.reg, int64(t.reg)
		case 'd', 's', 't', 'v', 'r', 'w':
			if !t.isReg || t.bare && f.dollar {
				return fail("must be a general-purpose register")
			}
			g.reg = t.reg
		case 'z':
			if !t.isReg || t.reg != 0 {
				return fail("must be $0")
			}
		case 'G':
			r, sel, ok := parseCP0(t.text)
			if !ok {
				return fail("must be a CP0 register ($0-$31)")
			}
			if sel != 0 && strings.IndexByte(string(f.letters), 'H') >= 0 {
				return fail("names a select already")
			}
			g.num = int64(r) | int64(sel)<<8
		case 'S':
			r, ok := parseSR(t.text)
			if !ok {
				return fail("must be a segment register ($sr0-$sr15)")
			}
			g.num = int64(r)
		case 'D', 'E', 'T', 'R':
			if !t.isFPR {
				return fail("must be an FPU register ($f0-$f31)")
			}
			g.num = int64(t.fnum)
		case 'N':
			if !t.isFCC {
				return fail("must be a condition code ($fcc0-$fcc7)")
			}
			g.num = int64(t.fnum)
		case 'F', 'K':
			names := map[byte]map[string]uint8{'F': fcrNames, 'K': hwrNames}[l]
			n, ok := parseNamedReg(t.text, names)
			if !ok {
				return fail("must be %s", map[byte]string{'F': "an FPU control register", 'K': "a hardware register"}[l])
			}
			g.num = int64(n)
		case 'X':
			if !t.hasIndex {
				return fail("must be an index(base) memory operand")
			}
			g.reg, g.base = t.index, t.base
		case 'I', 'c', 'q', 'B', 'J', '1', 'k', 'H', '<', 'L', 'Z', 'Y', 'h':
			v, msg := a.constOperand(t)
			if msg != "" {
				return fail("%s", msg)
			}
			if (l == 'Z' || l == 'Y') && v < 1 {
				return fail("out of range (1-32)")
			}
			if l != 'I' && (v < 0 || v > intLimit[l]) {
				return fail("out of range (0-%d)", intLimit[l])
			}
			if l == 'I' {
				v = normalize32(v)
			}
			g.num, g.konst = v, true
		case 'j', 'i', 'u', 'm':
			if l == 'm' && (!t.hasBase || t.hasIndex) || l != 'm' && (t.isReg || t.hasBase) {
				return fail("must be %s", map[bool]string{true: "an offset(base) memory operand", false: "an immediate"}[l == 'm'])
			}
			g.base = t.base
			if msg := a.imm16(g, t, l != 'i' && l != 'u', lax); msg != "" {
				return fail("%s", msg)
			}
		case 'M':
			if t.isReg || t.expr == nil && !t.hasBase {
				return fail("must be an address")
			}
			g.base = t.base
			if t.expr == nil {
				g.konst = true
				break
			}
			v, err := a.tokenValue(t)
			if err != nil {
				return fail("%s", err.msg)
			}
			g.expr, g.val, g.rel = t.expr, v, t.rel
			g.konst = v.isConst() && t.rel == relNone
			g.num = v.off
		case 'p', 'a':
			if t.isReg || t.hasBase || t.rel != relNone {
				return fail("must be a %s target", map[byte]string{'p': "branch", 'a': "jump"}[l])
			}
			v, err := a.tokenValue(t)
			if err != nil {
				return fail("%s", err.msg)
			}
			g.expr, g.val, g.konst, g.num = t.expr, v, v.isConst(), v.off
		}
	}
	return m, nil
}

// bareSymbol returns the token of a name without '$' that reads as a
// register, read as a symbol instead.
func (a *assembler) bareSymbol(t *token) *token {
	if t.asSymbol == nil {
		t.asSymbol = &token{pos: t.pos, text: t.text, expr: &node{op: 's', sym: a.lookupAt(t.text, t.pos), pos: t.pos}}
	}
	return t.asSymbol
}

// intLimit is the largest value of each integer operand letter.
var intLimit = map[byte]int64{'c': 1023, 'q': 1023, 'B': 1<<20 - 1, 'J': 1<<19 - 1, '1': 31, 'k': 31, 'H': 7, '<': 31,
	'L': 31, 'Z': 32, 'Y': 32, 'h': 31}

// tokenValue evaluates an operand's expression as things stand.
func (a *assembler) tokenValue(t *token) (value, *exprError) {
	return a.eval(t.expr, false)
}

// constOperand returns the value of an operand that must be a constant.
func (a *assembler) constOperand(t *token) (int64, string) {
	if t.isReg || t.hasBase || t.expr == nil {
		return 0, "must be a constant"
	}
	if t.rel != relNone {
		return 0, "must be a constant (not a relocation)"
	}
	v, err := a.tokenValue(t)
	if err != nil {
		return 0, err.msg
	}
	if !v.isConst() {
		return 0, "must be a constant"
	}
	return v.off, ""
}

// imm16 matches a 16-bit immediate that a relocation may fill.
func (a *assembler) imm16(g *arg, t *token, signed, lax bool) string {
	if t.expr == nil { // "(base)"
		g.konst = true
		return ""
	}
	v, err := a.tokenValue(t)
	if err != nil {
		return err.msg
	}
	g.expr, g.val = t.expr, v
	if t.rel != relNone {
		g.rel = t.rel
		if v.isConst() {
			g.num, g.konst = applyReloc(t.rel, v.off), true
		}
		return ""
	}
	if !v.isConst() {
		if !lax {
			return "must be a constant"
		}
		g.rel = relLo
		return ""
	}
	lo, hi := int64(0), int64(0xffff)
	if signed {
		lo, hi = -0x8000, 0x7fff
		if lax {
			hi = 0xffff
		}
	}
	if v.off < lo || v.off > hi {
		return fmt.Sprintf("out of range (%d to %d)", lo, hi)
	}
	g.num, g.konst = v.off, true
	return ""
}

// normalize32 sign-extends a constant that fits in 32 unsigned bits, as
// GNU as does for 32-bit registers.
func normalize32(v int64) int64 {
	if v >= 0 && v <= 0xffffffff {
		return int64(int32(v))
	}
	return v
}

// build emits a matched form.
func (a *assembler) build(m *match) {
	if m.form.macro != nil {
		a.runMacro(m)
		return
	}
	inst := m.form.fixed
	inst.Op = m.form.op
	var fix *instFixup
	for i := range m.args {
		g := &m.args[i]
		switch g.letter {
		case 'd':
			inst.Rd = g.reg
		case 's', 'v', 'r':
			inst.Rs = g.reg
		case 't', 'w':
			inst.Rt = g.reg
		case 'U':
			inst.Rd, inst.Rt = g.reg, isa.Reg(g.num)
		case 'G':
			inst.Rd, inst.Sel = isa.Reg(g.num&0xff), inst.Sel|uint8(g.num>>8)
		case 'S':
			inst.Rd = isa.Reg(g.num)
		case 'H':
			inst.Sel |= uint8(g.num)
		case '<', '1':
			inst.Sa = uint8(g.num)
		case 'k':
			inst.Rt = isa.Reg(g.num)
		case 'c':
			inst.Code |= uint32(g.num) << 10
		case 'q', 'B', 'J':
			inst.Code |= uint32(g.num)
		case 'j', 'm':
			inst.Imm, fix = a.immField(g, true, fix)
			if g.letter == 'm' {
				inst.Rs = g.base
			}
		case 'i', 'u':
			inst.Imm, fix = a.immField(g, false, fix)
		case 'p':
			fix = &instFixup{kind: fixBranch, expr: g.expr, val: g.val}
		case 'D':
			inst.Fd = isa.FReg(g.num)
		case 'E':
			inst.Fs = isa.FReg(g.num)
		case 'T':
			inst.Ft = isa.FReg(g.num)
		case 'R':
			inst.Fr = isa.FReg(g.num)
		case 'N':
			inst.CC = uint8(g.num)
		case 'F', 'K', 'h':
			inst.Rd = isa.Reg(g.num)
		case 'X':
			inst.Rt, inst.Rs = g.reg, g.base
		case 'L':
			inst.Sa = uint8(g.num)
		case 'Z', 'Y':
			// The size: after the position, which came first.
			pos := int64(inst.Sa)
			if pos+g.num > 32 {
				a.errAt(g.pos, "%s: position %d and size %d pass bit 31", inst.Op, pos, g.num)
				return
			}
			if g.letter == 'Z' {
				inst.Rd = isa.Reg(g.num - 1)
			} else {
				inst.Rd = isa.Reg(pos + g.num - 1)
			}
		case 'a':
			if g.konst {
				if g.num&3 != 0 {
					a.errAt(g.pos, "jump target %#x is not word aligned", g.num)
					return
				}
				inst.Target = uint32(g.num>>2) & 0x03ffffff
			} else {
				fix = &instFixup{kind: fixJump, expr: g.expr, val: g.val}
			}
		}
	}
	a.emitInst(inst, fix)
}

// immField returns the 16-bit immediate of a matched operand, or a fixup.
func (a *assembler) immField(g *arg, signed bool, fix *instFixup) (int32, *instFixup) {
	if g.konst {
		if signed {
			return int32(int16(uint16(g.num))), fix
		}
		return int32(uint16(g.num)), fix
	}
	kind := map[relocOp]fixKind{relHi: fixHi16, relLo: fixLo16, relGPRel: fixGPRel16, relGot: fixGot16, relCall16: fixCall16}[g.rel]
	return 0, &instFixup{kind: kind, expr: g.expr, val: g.val}
}

// runMacro expands a macro instruction and checks the .set noat and
// .set nomacro rules.
func (a *assembler) runMacro(m *match) {
	a.macroInsns = 0
	a.usedAT = false
	m.form.macro(a, m)
	if a.usedAT && !a.set.at {
		a.err("macro used $at after \".set noat\"")
	}
	if !a.set.macro && a.macroInsns > 1 {
		a.err("macro instruction expanded into %d instructions (\".set nomacro\" is in effect)", a.macroInsns)
	}
}
