package jit

import (
	"errors"
	"fmt"
	"math"

	"graftlab/isa"
	"graftlab/profile"
)

// MaxBlock bounds a block's length in instructions, so that one block's
// code is small beside any code cache and one block's run is short.
const MaxBlock = 1024

// Block is a compiled block: a straight run of guest instructions and the
// amd64 code that executes them on a State. Install places the code in a
// code cache, after which Run runs it.
type Block struct {
	// PC is the guest address of the first instruction.
	PC    uint32
	Insts []isa.Inst
	// Pre holds the block's static prefix: the class cycles of the
	// instructions before each one, and of all of them at the end (len
	// Insts + 1). A block that runs to its end adds len(Insts) to the
	// instruction counter and Pre[len(Insts)] to the cycle counter.
	Pre []uint64

	// code is the machine code; offsets[i] is where the code of Insts[i]
	// starts in it, offsets[len(Insts)] where the exit starts, and the last
	// entry is len(code).
	code    []byte
	offsets []int

	// Where Install placed the code, and the cache's generation then.
	cache *CodeCache
	entry uintptr
	gen   uint64
}

// Code returns the block's machine code (a copy).
func (b *Block) Code() []byte { return append([]byte(nil), b.code...) }

// Cycles is the block's static cycles: its static prefix at the end.
func (b *Block) Cycles() uint64 { return b.Pre[len(b.Insts)] }

// Errors of Compile and Run, for errors.Is.
var (
	// ErrUnsupported: the block holds an instruction the compiler does
	// not translate (yet), or this host cannot run compiled code.
	ErrUnsupported = errors.New("unsupported")
	// ErrStale: the block's code was flushed from its code cache (or the
	// cache closed) since Install; compile and install it again.
	ErrStale = errors.New("compiled block is stale")
	// ErrNotInstalled: Run before Install.
	ErrNotInstalled = errors.New("compiled block is not installed")
)

// Compile translates the instruction words at pc to amd64 code, with the
// class cycles of p. The block is a run of the ALU operations the compiler
// supports (see emitALU), which may end in a control transfer followed by
// its delay slot (branch.go; Scan finds such blocks); any other
// instruction, or a control transfer anywhere else, is refused with an
// error that names it and its pc. A block without a control transfer ends
// at pc + 4*len(words), where State.PC is set; one with a control transfer
// sets State.PC to the target or to the fall-through address, and the
// link register if it writes one.
func Compile(pc uint32, words []uint32, p *profile.Profile) (*Block, error) {
	switch {
	case len(words) == 0:
		return nil, fmt.Errorf("compile %#08x: empty block", pc)
	case len(words) > MaxBlock:
		return nil, fmt.Errorf("compile %#08x: %d instructions, more than %d", pc, len(words), MaxBlock)
	case p == nil:
		return nil, fmt.Errorf("compile %#08x: no profile", pc)
	case pc&3 != 0:
		return nil, fmt.Errorf("compile %#08x: unaligned pc", pc)
	case uint64(pc)+4*uint64(len(words)) > math.MaxUint32+1:
		return nil, fmt.Errorf("compile %#08x: %d instructions run past the end of the address space", pc, len(words))
	}
	b := &Block{PC: pc, Insts: make([]isa.Inst, len(words)), Pre: make([]uint64, len(words)+1)}
	a := newAssembler()
	var err error
	control := false // the block ends in a control transfer, which left the next PC in DX
	for i, w := range words {
		at := pc + 4*uint32(i)
		inst, err := isa.Decode(w)
		if err != nil {
			return nil, fmt.Errorf("compile %#08x: word %#08x at %#08x: %w", pc, w, at, err)
		}
		b.Insts[i] = inst
		class := inst.Info().Class
		if int(class) >= len(p.ClassCycles) || p.ClassCycles[class] < 0 {
			return nil, fmt.Errorf("compile %#08x: %s at %#08x: no cycles for class %v in profile %s", pc, isa.GNU(inst, at, nil), at, class, p.Name)
		}
		b.Pre[i+1] = b.Pre[i] + uint64(p.ClassCycles[class])
		a.setMark(i)
		switch {
		case emitALU(a, inst):
		case isControl(inst.Op) && i == len(words)-2:
			emitControl(a, inst, at)
			control = true
		case isControl(inst.Op) && i == len(words)-1:
			return nil, fmt.Errorf("compile %#08x: %s at %#08x without its delay slot: %w", pc, isa.GNU(inst, at, nil), at, ErrUnsupported)
		case isControl(inst.Op):
			return nil, fmt.Errorf("compile %#08x: %s at %#08x before the end of the block: %w", pc, isa.GNU(inst, at, nil), at, ErrUnsupported)
		default:
			return nil, fmt.Errorf("compile %#08x: %s at %#08x: %w", pc, isa.GNU(inst, at, nil), at, ErrUnsupported)
		}
	}
	if b.Cycles() > math.MaxInt32 {
		return nil, fmt.Errorf("compile %#08x: %d static cycles, more than a block may have", pc, b.Cycles())
	}
	a.setMark(len(words))
	next := constant(int32(pc + 4*uint32(len(words))))
	if control {
		next = reg(regDX)
	}
	emitExit(a, len(words), b.Cycles(), next, StatusEnd)
	if b.code, b.offsets, err = a.assemble(len(words) + 1); err != nil {
		return nil, fmt.Errorf("compile %#08x: %w", pc, err)
	}
	return b, nil
}

