package jit

import (
	"fmt"
	"strings"
	"sync"

	"github.com/twitchyliquid64/golang-asm/obj"
	"github.com/twitchyliquid64/golang-asm/obj/x86"
	"github.com/twitchyliquid64/golang-asm/objabi"
)

// The assembler: the small set of amd64 instructions the compiler emits,
// over golang-asm, which no other file imports. Operands are host
// registers, memory at a register plus an offset (and an index), and
// constants.

// hostReg is an amd64 register.
type hostReg int16

// The registers generated code uses: see native.go for their roles.
// Generated code is entered by a Go assembly function under ABI0, for
// which every register but SP and BP is the callee's to clobber; it saves
// R14 and R15 (the goroutine and the GOT register of ABIInternal) around
// the code all the same.
const (
	regAX    hostReg = x86.REG_AX
	regBX    hostReg = x86.REG_BX
	regCX    hostReg = x86.REG_CX
	regDX    hostReg = x86.REG_DX
	regSI    hostReg = x86.REG_SI
	regDI    hostReg = x86.REG_DI
	regR8    hostReg = x86.REG_R8
	regR9    hostReg = x86.REG_R9
	regR10   hostReg = x86.REG_R10
	regR11   hostReg = x86.REG_R11
	regR12   hostReg = x86.REG_R12
	stateReg hostReg = x86.REG_R13
	regR14   hostReg = x86.REG_R14
	regR15   hostReg = x86.REG_R15
	// The low bytes, for SETcc.
	regAL hostReg = x86.REG_AL
	regDL hostReg = x86.REG_DL
)

// operand is an operand: a host register, memory, or a constant.
type operand struct {
	kind  uint8 // operandReg, operandBased, operandConst
	reg   hostReg
	value int64 // the memory's offset, or the constant
	// For operandBased: the index register (-1 for none) and its scale.
	index hostReg
	scale int16
}

const (
	operandReg = iota
	operandConst
	operandBased // memory at base + index*scale + offset (memAt, memIndex)
)

// memAt is the memory at base + offset.
func memAt(base hostReg, offset int64) operand {
	return operand{kind: operandBased, reg: base, value: offset, index: -1}
}

// memIndex is the memory at base + index*scale + offset.
func memIndex(base, index hostReg, scale int16, offset int64) operand {
	return operand{kind: operandBased, reg: base, value: offset, index: index, scale: scale}
}

func reg(r hostReg) operand    { return operand{kind: operandReg, reg: r} }
func constant(v int32) operand { return operand{kind: operandConst, value: int64(v)} }

