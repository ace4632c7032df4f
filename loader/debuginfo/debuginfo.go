package debuginfo

import (
	"bytes"
	"debug/dwarf"
	"debug/elf"
	"errors"
	"fmt"
	"path"
	"sort"
)

// Info is the debugging information of one executable.
type Info struct {
	lines     []LineEntry // sorted by address; end-of-sequence rows included
	files     []string
	functions []*Function // sorted by Low
	globals   []Variable
	fdes      []fde // sorted by begin
	hasDWARF  bool
}

// Load reads the debugging information of an ELF file's bytes.
func Load(data []byte) (*Info, error) {
	f, err := elf.NewFile(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("debuginfo: %w", err)
	}
	return FromELF(f)
}

// FromELF reads the debugging information of an opened ELF file. A file
// with no DWARF sections gives an empty Info; one whose DWARF is malformed
// gives an error.
func FromELF(f *elf.File) (info *Info, err error) {
	// debug/dwarf is careful, but a malformed file must never crash the
	// caller: turn any panic into an error.
	defer func() {
		if r := recover(); r != nil {
			info, err = nil, fmt.Errorf("debuginfo: malformed debugging information: %v", r)
		}
	}()
	info = &Info{}
	if err := info.readCFI(f); err != nil {
		return nil, err
	}
	if f.Section(".debug_info") == nil {
		return info, nil
	}
	d, err := f.DWARF()
	if err != nil {
		return nil, fmt.Errorf("debuginfo: .debug_info: %w", err)
	}
	info.hasDWARF = true
	if err := info.readUnits(d); err != nil {
		return nil, err
	}
	return info, nil
}

// HasLines reports whether the file has a line table.
func (d *Info) HasLines() bool { return len(d.lines) > 0 }

// HasFunctions reports whether the file describes its functions in DWARF.
func (d *Info) HasFunctions() bool { return len(d.functions) > 0 }

// HasCFI reports whether the file has call-frame information.
func (d *Info) HasCFI() bool { return len(d.fdes) > 0 }

// Function is a function with code: a DW_TAG_subprogram with an address
// range.
type Function struct {
	Name      string
	Low, High uint32 // [Low, High)
	File      string // where it is declared
	Line      int
	External  bool
	// FrameBase is where the frame base (DW_OP_fbreg's base) lies; gcc uses
	// the CFA.
	FrameBase Location
	// Variables are the parameters (first, in order) and the local
	// variables of the function and its lexical blocks.
	Variables []Variable
	// BodyStart is the first address past the prologue: the second row of
	// the line table within the function (gdb's choice for a breakpoint on
	// a function), or Low when there is none.
	BodyStart uint32
}

// Contains reports whether pc lies in the function.
func (f *Function) Contains(pc uint32) bool { return pc >= f.Low && pc < f.High }

// Variable is a parameter or variable.
type Variable struct {
	Name  string
	Param bool
	Type  dwarf.Type // nil when DWARF gives none
	Loc   Location
	// Scope limits a block's local to the addresses of its block; a zero
	// Scope is the whole function (or the program, for a global).
	ScopeLow, ScopeHigh uint32
	File                string
	Line                int
}

// InScope reports whether the variable is visible at pc.
func (v *Variable) InScope(pc uint32) bool {
	return v.ScopeLow == v.ScopeHigh || pc >= v.ScopeLow && pc < v.ScopeHigh
}

// Size is the variable's size in bytes (4 when the type is unknown).
func (v *Variable) Size() int {
	if v.Type == nil || v.Type.Size() <= 0 {
		return 4
	}
	return int(v.Type.Size())
}

// TypeName is the type as C writes it, or "?" when unknown.
func (v *Variable) TypeName() string {
	return CType(v.Type)
}

// LocKind says how a location is computed.
type LocKind uint8

const (
	LocNone        LocKind = iota // no location, or an expression not understood (Expr holds it)
	LocAddress                    // DW_OP_addr: at Addr
	LocFrameOffset                // DW_OP_fbreg: at frame base + Offset
	LocRegOffset                  // DW_OP_bregN: at register Reg + Offset
	LocRegister                   // DW_OP_regN: in register Reg
	LocCFA                        // DW_OP_call_frame_cfa: the CFA itself (a frame base)
)

// Location is a simple DWARF location expression.
type Location struct {
	Kind   LocKind
	Addr   uint32
	Offset int32
	Reg    int
	Expr   []byte // the raw expression when Kind is LocNone
}

func (l Location) String() string {
	switch l.Kind {
	case LocAddress:
		return fmt.Sprintf("at %#x", l.Addr)
	case LocFrameOffset:
		return fmt.Sprintf("frame base%+d", l.Offset)
	case LocRegOffset:
		return fmt.Sprintf("r%d%+d", l.Reg, l.Offset)
	case LocRegister:
		return fmt.Sprintf("in r%d", l.Reg)
	case LocCFA:
		return "CFA"
	}
	if len(l.Expr) > 0 {
		return fmt.Sprintf("expression % x", l.Expr)
	}
	return "optimized out"
}

