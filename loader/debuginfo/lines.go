package debuginfo

import (
	"debug/dwarf"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
)

// LineEntry is one row of the line table: the code at Addr, up to the next
// row's address, comes from File:Line. An EndSequence row marks the first
// address after a sequence of code and has no line of its own.
type LineEntry struct {
	Addr        uint32
	File        string
	Line        int
	IsStmt      bool
	EndSequence bool
}

// readLines appends the line table of one compilation unit and returns its
// file names by index, as DW_AT_decl_file numbers them.
func (d *Info) readLines(data *dwarf.Data, cu *dwarf.Entry, fileSet map[string]bool) ([]string, error) {
	lr, err := data.LineReader(cu)
	if err != nil {
		return nil, fmt.Errorf("debuginfo: .debug_line: %w", err)
	}
	if lr == nil {
		return nil, nil
	}
	var files []string
	for _, f := range lr.Files() {
		if f == nil {
			files = append(files, "")
			continue
		}
		files = append(files, cleanName(f.Name))
	}
	var le dwarf.LineEntry
	for {
		if err := lr.Next(&le); err != nil {
			if errors.Is(err, io.EOF) {
				break
			}
			return nil, fmt.Errorf("debuginfo: .debug_line: %w", err)
		}
		name := ""
		if le.File != nil {
			name = cleanName(le.File.Name)
			fileSet[name] = true
		}
		d.lines = append(d.lines, LineEntry{Addr: uint32(le.Address), File: name, Line: le.Line, IsStmt: le.IsStmt, EndSequence: le.EndSequence})
	}
	return files, nil
}

// cleanName drops a leading "./" that a comp_dir of "." leaves.
func cleanName(name string) string {
	for strings.HasPrefix(name, "./") {
		name = name[2:]
	}
	return name
}

// Lines returns the line table, sorted by address.
func (d *Info) Lines() []LineEntry { return d.lines }

// Files returns the names of the source files that the line table names,
// sorted.
func (d *Info) Files() []string { return d.files }

// PCToLine returns the source line of the code at pc.
func (d *Info) PCToLine(pc uint32) (file string, line int, ok bool) {
	i := d.rowAt(pc)
	if i < 0 {
		return "", 0, false
	}
	return d.lines[i].File, d.lines[i].Line, true
}

// rowAt returns the index of the row covering pc, or -1.
func (d *Info) rowAt(pc uint32) int {
	i := sort.Search(len(d.lines), func(i int) bool { return d.lines[i].Addr > pc }) - 1
	// Rows at one address: the last one that is not an end of sequence
	// holds (an end of sequence at pc ends the code before pc).
	for ; i >= 0 && d.lines[i].EndSequence; i-- {
		if d.lines[i].Addr < pc || i == 0 || d.lines[i-1].Addr != d.lines[i].Addr {
			return -1
		}
	}
	return i
}

// LineRange returns the addresses [low, high) of the block of code around
// pc that comes from one source line: the run of rows with pc's file and
// line, up to the next row of another line or the end of the sequence.
func (d *Info) LineRange(pc uint32) (low, high uint32, ok bool) {
	i := d.rowAt(pc)
	if i < 0 {
		return 0, 0, false
	}
	file, line := d.lines[i].File, d.lines[i].Line
	lo := i
	for lo > 0 && !d.lines[lo-1].EndSequence && d.lines[lo-1].File == file && d.lines[lo-1].Line == line {
		lo--
	}
	hi := i + 1
	for hi < len(d.lines) && !d.lines[hi].EndSequence && d.lines[hi].File == file && d.lines[hi].Line == line {
		hi++
	}
	if hi == len(d.lines) {
		return d.lines[lo].Addr, d.lines[i].Addr + 4, true
	}
	return d.lines[lo].Addr, d.lines[hi].Addr, true
}

// MatchFile returns the file of the line table that name names: the same
// name, or the only file whose name ends in "/"+name.
func (d *Info) MatchFile(name string) (string, error) {
	name = cleanName(name)
	var found []string
	for _, f := range d.files {
		if f == name {
			return f, nil
		}
		if strings.HasSuffix(f, "/"+name) || base(f) == name {
			found = append(found, f)
		}
	}
	switch len(found) {
	case 0:
		if !d.HasLines() {
			return "", errNoLines
		}
		return "", fmt.Errorf("no source file %q in the line table", name)
	case 1:
		return found[0], nil
	}
	return "", fmt.Errorf("source file %q is ambiguous: %s", name, strings.Join(found, ", "))
}

// LineToPCs returns the addresses where the code of file:line starts (each
// is_stmt row of that line whose previous row is another line), sorted.
// A line with no code resolves, as in gdb, to the next line of the file
// that has some; the line returned is the one used.
func (d *Info) LineToPCs(file string, line int) (pcs []uint32, used int, err error) {
	f, err := d.MatchFile(file)
	if err != nil {
		return nil, 0, err
	}
	best := 0
	for _, r := range d.lines {
		if r.File == f && !r.EndSequence && r.IsStmt && r.Line >= line && (best == 0 || r.Line < best) {
			best = r.Line
		}
	}
	if best == 0 {
		return nil, 0, fmt.Errorf("%s:%d: no code at or after this line", f, line)
	}
	for i, r := range d.lines {
		if r.File != f || r.Line != best || r.EndSequence || !r.IsStmt {
			continue
		}
		if i > 0 && !d.lines[i-1].EndSequence && d.lines[i-1].File == f && d.lines[i-1].Line == best && d.lines[i-1].Addr <= r.Addr {
			continue
		}
		if len(pcs) == 0 || pcs[len(pcs)-1] != r.Addr {
			pcs = append(pcs, r.Addr)
		}
	}
	sort.Slice(pcs, func(i, j int) bool { return pcs[i] < pcs[j] })
	return pcs, best, nil
}

// bodyStart is the address of the function's second line-table row, past
// the prologue (gdb's placement of a breakpoint on a function).
func (d *Info) bodyStart(f *Function) uint32 {
	i := sort.Search(len(d.lines), func(i int) bool { return d.lines[i].Addr > f.Low })
	for ; i < len(d.lines) && d.lines[i].Addr < f.High; i++ {
		if !d.lines[i].EndSequence && d.lines[i].IsStmt {
			return d.lines[i].Addr
		}
	}
	return f.Low
}
