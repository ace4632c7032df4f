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
// AX, CX, DX, R8 and R9 are scratch within an op. BX, SI, DI, R10, R14 and
// R15 are the register cache (cachePool): they keep the guest registers
// that the block's ops wrote, across every op of the block until its end
// (or a branch's), where the cache is written back, and across the loop
// of a block that loops to itself (compile). Code is entered at an op
// where the cache is empty, or through a stub that loads what it keeps
// there (cpu.NativeCompiler's entries).
//
// A leave at op i writes back the registers the cache keeps at op i's
// start, stores R11 to the cycle counter, zeroes the applied cycles, and
// returns i in AX, as runInner's leave does. Every op leaves, if it does,
// before it changes the cache.

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
	// entryAt is, by op, the offset of the code's entry there (-1 for
	// none): the op's own code where the cache keeps nothing, else a stub
	// that loads what it keeps and jumps there.
	entryAt []int
	entry   uintptr
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

// machine is the field at offset off of the machine, which holds the
// guest's registers (gpr) at MachineGPR.
func (c *nativeCompiler) machine(off uintptr) operand {
	return memAt(gprReg, int64(off)-int64(c.abi.MachineGPR))
}

// x is the field at offset off of the inner loop's state.
func xField(off uintptr) operand { return memAt(xReg, int64(off)) }

// blockCode is the state of compiling one block.
type blockCode struct {
	a      *assembler
	b      *cpu.NativeBlock
	top    *label   // the block's first op
	leaves []*label // a leave at op i, made on first use
	end    *label   // the end, with taken in DX and target in SI
	// rc keeps guest registers in host registers; at[i] is what it kept
	// at op i's start, which a leave at op i writes back. enterable[i]
	// says that it kept none, so that code may be entered there.
	rc        regCache
	at        []regCache
	enterable []bool
	// start[i] is op i's code; stubs[i] the entry at op i that loads what
	// the cache keeps there, for an op after one that may leave.
	start, stubs []*label
	// header is what the cache keeps at loop, below the start's loads
	// (nil: nothing, and loop is top); looped says that the block loops
	// to itself with a conditional branch, and loopEnd is what the cache
	// keeps there.
	header  *regCache
	loop    *label
	looped  bool
	loopEnd regCache
	moves   int // the registers the loop moves to where header keeps them
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
	for i, off := range nb.entryAt {
		if off >= 0 {
			entries[i] = blk.entry + uintptr(off)
		}
	}
	return entries, flushed
}

// Enter runs host code (cpu.NativeCompiler).
func (c *nativeCompiler) Enter(entry uintptr, x unsafe.Pointer, gpr *[32]uint32, start uint64) int {
	c.enters++
	return int(enterNative(entry, x, unsafe.Pointer(gpr), start))
}

// compile translates b. A block that loops to itself with a conditional
// branch keeps the guest registers in the cache from one run to the next
// where it can: its code loads them at its start, once, then loops below
// that, and writes them back when it does not loop. That needs the cache
// to keep the same registers in the same host registers at the loop as
// at the start (a fixed point, which compile looks for from what the
// cache keeps at the loop when the block starts empty).
func (c *nativeCompiler) compile(b *cpu.NativeBlock) (*nativeBlock, error) {
	n := len(b.Ops)
	if n < 2 || b.Ops[n-1].Kind != cpu.OpEnd {
		return nil, fmt.Errorf("compile %#08x: no end", b.PC)
	}
	k := c.compileBody(b, nil)
	// Where no fixed point turns up, the loop moves the registers to
	// where the start keeps them (reconcile): the try that needs the
	// fewest moves.
	var best *blockCode
	for try, h := 0, k.loopEnd; loopRegisters && k.looped && !h.empty() && try < 3; try++ {
		h.allDirty()
		kh := c.compileBody(b, &h)
		if best == nil || kh.moves < best.moves {
			best = kh
		}
		if kh.moves == 0 {
			break
		}
		h = kh.loopEnd
	}
	if best != nil {
		k = best
	}
	code, offsets, err := k.a.assemble(n + 1) // mark n: the end and the leaves
	if err != nil {
		return nil, fmt.Errorf("compile %#08x: %w", b.PC, err)
	}
	entryAt := make([]int, n)
	for i := range entryAt {
		switch {
		case k.enterable[i]:
			entryAt[i] = offsets[i]
		case k.stubs[i] != nil:
			entryAt[i] = int(k.stubs[i].at.Pc)
		default:
			entryAt[i] = -1
		}
	}
	return &nativeBlock{view: b, code: code, offsets: offsets, entryAt: entryAt}, nil
}

// loopRegisters says that compile keeps registers across a block's loop
// where it can; tests turn it off to run the other way.
var loopRegisters = true

// compileBody emits b's code, for its start with the cache empty; with
// header, the code at the start loads what header keeps, and the loop
// goes back to below that with the cache as it is.
func (c *nativeCompiler) compileBody(b *cpu.NativeBlock, header *regCache) *blockCode {
	n := len(b.Ops)
	k := &blockCode{a: newAssembler(), b: b, top: &label{}, end: &label{}, header: header}
	a := k.a
	a.place(k.top)
	k.loop = k.top
	k.enterable = make([]bool, n)
	k.at = make([]regCache, n)
	k.start, k.stubs = make([]*label, n), make([]*label, n)
	k.rc.init()
	branch, decide := decidedAtEnd(b)
	for i, o := range b.Ops {
		if o.Kind == cpu.OpEnd && decide {
			// The branch decided again, from the registers (as the
			// inner loop's state has it, for a leave in the slot),
			// then the end; the fastEnd's code reads it for an entry.
			target, _ := staticTarget(b)
			if branch.Kind == cpu.OpJ || branch.Kind == cpu.OpJAL {
				a.emit(opMOVL, constant(1), reg(regDX))
			} else {
				c.condition(k, branch.Kind, uint8(branch.Rs), uint8(branch.Rt))
			}
			c.flush(k)
			a.emit(opMOVL, constant(int32(target)), reg(regSI))
			a.jumpTo(opJMP, k.end)
		}
		if o.Kind == cpu.OpEnd {
			// Written back by the code before the fastEnd's, which is
			// entered where nothing is kept.
			c.flush(k)
		}
		a.setMark(i)
		k.enterable[i] = k.rc.empty()
		if i == 0 && header != nil {
			for j, g := range header.guest {
				if g >= 0 {
					a.emit(opMOVL, c.gprAt(uint8(g)), reg(cachePool[j]))
				}
			}
			k.loop = &label{}
			a.place(k.loop)
			k.rc = *header
		}
		k.at[i] = k.rc
		k.start[i] = &label{}
		a.place(k.start[i])
		if c.emitOp(k, i, o) {
			// The op always leaves: only an entry reaches the next op,
			// and only where the cache is empty (the leave writes it
			// back).
			k.rc.init()
		}
	}
	a.setMark(n)
	c.emitEnd(k)
	for i, l := range k.leaves {
		if l == nil {
			continue
		}
		a.place(l)
		c.writeBack(a, &k.at[i])
		a.emit(opMOVL, constant(int32(i)), reg(regAX))
		c.emitLeave(a)
	}
	// Entries where the cache keeps registers, after an op that may leave
	// (where runFast comes back after doing it): the registers from the
	// machine's, then the op's code.
	for i := 1; i < n; i++ {
		if k.enterable[i] || i-1 >= len(k.leaves) || k.leaves[i-1] == nil {
			continue
		}
		k.stubs[i] = &label{}
		a.place(k.stubs[i])
		for j, g := range k.at[i].guest {
			if g >= 0 {
				a.emit(opMOVL, c.gprAt(uint8(g)), reg(cachePool[j]))
			}
		}
		a.jumpTo(opJMP, k.start[i])
	}
	return k
}

