package asm

import (
	"strconv"
	"strings"

	"graftlab/isa"
)

// token is one operand of an instruction, classified but not yet matched
// against a form.
type token struct {
	pos  int    // column of the operand
	text string // the operand as written

	isReg bool // a general-purpose register ($n or a name)
	reg   isa.Reg
	bare  bool // written without '$' (objdump style)

	hasBase bool // a memory operand: offset(base)
	base    isa.Reg

	either bool // objdump's "rd or rt" of clz and clo

	isFPR bool // an FPU register, $f0-$f31
	isFCC bool // an FPU condition code, $fcc0-$fcc7
	fnum  uint8

	hasIndex bool // an indexed memory operand: index(base)
	index    isa.Reg

	asSymbol *token // a bare register name read as a symbol (bareSymbol)

	rel  relocOp // %hi, %lo, %gp_rel before the expression
	expr *node   // the expression (the offset of a memory operand); nil for (base) alone
	bad  bool    // the expression did not parse (reported once)
}

// parseGPR parses a general-purpose register: $0-$31 or $name; with
// allowBare, also the o32 name without '$'.
func parseGPR(s string, allowBare bool) (isa.Reg, bool) {
	if strings.HasPrefix(s, "$") {
		return isa.ParseReg(s)
	}
	if !allowBare || s == "" || isDigit(s[0]) {
		return 0, false
	}
	return isa.ParseReg(s)
}

// tokenize classifies the operands of an instruction.
func (a *assembler) tokenize(c *cursor) []*token {
	var toks []*token
	for _, sp := range splitOperands(c) {
		text := c.s[sp.start:sp.end]
		t := &token{pos: sp.start, text: text}
		toks = append(toks, t)
		if text == "" {
			a.errAt(sp.start, "missing operand")
			t.bad = true
			continue
		}
		if r, ok := parseGPR(text, true); ok {
			t.isReg, t.reg, t.bare = true, r, text[0] != '$'
			continue
		}
		if _, _, ok := parseEitherReg(text); ok {
			t.either = true
			continue
		}
		if n, ok := parseNumbered(text, "$fcc", 7); ok {
			t.isFCC, t.fnum = true, n
			continue
		}
		if n, ok := parseNumbered(text, "$f", 31); ok {
			t.isFPR, t.fnum = true, n
			continue
		}
		if open := strings.IndexByte(text, '('); open > 0 && text[len(text)-1] == ')' {
			idx, ok1 := parseGPR(strings.TrimSpace(text[:open]), true)
			base, ok2 := parseGPR(strings.TrimSpace(text[open+1:len(text)-1]), true)
			if ok1 && ok2 {
				t.hasIndex, t.index, t.hasBase, t.base = true, idx, true, base
				continue
			}
		}
		if bad := badRegister(text); bad != "" {
			a.errAt(sp.start+strings.Index(text, bad), "bad register name %s", bad)
			t.bad = true
			continue
		}
		end := sp.end
		if text[len(text)-1] == ')' {
			if open := matchingOpen(text); open >= 0 {
				inner := strings.TrimSpace(text[open+1 : len(text)-1])
				// A bare register name right after %hi, %lo... is the
				// operator's symbol: "%hi(zero)" is not base $zero.
				if r, ok := parseGPR(inner, !endsWithRelocOp(text[:open])); ok {
					t.hasBase, t.base = true, r
					end = sp.start + open
				}
			}
		}
		sub := &cursor{s: c.s, pos: sp.start, end: end}
		if sub.eof() {
			if !t.hasBase {
				a.errAt(sp.start, "missing operand")
				t.bad = true
			}
			continue // "(base)": offset zero
		}
		t.rel, t.expr = a.parseRelocExpr(sub)
		if t.expr == nil {
			t.bad = true
			continue
		}
		if !sub.eof() {
			a.errAt(sub.pos, "junk in operand: %q", sub.rest())
			t.bad = true
		}
	}
	return toks
}

// endsWithRelocOp reports whether s ends with a relocation operator
// ("%hi", "%lo", ...), so that a parenthesis after it holds its argument.
func endsWithRelocOp(s string) bool {
	s = strings.TrimRight(s, " \t")
	i := len(s)
	for i > 0 && isNameChar(s[i-1]) {
		i--
	}
	return i > 0 && i < len(s) && s[i-1] == '%'
}

