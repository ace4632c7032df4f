package asm

import (
	"debug/elf"
	"graftlab/isa"
	"math/bits"

	"graftlab/loader/object"
)

// directives maps each directive to its handler, which reads the rest of
// the statement.
var directives map[string]func(a *assembler, name string, c *cursor)

func init() {
	directives = map[string]func(*assembler, string, *cursor){
		".text": dirSection, ".data": dirSection, ".bss": dirSection,
		".rdata": dirSection, ".sdata": dirSection, ".sbss": dirSection,
		".section": dirSectionNamed, ".pushsection": dirSectionNamed,
		".previous": dirPrevious, ".popsection": dirPopSection,

		".byte": dataDirective(1, false), ".2byte": dataDirective(2, false),
		".4byte": dataDirective(4, false), ".8byte": dataDirective(8, false),
		".half": dataDirective(2, true), ".hword": dataDirective(2, true),
		".short": dataDirective(2, true), ".word": dataDirective(4, true),
		".int": dataDirective(4, true), ".long": dataDirective(4, true),
		".quad": dataDirective(8, true), ".dword": dataDirective(8, true),
		".uleb128": dirLEB, ".sleb128": dirLEB,
		".ascii": dirString, ".asciz": dirString, ".asciiz": dirString, ".string": dirString,
		".string8": dirString,
		".dc":      dataDirective(2, false), ".dc.b": dataDirective(1, false), ".dc.w": dataDirective(2, false),
		".dc.l": dataDirective(4, false), ".dc.a": dataDirective(4, false),
		".nop": dirNop, ".origin": dirOrg, ".weakext": dirBinding,
		".sect": dirSectionNamed, ".sect.s": dirSectionNamed, ".section.s": dirSectionNamed,
		".space": dirSpace, ".skip": dirSpace, ".zero": dirSpace, ".fill": dirFill,
		".align": dirAlign, ".balign": dirAlign, ".p2align": dirAlign, ".org": dirOrg,

		".globl": dirBinding, ".global": dirBinding, ".local": dirBinding, ".weak": dirBinding,
		".hidden": dirBinding, ".protected": dirBinding, ".internal": dirBinding,
		".type": dirType, ".size": dirSize, ".comm": dirComm, ".lcomm": dirComm,
		".set": dirSet, ".equ": dirEqu, ".equiv": dirEqu, ".eqv": dirEqu,
		".ent": dirEnt, ".aent": dirEnt, ".end": dirEnd,
		".file": dirFile, ".ident": dirIdent, ".loc": dirLoc,
		".reloc": dirReloc, ".abicalls": dirAbicalls, ".option": dirOption, ".module": dirModule,
		".cpload": dirCpload, ".cprestore": dirCprestore,

		".macro": dirMacro, ".endm": dirEndm, ".endr": dirEndm, ".exitm": dirExitm,
		".purgem": dirPurgem, ".rept": dirRept, ".irp": dirIrp, ".irpc": dirIrp,
		".include": dirInclude, ".incbin": dirIncbin, ".err": dirError, ".error": dirError,
		".warning": dirIgnore, ".print": dirIgnore,

		".nan": dirNan, ".frame": dirFrame, ".mask": dirMask, ".fmask": dirMask, ".gnu_attribute": dirGNUAttribute,
	}
	for _, name := range []string{".if", ".ifdef", ".ifndef", ".ifnotdef", ".ifeq", ".ifne",
		".ifge", ".ifgt", ".ifle", ".iflt", ".ifb", ".ifnb", ".ifc", ".ifnc", ".else", ".elseif", ".endif"} {
		directives[name] = func(a *assembler, name string, c *cursor) { a.conditional(name, a.loc.col, c) }
	}
	// Accepted and ignored: debugging and ABI bookkeeping that graftlab
	// does not generate, and options that change nothing for MIPS32 o32.
	for _, name := range []string{".insn", ".extern", ".livereg", ".verstamp", ".bgnb", ".endb", ".cfi_sections",
		".cfi_startproc", ".cfi_endproc", ".cfi_def_cfa", ".cfi_def_cfa_offset",
		".cfi_def_cfa_register", ".cfi_offset", ".cfi_rel_offset", ".cfi_restore",
		".cfi_remember_state", ".cfi_restore_state", ".cfi_adjust_cfa_offset",
		".cfi_register", ".cfi_return_column", ".cfi_same_value", ".cfi_undefined",
		".cfi_signal_frame", ".cfi_escape", ".cfi_personality", ".cfi_lsda",
		".cfi_window_save", ".cfi_val_offset", ".title", ".sbttl", ".list", ".nolist",
		".psize", ".eject", ".lflags", ".stabs", ".stabn", ".stabd", ".xstabs", ".desc",
		".ttl", ".page", ".nopage", ".plen", ".llen", ".spc", ".format", ".noformat",
		".line", ".linefile", ".func", ".endfunc", ".this_gcc_requires_the_gnu_assembler"} {
		directives[name] = dirIgnore
	}
}