// decidedAtEnd reports whether the block ends with a branch (not fused
// with the end) that the end may decide again from the registers, as a
// fused one is: a conditional branch or a jump with a constant target
// whose delay slot, compiled, writes none of the registers it reads.
func decidedAtEnd(b *cpu.NativeBlock) (branch cpu.NativeOp, ok bool) {
	n := len(b.Ops) - 1 // the fastEnd
	if !b.Cond || n < 2 {
		return branch, false
	}
	branch, slot := b.Ops[n-2], b.Ops[n-1]
	switch branch.Kind {
	case cpu.OpBEQ, cpu.OpBNE, cpu.OpBLEZ, cpu.OpBGTZ, cpu.OpBLTZ, cpu.OpBGEZ, cpu.OpJ, cpu.OpJAL:
	default:
		return branch, false
	}
	w, ok := writes(slot)
	if !ok || isDivide(slot) {
		return branch, false
	}
	reads := branch.Kind != cpu.OpJ && branch.Kind != cpu.OpJAL
	if reads && w != 0 && (w == uint8(branch.Rs)&31 || w == uint8(branch.Rt)&31) {
		return branch, false
	}
	return branch, true
}

// writes returns the guest register op o writes (0 for none), for the
// ops the compiler has code for but branches; ok false for the rest.
func writes(o cpu.NativeOp) (r uint8, ok bool) {
	switch k := o.Kind; {
	case k >= cpu.OpNop && k <= cpu.OpCLO,
		k == cpu.OpLW, k == cpu.OpLH, k == cpu.OpLHU, k == cpu.OpLB, k == cpu.OpLBU,
		k == cpu.OpMUL, k == cpu.OpMFHI, k == cpu.OpMFLO:
		if k == cpu.OpNop {
			return 0, true
		}
		return uint8(o.Rd) & 31, true
	case k == cpu.OpSW, k == cpu.OpSH, k == cpu.OpSB,
		k == cpu.OpMULT, k == cpu.OpMULTU, k == cpu.OpMADD, k == cpu.OpMADDU, k == cpu.OpHILO:
		return 0, true
	}
	return 0, false
}

// isDivide reports whether o is a divide (of the kinds OpHILO covers, the
// ones the compiler leaves to runFast).
func isDivide(o cpu.NativeOp) bool {
	op := o.Inst.Op
	return o.Kind == cpu.OpHILO && op != isa.MTHI && op != isa.MTLO && op != isa.MSUB && op != isa.MSUBU
}

// emitLeave stores the cycle count and returns the op's index in AX.
func (c *nativeCompiler) emitLeave(a *assembler) {
	a.emit(opMOVQ, xField(c.abi.InnerStats), reg(regCX))
	a.emit(opMOVQ, reg(startReg), memAt(regCX, int64(c.abi.StatsCycles)))
	a.emit(opMOVL, constant(0), xField(c.abi.InnerApplied))
	a.emit(opRET)
}

// emitOp emits op i, and reports whether its code always leaves (a step,
// a divide).
func (c *nativeCompiler) emitOp(k *blockCode, i int, o cpu.NativeOp) (leaves bool) {
	a := k.a
	rd, rs, rt := uint8(o.Rd)&31, uint8(o.Rs)&31, uint8(o.Rt)&31
	switch o.Kind {
	case cpu.OpNop:
	case cpu.OpADDU:
		c.binary(k, opADDL, rd, rs, rt, true)
	case cpu.OpSUBU:
		c.binary(k, opSUBL, rd, rs, rt, false)
	case cpu.OpAND:
		c.binary(k, opANDL, rd, rs, rt, true)
	case cpu.OpOR:
		c.binary(k, opORL, rd, rs, rt, true)
	case cpu.OpXOR:
		c.binary(k, opXORL, rd, rs, rt, true)
	case cpu.OpNOR:
		c.binary(k, opORL, rd, rs, rt, true)
		if rd != 0 {
			a.emit(opNOTL, reg(c.modify(k, rd)))
		}
	case cpu.OpSLT:
		c.set(k, opSETLT, rd, c.src(k, rs), c.src(k, rt))
	case cpu.OpSLTU:
		c.set(k, opSETCS, rd, c.src(k, rs), c.src(k, rt))
	case cpu.OpSLTI:
		c.set(k, opSETLT, rd, c.src(k, rs), constant(int32(o.Imm)))
	case cpu.OpSLTIU:
		c.set(k, opSETCS, rd, c.src(k, rs), constant(int32(o.Imm)))
	case cpu.OpSLLV:
		c.shift(k, opSHLL, rd, rt, reg(regCX), rs)
	case cpu.OpSRLV:
		c.shift(k, opSHRL, rd, rt, reg(regCX), rs)
	case cpu.OpSRAV:
		c.shift(k, opSARL, rd, rt, reg(regCX), rs)
	case cpu.OpSLL:
		c.shift(k, opSHLL, rd, rt, constant(int32(o.Imm&31)), 0)
	case cpu.OpSRL:
		c.shift(k, opSHRL, rd, rt, constant(int32(o.Imm&31)), 0)
	case cpu.OpSRA:
		c.shift(k, opSARL, rd, rt, constant(int32(o.Imm&31)), 0)
	case cpu.OpMOVZ, cpu.OpMOVN:
		// rd = rs when rt is zero (movz) or not (movn).
		if rd == 0 {
			break
		}
		c.load(k, rs, regAX)
		c.load(k, rt, regCX)
		d := c.modify(k, rd)
		a.emit(opTESTL, reg(regCX), reg(regCX))
		if o.Kind == cpu.OpMOVZ {
			a.emit(opCMOVLEQ, reg(regAX), reg(d))
		} else {
			a.emit(opCMOVLNE, reg(regAX), reg(d))
		}
	case cpu.OpCLZ, cpu.OpCLO:
		// 31 - the index of the highest set bit, or 32 for none.
		c.load(k, rs, regAX)
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
		a.emit(opMOVL, reg(regAX), reg(c.dest(k, rd)))
	case cpu.OpADDIU:
		c.immediate(k, opADDL, rd, rs, int32(o.Imm))
	case cpu.OpANDI:
		c.immediate(k, opANDL, rd, rs, int32(o.Imm))
	case cpu.OpORI:
		c.immediate(k, opORL, rd, rs, int32(o.Imm))
	case cpu.OpXORI:
		c.immediate(k, opXORL, rd, rs, int32(o.Imm))
	case cpu.OpLI:
		if rd != 0 {
			a.emit(opMOVL, constant(int32(o.Imm)), reg(c.dest(k, rd)))
		}
	case cpu.OpLW, cpu.OpLH, cpu.OpLHU, cpu.OpLB, cpu.OpLBU:
		c.emitLoad(k, i, o)
	case cpu.OpSW, cpu.OpSH, cpu.OpSB:
		c.emitStore(k, i, o)
	case cpu.OpMULT, cpu.OpMULTU, cpu.OpMADD, cpu.OpMADDU, cpu.OpMUL, cpu.OpMFHI, cpu.OpMFLO, cpu.OpHILO:
		if isDivide(o) {
			// runFast's.
			a.jumpTo(opJMP, k.leave(i))
			return true
		}
		c.emitHILO(k, i, o)
	case cpu.OpBEQ, cpu.OpBNE, cpu.OpBLEZ, cpu.OpBGTZ, cpu.OpBLTZ, cpu.OpBGEZ, cpu.OpBLTZAL, cpu.OpBGEZAL,
		cpu.OpJ, cpu.OpJAL, cpu.OpJR, cpu.OpJALR:
		c.emitBranch(k, i, o)
	case cpu.OpBEQEnd, cpu.OpBNEEnd, cpu.OpBLEZEnd, cpu.OpBGTZEnd, cpu.OpBLTZEnd, cpu.OpBGEZEnd, cpu.OpJEnd, cpu.OpJREnd:
		c.emitFusedEnd(k, i, o)
	case cpu.OpEnd:
		// taken and target as the block's branch left them (the cache is
		// written back: compile).
		a.emit(opMOVBLZX, xField(c.abi.InnerTaken), reg(regDX))
		a.emit(opMOVL, xField(c.abi.InnerTarget), reg(regSI))
		// The end follows (compile emits it right after the fastEnd).
	default:
		// What runs as a step: runFast's.
		a.jumpTo(opJMP, k.leave(i))
		return true
	}
	return false
}

