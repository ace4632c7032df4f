package jit

import (
	"fmt"
	"strings"
	"sync"

	golangasm "github.com/twitchyliquid64/golang-asm"
	"github.com/twitchyliquid64/golang-asm/obj"
	"github.com/twitchyliquid64/golang-asm/obj/x86"
)

// The assembler: the small set of amd64 instructions the compiler emits,
// over golang-asm, which no other file imports. Operands are host
// registers and the words of State (addressed from stateReg); 32-bit
// operations only, but for the 64-bit counters.

// hostReg is an amd64 register.
type hostReg int16

// The registers generated code uses. stateReg holds the address of the
// State for the whole of a block (the trampoline loads it); AX and CX are
// scratch (CX for variable shift counts). Generated code is entered by a
// Go assembly function under ABI0, for which every register but SP and BP
// is the callee's to clobber.
const (
	regAX    hostReg = x86.REG_AX
	regCX    hostReg = x86.REG_CX
	stateReg hostReg = x86.REG_R13
)

// operand is a source operand: a host register, a word of State, or a
// constant.
type operand struct {
	kind  uint8 // operandReg, operandMem, operandConst
	reg   hostReg
	value int64 // the offset in State, or the constant
}

const (
	operandReg = iota
	operandMem
	operandConst
)

func reg(r hostReg) operand    { return operand{kind: operandReg, reg: r} }
func mem(offset int64) operand { return operand{kind: operandMem, value: offset} }
func constant(v int32) operand { return operand{kind: operandConst, value: int64(v)} }

func (o operand) address() obj.Addr {
	switch o.kind {
	case operandReg:
		return obj.Addr{Type: obj.TYPE_REG, Reg: int16(o.reg)}
	case operandMem:
		return obj.Addr{Type: obj.TYPE_MEM, Reg: int16(stateReg), Offset: o.value}
	}
	return obj.Addr{Type: obj.TYPE_CONST, Offset: o.value}
}

// Instructions, by name, for the compiler.
type hostOp obj.As

const (
	opMOVL  = hostOp(x86.AMOVL)
	opADDL  = hostOp(x86.AADDL)
	opSUBL  = hostOp(x86.ASUBL)
	opANDL  = hostOp(x86.AANDL)
	opORL   = hostOp(x86.AORL)
	opXORL  = hostOp(x86.AXORL)
	opNOTL  = hostOp(x86.ANOTL)
	opCMPL  = hostOp(x86.ACMPL)
	opSHLL  = hostOp(x86.ASHLL)
	opSHRL  = hostOp(x86.ASHRL)
	opSARL  = hostOp(x86.ASARL)
	opSETLT = hostOp(x86.ASETLT) // signed less
	opSETCS = hostOp(x86.ASETCS) // unsigned less (carry set)
	opADDQ  = hostOp(x86.AADDQ)
	opRET   = hostOp(obj.ARET)
)

// assembler collects instructions and assembles them, remembering for
// each the mark (a guest instruction's index) it was emitted under.
type assembler struct {
	b     *golangasm.Builder
	progs []*obj.Prog
	marks []int
	mark  int
	diags []string
}

// assemblerLock serializes golang-asm, whose tables are built on first
// use without a lock.
var assemblerLock sync.Mutex

func newAssembler() (*assembler, error) {
	assemblerLock.Lock()
	defer assemblerLock.Unlock()
	b, err := golangasm.NewBuilder("amd64", 64)
	if err != nil {
		return nil, fmt.Errorf("golang-asm: %w", err)
	}
	a := &assembler{b: b}
	// Diagnostics become the error of assemble, rather than lines on
	// standard output.
	b.NewProg().Ctxt.DiagFunc = func(format string, args ...any) {
		a.diags = append(a.diags, fmt.Sprintf(format, args...))
	}
	return a, nil
}

// setMark makes the instructions emitted from now on belong to mark.
func (a *assembler) setMark(mark int) { a.mark = mark }

// emit adds op with at most two operands: from and to in Go's order (the
// source first, but for CMP, whose operands are in Intel's).
func (a *assembler) emit(op hostOp, operands ...operand) {
	p := a.b.NewProg()
	p.As = obj.As(op)
	switch len(operands) {
	case 1:
		p.To = operands[0].address()
	case 2:
		p.From = operands[0].address()
		p.To = operands[1].address()
	}
	a.b.AddInstruction(p)
	a.progs = append(a.progs, p)
	a.marks = append(a.marks, a.mark)
}

// assemble returns the machine code and, for each mark from 0 to marks-1,
// the offset of its first instruction (the next mark's, for a mark without
// instructions), followed by the length of the code.
func (a *assembler) assemble(marks int) (code []byte, offsets []int, err error) {
	if len(a.progs) == 0 {
		return nil, nil, fmt.Errorf("assemble: no instructions")
	}
	assemblerLock.Lock()
	code = a.b.Assemble()
	assemblerLock.Unlock()
	if len(a.diags) > 0 {
		return nil, nil, fmt.Errorf("assemble: %s", strings.Join(a.diags, "; "))
	}
	offsets = make([]int, marks+1)
	for i := range offsets {
		offsets[i] = -1
	}
	offsets[marks] = len(code)
	for i, p := range a.progs {
		if m := a.marks[i]; m >= 0 && m < marks && offsets[m] < 0 {
			offsets[m] = int(p.Pc)
		}
	}
	for m := marks - 1; m >= 0; m-- {
		if offsets[m] < 0 {
			offsets[m] = offsets[m+1]
		}
	}
	return code, offsets, nil
}
