package jit

import (
	"fmt"
	"io"
	"strings"
	"unsafe"

	"graftlab/cpu"
	"graftlab/isa"
	"graftlab/mmu"
)

// The compiled engine's compiler: the Fast engine's blocks (cpu.NativeBlock)
// to amd64 code that does what the Fast engine's inner loop (runInner) does
// with them, on the same state (cpu.NativeLayout), leaving where it leaves
// and at every op it does not compile, where runInner goes on.
//
// Host registers, for the whole of a block's code and across the blocks
// it chains to:
//
//	R13  the inner loop's state (x)
//	R12  the guest's registers (&Machine.GPR)
//	R11  the cycle count at the start of the block, with the stalls since
//	     (runInner's start)
//
// The rest (AX, BX, CX, DX, SI, DI, R8 to R10) are scratch within an op;
// no guest register stays in a host register across ops, so that the
// code of every op can be entered (cpu.NativeCompiler's entries).
//
// A leave at op i stores R11 to the cycle counter, zeroes the applied
// cycles, and returns i in AX, as runInner's leave does.

const (
	xReg     = stateReg // R13: the inner loop's state
	gprReg   = regR12
	startReg = regR11
)

// constant64 is a 64-bit constant, for MOVQ into a register.
func constant64(v uint64) operand { return operand{kind: operandConst, value: int64(v)} }

// nativeBlock is one block's compiled code.
type nativeBlock struct {
	view    *cpu.NativeBlock
	code    []byte
	offsets []int // by op, then the exits (the end and the leaves), then the end of the code
	// enterable says at which ops the code may be entered: where no guest
	// register is kept in a host register.
	enterable []bool
	entry     uintptr
}

// nativeCompiler compiles the blocks of one machine into its code cache.
type nativeCompiler struct {
	cache  *CodeCache
	abi    cpu.NativeLayout
	blocks []*nativeBlock // those installed since the cache's last flush, for listings
	// Compiled and refused count the blocks offered; enters the entries
	// from Go.
	compiled, refused, enters uint64
	lastRefusal               error // why the last block refused was refused
	// dump receives each block's listing as it is compiled; dumpErr is
	// the first error writing it.
	dump    io.Writer
	dumpErr error
}

// gprAt is guest register r in the machine's registers.
func (c *nativeCompiler) gprAt(r uint8) operand { return memAt(gprReg, 4*int64(r&31)) }

// x is the field at offset off of the inner loop's state.
func xField(off uintptr) operand { return memAt(xReg, int64(off)) }

// readGPR loads guest register r into host register h ($zero is 0).
func (c *nativeCompiler) readGPR(a *assembler, r uint8, h hostReg) {
	if r&31 == 0 {
		a.emit(opMOVL, constant(0), reg(h))
		return
	}
	a.emit(opMOVL, c.gprAt(r), reg(h))
}

// writeGPR stores host register h into guest register r (a write to $zero
// is dropped, as the fast form's sink takes it).
func (c *nativeCompiler) writeGPR(a *assembler, h hostReg, r uint8) {
	if r&31 != 0 {
		a.emit(opMOVL, reg(h), c.gprAt(r))
	}
}

// blockCode is the state of compiling one block.
type blockCode struct {
	a      *assembler
	b      *cpu.NativeBlock
	top    *label   // the block's first op
	leaves []*label // a leave at op i, made on first use
	end    *label   // the end, with taken in DX and target in SI
	// rc keeps guest registers in host registers across a run of
	// register operations; enterable[i] says that none is kept at op i's
	// start, where code may then be entered.
	rc        regCache
	enterable []bool
}

// leave returns the label of the leave at op i.
func (k *blockCode) leave(i int) *label {
	for len(k.leaves) <= i {
		k.leaves = append(k.leaves, nil)
	}
	if k.leaves[i] == nil {
		k.leaves[i] = &label{}
	}
	return k.leaves[i]
}

// Compile compiles b (cpu.NativeCompiler).
func (c *nativeCompiler) Compile(b *cpu.NativeBlock) (entries []uintptr, flushed bool) {
	nb, err := c.compile(b)
	if err != nil {
		c.refused++
		c.lastRefusal = err
		return nil, false
	}
	gen := c.cache.gen
	blk, err := c.cache.Install(nb.code)
	if err != nil {
		c.refused++
		return nil, false
	}
	if c.cache.gen != gen {
		flushed = true
		c.blocks = c.blocks[:0]
	}
	nb.entry = blk.entry
	c.blocks = append(c.blocks, nb)
	if c.dump != nil && c.dumpErr == nil {
		var s strings.Builder
		nb.list(&s)
		_, c.dumpErr = io.WriteString(c.dump, s.String())
	}
	c.compiled++
	entries = make([]uintptr, len(b.Ops))
	for i := range entries {
		if nb.enterable[i] {
			entries[i] = blk.entry + uintptr(nb.offsets[i])
		}
	}
	return entries, flushed
}

// Enter runs host code (cpu.NativeCompiler).
func (c *nativeCompiler) Enter(entry uintptr, x unsafe.Pointer, gpr *[32]uint32, start uint64) int {
	c.enters++
	return int(enterNative(entry, x, unsafe.Pointer(gpr), start))
}