// binary emits rd = rs op rt; commutative says that rs op rt = rt op rs.
func (c *nativeCompiler) binary(k *blockCode, op hostOp, rd, rs, rt uint8, commutative bool) {
	a := k.a
	if rd == 0 {
		return
	}
	// x op 0 = x for add, subtract, or and xor; 0 op x too, but subtract.
	identity := op == opADDL || op == opSUBL || op == opORL || op == opXORL
	switch {
	case identity && rt == 0:
		c.move(k, rd, rs)
	case identity && rs == 0 && commutative:
		c.move(k, rd, rt)
	case rd == rs:
		t := c.src(k, rt)
		a.emit(op, t, reg(c.modify(k, rd)))
	case rd == rt && commutative:
		s := c.src(k, rs)
		a.emit(op, s, reg(c.modify(k, rd)))
	case rd == rt:
		a.emit(opMOVL, c.src(k, rs), reg(regAX))
		a.emit(op, c.src(k, rt), reg(regAX))
		a.emit(opMOVL, reg(regAX), reg(c.dest(k, rd)))
	default:
		s, t := c.src(k, rs), c.src(k, rt)
		d := c.dest(k, rd)
		a.emit(opMOVL, s, reg(d))
		a.emit(op, t, reg(d))
	}
}

// immediate emits rd = rs op imm.
func (c *nativeCompiler) immediate(k *blockCode, op hostOp, rd, rs uint8, imm int32) {
	a := k.a
	switch {
	case rd == 0:
	case rd == rs:
		if imm != 0 || op == opANDL {
			a.emit(op, constant(imm), reg(c.modify(k, rd)))
		}
	default:
		s := c.src(k, rs)
		d := c.dest(k, rd)
		if op == opADDL && s.kind == operandReg {
			a.emit(opLEAL, memAt(s.reg, int64(imm)), reg(d))
			return
		}
		a.emit(opMOVL, s, reg(d))
		if imm != 0 || op == opANDL {
			a.emit(op, constant(imm), reg(d))
		}
	}
}

// shift emits rd = rt shifted by by (a constant, or CX with the shift
// register rs's value).
func (c *nativeCompiler) shift(k *blockCode, op hostOp, rd, rt uint8, by operand, rs uint8) {
	a := k.a
	if rd == 0 {
		return
	}
	if by.kind == operandReg {
		c.load(k, rs, regCX)
	}
	if rd == rt {
		a.emit(op, by, reg(c.modify(k, rd)))
		return
	}
	t := c.src(k, rt)
	d := c.dest(k, rd)
	a.emit(opMOVL, t, reg(d))
	a.emit(op, by, reg(d))
}

// set emits rd = (s < t), signed or unsigned as setcc says.
func (c *nativeCompiler) set(k *blockCode, setcc hostOp, rd uint8, s, t operand) {
	a := k.a
	if rd == 0 {
		return
	}
	a.emit(opMOVL, s, reg(regAX))
	a.emit(opCMPL, reg(regAX), t)
	a.emit(setcc, reg(regAL))
	a.emit(opMOVBLZX, reg(regAL), reg(c.dest(k, rd)))
}

// move emits rd = rs.
func (c *nativeCompiler) move(k *blockCode, rd, rs uint8) {
	if rd == rs || rd == 0 {
		return
	}
	s := c.src(k, rs)
	k.a.emit(opMOVL, s, reg(c.dest(k, rd)))
}

// cachePool are the host registers that keep guest registers across a
// block's ops; every op's own work uses AX, CX, DX, R8 and R9.
var cachePool = [...]hostReg{regBX, regSI, regDI, regR10, regR14, regR15}

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

