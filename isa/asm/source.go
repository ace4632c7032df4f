package asm

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// frame is one source of lines: a file, or the expansion of a macro or
// .rept.
type frame struct {
	file     string
	lines    []string
	lineNums []int // line number of each line; nil: index+1
	idx      int
	repeat   int64 // .rept: times left to read lines again
	note     string
	macro    bool // a macro expansion (.exitm ends it)
	condBase int  // conditional depth when the frame began
}

func (a *assembler) pushFile(name string, src []byte) {
	text := stripBlockComments(string(src))
	lines := strings.Split(text, "\n")
	if n := len(lines); n > 0 && lines[n-1] == "" {
		lines = lines[:n-1]
	}
	a.input = append(a.input, &frame{file: name, lines: lines, condBase: len(a.cond)})
}

// run reads lines until the input is exhausted.
func (a *assembler) run() {
	for !a.stop && len(a.input) > 0 {
		fr := a.input[len(a.input)-1]
		if fr.idx >= len(fr.lines) {
			if fr.repeat > 1 {
				fr.repeat--
				fr.idx = 0
				continue
			}
			a.popFrame()
			continue
		}
		// Every line counts against the limit, blank ones too: a .rept of
		// nothing must not spin.
		a.lines++
		if a.lines > a.opt.maxStatements() {
			a.err("more than %d lines assembled (runaway macro or .rept?)", a.opt.maxStatements())
			a.stop = true
			return
		}
		line := fr.lines[fr.idx]
		num := fr.idx + 1
		if fr.lineNums != nil {
			num = fr.lineNums[fr.idx]
		}
		fr.idx++
		a.loc = srcLoc{file: fr.file, line: num, text: strings.TrimRight(line, "\r"), note: fr.note}
		a.line(a.loc.text)
	}
	if a.stop {
		return
	}
	if d := a.defining; d != nil {
		a.errLoc(d.start, "%s without %s", d.directive, d.terminator())
	}
	if len(a.cond) > 0 {
		a.errLoc(a.cond[len(a.cond)-1].loc, "conditional without .endif")
	}
}

// popFrame ends the innermost frame.
func (a *assembler) popFrame() {
	fr := a.input[len(a.input)-1]
	a.input = a.input[:len(a.input)-1]
	if !fr.macro && len(a.cond) > fr.condBase && len(a.input) > 0 {
		// A conditional left open at the end of an included file.
		a.errLoc(a.cond[len(a.cond)-1].loc, "conditional without .endif at end of %s", fr.file)
		a.cond = a.cond[:fr.condBase]
	}
}

// line assembles the statements of one line (or collects it into a
// definition being read).
func (a *assembler) line(text string) {
	if a.defining != nil {
		a.collect(text)
		return
	}
	for _, sp := range splitStatements(text) {
		if a.stop {
			return
		}
		c := &cursor{s: text, pos: sp.start, end: sp.end}
		a.statement(c)
		if a.defining != nil {
			return // the rest of the line is not part of the definition
		}
	}
}

// includeDepth counts the files being read.
func (a *assembler) includeDepth() int {
	n := 0
	for _, fr := range a.input {
		if fr.lineNums == nil {
			n++
		}
	}
	return n
}

// include reads a file named by .include.
func (a *assembler) include(name string, pos int) {
	if a.includeDepth() >= a.opt.maxIncludeDepth() {
		a.errAt(pos, ".include nested more than %d deep", a.opt.maxIncludeDepth())
		return
	}
	for _, cand := range a.includeCandidates(name) {
		for _, fr := range a.input {
			if fr.lineNums == nil && filepath.Clean(fr.file) == filepath.Clean(cand) {
				a.errAt(pos, "recursive .include of %s", name)
				return
			}
		}
	}
	if data, path, ok := a.findFile(name, pos); ok {
		a.pushFile(path, data)
	}
}

// findFile reads a file of .include or .incbin from the first place it
// is found.
func (a *assembler) findFile(name string, pos int) ([]byte, string, bool) {
	var tried []string
	for _, cand := range a.includeCandidates(name) {
		if b, err := a.readFile(cand); err == nil {
			return b, cand, true
		}
		tried = append(tried, cand)
	}
	a.errAt(pos, "cannot find include file %s (tried %s)", name, strings.Join(tried, ", "))
	return nil, "", false
}

// includeCandidates lists where name may be: relative to the including
// file, as given, then in each include directory.
func (a *assembler) includeCandidates(name string) []string {
	if filepath.IsAbs(name) {
		return []string{name}
	}
	var cands []string
	seen := map[string]bool{}
	add := func(p string) {
		if !seen[p] {
			seen[p] = true
			cands = append(cands, p)
		}
	}
	if len(a.input) > 0 {
		add(filepath.Join(filepath.Dir(a.input[len(a.input)-1].file), name))
	}
	add(name)
	for _, dir := range a.opt.IncludeDirs {
		add(filepath.Join(dir, name))
	}
	return cands
}

func (a *assembler) readFile(name string) ([]byte, error) {
	if a.opt.ReadFile != nil {
		return a.opt.ReadFile(name)
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, errors.New("not a regular file")
	}
	limit := int64(a.opt.maxSectionSize())
	b, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > limit {
		return nil, fmt.Errorf("larger than %d bytes", limit)
	}
	return b, nil
}