// compile translates b.
func (c *nativeCompiler) compile(b *cpu.NativeBlock) (*nativeBlock, error) {
	n := len(b.Ops)
	if n < 2 || b.Ops[n-1].Kind != cpu.OpEnd {
		return nil, fmt.Errorf("compile %#08x: no end", b.PC)
	}
	k := &blockCode{a: newAssembler(), b: b, top: &label{}, end: &label{}}
	a := k.a
	a.place(k.top)
	k.enterable = make([]bool, n)
	k.rc.init()
	for i, o := range b.Ops {
		a.setMark(i)
		k.enterable[i] = k.rc.empty()
		if !registerOp(o.Kind) {
			c.flush(k)
		}
		c.emitOp(k, i, o)
	}
	a.setMark(n)
	c.emitEnd(k)
	for i, l := range k.leaves {
		if l == nil {
			continue
		}
		a.place(l)
		a.emit(opMOVL, constant(int32(i)), reg(regAX))
		c.emitLeave(a)
	}
	code, offsets, err := a.assemble(n + 1) // mark n: the end and the leaves
	if err != nil {
		return nil, fmt.Errorf("compile %#08x: %w", b.PC, err)
	}
	return &nativeBlock{view: b, code: code, offsets: offsets, enterable: k.enterable}, nil
}

// emitLeave stores the cycle count and returns the op's index in AX.
func (c *nativeCompiler) emitLeave(a *assembler) {
	a.emit(opMOVQ, xField(c.abi.InnerStats), reg(regCX))
	a.emit(opMOVQ, reg(startReg), memAt(regCX, int64(c.abi.StatsCycles)))
	a.emit(opMOVL, constant(0), xField(c.abi.InnerApplied))
	a.emit(opRET)
}

// emitOp emits op i.
func (c *nativeCompiler) emitOp(k *blockCode, i int, o cpu.NativeOp) {
	a := k.a
	rd, rs, rt := uint8(o.Rd), uint8(o.Rs), uint8(o.Rt)
	// The register operations read and write through the cache (read,
	// write); the rest of the ops find it flushed (compile).
	binary := func(op hostOp) {
		c.read(k, rs, regAX)
		c.read(k, rt, regCX)
		a.emit(op, reg(regCX), reg(regAX))
		if o.Kind == cpu.OpNOR {
			a.emit(opNOTL, reg(regAX))
		}
		c.write(k, regAX, rd)
	}
	immediate := func(op hostOp) {
		c.read(k, rs, regAX)
		a.emit(op, constant(int32(o.Imm)), reg(regAX))
		c.write(k, regAX, rd)
	}
	shift := func(op hostOp, variable bool) {
		c.read(k, rt, regAX)
		if variable {
			c.read(k, rs, regCX)
			a.emit(op, reg(regCX), reg(regAX))
		} else {
			a.emit(op, constant(int32(o.Imm&31)), reg(regAX))
		}
		c.write(k, regAX, rd)
	}
	set := func(setcc hostOp, imm bool) {
		c.read(k, rs, regAX)
		if imm {
			a.emit(opCMPL, reg(regAX), constant(int32(o.Imm)))
		} else {
			c.read(k, rt, regCX)
			a.emit(opCMPL, reg(regAX), reg(regCX))
		}
		a.emit(setcc, reg(regAL))
		a.emit(opMOVBLZX, reg(regAL), reg(regAX))
		c.write(k, regAX, rd)
	}
	switch o.Kind {
	case cpu.OpNop:
	case cpu.OpADDU:
		binary(opADDL)
	case cpu.OpSUBU:
		binary(opSUBL)
	case cpu.OpAND:
		binary(opANDL)
	case cpu.OpOR:
		binary(opORL)
	case cpu.OpXOR:
		binary(opXORL)
	case cpu.OpNOR:
		binary(opORL)
	case cpu.OpSLT:
		set(opSETLT, false)
	case cpu.OpSLTU:
		set(opSETCS, false)
	case cpu.OpSLLV:
		shift(opSHLL, true)
	case cpu.OpSRLV:
		shift(opSHRL, true)
	case cpu.OpSRAV:
		shift(opSARL, true)
	case cpu.OpMOVZ, cpu.OpMOVN:
		skip := &label{}
		c.readGPR(a, rt, regCX)
		a.emit(opTESTL, reg(regCX), reg(regCX))
		if o.Kind == cpu.OpMOVZ {
			a.jumpTo(opJNE, skip)
		} else {
			a.jumpTo(opJEQ, skip)
		}
		c.readGPR(a, rs, regAX)
		c.writeGPR(a, regAX, rd)
		a.place(skip)
		a.emit(opMOVL, reg(regAX), reg(regAX))
	case cpu.OpCLZ, cpu.OpCLO:
		// 31 - the index of the highest set bit, or 32 for none.
		c.read(k, rs, regAX)
		if o.Kind == cpu.OpCLO {
			a.emit(opNOTL, reg(regAX))
		}
		zero, done := &label{}, &label{}
		a.emit(opBSRL, reg(regAX), reg(regAX))
		a.jumpTo(opJEQ, zero)
		a.emit(opXORL, constant(31), reg(regAX))
		a.jumpTo(opJMP, done)
		a.place(zero)
		a.emit(opMOVL, constant(32), reg(regAX))
		a.place(done)
		a.emit(opMOVL, reg(regAX), reg(regAX))
		c.write(k, regAX, rd)
	case cpu.OpADDIU:
		immediate(opADDL)
	case cpu.OpANDI:
		immediate(opANDL)
	case cpu.OpORI:
		immediate(opORL)
	case cpu.OpXORI:
		immediate(opXORL)
	case cpu.OpSLTI:
		set(opSETLT, true)
	case cpu.OpSLTIU:
		set(opSETCS, true)
	case cpu.OpLI:
		a.emit(opMOVL, constant(int32(o.Imm)), reg(regAX))
		c.write(k, regAX, rd)
	case cpu.OpSLL:
		shift(opSHLL, false)
	case cpu.OpSRL:
		shift(opSHRL, false)
	case cpu.OpSRA:
		shift(opSARL, false)
	case cpu.OpLW, cpu.OpLH, cpu.OpLHU, cpu.OpLB, cpu.OpLBU:
		c.emitLoad(k, i, o)
	case cpu.OpSW, cpu.OpSH, cpu.OpSB:
		c.emitStore(k, i, o)
	case cpu.OpMULT, cpu.OpMULTU, cpu.OpMADD, cpu.OpMADDU, cpu.OpMUL, cpu.OpMFHI, cpu.OpMFLO, cpu.OpHILO:
		c.emitHILO(k, i, o)
	case cpu.OpBEQ, cpu.OpBNE, cpu.OpBLEZ, cpu.OpBGTZ, cpu.OpBLTZ, cpu.OpBGEZ, cpu.OpBLTZAL, cpu.OpBGEZAL,
		cpu.OpJ, cpu.OpJAL, cpu.OpJR, cpu.OpJALR:
		c.emitBranch(k, i, o)
	case cpu.OpBEQEnd, cpu.OpBNEEnd, cpu.OpBLEZEnd, cpu.OpBGTZEnd, cpu.OpBLTZEnd, cpu.OpBGEZEnd, cpu.OpJEnd, cpu.OpJREnd:
		c.emitFusedEnd(k, i, o)
	case cpu.OpEnd:
		// taken and target as the block's branch left them.
		a.emit(opMOVBLZX, xField(c.abi.InnerTaken), reg(regDX))
		a.emit(opMOVL, xField(c.abi.InnerTarget), reg(regSI))
		// The end follows (compile emits it right after the fastEnd).
	default:
		// What runs as a step: runFast's.
		a.jumpTo(opJMP, k.leave(i))
	}
}

