package asm

import (
	"fmt"
	"strconv"
	"strings"
)

// macroDef is a .macro definition.
type macroDef struct {
	name     string
	params   []macroParam
	body     []string
	lineNums []int
	file     string
}

type macroParam struct {
	name     string
	def      string
	required bool
	vararg   bool
}

// definition is a .macro, .rept, .irp or .irpc body being read.
type definition struct {
	directive string // ".macro", ".rept", ".irp", ".irpc"
	start     srcLoc
	depth     int
	body      []string
	lineNums  []int
	macro     *macroDef
	count     int64    // .rept
	param     string   // .irp, .irpc
	values    []string // .irp, .irpc
}

func (d *definition) terminator() string {
	if d.directive == ".macro" {
		return ".endm"
	}
	return ".endr"
}

// firstWord returns the directive or mnemonic that a line starts with,
// lower-cased, skipping labels.
func firstWord(line string) string {
	sp := splitStatements(line)[0]
	c := &cursor{s: line, pos: sp.start, end: sp.end}
	for {
		name := c.name()
		if name == "" {
			return ""
		}
		if !c.accept(':') {
			return strings.ToLower(name)
		}
	}
}

// collect adds a line to the definition being read, or ends it.
func (a *assembler) collect(text string) {
	d := a.defining
	w := firstWord(text)
	opens := w == ".macro"
	closes := w == ".endm"
	if d.directive != ".macro" {
		opens = w == ".rept" || w == ".irp" || w == ".irpc"
		closes = w == ".endr"
	}
	switch {
	case opens:
		d.depth++
	case closes && d.depth == 0:
		a.defining = nil
		a.endDefinition(d)
		return
	case closes:
		d.depth--
	}
	if len(d.body) >= a.opt.maxStatements() {
		a.err("%s body too long", d.directive)
		a.stop = true
		return
	}
	d.body = append(d.body, text)
	d.lineNums = append(d.lineNums, a.loc.line)
}

func (a *assembler) endDefinition(d *definition) {
	switch d.directive {
	case ".macro":
		d.macro.body, d.macro.lineNums = d.body, d.lineNums
		a.macros[d.macro.name] = d.macro
	case ".rept":
		if d.count > 0 && len(d.body) > 0 {
			a.pushExpansion(d.body, d.lineNums, d.count, fmt.Sprintf(".rept at line %d", d.start.line), false)
		}
	default:
		var lines []string
		var nums []int
		for _, v := range d.values {
			for i, l := range d.body {
				lines = append(lines, substitute(l, map[string]string{d.param: v}, a.expansions))
				nums = append(nums, d.lineNums[i])
			}
			if len(lines) > a.opt.maxStatements() {
				a.err("%s expansion too long", d.directive)
				a.stop = true
				return
			}
		}
		if len(lines) > 0 {
			a.pushExpansion(lines, nums, 1, fmt.Sprintf("%s at line %d", d.directive, d.start.line), false)
		}
	}
}

// pushExpansion reads lines (repeat times) before the rest of the input.
func (a *assembler) pushExpansion(lines []string, nums []int, repeat int64, note string, macro bool) {
	depth := 0
	for _, fr := range a.input {
		if fr.lineNums != nil {
			depth++
		}
	}
	if depth >= a.opt.maxMacroDepth() {
		a.err("macro expansions nested more than %d deep (recursive macro?)", a.opt.maxMacroDepth())
		return
	}
	a.expansions++
	a.input = append(a.input, &frame{file: a.loc.file, lines: lines, lineNums: nums, repeat: repeat,
		note: note, macro: macro, condBase: len(a.cond)})
}