// flushingDirectives are those before which GNU as forgets the previous
// instructions (md_flush_pending_output): none of them moves into a later
// delay slot.
var flushingDirectives = map[string]bool{}

func init() {
	for _, name := range []string{".byte", ".2byte", ".4byte", ".8byte", ".half", ".hword",
		".short", ".word", ".int", ".long", ".quad", ".dword", ".ascii", ".asciz", ".asciiz",
		".string", ".space", ".skip", ".zero", ".fill", ".align", ".balign", ".p2align", ".org",
		".incbin", ".end", ".ident", ".nop", ".origin", ".string8", ".dc", ".dc.b",
		".dc.w", ".dc.l", ".dc.a", ".sect", ".sect.s", ".section.s", ".section", ".pushsection", ".popsection", ".previous",
		".text", ".data", ".bss", ".rdata", ".sdata", ".sbss"} {
		flushingDirectives[name] = true
	}
}

func dirIgnore(*assembler, string, *cursor) {}

// dirNan handles .nan legacy. The 2008 NaN encoding (.nan 2008) is
// refused: graftlab's machines use the legacy one.
func dirNan(a *assembler, _ string, c *cursor) {
	c.skipSpace()
	pos := c.pos
	opt := c.rest()
	c.pos = c.end
	if opt != "legacy" {
		a.errAt(pos, "unsupported .nan %q (graftlab's machines use the legacy NaN encoding)", opt)
	}
}

// dirNop handles .nop: one nop instruction.
func dirNop(a *assembler, _ string, c *cursor) {
	a.endOfStatement(c)
	a.nop()
}

func dirError(a *assembler, name string, c *cursor) {
	msg := name + " directive"
	if !c.eof() && c.peek() == '"' {
		if s, ok := a.parseString(c); ok {
			msg = s
		}
	}
	a.err("%s", msg)
}

// symbolName reads a symbol name, or reports that one was expected.
func (a *assembler) symbolName(c *cursor) (string, bool) {
	c.skipSpace()
	pos := c.pos
	name := c.name()
	if name == "" {
		a.errAt(pos, "expected a symbol name")
		return "", false
	}
	return name, true
}

// symbolList reads comma-separated symbol names.
func (a *assembler) symbolList(c *cursor, each func(*symbol)) {
	for {
		name, ok := a.symbolName(c)
		if !ok {
			return
		}
		each(a.lookup(name))
		if !c.accept(',') {
			break
		}
	}
	a.endOfStatement(c)
}