// registerOp reports whether ops of kind k work through the register
// cache: the register operations with one way through (movz and movn
// write on one way only, so they find it flushed).
func registerOp(k cpu.OpKind) bool {
	return k >= cpu.OpNop && k <= cpu.OpCLO && k != cpu.OpMOVZ && k != cpu.OpMOVN
}

// cachePool are the host registers that keep guest registers across a
// run of register operations, which use AX and CX (and DX) only; every
// other op finds them flushed and uses them as scratch.
var cachePool = [...]hostReg{regBX, regSI, regDI, regR8, regR9, regR10}

// regCache says which guest register each of cachePool keeps, whether it
// is dirty (newer than the machine's register), and when it was last used.
type regCache struct {
	guest [len(cachePool)]int8 // -1: none
	dirty [len(cachePool)]bool
	used  [len(cachePool)]uint64
	clock uint64
}

func (rc *regCache) init() {
	for j := range rc.guest {
		rc.guest[j], rc.dirty[j] = -1, false
	}
}

func (rc *regCache) empty() bool {
	for _, g := range rc.guest {
		if g >= 0 {
			return false
		}
	}
	return true
}

// find returns the slot keeping guest register r, or -1.
func (rc *regCache) find(r uint8) int {
	for j, g := range rc.guest {
		if g == int8(r) {
			rc.clock++
			rc.used[j] = rc.clock
			return j
		}
	}
	return -1
}

// slot returns a slot for guest register r, writing back the least
// recently used one when every slot is taken.
func (c *nativeCompiler) slot(k *blockCode, r uint8) int {
	rc := &k.rc
	j := 0
	for i, g := range rc.guest {
		if g < 0 {
			j = i
			break
		}
		if rc.used[i] < rc.used[j] {
			j = i
		}
	}
	if g := rc.guest[j]; g >= 0 && rc.dirty[j] {
		k.a.emit(opMOVL, reg(cachePool[j]), c.gprAt(uint8(g)))
	}
	rc.clock++
	rc.guest[j], rc.dirty[j], rc.used[j] = int8(r), false, rc.clock
	return j
}

// read loads guest register r into host register h, through the cache.
func (c *nativeCompiler) read(k *blockCode, r uint8, h hostReg) {
	a := k.a
	r &= 31
	if r == 0 {
		a.emit(opMOVL, constant(0), reg(h))
		return
	}
	if j := k.rc.find(r); j >= 0 {
		a.emit(opMOVL, reg(cachePool[j]), reg(h))
		return
	}
	a.emit(opMOVL, c.gprAt(r), reg(h))
}

// write stores host register h into guest register r, in the cache.
func (c *nativeCompiler) write(k *blockCode, h hostReg, r uint8) {
	r &= 31
	if r == 0 {
		return
	}
	j := k.rc.find(r)
	if j < 0 {
		j = c.slot(k, r)
	}
	k.a.emit(opMOVL, reg(h), reg(cachePool[j]))
	k.rc.dirty[j] = true
}

// flush writes the dirty guest registers of the cache back and empties it.
func (c *nativeCompiler) flush(k *blockCode) {
	for j, g := range k.rc.guest {
		if g >= 0 && k.rc.dirty[j] {
			k.a.emit(opMOVL, reg(cachePool[j]), c.gprAt(uint8(g)))
		}
	}
	k.rc.init()
}

// condition computes a branch's condition on rs (and rt) into DX (0 or
// 1).
func (c *nativeCompiler) condition(a *assembler, kind cpu.OpKind, rs, rt uint8) {
	c.readGPR(a, rs, regAX)
	var setcc hostOp
	switch kind {
	case cpu.OpBEQ, cpu.OpBEQEnd, cpu.OpBNE, cpu.OpBNEEnd:
		if rt&31 == 0 {
			a.emit(opTESTL, reg(regAX), reg(regAX))
		} else {
			c.readGPR(a, rt, regCX)
			a.emit(opCMPL, reg(regAX), reg(regCX))
		}
		setcc = opSETEQ
		if kind == cpu.OpBNE || kind == cpu.OpBNEEnd {
			setcc = opSETNE
		}
	default:
		a.emit(opCMPL, reg(regAX), constant(0))
		switch kind {
		case cpu.OpBLEZ, cpu.OpBLEZEnd:
			setcc = opSETLE
		case cpu.OpBGTZ, cpu.OpBGTZEnd:
			setcc = opSETGT
		case cpu.OpBLTZ, cpu.OpBLTZEnd, cpu.OpBLTZAL:
			setcc = opSETLT
		default:
			setcc = opSETGE
		}
	}
	a.emit(setcc, reg(regDL))
	a.emit(opMOVBLZX, reg(regDL), reg(regDX))
}

