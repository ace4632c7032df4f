package asm

import (
	"fmt"
	"strings"
)

// Error is one assembly error.
type Error struct {
	File   string
	Line   int    // 1-based
	Col    int    // 1-based byte column in Source; 0 when the whole line is meant
	Msg    string //
	Source string // the offending line, as assembled (after macro expansion)
}

// Error returns "file:line:col: message".
func (e *Error) Error() string {
	if e.Col > 0 {
		return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Line, e.Col, e.Msg)
	}
	return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
}

// Detail returns Error() followed by the source line and a caret under the
// column, as compilers print them.
func (e *Error) Detail() string {
	if e.Source == "" {
		return e.Error()
	}
	var b strings.Builder
	b.WriteString(e.Error())
	b.WriteByte('\n')
	b.WriteString(e.Source)
	b.WriteByte('\n')
	col := e.Col
	if col < 1 {
		col = 1
	}
	// Keep the tabs of the line so that the caret lines up.
	for i := 0; i < col-1 && i < len(e.Source); i++ {
		if e.Source[i] == '\t' {
			b.WriteByte('\t')
		} else {
			b.WriteByte(' ')
		}
	}
	b.WriteByte('^')
	return b.String()
}

// ErrorList is every error of one assembly, in source order of discovery.
// Assemble returns it (as error) when anything went wrong.
type ErrorList []*Error

// Error lists the errors with their source lines and carets.
func (l ErrorList) Error() string {
	parts := make([]string, len(l))
	for i, e := range l {
		parts[i] = e.Detail()
	}
	return strings.Join(parts, "\n")
}

// Unwrap returns the errors, for errors.As on a single *Error.
func (l ErrorList) Unwrap() []error {
	errs := make([]error, len(l))
	for i, e := range l {
		errs[i] = e
	}
	return errs
}

// errTooMany stops the assembly once Options.MaxErrors errors are reported.
type errTooMany struct{}

// srcLoc is where a statement came from.
type srcLoc struct {
	file string
	line int
	text string // the statement's whole line
	col  int    // 0-based byte offset of the statement's start in text
	note string // appended to messages: the macro expansion it came from
}