// gpr is the operand that reads guest register r: $zero reads as the
// constant 0 whatever State holds for it.
func gpr(r isa.Reg) operand {
	if r == isa.Zero {
		return constant(0)
	}
	return mem(gprOffset(uint8(r)))
}

// emitALU emits inst if it is one of the register and immediate operations
// the compiler supports, and reports whether it is. An instruction that
// writes $zero emits nothing: it only counts.
//
// Each computes in AX from its sources in State and stores AX to the
// destination; set-on-less-than zeroes CX before the compare and sets CL.
// Operations with $zero or a zero immediate that leave the other operand
// (move, li) or zero are plain moves.
func emitALU(a *assembler, inst isa.Inst) bool {
	rs, rt := gpr(inst.Rs), gpr(inst.Rt)
	// The destination: rd for the register forms, rt for the immediate
	// ones.
	var dest isa.Reg
	var emit func(d operand)
	// x op 0 is x for these; and 0 op x is x, or 0 for and, for all but
	// subtraction.
	identityZero := func(op hostOp) bool { return op == opADDL || op == opORL || op == opXORL || op == opSUBL }
	isZero := func(o operand) bool { return o.kind == operandConst && o.value == 0 }
	// compute sets d to left op right; left is rs's operand.
	compute := func(op hostOp, left, right operand, d operand) {
		if isZero(left) && op != opSUBL {
			left, right = right, left
		}
		switch {
		case isZero(right) && op == opANDL:
			a.emit(opMOVL, constant(0), d)
		case isZero(right) && identityZero(op) && left.kind == operandConst:
			a.emit(opMOVL, left, d)
		case isZero(right) && identityZero(op):
			a.emit(opMOVL, left, reg(regAX))
			a.emit(opMOVL, reg(regAX), d)
		default:
			a.emit(opMOVL, left, reg(regAX))
			a.emit(op, right, reg(regAX))
			a.emit(opMOVL, reg(regAX), d)
		}
	}
	op3 := func(op hostOp) func(d operand) { // d = rs op rt
		return func(d operand) { compute(op, rs, rt, d) }
	}
	opImm := func(op hostOp, imm int32) func(d operand) { // d = rs op imm
		return func(d operand) { compute(op, rs, constant(imm), d) }
	}
	setLess := func(set hostOp, right operand) func(d operand) { // d = rs < right
		return func(d operand) {
			a.emit(opMOVL, rs, reg(regAX))
			a.emit(opXORL, reg(regCX), reg(regCX))
			a.emit(opCMPL, reg(regAX), right)
			a.emit(set, reg(regCX))
			a.emit(opMOVL, reg(regCX), d)
		}
	}
	shiftImm := func(op hostOp) func(d operand) { // d = rt shifted by sa
		return func(d operand) {
			a.emit(opMOVL, rt, reg(regAX))
			if inst.Sa&31 != 0 {
				a.emit(op, constant(int32(inst.Sa&31)), reg(regAX))
			}
			a.emit(opMOVL, reg(regAX), d)
		}
	}
	shiftVar := func(op hostOp) func(d operand) { // d = rt shifted by rs&31 (the host masks the count)
		return func(d operand) {
			a.emit(opMOVL, rs, reg(regCX))
			a.emit(opMOVL, rt, reg(regAX))
			a.emit(op, reg(regCX), reg(regAX))
			a.emit(opMOVL, reg(regAX), d)
		}
	}
	imm := inst.Imm // sign- or zero-extended, as the operation's operand says
	switch inst.Op {
	case isa.ADDU:
		dest, emit = inst.Rd, op3(opADDL)
	case isa.SUBU:
		dest, emit = inst.Rd, op3(opSUBL)
	case isa.AND:
		dest, emit = inst.Rd, op3(opANDL)
	case isa.OR:
		dest, emit = inst.Rd, op3(opORL)
	case isa.XOR:
		dest, emit = inst.Rd, op3(opXORL)
	case isa.NOR:
		dest, emit = inst.Rd, func(d operand) {
			a.emit(opMOVL, rs, reg(regAX))
			if !isZero(rt) {
				a.emit(opORL, rt, reg(regAX))
			}
			a.emit(opNOTL, reg(regAX))
			a.emit(opMOVL, reg(regAX), d)
		}
	case isa.SLT:
		dest, emit = inst.Rd, setLess(opSETLT, rt)
	case isa.SLTU:
		dest, emit = inst.Rd, setLess(opSETCS, rt)
	case isa.SLL:
		dest, emit = inst.Rd, shiftImm(opSHLL)
	case isa.SRL:
		dest, emit = inst.Rd, shiftImm(opSHRL)
	case isa.SRA:
		dest, emit = inst.Rd, shiftImm(opSARL)
	case isa.SLLV:
		dest, emit = inst.Rd, shiftVar(opSHLL)
	case isa.SRLV:
		dest, emit = inst.Rd, shiftVar(opSHRL)
	case isa.SRAV:
		dest, emit = inst.Rd, shiftVar(opSARL)
	case isa.ADDIU:
		dest, emit = inst.Rt, opImm(opADDL, imm)
	case isa.ANDI:
		dest, emit = inst.Rt, opImm(opANDL, imm)
	case isa.ORI:
		dest, emit = inst.Rt, opImm(opORL, imm)
	case isa.XORI:
		dest, emit = inst.Rt, opImm(opXORL, imm)
	case isa.SLTI:
		dest, emit = inst.Rt, setLess(opSETLT, constant(imm))
	case isa.SLTIU: // the sign-extended immediate, compared unsigned
		dest, emit = inst.Rt, setLess(opSETCS, constant(imm))
	case isa.LUI:
		dest, emit = inst.Rt, func(d operand) {
			a.emit(opMOVL, constant(int32(uint32(imm)<<16)), d)
		}
	default:
		return false
	}
	if dest != isa.Zero {
		emit(mem(gprOffset(uint8(dest))))
	}
	return true
}

// emitExit emits a block's end: the counters advanced by its static
// prefix, State.PC set to next (a constant, or DX after a control
// transfer), and then the chain (chain.go): a jump straight into the
// block that State.Chain holds for the next PC while the budget allows
// it, or else a return of status.
func emitExit(a *assembler, insts int, cycles uint64, next operand, status Status) {
	a.emit(opADDQ, constant(int32(insts)), mem(offsetInstructions))
	a.emit(opADDQ, constant(int32(cycles)), mem(offsetCycles))
	a.emit(opADDQ, constant(1), mem(offsetBlocks))
	if next.kind != operandReg || next.reg != regDX {
		a.emit(opMOVL, next, reg(regDX))
	}
	a.emit(opMOVL, reg(regDX), mem(offsetPC))
	emitChain(a)
	a.bind()
	a.emit(opMOVL, constant(int32(status)), reg(regAX))
	a.emit(opRET)
}