// parseLocation decodes the one-operation expressions that compilers emit
// at -O0; anything else is kept raw.
func parseLocation(expr []byte) Location {
	if len(expr) == 0 {
		return Location{}
	}
	op, rest := expr[0], expr[1:]
	switch {
	case op == 0x03 && len(rest) == 4: // DW_OP_addr
		return Location{Kind: LocAddress, Addr: uint32(rest[0]) | uint32(rest[1])<<8 | uint32(rest[2])<<16 | uint32(rest[3])<<24}
	case op == 0x91: // DW_OP_fbreg
		if v, n := sleb(rest); n == len(rest) && n > 0 {
			return Location{Kind: LocFrameOffset, Offset: int32(v)}
		}
	case op >= 0x70 && op <= 0x8f: // DW_OP_breg0..31
		if v, n := sleb(rest); n == len(rest) && n > 0 {
			return Location{Kind: LocRegOffset, Reg: int(op - 0x70), Offset: int32(v)}
		}
	case op >= 0x50 && op <= 0x6f && len(rest) == 0: // DW_OP_reg0..31
		return Location{Kind: LocRegister, Reg: int(op - 0x50)}
	case op == 0x9c && len(rest) == 0: // DW_OP_call_frame_cfa
		return Location{Kind: LocCFA}
	}
	return Location{Expr: append([]byte(nil), expr...)}
}

// Functions returns the functions, sorted by address.
func (d *Info) Functions() []*Function { return d.functions }

// Globals returns the variables with a fixed address.
func (d *Info) Globals() []Variable { return d.globals }

// FunctionAt returns the function holding pc.
func (d *Info) FunctionAt(pc uint32) (*Function, bool) {
	i := sort.Search(len(d.functions), func(i int) bool { return d.functions[i].High > pc })
	if i < len(d.functions) && d.functions[i].Contains(pc) {
		return d.functions[i], true
	}
	return nil, false
}

// Function returns the function called name (an external one first).
func (d *Info) Function(name string) (*Function, bool) {
	var found *Function
	for _, f := range d.functions {
		if f.Name == name && (found == nil || f.External && !found.External) {
			found = f
		}
	}
	return found, found != nil
}

// Global returns the global variable called name.
func (d *Info) Global(name string) (Variable, bool) {
	for _, v := range d.globals {
		if v.Name == name {
			return v, true
		}
	}
	return Variable{}, false
}

// readUnits reads every compilation unit: its line table, functions and
// globals.
func (d *Info) readUnits(data *dwarf.Data) error {
	r := data.Reader()
	fileSet := map[string]bool{}
	last := dwarf.Offset(0)
	for first := true; ; first = false {
		cu, err := r.Next()
		if err != nil {
			return fmt.Errorf("debuginfo: .debug_info: %w", err)
		}
		if cu == nil {
			break
		}
		// A corrupt unit length can make the reader go round in circles.
		if !first && cu.Offset <= last {
			return fmt.Errorf("debuginfo: .debug_info: entry at %#x does not follow the one at %#x", cu.Offset, last)
		}
		last = cu.Offset
		if cu.Tag != dwarf.TagCompileUnit {
			r.SkipChildren()
			continue
		}
		files, err := d.readLines(data, cu, fileSet)
		if err != nil {
			return err
		}
		if err := d.readCU(data, r, cu, files); err != nil {
			return err
		}
	}
	sort.SliceStable(d.lines, func(i, j int) bool { return d.lines[i].Addr < d.lines[j].Addr })
	sort.Slice(d.functions, func(i, j int) bool { return d.functions[i].Low < d.functions[j].Low })
	for _, f := range d.functions {
		f.BodyStart = d.bodyStart(f)
	}
	for name := range fileSet {
		d.files = append(d.files, name)
	}
	sort.Strings(d.files)
	return nil
}

// readCU reads the functions and globals of one compilation unit, whose
// children r is about to return.
func (d *Info) readCU(data *dwarf.Data, r *dwarf.Reader, cu *dwarf.Entry, files []string) error {
	if !cu.Children {
		return nil
	}
	fileName := func(e *dwarf.Entry) string {
		i, ok := e.Val(dwarf.AttrDeclFile).(int64)
		if !ok || i < 0 || int(i) >= len(files) {
			return ""
		}
		return files[i]
	}
	typeOf := func(e *dwarf.Entry) dwarf.Type {
		off, ok := e.Val(dwarf.AttrType).(dwarf.Offset)
		if !ok {
			return nil
		}
		t, err := data.Type(off)
		if err != nil {
			return nil
		}
		return t
	}
	variable := func(e *dwarf.Entry, low, high uint32) (Variable, bool) {
		name, _ := e.Val(dwarf.AttrName).(string)
		if name == "" {
			return Variable{}, false
		}
		v := Variable{Name: name, Param: e.Tag == dwarf.TagFormalParameter, Type: typeOf(e), ScopeLow: low, ScopeHigh: high, File: fileName(e)}
		if l, ok := e.Val(dwarf.AttrDeclLine).(int64); ok {
			v.Line = int(l)
		}
		if expr, ok := e.Val(dwarf.AttrLocation).([]byte); ok {
			v.Loc = parseLocation(expr)
		}
		return v, true
	}
	return d.readChildren(data, r, nil, 0, 0, variable)
}

