package asm

import (
	"math/bits"
)

// node is a parsed expression. Expressions are kept as trees so that a
// fixup can evaluate its expression again once every symbol is known; a
// '.' in the source is replaced by a label at the place it was read.
type node struct {
	op   byte // 'n' number, 's' symbol, 'u' unary (with uop), 'b' binary (with bop)
	uop  byte // '-', '~', '!'
	bop  binop
	num  int64
	sym  *symbol
	l, r *node
	pos  int // column of the node's start in its line
}

type binop uint8

const (
	opLogOr binop = iota + 1
	opLogAnd
	opEq
	opNe
	opLt
	opLe
	opGt
	opGe
	opAdd
	opSub
	opAnd
	opXor
	opOr
	opOrNot
	opMul
	opDiv
	opMod
	opShl
	opShr
)

// rank is GNU as's operator precedence (higher binds tighter).
func (op binop) rank() int {
	switch op {
	case opLogOr:
		return 2
	case opLogAnd:
		return 3
	case opEq, opNe, opLt, opLe, opGt, opGe:
		return 4
	case opAdd, opSub:
		return 5
	case opAnd, opXor, opOr, opOrNot:
		return 7
	}
	return 8
}

// binaryOp reads a binary operator at the cursor without consuming it.
func binaryOp(c *cursor) (binop, int) {
	c.skipSpace()
	two := ""
	if c.pos+1 < c.end {
		two = c.s[c.pos : c.pos+2]
	}
	switch two {
	case "||":
		return opLogOr, 2
	case "&&":
		return opLogAnd, 2
	case "==":
		return opEq, 2
	case "!=", "<>":
		return opNe, 2
	case "<=":
		return opLe, 2
	case ">=":
		return opGe, 2
	case "<<":
		return opShl, 2
	case ">>":
		return opShr, 2
	}
	switch c.peek() {
	case '+':
		return opAdd, 1
	case '-':
		return opSub, 1
	case '*':
		return opMul, 1
	case '/':
		return opDiv, 1
	case '%':
		return opMod, 1
	case '&':
		return opAnd, 1
	case '^':
		return opXor, 1
	case '|':
		return opOr, 1
	case '!':
		return opOrNot, 1
	case '<':
		return opLt, 1
	case '>':
		return opGt, 1
	case '=':
		return opEq, 1
	}
	return 0, 0
}

// maxExprDepth bounds the nesting of parentheses and unary operators.
const maxExprDepth = 200

// parseExpr parses an expression at the cursor. It reports errors itself
// and returns nil after one.
func (a *assembler) parseExpr(c *cursor) *node { return a.parseBinary(c, 1, 0) }

func (a *assembler) parseBinary(c *cursor, minRank, depth int) *node {
	left := a.parseOperand(c, depth)
	if left == nil {
		return nil
	}
	for {
		op, n := binaryOp(c)
		if n == 0 || op.rank() < minRank {
			return left
		}
		c.pos += n
		right := a.parseBinary(c, op.rank()+1, depth+1)
		if right == nil {
			return nil
		}
		left = &node{op: 'b', bop: op, l: left, r: right, pos: left.pos}
	}
}

func (a *assembler) parseOperand(c *cursor, depth int) *node {
	c.skipSpace()
	pos := c.pos
	if depth > maxExprDepth {
		a.errAt(pos, "expression nested too deeply")
		return nil
	}
	ch := c.peek()
	switch {
	case ch == '(':
		c.pos++
		n := a.parseBinary(c, 1, depth+1)
		if n == nil {
			return nil
		}
		if !c.accept(')') {
			a.errAt(c.pos, "missing ')'")
			return nil
		}
		return n
	case ch == '-' || ch == '~' || ch == '!' || ch == '+':
		c.pos++
		x := a.parseOperand(c, depth+1)
		if x == nil || ch == '+' {
			return x
		}
		return &node{op: 'u', uop: ch, l: x, pos: pos}
	case isDigit(ch):
		return a.parseNumber(c)
	case ch == '\'':
		c.pos++
		if c.pos >= c.end {
			a.errAt(pos, "missing character after '")
			return nil
		}
		var v byte
		if c.s[c.pos] == '\\' && c.pos+1 < c.end {
			c.pos++
			v = a.escape(c)
		} else {
			v = c.s[c.pos]
		}
		c.pos++
		if c.peek() == '\'' {
			c.pos++
		}
		return &node{op: 'n', num: int64(v), pos: pos}
	case isNameStart(ch):
		name := c.name()
		if name == "." {
			return &node{op: 's', sym: a.dotSymbol(), pos: pos}
		}
		if _, ok := parseGPR(name, false); ok && name[0] == '$' {
			a.errAt(pos, "register %s used as an expression", name)
			return nil
		}
		return &node{op: 's', sym: a.lookupAt(name, pos), pos: pos}
	case ch == 0:
		a.errAt(pos, "missing expression")
	default:
		a.errAt(pos, "bad expression: unexpected %q", ch)
	}
	return nil
}

