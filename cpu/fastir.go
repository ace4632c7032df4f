package cpu

import "graftlab/isa"

// The fast form of a block's instructions (the IR of the Fast engine's
// fast path, fastrun.go): one fastOp per instruction, its kind saying what
// runInner does with it, and fuseEnd, which merges a block's final branch
// with its end.

// fastOp is one instruction of a block in its fast form.
type fastOp struct {
	// The registers, resolved to the machine's (see resolve): d the
	// destination, whatever field it came from, s and t rs and rt. A
	// store, which writes no register, has in d its entry of the block's
	// pre: the static cycles before it (fuseEnd moves no store).
	d, s, t    *uint32
	imm        uint32 // immediate, shift amount, branch or jump target; a multiply's or HI/LO read's static cycles before it in the block
	kind       uint8
	rd, rs, rt isa.Reg // the numbers of d, s and t
}

// resolve points the op's registers at g; a load into $zero writes sink.
func (o *fastOp) resolve(g *[32]uint32, sink *uint32) {
	o.d, o.s, o.t = &g[o.rd&31], &g[o.rs&31], &g[o.rt&31]
	if o.rd == 0 {
		o.d = sink
	}
}

// Fast kinds. fastGeneric runs the instruction as one step.
const (
	fastGeneric = iota
	fastEnd     // after the block's last instruction
	fastNop
	fastADDU
	fastSUBU
	fastAND
	fastOR
	fastXOR
	fastNOR
	fastSLT
	fastSLTU
	fastSLLV
	fastSRLV
	fastSRAV
	fastMOVZ
	fastMOVN
	fastADDIU
	fastANDI
	fastORI
	fastXORI
	fastSLTI
	fastSLTIU
	fastLI // rd = imm (lui)
	fastSLL
	fastSRL
	fastSRA
	fastCLZ
	fastCLO
	fastLW
	fastLH
	fastLHU
	fastLB
	fastLBU
	fastSW
	fastSH
	fastSB
	fastBEQ
	fastBNE
	fastBLEZ
	fastBGTZ
	fastBLTZ
	fastBGEZ
	fastBLTZAL
	fastBGEZAL
	fastJ
	fastJAL
	fastJR
	fastJALR
	// Multiplies and HI/LO reads, which runInner runs when their wait
	// leaves the block room; runFast has execute run them otherwise.
	fastMULT
	fastMULTU
	fastMADD
	fastMADDU
	fastMUL
	fastMFHI
	fastMFLO
	// The rest of multiply, divide and HI/LO: execute runs them, with the
	// cycle counter current.
	fastHILO

	// A branch or jump fused with the block's end (fuseEnd), after its
	// delay slot.
	fastBEQEnd
	fastBNEEnd
	fastBLEZEnd
	fastBGTZEnd
	fastBLTZEnd
	fastBGEZEnd
	fastJEnd
	fastJREnd

	fastLast = fastJREnd
	// fastKinds is a power of two past the last kind. runInner switches on
	// kind&(fastKinds-1), with a case for every value, so that Go's jump
	// table needs no range check.
	fastKinds = 64
)

// The order of the kinds is part of the code; each of these fails to
// compile when it changes.
var (
	// The zero fastOp runs as one step.
	_ [0]struct{} = [fastGeneric]struct{}{}
	// fuseEnd takes fastNop to fastCLO for the register operations, which
	// end right before the loads.
	_ [0]struct{} = [fastLW - fastCLO - 1]struct{}{}
	// The loads, in loadAlign's order, and then the stores, in the order of
	// their sizes: runFast takes a store's size as 4 >> (kind - fastSW).
	_ [0]struct{} = [fastLBU - fastLW + 1 - len(loadAlign)]struct{}{}
	_ [0]struct{} = [fastLH - fastLW - 1]struct{}{}
	_ [0]struct{} = [fastLHU - fastLW - 2]struct{}{}
	_ [0]struct{} = [fastLB - fastLW - 3]struct{}{}
	_ [0]struct{} = [fastSW - fastLBU - 1]struct{}{}
	_ [0]struct{} = [fastSH - fastSW - 1]struct{}{}
	_ [0]struct{} = [fastSB - fastSW - 2]struct{}{}
	// buildBlock gives fastMULT to fastMFLO their static cycles.
	_ [0]struct{} = [fastMFLO - fastMULT - 6]struct{}{}
	_ [0]struct{} = [fastHILO - fastMFLO - 1]struct{}{}
	// runInner's switch has a case for every value up to fastKinds-1.
	_ [0]struct{} = [fastKinds - 1 - fastLast]struct{}{}
)