// dirBinding handles .globl, .local, .weak and the visibilities.
func dirBinding(a *assembler, name string, c *cursor) {
	a.symbolList(c, func(s *symbol) {
		switch name {
		case ".globl", ".global":
			s.global = true
		case ".local":
			s.local, s.global = true, false
		case ".weak", ".weakext":
			s.weak = true
		case ".hidden":
			s.other = uint8(elf.STV_HIDDEN)
		case ".protected":
			s.other = uint8(elf.STV_PROTECTED)
		case ".internal":
			s.other = uint8(elf.STV_INTERNAL)
		}
		if s.temp && (s.global || s.weak) {
			s.temp = false // an explicitly exported local-looking name stays
		}
	})
}

// dirType handles .type sym, @function (or %function, "function", STT_FUNC).
func dirType(a *assembler, _ string, c *cursor) {
	name, ok := a.symbolName(c)
	if !ok {
		return
	}
	c.accept(',')
	c.skipSpace()
	tpos := c.pos
	var t string
	switch c.peek() {
	case '@', '%':
		c.pos++
		t = c.name()
	case '"':
		s, ok := a.parseString(c)
		if !ok {
			return
		}
		t = s
	default:
		t = c.name()
	}
	a.endOfStatement(c)
	s := a.lookup(name)
	switch t {
	case "function", "STT_FUNC":
		s.typ = object.SymFunc
	case "object", "STT_OBJECT", "common", "STT_COMMON":
		s.typ = object.SymObject
	case "notype", "STT_NOTYPE":
		s.typ = object.SymNoType
	default:
		a.errAt(tpos, "unsupported symbol type %q", t)
	}
}

// dirSize handles .size sym, expr.
func dirSize(a *assembler, _ string, c *cursor) {
	c.skipSpace()
	pos := c.pos
	name := c.name()
	if name == "" || !c.accept(',') {
		a.errAt(pos, "expected: .size symbol, expression")
		return
	}
	n := a.parseExpr(c)
	if n == nil {
		return
	}
	a.endOfStatement(c)
	if v, err := a.eval(n, false); err == nil && v.isConst() {
		n = &node{op: 'n', num: v.off, pos: n.pos}
	}
	s := a.lookup(name)
	s.size, s.sizeExplicit = n, true
}

// dirComm handles .comm sym, size[, align] and .lcomm sym, size.
func dirComm(a *assembler, name string, c *cursor) {
	c.skipSpace()
	pos := c.pos
	symName := c.name()
	if symName == "" || !c.accept(',') {
		a.errAt(pos, "expected: %s symbol, size", name)
		return
	}
	size, ok := a.absolute(c)
	if !ok {
		return
	}
	align, hasAlign := int64(0), false
	if name == ".comm" && c.accept(',') {
		if align, ok = a.absolute(c); !ok {
			return
		}
		hasAlign = true
	}
	a.endOfStatement(c)
	if size < 0 || size > int64(a.opt.maxSectionSize()) {
		a.err("%s size %d is out of range", name, size)
		return
	}
	if align < 0 || align > 1<<28 || align&(align-1) != 0 {
		a.err("%s alignment %d is not a power of 2", name, align)
		return
	}
	s := a.lookup(symName)
	if s.kind == symCommon && name == ".comm" && !s.local {
		s.commonSize = max(s.commonSize, uint32(size))
		return
	}
	if s.kind != symUndef {
		a.errAt(pos, "symbol %s is already defined", symName)
		return
	}
	if name == ".lcomm" || s.local {
		var pow uint8
		switch {
		case name == ".comm":
			if align > 0 {
				pow = uint8(bits.TrailingZeros64(uint64(align)))
			}
		case size >= 8:
			pow = 3
		case size >= 4:
			pow = 2
		case size >= 2:
			pow = 1
		}
		bss := a.section(".bss")
		s.kind, s.sec, s.deferred, s.block, s.def = symLabel, bss, true, true, a.loc
		s.size = &node{op: 'n', num: size}
		bss.deferred = append(bss.deferred, deferredBlock{sym: s, size: uint32(size), alignPow: pow})
		return
	}
	if !hasAlign {
		// Without an alignment, GNU ld gets the size rounded up to a power
		// of two, at most 16.
		align = 1
		for align < size && align < 16 {
			align <<= 1
		}
	}
	s.kind, s.commonSize, s.commonAlign, s.def = symCommon, uint32(size), uint32(align), a.loc
	s.global = true
}

