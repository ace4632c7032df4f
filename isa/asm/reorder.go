package asm

import (
	"strings"

	"graftlab/isa"
)

// setOptions is the state that .set changes (and .set push/pop saves).
type setOptions struct {
	noreorder bool // emit exactly what is written; no delay-slot nops
	at        bool // macros may use $at
	macro     bool // macros may expand to more than one instruction
}

// dirSet handles .set: an assembler option, or ".set symbol, expression".
func dirSet(a *assembler, _ string, c *cursor) {
	c.skipSpace()
	start := c.pos
	if strings.ContainsRune(c.s[c.pos:c.end], ',') {
		dirEqu(a, ".set", c)
		return
	}
	opt := c.rest()
	c.pos = c.end
	switch opt {
	case "noreorder":
		a.set.noreorder = true
		a.anyNoreorder = true
	case "reorder":
		a.set.noreorder = false
	case "noat":
		a.set.at = false
	case "at":
		a.set.at = true
	case "nomacro":
		if !a.set.noreorder {
			a.errAt(start, "`noreorder' must be set before `nomacro'")
		}
		a.set.macro = false
	case "macro":
		a.set.macro = true
	case "push":
		if len(a.setStack) >= 1000 {
			a.errAt(start, ".set push nested too deeply")
			return
		}
		a.setStack = append(a.setStack, a.set)
	case "pop":
		if len(a.setStack) == 0 {
			a.errAt(start, ".set pop with no .set push")
			return
		}
		a.set = a.setStack[len(a.setStack)-1]
		a.setStack = a.setStack[:len(a.setStack)-1]
		a.anyNoreorder = a.anyNoreorder || a.set.noreorder
	case "mips32", "arch=mips32", "mips0", "arch=default", "nomips16", "nomicromips",
		"softfloat", "hardfloat", "singlefloat", "doublefloat", "oddspreg", "nooddspreg",
		"fp=32", "fp=xx", "gp=32", "fp=default", "gp=default", "move", "nomove",
		"volatile", "novolatile", "bopt", "nobopt", "sym32", "nosym32", "autoextend",
		"noautoextend", "nodsp", "nomt", "nosmartmips", "nomips3d", "nomdmx", "novirt":
		// No effect on MIPS32 o32 code.
	case "at=$1", "at=$at":
		a.set.at = true
	case "at=$0", "at=$zero":
		a.set.at = false
	default:
		a.errAt(start, "unsupported .set %s", opt)
	}
}

// emitInst appends one machine instruction. fix, when not nil, fills an
// operand later. In reorder mode a nop follows an instruction with a delay
// slot, as GNU as -O0 does; MIPS32 interlocks everything else.
func (a *assembler) emitInst(inst isa.Inst, fix *instFixup) {
	w, err := isa.Encode(inst)
	if err != nil {
		a.err("%v", err)
		return
	}
	off := a.cur.offset()
	a.word(w)
	a.macroInsns++
	if fix != nil && a.cur.offset() == off+4 {
		a.addFixup(off, fix.kind, fix.expr, fix.val)
	}
	if inst.Info().Flags&isa.FlagDelay != 0 && !a.set.noreorder && a.macroNoreorder == 0 {
		a.word(0)
	}
}

// instFixup is an operand of an instruction that is not yet known.
type instFixup struct {
	kind fixKind
	expr *node
	val  value
}

// startNoreorder and endNoreorder bracket the parts of a macro expansion
// whose delay slots the expansion fills itself.
func (a *assembler) startNoreorder() {
	a.macroNoreorder++
	a.anyNoreorder = true
}

func (a *assembler) endNoreorder() { a.macroNoreorder-- }