// emitBranch emits a branch or jump that is not fused with the end: its
// outcome goes to the inner loop's state, and the ones that link write
// the block's end (or leave, when its delay slot is not in it).
func (c *nativeCompiler) emitBranch(k *blockCode, i int, o cpu.NativeOp) {
	a := k.a
	link := false
	switch o.Kind {
	case cpu.OpJ, cpu.OpJAL:
		a.emit(opMOVB, constant(1), xField(c.abi.InnerTaken))
		a.emit(opMOVL, constant(int32(o.Imm)), xField(c.abi.InnerTarget))
		link = o.Kind == cpu.OpJAL
	case cpu.OpJR, cpu.OpJALR:
		a.emit(opMOVB, constant(1), xField(c.abi.InnerTaken))
		c.readGPR(a, uint8(o.Rs), regAX)
		a.emit(opMOVL, reg(regAX), xField(c.abi.InnerTarget))
		link = o.Kind == cpu.OpJALR
	default:
		c.condition(a, o.Kind, uint8(o.Rs), uint8(o.Rt))
		a.emit(opMOVB, reg(regDL), xField(c.abi.InnerTaken))
		a.emit(opMOVL, constant(int32(o.Imm)), xField(c.abi.InnerTarget))
		link = o.Kind == cpu.OpBLTZAL || o.Kind == cpu.OpBGEZAL
	}
	if link {
		if k.b.End == 1 {
			a.jumpTo(opJMP, k.leave(i))
			return
		}
		if o.Rd&31 != 0 {
			a.emit(opMOVL, constant(int32(k.b.End)), c.gprAt(uint8(o.Rd)))
		}
	}
}

// emitFusedEnd emits a branch or jump fused with the end: decided after
// its delay slot, then the end. A conditional branch taken back to the
// block's start runs the block again when the chain's cycles allow.
func (c *nativeCompiler) emitFusedEnd(k *blockCode, i int, o cpu.NativeOp) {
	a, b := k.a, k.b
	switch o.Kind {
	case cpu.OpJEnd:
		a.emit(opMOVL, constant(1), reg(regDX))
		a.emit(opMOVL, constant(int32(o.Imm)), reg(regSI))
	case cpu.OpJREnd:
		a.emit(opMOVL, constant(1), reg(regDX))
		c.readGPR(a, uint8(o.Rs), regSI)
	default:
		c.condition(a, o.Kind, uint8(o.Rs), uint8(o.Rt))
		a.emit(opMOVL, constant(int32(o.Imm)), reg(regSI))
		if o.Imm == b.PC {
			// Taken back to the start: again, if start + 2*static is
			// before the chain's stop.
			notLoop := &label{}
			a.emit(opTESTL, reg(regDX), reg(regDX))
			a.jumpTo(opJEQ, notLoop)
			a.emit(opLEAQ, memAt(startReg, 2*int64(b.Static)), reg(regAX))
			a.emit(opCMPQ, reg(regAX), xField(c.abi.InnerChainStop))
			a.jumpTo(opJCC, notLoop) // unsigned >=
			a.emit(opADDQ, constant(int32(b.Static)), reg(startReg))
			a.emit(opADDQ, constant(int32(len(b.Ops)-1)), xField(c.abi.InnerDone))
			a.jumpTo(opJMP, k.top)
			a.place(notLoop)
		}
	}
	a.jumpTo(opJMP, k.end)
}