// dirMacro handles ".macro name params".
func dirMacro(a *assembler, _ string, c *cursor) {
	start := a.loc
	name := strings.ToLower(c.name())
	if name == "" {
		a.errAt(c.pos, "expected a macro name")
		return
	}
	m := &macroDef{name: name, file: a.loc.file}
	c.accept(',')
	for !c.eof() {
		p := macroParam{name: c.name()}
		if p.name == "" {
			a.errAt(c.pos, "bad macro parameter %q", c.rest())
			return
		}
		if c.accept(':') {
			switch q := c.name(); q {
			case "req":
				p.required = true
			case "vararg":
				p.vararg = true
			default:
				a.errAt(c.pos, "bad macro parameter qualifier %q", q)
				return
			}
		}
		if c.accept('=') {
			p.def = macroArg(c)
		}
		m.params = append(m.params, p)
		c.accept(',')
	}
	a.defining = &definition{directive: ".macro", start: start, macro: m}
}

// dirEndm reports a stray .endm or .endr.
func dirEndm(a *assembler, name string, _ *cursor) {
	a.err("%s without a matching opening directive", name)
}

// dirPurgem removes a macro.
func dirPurgem(a *assembler, _ string, c *cursor) {
	name := strings.ToLower(c.name())
	if _, ok := a.macros[name]; !ok {
		a.err("macro %s is not defined", name)
		return
	}
	delete(a.macros, name)
	a.endOfStatement(c)
}

// dirExitm leaves the innermost macro expansion.
func dirExitm(a *assembler, _ string, _ *cursor) {
	for i := len(a.input) - 1; i >= 0; i-- {
		if a.input[i].macro {
			a.cond = a.cond[:a.input[i].condBase]
			a.input = a.input[:i]
			return
		}
	}
	a.err(".exitm outside a macro")
}

// dirRept handles ".rept count".
func dirRept(a *assembler, _ string, c *cursor) {
	n, ok := a.absolute(c)
	if !ok {
		n = 0
	}
	if n > int64(a.opt.maxStatements()) {
		a.err(".rept count %d is too large", n)
		n = 0
	}
	a.defining = &definition{directive: ".rept", start: a.loc, count: n}
}

// dirIrp handles ".irp param, values..." and ".irpc param, chars".
func dirIrp(a *assembler, name string, c *cursor) {
	d := &definition{directive: name, start: a.loc}
	d.param = c.name()
	if d.param == "" {
		a.errAt(c.pos, "expected a parameter name")
	}
	c.accept(',')
	if name == ".irpc" {
		for _, ch := range c.rest() {
			d.values = append(d.values, string(ch))
		}
	} else {
		for !c.eof() {
			d.values = append(d.values, macroArg(c))
			c.accept(',')
		}
	}
	if len(d.values) == 0 {
		d.values = []string{""}
	}
	a.defining = d
}

// macroArg reads one macro argument: a quoted string (without its quotes),
// or text up to a comma or a space outside parentheses.
func macroArg(c *cursor) string {
	c.skipSpace()
	if c.peek() == '"' {
		start := c.pos
		end := skipString(c.s[:c.end], c.pos)
		if end <= start || end >= c.end || c.s[end] != '"' { // unterminated
			c.pos = c.end
			return c.s[start+1 : c.end]
		}
		c.pos = end + 1
		return c.s[start+1 : end]
	}
	start, depth := c.pos, 0
	for c.pos < c.end {
		ch := c.s[c.pos]
		if depth == 0 && (ch == ',' || isSpace(ch)) {
			break
		}
		switch ch {
		case '(', '[':
			depth++
		case ')', ']':
			if depth > 0 {
				depth--
			}
		case '"':
			c.pos = min(skipString(c.s[:c.end], c.pos), c.end-1)
		}
		c.pos++
	}
	return c.s[start:c.pos]
}

