package debugger

import (
	"debug/dwarf"
	"encoding/binary"
	"fmt"
	"strconv"
	"strings"
)

// maxElements bounds how many array elements print shows.
const maxElements = 200

// formatValue formats the bytes of a value of type t as gdb prints it.
func formatValue(t dwarf.Type, b []byte, depth int) string {
	return formatValueIn(t, b, depth, nil)
}

// formatValueIn is formatValue with charPtr, when not nil, to format the
// value of a char pointer (with the string it points at).
func formatValueIn(t dwarf.Type, b []byte, depth int, charPtr func(uint32) string) string {
	if depth > 8 {
		return "{...}"
	}
	switch t := resolve(t).(type) {
	case nil:
		if len(b) == 4 {
			return fmt.Sprint(int32(binary.LittleEndian.Uint32(b)))
		}
	case *dwarf.PtrType:
		if len(b) >= 4 {
			if charPtr != nil && isChar(t.Type) {
				return charPtr(binary.LittleEndian.Uint32(b))
			}
			return fmt.Sprintf("%#x", binary.LittleEndian.Uint32(b))
		}
	case *dwarf.BoolType:
		if len(b) >= 1 {
			return strconv.FormatBool(b[0] != 0)
		}
	case *dwarf.CharType:
		if len(b) >= 1 {
			return fmt.Sprintf("%d %s", int8(b[0]), quoteChar(b[0]))
		}
	case *dwarf.UcharType:
		if len(b) >= 1 {
			return fmt.Sprintf("%d %s", b[0], quoteChar(b[0]))
		}
	case *dwarf.IntType:
		return fmt.Sprint(signed(b))
	case *dwarf.UintType:
		return fmt.Sprint(unsigned(b))
	case *dwarf.EnumType:
		v := signed(b)
		for _, e := range t.Val {
			if e.Val == v {
				return e.Name
			}
		}
		return fmt.Sprint(v)
	case *dwarf.ArrayType:
		elem := t.Type
		size := int(elem.Size())
		if size <= 0 || t.Count < 0 {
			break
		}
		if isChar(elem) {
			s := b[:min(len(b), int(t.Count))]
			if i := strings.IndexByte(string(s), 0); i >= 0 {
				s = s[:i]
			}
			return strconv.Quote(string(s))
		}
		var parts []string
		for i := 0; i < int(t.Count) && (i+1)*size <= len(b); i++ {
			if i == maxElements {
				parts = append(parts, "...")
				break
			}
			parts = append(parts, formatValueIn(elem, b[i*size:(i+1)*size], depth+1, charPtr))
		}
		return "{" + strings.Join(parts, ", ") + "}"
	case *dwarf.StructType:
		var parts []string
		for _, f := range t.Field {
			size := int(f.Type.Size())
			if f.ByteOffset < 0 || size < 0 || int(f.ByteOffset)+size > len(b) {
				continue
			}
			parts = append(parts, f.Name+" = "+formatValueIn(f.Type, b[f.ByteOffset:int(f.ByteOffset)+size], depth+1, charPtr))
		}
		return "{" + strings.Join(parts, ", ") + "}"
	}
	var parts []string
	for _, c := range b {
		parts = append(parts, fmt.Sprintf("%02x", c))
	}
	return "<" + strings.Join(parts, " ") + ">"
}

func isChar(t dwarf.Type) bool {
	switch resolve(t).(type) {
	case *dwarf.CharType, *dwarf.UcharType:
		return true
	}
	return false
}

func quoteChar(c byte) string {
	if c >= 0x20 && c < 0x7f {
		if c == '\'' || c == '\\' {
			return `'\` + string(c) + `'`
		}
		return "'" + string(c) + "'"
	}
	return fmt.Sprintf(`'\%03o'`, c)
}

func unsigned(b []byte) uint64 {
	var v uint64
	for i := len(b) - 1; i >= 0 && i < 8; i-- {
		v = v<<8 | uint64(b[i])
	}
	return v
}

func signed(b []byte) int64 {
	v := unsigned(b)
	if n := len(b); n > 0 && n < 8 {
		shift := 64 - 8*uint(n)
		return int64(v<<shift) >> shift
	}
	return int64(v)
}

// formatInt formats a 32-bit value by a print/x format letter.
func formatInt(v uint32, f byte, size int) (string, error) {
	mask := uint32(1<<(8*uint(size)) - 1)
	if size >= 4 {
		mask = ^uint32(0)
	}
	v &= mask
	switch f {
	case 'x':
		return fmt.Sprintf("%#x", v), nil
	case 'z':
		return fmt.Sprintf("0x%0*x", 2*size, v), nil
	case 'd':
		return fmt.Sprint(signed(le(v, size))), nil
	case 'u':
		return fmt.Sprint(v), nil
	case 'o':
		return fmt.Sprintf("0%o", v), nil
	case 't':
		return strconv.FormatUint(uint64(v), 2), nil
	case 'c':
		return fmt.Sprintf("%d %s", int8(v), quoteChar(byte(v))), nil
	}
	return "", fmt.Errorf("format letter %q is not one of x, z, d, u, o, t, c, a, s, i", f)
}

func le(v uint32, size int) []byte {
	b := make([]byte, size)
	for i := range b {
		b[i] = byte(v >> (8 * uint(i)))
	}
	return b
}
