package debugger

import (
	"debug/dwarf"
	"debug/elf"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"graftlab/isa"
	"graftlab/loader/debuginfo"
)

// Evaluation of parsed expressions against the stopped program: values,
// lvalues (memory, registers) and assignment.

// lvalKind says where a value lives.
type lvalKind uint8

const (
	lvalNone lvalKind = iota
	lvalMemory
	lvalRegister
)

// value is an evaluated expression.
type value struct {
	u     uint32
	typ   dwarf.Type // nil: a 32-bit integer
	lval  lvalKind
	addr  uint32 // lvalMemory
	reg   string // lvalRegister
	bytes []byte // the value's bytes, for memory values
}

func (v value) size() int {
	if v.typ != nil && v.typ.Size() > 0 {
		return int(v.typ.Size())
	}
	return 4
}

func (d *Debugger) eval(s string) (value, error) {
	n, err := parseExpr(s)
	if err != nil {
		return value{}, err
	}
	return d.evalNode(n)
}

func (d *Debugger) evalUint(s string) (uint32, error) {
	v, err := d.eval(s)
	return v.u, err
}

// memValue reads a value of type t at addr.
func (d *Debugger) memValue(addr uint32, t dwarf.Type) (value, error) {
	v := value{typ: t, lval: lvalMemory, addr: addr}
	n := v.size()
	if n > 1<<16 {
		return value{}, fmt.Errorf("value of %d bytes is too large", n)
	}
	b, err := d.t.ReadMemory(addr, n)
	if err != nil {
		return value{}, fmt.Errorf("cannot access memory at %#08x: %w", addr, err)
	}
	v.bytes = b
	if n <= 4 {
		if isSigned(t) {
			v.u = uint32(signed(b))
		} else {
			v.u = uint32(unsigned(b))
		}
	} else if _, ok := resolve(t).(*dwarf.ArrayType); ok {
		v.u = addr // an array is its address in arithmetic
	}
	return v, nil
}

func resolve(t dwarf.Type) dwarf.Type {
	for i := 0; i < 16; i++ {
		switch x := t.(type) {
		case *dwarf.TypedefType:
			t = x.Type
		case *dwarf.QualType:
			t = x.Type
		default:
			return t
		}
	}
	return t
}

func isSigned(t dwarf.Type) bool {
	switch resolve(t).(type) {
	case nil, *dwarf.IntType, *dwarf.CharType, *dwarf.EnumType:
		return true
	}
	return false
}

// regNumber returns the general register called name ("a0", "r4", "fp").
func regNumber(name string) (int, bool) {
	if r, ok := isa.ParseReg("$" + name); ok {
		return int(r), true
	}
	if r, ok := isa.ParseReg(name); ok {
		return int(r), true
	}
	if name == "fp" {
		return int(isa.FP), true
	}
	if strings.HasPrefix(name, "r") {
		if n, err := strconv.Atoi(name[1:]); err == nil && n >= 0 && n < 32 {
			return n, true
		}
	}
	return 0, false
}

func (d *Debugger) regValue(name string) (uint32, error) {
	if n, ok := regNumber(name); ok {
		return d.m.GPR[n], nil
	}
	switch name {
	case "pc":
		return d.m.PC, nil
	case "hi":
		return d.m.HI, nil
	case "lo":
		return d.m.LO, nil
	case "status":
		return d.m.CP0.Status, nil
	case "cause":
		return d.m.CP0.Cause, nil
	case "epc":
		return d.m.CP0.EPC, nil
	case "badvaddr":
		return d.m.CP0.BadVAddr, nil
	case "cycles":
		return uint32(d.m.Stats.Cycles), nil
	}
	if n, ok := fpuReg(name); ok {
		if d.m.Profile.FPU == nil {
			return 0, fmt.Errorf("$%s: the %s profile has no FPU", name, d.m.Profile.Name)
		}
		switch n {
		case fpuFCSR:
			return d.m.ReadFCR(31), nil
		case fpuFIR:
			return d.m.ReadFCR(0), nil
		}
		return d.m.FPR32(isa.FReg(n)), nil
	}
	return 0, fmt.Errorf("no register $%s", name)
}

// FPU register numbers for fpuReg: f0-f31 are 0-31.
const (
	fpuFCSR = 32
	fpuFIR  = 33
)