// fusedEnds are the branches and jumps that fuseEnd fuses with a block's
// end: those that write no register.
var fusedEnds = map[uint8]uint8{
	fastBEQ: fastBEQEnd, fastBNE: fastBNEEnd, fastBLEZ: fastBLEZEnd, fastBGTZ: fastBGTZEnd,
	fastBLTZ: fastBLTZEnd, fastBGEZ: fastBGEZEnd, fastJ: fastJEnd, fastJR: fastJREnd,
}

// fuseEnd saves the inner loop a dispatch at the end of a block whose last
// two instructions are a branch and its delay slot: when the slot is a
// register operation (which runInner always runs itself) that writes
// neither of the branch's registers, the fast ops [branch, slot, end]
// become [slot, branch+end, end]. The fused op decides the branch after
// the slot, on the same values, and moves on to the next block as the
// end does; where it cannot, it leaves to runFast at the end, the
// branch's outcome recorded as the branch would have. Nothing can stop
// between the two (a register operation never returns to runFast), so
// no instruction's index changes meaning.
func (b *block) fuseEnd() {
	n := len(b.ops)
	if b.branch < 0 || b.branch != n-2 {
		return
	}
	br, slot := b.fops[n-2], b.fops[n-1]
	k, ok := fusedEnds[br.kind]
	if !ok || slot.kind < fastNop || slot.kind > fastCLO ||
		slot.rd != 0 && (slot.rd == br.rs || slot.rd == br.rt) {
		return
	}
	br.kind = k
	b.fops[n-2], b.fops[n-1] = slot, br
}

