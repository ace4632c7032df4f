package misfit

import (
	"graftlab/isa"
	"graftlab/loader/object"
)

// The inserted sequences (doc/misfit.md, "Inserted sequences").

func (r *rewriter) emit(inst isa.Inst, relocOf int) int {
	r.out = append(r.out, word{inst: inst, relocOf: relocOf, target: -1})
	return len(r.out) - 1
}

func (r *rewriter) emitFaultBranch(reg isa.Reg) {
	r.out = append(r.out, word{inst: isa.Inst{Op: isa.BNE, Rs: reg, Rt: isa.Zero}, relocOf: -1, target: -1, toFault: true})
	r.emit(isa.Inst{Op: isa.SLL}, -1) // nop in the delay slot
}

// emitCheck emits the check policy's test of reg against the region.
func (r *rewriter) emitCheck(reg isa.Reg) {
	r.emit(isa.Inst{Op: isa.SUBU, Rd: RegAddr, Rs: reg, Rt: RegBase}, -1)
	r.emit(isa.Inst{Op: isa.SLTU, Rd: RegAddr, Rs: RegMask, Rt: RegAddr}, -1)
	r.emitFaultBranch(RegAddr)
}

// emitSandbox emits and/or that force reg into the region, into dst.
func (r *rewriter) emitSandbox(dst, reg isa.Reg) {
	r.emit(isa.Inst{Op: isa.AND, Rd: dst, Rs: reg, Rt: RegMask}, -1)
	r.emit(isa.Inst{Op: isa.OR, Rd: dst, Rs: dst, Rt: RegBase}, -1)
}

// spFix follows every write of sp.
func (r *rewriter) spFix() {
	r.stats.SPWrites++
	if r.opt.Policy == Check {
		r.emitCheck(isa.SP)
		return
	}
	r.emitSandbox(isa.SP, isa.SP)
}

// needsGuard reports whether a memory access must be instrumented.
func (r *rewriter) needsGuard(inst isa.Inst) bool {
	if !isMem(inst) {
		return false
	}
	if inst.Rs == isa.SP && !r.opt.NoSPOpt {
		r.stats.SPAccesses++
		return false
	}
	return true
}

// guardPrefix emits what goes before the access at off and returns the
// access as it must then be emitted.
// maxReuse bounds the distance from a check to an access reusing it (the
// verifier looks back at most 256 instructions).
const maxReuse = 200

func (r *rewriter) guardPrefix(off uint32, inst isa.Inst, inSlot bool) isa.Inst {
	if inst.Info().Has(isa.FlagLoad) && !inst.Info().Has(isa.FlagStore) {
		r.stats.Loads++
	} else {
		r.stats.Stores++
	}
	switch {
	case r.opt.Policy == Check:
		if at, ok := r.checkedAt[inst.Rs]; ok && !inSlot && !r.opt.NoReuse && len(r.out)-at < maxReuse {
			// The register was checked earlier in this straight line and
			// not written since.
			r.stats.Reused++
			return inst
		}
		r.emitCheck(inst.Rs)
		if !inSlot {
			r.checkedAt[inst.Rs] = len(r.out)
		}
		return inst
	case r.opt.NoGuard:
		// The offset (and its %lo relocation) moves to an addiu.
		r.relocHome[int(off)] = r.emit(isa.Inst{Op: isa.ADDIU, Rt: RegAddr, Rs: inst.Rs, Imm: inst.Imm}, int(off))
		r.emitSandbox(RegAddr, RegAddr)
		inst.Rs, inst.Imm = RegAddr, 0
		return inst
	}
	if r.s7Holds != 0 && r.s7Holds == inst.Rs && !r.opt.NoReuse {
		// s7 already holds this register's sandboxed value: nothing has
		// written the register or landed here since.
		r.stats.Reused++
	} else {
		r.emitSandbox(RegAddr, inst.Rs)
		r.s7Holds = inst.Rs
	}
	inst.Rs = RegAddr
	return inst
}

// emitPlain emits a non-branch instruction with what it needs.
func (r *rewriter) emitPlain(off uint32, inst isa.Inst) {
	if r.needsGuard(inst) {
		inst = r.guardPrefix(off, inst, false)
	}
	i := r.emit(inst, int(off))
	if w := writes(inst); w != 0 {
		if w == r.s7Holds {
			r.s7Holds = 0
		}
		delete(r.checkedAt, w)
	}
	if _, moved := r.relocHome[int(off)]; !moved {
		r.relocHome[int(off)] = i
	}
	r.newInst[off/4] = i
	if writes(inst) == isa.SP {
		r.spFix()
	}
}