// emitEnd emits the end of the block (taken in DX, target in SI): where
// control goes, the link or jump cache entry that leads there, and the
// jump into the next block's code when it has some and the chain's
// cycles allow; otherwise a leave at the fastEnd with the outcome stored.
func (c *nativeCompiler) emitEnd(k *blockCode) {
	a, b, abi := k.a, k.b, &c.abi
	n := len(b.Ops) - 1 // the index of the fastEnd
	a.place(k.end)
	out := &label{} // leave with the outcome stored
	// pc into DI, the link into BX.
	a.emit(opMOVQ, constant64(uint64(uintptr(b.Addr))), reg(regBX))
	a.emit(opMOVL, constant(int32(b.End)), reg(regDI))
	if b.Cond {
		fall := &label{}
		a.emit(opTESTL, reg(regDX), reg(regDX))
		a.jumpTo(opJEQ, fall)
		a.emit(opCMPL, reg(regSI), constant(int32(b.End)))
		a.jumpTo(opJEQ, fall)
		a.emit(opMOVL, reg(regSI), reg(regDI))
		a.emit(opADDQ, constant(int32(abi.LinkSize)), reg(regBX)) // links[1]
		a.place(fall)
	}
	a.emit(opADDQ, constant(int32(abi.BlockLinks)), reg(regBX))
	self := &label{}
	a.emit(opCMPL, reg(regDI), constant(int32(b.PC)))
	a.jumpTo(opJEQ, self)
	// nb = link.to, valid when nb.pc == pc and the link's context is the
	// current one; else the jump cache's entry.
	found, jc := &label{}, &label{}
	c.emitLinkCheck(a, jc)
	a.jumpTo(opJMP, found)
	a.place(jc)
	a.emit(opMOVL, reg(regDI), reg(regCX))
	a.emit(opSHRL, constant(2), reg(regCX))
	a.emit(opANDL, constant(int32(abi.JumpCacheSize-1)), reg(regCX))
	a.emit(opSHLQ, constant(4), reg(regCX)) // LinkSize 16
	a.emit(opMOVQ, xField(abi.InnerJumps), reg(regBX))
	a.emit(opADDQ, reg(regCX), reg(regBX))
	c.emitLinkCheck(a, out)
	a.place(found)
	// nb in R8 (emitLinkCheck left it there): its I-cache generation, its
	// code, the chain's cycles.
	a.emit(opMOVQ, memAt(regR8, int64(abi.BlockICGen)), reg(regAX))
	a.emit(opCMPQ, reg(regAX), xField(abi.InnerICGen))
	a.jumpTo(opJNE, out)
	a.emit(opMOVQ, memAt(regR8, int64(abi.BlockNative)), reg(regR9))
	a.emit(opTESTQ, reg(regR9), reg(regR9))
	a.jumpTo(opJEQ, out)
	a.emit(opMOVL, memAt(regR8, int64(abi.BlockStatic)), reg(regAX))
	a.emit(opLEAQ, memIndex(startReg, regAX, 1, int64(b.Static)), reg(regAX))
	a.emit(opCMPQ, reg(regAX), xField(abi.InnerChainStop))
	a.jumpTo(opJCC, out)
	a.emit(opADDQ, constant(int32(b.Static)), reg(startReg))
	a.emit(opADDQ, constant(int32(n)), xField(abi.InnerDone))
	a.emit(opMOVQ, reg(regR8), xField(abi.InnerB))
	a.emit(opMOVL, reg(regDI), xField(abi.InnerPC))
	a.emit(opJMP, reg(regR9))
	// The block again.
	a.place(self)
	a.emit(opLEAQ, memAt(startReg, 2*int64(b.Static)), reg(regAX))
	a.emit(opCMPQ, reg(regAX), xField(abi.InnerChainStop))
	a.jumpTo(opJCC, out)
	a.emit(opADDQ, constant(int32(b.Static)), reg(startReg))
	a.emit(opADDQ, constant(int32(n)), xField(abi.InnerDone))
	a.jumpTo(opJMP, k.top)
	// Leave at the fastEnd, with the outcome for runFast.
	a.place(out)
	a.emit(opMOVB, reg(regDL), xField(abi.InnerTaken))
	a.emit(opMOVL, reg(regSI), xField(abi.InnerTarget))
	a.emit(opMOVL, constant(int32(n)), reg(regAX))
	c.emitLeave(a)
}

// emitLinkCheck checks the link at BX against pc (DI) and the context,
// jumping to fail unless it leads to a block at pc made in the current
// context.
func (c *nativeCompiler) emitLinkCheck(a *assembler, fail *label) {
	abi := &c.abi
	a.emit(opMOVQ, memAt(regBX, int64(abi.LinkTo)), reg(regR8))
	a.emit(opTESTQ, reg(regR8), reg(regR8))
	a.jumpTo(opJEQ, fail)
	a.emit(opCMPL, memAt(regR8, int64(abi.BlockPC)), reg(regDI))
	a.jumpTo(opJNE, fail)
	a.emit(opMOVQ, memAt(regBX, int64(abi.LinkCtx)), reg(regAX))
	a.emit(opCMPQ, reg(regAX), xField(abi.InnerCtx))
	a.jumpTo(opJNE, fail)
}

// emitTLB computes the effective address of a load or store into AX,
// leaving at op i when it is not aligned to size or its page is not the
// software TLB's (table at field off of x); then the physical address is
// in R8 and the host address in R9.
func (c *nativeCompiler) emitTLB(k *blockCode, i int, o cpu.NativeOp, size int, table uintptr) {
	a, abi := k.a, &c.abi
	c.readGPR(a, uint8(o.Rs), regAX)
	if o.Imm != 0 {
		a.emit(opADDL, constant(int32(o.Imm)), reg(regAX))
	}
	if size > 1 {
		a.emit(opTESTL, constant(int32(size-1)), reg(regAX))
		a.jumpTo(opJNE, k.leave(i))
	}
	// The entry's offset, (ea>>12 mod entries) * 16 (STLBSize), in CX.
	a.emit(opMOVL, reg(regAX), reg(regCX))
	a.emit(opSHRL, constant(12-4), reg(regCX))
	a.emit(opANDL, constant(int32((abi.STLBEntries-1)<<4)), reg(regCX))
	a.emit(opADDQ, xField(table), reg(regCX))
	a.emit(opMOVL, reg(regAX), reg(regDX))
	a.emit(opANDL, constant(^0xfff), reg(regDX))
	a.emit(opORL, xField(abi.InnerEpoch), reg(regDX))
	a.emit(opCMPL, reg(regDX), memAt(regCX, int64(abi.STLBTag)))
	a.jumpTo(opJNE, k.leave(i))
	a.emit(opMOVL, reg(regAX), reg(regSI))
	a.emit(opANDL, constant(0xfff), reg(regSI))
	a.emit(opMOVL, memAt(regCX, int64(abi.STLBBase)), reg(regR8))
	a.emit(opORL, reg(regSI), reg(regR8))
	a.emit(opMOVQ, memAt(regCX, int64(abi.STLBHost)), reg(regR9))
	a.emit(opADDQ, reg(regSI), reg(regR9))
}

// emitTagLine is emitTagAt, jumping to miss unless the line holds R8's
// line address.
func (c *nativeCompiler) emitTagLine(a *assembler, off uintptr, g mmu.Tags, miss *label) {
	c.emitTagAt(a, off, g)
	a.emit(opCMPL, memAt(regBX, 0), reg(regDI))
	a.jumpTo(opJNE, miss)
}

