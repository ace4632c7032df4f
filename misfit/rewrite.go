package misfit

import (
	"debug/elf"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"sort"

	"graftlab/isa"
	"graftlab/loader/object"
	"graftlab/misfit/sign"
)

// word is one instruction of the output.
type word struct {
	inst     isa.Inst
	relocOf  int    // original offset whose relocations this word carries, or -1
	target   int    // for an original direct branch: original target offset; -1 none
	toFault  bool   // an inserted branch to the fault stub
	stubJump string // j to this kernel symbol (stubs)
}

type rewriter struct {
	opt      Options
	f        *object.File
	text     *object.Section
	insts    []isa.Inst
	n        uint32 // original text size
	callable map[string]bool
	relocAt  map[uint32][]int // original offset -> indices in text.Relocs

	out       []word
	newStart  []int // per original word: index of its first output word
	newInst   []int // per original word: index of the word carrying the instruction
	relocHome map[int]int
	returns   []uint32        // original offsets of return sites
	slot      []bool          // per original word: a delay slot
	checkedAt map[isa.Reg]int // check policy: registers checked since the last landing, and where
	s7Holds   isa.Reg         // s7 holds this register sandboxed (sandbox policy); 0: unknown
	stats     Stats
}

// Rewrite rewrites the relocatable object obj.
func Rewrite(obj []byte, opt Options) (*Result, error) {
	f, err := object.Parse(obj)
	if err != nil {
		return nil, err
	}
	if opt.Policy != Sandbox && opt.Policy != Check {
		return nil, fmt.Errorf("unknown policy %d", opt.Policy)
	}
	if opt.NoGuard && opt.Policy != Sandbox {
		return nil, errors.New("NoGuard applies to the sandbox policy only")
	}
	r := &rewriter{opt: opt, f: f, callable: map[string]bool{KernelReturn: true, KernelFault: true}, checkedAt: map[isa.Reg]int{}}
	list := opt.Callable
	if list == nil {
		list = DefaultCallable
	}
	for _, s := range list {
		r.callable[s] = true
	}
	if err := r.prepare(); err != nil {
		return nil, err
	}
	if err := r.layout(); err != nil {
		return nil, err
	}
	data, err := r.finish()
	if err != nil {
		return nil, err
	}
	if opt.Key != nil {
		data, err = sign.Sign(data, opt.Key)
		if err != nil {
			return nil, err
		}
	}
	return &Result{Object: data, Stats: r.stats}, nil
}

func (r *rewriter) errAt(off uint32, inst string, format string, args ...any) *Error {
	e := &Error{Section: r.text.Name, Offset: off, Inst: inst, Msg: fmt.Sprintf(format, args...)}
	// The enclosing function: the closest function or global symbol at or
	// before off.
	var best *object.Symbol
	for _, s := range r.f.Symbols {
		if s.Section != r.text || s.Value > off || s.Type != object.SymFunc && s.Bind == object.Local {
			continue
		}
		if best == nil || s.Value > best.Value {
			best = s
		}
	}
	if best != nil {
		e.Func, e.FuncOff = best.Name, off-best.Value
	}
	return e
}

func (r *rewriter) errInst(off uint32, format string, args ...any) *Error {
	return r.errAt(off, isa.GNU(r.insts[off/4], off, nil), format, args...)
}