// badRegister returns a "$number" in the operand that is not a register
// ($32, $44): it cannot be a symbol either.
func badRegister(text string) string {
	for i := 0; i < len(text); i++ {
		if text[i] != '$' || i > 0 && isNameChar(text[i-1]) {
			continue
		}
		j := i + 1
		for j < len(text) && isDigit(text[j]) {
			j++
		}
		if j > i+1 && (j == len(text) || !isNameChar(text[j])) {
			if _, ok := isa.ParseReg(text[i:j]); !ok {
				return text[i:j]
			}
		}
	}
	return ""
}

// matchingOpen returns the index of the '(' matching the final ')' of s.
func matchingOpen(s string) int {
	depth := 0
	for i := len(s) - 1; i >= 0; i-- {
		switch s[i] {
		case ')':
			depth++
		case '(':
			depth--
			if depth == 0 {
				return i
			}
		}
	}
	return -1
}

// cp0Names maps the CP0 register names that objdump prints (and
// isa.CP0Name returns) to register and select: c0_status is 12, c0_config1
// is 16 select 1.
var cp0Names = func() map[string][2]uint8 {
	m := map[string][2]uint8{}
	for reg := uint8(0); reg < 32; reg++ {
		for sel := uint8(0); sel < 8; sel++ {
			name := isa.CP0Name(reg, sel)
			if !strings.HasPrefix(name, "$") && !strings.Contains(name, ",") {
				m[name] = [2]uint8{reg, sel}
			}
		}
	}
	return m
}()

// parseCP0 parses a CP0 register operand: $n, or an objdump name, which
// may imply a select.
func parseCP0(s string) (reg, sel uint8, ok bool) {
	if strings.HasPrefix(s, "$") {
		n, err := strconv.Atoi(s[1:])
		if err == nil && n >= 0 && n < 32 && (len(s) == 2 || s[1] != '0') {
			return uint8(n), 0, true
		}
		s = s[1:]
	}
	rs, ok := cp0Names[strings.ToLower(s)]
	return rs[0], rs[1], ok
}

// parseSR parses a segment register operand: its number 0-15 (as
// isa.GNU prints it), $srN or srN.
func parseSR(s string) (uint8, bool) {
	t := strings.ToLower(s)
	switch {
	case strings.HasPrefix(t, "$sr"):
		t = t[3:]
	case strings.HasPrefix(t, "sr"):
		t = t[2:]
	}
	if t == "" || len(t) > 2 || len(t) > 1 && t[0] == '0' || strings.Trim(t, "0123456789") != "" {
		return 0, false
	}
	n, _ := strconv.Atoi(t)
	return uint8(n), n <= 15
}

// parseEitherReg parses objdump's "rd or rt" operand of clz and clo, whose
// two register fields differ.
func parseEitherReg(s string) (rd, rt isa.Reg, ok bool) {
	x, y, found := strings.Cut(s, " or ")
	if !found {
		return 0, 0, false
	}
	rd, ok1 := parseGPR(strings.TrimSpace(x), true)
	rt, ok2 := parseGPR(strings.TrimSpace(y), true)
	return rd, rt, ok1 && ok2
}

// parseNumbered parses prefix followed by a decimal number 0-max ($f12,
// $fcc3).
func parseNumbered(s, prefix string, max int) (uint8, bool) {
	t, ok := strings.CutPrefix(s, prefix)
	if !ok || t == "" || len(t) > 2 || len(t) > 1 && t[0] == '0' || strings.Trim(t, "0123456789") != "" {
		return 0, false
	}
	n, _ := strconv.Atoi(t)
	return uint8(n), n <= max
}

// fcrNames are the FPU control registers by objdump's names.
var fcrNames = map[string]uint8{"c1_fir": 0, "c1_ufr": 1, "c1_unfr": 4, "c1_fccr": 25, "c1_fexr": 26, "c1_fenr": 28, "c1_fcsr": 31}

// hwrNames are rdhwr's hardware registers by objdump's names.
var hwrNames = map[string]uint8{"hwr_cpunum": 0, "hwr_synci_step": 1, "hwr_cc": 2, "hwr_ccres": 3}

// parseNamedReg parses $n (0-31) or one of names.
func parseNamedReg(s string, names map[string]uint8) (uint8, bool) {
	if n, ok := parseNumbered(s, "$", 31); ok {
		return n, true
	}
	n, ok := names[strings.ToLower(s)]
	return n, ok
}
