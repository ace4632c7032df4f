package verify

import (
	"encoding/binary"
	"fmt"

	"graftlab/isa"
	"graftlab/loader/object"
)

// Kinds of recognised sequences.
const (
	seqNone = iota
	seqSandbox
	seqSandboxOff // addiu s7 + and + or (offset folded)
	seqSPSandbox
	seqCheck
	seqTable
)

type verifier struct {
	f        *object.File
	rep      *Report
	callable map[string]bool

	text     *object.Section
	policy   uint32
	codeEnd  uint32
	slots    uint32
	insts    []isa.Inst
	reloc    map[uint32]*object.Reloc
	interior []bool // landing forbidden: inside a sequence
	slot     []bool // a delay slot
	seqAt    []int  // kind of the sequence starting here
	seqOf    []int  // 1 + the start of the sequence covering this index; 0: none
	checked  []isa.Reg
	lands    []bool        // control may arrive here other than by falling through
	srcs     map[int][]int // direct branch and jump targets -> their sources
	inTable  []bool        // a table entry
	// jumpsElsewhere: the graft has an indirect jump that may enter a
	// function without setting ra: a jr through a register other than ra,
	// or a jalr that links into a register other than ra.
	jumpsElsewhere bool
	slotTarget     []uint32         // each table slot's target, a code offset
	entries        []*object.Symbol // verified entry points
	seqErr         error
}

func (v *verifier) fail(off uint32, rule string, args ...any) error {
	e := &Violation{Offset: off, Rule: fmt.Sprintf(rule, args...)}
	if off < v.codeEnd && int(off/4) < len(v.insts) {
		e.Inst = isa.GNU(v.insts[off/4], off, nil)
	}
	var best *object.Symbol
	for _, s := range v.f.Symbols {
		if s.Section == v.text && s.Type == object.SymFunc && s.Value <= off && (best == nil || s.Value > best.Value) {
			best = s
		}
	}
	if best != nil {
		e.Func, e.FuncOff = best.Name, off-best.Value
	}
	return e
}

func (v *verifier) run() error {
	var err error
	if v.text, err = codeSection(v.f); err != nil {
		return err
	}
	if v.policy, _, v.codeEnd, v.slots, err = readNote(v.f); err != nil {
		return err
	}
	switch v.policy {
	case policySandbox:
		v.rep.Policy = "sandbox"
	case policyCheck:
		v.rep.Policy = "check"
	default:
		return fmt.Errorf("note: unknown policy %d", v.policy)
	}
	size := uint32(len(v.text.Data))
	if v.slots == 0 || v.slots > maxSlots || v.slots&(v.slots-1) != 0 {
		return fmt.Errorf("note: table of %d slots: want a power of two up to %d", v.slots, maxSlots)
	}
	if v.codeEnd%4 != 0 || v.codeEnd < 8 || uint64(v.codeEnd)+4*uint64(v.slots) != uint64(size) {
		return fmt.Errorf("note: code end %#x and %d table slots do not fill %s (%#x bytes)", v.codeEnd, v.slots, v.text.Name, size)
	}
	v.rep.CodeWords, v.rep.TableSlots = int(v.codeEnd/4), int(v.slots)
	n := int(v.codeEnd / 4)
	v.insts = make([]isa.Inst, n)
	for i := range v.insts {
		w := binary.LittleEndian.Uint32(v.text.Data[4*i:])
		if v.insts[i], err = isa.Decode(w); err != nil {
			v.codeEnd = 0
			return v.fail(uint32(4*i), "word %#08x does not decode: %v", w, err)
		}
	}
	v.reloc = map[uint32]*object.Reloc{}
	for i := range v.text.Relocs {
		rl := &v.text.Relocs[i]
		if rl.Offset%4 != 0 || rl.Offset >= size {
			return fmt.Errorf("%s: relocation %d at %#x: not on a word of the section", v.text.Name, i, rl.Offset)
		}
		if v.reloc[rl.Offset] != nil {
			return fmt.Errorf("%s: two relocations at %#x", v.text.Name, rl.Offset)
		}
		v.reloc[rl.Offset] = rl
	}
	if err := v.checkSymbols(); err != nil {
		return err
	}
	v.interior = make([]bool, n)
	v.slot = make([]bool, n)
	v.seqAt = make([]int, n)
	v.seqOf = make([]int, n)
	v.checked = make([]isa.Reg, n)
	if err := v.structure(); err != nil {
		return err
	}
	v.landingSet()
	if err := v.rules(); err != nil {
		return err
	}
	if err := v.targets(); err != nil {
		return err
	}
	return v.table()
}