// parseNumber reads a number or a numeric local label reference (1f, 2b).
func (a *assembler) parseNumber(c *cursor) *node {
	pos := c.pos
	base := uint64(10)
	start := c.pos
	if c.peek() == '0' {
		switch c.peekAt(1) {
		case 'x', 'X':
			if isHex(c.peekAt(2)) {
				base, start = 16, c.pos+2
			}
		case 'b', 'B':
			if b := c.peekAt(2); b == '0' || b == '1' {
				base, start = 2, c.pos+2
			}
		default:
			if isDigit(c.peekAt(1)) {
				base, start = 8, c.pos+1
			}
		}
	}
	if base == 10 {
		// A local label reference: digits then 'b' or 'f'.
		i := c.pos
		for i < c.end && isDigit(c.s[i]) {
			i++
		}
		if i < c.end && (c.s[i] == 'b' || c.s[i] == 'f') && (i+1 >= c.end || !isNameChar(c.s[i+1])) {
			label := c.s[c.pos:i]
			c.pos = i + 1
			sym := a.localLabelRef(label, c.s[i] == 'f', pos)
			if sym == nil {
				a.errAt(pos, "local label %s%c is not defined", label, c.s[i])
				return nil
			}
			return &node{op: 's', sym: sym, pos: pos}
		}
	}
	c.pos = start
	var v uint64
	overflow := false
	for c.pos < c.end && isHex(c.s[c.pos]) {
		d := uint64(hexVal(c.s[c.pos]))
		if d >= base {
			if base == 16 || !isDigit(c.s[c.pos]) {
				break
			}
			a.errAt(c.pos, "bad digit %q in number", c.s[c.pos])
			return nil
		}
		hi, lo := bits.Mul64(v, base)
		lo, carry := bits.Add64(lo, d, 0)
		if hi != 0 || carry != 0 {
			overflow = true
		}
		v = lo
		c.pos++
	}
	if overflow {
		a.errAt(pos, "number %s does not fit in 64 bits", c.s[pos:c.pos])
		return nil
	}
	if c.pos < c.end && isNameChar(c.s[c.pos]) {
		a.errAt(c.pos, "bad character %q in number", c.s[c.pos])
		return nil
	}
	return &node{op: 'n', num: int64(v), pos: pos}
}

// relocOp is a relocation operator written in an operand.
type relocOp uint8

const (
	relNone relocOp = iota
	relHi
	relLo
	relGPRel
	relGot    // %got: R_MIPS_GOT16 (position-independent code)
	relCall16 // %call16: R_MIPS_CALL16
)

// parseRelocExpr parses an operand expression that may start with a
// relocation operator: %hi(x), %lo(x)+4 (meaning %lo(x+4)), %gp_rel(x).
func (a *assembler) parseRelocExpr(c *cursor) (relocOp, *node) {
	c.skipSpace()
	if c.peek() != '%' {
		return relNone, a.parseExpr(c)
	}
	pos := c.pos
	c.pos++
	name := c.name()
	var op relocOp
	switch name {
	case "hi":
		op = relHi
	case "lo":
		op = relLo
	case "gp_rel", "gprel":
		op = relGPRel
	case "got":
		op = relGot
	case "call16":
		op = relCall16
	case "":
		a.errAt(pos, "missing relocation operator after %%")
		return relNone, nil
	default:
		a.errAt(pos, "relocation operator %%%s is not supported (only %%hi, %%lo, %%gp_rel, %%got and %%call16)", name)
		return relNone, nil
	}
	c.skipSpace()
	if c.peek() != '(' {
		a.errAt(c.pos, "expected '(' after %%%s", name)
		return relNone, nil
	}
	return op, a.parseExpr(c)
}

// applyReloc computes the field value of a relocation operator on a
// constant.
func applyReloc(op relocOp, v int64) int64 {
	switch op {
	case relHi:
		return (v + 0x8000) >> 16 & 0xffff
	case relLo, relGPRel:
		return v & 0xffff
	}
	return v
}

// absolute parses and evaluates an expression that must be a constant now.
func (a *assembler) absolute(c *cursor) (int64, bool) {
	n := a.parseExpr(c)
	if n == nil {
		return 0, false
	}
	v, err := a.eval(n, false)
	if err != nil {
		a.errAt(err.pos, "%s", err.msg)
		return 0, false
	}
	if !v.isConst() {
		a.errAt(n.pos, "expression must be a constant")
		return 0, false
	}
	return v.off, true
}