// emitIndirectCheck emits the legal-target check of reg; the jump then goes
// through RegTarget.
func (r *rewriter) emitIndirectCheck(reg isa.Reg) {
	r.out = append(r.out,
		word{inst: isa.Inst{Op: isa.ANDI, Rt: RegTarget, Rs: reg}, relocOf: tableMaskWord, target: -1},
		word{inst: isa.Inst{Op: isa.LUI, Rt: isa.AT}, relocOf: tableHiWord, target: -1},
		word{inst: isa.Inst{Op: isa.ADDU, Rd: RegTarget, Rs: RegTarget, Rt: isa.AT}, relocOf: -1, target: -1},
		word{inst: isa.Inst{Op: isa.LW, Rt: RegTarget, Rs: RegTarget}, relocOf: tableLoWord, target: -1},
	)
	r.out = append(r.out, word{inst: isa.Inst{Op: isa.BNE, Rs: RegTarget, Rt: reg}, relocOf: -1, target: -1, toFault: true})
	r.emit(isa.Inst{Op: isa.SLL}, -1)
}

// Markers in word.relocOf for the words of the indirect check that refer to
// the table.
const (
	tableMaskWord = -2
	tableHiWord   = -3
	tableLoWord   = -4
)

// layout emits the rewritten code.
func (r *rewriter) layout() error {
	n := len(r.insts)
	r.newStart = make([]int, n+1)
	r.newInst = make([]int, n)
	r.relocHome = map[int]int{}
	r.stats.InWords = n
	landing, err := r.landingSpots()
	if err != nil {
		return err
	}
	for _, loc := range sortedKeys(landing) {
		if loc < r.n && r.slot[loc/4] {
			return r.errInst(loc, "a symbol, a code address or a branch target lies in this delay slot")
		}
	}
	for i := 0; i < n; {
		off := uint32(4 * i)
		inst := r.insts[i]
		r.newStart[i] = len(r.out)
		if landing[off] {
			r.forget()
		}
		if !inst.Info().Has(isa.FlagDelay) {
			r.emitPlain(off, inst)
			i++
			continue
		}
		if err := r.emitBranch(off, inst, r.insts[i+1]); err != nil {
			return err
		}
		r.newStart[i+1] = r.newInst[i+1]
		r.forget()
		i += 2
	}
	r.newStart[n] = len(r.out)
	return nil
}

// emitBranch emits a branch or jump at off and its delay slot d.
func (r *rewriter) emitBranch(off uint32, br, d isa.Inst) error {
	info := br.Info()
	link := info.Has(isa.FlagLink)
	likely := info.Has(isa.FlagLikely)
	indirect := br.Op == isa.JR || br.Op == isa.JALR
	dOff := off + 4
	dw := writes(d)
	if writes(br) == isa.SP {
		return r.errInst(off, "a jump that links into sp")
	}
	if link && (reads(d, isa.RA) || dw == isa.RA) {
		return r.errInst(dOff, "the delay slot of a call uses ra")
	}
	if link && off+8 < r.n {
		r.returns = append(r.returns, off+8)
	}
	hoist := dw == isa.SP || dw == isa.RA
	if hoist {
		// Move the delay slot before the branch so that sp can be checked
		// before anything jumps, and so that no delay slot writes ra (the
		// verifier refuses it: after a call or a jump to the kernel the slot
		// runs after the link).
		switch {
		case likely:
			return r.errInst(dOff, "write of sp or ra in the delay slot of a branch-likely")
		case dw != 0 && (reads(br, dw) || indirect && br.Rs == dw):
			return r.errInst(dOff, "the delay slot writes a register its branch reads")
		}
		r.stats.Hoisted++
		r.emitPlain(dOff, d)
		d = isa.Inst{Op: isa.SLL}
	} else if r.needsGuard(d) {
		switch {
		case r.opt.Policy == Check && likely:
			return r.errInst(dOff, "checked access in the delay slot of a branch-likely")
		case indirect && r.opt.Policy == Check && d.Rs == isa.AT:
			return r.errInst(dOff, "access through at in the delay slot of an indirect jump (at is the check's scratch)")
		}
		d = r.guardPrefix(dOff, d, true)
	}
	if br.Op == isa.J && r.jumpsToKernel(off) {
		// A tail call: the kernel function returns to our ra, so ra must be
		// a legal target.
		if dw == isa.RA {
			return r.errInst(dOff, "the delay slot of a jump to the kernel writes ra")
		}
		r.stats.Returns++
		r.emitIndirectCheck(isa.RA)
	}
	switch {
	case br.Op == isa.JR && br.Rs == isa.RA && !r.opt.NoLeaf && r.leafReturn(off):
		// ra is the caller's: the function is entered with a legal target in
		// ra and never changes it (doc/misfit.md, rule 6a).
		r.stats.LeafReturns++
	case indirect:
		if br.Op == isa.JR && br.Rs == isa.RA {
			r.stats.Returns++
		} else {
			r.stats.Indirect++
		}
		r.emitIndirectCheck(br.Rs)
		br.Rs = RegTarget
	}
	bi := r.emit(br, int(off))
	r.relocHome[int(off)] = bi
	r.newInst[off/4] = bi
	if info.Has(isa.FlagBranch) && len(r.relocAt[off]) == 0 {
		r.out[bi].target = int(br.BranchTarget(off))
	}
	var di int
	if hoist {
		di = r.emit(d, -1)
	} else {
		di = r.emit(d, int(dOff))
		if _, moved := r.relocHome[int(dOff)]; !moved {
			r.relocHome[int(dOff)] = di
		}
	}
	if !hoist {
		r.newInst[dOff/4] = di
	}
	return nil
}