// accessSize is the bytes a load or store of kind k accesses.
func accessSize(k cpu.OpKind) int {
	switch k {
	case cpu.OpLW, cpu.OpSW:
		return 4
	case cpu.OpLH, cpu.OpLHU, cpu.OpSH:
		return 2
	}
	return 1
}

// emitLoad emits a load: through the software TLB, when the D-cache's
// tags hold the word (a set-associative D-cache's are runInner's).
func (c *nativeCompiler) emitLoad(k *blockCode, i int, o cpu.NativeOp) {
	a, abi := k.a, &c.abi
	size := accessSize(o.Kind)
	c.emitTLB(k, i, o, size, abi.InnerLoads)
	leave := k.leave(i)
	switch g := k.b.Tags; {
	case g == allTags:
		// mmu.AllTags (no D-cache, free reads): every address in RAM hits.
	case g.WordMask == 0:
		// One word a line: its valid bit is bit 0.
		c.emitTagLine(a, abi.InnerTags, g, leave)
		a.emit(opTESTL, constant(1), memAt(regBX, 4))
		a.jumpTo(opJEQ, leave)
	default:
		c.emitTagLine(a, abi.InnerTags, g, leave)
		c.emitWordBit(a, g)
		a.emit(opMOVL, memAt(regBX, 4), reg(regDI))
		a.emit(opBTL, reg(regCX), reg(regDI))
		a.jumpTo(opJCC, leave)
	}
	a.emit(opADDQ, constant(1), xField(abi.InnerReads))
	src := memAt(regR9, 0)
	switch o.Kind {
	case cpu.OpLW:
		a.emit(opMOVL, src, reg(regAX))
	case cpu.OpLH:
		a.emit(opMOVWLSX, src, reg(regAX))
	case cpu.OpLHU:
		a.emit(opMOVWLZX, src, reg(regAX))
	case cpu.OpLB:
		a.emit(opMOVBLSX, src, reg(regAX))
	default:
		a.emit(opMOVBLZX, src, reg(regAX))
	}
	c.writeGPR(a, regAX, uint8(o.Rd))
}

