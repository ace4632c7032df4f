package asm

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"graftlab/loader/object"
)

// GNUDefaultOptimize is GNU as's Optimize level when it is given no -O
// option (and the level gcc passes when it optimizes).
const GNUDefaultOptimize = 2

// Options controls an assembly. The zero value is ready to use; it
// assembles as "as -O0" does and leaves out the sections that only GNU's
// tools read (see MIPSSections).
type Options struct {
	// IncludeDirs are searched, after the directory of the including file,
	// for .include files (like as -I).
	IncludeDirs []string
	// ReadFile reads an included file. Nil means the host file system
	// (regular files only, at most MaxSectionSize bytes).
	ReadFile func(name string) ([]byte, error)
	// Defines are absolute symbols defined before the source is read (like
	// as --defsym NAME=VALUE).
	Defines map[string]int64
	// Optimize is GNU as's -O level; it matters in reorder mode only.
	// Below 2 (as -O0 and -O1, which do the same for MIPS32) a nop fills
	// every delay slot. From 2 (as -O2, GNU as's default, and what gcc
	// passes to it when optimizing) the instruction before a branch or
	// jump moves into its delay slot wherever GNU as would move it.
	Optimize int
	// MIPSSections adds the sections that GNU as writes into every object:
	// .reginfo, .MIPS.abiflags, .pdr and .gnu.attributes. GNU ld places
	// the first two before .text, so that only with them does GNU ld give
	// the same executable for graftlab's objects as for GNU as's. Package
	// loader ignores all four.
	MIPSSections bool

	// Limits; zero means the default.
	MaxErrors       int // errors reported before giving up (20)
	MaxSectionSize  int // bytes in one section (64 MiB)
	MaxStatements   int // lines and statements assembled, expansions included (4 million)
	MaxIncludeDepth int // nesting of .include (32)
	MaxMacroDepth   int // nesting of macro expansions and .rept (100)
}

func (o *Options) maxErrors() int       { return orDefault(o.MaxErrors, 20) }
func (o *Options) maxSectionSize() int  { return orDefault(o.MaxSectionSize, 64<<20) }
func (o *Options) maxStatements() int   { return orDefault(o.MaxStatements, 4<<20) }
func (o *Options) maxIncludeDepth() int { return orDefault(o.MaxIncludeDepth, 32) }
func (o *Options) maxMacroDepth() int   { return orDefault(o.MaxMacroDepth, 100) }

func orDefault(v, def int) int {
	if v > 0 {
		return v
	}
	return def
}

// Assemble assembles src, read from the file called name (used in error
// messages and to find .include files), into a relocatable object. On
// failure the error is an ErrorList holding every error found, up to
// Options.MaxErrors.
func Assemble(name string, src []byte, opt Options) (*object.File, error) {
	a := newAssembler(opt)
	for _, name := range slices.Sorted(maps.Keys(opt.Defines)) {
		s := a.lookup(name)
		s.kind, s.value = symAbs, opt.Defines[name]
	}
	a.pushFile(name, src)
	a.run()
	if !a.stop {
		a.finish()
	}
	if len(a.errs) > 0 {
		return nil, a.errs
	}
	return a.output(), nil
}

// assembler is the state of one assembly.
type assembler struct {
	opt  Options
	errs ErrorList
	stop bool
	loc  srcLoc // the statement being assembled

	sections      []*section
	cur, prev     *section
	sectionStack  [][2]*section
	syms          map[string]*symbol
	symList       []*symbol
	fb            map[string]*fbLabel
	tempCount     int
	pendingLabels []*symbol // labels defined since the last emission
	hiList        []*fixup  // HI16 fixups that may need pairing
	relocDirs     []*relocDirective
	autoAlign     bool // .word and .half align themselves (off after ".align 0")
	sizeReported  bool

	set            setOptions
	setStack       []setOptions
	macroNoreorder int  // depth of noreorder blocks opened by macro expansions
	anyNoreorder   bool // sets EF_MIPS_NOREORDER
	abicalls       bool
	pic            bool
	macroInsns     int  // instructions emitted by the current macro instruction
	usedAT         bool // the current macro instruction used $at

	history        [2]histInsn // the last two instructions, latest first
	labelSinceInsn bool        // a label was defined after the last instruction
	emitting       bool        // emit is writing an instruction
	gprMask        uint32      // general registers used, for .reginfo
	fprMask        uint32      // FPU registers used, for .reginfo

	reginfo, abiflags, pdr *section // nil without Options.MIPSSections
	attrs                  map[int64]gnuAttr
	fileOpts               fileOptions
	proc                   procInfo // of procSym

	macros     map[string]*macroDef
	input      []*frame
	cond       []condState
	defining   *definition
	statements int
	lines      int // lines read, from files and expansions
	copied     int // macro body lines substituted
	expansions int

	fileName string // from the first .file
	fileSeen bool
	idents   []string // from .ident
	procSym  *symbol  // the function opened by .ent
}

