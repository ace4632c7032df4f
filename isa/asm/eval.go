package asm

import "fmt"

// value is an evaluated expression: off plus the address of sym (when not
// nil) minus the address of sub (when not nil).
type value struct {
	sym *symbol
	sub *symbol
	off int64
}

func (v value) isConst() bool { return v.sym == nil && v.sub == nil }

// exprError is an evaluation error at a column.
type exprError struct {
	pos int
	msg string
}

func (e *exprError) Error() string { return e.msg }

func evalErr(n *node, format string, args ...any) *exprError {
	return &exprError{pos: n.pos, msg: fmt.Sprintf(format, args...)}
}

// eval evaluates n. Before the end of the source (final false) only what is
// known so far counts; at the end (final) every label has its place.
func (a *assembler) eval(n *node, final bool) (value, *exprError) {
	return a.evalDepth(n, final, 0)
}

func (a *assembler) evalDepth(n *node, final bool, depth int) (value, *exprError) {
	if depth > maxExprDepth*4 {
		return value{}, evalErr(n, "expression nested too deeply")
	}
	switch n.op {
	case 'n':
		return value{off: n.num}, nil
	case 's':
		return a.symbolValue(n, final, depth)
	case 'u':
		x, err := a.evalDepth(n.l, final, depth+1)
		if err != nil {
			return x, err
		}
		if !x.isConst() {
			return value{}, evalErr(n, "operand of unary %c is not a constant", n.uop)
		}
		switch n.uop {
		case '-':
			x.off = -x.off
		case '~':
			x.off = ^x.off
		case '!':
			x.off = b2i(x.off == 0)
		}
		return x, nil
	}
	x, err := a.evalDepth(n.l, final, depth+1)
	if err != nil {
		return x, err
	}
	y, err := a.evalDepth(n.r, final, depth+1)
	if err != nil {
		return y, err
	}
	switch n.bop {
	case opAdd:
		switch {
		case y.isConst():
			x.off += y.off
			return x, nil
		case x.isConst():
			y.off += x.off
			return y, nil
		}
		return value{}, evalErr(n, "cannot add two relocatable values")
	case opSub:
		return a.subtract(n, x, y, final)
	}
	if !x.isConst() || !y.isConst() {
		return value{}, evalErr(n, "operands of this operator must be constants")
	}
	return constOp(n, x.off, y.off)
}

func constOp(n *node, l, r int64) (value, *exprError) {
	var v int64
	switch n.bop {
	case opMul:
		v = l * r
	case opDiv, opMod:
		if r == 0 {
			return value{}, evalErr(n, "division by zero")
		}
		if r == -1 { // avoid the overflow trap of MinInt64 / -1
			if n.bop == opDiv {
				v = -l
			}
			break
		}
		if n.bop == opDiv {
			v = l / r
		} else {
			v = l % r
		}
	case opShl:
		if uint64(r) < 64 {
			v = l << uint64(r)
		}
	case opShr:
		if uint64(r) < 64 {
			v = int64(uint64(l) >> uint64(r))
		}
	case opAnd:
		v = l & r
	case opXor:
		v = l ^ r
	case opOr:
		v = l | r
	case opOrNot:
		v = l | ^r
	case opEq:
		v = -b2i(l == r)
	case opNe:
		v = -b2i(l != r)
	case opLt:
		v = -b2i(l < r)
	case opLe:
		v = -b2i(l <= r)
	case opGt:
		v = -b2i(l > r)
	case opGe:
		v = -b2i(l >= r)
	case opLogAnd:
		v = b2i(l != 0 && r != 0)
	case opLogOr:
		v = b2i(l != 0 || r != 0)
	}
	return value{off: v}, nil
}

func b2i(b bool) int64 {
	if b {
		return 1
	}
	return 0
}

// subtract computes x - y. Two labels of one section subtract to a
// constant once both have their place; other differences wait.
func (a *assembler) subtract(n *node, x, y value, final bool) (value, *exprError) {
	if y.isConst() {
		x.off -= y.off
		return x, nil
	}
	if x.sub != nil || y.sub != nil || x.sym == nil {
		return value{}, evalErr(n, "expression too complex")
	}
	if x.sym == y.sym {
		return value{off: x.off - y.off}, nil
	}
	xs, ys := x.sym, y.sym
	if xs.kind == symLabel && ys.kind == symLabel && xs.sec == ys.sec && xs.placed(final) && ys.placed(final) {
		return value{off: int64(xs.off) + x.off - int64(ys.off) - y.off}, nil
	}
	return value{sym: xs, sub: ys, off: x.off - y.off}, nil
}

// symbolValue evaluates a symbol reference.
func (a *assembler) symbolValue(n *node, final bool, depth int) (value, *exprError) {
	s := n.sym
	switch s.kind {
	case symAbs:
		return value{off: s.value}, nil
	case symEqu:
		if s.evaluating {
			return value{}, evalErr(n, "symbol %s is defined in terms of itself", s.name)
		}
		s.evaluating = true
		v, err := a.evalDepth(s.expr, final, depth+1)
		s.evaluating = false
		if err != nil {
			return v, &exprError{pos: n.pos, msg: fmt.Sprintf("in value of %s: %s", s.name, err.msg)}
		}
		return v, nil
	}
	return value{sym: s}, nil
}