// prepare finds the code section, decodes it and checks the object as a
// whole.
func (r *rewriter) prepare() error {
	if r.f.Section(NoteSection) != nil {
		return fmt.Errorf("object already rewritten (it has %s)", NoteSection)
	}
	for _, s := range r.f.Sections {
		if s.Flags&uint32(elf.SHF_EXECINSTR) == 0 || len(s.Data) == 0 && s.Size == 0 {
			continue
		}
		if r.text != nil {
			return fmt.Errorf("code in two sections, %s and %s: a graft has one code section (compile without -ffunction-sections)", r.text.Name, s.Name)
		}
		r.text = s
	}
	if r.text == nil {
		return errors.New("no code section")
	}
	if r.text.Type != uint32(elf.SHT_PROGBITS) || len(r.text.Data)%4 != 0 {
		return fmt.Errorf("%s: size %d is not a whole number of instructions", r.text.Name, len(r.text.Data))
	}
	r.n = uint32(len(r.text.Data))
	if r.n/4 > 1<<20 {
		return fmt.Errorf("%s: %d bytes of code: too large for a graft", r.text.Name, r.n)
	}
	r.insts = make([]isa.Inst, r.n/4)
	for i := range r.insts {
		w := binary.LittleEndian.Uint32(r.text.Data[4*i:])
		inst, err := isa.Decode(w)
		if err != nil {
			return &Error{Section: r.text.Name, Offset: uint32(4 * i), Msg: fmt.Sprintf("word %#08x: %v", w, err)}
		}
		r.insts[i] = inst
	}
	r.relocAt = map[uint32][]int{}
	for i, rl := range r.text.Relocs {
		if rl.Offset%4 != 0 || rl.Offset >= r.n {
			return fmt.Errorf("%s: relocation %d at %#x: not at an instruction", r.text.Name, i, rl.Offset)
		}
		r.relocAt[rl.Offset] = append(r.relocAt[rl.Offset], i)
	}
	for _, s := range r.f.Sections {
		for i, rl := range s.Relocs {
			if rl.Symbol == nil {
				continue
			}
			sym := rl.Symbol
			if sym.Type == object.SymSection || sym.Defined() {
				continue
			}
			// An undefined symbol: only jal/j to callable functions.
			if s != r.text || rl.Type != object.R_MIPS_26 {
				return fmt.Errorf("%s: relocation %d (%v) refers to the kernel symbol %q: a graft may only call kernel functions directly", s.Name, i, rl.Type, sym.Name)
			}
			if !r.callable[sym.Name] {
				return r.errInst(rl.Offset, "call to %q, which is not on the graft-callable list", sym.Name)
			}
			r.stats.CallableCalls++
		}
	}
	for _, rl := range r.text.Relocs {
		inst := r.insts[rl.Offset/4]
		info := inst.Info()
		ok := false
		switch rl.Type {
		case object.R_MIPS_GPREL16, object.R_MIPS_GPREL32:
			return r.errInst(rl.Offset, "gp-relative relocation %v: compile with -G0", rl.Type)
		case object.R_MIPS_26:
			ok = inst.Op == isa.J || inst.Op == isa.JAL
		case object.R_MIPS_HI16:
			ok = inst.Op == isa.LUI
		case object.R_MIPS_LO16:
			ok = inst.Op != isa.LUI && slices.ContainsFunc(info.Args, func(a isa.Arg) bool {
				return a == isa.ArgSImm || a == isa.ArgUImm || a == isa.ArgMem
			})
		case object.R_MIPS_PC16:
			// A branch to a named symbol of the code (GNU as emits this for
			// global labels): the relocation moves with the branch and the
			// symbol with its code.
			if !info.Has(isa.FlagBranch) || rl.Symbol == nil || rl.Symbol.Type == object.SymSection || rl.Symbol.Section != r.text {
				return r.errInst(rl.Offset, "R_MIPS_PC16 relocation: only a branch to a named symbol of the code is supported")
			}
			ok = true
		}
		if !ok {
			return r.errInst(rl.Offset, "relocation %v on this instruction is not supported in code", rl.Type)
		}
	}
	// Classify every instruction; refuse what can never be made safe.
	slot := make([]bool, len(r.insts)+1)
	r.slot = slot
	for i, inst := range r.insts {
		off := uint32(4 * i)
		info := inst.Info()
		if err := r.checkInst(off, inst, info); err != nil {
			return err
		}
		if info.Has(isa.FlagDelay) {
			if i+1 >= len(r.insts) {
				return r.errInst(off, "branch at the end of the code: its delay slot is missing")
			}
			if r.insts[i+1].Info().Has(isa.FlagDelay) {
				return r.errInst(off+4, "branch in a delay slot")
			}
			slot[i+1] = true
		}
	}
	for i, inst := range r.insts {
		off := uint32(4 * i)
		if !inst.Info().Has(isa.FlagBranch) {
			continue
		}
		t := r.branchTarget(off, inst)
		if t < 0 || t >= int64(r.n) {
			return r.errInst(off, "branch target %#x lies outside the code", t)
		}
		if slot[t/4] {
			return r.errInst(off, "branch into the delay slot at %#x", t)
		}
	}
	return nil
}