// dirEqu handles .equ/.equiv/.eqv sym, expr.
func dirEqu(a *assembler, name string, c *cursor) {
	c.skipSpace()
	pos := c.pos
	sym := c.name()
	if sym == "" || !c.accept(',') {
		a.errAt(pos, "expected: %s symbol, expression", name)
		return
	}
	n := a.parseExpr(c)
	a.endOfStatement(c)
	a.setSymbol(sym, pos, n, name == ".equiv")
}

// dirEnt handles .ent/.aent sym: the symbol is a function.
func dirEnt(a *assembler, name string, c *cursor) {
	sym, ok := a.symbolName(c)
	if !ok {
		return
	}
	if c.accept(',') {
		if _, ok := a.absolute(c); !ok {
			return
		}
	}
	a.endOfStatement(c)
	s := a.lookup(sym)
	s.typ = object.SymFunc
	if name == ".ent" {
		a.procSym = s
		a.proc = procInfo{}
	}
}

// dirEnd handles MIPS's .end sym: the function's size runs to here.
func dirEnd(a *assembler, _ string, c *cursor) {
	name := c.name()
	a.endOfStatement(c)
	if a.procSym == nil {
		return
	}
	var s *symbol
	if name != "" {
		s = a.lookup(name)
		end := &node{op: 's', sym: a.newTemp()}
		s.size = &node{op: 'b', bop: opSub, l: end, r: &node{op: 's', sym: s}}
	}
	a.writePDR(s)
	a.procSym = nil
}

// dirFile handles .file "name" and the DWARF form .file N "name". The
// first one names the source file (an STT_FILE symbol); the file table of
// the DWARF form is not kept.
func dirFile(a *assembler, _ string, c *cursor) {
	c.skipSpace()
	if isDigit(c.peek()) {
		if _, ok := a.absolute(c); !ok {
			return
		}
	}
	if c.eof() {
		return
	}
	s, ok := a.parseString(c)
	if !ok {
		return
	}
	c.pos = c.end // an optional md5 checksum follows
	if !a.fileSeen {
		a.fileName, a.fileSeen = s, true
	}
}

// dirIdent handles .ident "string": it goes in .comment.
func dirIdent(a *assembler, _ string, c *cursor) {
	s, ok := a.parseString(c)
	if !ok {
		return
	}
	a.endOfStatement(c)
	sec := a.section(".comment")
	if len(a.idents) == 0 {
		sec.flags, sec.entsize = uint32(elf.SHF_MERGE|elf.SHF_STRINGS), 1
		sec.data = append(sec.data, 0)
	}
	a.idents = append(a.idents, s)
	if len(sec.data)+len(s) < a.opt.maxSectionSize() {
		sec.data = append(append(sec.data, s...), 0)
	}
}

// dirLoc handles .loc: only its "view" operand matters here, which defines
// a symbol numbering the views at one address.
func dirLoc(a *assembler, _ string, c *cursor) {
	s := a.cur
	off := s.offset()
	view := int64(0)
	if s.locSeen && s.locAddr == off {
		view = s.locView + 1
	}
	s.locSeen, s.locAddr, s.locView = true, off, view
	for !c.eof() {
		word := c.name()
		if word == "" {
			c.pos++ // numbers and anything else
			for c.pos < c.end && !isSpace(c.s[c.pos]) {
				c.pos++
			}
			continue
		}
		if word != "view" {
			continue
		}
		c.skipSpace()
		if isNameStart(c.peek()) {
			v := a.lookup(c.name())
			if v.kind == symUndef {
				v.kind, v.value, v.def = symAbs, view, a.loc
			}
		}
	}
}

