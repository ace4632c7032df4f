package debugger

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Expressions, as print, set, x, break *ADDR and watch take them: C-like
// integer arithmetic on 32-bit values with registers ($a0, $sp, $pc, $hi,
// $lo, $r4), variables (locals of the innermost frame, globals), symbols,
// numbers (decimal, 0x hex, 0 octal, 'c'), unary - ~ ! * &, indexing a[i],
// * / % + - << >> < <= > >= == != & ^ | && || and parentheses.

// node is a parsed expression.
type node struct {
	op   string // "num", "reg", "id", unary "-", "~", "!", "*", "&", binary ops, "[]"
	num  uint32
	name string
	x, y *node
}

// maxExprDepth bounds nesting, so a hostile expression cannot exhaust the
// stack.
const maxExprDepth = 64

type parser struct {
	toks  []string
	pos   int
	depth int
}

// parseExpr parses an expression.
func parseExpr(s string) (*node, error) {
	toks, err := tokenize(s)
	if err != nil {
		return nil, err
	}
	if len(toks) == 0 {
		return nil, errors.New("expression expected")
	}
	p := &parser{toks: toks}
	n, err := p.binary(0)
	if err != nil {
		return nil, err
	}
	if p.pos != len(p.toks) {
		return nil, fmt.Errorf("unexpected %q in expression", p.toks[p.pos])
	}
	return n, nil
}

var twoCharOps = []string{"<<", ">>", "<=", ">=", "==", "!=", "&&", "||"}

func tokenize(s string) ([]string, error) {
	var toks []string
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ' || c == '\t':
			i++
		case c == '\'':
			if i+2 < len(s) && s[i+2] == '\'' {
				toks = append(toks, strconv.Itoa(int(s[i+1])))
				i += 3
			} else if i+3 < len(s) && s[i+1] == '\\' && s[i+3] == '\'' {
				r := map[byte]byte{'n': '\n', 't': '\t', '0': 0, '\\': '\\', '\'': '\'', 'r': '\r'}
				v, ok := r[s[i+2]]
				if !ok {
					return nil, fmt.Errorf("unknown escape \\%c", s[i+2])
				}
				toks = append(toks, strconv.Itoa(int(v)))
				i += 4
			} else {
				return nil, fmt.Errorf("bad character constant at column %d", i+1)
			}
		case isIdentChar(c) || c == '$':
			j := i + 1
			for j < len(s) && (isIdentChar(s[j]) || s[j] == '.') {
				j++
			}
			toks = append(toks, s[i:j])
			i = j
		default:
			if i+1 < len(s) {
				two := s[i : i+2]
				found := false
				for _, op := range twoCharOps {
					if two == op {
						toks = append(toks, two)
						i += 2
						found = true
						break
					}
				}
				if found {
					continue
				}
			}
			if !strings.ContainsRune("+-*/%&|^~!<>()[]@", rune(c)) {
				return nil, fmt.Errorf("unexpected character %q at column %d", c, i+1)
			}
			toks = append(toks, string(c))
			i++
		}
	}
	return toks, nil
}

func isIdentChar(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// Binary operators by precedence, loosest first.
// gdb's artificial arrays, x@n, bind between shifts and addition, as in
// gdb's C grammar.
var precedence = [][]string{{"||"}, {"&&"}, {"|"}, {"^"}, {"&"}, {"==", "!="}, {"<", "<=", ">", ">="}, {"<<", ">>"}, {"@"}, {"+", "-"}, {"*", "/", "%"}}

func (p *parser) peek() string {
	if p.pos < len(p.toks) {
		return p.toks[p.pos]
	}
	return ""
}

func (p *parser) binary(level int) (*node, error) {
	if level == len(precedence) {
		return p.unary()
	}
	x, err := p.binary(level + 1)
	if err != nil {
		return nil, err
	}
	for {
		op := p.peek()
		found := false
		for _, o := range precedence[level] {
			if op == o {
				found = true
			}
		}
		if !found {
			return x, nil
		}
		p.pos++
		y, err := p.binary(level + 1)
		if err != nil {
			return nil, err
		}
		x = &node{op: op, x: x, y: y}
	}
}

func (p *parser) unary() (*node, error) {
	p.depth++
	defer func() { p.depth-- }()
	if p.depth > maxExprDepth {
		return nil, errors.New("expression nested too deeply")
	}
	switch op := p.peek(); op {
	case "-", "~", "!", "*", "&", "+":
		p.pos++
		x, err := p.unary()
		if err != nil {
			return nil, err
		}
		if op == "+" {
			return x, nil
		}
		return &node{op: op, x: x}, nil
	}
	x, err := p.primary()
	if err != nil {
		return nil, err
	}
	for p.peek() == "[" {
		p.pos++
		i, err := p.binary(0)
		if err != nil {
			return nil, err
		}
		if p.peek() != "]" {
			return nil, errors.New("missing ]")
		}
		p.pos++
		x = &node{op: "[]", x: x, y: i}
	}
	return x, nil
}

func (p *parser) primary() (*node, error) {
	t := p.peek()
	if t == "" {
		return nil, errors.New("expression ends too early")
	}
	p.pos++
	switch {
	case t == "(":
		p.depth++
		if p.depth > maxExprDepth {
			return nil, errors.New("expression nested too deeply")
		}
		x, err := p.binary(0)
		p.depth--
		if err != nil {
			return nil, err
		}
		if p.peek() != ")" {
			return nil, errors.New("missing )")
		}
		p.pos++
		return x, nil
	case t[0] == '$':
		if len(t) == 1 {
			return nil, errors.New("register name expected after $")
		}
		return &node{op: "reg", name: t[1:]}, nil
	case t[0] >= '0' && t[0] <= '9':
		v, err := strconv.ParseUint(t, 0, 32)
		if err != nil {
			return nil, fmt.Errorf("bad number %q", t)
		}
		return &node{op: "num", num: uint32(v)}, nil
	case isIdentChar(t[0]):
		return &node{op: "id", name: t}, nil
	}
	return nil, fmt.Errorf("unexpected %q in expression", t)
}
