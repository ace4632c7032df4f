// Package linkshapes gives tests the link-shape corpus of
// testdata/linkshapes: small programs linked by GNU ld in every shape a
// static MIPS executable comes in (.bss only, .data only, neither, a 64 MiB
// .bss, -N, -n, -Ttext-segment, -z separate-code and noseparate-code,
// --gc-sections, -G 8 small data, a linker script of its own, and a program
// on the whole kit), each with the output qemu-mipsel gave (golden.sh).
//
// Every program writes what the kernel made of its headers (entry, AT_PHDR,
// AT_PHNUM, the initial break) and checks its data, so each command that
// loads programs can be checked to load them as Linux does.
package linkshapes

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
)

// Shape is one program of the corpus.
type Shape struct {
	Name string
	ELF  []byte
	// QEMU is what qemu-mipsel wrote to stdout, and its exit status.
	QEMU       string
	QEMUStatus int
	// Want and WantStatus are what graftlab must write and exit with:
	// QEMU's, except where Linux's loader differs from qemu-mipsel 7.2's
	// (Differences).
	Want       string
	WantStatus int
}

// Args are the program's arguments, as golden.sh runs it: its file name
// alone. Its environment is empty.
func (s Shape) Args() []string { return []string{s.Name + ".elf"} }

// Difference is a line of a program's output on which graftlab follows
// Linux rather than the qemu-mipsel that recorded the golden files.
type Difference struct {
	QEMU, Linux string
	Why         string
}

// Differences lists, by program, where the output graftlab must give
// differs from qemu-mipsel 7.2's.
var Differences = map[string][]Difference{
	"omagic": {phdrNotLoaded},
	"nmagic": {phdrNotLoaded},
}

var phdrNotLoaded = Difference{
	QEMU: "phdr 0x00400034\n", Linux: "phdr 0x00000000\n",
	Why: "with -N and -n no loadable segment holds the program headers; Linux (since 5.18) then passes AT_PHDR 0, " +
		"qemu-mipsel 7.2 the first segment's address less its file offset, plus e_phoff",
}

// Dir returns the directory of the corpus.
func Dir() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "testdata", "linkshapes")
}

// All reads every program of the corpus and its golden output, in name
// order.
func All() ([]Shape, error) {
	elfs, err := filepath.Glob(filepath.Join(Dir(), "*.elf"))
	if err != nil {
		return nil, err
	}
	sort.Strings(elfs)
	if len(elfs) == 0 {
		return nil, fmt.Errorf("linkshapes: no programs in %s", Dir())
	}
	var shapes []Shape
	for _, path := range elfs {
		s := Shape{Name: strings.TrimSuffix(filepath.Base(path), ".elf")}
		if s.ELF, err = os.ReadFile(path); err != nil {
			return nil, err
		}
		out, err := os.ReadFile(strings.TrimSuffix(path, ".elf") + ".out")
		if err != nil {
			return nil, fmt.Errorf("linkshapes: %v (run golden.sh)", err)
		}
		if s.QEMU, s.QEMUStatus, err = ParseGolden(string(out)); err != nil {
			return nil, fmt.Errorf("linkshapes: %s.out: %v", s.Name, err)
		}
		s.Want, s.WantStatus = s.QEMU, s.QEMUStatus
		for _, d := range Differences[s.Name] {
			if !strings.Contains(s.Want, d.QEMU) {
				return nil, fmt.Errorf("linkshapes: %s.out does not hold %q, the line graftlab gives otherwise", s.Name, d.QEMU)
			}
			s.Want = strings.Replace(s.Want, d.QEMU, d.Linux, 1)
		}
		shapes = append(shapes, s)
	}
	return shapes, nil
}

// ParseGolden splits a golden file into the program's output and the exit
// status of its last line, "-- exit status N".
func ParseGolden(golden string) (stdout string, status int, err error) {
	i := strings.LastIndex(golden, "-- exit status ")
	if i < 0 || (i > 0 && golden[i-1] != '\n') {
		return "", 0, fmt.Errorf("no \"-- exit status\" line")
	}
	if _, err := fmt.Sscanf(golden[i:], "-- exit status %d\n", &status); err != nil {
		return "", 0, fmt.Errorf("exit status line: %v", err)
	}
	return golden[:i], status, nil
}