func (o operand) address() obj.Addr {
	switch o.kind {
	case operandReg:
		return obj.Addr{Type: obj.TYPE_REG, Reg: int16(o.reg)}
	case operandBased:
		a := obj.Addr{Type: obj.TYPE_MEM, Reg: int16(o.reg), Offset: o.value}
		if o.index >= 0 {
			a.Index, a.Scale = int16(o.index), o.scale
		}
		return a
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
	opMOVQ  = hostOp(x86.AMOVQ)
	opCMPQ  = hostOp(x86.ACMPQ)
	opBTSQ  = hostOp(x86.ABTSQ)
	opJNE   = hostOp(x86.AJNE)
	opJHI   = hostOp(x86.AJHI) // unsigned greater
	opJCC   = hostOp(x86.AJCC) // unsigned greater or equal (carry clear)
	opJMP   = hostOp(obj.AJMP)
	// Conditional moves, for branches: the target replaces the
	// fall-through address when the condition holds.
	opCMOVLEQ = hostOp(x86.ACMOVLEQ)
	opCMOVLNE = hostOp(x86.ACMOVLNE)
	opCMOVLLE = hostOp(x86.ACMOVLLE) // signed
	opCMOVLGT = hostOp(x86.ACMOVLGT)
	opCMOVLLT = hostOp(x86.ACMOVLLT)
	opCMOVLGE = hostOp(x86.ACMOVLGE)
	opRET     = hostOp(obj.ARET)

	// For the compiled engine (native.go).
	opMOVBLZX = hostOp(x86.AMOVBLZX)
	opMOVBLSX = hostOp(x86.AMOVBLSX)
	opMOVWLZX = hostOp(x86.AMOVWLZX)
	opMOVWLSX = hostOp(x86.AMOVWLSX)
	opMOVB    = hostOp(x86.AMOVB)
	opMOVW    = hostOp(x86.AMOVW)
	opSUBQ    = hostOp(x86.ASUBQ)
	opLEAQ    = hostOp(x86.ALEAQ)
	opLEAL    = hostOp(x86.ALEAL)
	opBTSL    = hostOp(x86.ABTSL) // sets the bit of the second operand that the first indexes
	opTESTL   = hostOp(x86.ATESTL)
	opTESTQ   = hostOp(x86.ATESTQ)
	opSHRQ    = hostOp(x86.ASHRQ)
	opSHLQ    = hostOp(x86.ASHLQ)
	opSETEQ   = hostOp(x86.ASETEQ)
	opSETNE   = hostOp(x86.ASETNE)
	opSETLE   = hostOp(x86.ASETLE)
	opSETGT   = hostOp(x86.ASETGT)
	opSETGE   = hostOp(x86.ASETGE)
	opJEQ     = hostOp(x86.AJEQ)
	opJCS     = hostOp(x86.AJCS) // unsigned less
	opJLS     = hostOp(x86.AJLS) // unsigned less or equal
	opJGT     = hostOp(x86.AJGT) // signed
	opJLE     = hostOp(x86.AJLE)
	opJGE     = hostOp(x86.AJGE)
	opJLT     = hostOp(x86.AJLT)
	opADCL    = hostOp(x86.AADCL)
	opSBBL    = hostOp(x86.ASBBL)
	opBSRL    = hostOp(x86.ABSRL)
	opBTL     = hostOp(x86.ABTL)   // the bit of the second operand that the first indexes into the carry
	opIMULL   = hostOp(x86.AIMULL) // one operand (emitFrom): DX:AX = AX * it, signed
	opMULL    = hostOp(x86.AMULL)  // the same, unsigned
	opIMUL3L  = hostOp(x86.AIMULL) // two operands: the second *= the first
)

// label is a place in the code that jumps go to: placed once, before or
// after the jumps to it.
type label struct {
	at      *obj.Prog   // the first instruction after the label, once placed and emitted
	waiting []*obj.Prog // jumps emitted before the label's instruction
}

// jumpTo emits the jump op (JMP or a conditional one) to l.
func (a *assembler) jumpTo(op hostOp, l *label) {
	a.emit(op)
	p := a.progs[len(a.progs)-1]
	p.To.Type = obj.TYPE_BRANCH
	if l.at != nil {
		p.To.Val = l.at
		return
	}
	if len(l.waiting) == 0 {
		a.targets = append(a.targets, l)
	}
	l.waiting = append(l.waiting, p)
}

// place puts l before the next instruction emitted.
func (a *assembler) place(l *label) {
	a.labels = append(a.labels, l)
}

// assembler collects instructions and assembles them, remembering for
// each the mark (a guest instruction's index) it was emitted under. It
// drives golang-asm's amd64 back end directly (golang-asm's Builder also
// builds the tables of the text assembler on every use, which costs more
// than compiling a block).
type assembler struct {
	ctxt  *obj.Link
	slab  []obj.Prog // where progs are allocated, a chunk at a time
	progs []*obj.Prog
	marks []int
	mark  int
	diags []string
	// pending are forward jumps to the next instruction emitted (bind).
	pending, unbound []*obj.Prog
	// labels are placed before the next instruction emitted (place);
	// targets are the labels jumped to before they were placed.
	labels, targets []*label
}

// amd64Init builds golang-asm's amd64 tables, once: they are global and
// built without a lock.
var amd64Init sync.Once

// assemblerLock serializes the back end, which keeps its work in globals.
var assemblerLock sync.Mutex

func newAssembler() *assembler {
	a := &assembler{ctxt: obj.Linknew(&x86.Linkamd64)}
	a.ctxt.Headtype = objabi.Hlinux
	// As for hand-written assembly: no padding of jumps to 32-byte
	// boundaries (golang-asm's mitigation of Intel's JCC erratum), which
	// would put nops between the instructions of a guest instruction.
	a.ctxt.IsAsm = true
	// Diagnostics become the error of assemble, rather than lines on
	// standard output.
	a.ctxt.DiagFunc = func(format string, args ...any) {
		a.diags = append(a.diags, fmt.Sprintf(format, args...))
	}
	amd64Init.Do(func() { x86.Linkamd64.Init(a.ctxt) })
	return a
}

// setMark makes the instructions emitted from now on belong to mark.
func (a *assembler) setMark(mark int) { a.mark = mark }

// emit adds op with at most two operands: from and to in Go's order (the
// source first, but for CMP, whose operands are in Intel's).
func (a *assembler) emit(op hostOp, operands ...operand) {
	if len(a.slab) == 0 {
		a.slab = make([]obj.Prog, 64)
	}
	p := &a.slab[0]
	a.slab = a.slab[1:]
	p.Ctxt, p.As = a.ctxt, obj.As(op)
	switch len(operands) {
	case 1:
		p.To = operands[0].address()
	case 2:
		p.From = operands[0].address()
		p.To = operands[1].address()
	}
	if n := len(a.progs); n > 0 {
		a.progs[n-1].Link = p
	}
	for _, j := range a.pending {
		j.To.Val = p
	}
	a.pending = a.pending[:0]
	for _, l := range a.labels {
		l.at = p
		for _, j := range l.waiting {
			j.To.Val = p
		}
		l.waiting = nil
	}
	a.labels = a.labels[:0]
	a.progs = append(a.progs, p)
	a.marks = append(a.marks, a.mark)
}

// jump emits the conditional jump op to a label that bind places later.
func (a *assembler) jump(op hostOp) {
	a.emit(op)
	p := a.progs[len(a.progs)-1]
	p.To.Type = obj.TYPE_BRANCH
	a.unbound = append(a.unbound, p)
}

// bind makes the jumps emitted since the last bind go to the next
// instruction emitted.
func (a *assembler) bind() {
	a.pending = append(a.pending, a.unbound...)
	a.unbound = a.unbound[:0]
}

// assemble returns the machine code and, for each mark from 0 to marks-1,
// the offset of its first instruction (the next mark's, for a mark without
// instructions), followed by the length of the code.
func (a *assembler) assemble(marks int) (code []byte, offsets []int, err error) {
	if len(a.progs) == 0 {
		return nil, nil, fmt.Errorf("assemble: no instructions")
	}
	if len(a.pending)+len(a.unbound) > 0 {
		return nil, nil, fmt.Errorf("assemble: a jump without its target")
	}
	for _, l := range a.targets {
		if len(l.waiting) > 0 {
			return nil, nil, fmt.Errorf("assemble: a jump to a label never placed")
		}
	}
	text := &obj.LSym{Func: &obj.FuncInfo{Text: a.progs[0]}}
	assemblerLock.Lock()
	x86.Linkamd64.Assemble(a.ctxt, text, a.ctxt.NewProg)
	assemblerLock.Unlock()
	code = text.P
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

// emitFrom adds op with one operand, in From.
func (a *assembler) emitFrom(op hostOp, from operand) {
	a.emit(op)
	a.progs[len(a.progs)-1].From = from.address()
}