// readChildren reads the entries up to the end of the current list of
// children: functions, with their parameters and locals (fn is the function
// being read, [low, high) the innermost lexical block with an address
// range), and, outside functions, globals.
func (d *Info) readChildren(data *dwarf.Data, r *dwarf.Reader, fn *Function, low, high uint32, variable func(*dwarf.Entry, uint32, uint32) (Variable, bool)) error {
	fileOf := func(e *dwarf.Entry) string { v, _ := variable(e, 0, 0); return v.File }
	last := dwarf.Offset(0)
	for {
		e, err := r.Next()
		if err != nil {
			return fmt.Errorf("debuginfo: .debug_info: %w", err)
		}
		if e == nil || e.Tag == 0 {
			return nil
		}
		if last != 0 && e.Offset <= last {
			return fmt.Errorf("debuginfo: .debug_info: entry at %#x does not follow the one at %#x", e.Offset, last)
		}
		last = e.Offset
		switch {
		case e.Tag == dwarf.TagSubprogram && fn == nil:
			ranges, _ := data.Ranges(e)
			name, _ := e.Val(dwarf.AttrName).(string)
			if len(ranges) == 0 || name == "" {
				break
			}
			f := &Function{Name: name, Low: uint32(ranges[0][0]), High: uint32(ranges[0][1])}
			for _, rg := range ranges[1:] {
				f.Low, f.High = min(f.Low, uint32(rg[0])), max(f.High, uint32(rg[1]))
			}
			f.External, _ = e.Val(dwarf.AttrExternal).(bool)
			if l, ok := e.Val(dwarf.AttrDeclLine).(int64); ok {
				f.Line = int(l)
			}
			if _, ok := e.Val(dwarf.AttrDeclFile).(int64); ok {
				f.File = fileOf(e)
			}
			if expr, ok := e.Val(dwarf.AttrFrameBase).([]byte); ok {
				f.FrameBase = parseLocation(expr)
			}
			d.functions = append(d.functions, f)
			if e.Children {
				if err := d.readChildren(data, r, f, 0, 0, variable); err != nil {
					return err
				}
			}
			continue
		case e.Tag == dwarf.TagLexDwarfBlock && fn != nil:
			if e.Children {
				l, h := low, high
				if ranges, _ := data.Ranges(e); len(ranges) > 0 {
					l, h = uint32(ranges[0][0]), uint32(ranges[0][1])
				}
				if err := d.readChildren(data, r, fn, l, h, variable); err != nil {
					return err
				}
			}
			continue
		case fn != nil && (e.Tag == dwarf.TagFormalParameter || e.Tag == dwarf.TagVariable):
			if v, ok := variable(e, low, high); ok {
				fn.Variables = append(fn.Variables, v)
			}
		case fn == nil && e.Tag == dwarf.TagVariable:
			if v, ok := variable(e, 0, 0); ok && v.Loc.Kind == LocAddress {
				d.globals = append(d.globals, v)
			}
		}
		if e.Children {
			r.SkipChildren()
		}
	}
}

// errNoLines is wrapped by the errors of line lookups in a file without a
// line table.
var errNoLines = errors.New("no line table (build with gcc -g)")

// base is a file name's last element, for matching "sum.c" to "./sum.c".
func base(name string) string { return path.Base(name) }

// CType writes a DWARF type as C declares it: "const char *", "int [8]".
func CType(t dwarf.Type) string {
	switch t := t.(type) {
	case nil:
		return "?"
	case *dwarf.PtrType:
		if _, ok := t.Type.(*dwarf.VoidType); ok || t.Type == nil {
			return "void *"
		}
		s := CType(t.Type)
		if len(s) > 0 && s[len(s)-1] == '*' {
			return s + "*"
		}
		return s + " *"
	case *dwarf.QualType:
		return t.Qual + " " + CType(t.Type)
	case *dwarf.ArrayType:
		if t.Count < 0 {
			return CType(t.Type) + " []"
		}
		return fmt.Sprintf("%s [%d]", CType(t.Type), t.Count)
	case *dwarf.TypedefType:
		return t.Name
	case *dwarf.StructType:
		if t.StructName != "" {
			return t.Kind + " " + t.StructName
		}
		return t.Kind + " {...}"
	case *dwarf.FuncType:
		return "function"
	}
	return t.String()
}