// fastKind gives the fast form of inst at pc; slot is set when inst is a
// branch's delay slot.
func fastKind(inst isa.Inst, pc uint32, slot bool) fastOp {
	o := fastOp{rs: inst.Rs, rt: inst.Rt, imm: uint32(inst.Imm)}
	info := inst.Info()
	if slot && info.Flags&isa.FlagDelay != 0 {
		return fastOp{} // a branch in a delay slot: the step does what the reference does
	}
	rtype := func(k uint8) fastOp {
		if o.rd = inst.Rd; o.rd == 0 {
			return fastOp{kind: fastNop}
		}
		o.kind = k
		return o
	}
	itype := func(k uint8) fastOp {
		if o.rd = inst.Rt; o.rd == 0 {
			return fastOp{kind: fastNop}
		}
		o.kind = k
		return o
	}
	mem := func(k uint8) fastOp {
		o.kind, o.rd = k, inst.Rt
		return o
	}
	branch := func(k uint8) fastOp {
		o.kind, o.imm = k, inst.BranchTarget(pc)
		return o
	}
	switch inst.Op {
	case isa.ADDU:
		return rtype(fastADDU)
	case isa.SUBU:
		return rtype(fastSUBU)
	case isa.AND:
		return rtype(fastAND)
	case isa.OR:
		return rtype(fastOR)
	case isa.XOR:
		return rtype(fastXOR)
	case isa.NOR:
		return rtype(fastNOR)
	case isa.SLT:
		return rtype(fastSLT)
	case isa.SLTU:
		return rtype(fastSLTU)
	case isa.SLLV:
		return rtype(fastSLLV)
	case isa.SRLV:
		return rtype(fastSRLV)
	case isa.SRAV:
		return rtype(fastSRAV)
	case isa.MOVZ:
		return rtype(fastMOVZ)
	case isa.MOVN:
		return rtype(fastMOVN)
	case isa.CLZ:
		return rtype(fastCLZ)
	case isa.CLO:
		return rtype(fastCLO)
	case isa.SLL:
		o.imm = uint32(inst.Sa)
		return rtype(fastSLL)
	case isa.SRL:
		o.imm = uint32(inst.Sa)
		return rtype(fastSRL)
	case isa.SRA:
		o.imm = uint32(inst.Sa)
		return rtype(fastSRA)
	case isa.ADDIU:
		return itype(fastADDIU)
	case isa.ANDI:
		return itype(fastANDI)
	case isa.ORI:
		return itype(fastORI)
	case isa.XORI:
		return itype(fastXORI)
	case isa.SLTI:
		return itype(fastSLTI)
	case isa.SLTIU:
		return itype(fastSLTIU)
	case isa.LUI:
		o.imm <<= 16
		return itype(fastLI)
	case isa.LW:
		return mem(fastLW)
	case isa.LH:
		return mem(fastLH)
	case isa.LHU:
		return mem(fastLHU)
	case isa.LB:
		return mem(fastLB)
	case isa.LBU:
		return mem(fastLBU)
	case isa.SW:
		return mem(fastSW)
	case isa.SH:
		return mem(fastSH)
	case isa.SB:
		return mem(fastSB)
	case isa.BEQ:
		return branch(fastBEQ)
	case isa.BNE:
		return branch(fastBNE)
	case isa.BLEZ:
		return branch(fastBLEZ)
	case isa.BGTZ:
		return branch(fastBGTZ)
	case isa.BLTZ:
		return branch(fastBLTZ)
	case isa.BGEZ:
		return branch(fastBGEZ)
	case isa.BLTZAL:
		o.rd = isa.RA
		return branch(fastBLTZAL)
	case isa.BGEZAL:
		o.rd = isa.RA
		return branch(fastBGEZAL)
	case isa.J, isa.JAL:
		o.kind, o.imm = fastJ, inst.JumpTarget(pc)
		if inst.Op == isa.JAL {
			o.kind, o.rd = fastJAL, isa.RA
		}
		return o
	case isa.JR:
		o.kind = fastJR
		return o
	case isa.JALR:
		if o.rd = inst.Rd; o.rd == 0 {
			o.kind = fastJR
		} else {
			o.kind = fastJALR
		}
		return o
	case isa.MULT, isa.MULTU, isa.MADD, isa.MADDU, isa.MSUB, isa.MSUBU, isa.DIV, isa.DIVU, isa.MTHI, isa.MTLO:
		o.kind = hiloKinds[inst.Op]
		return o
	case isa.MUL, isa.MFHI, isa.MFLO:
		o.kind, o.rd = hiloKinds[inst.Op], inst.Rd // rd 0: the wait still happens
		return o
	case isa.PREF, isa.SYNC:
		return fastOp{kind: fastNop}
	}
	return fastOp{}
}

var hiloKinds = map[isa.Op]uint8{
	isa.MULT: fastMULT, isa.MULTU: fastMULTU, isa.MADD: fastMADD, isa.MADDU: fastMADDU,
	isa.MSUB: fastHILO, isa.MSUBU: fastHILO, isa.MUL: fastMUL, isa.DIV: fastHILO, isa.DIVU: fastHILO,
	isa.MFHI: fastMFHI, isa.MFLO: fastMFLO, isa.MTHI: fastHILO, isa.MTLO: fastHILO,
}

// loadAlign is the alignment mask of the fast loads, from fastLW on.
var loadAlign = [...]uint32{3, 1, 1, 0, 0}