// emitStore emits a store as runInner has it: through the software TLB,
// into a line the I-cache does not hold; then, with a D-cache, the tags
// and the write buffer as Cache.Write has them, leaving after the store's
// memory and tags when its stall would end past the block's stop.
func (c *nativeCompiler) emitStore(k *blockCode, i int, o cpu.NativeOp) {
	a, abi := k.a, &c.abi
	leave := k.leave(i)
	size := accessSize(o.Kind)
	c.emitTLB(k, i, o, size, abi.InnerStores)
	// Leave when the I-cache's line holds any word (Tags.Holds); with
	// mmu.NoTags (no I-cache) none does.
	if k.b.ITags != noTags {
		free := &label{}
		c.emitTagLine(a, abi.InnerITags, k.b.ITags, free)
		a.emit(opCMPL, memAt(regBX, 4), constant(0))
		a.jumpTo(opJNE, leave)
		a.place(free)
	}
	c.readGPR(a, uint8(o.Rt), regAX)
	dst := memAt(regR9, 0)
	switch size {
	case 4:
		a.emit(opMOVL, reg(regAX), dst)
	case 2:
		a.emit(opMOVW, reg(regAX), dst)
	default:
		a.emit(opMOVB, reg(regAX), dst)
	}
	if k.b.Tags == allTags {
		return // no D-cache: no tags, no write buffer
	}
	// The write buffer, in SI (one with every D-cache that compiled code
	// runs with: a direct-mapped, write-through one).
	done := &label{}
	a.emit(opMOVQ, xField(abi.InnerWB), reg(regSI))
	a.emit(opTESTQ, reg(regSI), reg(regSI))
	a.jumpTo(opJEQ, done)
	// The D-cache's line for pa (R8) in BX, its line address in DI, the
	// word's bit in DX.
	c.emitTagAt(a, abi.InnerTags, k.b.Tags)
	a.emit(opMOVL, constant(1), reg(regDX))
	if k.b.Tags.WordMask != 0 {
		c.emitWordBit(a, k.b.Tags)
		a.emit(opSHLL, reg(regCX), reg(regDX))
	}
	// at (R9): the cycle the store starts, after the static cycles before
	// it; enter (R10): when it enters the buffer.
	a.emit(opLEAQ, memAt(startReg, int64(k.b.Pre[i])), reg(regR9))
	a.emit(opMOVQ, reg(regR9), reg(regR10))
	push := &label{}
	if size == 4 {
		// Tags.WriteWord.
		fill, set := &label{}, &label{}
		a.emit(opCMPL, memAt(regBX, 0), reg(regDI))
		a.jumpTo(opJNE, fill)
		a.emit(opCMPL, memAt(regBX, 4), constant(0))
		a.jumpTo(opJNE, set)
		a.place(fill)
		a.emit(opMOVL, reg(regDI), memAt(regBX, 0))
		a.emit(opMOVL, constant(0), memAt(regBX, 4))
		a.emit(opADDQ, constant(1), xField(abi.InnerDrops))
		a.place(set)
		a.emit(opORL, reg(regDX), memAt(regBX, 4))
	} else {
		// Tags.WritePartial.
		hit := &label{}
		a.emit(opTESTL, reg(regDX), memAt(regBX, 4))
		a.jumpTo(opJEQ, push)
		a.emit(opCMPL, memAt(regBX, 0), reg(regDI))
		a.jumpTo(opJEQ, hit)
		a.emit(opNOTL, reg(regDX))
		a.emit(opANDL, reg(regDX), memAt(regBX, 4))
		a.emit(opADDQ, constant(1), xField(abi.InnerDrops))
		a.jumpTo(opJMP, push)
		a.place(hit)
		a.emit(opADDQ, xField(abi.InnerPartial), reg(regR10))
	}
	// WriteBuffer.Stall: the stall (AX) for the oldest entry (at BX+CX*8).
	wbl := &abi.WriteBuffer
	a.place(push)
	a.emit(opMOVQ, memAt(regSI, int64(wbl.Ring)), reg(regBX))
	a.emit(opMOVQ, memAt(regSI, int64(wbl.Pos)), reg(regCX))
	a.emit(opMOVQ, memIndex(regBX, regCX, 8, 0), reg(regDX))
	a.emit(opMOVL, constant(0), reg(regAX))
	noStall := &label{}
	a.emit(opCMPQ, reg(regDX), reg(regR10))
	a.jumpTo(opJLS, noStall)
	a.emit(opMOVQ, reg(regDX), reg(regAX))
	a.emit(opSUBQ, reg(regR10), reg(regAX))
	a.place(noStall)
	// The delay (DI): enter + stall - at; leave when it ends past stopAt.
	a.emit(opLEAQ, memIndex(regR10, regAX, 1, 0), reg(regDI))
	a.emit(opSUBQ, reg(regR9), reg(regDI))
	pushed := &label{}
	a.emit(opTESTQ, reg(regDI), reg(regDI))
	a.jumpTo(opJEQ, pushed)
	a.emit(opLEAQ, memIndex(startReg, regDI, 1, int64(k.b.Static)), reg(regDX))
	a.emit(opCMPQ, reg(regDX), xField(abi.InnerStopAt))
	a.jumpTo(opJCC, leave)
	a.place(pushed)
	// WriteBuffer.Push: last = max(enter+stall, last) + writeCycles.
	later := &label{}
	a.emit(opLEAQ, memIndex(regR10, regAX, 1, 0), reg(regDX))
	a.emit(opMOVQ, memAt(regSI, int64(wbl.Last)), reg(regR8))
	a.emit(opCMPQ, reg(regDX), reg(regR8))
	a.jumpTo(opJCC, later)
	a.emit(opMOVQ, reg(regR8), reg(regDX))
	a.place(later)
	a.emit(opADDQ, memAt(regSI, int64(wbl.WriteCycles)), reg(regDX))
	a.emit(opMOVQ, reg(regDX), memAt(regSI, int64(wbl.Last)))
	a.emit(opMOVQ, reg(regDX), memIndex(regBX, regCX, 8, 0))
	wrapped := &label{}
	a.emit(opADDQ, constant(1), reg(regCX))
	a.emit(opCMPQ, reg(regCX), memAt(regSI, int64(wbl.RingLen)))
	a.jumpTo(opJNE, wrapped)
	a.emit(opMOVL, constant(0), reg(regCX))
	a.place(wrapped)
	a.emit(opMOVQ, reg(regCX), memAt(regSI, int64(wbl.Pos)))
	a.emit(opADDQ, reg(regAX), memAt(regSI, int64(wbl.Stalls)))
	// The counts runFast adds, the stall on the counters.
	a.emit(opADDQ, constant(1), xField(abi.InnerWrites))
	a.emit(opADDQ, reg(regAX), xField(abi.InnerWriteStalls))
	a.emit(opMOVQ, xField(abi.InnerStats), reg(regDX))
	a.emit(opADDQ, reg(regDI), memAt(regDX, int64(abi.StatsStalls)))
	a.emit(opADDQ, reg(regDI), reg(startReg))
	a.place(done)
	a.emit(opMOVL, reg(regAX), reg(regAX))
}

// emitTagAt points BX at the line of the tag array at field off of x
// (geometry g) that the physical address in R8 maps to, and DI at R8's
// line address.
func (c *nativeCompiler) emitTagAt(a *assembler, off uintptr, g mmu.Tags) {
	a.emit(opMOVL, reg(regR8), reg(regDI))
	a.emit(opSHRL, constant(int32(g.Shift&31)), reg(regDI))
	a.emit(opMOVL, reg(regDI), reg(regR10))
	a.emit(opANDL, constant(int32(g.SetMask)), reg(regR10))
	a.emit(opMOVQ, xField(off+c.abi.TagsLines), reg(regBX))
	a.emit(opLEAQ, memIndex(regBX, regR10, 8, 0), reg(regBX))
}

// The geometry of mmu.AllTags and mmu.NoTags, which no cache has (a
// cache's Shift is its line's, at least 2): the inner loop's tags when
// there is no D-cache (every read hits) and no I-cache (no store reaches
// a line it holds).
var (
	allTags = mmu.Tags{Shift: mmu.AllTags().Shift, SetMask: mmu.AllTags().SetMask, WordMask: mmu.AllTags().WordMask}
	noTags  = mmu.Tags{Shift: mmu.NoTags().Shift, SetMask: mmu.NoTags().SetMask, WordMask: mmu.NoTags().WordMask}
)

// emitWordBit leaves in CX the index of R8's word in its line of a tag
// array of geometry g: the bit of its valid bits.
func (c *nativeCompiler) emitWordBit(a *assembler, g mmu.Tags) {
	a.emit(opMOVL, reg(regR8), reg(regCX))
	a.emit(opSHRL, constant(2), reg(regCX))
	a.emit(opANDL, constant(int32(g.WordMask&31)), reg(regCX))
}