// checkSymbols: undefined symbols must be callable; nothing else may be
// executable.
func (v *verifier) checkSymbols() error {
	for _, s := range v.f.Sections {
		for i, rl := range s.Relocs {
			if rl.Symbol != nil && !rl.Symbol.Defined() && rl.Symbol.Type != object.SymSection && !v.callable[rl.Symbol.Name] {
				return fmt.Errorf("%s: relocation %d refers to %q, which is not graft-callable", s.Name, i, rl.Symbol.Name)
			}
		}
	}
	return nil
}

func nop(i isa.Inst) bool { return i == isa.Inst{Op: isa.SLL} }

// structure recognises delay slots and the inserted sequences.
func (v *verifier) structure() error {
	n := len(v.insts)
	for i := 0; i < n; i++ {
		if v.insts[i].Info().Has(isa.FlagDelay) {
			if i+1 >= n {
				return v.fail(uint32(4*i), "branch without its delay slot before the end of the code")
			}
			if v.insts[i+1].Info().Has(isa.FlagDelay) {
				return v.fail(uint32(4*i+4), "branch in a delay slot")
			}
			v.slot[i+1] = true
		}
	}
	at := func(i int) isa.Inst {
		if i < n {
			return v.insts[i]
		}
		return isa.Inst{Op: isa.Invalid}
	}
	mark := func(i, k, kind int) {
		if v.slot[i] {
			v.seqErr = v.fail(uint32(4*i), "an inserted sequence begins in a delay slot: a taken branch would run only its first instruction")
		}
		v.seqAt[i] = kind
		for j := i; j < i+k; j++ {
			v.seqOf[j] = i + 1
			if j > i {
				v.interior[j] = true
			}
		}
		v.rep.Sequences++
	}
	for i := 0; i < n; i++ {
		a, b := at(i), at(i+1)
		switch {
		case v.policy == policySandbox && a.Op == isa.AND && a.Rd == regAddr && a.Rt == regMask &&
			b == isa.Inst{Op: isa.OR, Rd: regAddr, Rs: regAddr, Rt: regBase}:
			mark(i, 2, seqSandbox)
			i++
		case v.policy == policySandbox && a.Op == isa.ADDIU && a.Rt == regAddr &&
			b == isa.Inst{Op: isa.AND, Rd: regAddr, Rs: regAddr, Rt: regMask} &&
			at(i+2) == isa.Inst{Op: isa.OR, Rd: regAddr, Rs: regAddr, Rt: regBase}:
			mark(i, 3, seqSandboxOff)
			i += 2
		case v.policy == policySandbox && a == isa.Inst{Op: isa.AND, Rd: isa.SP, Rs: isa.SP, Rt: regMask} &&
			b == isa.Inst{Op: isa.OR, Rd: isa.SP, Rs: isa.SP, Rt: regBase}:
			mark(i, 2, seqSPSandbox)
			i++
		case v.policy == policyCheck && a.Op == isa.SUBU && a.Rd == regAddr && a.Rt == regBase &&
			b == isa.Inst{Op: isa.SLTU, Rd: regAddr, Rs: regMask, Rt: regAddr} &&
			at(i+2).Op == isa.BNE && at(i+2).Rs == regAddr && at(i+2).Rt == isa.Zero && nop(at(i+3)):
			if a.Rs == regAddr {
				return v.fail(uint32(4*i), "a check of s7, which the check itself overwrites")
			}
			mark(i, 4, seqCheck)
			// The check covers the next access, or the access in the delay
			// slot of the next branch (after a table check, if any).
			v.checked[i] = a.Rs
			i += 3
		case a.Op == isa.ANDI && a.Rt == regTarget && a.Imm == int32(v.slots-1)<<2 &&
			b == isa.Inst{Op: isa.LUI, Rt: isa.AT} &&
			at(i+2) == isa.Inst{Op: isa.ADDU, Rd: regTarget, Rs: regTarget, Rt: isa.AT} &&
			at(i+3) == isa.Inst{Op: isa.LW, Rt: regTarget, Rs: regTarget} &&
			at(i+4).Op == isa.BNE && at(i+4).Rs == regTarget && at(i+4).Rt == a.Rs && nop(at(i+5)) &&
			((at(i+6).Op == isa.JR || at(i+6).Op == isa.JALR) && at(i+6).Rs == regTarget ||
				a.Rs == isa.RA && at(i+6).Op == isa.J):
			if err := v.tableRelocs(uint32(4*i + 4)); err != nil {
				return err
			}
			if j := at(i + 6); j.Op == isa.JR && a.Rs != isa.RA || j.Op == isa.JALR && j.Rd != isa.RA {
				v.jumpsElsewhere = true
			}
			mark(i, 7, seqTable)
			i += 6
		}
		if v.seqErr != nil {
			return v.seqErr
		}
	}
	return nil
}