func newAssembler(opt Options) *assembler {
	a := &assembler{
		opt:       opt,
		syms:      map[string]*symbol{},
		fb:        map[string]*fbLabel{},
		macros:    map[string]*macroDef{},
		autoAlign: true,
		attrs:     map[int64]gnuAttr{},
		fileOpts:  fileOptions{oddspreg: -1},
		set:       setOptions{at: true, macro: true},
	}
	for _, name := range []string{".text", ".data", ".bss"} {
		a.section(name)
	}
	a.createMIPSSections()
	a.cur = a.sections[0]
	a.prev = a.cur
	a.flushHistory()
	return a
}

// err reports an error at the current statement.
func (a *assembler) err(format string, args ...any) {
	a.report(a.loc, a.loc.col, fmt.Sprintf(format, args...))
}

// errAt reports an error at column pos of the current line.
func (a *assembler) errAt(pos int, format string, args ...any) {
	a.report(a.loc, pos, fmt.Sprintf(format, args...))
}

// errLoc reports an error at another statement.
func (a *assembler) errLoc(loc srcLoc, format string, args ...any) {
	a.report(loc, loc.col, fmt.Sprintf(format, args...))
}

func (a *assembler) report(loc srcLoc, pos int, msg string) {
	if a.stop {
		return
	}
	if loc.note != "" {
		msg += " (" + loc.note + ")"
	}
	col := pos + 1
	if loc.text == "" {
		col = 0
	}
	a.errs = append(a.errs, &Error{File: loc.file, Line: loc.line, Col: col, Msg: msg, Source: loc.text})
	if len(a.errs) >= a.opt.maxErrors() {
		a.errs = append(a.errs, &Error{File: loc.file, Line: loc.line, Msg: "too many errors; stopping"})
		a.stop = true
	}
}

// statement assembles one statement: labels, then a directive, a macro
// invocation, an instruction or an assignment.
func (a *assembler) statement(c *cursor) {
	a.loc.col = c.pos
	if c.eof() {
		return
	}
	a.statements++
	if a.statements > a.opt.maxStatements() {
		a.err("more than %d statements (runaway macro or .rept?)", a.opt.maxStatements())
		a.stop = true
		return
	}
	if !a.condActive() {
		start := c.pos
		if name := strings.ToLower(c.name()); isConditional(name) {
			a.conditional(name, start, c)
		}
		return
	}
	for {
		c.skipSpace()
		start := c.pos
		if isDigit(c.peek()) {
			for isDigit(c.peek()) {
				c.pos++
			}
			num := c.s[start:c.pos]
			if c.accept(':') {
				a.defineLocalLabel(num, start)
				continue
			}
			a.errAt(start, "junk at start of statement: %q", c.rest())
			return
		}
		name := c.name()
		if name == "" {
			if !c.eof() {
				a.errAt(c.pos, "unexpected %q at start of statement", c.peek())
			}
			return
		}
		after := c.pos
		c.skipSpace()
		if c.peek() == ':' {
			c.pos++
			a.defineLabel(name, start)
			continue
		}
		if c.peek() == '=' && c.peekAt(1) != '=' {
			c.pos++
			a.setSymbol(name, start, a.parseExpr(c), false)
			a.endOfStatement(c)
			return
		}
		c.pos = after
		a.loc.col = start
		a.dispatch(name, start, c)
		return
	}
}

// dispatch runs a directive, a macro or an instruction.
func (a *assembler) dispatch(name string, pos int, c *cursor) {
	lower := strings.ToLower(name)
	if lower[0] == '.' {
		if d, ok := directives[lower]; ok {
			if flushingDirectives[lower] {
				a.flushHistory()
			}
			d(a, lower, c)
			return
		}
	}
	if m, ok := a.macros[lower]; ok {
		a.invokeMacro(m, c)
		return
	}
	if lower[0] == '.' {
		a.errAt(pos, "unknown directive %s", name)
		return
	}
	a.instruction(lower, pos, c)
}

// endOfStatement reports anything left over.
func (a *assembler) endOfStatement(c *cursor) {
	if !c.eof() {
		a.errAt(c.pos, "junk at end of statement: %q", c.rest())
	}
}