// dirAbicalls handles .abicalls: PIC, until ".option pic0".
func dirAbicalls(a *assembler, _ string, c *cursor) {
	a.endOfStatement(c)
	a.abicalls, a.pic = true, true
}

// dirCpload handles ".cpload REG" in position-independent code: gp gets
// _gp_disp plus REG (the function's address), as GNU as expands it:
// lui gp,%hi(_gp_disp); addiu gp,gp,%lo(_gp_disp); addu gp,gp,REG.
// Outside PIC it does nothing.
func dirCpload(a *assembler, _ string, c *cursor) {
	c.skipSpace()
	pos := c.pos
	reg, ok := parseGPR(c.rest(), true)
	c.pos = c.end
	if !ok {
		a.errAt(pos, ".cpload needs a register")
		return
	}
	if !a.pic {
		return
	}
	gpDisp := a.lookupAt("_gp_disp", pos)
	gpDisp.typ = object.SymObject // as GNU as makes it
	n := &node{op: 's', sym: gpDisp, pos: pos}
	v, err := a.eval(n, false)
	if err != nil {
		a.errAt(pos, "%s", err.msg)
		return
	}
	a.emitInst(isa.Inst{Op: isa.LUI, Rt: isa.GP}, &instFixup{kind: fixHi16, expr: n, val: v})
	a.emitInst(isa.Inst{Op: isa.ADDIU, Rt: isa.GP, Rs: isa.GP}, &instFixup{kind: fixLo16, expr: n, val: v})
	a.emitInst(isa.Inst{Op: isa.ADDU, Rd: isa.GP, Rs: isa.GP, Rt: reg}, nil)
}

// dirCprestore handles ".cprestore OFFSET" in position-independent code:
// it saves gp at OFFSET(sp). Outside PIC it does nothing.
func dirCprestore(a *assembler, _ string, c *cursor) {
	c.skipSpace()
	pos := c.pos
	off, ok := a.absolute(c)
	if !ok {
		return
	}
	a.endOfStatement(c)
	if !a.pic {
		return
	}
	if off < -0x8000 || off > 0x7fff {
		a.errAt(pos, ".cprestore offset %d does not fit 16 bits", off)
		return
	}
	a.emitInst(isa.Inst{Op: isa.SW, Rt: isa.GP, Rs: isa.SP, Imm: int32(off)}, nil)
}

func dirOption(a *assembler, _ string, c *cursor) {
	pos := c.pos
	switch opt := c.name(); opt {
	case "pic0":
		a.pic = false
	case "pic2":
		a.pic = true
	default:
		a.errAt(pos, "unsupported .option %s", opt)
	}
	a.endOfStatement(c)
}

// dirModule accepts the .module options that leave MIPS32 o32 as it is.
func dirModule(a *assembler, _ string, c *cursor) {
	opt := c.rest()
	c.pos = c.end
	f := &a.fileOpts
	switch opt {
	case "softfloat", "hardfloat":
		f.softFloat = opt == "softfloat"
		return
	case "singlefloat", "doublefloat":
		f.singleFloat = opt == "singlefloat"
		return
	case "oddspreg", "nooddspreg":
		f.oddspreg = 0
		if opt == "oddspreg" {
			f.oddspreg = 1
		}
		return
	case "fp=32", "fp=xx":
		f.fpxx = opt == "fp=xx"
		return
	case "arch=mips32r2", "mips32r2":
		// The file's architecture: e_flags and .MIPS.abiflags say
		// Release 2, and ror and rol use its rotates.
		a.set.r2, f.r2 = true, true
		return
	case "arch=mips32", "mips32":
		a.set.r2, f.r2 = false, false
		return
	case "gp=32",
		"nomips16", "nomicromips", "nomt", "nodsp", "nomdmx", "nosmartmips", "nomips3d", "novirt":
		return
	}
	a.err("unsupported .module %s (graftlab assembles MIPS32 o32 only)", opt)
}
