package asm

import "strings"

// Conditional assembly: .if and its family, .else, .elseif, .endif.

// condState is one open .if.
type condState struct {
	active bool // this branch is assembled
	taken  bool // some branch of this .if was taken
	outer  bool // the enclosing code is assembled
	sawEl  bool // .else seen
	loc    srcLoc
}

func (a *assembler) condActive() bool {
	return len(a.cond) == 0 || a.cond[len(a.cond)-1].active
}

func isConditional(name string) bool {
	return strings.HasPrefix(name, ".if") || name == ".else" || name == ".elseif" || name == ".endif"
}

// conditional handles the .if family, also inside skipped code.
func (a *assembler) conditional(name string, pos int, c *cursor) {
	switch name {
	case ".endif":
		if len(a.cond) == 0 {
			a.errAt(pos, ".endif without .if")
			return
		}
		a.cond = a.cond[:len(a.cond)-1]
	case ".else", ".elseif":
		if len(a.cond) == 0 {
			a.errAt(pos, "%s without .if", name)
			return
		}
		top := &a.cond[len(a.cond)-1]
		if top.sawEl {
			a.errAt(pos, "%s after .else", name)
			return
		}
		if name == ".else" {
			top.sawEl = true
			top.active = top.outer && !top.taken
		} else {
			top.active = top.outer && !top.taken && a.condition(".if", c)
		}
		top.taken = top.taken || top.active
	default:
		outer := a.condActive()
		active := outer && a.condition(name, c)
		a.cond = append(a.cond, condState{active: active, taken: active, outer: outer, loc: a.loc})
	}
}

// condition evaluates the test of an .if directive.
func (a *assembler) condition(name string, c *cursor) bool {
	switch name {
	case ".ifdef", ".ifndef", ".ifnotdef":
		sym := c.name()
		s, ok := a.syms[sym]
		def := ok && s.kind != symUndef
		a.endOfStatement(c)
		return def == (name == ".ifdef")
	case ".ifb", ".ifnb":
		blank := c.eof()
		return blank == (name == ".ifb")
	case ".ifc", ".ifnc":
		x := macroArg(c)
		c.accept(',')
		y := macroArg(c)
		return (x == y) == (name == ".ifc")
	}
	v, ok := a.absolute(c)
	if !ok {
		return false
	}
	a.endOfStatement(c)
	switch name {
	case ".if", ".ifne":
		return v != 0
	case ".ifeq":
		return v == 0
	case ".ifge":
		return v >= 0
	case ".ifgt":
		return v > 0
	case ".ifle":
		return v <= 0
	case ".iflt":
		return v < 0
	}
	a.err("unknown conditional %s", name)
	return false
}