// invokeMacro expands a macro call.
func (a *assembler) invokeMacro(m *macroDef, c *cursor) {
	vals := map[string]string{}
	set := map[string]bool{}
	next := 0
	for !c.eof() {
		if next < len(m.params) && m.params[next].vararg {
			vals[m.params[next].name] = c.rest()
			set[m.params[next].name] = true
			next++
			c.pos = c.end
			break
		}
		save := c.pos
		// A keyword argument: name=value.
		if kw := c.name(); kw != "" && c.peek() == '=' && c.peekAt(1) != '=' {
			if p := m.param(kw); p != nil {
				c.pos++
				vals[kw] = macroArg(c)
				set[kw] = true
				c.accept(',')
				continue
			}
		}
		c.pos = save
		arg := macroArg(c)
		if next >= len(m.params) {
			a.errAt(save, "too many arguments to macro %s", m.name)
			return
		}
		vals[m.params[next].name] = arg
		set[m.params[next].name] = true
		next++
		c.accept(',')
	}
	for _, p := range m.params {
		if !set[p.name] || vals[p.name] == "" && p.def != "" {
			if p.required {
				a.err("missing value for required parameter %s of macro %s", p.name, m.name)
				return
			}
			vals[p.name] = p.def
		}
	}
	// Substitution costs the body's length even if .exitm cuts the
	// expansion short: it counts against the limit too.
	a.copied += len(m.body)
	if a.copied > 4*a.opt.maxStatements() {
		a.err("macro expansions too long (runaway macro?)")
		a.stop = true
		return
	}
	lines := make([]string, len(m.body))
	for i, l := range m.body {
		lines[i] = substitute(l, vals, a.expansions)
	}
	a.pushExpansion(lines, m.lineNums, 1, fmt.Sprintf("in macro %s used at %s:%d", m.name, a.loc.file, a.loc.line), true)
}

func (m *macroDef) param(name string) *macroParam {
	for i := range m.params {
		if m.params[i].name == name {
			return &m.params[i]
		}
	}
	return nil
}

// substitute replaces \name by the argument values, \() by nothing and \@
// by the expansion count.
func substitute(line string, vals map[string]string, count int) string {
	if !strings.Contains(line, "\\") {
		return line
	}
	var b strings.Builder
	for i := 0; i < len(line); i++ {
		if line[i] != '\\' || i+1 >= len(line) {
			b.WriteByte(line[i])
			continue
		}
		switch {
		case line[i+1] == '(' && i+2 < len(line) && line[i+2] == ')':
			i += 2
			continue
		case line[i+1] == '@':
			b.WriteString(strconv.Itoa(count))
			i++
			continue
		}
		j := i + 1
		for j < len(line) && isNameChar(line[j]) && line[j] != '.' && line[j] != '$' {
			j++
		}
		if v, ok := vals[line[i+1:j]]; ok && j > i+1 {
			b.WriteString(v)
			i = j - 1
			continue
		}
		b.WriteByte(line[i])
	}
	return b.String()
}

// dirInclude handles .include "file".
func dirInclude(a *assembler, _ string, c *cursor) {
	pos := c.pos
	name, ok := a.parseString(c)
	if !ok {
		return
	}
	a.endOfStatement(c)
	a.include(name, pos)
}

// dirIncbin handles .incbin "file"[, skip[, count]]: the file's bytes.
func dirIncbin(a *assembler, _ string, c *cursor) {
	pos := c.pos
	name, ok := a.parseString(c)
	if !ok {
		return
	}
	var skip, count int64 = 0, -1
	if c.accept(',') {
		if skip, ok = a.absolute(c); !ok {
			return
		}
		if c.accept(',') {
			if count, ok = a.absolute(c); !ok {
				return
			}
		}
	}
	a.endOfStatement(c)
	data, _, found := a.findFile(name, pos)
	if !found {
		return
	}
	if skip < 0 || skip > int64(len(data)) || count < -1 || count > int64(len(data))-skip {
		a.errAt(pos, ".incbin range is outside %s (%d bytes)", name, len(data))
		return
	}
	if count < 0 {
		count = int64(len(data)) - skip
	}
	if a.room(uint64(count)) {
		a.emit(data[skip : skip+count])
	}
}