// tableRelocs checks that the lui at off and the lw after it load from the
// table: R_MIPS_HI16 and R_MIPS_LO16 against the address codeEnd.
func (v *verifier) tableRelocs(off uint32) error {
	hi, lo := v.reloc[off], v.reloc[off+8]
	if hi == nil || lo == nil || hi.Type != object.R_MIPS_HI16 || lo.Type != object.R_MIPS_LO16 ||
		hi.Symbol == nil || lo.Symbol == nil || hi.Symbol.Section != v.text || lo.Symbol.Section != v.text {
		return v.fail(off, "table check: lui/lw must refer to the table (R_MIPS_HI16/R_MIPS_LO16 in the code section)")
	}
	// Both immediates are zero (matched above), so the address is the symbol's.
	if hi.Symbol.Value != v.codeEnd || lo.Symbol.Value != v.codeEnd {
		return v.fail(off, "table check refers to %#x, not to the table at %#x", hi.Symbol.Value, v.codeEnd)
	}
	return nil
}

// writesReg returns the GPR an instruction writes, or 0.
func writesReg(inst isa.Inst) isa.Reg {
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

// seqStart finds the start of the sequence that covers index i, or -1.
func (v *verifier) seqStart(i int) int { return v.seqOf[i] - 1 }

// graftClasses are the instruction classes a graft may use: computation,
// branches and jumps, loads and stores, multiply and divide, the traps
// (which the kernel turns into an abort) and sync.
var graftClasses = map[isa.Class]bool{
	isa.ClassALU: true, isa.ClassShift: true, isa.ClassBranch: true, isa.ClassJump: true,
	isa.ClassLoad: true, isa.ClassStore: true, isa.ClassMul: true, isa.ClassDiv: true,
	isa.ClassHILO: true, isa.ClassTrap: true, isa.ClassSync: true,
}

// rules checks every instruction outside and inside the sequences.
func (v *verifier) rules() error {
	n := len(v.insts)
	for i, inst := range v.insts {
		if inst.Op == isa.JALR && (inst.Rd == regTarget || inst.Rd == regAddr || inst.Rd == regMask || inst.Rd == regBase || inst.Rd == isa.SP) {
			return v.fail(uint32(4*i), "jalr links into a dedicated register")
		}
	}
	for i, inst := range v.insts {
		off := uint32(4 * i)
		info := inst.Info()
		switch {
		case info.Has(isa.FlagPriv):
			return v.fail(off, "privileged instruction")
		case inst.Op == isa.SYSCALL || inst.Op == isa.BREAK || inst.Op == isa.SDBBP || inst.Op == isa.PREF:
			return v.fail(off, "forbidden instruction")
		case !graftClasses[info.Class]:
			// An allowlist: an instruction the ISA gains later (a
			// coprocessor's, a Release 2 di or ei) is refused until it is
			// judged here.
			return v.fail(off, "instruction of class %v is not allowed in a graft", info.Class)
		}
		start := v.seqStart(i)
		kind := seqNone
		if start >= 0 {
			kind = v.seqAt[start]
		}
		pos := i - start
		// Dedicated registers.
		w := writesReg(inst)
		switch w {
		case regMask, regBase:
			return v.fail(off, "writes a dedicated register ($%d)", w)
		case regTarget:
			if kind != seqTable || pos == 6 {
				return v.fail(off, "writes s4 outside the table check")
			}
		case regAddr:
			ok := kind == seqSandbox || kind == seqSandboxOff || kind == seqCheck
			if !ok {
				return v.fail(off, "writes s7 outside an inserted sequence")
			}
		case isa.SP:
			if kind == seqSPSandbox {
				break
			}
			if v.slot[i] {
				return v.fail(off, "writes sp in a delay slot")
			}
			next := i + 1
			if next >= n || !v.spCheckAt(next) {
				return v.fail(off, "writes sp without checking it next")
			}
		}
		if v.slot[i] && (w == regTarget || w == regAddr) {
			return v.fail(off, "writes a dedicated register in a delay slot")
		}
		if v.slot[i] && w == isa.RA {
			// After a call or a jump to a kernel function, the slot runs
			// after the link: the callee would return where it says.
			return v.fail(off, "writes ra in a delay slot")
		}
		// Memory accesses.
		if info.Has(isa.FlagLoad) || info.Has(isa.FlagStore) {
			if kind == seqTable && pos == 3 {
				v.rep.Accesses++
				continue // the table load: address table + (x & mask)
			}
			if kind != seqNone {
				return v.fail(off, "memory access inside an inserted sequence")
			}
			if err := v.access(i); err != nil {
				return err
			}
			v.rep.Accesses++
		}
		// Indirect jumps.
		if inst.Op == isa.JR || inst.Op == isa.JALR {
			switch {
			case kind == seqTable && pos == 6:
				v.rep.Indirect++
			case inst.Op == isa.JR && inst.Rs == isa.RA:
				if why := v.leafReturn(i); why != "" {
					return v.fail(off, "return not preceded by the table check, and not a leaf return: %s", why)
				}
				v.rep.LeafReturns++
			default:
				return v.fail(off, "indirect jump not preceded by the table check")
			}
		}
		// Relocations on code words.
		if rl := v.reloc[off]; rl != nil {
			if kind != seqNone && !(kind == seqTable && (pos == 1 || pos == 3 || pos == 6)) {
				return v.fail(off, "relocation %v inside an inserted sequence", rl.Type)
			}
			if err := v.codeReloc(i, rl); err != nil {
				return err
			}
		} else if inst.Op == isa.J || inst.Op == isa.JAL {
			return v.fail(off, "absolute jump without a relocation")
		}
		// A jump (not a call) to a kernel function returns to the graft's
		// ra: ra must have passed the table check.
		if rl := v.reloc[off]; inst.Op == isa.J && rl != nil && rl.Symbol != nil && !rl.Symbol.Defined() &&
			rl.Symbol.Name != "misfit_return" && rl.Symbol.Name != "misfit_fault" && (kind != seqTable || pos != 6) {
			return v.fail(off, "jump to the kernel function %q without a check of ra", rl.Symbol.Name)
		}
	}
	// The code must not run into the table.
	last := n - 2
	if last < 0 {
		return v.fail(0, "code too short")
	}
	if l := v.insts[last]; !(l.Op == isa.J || l.Op == isa.JR || l.Op == isa.BEQ && l.Rs == isa.Zero && l.Rt == isa.Zero) {
		return v.fail(uint32(4*last), "the code may fall through into the table: it must end with an unconditional jump and its delay slot")
	}
	return v.stubs()
}

// The rewriter's stubs end the code: the return stub, whose address the
// kernel passes as ra, and the fault stub.
const (
	returnStub = "__misfit_return"
	faultStub  = "__misfit_fault"
	tableSym   = "__misfit_table"
)

// stubs checks the two stubs at the end of the code (j misfit_return; nop;
// j misfit_fault; nop) and that the names the rewriter reserves are defined
// nowhere else: the kernel takes the return stub's address from its place,
// never from the graft's symbols.
func (v *verifier) stubs() error {
	n := len(v.insts)
	if n < 4 {
		return v.fail(0, "code too short for the return and fault stubs")
	}
	for k, name := range []string{"misfit_return", "misfit_fault"} {
		i := n - 4 + 2*k
		off := uint32(4 * i)
		rl := v.reloc[off]
		if v.insts[i].Op != isa.J || v.insts[i].Target != 0 || rl == nil || rl.Type != object.R_MIPS_26 ||
			rl.Symbol == nil || rl.Symbol.Defined() || rl.Symbol.Name != name || !nop(v.insts[i+1]) {
			return v.fail(off, "the code must end with the stubs j misfit_return; nop; j misfit_fault; nop")
		}
	}
	want := map[string]uint32{returnStub: v.codeEnd - 16, faultStub: v.codeEnd - 8, tableSym: v.codeEnd}
	seen := map[string]bool{}
	globals := map[string]bool{}
	for _, s := range v.f.Symbols {
		// One definition per global name: a kernel names entry points, and
		// a second "graft" must not be a choice of which one it gets.
		if s.Bind != object.Local && s.Defined() && s.Type != object.SymSection {
			if globals[s.Name] {
				return fmt.Errorf("global symbol %q is defined twice", s.Name)
			}
			globals[s.Name] = true
		}
		at, reserved := want[s.Name]
		if !reserved {
			continue
		}
		if seen[s.Name] {
			return fmt.Errorf("symbol %q is defined twice", s.Name)
		}
		seen[s.Name] = true
		if s.Section != v.text || s.Value != at {
			return fmt.Errorf("symbol %q is reserved for the rewriter's stub at .text+%#x", s.Name, at)
		}
	}
	return nil
}

// spCheckAt reports whether a check of sp begins at index i.
func (v *verifier) spCheckAt(i int) bool {
	switch v.seqAt[i] {
	case seqSPSandbox:
		return true
	case seqCheck:
		return v.checked[i] == isa.SP
	}
	return false
}

// access checks the load or store at index i.
func (v *verifier) access(i int) error {
	inst := v.insts[i]
	off := uint32(4 * i)
	base := inst.Rs
	if base == isa.SP {
		return nil // sp is in the region wherever an access can see it
	}
	if v.policy == policySandbox {
		if base == regAddr {
			return nil
		}
		return v.fail(off, "access through $%d: under the sandbox policy accesses go through s7 or sp", base)
	}
	// Check policy: a check of base right before, or before the branch
	// whose delay slot this is (and before that branch's table check).
	j := i - 4
	if v.slot[i] {
		v.interior[i] = true // landing here would skip the check
		br := i - 1
		j = br - 4
		if s := v.seqStart(br); s >= 0 && v.seqAt[s] == seqTable {
			if base == isa.AT || base == regTarget {
				return v.fail(off, "access through a register the table check overwrites")
			}
			j = s - 4
		}
		if v.insts[br].Info().Has(isa.FlagLink) && base == isa.RA {
			return v.fail(off, "access through ra in the delay slot of a call")
		}
		if writesReg(v.insts[br]) == base && base != 0 {
			return v.fail(off, "the branch writes the access's base register")
		}
	}
	if j >= 0 && v.seqAt[j] == seqCheck && v.checked[j] == base {
		// Everything after the check up to the access (a branch, its table
		// check) is interior: landing there would skip the check.
		for k := j + 4; k <= i; k++ {
			v.interior[k] = true
		}
		return nil
	}
	if !v.slot[i] && base != regAddr {
		if end := v.earlierCheck(i, base); end >= 0 {
			for k := end + 1; k <= i; k++ {
				v.interior[k] = true
			}
			return nil
		}
	}
	return v.fail(off, "access through $%d without a check of $%d before it", base, base)
}

// maxReuse bounds how far back an access may find its check, so that the
// verifier stays linear.
const maxReuse = 256

// earlierCheck looks back from the access at i for a check of base that
// still holds: nothing in between lands, branches (other checks' fault
// branches aside) or writes base. It returns the index of the check's last
// instruction, or -1.
func (v *verifier) earlierCheck(i int, base isa.Reg) int {
	for k := i - 1; k >= 0 && k >= i-maxReuse; k-- {
		if v.lands[k+1] {
			return -1
		}
		if s := v.seqStart(k); s >= 0 {
			if v.seqAt[s] != seqCheck || k != s+3 {
				return -1
			}
			if v.checked[s] == base {
				return k
			}
			k = s // skip another register's check: it writes only s7
			continue
		}
		in := v.insts[k]
		if w := writesReg(in); in.Info().Has(isa.FlagDelay) || v.slot[k] || w != 0 && w == base {
			return -1
		}
	}
	return -1
}

// landingSet marks every index control can reach other than by falling
// through: branch and jump targets, return sites, table entries and the
// code's symbols. Out-of-range targets are left to targets().
func (v *verifier) landingSet() {
	n := len(v.insts)
	v.lands = make([]bool, n+1)
	mark := func(t int64) {
		if t >= 0 && t%4 == 0 && t < int64(n)*4 {
			v.lands[t/4] = true
		}
	}
	v.srcs = map[int][]int{}
	v.inTable = make([]bool, n+1)
	src := func(t int64, i int) {
		mark(t)
		if t >= 0 && t%4 == 0 && t < int64(n)*4 {
			v.srcs[int(t/4)] = append(v.srcs[int(t/4)], i)
		}
	}
	for i, inst := range v.insts {
		off := uint32(4 * i)
		info := inst.Info()
		if info.Has(isa.FlagBranch) {
			if t, ok := v.branchTarget(i); ok {
				src(t, i)
			}
		}
		if rl := v.reloc[off]; rl != nil && (inst.Op == isa.J || inst.Op == isa.JAL) && rl.Symbol != nil && rl.Symbol.Section == v.text {
			src(int64(rl.Symbol.Value)+int64(inst.Target)<<2, i)
		}
		if info.Has(isa.FlagLink) {
			mark(int64(off) + 8)
		}
	}
	for k := uint32(0); k < v.slots; k++ {
		off := v.codeEnd + 4*k
		if rl := v.reloc[off]; rl != nil && rl.Symbol != nil && rl.Symbol.Section == v.text {
			t := int64(rl.Symbol.Value) + int64(int32(binary.LittleEndian.Uint32(v.text.Data[off:])))
			mark(t)
			if t >= 0 && t%4 == 0 && t < int64(n)*4 {
				v.inTable[t/4] = true
			}
		}
	}
	for _, s := range v.f.Symbols {
		if s.Section == v.text {
			mark(int64(s.Value))
		}
	}
}

// codeReloc checks a relocation on a code word.
func (v *verifier) codeReloc(i int, rl *object.Reloc) error {
	inst := v.insts[i]
	off := uint32(4 * i)
	switch rl.Type {
	case object.R_MIPS_26:
		if inst.Op != isa.J && inst.Op != isa.JAL {
			return v.fail(off, "R_MIPS_26 on an instruction that is not j or jal")
		}
	case object.R_MIPS_PC16:
		if !inst.Info().Has(isa.FlagBranch) {
			return v.fail(off, "R_MIPS_PC16 on an instruction that is not a branch")
		}
	case object.R_MIPS_HI16:
		if inst.Op != isa.LUI {
			return v.fail(off, "R_MIPS_HI16 on an instruction that is not lui")
		}
	case object.R_MIPS_LO16:
		// The linker rewrites the low 16 bits: they must be an immediate
		// (addiu, ori, a memory offset: the guard zones cover any offset),
		// never a branch offset or register fields.
		info := inst.Info()
		imm := false
		for _, a := range info.Args {
			if a == isa.ArgSImm || a == isa.ArgUImm || a == isa.ArgMem {
				imm = true
			}
		}
		if !imm || info.Has(isa.FlagBranch) || inst.Op == isa.LUI {
			return v.fail(off, "R_MIPS_LO16 on an instruction without a 16-bit immediate")
		}
	default:
		return v.fail(off, "relocation %v on a code word", rl.Type)
	}
	return nil
}

// landing reports why index t may not be the target of a branch, or "".
func (v *verifier) landing(t int64) string {
	switch {
	case t < 0 || t%4 != 0 || t >= int64(v.codeEnd):
		return "outside the code"
	case v.interior[t/4]:
		return "inside an inserted sequence"
	case v.slot[t/4]:
		return "in a delay slot"
	}
	return ""
}

// targets checks every direct branch and jump, and the entry points.
func (v *verifier) targets() error {
	for i, inst := range v.insts {
		off := uint32(4 * i)
		info := inst.Info()
		var t int64
		switch {
		case info.Has(isa.FlagBranch):
			var ok bool
			if t, ok = v.branchTarget(i); !ok {
				return v.fail(off, "relocated branch: only R_MIPS_PC16 against a symbol of the code")
			}
		case inst.Op == isa.J || inst.Op == isa.JAL:
			rl := v.reloc[off]
			if rl.Symbol == nil {
				return v.fail(off, "jump without a symbol")
			}
			if !rl.Symbol.Defined() {
				// A graft-callable kernel function (the name is checked
				// above): its entry exactly, no addend.
				if inst.Target != 0 {
					return v.fail(off, "jump to %q%+#x: only the entry of a kernel function may be called", rl.Symbol.Name, int64(inst.Target)<<2)
				}
				continue
			}
			if rl.Symbol.Section != v.text {
				return v.fail(off, "jump to %q, which is not code", rl.Symbol.Name)
			}
			t = int64(rl.Symbol.Value) + int64(inst.Target)<<2
		default:
			continue
		}
		if why := v.landing(t); why != "" {
			return v.fail(off, "branch target %#x is %s", t, why)
		}
	}
	for i, inst := range v.insts {
		if inst.Info().Has(isa.FlagLink) && i+2 < len(v.insts) {
			if why := v.landing(int64(4 * (i + 2))); why != "" {
				return v.fail(uint32(4*i), "its return site %#x is %s", 4*(i+2), why)
			}
		}
	}
	for _, s := range v.f.Symbols {
		// Every global function (or untyped) symbol of the code is an
		// entry point a kernel may use: each must be a landing boundary.
		if s.Section == v.text && (s.Type == object.SymFunc || s.Type == object.SymNoType) && s.Bind != object.Local && s.Name != "" {
			if why := v.landing(int64(s.Value)); why != "" {
				return v.fail(s.Value, "entry point %q is %s", s.Name, why)
			}
			if s.Name != returnStub && s.Name != faultStub {
				v.entries = append(v.entries, s)
			}
		}
	}
	return nil
}

// table checks the legal-target table after the code.
func (v *verifier) table() error {
	v.slotTarget = make([]uint32, v.slots)
	for k := uint32(0); k < v.slots; k++ {
		off := v.codeEnd + 4*k
		rl := v.reloc[off]
		if rl == nil || rl.Type != object.R_MIPS_32 || rl.Symbol == nil || rl.Symbol.Section != v.text {
			return fmt.Errorf("table slot %d (%s+%#x): want an R_MIPS_32 relocation against the code", k, v.text.Name, off)
		}
		t := int64(rl.Symbol.Value) + int64(int32(binary.LittleEndian.Uint32(v.text.Data[off:])))
		if why := v.landing(t); why != "" {
			return fmt.Errorf("table slot %d (%s+%#x): target %#x is %s", k, v.text.Name, off, t, why)
		}
		v.slotTarget[k] = uint32(t)
	}
	return nil
}

// leafReturn decides whether the unchecked jr ra at index j is a leaf
// return (rule 6a): its function (from its symbol to the next function
// symbol) never writes ra, calls or jumps other than by branches and
// returns, is entered only at its start, never by running into it, and
// only by calls, the kernel or returns (no indirect jump through another
// register exists), so ra holds a legal target. It returns why not, or "".
func (v *verifier) leafReturn(j int) string {
	start, end := -1, len(v.insts)
	for _, s := range v.f.Symbols {
		if s.Section != v.text || s.Type != object.SymFunc || s.Value%4 != 0 {
			continue
		}
		k := int64(s.Value / 4)
		if k <= int64(j) && int(k) > start {
			start = int(k)
		}
		if k > int64(j) && k < int64(end) {
			end = int(k)
		}
	}
	switch {
	case start < 0:
		return "no enclosing function"
	case start == 1:
		return "the code before the function may run into it"
	case start >= 2:
		p := v.insts[start-2]
		if !(p.Op == isa.J || p.Op == isa.JR || p.Op == isa.BEQ && p.Rs == isa.Zero && p.Rt == isa.Zero) {
			return "the code before the function may run into it"
		}
	}
	if v.jumpsElsewhere {
		return "the graft has indirect jumps that are not returns"
	}
	for k := start; k < end; k++ {
		in := v.insts[k]
		info := in.Info()
		if writesReg(in) == isa.RA {
			return fmt.Sprintf("ra is written at %#x", 4*k)
		}
		if !info.Has(isa.FlagDelay) {
			continue
		}
		switch {
		case info.Has(isa.FlagBranch) && !info.Has(isa.FlagLink):
		case in.Op == isa.JR && in.Rs == isa.RA:
		case in.Op == isa.JR && in.Rs == regTarget && v.seqStart(k) >= 0 && v.insts[v.seqStart(k)].Rs == isa.RA:
		default:
			return fmt.Sprintf("the function jumps or calls at %#x", 4*k)
		}
	}
	for t := start; t < end; t++ {
		if t > start && v.inTable[t] {
			return fmt.Sprintf("%#x is an indirect target", 4*t)
		}
		for _, src := range v.srcs[t] {
			if src >= start && src < end {
				continue
			}
			if t == start && v.insts[src].Info().Has(isa.FlagLink) {
				continue
			}
			return fmt.Sprintf("%#x is reached from %#x, outside the function", 4*t, 4*src)
		}
	}
	return ""
}

// branchTarget is the target of the branch at index i: PC-relative, or with
// an R_MIPS_PC16 relocation against a symbol of the code, S + A + 4 where
// A is the field shifted left by 2 (the linker writes (S + A - P) >> 2).
func (v *verifier) branchTarget(i int) (int64, bool) {
	inst := v.insts[i]
	rl := v.reloc[uint32(4*i)]
	if rl == nil {
		return int64(4*i) + 4 + int64(inst.Imm)*4, true
	}
	if rl.Type != object.R_MIPS_PC16 || rl.Symbol == nil || rl.Symbol.Section != v.text {
		return 0, false
	}
	return int64(rl.Symbol.Value) + int64(inst.Imm)*4 + 4, true
}