// jumpsToKernel reports whether the jump at off goes to an undefined symbol.
func (r *rewriter) jumpsToKernel(off uint32) bool {
	for _, i := range r.relocAt[off] {
		rl := r.text.Relocs[i]
		if rl.Type == object.R_MIPS_26 && rl.Symbol != nil && rl.Symbol.Type != object.SymSection && !rl.Symbol.Defined() {
			return true
		}
	}
	return false
}

// landingSpots returns the original offsets where control may arrive other
// than by falling through: branch targets, symbols, return sites and code
// addresses taken.
func (r *rewriter) landingSpots() (map[uint32]bool, error) {
	l := map[uint32]bool{}
	for i, inst := range r.insts {
		off := uint32(4 * i)
		info := inst.Info()
		if info.Has(isa.FlagBranch) {
			if t := r.branchTarget(off, inst); t >= 0 {
				l[uint32(t)] = true
			}
		}
		if info.Has(isa.FlagLink) {
			l[off+8] = true
		}
	}
	for _, s := range r.f.Symbols {
		if s.Section == r.text {
			l[s.Value] = true
		}
	}
	refs, err := r.codeRefs()
	if err != nil {
		return nil, err
	}
	for _, c := range refs {
		l[c.loc] = true
	}
	return l, nil
}

// forget drops what is known about s7 and about checked registers: control
// may arrive here from elsewhere.
func (r *rewriter) forget() {
	r.s7Holds = 0
	clear(r.checkedAt)
}

// leafReturn reports whether the jr ra at off may stay unchecked: the
// verifier's rule 6a, decided on the original code. Its function (from its
// symbol to the next function symbol) never writes ra and transfers control
// only by branches and jr ra; nothing outside it branches or jumps into it
// except calls to its start; no code address inside it is taken; the code
// before it cannot run into it; and the graft has no jr through another
// register and no jalr that links into a register other than ra.
func (r *rewriter) leafReturn(off uint32) bool {
	start, end := int64(-1), int64(r.n)
	for _, s := range r.f.Symbols {
		if s.Section != r.text || s.Type != object.SymFunc || s.Value%4 != 0 {
			continue
		}
		v := int64(s.Value)
		if v <= int64(off) && v > start {
			start = v
		}
		if v > int64(off) && v < end {
			end = v
		}
	}
	if start < 0 || start == 4 {
		return false
	}
	if start >= 8 {
		p := r.insts[start/4-2]
		if !(p.Op == isa.J || p.Op == isa.JR || p.Op == isa.BEQ && p.Rs == isa.Zero && p.Rt == isa.Zero) {
			return false
		}
	}
	inside := func(o int64) bool { return o >= start && o < end }
	for i, inst := range r.insts {
		o := int64(4 * i)
		info := inst.Info()
		if inst.Op == isa.JR && inst.Rs != isa.RA || inst.Op == isa.JALR && inst.Rd != isa.RA {
			return false // enters a function with ra not set by the jump
		}
		if inside(o) {
			if writes(inst) == isa.RA {
				return false
			}
			if info.Has(isa.FlagDelay) && !(info.Has(isa.FlagBranch) && !info.Has(isa.FlagLink) || inst.Op == isa.JR && inst.Rs == isa.RA) {
				return false
			}
			continue
		}
		// Transfers from outside into the function.
		var t int64 = -1
		switch {
		case info.Has(isa.FlagBranch):
			t = r.branchTarget(uint32(o), inst)
		case inst.Op == isa.J || inst.Op == isa.JAL:
			for _, k := range r.relocAt[uint32(o)] {
				rl := r.text.Relocs[k]
				if rl.Symbol != nil && rl.Symbol.Section == r.text {
					t = int64(rl.Symbol.Value) + int64(inst.Target)<<2
				}
			}
		}
		if inside(t) && !(t == start && info.Has(isa.FlagLink)) {
			return false
		}
	}
	refs, err := r.codeRefs()
	if err != nil {
		return false
	}
	for _, c := range refs {
		if c.taken && int64(c.loc) > start && inside(int64(c.loc)) {
			return false
		}
	}
	for _, s := range r.f.Symbols {
		if s.Section == r.text && s.Bind != object.Local && int64(s.Value) > start && inside(int64(s.Value)) {
			return false
		}
	}
	return true
}
