package asm

import (
	"strconv"
	"strings"

	"graftlab/loader/object"
)

type symKind uint8

const (
	symUndef  symKind = iota
	symLabel          // an address in a section
	symAbs            // an absolute value (.set x, 5)
	symEqu            // an alias of an expression not constant when set
	symCommon         // a common block (.comm)
)

type symbol struct {
	name    string
	display string // how messages name it (1f for a numeric local label)
	kind    symKind

	sec      *section // symLabel
	off      uint32   // symLabel: offset in sec
	deferred bool     // symLabel: a .lcomm block not yet placed at the end of .bss
	block    bool     // symLabel: allocated by .lcomm or a local .comm
	value    int64    // symAbs
	expr     *node    // symEqu

	commonSize  uint32 // symCommon
	commonAlign uint32

	global, weak, local bool // .globl, .weak, .local
	typ                 object.SymType
	size                *node // .size, or .end's computed size
	sizeExplicit        bool
	other               uint8 // visibility (.hidden, .protected, .internal)

	temp       bool // an assembler-local name: not in the symbol table unless a relocation needs it
	referenced bool // some relocation refers to it
	evaluating bool // guards against a symbol defined in terms of itself
	def        srcLoc
	ref        srcLoc // first reference, for "undefined local label"
	order      int    // creation order

	out *object.Symbol
}

// placed reports whether the label has its final offset.
func (s *symbol) placed(final bool) bool {
	return s.kind == symLabel && (!s.deferred || final)
}

// isLocalName reports whether name is an assembler-local label name: GNU
// as leaves .L... and (on MIPS) $... names out of the symbol table.
func isLocalName(name string) bool {
	return strings.HasPrefix(name, ".L") || strings.HasPrefix(name, "$")
}

// lookup returns the symbol called name, creating an undefined one.
func (a *assembler) lookup(name string) *symbol { return a.lookupAt(name, a.loc.col) }

// lookupAt is lookup for a reference at column pos.
func (a *assembler) lookupAt(name string, pos int) *symbol {
	if s, ok := a.syms[name]; ok {
		return s
	}
	ref := a.loc
	ref.col = pos
	s := &symbol{name: name, display: name, temp: isLocalName(name), order: len(a.symList), ref: ref}
	a.syms[name] = s
	a.symList = append(a.symList, s)
	return s
}

// newTemp makes an unnamed label at the current position ('.' in an
// expression, the end of a function for .end).
func (a *assembler) newTemp() *symbol {
	a.tempCount++
	s := &symbol{name: "\x00dot" + strconv.Itoa(a.tempCount), display: ".", temp: true, order: len(a.symList)}
	a.symList = append(a.symList, s)
	s.kind, s.sec, s.off, s.def = symLabel, a.cur, a.cur.offset(), a.loc
	return s
}

// dotSymbol is '.': a label at the current position.
func (a *assembler) dotSymbol() *symbol { return a.newTemp() }

// defineLabel defines name at the current position.
func (a *assembler) defineLabel(name string, pos int) {
	s := a.lookup(name)
	a.placeLabel(s, pos)
}

func (a *assembler) placeLabel(s *symbol, pos int) {
	if s.kind != symUndef {
		a.errAt(pos, "symbol %s is already defined (at line %d)", s.display, s.def.line)
		return
	}
	s.kind, s.sec, s.off, s.def = symLabel, a.cur, a.cur.offset(), a.loc
	a.pendingLabels = append(a.pendingLabels, s)
	a.labelSinceInsn = true
}

// fbLabel holds the instances of a numeric local label ("1:").
type fbLabel struct {
	defined int     // instances defined so far
	next    *symbol // the instance that the next "N:" defines, once referenced by Nf
	last    *symbol // the instance defined last
}

// defineLocalLabel handles "N:".
func (a *assembler) defineLocalLabel(num string, pos int) {
	fb := a.fbLabel(num)
	s := fb.next
	if s == nil {
		s = a.newFB(num, fb.defined+1, 'b')
	}
	fb.next = nil
	fb.defined++
	fb.last = s
	s.display = num + "b"
	a.placeLabel(s, pos)
}

// localLabelRef returns the symbol of "Nb" (last defined) or "Nf" (next),
// referred to at column pos.
func (a *assembler) localLabelRef(num string, forward bool, pos int) *symbol {
	num = strings.TrimLeft(num, "0")
	if num == "" {
		num = "0"
	}
	fb := a.fbLabel(num)
	if !forward {
		return fb.last
	}
	if fb.next == nil {
		fb.next = a.newFB(num, fb.defined+1, 'f')
		fb.next.ref.col = pos
	}
	return fb.next
}

func (a *assembler) fbLabel(num string) *fbLabel {
	num = strings.TrimLeft(num, "0")
	if num == "" {
		num = "0"
	}
	fb, ok := a.fb[num]
	if !ok {
		fb = &fbLabel{}
		a.fb[num] = fb
	}
	return fb
}

func (a *assembler) newFB(num string, instance int, dir byte) *symbol {
	s := &symbol{name: num + "\x02" + strconv.Itoa(instance), display: num + string(dir), temp: true, order: len(a.symList), ref: a.loc}
	a.symList = append(a.symList, s)
	return s
}

// setSymbol handles ".set name, expr", "name = expr" and ".equ".
func (a *assembler) setSymbol(name string, namePos int, n *node, equiv bool) {
	if n == nil {
		return
	}
	s := a.lookup(name)
	if s.kind == symLabel || s.kind == symCommon || equiv && s.kind != symUndef {
		a.errAt(namePos, "symbol %s is already defined", name)
		return
	}
	v, err := a.eval(n, false)
	if err != nil {
		// Not computable yet (a forward reference in a complex expression):
		// keep the expression, it is evaluated where the symbol is used.
		if s.kind == symEqu || s.kind == symAbs {
			a.errAt(err.pos, "%s", err.msg)
			return
		}
		s.kind, s.expr, s.def = symEqu, n, a.loc
		return
	}
	if v.isConst() {
		s.kind, s.value, s.expr, s.def = symAbs, v.off, nil, a.loc
		return
	}
	if v.sym == s || v.sub == s {
		a.errAt(n.pos, "symbol %s is defined in terms of itself", name)
		return
	}
	// Freeze the value as it is now, so that ".set x, x+4" keeps working.
	s.kind, s.expr, s.def = symEqu, valueNode(v, n.pos), a.loc
}

// valueNode turns a value back into an expression.
func valueNode(v value, pos int) *node {
	var n *node
	if v.sym != nil {
		n = &node{op: 's', sym: v.sym, pos: pos}
	}
	if v.sub != nil {
		sub := &node{op: 's', sym: v.sub, pos: pos}
		n = &node{op: 'b', bop: opSub, l: n, r: sub, pos: pos}
	}
	off := &node{op: 'n', num: v.off, pos: pos}
	if n == nil {
		return off
	}
	return &node{op: 'b', bop: opAdd, l: n, r: off, pos: pos}
}

// resolveSymbol follows equates to what a symbol finally is: a label (with
// an offset), an absolute value, or an undefined or common symbol.
func (a *assembler) resolveSymbol(s *symbol) (value, *exprError) {
	if s.kind != symEqu {
		if s.kind == symAbs {
			return value{off: s.value}, nil
		}
		return value{sym: s}, nil
	}
	return a.eval(&node{op: 's', sym: s}, true)
}