// checkInst refuses privileged and unsafe instructions and uses of the
// dedicated registers.
func (r *rewriter) checkInst(off uint32, inst isa.Inst, info *isa.OpInfo) error {
	switch {
	case info.Has(isa.FlagPriv):
		return r.errInst(off, "privileged instruction")
	case inst.Op == isa.SYSCALL || inst.Op == isa.BREAK || inst.Op == isa.SDBBP:
		return r.errInst(off, "%s is not allowed in a graft", info.Mnemonic)
	case inst.Op == isa.PREF:
		return r.errInst(off, "prefetch of an unchecked address is not allowed in a graft")
	}
	for _, reg := range regsUsed(inst) {
		switch reg {
		case RegTarget, RegMask, RegBase, RegAddr:
			return r.errInst(off, "uses $%d, a register MiSFIT dedicates (compile with -ffixed-s4 -ffixed-s5 -ffixed-s6 -ffixed-s7)", reg)
		}
	}
	if (inst.Op == isa.J || inst.Op == isa.JAL) && len(r.relocAt[off]) == 0 {
		return r.errInst(off, "absolute jump without a relocation")
	}
	return nil
}

// regsUsed lists the GPRs an instruction names (read or written).
func regsUsed(inst isa.Inst) []isa.Reg {
	info := inst.Info()
	var regs []isa.Reg
	for _, a := range info.Args {
		switch a {
		case isa.ArgRs, isa.ArgMem:
			regs = append(regs, inst.Rs)
		case isa.ArgRt:
			regs = append(regs, inst.Rt)
		case isa.ArgRd:
			regs = append(regs, inst.Rd)
		}
	}
	if info.Has(isa.FlagWr31) {
		regs = append(regs, isa.RA)
	}
	return regs
}

// writes reports the GPR an instruction writes, or 0.
func writes(inst isa.Inst) isa.Reg {
	info := inst.Info()
	switch {
	case info.Has(isa.FlagWrd):
		return inst.Rd
	case info.Has(isa.FlagWrt):
		return inst.Rt
	case info.Has(isa.FlagWr31):
		return isa.RA
	}
	return 0
}

// reads reports whether the instruction reads reg.
func reads(inst isa.Inst, reg isa.Reg) bool {
	if reg == 0 {
		return false
	}
	info := inst.Info()
	for _, a := range info.Args {
		switch a {
		case isa.ArgRs, isa.ArgMem:
			if inst.Rs == reg {
				return true
			}
		case isa.ArgRt:
			rd := !info.Has(isa.FlagWrt) || info.Has(isa.FlagStore) || inst.Op == isa.LWL || inst.Op == isa.LWR
			if inst.Rt == reg && rd {
				return true
			}
		case isa.ArgRd:
			if inst.Rd == reg && (inst.Op == isa.MOVZ || inst.Op == isa.MOVN) {
				return true
			}
		}
	}
	return false
}

func isMem(inst isa.Inst) bool {
	info := inst.Info()
	return info.Has(isa.FlagLoad) || info.Has(isa.FlagStore)
}

func sortedKeys(m map[uint32]bool) []uint32 {
	var k []uint32
	for v := range m {
		k = append(k, v)
	}
	sort.Slice(k, func(i, j int) bool { return k[i] < k[j] })
	return k
}

// branchTarget is the original target of the branch at off: PC-relative,
// or, with an R_MIPS_PC16 relocation, the symbol plus the field's addend
// (S + A - P with A = field<<2, so the target is S + A + 4).
func (r *rewriter) branchTarget(off uint32, inst isa.Inst) int64 {
	for _, k := range r.relocAt[off] {
		if rl := r.text.Relocs[k]; rl.Type == object.R_MIPS_PC16 && rl.Symbol != nil {
			return int64(rl.Symbol.Value) + int64(inst.Imm)*4 + 4
		}
	}
	return int64(off) + 4 + int64(inst.Imm)*4
}