// allDirty marks every register kept dirty: a loop's start, reached from
// the loop with registers newer than the machine's.
func (rc *regCache) allDirty() {
	for j, g := range rc.guest {
		rc.dirty[j] = g >= 0
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
// recently used one when every slot is taken. The registers an op read
// through src were used last: slot does not take theirs.
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

// src is guest register r as an operand: 0, the host register that keeps
// it, or the machine's register.
func (c *nativeCompiler) src(k *blockCode, r uint8) operand {
	r &= 31
	if r == 0 {
		return constant(0)
	}
	if j := k.rc.find(r); j >= 0 {
		return reg(cachePool[j])
	}
	return c.gprAt(r)
}

// load loads guest register r into host register h.
func (c *nativeCompiler) load(k *blockCode, r uint8, h hostReg) {
	k.a.emit(opMOVL, c.src(k, r), reg(h))
}

// dest returns the host register that keeps guest register r from now on,
// to be written whole: the cache's, dirty; AX for $zero, whose writes are
// dropped.
func (c *nativeCompiler) dest(k *blockCode, r uint8) hostReg {
	r &= 31
	if r == 0 {
		return regAX
	}
	j := k.rc.find(r)
	if j < 0 {
		j = c.slot(k, r)
	}
	k.rc.dirty[j] = true
	return cachePool[j]
}

// modify is dest for an operation that reads r too: the register holds r's
// value.
func (c *nativeCompiler) modify(k *blockCode, r uint8) hostReg {
	r &= 31
	if r == 0 {
		k.a.emit(opMOVL, constant(0), reg(regAX))
		return regAX
	}
	j := k.rc.find(r)
	if j < 0 {
		j = c.slot(k, r)
		k.a.emit(opMOVL, c.gprAt(r), reg(cachePool[j]))
	}
	k.rc.dirty[j] = true
	return cachePool[j]
}

// reconcile emits what makes the cache keep what to does, from what from
// keeps (neither changes): the dirty registers that to does not keep
// written back, the ones it keeps elsewhere moved (a cycle of moves
// through AX), and the ones from does not keep loaded. It returns the
// instructions it emitted.
func (c *nativeCompiler) reconcile(a *assembler, from, to *regCache) (moves int) {
	kept := func(rc *regCache, g int8) int {
		for j, h := range rc.guest {
			if h == g {
				return j
			}
		}
		return -1
	}
	for j, g := range from.guest {
		if g >= 0 && from.dirty[j] && kept(to, g) < 0 {
			a.emit(opMOVL, reg(cachePool[j]), c.gprAt(uint8(g)))
			moves++
		}
	}
	// The moves between host registers, as a parallel assignment: dst
	// from src.
	type move struct{ dst, src hostReg }
	var pending []move
	var loads []int
	for j, g := range to.guest {
		if g < 0 || from.guest[j] == g {
			continue
		}
		if i := kept(from, g); i >= 0 {
			pending = append(pending, move{cachePool[j], cachePool[i]})
		} else {
			loads = append(loads, j)
		}
	}
	for len(pending) > 0 {
		done := false
		for i, m := range pending {
			free := true // no other move still reads m.dst
			for k, o := range pending {
				if k != i && o.src == m.dst {
					free = false
				}
			}
			if free {
				a.emit(opMOVL, reg(m.src), reg(m.dst))
				moves++
				pending = append(pending[:i], pending[i+1:]...)
				done = true
				break
			}
		}
		if !done {
			// A cycle: what the first move overwrites goes to AX first.
			m := pending[0]
			a.emit(opMOVL, reg(m.dst), reg(regAX))
			moves++
			for k := range pending {
				if pending[k].src == m.dst {
					pending[k].src = regAX
				}
			}
		}
	}
	for _, j := range loads {
		a.emit(opMOVL, c.gprAt(uint8(to.guest[j])), reg(cachePool[j]))
		moves++
	}
	return moves
}

// flush writes the dirty guest registers of the cache back and empties it.
func (c *nativeCompiler) flush(k *blockCode) {
	c.writeBack(k.a, &k.rc)
	k.rc.init()
}

// writeBack emits the writes of rc's dirty registers to the machine's.
func (c *nativeCompiler) writeBack(a *assembler, rc *regCache) {
	for j, g := range rc.guest {
		if g >= 0 && rc.dirty[j] {
			a.emit(opMOVL, reg(cachePool[j]), c.gprAt(uint8(g)))
		}
	}
}

// condition computes a branch's condition on rs (and rt) into DX (0 or
// 1).
func (c *nativeCompiler) condition(k *blockCode, kind cpu.OpKind, rs, rt uint8) {
	c.conditionDL(k, kind, rs, rt)
	k.a.emit(opMOVBLZX, reg(regDL), reg(regDX))
}

// notTaken is the jump, after conditionDL, taken when the branch is not.
var notTaken = map[hostOp]hostOp{opSETEQ: opJNE, opSETNE: opJEQ, opSETLE: opJGT, opSETGT: opJLE, opSETLT: opJGE, opSETGE: opJLT}

// conditionDL computes a branch's condition into DL (0 or 1), and leaves
// the flags as its setcc, which it returns, found them.
func (c *nativeCompiler) conditionDL(k *blockCode, kind cpu.OpKind, rs, rt uint8) hostOp {
	a := k.a
	c.load(k, rs, regAX)
	var setcc hostOp
	switch kind {
	case cpu.OpBEQ, cpu.OpBEQEnd, cpu.OpBNE, cpu.OpBNEEnd:
		if rt&31 == 0 {
			a.emit(opTESTL, reg(regAX), reg(regAX))
		} else {
			a.emit(opCMPL, reg(regAX), c.src(k, rt))
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
	return setcc
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
		c.load(k, uint8(o.Rs), regAX)
		a.emit(opMOVL, reg(regAX), xField(c.abi.InnerTarget))
		link = o.Kind == cpu.OpJALR
	default:
		c.condition(k, o.Kind, uint8(o.Rs), uint8(o.Rt))
		a.emit(opMOVB, reg(regDL), xField(c.abi.InnerTaken))
		a.emit(opMOVL, constant(int32(o.Imm)), xField(c.abi.InnerTarget))
		link = o.Kind == cpu.OpBLTZAL || o.Kind == cpu.OpBGEZAL
	}
	if link {
		if k.b.End == 1 {
			a.jumpTo(opJMP, k.leave(i))
			return
		}
		if rd := uint8(o.Rd) & 31; rd != 0 {
			a.emit(opMOVL, constant(int32(k.b.End)), reg(c.dest(k, rd)))
		}
	}
}

// emitFusedEnd emits a branch or jump fused with the end: decided after
// its delay slot, then the cache written back, then the end. A
// conditional branch taken back to the block's start runs the block again
// when the chain's cycles allow: below the start's loads with the cache
// as it is, when the block keeps registers across its loop (header).
func (c *nativeCompiler) emitFusedEnd(k *blockCode, i int, o cpu.NativeOp) {
	a, b := k.a, k.b
	switch {
	case o.Kind == cpu.OpJEnd:
		c.flush(k)
		a.emit(opMOVL, constant(1), reg(regDX))
		a.emit(opMOVL, constant(int32(o.Imm)), reg(regSI))
	case o.Kind == cpu.OpJREnd:
		c.load(k, uint8(o.Rs), regAX)
		c.flush(k)
		a.emit(opMOVL, constant(1), reg(regDX))
		a.emit(opMOVL, reg(regAX), reg(regSI))
	case o.Imm != b.PC:
		c.condition(k, o.Kind, uint8(o.Rs), uint8(o.Rt))
		c.flush(k)
		a.emit(opMOVL, constant(int32(o.Imm)), reg(regSI))
	default:
		k.looped, k.loopEnd = true, k.rc
		notLoop := &label{}
		setcc := c.conditionDL(k, o.Kind, uint8(o.Rs), uint8(o.Rt))
		loop := k.loop
		if k.header == nil {
			// Written back on both ways (moves leave the flags).
			c.flush(k)
			loop = k.top
		}
		a.jumpTo(notTaken[setcc], notLoop)
		c.emitAgainCheck(k, notLoop)
		if k.header != nil {
			k.moves = c.reconcile(a, &k.rc, k.header)
		}
		a.jumpTo(opJMP, loop)
		a.place(notLoop)
		a.emit(opMOVBLZX, reg(regDL), reg(regDX))
		c.flush(k)
		a.emit(opMOVL, constant(int32(o.Imm)), reg(regSI))
	}
	a.jumpTo(opJMP, k.end)
}

// emitEnd emits the end of the block (taken in DX, target in SI): where
// control goes, the link or jump cache entry that leads there, and the
// jump into the next block's code when it has some and the chain's
// cycles allow; otherwise a leave at the fastEnd with the outcome stored.
// Where the block goes is a constant but after a jump through a register
// (or a branch that ran as a step): then each way out has its own code.
func (c *nativeCompiler) emitEnd(k *blockCode) {
	a, b := k.a, k.b
	a.place(k.end)
	out := &label{} // leave with the outcome stored
	target, static := staticTarget(b)
	switch {
	case !static:
		c.emitDynamicExit(k, out)
	case !b.Cond || target == b.End:
		c.emitExit(k, b.End, 0, out)
	default:
		notTaken := &label{}
		a.emit(opTESTL, reg(regDX), reg(regDX))
		a.jumpTo(opJEQ, notTaken)
		c.emitExit(k, target, 1, out)
		a.place(notTaken)
		c.emitExit(k, b.End, 0, out)
	}
	// Leave at the fastEnd, with the outcome for runFast.
	a.place(out)
	a.emit(opMOVB, reg(regDL), xField(c.abi.InnerTaken))
	a.emit(opMOVL, reg(regSI), xField(c.abi.InnerTarget))
	a.emit(opMOVL, constant(int32(len(b.Ops)-1)), reg(regAX))
	c.emitLeave(a)
}

// staticTarget returns the target of the block's branch or jump when it
// is a constant (static): a branch or jump the compiler has code for, not
// through a register; static without a target when the block does not
// end with one (Cond false).
func staticTarget(b *cpu.NativeBlock) (target uint32, static bool) {
	if !b.Cond {
		return 0, true
	}
	n := len(b.Ops) - 1
	// Fused: the slot, the branch, the fastEnd; else the branch, the
	// slot, the fastEnd.
	if o := b.Ops[n-1]; o.Kind >= cpu.OpBEQEnd && o.Kind <= cpu.OpJREnd {
		return o.Imm, o.Kind != cpu.OpJREnd
	}
	if n < 2 {
		return 0, false
	}
	switch o := b.Ops[n-2]; o.Kind {
	case cpu.OpBEQ, cpu.OpBNE, cpu.OpBLEZ, cpu.OpBGTZ, cpu.OpBLTZ, cpu.OpBGEZ, cpu.OpBLTZAL, cpu.OpBGEZAL,
		cpu.OpJ, cpu.OpJAL:
		return o.Imm, true
	}
	return 0, false
}

// emitExit emits the way out of the block to pc through link l: the block
// again, or the jump into the linked block's code when the link is
// current and the chain's cycles allow; else to out.
func (c *nativeCompiler) emitExit(k *blockCode, pc uint32, l int, out *label) {
	a, b, abi := k.a, k.b, &c.abi
	if pc == b.PC {
		c.emitAgain(k, out)
		return
	}
	link := uint64(uintptr(b.Addr)) + uint64(abi.BlockLinks) + uint64(l)*uint64(abi.LinkSize)
	a.emit(opMOVQ, constant64(link), reg(regBX))
	a.emit(opMOVL, constant(int32(pc)), reg(regDI))
	c.emitLinkCheck(a, out)
	c.emitChain(k, out)
}

// emitDynamicExit emits the way out of the block to where taken (DX) and
// target (SI) lead: the link, else the jump cache.
func (c *nativeCompiler) emitDynamicExit(k *blockCode, out *label) {
	a, b, abi := k.a, k.b, &c.abi
	// pc into DI, the link into BX.
	a.emit(opMOVQ, constant64(uint64(uintptr(b.Addr))), reg(regBX))
	a.emit(opMOVL, constant(int32(b.End)), reg(regDI))
	fall := &label{}
	a.emit(opTESTL, reg(regDX), reg(regDX))
	a.jumpTo(opJEQ, fall)
	a.emit(opCMPL, reg(regSI), constant(int32(b.End)))
	a.jumpTo(opJEQ, fall)
	a.emit(opMOVL, reg(regSI), reg(regDI))
	a.emit(opADDQ, constant(int32(abi.LinkSize)), reg(regBX)) // links[1]
	a.place(fall)
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
	c.emitChain(k, out)
	a.place(self)
	c.emitAgain(k, out)
}

// emitChain jumps into the code of the block at R8 (which emitLinkCheck
// found for pc DI) when its words are the I-cache's, it has code, and
// the chain's cycles allow; else to out.
func (c *nativeCompiler) emitChain(k *blockCode, out *label) {
	a, b, abi := k.a, k.b, &c.abi
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
	a.emit(opADDQ, constant(int32(len(b.Ops)-1)), xField(abi.InnerDone))
	a.emit(opMOVQ, reg(regR8), xField(abi.InnerB))
	a.emit(opMOVL, reg(regDI), xField(abi.InnerPC))
	a.emit(opJMP, reg(regR9))
}

// emitAgain runs the block again when the chain's cycles allow; else it
// goes to out.
func (c *nativeCompiler) emitAgain(k *blockCode, out *label) {
	c.emitAgainCheck(k, out)
	k.a.jumpTo(opJMP, k.top)
}

// emitAgainCheck goes to out unless start + 2*static is before the
// chain's stop; else it counts the run of the block, which then runs
// again.
func (c *nativeCompiler) emitAgainCheck(k *blockCode, out *label) {
	a, b, abi := k.a, k.b, &c.abi
	a.emit(opLEAQ, memAt(startReg, 2*int64(b.Static)), reg(regAX))
	a.emit(opCMPQ, reg(regAX), xField(abi.InnerChainStop))
	a.jumpTo(opJCC, out) // unsigned >=
	a.emit(opADDQ, constant(int32(b.Static)), reg(startReg))
	a.emit(opADDQ, constant(int32(len(b.Ops)-1)), xField(abi.InnerDone))
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
// software TLB's (table at field off of x); then the host address is R9 +
// AX, the physical address in R8 when pa asks for it, and CX and DX are
// free.
func (c *nativeCompiler) emitTLB(k *blockCode, i int, o cpu.NativeOp, size int, table uintptr, pa bool) {
	a, abi := k.a, &c.abi
	switch base := c.src(k, uint8(o.Rs)); {
	case base.kind == operandReg && o.Imm != 0:
		a.emit(opLEAL, memAt(base.reg, int64(int32(o.Imm))), reg(regAX))
	default:
		a.emit(opMOVL, base, reg(regAX))
		if o.Imm != 0 {
			a.emit(opADDL, constant(int32(o.Imm)), reg(regAX))
		}
	}
	// The entry's offset, (ea>>12 mod entries) * STLBSize, in CX.
	a.emit(opMOVL, reg(regAX), reg(regCX))
	a.emit(opSHRL, constant(int32(12-stlbShift)), reg(regCX))
	a.emit(opANDL, constant(int32((abi.STLBEntries-1)<<stlbShift)), reg(regCX))
	a.emit(opADDQ, xField(table), reg(regCX))
	// The page and the bits that must be 0 for the alignment, | the
	// epoch, against the tag (whose bits 0 and 1 are 0).
	a.emit(opMOVL, reg(regAX), reg(regDX))
	a.emit(opANDL, constant(^0xfff|int32(size-1)), reg(regDX))
	a.emit(opORL, xField(abi.InnerEpoch), reg(regDX))
	a.emit(opCMPL, reg(regDX), memAt(regCX, int64(abi.STLBTag)))
	a.jumpTo(opJNE, k.leave(i))
	if pa {
		a.emit(opMOVL, memAt(regCX, int64(abi.STLBPAAdd)), reg(regR8))
		a.emit(opADDL, reg(regAX), reg(regR8))
	}
	a.emit(opMOVQ, memAt(regCX, int64(abi.STLBHostAdd)), reg(regR9))
}

// stlbShift is log2 of a software TLB entry's size (engine.go checks it).
const stlbShift = 5

// emitLine finds the line of the tag array at field off of x (geometry
// g) that the physical address in R8 maps to, with R8's line address in
// CX, and returns the line's word at byte off (0: its address, 4: its
// valid bits), at AX + index*8; it uses AX, CX and index.
func (c *nativeCompiler) emitLine(a *assembler, off uintptr, g mmu.Tags, index hostReg) (line func(off int64) operand) {
	a.emit(opMOVL, reg(regR8), reg(regCX))
	a.emit(opSHRL, constant(int32(g.Shift&31)), reg(regCX))
	a.emit(opMOVL, reg(regCX), reg(index))
	a.emit(opANDL, constant(int32(g.SetMask)), reg(index))
	a.emit(opMOVQ, xField(off+c.abi.TagsLines), reg(regAX))
	return func(off int64) operand { return memIndex(regAX, index, 8, off) }
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
// tags hold the word.
func (c *nativeCompiler) emitLoad(k *blockCode, i int, o cpu.NativeOp) {
	a, abi := k.a, &c.abi
	size := accessSize(o.Kind)
	c.emitTLB(k, i, o, size, abi.InnerLoads, k.b.Tags != allTags)
	leave := k.leave(i)
	// The word first, into R9 (a load from RAM, which a miss then
	// forgets), so that it need not wait for the tags.
	src := memIndex(regR9, regAX, 1, 0)
	switch o.Kind {
	case cpu.OpLW:
		a.emit(opMOVL, src, reg(regR9))
	case cpu.OpLH:
		a.emit(opMOVWLSX, src, reg(regR9))
	case cpu.OpLHU:
		a.emit(opMOVWLZX, src, reg(regR9))
	case cpu.OpLB:
		a.emit(opMOVBLSX, src, reg(regR9))
	default:
		a.emit(opMOVBLZX, src, reg(regR9))
	}
	switch g := k.b.Tags; {
	case g == allTags:
		// mmu.AllTags (no D-cache, free reads): every address in RAM hits.
	case g.WordMask == 0:
		// One word a line: its valid bit is bit 0.
		line := c.emitLine(a, abi.InnerTags, g, regDX)
		a.emit(opCMPL, line(0), reg(regCX))
		a.jumpTo(opJNE, leave)
		a.emit(opTESTL, constant(1), line(4))
		a.jumpTo(opJEQ, leave)
	default:
		line := c.emitLine(a, abi.InnerTags, g, regDX)
		a.emit(opCMPL, line(0), reg(regCX))
		a.jumpTo(opJNE, leave)
		c.emitWordIndex(a, g, regCX)
		a.emit(opMOVL, line(4), reg(regDX))
		a.emit(opBTL, reg(regCX), reg(regDX))
		a.jumpTo(opJCC, leave)
	}
	a.emit(opADDQ, constant(1), xField(abi.InnerReads))
	if rd := uint8(o.Rd) & 31; rd != 0 { // a load into $zero writes nothing
		a.emit(opMOVL, reg(regR9), reg(c.dest(k, rd)))
	}
}

// emitStore emits a store as runInner has it: through the software TLB,
// into a line the I-cache does not hold; then, with a write buffer, the
// D-cache's tags and the buffer as Cache.Write has them, leaving after the
// store's memory and tags when its stall would end past the block's stop.
func (c *nativeCompiler) emitStore(k *blockCode, i int, o cpu.NativeOp) {
	a, abi := k.a, &c.abi
	leave := k.leave(i)
	size := accessSize(o.Kind)
	c.emitTLB(k, i, o, size, abi.InnerStores, k.b.ITags != noTags || k.b.Tags != allTags && k.b.WriteBuffer)
	a.emit(opADDQ, reg(regAX), reg(regR9))
	// Leave when the I-cache's line holds any word (Tags.Holds); with
	// mmu.NoTags (no I-cache) none does.
	if k.b.ITags != noTags {
		free := &label{}
		line := c.emitLine(a, abi.InnerITags, k.b.ITags, regDX)
		a.emit(opCMPL, line(0), reg(regCX))
		a.jumpTo(opJNE, free)
		a.emit(opCMPL, line(4), constant(0))
		a.jumpTo(opJNE, leave)
		a.place(free)
	}
	dst := memAt(regR9, 0)
	v := c.src(k, uint8(o.Rt))
	if v.kind == operandBased {
		a.emit(opMOVL, v, reg(regAX))
		v = reg(regAX)
	}
	switch size {
	case 4:
		a.emit(opMOVL, v, dst)
	case 2:
		a.emit(opMOVW, v, dst)
	default:
		a.emit(opMOVB, v, dst) // any register's low byte (REX for SI, DI and R8 on)
	}
	if k.b.Tags == allTags || !k.b.WriteBuffer {
		return // no write-through D-cache: no tags, no write buffer
	}
	// The word's valid bit in DX (R9: its index), when lines have more
	// than one word; the D-cache's line in AX, R8's line address in CX.
	bit := constant(1)
	if k.b.Tags.WordMask != 0 {
		c.emitWordIndex(a, k.b.Tags, regR9)
		a.emit(opXORL, reg(regDX), reg(regDX))
		a.emit(opBTSL, reg(regR9), reg(regDX))
		bit = reg(regDX)
	}
	line := c.emitLine(a, abi.InnerTags, k.b.Tags, regR9) // not DX, which holds the bit
	a.emit(opLEAQ, line(0), reg(regAX))
	// enter (R9): the cycle the store enters the write buffer, after the
	// static cycles before it and a partial store's merge.
	a.emit(opLEAQ, memAt(startReg, int64(k.b.Pre[i])), reg(regR9))
	push := &label{}
	if size == 4 {
		// Tags.WriteWord.
		fill, set := &label{}, &label{}
		a.emit(opCMPL, memAt(regAX, 0), reg(regCX))
		a.jumpTo(opJNE, fill)
		a.emit(opCMPL, memAt(regAX, 4), constant(0))
		a.jumpTo(opJNE, set)
		a.place(fill)
		a.emit(opMOVL, reg(regCX), memAt(regAX, 0))
		a.emit(opMOVL, constant(0), memAt(regAX, 4))
		a.emit(opADDQ, constant(1), xField(abi.InnerDrops))
		a.place(set)
		a.emit(opORL, bit, memAt(regAX, 4))
	} else {
		// Tags.WritePartial.
		hit := &label{}
		a.emit(opTESTL, bit, memAt(regAX, 4))
		a.jumpTo(opJEQ, push)
		a.emit(opCMPL, memAt(regAX, 0), reg(regCX))
		a.jumpTo(opJEQ, hit)
		if bit.kind == operandConst {
			a.emit(opANDL, constant(^1), memAt(regAX, 4))
		} else {
			a.emit(opNOTL, reg(regDX))
			a.emit(opANDL, reg(regDX), memAt(regAX, 4))
		}
		a.emit(opADDQ, constant(1), xField(abi.InnerDrops))
		a.jumpTo(opJMP, push)
		a.place(hit)
		a.emit(opADDQ, constant(int32(k.b.PartialCycles)), reg(regR9))
	}
	// WriteBuffer.Stall: the oldest entry's slot at CX, and it less enter
	// in AX; the buffer in R8, its position in DX.
	wbl := &abi.WriteBuffer
	a.place(push)
	a.emit(opMOVQ, xField(abi.InnerWB), reg(regR8))
	a.emit(opMOVQ, memAt(regR8, int64(wbl.Ring)), reg(regCX))
	a.emit(opMOVQ, memAt(regR8, int64(wbl.Pos)), reg(regDX))
	a.emit(opLEAQ, memIndex(regCX, regDX, 8, 0), reg(regCX))
	a.emit(opMOVQ, memAt(regCX, 0), reg(regAX))
	a.emit(opSUBQ, reg(regR9), reg(regAX))
	// pushTail does WriteBuffer.Push with enter + the stall in R9: last =
	// max(that, last) + writeCycles, into the oldest's slot; the next
	// slot the oldest (the position in DX, or read again into CX).
	pushTail := func(posInDX bool) {
		later := &label{}
		a.emit(opCMPQ, reg(regR9), memAt(regR8, int64(wbl.Last)))
		a.jumpTo(opJCC, later)
		a.emit(opMOVQ, memAt(regR8, int64(wbl.Last)), reg(regR9))
		a.place(later)
		a.emit(opADDQ, constant(int32(k.b.WriteCycles)), reg(regR9))
		a.emit(opMOVQ, reg(regR9), memAt(regR8, int64(wbl.Last)))
		a.emit(opMOVQ, reg(regR9), memAt(regCX, 0))
		pos := regDX
		if !posInDX {
			pos = regCX
			a.emit(opMOVQ, memAt(regR8, int64(wbl.Pos)), reg(regCX))
		}
		a.emit(opADDQ, constant(1), reg(pos))
		if depth := k.b.WriteBufferDepth; depth&(depth-1) == 0 {
			a.emit(opANDL, constant(int32(depth-1)), reg(pos))
		} else {
			wrapped := &label{}
			a.emit(opCMPQ, reg(pos), constant(int32(depth)))
			a.jumpTo(opJNE, wrapped)
			a.emit(opMOVL, constant(0), reg(pos))
			a.place(wrapped)
		}
		a.emit(opMOVQ, reg(pos), memAt(regR8, int64(wbl.Pos)))
		a.emit(opADDQ, constant(1), xField(abi.InnerWrites))
	}
	// stop leaves when the delay (nonzero) would end past the stop; it
	// uses R8 and loads the buffer again.
	stop := func(delay hostReg) {
		a.emit(opLEAQ, memIndex(startReg, delay, 1, int64(k.b.Static)), reg(regR8))
		a.emit(opCMPQ, reg(regR8), xField(abi.InnerStopAt))
		a.jumpTo(opJCC, leave)
		a.emit(opMOVQ, xField(abi.InnerWB), reg(regR8))
	}
	// counts adds the stall (AX) to the buffer's stalls and the stores',
	// the delay to the stalls and the cycles.
	counts := func(delay hostReg) {
		a.emit(opADDQ, reg(regAX), memAt(regR8, int64(wbl.Stalls)))
		a.emit(opADDQ, reg(regAX), xField(abi.InnerWriteStalls))
		a.emit(opMOVQ, xField(abi.InnerStats), reg(regCX))
		a.emit(opADDQ, reg(delay), memAt(regCX, int64(abi.StatsStalls)))
		a.emit(opADDQ, reg(delay), reg(startReg))
	}
	if size == 4 {
		// A word: the delay is the stall; none when the oldest entry
		// retires by enter.
		stalled, done := &label{}, &label{}
		a.jumpTo(opJHI, stalled)
		pushTail(true)
		a.jumpTo(opJMP, done)
		a.place(stalled)
		stop(regAX)
		a.emit(opADDQ, reg(regAX), reg(regR9))
		pushTail(true)
		counts(regAX)
		a.place(done)
		return
	}
	// A byte or halfword: the stall in AX, the delay (enter + stall - at)
	// in DX.
	stalled, pushed := &label{}, &label{}
	a.jumpTo(opJCC, stalled) // oldest >= enter: the stall is the difference
	a.emit(opMOVL, constant(0), reg(regAX))
	a.place(stalled)
	a.emit(opLEAQ, memIndex(regR9, regAX, 1, -int64(k.b.Pre[i])), reg(regDX))
	a.emit(opSUBQ, reg(startReg), reg(regDX))
	a.jumpTo(opJEQ, pushed)
	stop(regDX)
	a.place(pushed)
	a.emit(opADDQ, reg(regAX), reg(regR9))
	pushTail(false)
	counts(regDX)
}

// The geometry of mmu.AllTags and mmu.NoTags, which no cache has (a
// cache's Shift is its line's, at least 2): the inner loop's tags when
// there is no D-cache (every read hits) and no I-cache (no store reaches
// a line it holds).
var (
	allTags = mmu.Tags{Shift: mmu.AllTags().Shift, SetMask: mmu.AllTags().SetMask, WordMask: mmu.AllTags().WordMask}
	noTags  = mmu.Tags{Shift: mmu.NoTags().Shift, SetMask: mmu.NoTags().SetMask, WordMask: mmu.NoTags().WordMask}
)

// emitWordIndex leaves in h the index of R8's word in its line of a tag
// array of geometry g: the bit of its valid bits.
func (c *nativeCompiler) emitWordIndex(a *assembler, g mmu.Tags, h hostReg) {
	a.emit(opMOVL, reg(regR8), reg(h))
	a.emit(opSHRL, constant(2), reg(h))
	a.emit(opANDL, constant(int32(g.WordMask&31)), reg(h))
}

// emitHILO emits a multiply into HI and LO, or mul, or a read or write of
// HI or LO: each waits for HI and LO to be ready (mul for its result too),
// leaving when the wait would end past the block's stop, as runInner does.
func (c *nativeCompiler) emitHILO(k *blockCode, i int, o cpu.NativeOp) {
	a, abi := k.a, &c.abi
	leave := k.leave(i)
	op := o.Inst.Op // for the kind that covers several (OpHILO; not a divide: emitOp)
	// now (R8): the cycle the instruction starts, after the block's
	// static cycles before it.
	now := func() { a.emit(opLEAQ, memAt(startReg, int64(k.b.Pre[i])), reg(regR8)) }
	// stall adds the wait in CX (nonzero) to the counters, or leaves; it
	// uses R8.
	stall := func() {
		a.emit(opLEAQ, memIndex(startReg, regCX, 1, int64(k.b.Static)), reg(regR8))
		a.emit(opCMPQ, reg(regR8), xField(abi.InnerStopAt))
		a.jumpTo(opJCC, leave)
		a.emit(opMOVQ, xField(abi.InnerStats), reg(regR8))
		a.emit(opADDQ, reg(regCX), memAt(regR8, int64(abi.StatsStalls)))
		a.emit(opADDQ, reg(regCX), reg(startReg))
	}
	switch {
	case o.Kind == cpu.OpMULT, o.Kind == cpu.OpMULTU, o.Kind == cpu.OpMADD, o.Kind == cpu.OpMADDU,
		op == isa.MSUB, op == isa.MSUBU:
		c.load(k, uint8(o.Rs), regAX)
		c.load(k, uint8(o.Rt), regCX)
		if o.Kind == cpu.OpMULT || o.Kind == cpu.OpMADD || op == isa.MSUB {
			a.emitFrom(opIMULL, reg(regCX))
		} else {
			a.emitFrom(opMULL, reg(regCX))
		}
		switch {
		case o.Kind == cpu.OpMADD || o.Kind == cpu.OpMADDU:
			// HI:LO + the product, HI and LO as they are before the wait
			// (which changes neither).
			a.emit(opADDL, c.machine(abi.MachineLO), reg(regAX))
			a.emit(opADCL, c.machine(abi.MachineHI), reg(regDX))
		case o.Kind == cpu.OpHILO:
			// HI:LO - the product.
			a.emit(opMOVL, c.machine(abi.MachineLO), reg(regR8))
			a.emit(opMOVL, c.machine(abi.MachineHI), reg(regCX))
			a.emit(opSUBL, reg(regAX), reg(regR8))
			a.emit(opSBBL, reg(regDX), reg(regCX))
			a.emit(opMOVL, reg(regR8), reg(regAX))
			a.emit(opMOVL, reg(regCX), reg(regDX))
		}
		ready := &label{}
		now()
		a.emit(opMOVQ, c.machine(abi.MachineHILOReady), reg(regCX))
		a.emit(opCMPQ, reg(regCX), reg(regR8))
		a.jumpTo(opJLS, ready)
		a.emit(opSUBQ, reg(regR8), reg(regCX))
		stall()
		a.place(ready)
		a.emit(opMOVL, reg(regDX), c.machine(abi.MachineHI))
		a.emit(opMOVL, reg(regAX), c.machine(abi.MachineLO))
		now()
		a.emit(opADDQ, xField(abi.InnerMulLat), reg(regR8))
		a.emit(opMOVQ, reg(regR8), c.machine(abi.MachineHILOReady))
	default: // mul, mfhi, mflo, mthi, mtlo: the value in AX, the extra wait in CX
		switch {
		case o.Kind == cpu.OpHILO:
			c.load(k, uint8(o.Rs), regAX)
			a.emit(opMOVL, constant(0), reg(regCX))
		case o.Kind == cpu.OpMUL:
			c.load(k, uint8(o.Rs), regAX)
			c.load(k, uint8(o.Rt), regCX)
			a.emit(opIMUL3L, reg(regCX), reg(regAX))
			a.emit(opMOVQ, xField(abi.InnerMulLat), reg(regCX))
		case o.Kind == cpu.OpMFHI:
			a.emit(opMOVL, c.machine(abi.MachineHI), reg(regAX))
			a.emit(opMOVL, constant(0), reg(regCX))
		default:
			a.emit(opMOVL, c.machine(abi.MachineLO), reg(regAX))
			a.emit(opMOVL, constant(0), reg(regCX))
		}
		ready, write := &label{}, &label{}
		now()
		a.emit(opMOVQ, c.machine(abi.MachineHILOReady), reg(regDX))
		a.emit(opCMPQ, reg(regDX), reg(regR8))
		a.jumpTo(opJLS, ready)
		a.emit(opSUBQ, reg(regR8), reg(regDX))
		a.emit(opADDQ, reg(regDX), reg(regCX))
		a.place(ready)
		a.emit(opTESTQ, reg(regCX), reg(regCX))
		a.jumpTo(opJEQ, write)
		stall()
		a.place(write)
		switch {
		case op == isa.MTHI:
			a.emit(opMOVL, reg(regAX), c.machine(abi.MachineHI))
		case op == isa.MTLO:
			a.emit(opMOVL, reg(regAX), c.machine(abi.MachineLO))
		default:
			d := regAX
			if rd := uint8(o.Rd) & 31; rd != 0 {
				d = c.dest(k, rd)
			}
			a.emit(opMOVL, reg(regAX), reg(d))
		}
	}
}
