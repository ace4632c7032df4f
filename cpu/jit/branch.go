package jit

import "graftlab/isa"

// Control transfers. A block may end in a branch or jump followed by its
// delay slot: the branch computes the next PC into DX (the fall-through
// address pc+8, replaced by the target with a conditional move when the
// condition holds; the register for jr and jalr, read before the delay
// slot or the link can change it), writes the link register, the delay
// slot runs, and the exit stores DX to State.PC. The delay slot must be
// one of the ALU operations the compiler supports; otherwise the block
// ends before the branch, which then runs by Step.
//
// The branch-likely forms (whose untaken case skips the delay slot) and
// the branch-and-link forms of REGIMM (bltzal, bgezal) are not compiled:
// they end a block before them, and run by Step.

// isControl reports whether op is a control transfer the compiler
// supports at the end of a block.
func isControl(op isa.Op) bool {
	switch op {
	case isa.BEQ, isa.BNE, isa.BLEZ, isa.BGTZ, isa.BLTZ, isa.BGEZ, isa.J, isa.JAL, isa.JR, isa.JALR:
		return true
	}
	return false
}

// isALU reports whether op is one of the ALU operations the compiler
// supports: what may stand anywhere in a block, and in a delay slot.
func isALU(op isa.Op) bool {
	switch op {
	case isa.ADDU, isa.SUBU, isa.AND, isa.OR, isa.XOR, isa.NOR, isa.SLT, isa.SLTU,
		isa.SLL, isa.SRL, isa.SRA, isa.SLLV, isa.SRLV, isa.SRAV,
		isa.ADDIU, isa.ANDI, isa.ORI, isa.XORI, isa.LUI, isa.SLTI, isa.SLTIU:
		return true
	}
	return false
}

// Scan says how many of the words at the start of a run of guest code
// form a block that Compile accepts: the supported ALU operations up to
// the first word that is not one, and, when that word is a supported
// control transfer whose delay slot (the word after it) is a supported
// ALU operation, the transfer and its slot too. At most MaxBlock. It
// reports whether the block ends in a control transfer. A word that does
// not decode ends the block like any unsupported one. n is 0 when the
// first word cannot start a block.
func Scan(words []uint32) (n int, control bool) {
	for n < len(words) && n < MaxBlock {
		inst, err := isa.Decode(words[n])
		if err != nil {
			return n, false
		}
		if isALU(inst.Op) {
			n++
			continue
		}
		if !isControl(inst.Op) || n+2 > MaxBlock || n+1 >= len(words) {
			return n, false
		}
		slot, err := isa.Decode(words[n+1])
		if err != nil || !isALU(slot.Op) {
			return n, false
		}
		return n + 2, true
	}
	return n, false
}

// emitControl emits the control transfer inst at pc, which leaves the
// next PC in DX (see above), and reports whether it is one the compiler
// supports.
func emitControl(a *assembler, inst isa.Inst, pc uint32) bool {
	dx, si := reg(regDX), reg(regSI)
	// cond emits DX = cond(rs, right) ? target : pc+8.
	cond := func(cmov hostOp, right operand) {
		a.emit(opMOVL, constant(int32(pc+8)), dx)
		a.emit(opMOVL, constant(int32(inst.BranchTarget(pc))), si)
		a.emit(opMOVL, gpr(inst.Rs), reg(regAX))
		a.emit(opCMPL, reg(regAX), right)
		a.emit(cmov, si, dx)
	}
	link := func(r isa.Reg) {
		if r != isa.Zero {
			a.emit(opMOVL, constant(int32(pc+8)), mem(gprOffset(uint8(r))))
		}
	}
	switch inst.Op {
	case isa.BEQ:
		cond(opCMOVLEQ, gpr(inst.Rt))
	case isa.BNE:
		cond(opCMOVLNE, gpr(inst.Rt))
	case isa.BLEZ:
		cond(opCMOVLLE, constant(0))
	case isa.BGTZ:
		cond(opCMOVLGT, constant(0))
	case isa.BLTZ:
		cond(opCMOVLLT, constant(0))
	case isa.BGEZ:
		cond(opCMOVLGE, constant(0))
	case isa.J:
		a.emit(opMOVL, constant(int32(inst.JumpTarget(pc))), dx)
	case isa.JAL:
		a.emit(opMOVL, constant(int32(inst.JumpTarget(pc))), dx)
		link(isa.RA)
	case isa.JR:
		a.emit(opMOVL, gpr(inst.Rs), dx)
	case isa.JALR: // the target is read before the link is written
		a.emit(opMOVL, gpr(inst.Rs), dx)
		link(inst.Rd)
	default:
		return false
	}
	return true
}
