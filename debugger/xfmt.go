package debugger

import (
	"debug/dwarf"
	"fmt"
	"strconv"
	"strings"
)

// xFormat is a parsed /NFU: a count, a format letter and a unit size.
type xFormat struct {
	count  int
	format byte // x z d u o t c a s i
	unit   int  // 1, 2 or 4 bytes
}

// maxXCount bounds x's count.
const maxXCount = 4096

// parseXFormat parses the "/NFU" that follows x or print (without the
// slash). Missing parts keep def's.
func parseXFormat(s string, def xFormat) (xFormat, error) {
	f := def
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 {
		n, err := strconv.Atoi(s[:i])
		if err != nil || n <= 0 || n > maxXCount {
			return f, fmt.Errorf("count %q: must be 1 to %d", s[:i], maxXCount)
		}
		f.count = n
	}
	sawFormat, sawUnit := false, false
	for _, c := range []byte(s[i:]) {
		switch c {
		case 'x', 'z', 'd', 'u', 'o', 't', 'c', 'a', 's', 'i':
			if sawFormat {
				return f, fmt.Errorf("two format letters in /%s", s)
			}
			f.format, sawFormat = c, true
		case 'b', 'h', 'w':
			if sawUnit {
				return f, fmt.Errorf("two size letters in /%s", s)
			}
			f.unit, sawUnit = map[byte]int{'b': 1, 'h': 2, 'w': 4}[c], true
		case 'g':
			return f, fmt.Errorf("size g (8 bytes) is not supported on MIPS32: use w")
		default:
			return f, fmt.Errorf("invalid letter %q in /%s (count, then a format of xzduotcasi and a size of bhw)", c, s)
		}
	}
	switch f.format {
	case 'a':
		f.unit = 4
	case 'c':
		if !sawUnit {
			f.unit = 1
		}
	case 'i', 's':
		f.unit = 1
	}
	return f, nil
}

// splitFormat splits "/4xw $sp" into "4xw" and "$sp".
func splitFormat(args string) (fmtPart, rest string) {
	if !strings.HasPrefix(args, "/") {
		return "", args
	}
	args = args[1:]
	i := strings.IndexAny(args, " \t")
	if i < 0 {
		return args, ""
	}
	return args[:i], strings.TrimSpace(args[i:])
}

// examine implements x/FMT ADDR.
func (d *Debugger) examine(args string) error {
	fpart, rest := splitFormat(args)
	// The format and size persist; the count is 1 unless given.
	f, err := parseXFormat(fpart, xFormat{count: 1, format: d.xLast.format, unit: d.xLast.unit})
	if err != nil {
		return err
	}
	if f.count == 0 {
		f.count = 1
	}
	addr := d.xNext
	if rest != "" {
		v, err := d.eval(rest)
		if err != nil {
			return err
		}
		addr = v.u
		if v.lval == lvalMemory {
			if _, ok := resolve(v.typ).(*dwarf.ArrayType); ok {
				addr = v.addr
			}
		}
	} else if !d.xValid {
		return fmt.Errorf("argument required (starting display address)")
	}
	d.xLast = f
	switch f.format {
	case 'i':
		for range f.count {
			d.printf("%s\n", d.insnLine(addr, true))
			addr += 4
		}
	case 's':
		for range f.count {
			b, err := d.cString(addr, 4096)
			if err != nil {
				return err
			}
			d.printf("%#08x%s:\t%s\n", addr, d.symSuffix(addr), cQuote(b))
			addr += uint32(len(b)) + 1
		}
	default:
		perLine := map[int]int{1: 8, 2: 8, 4: 4}[f.unit]
		if f.format == 'c' {
			perLine = 8
		}
		for i := 0; i < f.count; i++ {
			if i%perLine == 0 {
				if i > 0 {
					d.printf("\n")
				}
				d.printf("%#08x%s:", addr, d.symSuffix(addr))
			}
			b, err := d.t.ReadMemory(addr, f.unit)
			if err != nil {
				d.printf("\n")
				d.xNext, d.xValid = addr, true
				return fmt.Errorf("cannot access memory at %#08x", addr)
			}
			v := uint32(unsigned(b))
			var s string
			if f.format == 'a' {
				s = fmt.Sprintf("%#x", v)
				if sym := d.symbolize(v); sym != "" {
					s += " <" + sym + ">"
				}
			} else if s, err = formatInt(v, map[bool]byte{true: 'z', false: f.format}[f.format == 'x'], f.unit); err != nil {
				return err
			}
			d.printf("\t%s", s)
			addr += uint32(f.unit)
		}
		d.printf("\n")
	}
	d.xNext, d.xValid = addr, true
	return nil
}

func (d *Debugger) symSuffix(addr uint32) string {
	if sym := d.symbolize(addr); sym != "" {
		return " <" + sym + ">"
	}
	return ""
}

// cString reads a NUL-terminated string of at most max bytes.
func (d *Debugger) cString(addr uint32, max int) ([]byte, error) {
	var out []byte
	for len(out) < max {
		b, err := d.t.ReadMemory(addr+uint32(len(out)), 1)
		if err != nil {
			return nil, fmt.Errorf("cannot access memory at %#08x", addr+uint32(len(out)))
		}
		if b[0] == 0 {
			break
		}
		out = append(out, b[0])
	}
	return out, nil
}