// emitHILO emits a multiply into HI and LO, or mul, or a read of HI or LO:
// each waits for HI and LO to be ready (mul for its result too), leaving
// when the wait would end past the block's stop, as runInner does.
func (c *nativeCompiler) emitHILO(k *blockCode, i int, o cpu.NativeOp) {
	a, abi := k.a, &c.abi
	leave := k.leave(i)
	a.emit(opMOVQ, xField(abi.InnerM), reg(regSI))
	// now (R8): the cycle the instruction starts, after the block's
	// static cycles before it.
	now := func() { a.emit(opLEAQ, memAt(startReg, int64(k.b.Pre[i])), reg(regR8)) }
	op := o.Inst.Op // for the kind that covers several (OpHILO)
	// stall adds the wait in R10 (nonzero) to the counters, or leaves.
	stall := func() {
		a.emit(opLEAQ, memIndex(startReg, regR10, 1, int64(k.b.Static)), reg(regBX))
		a.emit(opCMPQ, reg(regBX), xField(abi.InnerStopAt))
		a.jumpTo(opJCC, leave)
		a.emit(opMOVQ, xField(abi.InnerStats), reg(regBX))
		a.emit(opADDQ, reg(regR10), memAt(regBX, int64(abi.StatsStalls)))
		a.emit(opADDQ, reg(regR10), reg(startReg))
	}
	switch {
	case o.Kind == cpu.OpMULT, o.Kind == cpu.OpMULTU, o.Kind == cpu.OpMADD, o.Kind == cpu.OpMADDU,
		o.Kind == cpu.OpHILO && (op == isa.MSUB || op == isa.MSUBU):
		c.readGPR(a, uint8(o.Rs), regAX)
		c.readGPR(a, uint8(o.Rt), regCX)
		if o.Kind == cpu.OpMULT || o.Kind == cpu.OpMADD || op == isa.MSUB {
			a.emitFrom(opIMULL, reg(regCX))
		} else {
			a.emitFrom(opMULL, reg(regCX))
		}
		switch {
		case o.Kind == cpu.OpMADD || o.Kind == cpu.OpMADDU:
			// HI:LO + the product, HI and LO as they are before the wait
			// (which changes neither).
			a.emit(opADDL, memAt(regSI, int64(abi.MachineLO)), reg(regAX))
			a.emit(opADCL, memAt(regSI, int64(abi.MachineHI)), reg(regDX))
		case o.Kind == cpu.OpHILO:
			// HI:LO - the product.
			a.emit(opMOVL, memAt(regSI, int64(abi.MachineLO)), reg(regR9))
			a.emit(opMOVL, memAt(regSI, int64(abi.MachineHI)), reg(regR10))
			a.emit(opSUBL, reg(regAX), reg(regR9))
			a.emit(opSBBL, reg(regDX), reg(regR10))
			a.emit(opMOVL, reg(regR9), reg(regAX))
			a.emit(opMOVL, reg(regR10), reg(regDX))
		}
		ready := &label{}
		now()
		a.emit(opMOVQ, memAt(regSI, int64(abi.MachineHILOReady)), reg(regR10))
		a.emit(opCMPQ, reg(regR10), reg(regR8))
		a.jumpTo(opJLS, ready)
		a.emit(opSUBQ, reg(regR8), reg(regR10))
		stall()
		a.place(ready)
		a.emit(opMOVL, reg(regDX), memAt(regSI, int64(abi.MachineHI)))
		a.emit(opMOVL, reg(regAX), memAt(regSI, int64(abi.MachineLO)))
		now()
		a.emit(opADDQ, xField(abi.InnerMulLat), reg(regR8))
		a.emit(opMOVQ, reg(regR8), memAt(regSI, int64(abi.MachineHILOReady)))
	case o.Kind == cpu.OpHILO && op != isa.MTHI && op != isa.MTLO:
		// divide: runFast's.
		a.jumpTo(opJMP, leave)
	default: // mul, mfhi, mflo, mthi, mtlo: the value in AX, the extra wait in R10
		switch {
		case o.Kind == cpu.OpHILO:
			c.readGPR(a, uint8(o.Rs), regAX)
			a.emit(opMOVL, constant(0), reg(regR10))
		case o.Kind == cpu.OpMUL:
			c.readGPR(a, uint8(o.Rs), regAX)
			c.readGPR(a, uint8(o.Rt), regCX)
			a.emit(opIMUL3L, reg(regCX), reg(regAX))
			a.emit(opMOVQ, xField(abi.InnerMulLat), reg(regR10))
		case o.Kind == cpu.OpMFHI:
			a.emit(opMOVL, memAt(regSI, int64(abi.MachineHI)), reg(regAX))
			a.emit(opMOVL, constant(0), reg(regR10))
		default:
			a.emit(opMOVL, memAt(regSI, int64(abi.MachineLO)), reg(regAX))
			a.emit(opMOVL, constant(0), reg(regR10))
		}
		ready, write := &label{}, &label{}
		now()
		a.emit(opMOVQ, memAt(regSI, int64(abi.MachineHILOReady)), reg(regR9))
		a.emit(opCMPQ, reg(regR9), reg(regR8))
		a.jumpTo(opJLS, ready)
		a.emit(opSUBQ, reg(regR8), reg(regR9))
		a.emit(opADDQ, reg(regR9), reg(regR10))
		a.place(ready)
		a.emit(opTESTQ, reg(regR10), reg(regR10))
		a.jumpTo(opJEQ, write)
		stall()
		a.place(write)
		switch {
		case op == isa.MTHI:
			a.emit(opMOVL, reg(regAX), memAt(regSI, int64(abi.MachineHI)))
		case op == isa.MTLO:
			a.emit(opMOVL, reg(regAX), memAt(regSI, int64(abi.MachineLO)))
		default:
			a.emit(opMOVL, reg(regAX), reg(regAX))
			c.writeGPR(a, regAX, uint8(o.Rd))
		}
	}
}
