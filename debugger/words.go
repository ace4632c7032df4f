package debugger

import (
	"bytes"
	"debug/dwarf"
	"debug/elf"
	"fmt"
	"path/filepath"
	"strings"
)

// plural gives "1 cycle", "2 cycles", "-1 cycle".
func plural(n int64, word string) string {
	if n == 1 || n == -1 {
		return fmt.Sprintf("%d %s", n, word)
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// duration formats a time in microseconds in the unit that suits it:
// "33.72 µs", "4.201 ms", "1.280 s".
func duration(us float64) string {
	switch {
	case us < 1000:
		return fmt.Sprintf("%.2f µs", us)
	case us < 1e6:
		return fmt.Sprintf("%.3f ms", us/1e3)
	}
	return fmt.Sprintf("%.3f s", us/1e6)
}

// fileName is how a source file is shown: as the compiler named it, as gdb
// shows it. The line table's names are joined with the compilation
// directory; a name under one of Config.CompDirs is shown relative to it
// ("sum.c", "lib/util.c"), others as they are.
func (d *Debugger) fileName(name string) string {
	if !filepath.IsAbs(name) {
		return name
	}
	for _, dir := range d.cfg.CompDirs {
		if !filepath.IsAbs(dir) {
			continue
		}
		if rel, err := filepath.Rel(dir, name); err == nil && !strings.HasPrefix(rel, "..") {
			return rel
		}
	}
	return name
}

// CompDirs returns the compilation directories (DW_AT_comp_dir) of an
// executable's units, for Config.CompDirs; none when it has no DWARF.
func CompDirs(data []byte) []string {
	f, err := elf.NewFile(bytes.NewReader(data))
	if err != nil {
		return nil
	}
	defer f.Close()
	dw, err := f.DWARF()
	if err != nil {
		return nil
	}
	var dirs []string
	seen := map[string]bool{}
	r := dw.Reader()
	for {
		e, err := r.Next()
		if err != nil || e == nil {
			break
		}
		if e.Tag == dwarf.TagCompileUnit {
			if dir, ok := e.Val(dwarf.AttrCompDir).(string); ok && !seen[dir] {
				seen[dir] = true
				dirs = append(dirs, dir)
			}
		}
		r.SkipChildren()
	}
	return dirs
}
