package debugger

import (
	"debug/dwarf"
	"encoding/binary"
	"errors"
	"fmt"
	"strings"

	"graftlab/loader/debuginfo"
)

// Types the debugger gives to values that have none in the DWARF: the
// registers gdb shows as pointers, and the elements of an artificial array
// of plain words.
var (
	intType     = &dwarf.IntType{BasicType: dwarf.BasicType{CommonType: dwarf.CommonType{ByteSize: 4, Name: "int"}}}
	voidPtrType = &dwarf.PtrType{CommonType: dwarf.CommonType{ByteSize: 4}, Type: &dwarf.VoidType{}}
	codePtrType = &dwarf.PtrType{CommonType: dwarf.CommonType{ByteSize: 4}, Type: &dwarf.FuncType{ReturnType: &dwarf.VoidType{}}}
)

// regType is the type gdb gives a MIPS register: the stack and frame
// pointers are data pointers, the PC a code pointer, the rest integers.
func regType(name string) dwarf.Type {
	switch name {
	case "sp", "fp", "r29":
		return voidPtrType
	case "pc":
		return codePtrType
	}
	return nil
}

// maxString bounds the characters print shows of a string (gdb's print
// elements).
const maxString = 200

// quotedString reads the NUL-terminated string at addr and quotes it as gdb
// does: "hello", "a long one"... when it goes on past maxString
// characters, or <error: ...> when it cannot be read.
func (d *Debugger) quotedString(addr uint32) string {
	var b []byte
	for len(b) < maxString {
		c, err := d.t.ReadMemory(addr+uint32(len(b)), 1)
		if err != nil {
			if len(b) == 0 {
				return fmt.Sprintf("<error: Cannot access memory at address %#x>", addr)
			}
			return cQuote(b) + "..."
		}
		if c[0] == 0 {
			return cQuote(b)
		}
		b = append(b, c[0])
	}
	return cQuote(b) + "..."
}

// cQuote quotes bytes as a C string literal, as gdb shows them.
func cQuote(b []byte) string {
	var s strings.Builder
	s.WriteByte('"')
	for _, c := range b {
		switch c {
		case '"', '\\':
			s.WriteByte('\\')
			s.WriteByte(c)
		case '\n':
			s.WriteString(`\n`)
		case '\t':
			s.WriteString(`\t`)
		case '\r':
			s.WriteString(`\r`)
		case '\a':
			s.WriteString(`\a`)
		case '\b':
			s.WriteString(`\b`)
		case '\f':
			s.WriteString(`\f`)
		case '\v':
			s.WriteString(`\v`)
		case 033:
			s.WriteString(`\033`)
		default:
			if c < 0x20 || c >= 0x7f {
				fmt.Fprintf(&s, `\%03o`, c)
			} else {
				s.WriteByte(c)
			}
		}
	}
	s.WriteByte('"')
	return s.String()
}

// pointerName names a pointer type as C writes it in a cast: "int *",
// "char **", "int (*)[8]", "void (*)()".
func pointerName(t dwarf.Type) string {
	if td, ok := t.(*dwarf.TypedefType); ok {
		return td.Name
	}
	p, ok := resolve(t).(*dwarf.PtrType)
	if !ok {
		return debuginfo.CType(t)
	}
	switch e := p.Type.(type) {
	case *dwarf.ArrayType:
		if e.Count >= 0 {
			return fmt.Sprintf("%s (*)[%d]", debuginfo.CType(e.Type), e.Count)
		}
		return debuginfo.CType(e.Type) + " (*)[]"
	case *dwarf.FuncType:
		ret := "void"
		if e.ReturnType != nil {
			ret = debuginfo.CType(e.ReturnType)
		}
		var params []string
		for _, pt := range e.ParamType {
			params = append(params, debuginfo.CType(pt))
		}
		return ret + " (*)(" + strings.Join(params, ", ") + ")"
	}
	return debuginfo.CType(p)
}

// formatTop formats a value as print shows it: pointers with their type
// (and the symbol they point at), char pointers with their string, the
// rest as formatValue does.
func (d *Debugger) formatTop(t dwarf.Type, b []byte) string {
	p, ok := resolve(t).(*dwarf.PtrType)
	if !ok || len(b) < 4 {
		return d.formatValue(t, b, 0)
	}
	addr := binary.LittleEndian.Uint32(b)
	if isChar(p.Type) {
		return d.formatValue(t, b, 0)
	}
	s := fmt.Sprintf("(%s) %#x", pointerName(t), addr)
	if sym := d.symbolize(addr); sym != "" && addr != 0 {
		s += " <" + sym + ">"
	}
	return s
}

// formatValue is formatValue with the program's memory: a char pointer
// shows its string, as gdb shows it.
func (d *Debugger) formatValue(t dwarf.Type, b []byte, depth int) string {
	return formatValueIn(t, b, depth, d.charPointer)
}

// charPointer formats a char pointer's value: 0x... "string", or 0x0.
func (d *Debugger) charPointer(addr uint32) string {
	if addr == 0 {
		return "0x0"
	}
	return fmt.Sprintf("%#x %s", addr, d.quotedString(addr))
}

// artificialArray is gdb's x@n: n objects of x's type from x's address.
func (d *Debugger) artificialArray(x, n value) (value, error) {
	if x.lval != lvalMemory {
		return value{}, errors.New("only values in memory can be extended with '@'")
	}
	count := int64(int32(n.u))
	if count <= 0 {
		return value{}, fmt.Errorf("invalid number %d of repetitions", count)
	}
	elem := x.typ
	if elem == nil {
		elem = intType
	}
	size := elem.Size()
	if size <= 0 {
		return value{}, errors.New("'@' needs an object of known size")
	}
	if count*size > 1<<16 {
		return value{}, fmt.Errorf("%d repetitions of %d bytes: too large", count, size)
	}
	arr := &dwarf.ArrayType{CommonType: dwarf.CommonType{ByteSize: count * size}, Type: elem, Count: count}
	return d.memValue(x.addr, arr)
}