// fpuReg parses an FPU register name: f0-f31 (the 32-bit registers, as o32
// sees them), fcsr (or fsr, gdb's name) and fir.
func fpuReg(name string) (int, bool) {
	switch name {
	case "fcsr", "fsr":
		return fpuFCSR, true
	case "fir":
		return fpuFIR, true
	}
	if len(name) >= 2 && len(name) <= 3 && name[0] == 'f' {
		if n, err := strconv.Atoi(name[1:]); err == nil && n >= 0 && n < 32 && (len(name) == 2 || name[1] != '0') {
			return n, true
		}
	}
	return 0, false
}

func (d *Debugger) lookupVar(name string) (*debuginfo.Variable, frame, bool) {
	fr := d.frame0()
	for _, v := range fr.fnVars() {
		if v.Name == name && v.InScope(fr.regs.PC) {
			return &v, fr, true
		}
	}
	if v, ok := d.info.Global(name); ok {
		return &v, fr, true
	}
	return nil, fr, false
}

func (fr frame) fnVars() []debuginfo.Variable {
	if fr.fn == nil {
		return nil
	}
	// Innermost declarations last: search from the end so that a block's
	// variable hides the function's.
	vs := make([]debuginfo.Variable, 0, len(fr.fn.Variables))
	for i := len(fr.fn.Variables) - 1; i >= 0; i-- {
		vs = append(vs, fr.fn.Variables[i])
	}
	return vs
}

func (d *Debugger) evalNode(n *node) (value, error) {
	switch n.op {
	case "num":
		return value{u: n.num}, nil
	case "reg":
		u, err := d.regValue(n.name)
		return value{u: u, typ: regType(n.name), lval: lvalRegister, reg: n.name}, err
	case "id":
		if v, fr, ok := d.lookupVar(n.name); ok {
			if v.Loc.Kind == debuginfo.LocRegister {
				return value{u: fr.regs.GPR[v.Loc.Reg], typ: v.Type}, nil
			}
			addr, err := d.varAddr(v, fr)
			if err != nil {
				return value{}, err
			}
			return d.memValue(addr, v.Type)
		}
		if f, ok := d.info.Function(n.name); ok {
			return value{u: f.Low}, nil
		}
		if d.exe != nil {
			if s, ok := d.exe.Lookup(n.name); ok {
				if s.Type == elf.STT_FUNC { // a function: its address
					return value{u: s.Value}, nil
				}
				return d.memValue(s.Value, nil)
			}
		}
		return value{}, fmt.Errorf("no symbol %q in the current context", n.name)
	}
	if n.y == nil {
		return d.evalUnary(n)
	}
	return d.evalBinary(n)
}

// evalUnary evaluates - ~ ! * & applied to n.x.
func (d *Debugger) evalUnary(n *node) (value, error) {
	switch n.op {
	case "&":
		x, err := d.evalNode(n.x)
		if err != nil {
			return value{}, err
		}
		if x.lval != lvalMemory {
			return value{}, errors.New("& needs a value in memory")
		}
		return value{u: x.addr, typ: &dwarf.PtrType{CommonType: dwarf.CommonType{ByteSize: 4}, Type: x.typ}}, nil
	case "*":
		x, err := d.evalNode(n.x)
		if err != nil {
			return value{}, err
		}
		var elem dwarf.Type
		switch t := resolve(x.typ).(type) {
		case *dwarf.PtrType:
			elem = t.Type
			if _, ok := elem.(*dwarf.VoidType); ok {
				elem = nil
			}
		case *dwarf.ArrayType:
			elem = t.Type
		}
		return d.memValue(x.u, elem)
	case "-", "~", "!":
		x, err := d.evalNode(n.x)
		if err != nil {
			return value{}, err
		}
		switch n.op {
		case "-":
			return value{u: -x.u}, nil
		case "~":
			return value{u: ^x.u}, nil
		}
		return value{u: b2u(x.u == 0)}, nil
	}
	return value{}, fmt.Errorf("operator %q not supported", n.op)
}

