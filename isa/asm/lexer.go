package asm

import "strings"

// cursor reads one statement. pos is relative to the statement's line so
// that errors can point at a column.
type cursor struct {
	s   string // the whole line
	pos int    // next byte to read
	end int    // end of the statement in s
}

func (c *cursor) eof() bool { c.skipSpace(); return c.pos >= c.end }

func (c *cursor) peek() byte {
	if c.pos < c.end {
		return c.s[c.pos]
	}
	return 0
}

func (c *cursor) peekAt(k int) byte {
	if c.pos+k < c.end {
		return c.s[c.pos+k]
	}
	return 0
}

func (c *cursor) skipSpace() {
	for c.pos < c.end && (c.s[c.pos] == ' ' || c.s[c.pos] == '\t' || c.s[c.pos] == '\r' || c.s[c.pos] == '\f' || c.s[c.pos] == '\v') {
		c.pos++
	}
}

// accept consumes b (after spaces) if it is next.
func (c *cursor) accept(b byte) bool {
	c.skipSpace()
	if c.peek() == b {
		c.pos++
		return true
	}
	return false
}

// rest returns the unread part of the statement, trimmed.
func (c *cursor) rest() string { return strings.TrimSpace(c.s[c.pos:c.end]) }

func isNameStart(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b == '_' || b == '.' || b == '$'
}

func isNameChar(b byte) bool { return isNameStart(b) || b >= '0' && b <= '9' }

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// name reads a symbol or mnemonic name, or returns "".
func (c *cursor) name() string {
	c.skipSpace()
	start := c.pos
	if c.pos < c.end && isNameStart(c.s[c.pos]) {
		for c.pos < c.end && isNameChar(c.s[c.pos]) {
			c.pos++
		}
	}
	return c.s[start:c.pos]
}

// span is a byte range of a line.
type span struct{ start, end int }

// splitStatements returns the statements of a line: the text up to a '#'
// comment, cut at ';' separators outside strings and character constants.
func splitStatements(line string) []span {
	var spans []span
	start := 0
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case '"':
			i = skipString(line, i)
		case '\'':
			// A character constant: the next character, maybe escaped.
			if i+1 < len(line) && line[i+1] == '\\' {
				i += 2
			} else {
				i++
			}
		case '#':
			return append(spans, span{start, i})
		case ';':
			spans = append(spans, span{start, i})
			start = i + 1
		}
	}
	return append(spans, span{start, len(line)})
}

// skipString returns the index of the closing quote of the string starting
// at line[i] (or the last index if it is not closed).
func skipString(line string, i int) int {
	for i++; i < len(line); i++ {
		switch line[i] {
		case '\\':
			i++
		case '"':
			return i
		}
	}
	return len(line) - 1
}

// splitOperands cuts an operand list at commas outside parentheses,
// strings and character constants. Each part keeps its position.
func splitOperands(c *cursor) []span {
	c.skipSpace()
	if c.pos >= c.end {
		return nil
	}
	var parts []span
	depth := 0
	start := c.pos
	for i := c.pos; i < c.end; i++ {
		switch c.s[i] {
		case '"':
			i = min(skipString(c.s[:c.end], i), c.end-1)
		case '\'':
			if i+1 < c.end && c.s[i+1] == '\\' {
				i += 2
			} else {
				i++
			}
		case '(':
			depth++
		case ')':
			if depth > 0 {
				depth--
			}
		case ',':
			if depth == 0 {
				parts = append(parts, trimSpan(c.s, span{start, i}))
				start = i + 1
			}
		}
	}
	return append(parts, trimSpan(c.s, span{start, c.end}))
}

func trimSpan(s string, sp span) span {
	for sp.start < sp.end && isSpace(s[sp.start]) {
		sp.start++
	}
	for sp.end > sp.start && isSpace(s[sp.end-1]) {
		sp.end--
	}
	return sp
}

func isSpace(b byte) bool { return b == ' ' || b == '\t' || b == '\r' || b == '\f' || b == '\v' }

// stripBlockComments replaces /* ... */ comments with spaces, keeping the
// newlines so that line numbers stay right. '#' comments, strings and
// character constants are respected.
func stripBlockComments(src string) string {
	if !strings.Contains(src, "/*") {
		return src
	}
	b := []byte(src)
	inLineComment := false
	for i := 0; i < len(b); i++ {
		switch {
		case b[i] == '\n':
			inLineComment = false
		case inLineComment:
		case b[i] == '#':
			inLineComment = true
		case b[i] == '"':
			for i++; i < len(b) && b[i] != '"' && b[i] != '\n'; i++ {
				if b[i] == '\\' && i+1 < len(b) && b[i+1] != '\n' {
					i++
				}
			}
			if i < len(b) && b[i] == '\n' {
				i--
			}
		case b[i] == '\'':
			if i+1 < len(b) && b[i+1] == '\\' {
				i++
			}
			if i+1 < len(b) && b[i+1] != '\n' {
				i++
			}
		case b[i] == '/' && i+1 < len(b) && b[i+1] == '*':
			b[i], b[i+1] = ' ', ' '
			for i += 2; i < len(b); i++ {
				if b[i] == '*' && i+1 < len(b) && b[i+1] == '/' {
					b[i], b[i+1] = ' ', ' '
					i++
					break
				}
				if b[i] != '\n' {
					b[i] = ' '
				}
			}
		}
	}
	return string(b)
}

// parseString reads a "..." string with C escapes at the cursor.
func (a *assembler) parseString(c *cursor) (string, bool) {
	c.skipSpace()
	if c.peek() != '"' {
		a.errAt(c.pos, "expected a string")
		return "", false
	}
	var b strings.Builder
	for c.pos++; c.pos < c.end; c.pos++ {
		ch := c.s[c.pos]
		if ch == '"' {
			c.pos++
			return b.String(), true
		}
		if ch != '\\' {
			b.WriteByte(ch)
			continue
		}
		c.pos++
		if c.pos >= c.end {
			break
		}
		b.WriteByte(a.escape(c))
	}
	a.errAt(c.pos, "unterminated string")
	return b.String(), false
}

// escape decodes the escape sequence after a backslash at c.pos, leaving
// c.pos on its last byte.
func (a *assembler) escape(c *cursor) byte {
	ch := c.s[c.pos]
	switch ch {
	case 'n':
		return '\n'
	case 't':
		return '\t'
	case 'r':
		return '\r'
	case 'b':
		return '\b'
	case 'f':
		return '\f'
	case 'v':
		return '\v'
	case 'a':
		return 7
	case 'e':
		return 27
	case 'x', 'X':
		v, n := 0, 0
		for c.pos+1 < c.end && isHex(c.s[c.pos+1]) {
			c.pos++
			v = v<<4 | hexVal(c.s[c.pos])
			n++
		}
		if n == 0 {
			return ch
		}
		return byte(v)
	}
	if ch >= '0' && ch <= '7' {
		v := int(ch - '0')
		for k := 0; k < 2 && c.pos+1 < c.end && c.s[c.pos+1] >= '0' && c.s[c.pos+1] <= '7'; k++ {
			c.pos++
			v = v<<3 | int(c.s[c.pos]-'0')
		}
		return byte(v)
	}
	return ch
}

func isHex(b byte) bool {
	return isDigit(b) || b >= 'a' && b <= 'f' || b >= 'A' && b <= 'F'
}

func hexVal(b byte) int {
	switch {
	case isDigit(b):
		return int(b - '0')
	case b >= 'a' && b <= 'f':
		return int(b-'a') + 10
	}
	return int(b-'A') + 10
}
