package jit

// Chaining. A block's exit does not return to Go when the block for the
// next PC is in State.Chain and the budget in State allows it: it jumps
// straight into that block's code. Go fills the table (Engine: only with
// blocks that may run there without any check of its own, for the
// current run's Until address, code hooks, mode and translations) and
// empties the slots whose blocks it drops, and sets the budget before it
// enters compiled code: the instruction limit (the run's limit and the
// next check of its context) and the cycle limit (the run's limit and the
// next timer or device event). A jump into a block happens only when its
// counters after it stay within both, which is stricter than what Go
// checks (the cycle limit need only hold at the block's last
// instruction): where compiled code returns, Go decides exactly.

// emitChain emits the chain at a block's exit, with the next PC in DX:
//
//	slot  = (DX>>2) mod chainSlots, as a byte offset in AX
//	key   = DX | 1<<32, compared with the slot's key
//	Instructions + slot.Insts <= InstLimit
//	Cycles + slot.Cycles < CycleLimit
//	jump to slot.Code
//
// and falls through to the return when any of them fails.
func emitChain(a *assembler) {
	ax, cx, si := reg(regAX), reg(regCX), reg(regSI)
	a.emit(opMOVL, reg(regDX), ax)
	a.emit(opSHLL, constant(3), ax) // (pc>>2)*chainSlotSize
	a.emit(opANDL, constant((chainSlots-1)*chainSlotSize), ax)
	a.emit(opMOVL, reg(regDX), cx)
	a.emit(opBTSQ, constant(32), cx)
	a.emit(opCMPQ, cx, slotField(offsetSlotKey))
	a.jump(opJNE)
	a.emit(opMOVL, slotField(offsetSlotInsts), si)
	a.emit(opADDQ, mem(offsetInstructions), si)
	a.emit(opCMPQ, si, mem(offsetInstLimit))
	a.jump(opJHI)
	a.emit(opMOVL, slotField(offsetSlotCycles), si)
	a.emit(opADDQ, mem(offsetCycles), si)
	a.emit(opCMPQ, si, mem(offsetCycleLimit))
	a.jump(opJCC)
	a.emit(opJMP, slotField(offsetSlotCode))
}