// evalBinary evaluates a[i] and the binary operators.
func (d *Debugger) evalBinary(n *node) (value, error) {
	switch n.op {
	case "[]":
		x, err := d.evalNode(n.x)
		if err != nil {
			return value{}, err
		}
		i, err := d.evalNode(n.y)
		if err != nil {
			return value{}, err
		}
		var elem dwarf.Type
		base := x.u
		switch t := resolve(x.typ).(type) {
		case *dwarf.ArrayType:
			elem, base = t.Type, x.addr
			if t.Count >= 0 && int64(int32(i.u)) >= t.Count || int32(i.u) < 0 {
				return value{}, fmt.Errorf("index %d out of range [0, %d)", int32(i.u), t.Count)
			}
		case *dwarf.PtrType:
			elem = t.Type
			if _, ok := elem.(*dwarf.VoidType); ok {
				elem = nil
			}
		default:
			return value{}, errors.New("[] needs an array or a pointer")
		}
		size := uint32(4)
		if elem != nil && elem.Size() > 0 {
			size = uint32(elem.Size())
		}
		return d.memValue(base+i.u*size, elem)
	}
	x, err := d.evalNode(n.x)
	if err != nil {
		return value{}, err
	}
	y, err := d.evalNode(n.y)
	if err != nil {
		return value{}, err
	}
	if n.op == "@" {
		return d.artificialArray(x, y)
	}
	a, b := x.u, y.u
	sa, sb := int32(a), int32(b)
	switch n.op {
	case "+":
		return value{u: a + b}, nil
	case "-":
		return value{u: a - b}, nil
	case "*":
		return value{u: a * b}, nil
	case "/", "%":
		if b == 0 {
			return value{}, errors.New("division by zero")
		}
		if sb == -1 {
			if n.op == "/" {
				return value{u: -a}, nil
			}
			return value{u: 0}, nil
		}
		if n.op == "/" {
			return value{u: uint32(sa / sb)}, nil
		}
		return value{u: uint32(sa % sb)}, nil
	case "<<":
		return value{u: a << (b & 31)}, nil
	case ">>":
		return value{u: uint32(sa >> (b & 31))}, nil
	case "&":
		return value{u: a & b}, nil
	case "|":
		return value{u: a | b}, nil
	case "^":
		return value{u: a ^ b}, nil
	case "&&":
		return value{u: b2u(a != 0 && b != 0)}, nil
	case "||":
		return value{u: b2u(a != 0 || b != 0)}, nil
	case "==":
		return value{u: b2u(a == b)}, nil
	case "!=":
		return value{u: b2u(a != b)}, nil
	case "<":
		return value{u: b2u(sa < sb)}, nil
	case "<=":
		return value{u: b2u(sa <= sb)}, nil
	case ">":
		return value{u: b2u(sa > sb)}, nil
	case ">=":
		return value{u: b2u(sa >= sb)}, nil
	}
	return value{}, fmt.Errorf("operator %q not supported", n.op)
}

func b2u(b bool) uint32 {
	if b {
		return 1
	}
	return 0
}

// assign stores v into the lvalue that lhs names.
func (d *Debugger) assign(lhs string, v uint32) error {
	x, err := d.eval(lhs)
	if err != nil {
		return err
	}
	switch x.lval {
	case lvalRegister:
		if n, ok := regNumber(x.reg); ok {
			if n != 0 {
				d.m.GPR[n] = v
			}
		} else {
			switch x.reg {
			case "pc":
				d.m.SetPC(v)
			case "hi":
				d.m.HI = v
			case "lo":
				d.m.LO = v
			default:
				n, ok := fpuReg(x.reg)
				switch {
				case !ok || n == fpuFIR || d.m.Profile.FPU == nil:
					return fmt.Errorf("$%s cannot be set", x.reg)
				case n == fpuFCSR:
					d.m.WriteFCR(31, v)
				default:
					d.m.SetFPR32(isa.FReg(n), v)
				}
			}
		}
	case lvalMemory:
		size := x.size()
		if size > 4 {
			return fmt.Errorf("cannot assign a number to a value of %d bytes", size)
		}
		if err := d.t.WriteMemory(x.addr, le(v, size)); err != nil {
			return fmt.Errorf("cannot write memory at %#08x: %w", x.addr, err)
		}
	default:
		return fmt.Errorf("%q is not something that can be assigned", lhs)
	}
	d.stateChanged()
	return nil
}
