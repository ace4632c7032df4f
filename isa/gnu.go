package isa

import (
	"strconv"
	"strings"
)

// Symbolizer returns the symbol that covers addr: its name and address.
// ok=false when none.
type Symbolizer func(addr uint32) (name string, base uint32, ok bool)

// GNU formats inst, located at pc, exactly as mipsel-linux-gnu-objdump -d
// prints it after the hex word of a MIPS32 (Release 1) object: "mnemonic\toperands",
// or just "mnemonic".
//
// The syntax is objdump's:
//   - registers by their o32 names without '$' (zero, at, v0 ... s8, ra);
//   - objdump's aliases: nop, ssnop and ehb (sll zero,zero,0/1/3); move (addu
//     or or with rt = zero); li (addiu or ori from zero: decimal or hex as the
//     immediate is signed or not); b (beq zero,zero and bgez zero); bal (bgezal
//     zero); beqz, bnez, beqzl and bnezl (rt = zero). negu and neg (subu and
//     sub from zero) are objdump's own names and are printed by GNUNoAliases
//     too;
//   - signed immediates and memory offsets in decimal, unsigned immediates,
//     shift amounts, codes, cache operations, prefetch hints and sync types in
//     hex; codes that are zero are left out, and break's 20-bit code prints as
//     its two halves ("break 0x7,0x3");
//   - jalr with rd = ra names only rs; div and divu name zero as destination
//     ("div zero,a0,a1"); clz and clo, whose rd and rt must be equal, name the
//     one that is not zero, or both as "rd or rt" ("clz v0 or a1,a0");
//   - CP0 registers by objdump's MIPS32 names (c0_status; c0_config1 for
//     register 16 select 1; c0_watchlo,3) or "$7" when unnamed; a select
//     that objdump does not name prints as "$12,1" (see CP0Name);
//   - branch and jump targets as "ADDR <sym+0xOFF>", ADDR in hex without 0x and
//     leading zeros; when sym is nil or finds no symbol, objdump's form for a
//     file without symbols: "0xADDR".
//
// The segment-register instructions are graftlab's own; objdump prints them as
// ".word". They print in POWER's operand order with the segment register as
// a decimal number 0-15, the syntax of doc/isa.md that isa/asm reads:
//
//	mfsr	a1,3
//	mtsr	3,a1
//	mfsrin	a1,a0
//	mtsrin	a1,a0
func GNU(inst Inst, pc uint32, sym Symbolizer) string {
	return gnu(inst, pc, sym, true, SyntaxMIPS32)
}

// Syntax is the dialect of objdump's disassembly, which depends on the
// architecture an ELF file's flags name.
type Syntax uint8

const (
	// SyntaxMIPS32 is objdump's syntax for MIPS32 (Release 1) files.
	SyntaxMIPS32 Syntax = iota
	// SyntaxMIPS32R2 is objdump's syntax for MIPS32 Release 2 files, the
	// default of Debian's cross gcc: Release 2's CP0 register names
	// (c0_hwrena, c0_ebase, ...), the sync aliases (sync_wmb, sync_mb,
	// sync_acquire, sync_release, sync_rmb) and pause for sll zero,zero,5.
	SyntaxMIPS32R2
)

// GNUSyntax is GNU (aliases true) or GNUNoAliases (aliases false) in the
// given dialect. Release 2 and FPU instructions print the same in both
// dialects.
func GNUSyntax(inst Inst, pc uint32, sym Symbolizer, syntax Syntax, aliases bool) string {
	return gnu(inst, pc, sym, aliases, syntax)
}

// GNUNoAliases is GNU without the aliases, as objdump -M no-aliases prints:
// "sll zero,zero,0x0" for nop, "addiu v0,zero,5" for li, "beq zero,zero,..."
// for b, and so on.
func GNUNoAliases(inst Inst, pc uint32, sym Symbolizer) string {
	return gnu(inst, pc, sym, false, SyntaxMIPS32)
}

// GNUWord disassembles a raw word: GNU(Decode(w)) or, for a word that does
// not decode, objdump's ".word\t0x%x" form.
func GNUWord(w uint32, pc uint32, sym Symbolizer) string {
	inst, err := Decode(w)
	if err != nil {
		return ".word\t0x" + strconv.FormatUint(uint64(w), 16)
	}
	return GNU(inst, pc, sym)
}

// GNUWordSyntax disassembles a raw word as objdump does in a file of the
// given dialect: with aliases or without, and in a MIPS32 (Release 1) file
// Release 2 instructions as objdump prints them there, unknown. A word
// that is no instruction prints as ".word\t0x..." or, for the arithmetic
// group of coprocessor 1, as objdump's "c1\t0x..." (the low 25 bits).
func GNUWordSyntax(w uint32, pc uint32, sym Symbolizer, syntax Syntax, aliases bool) string {
	inst, err := Decode(w)
	if err == nil && (syntax == SyntaxMIPS32R2 || !inst.Info().Has(FlagR2)) {
		return gnu(inst, pc, sym, aliases, syntax)
	}
	if w>>25 == 0x11<<1|1 {
		return "c1\t0x" + strconv.FormatUint(uint64(w&0x1ffffff), 16)
	}
	return ".word\t0x" + strconv.FormatUint(uint64(w), 16)
}

// String formats the instruction as GNU does at address 0 without symbols.
func (i Inst) String() string { return GNU(i, 0, nil) }

func gnu(inst Inst, pc uint32, sym Symbolizer, aliases bool, syntax Syntax) string {
	if !inst.Op.Valid() {
		return "invalid"
	}
	p := printer{inst: inst, pc: pc, sym: sym, r2: syntax == SyntaxMIPS32R2}
	if aliases {
		if s, ok := p.alias(); ok {
			return s
		}
	}
	switch inst.Op {
	case JALR, JALR_HB:
		if inst.Rd == RA {
			return op(inst.Op.String(), inst.Rs.String())
		}
	case DI, EI:
		if inst.Rt == Zero {
			return inst.Op.String()
		}
	case BC1F, BC1T, BC1FL, BC1TL:
		if inst.CC == 0 {
			return op(inst.Op.String(), p.branch())
		}
	case SYNC:
		if n, ok := syncR2Names[inst.Sa]; ok && p.r2 {
			return n
		}
	case DIV, DIVU:
		return op(inst.Op.String(), "zero", inst.Rs.String(), inst.Rt.String())
	case CLZ, CLO:
		// rd and rt must name the same register; objdump names the
		// non-zero one, or both when they differ.
		dest := inst.Rd.String()
		switch {
		case inst.Rd == Zero:
			dest = inst.Rt.String()
		case inst.Rt != inst.Rd && inst.Rt != Zero:
			dest += " or " + inst.Rt.String()
		}
		return op(inst.Op.String(), dest, inst.Rs.String())
	case SUBU, SUB:
		if inst.Rs == Zero {
			return op(map[Op]string{SUBU: "negu", SUB: "neg"}[inst.Op], inst.Rd.String(), inst.Rt.String())
		}
	}
	var args []string
	for _, a := range inst.Info().Args {
		if s, ok := p.arg(a); ok {
			args = append(args, s)
		}
	}
	return op(inst.Op.String(), args...)
}

// op joins a mnemonic and its operands as objdump does.
func op(mnemonic string, args ...string) string {
	if len(args) == 0 {
		return mnemonic
	}
	return mnemonic + "\t" + strings.Join(args, ",")
}

// printer formats the operands of one instruction.
type printer struct {
	inst Inst
	pc   uint32
	sym  Symbolizer
	r2   bool // SyntaxMIPS32R2
}

// syncR2Names are objdump's names of sync types in Release 2 files.
var syncR2Names = map[uint8]string{4: "sync_wmb", 0x10: "sync_mb", 0x11: "sync_acquire", 0x12: "sync_release", 0x13: "sync_rmb"}

// alias returns objdump's alias for the instruction, if it has one.
func (p *printer) alias() (string, bool) {
	i := p.inst
	switch i.Op {
	case SLL:
		if i.Rd == Zero && i.Rt == Zero {
			switch i.Sa {
			case 0:
				return "nop", true
			case 1:
				return "ssnop", true
			case 3:
				return "ehb", true
			case 5:
				if p.r2 {
					return "pause", true
				}
			}
		}
	case ROTR:
		return op("ror", i.Rd.String(), i.Rt.String(), hex(uint32(i.Sa))), true
	case ROTRV:
		return op("rorv", i.Rd.String(), i.Rt.String(), i.Rs.String()), true
	case ADDU, OR:
		if i.Rt == Zero {
			return op("move", i.Rd.String(), i.Rs.String()), true
		}
	case ADDIU:
		if i.Rs == Zero {
			return op("li", i.Rt.String(), strconv.Itoa(int(i.Imm))), true
		}
	case ORI:
		if i.Rs == Zero {
			return op("li", i.Rt.String(), hex(uint32(i.Imm))), true
		}
	case BEQ:
		if i.Rs == Zero && i.Rt == Zero {
			return op("b", p.branch()), true
		}
		if i.Rt == Zero {
			return op("beqz", i.Rs.String(), p.branch()), true
		}
	case BNE, BEQL, BNEL:
		if i.Rt == Zero {
			return op(map[Op]string{BNE: "bnez", BEQL: "beqzl", BNEL: "bnezl"}[i.Op], i.Rs.String(), p.branch()), true
		}
	case BGEZ:
		if i.Rs == Zero {
			return op("b", p.branch()), true
		}
	case BGEZAL:
		if i.Rs == Zero {
			return op("bal", p.branch()), true
		}
	}
	return "", false
}

// arg formats one operand; ok=false leaves it out.
func (p *printer) arg(a Arg) (s string, ok bool) {
	i := p.inst
	switch a {
	case ArgRs:
		return i.Rs.String(), true
	case ArgRt:
		return i.Rt.String(), true
	case ArgRd:
		return i.Rd.String(), true
	case ArgSa:
		return hex(uint32(i.Sa)), true
	case ArgC0:
		if p.r2 {
			if n, ok := cp0R2Names[[2]uint8{uint8(i.Rd), i.Sel}]; ok {
				return n, true
			}
		}
		return CP0Name(uint8(i.Rd), i.Sel), true
	case ArgSel:
		return "", false // printed with the CP0 register
	case ArgSR:
		return strconv.Itoa(int(i.Rd)), true
	case ArgCacheOp, ArgHint:
		return hex(uint32(i.Rt)), true
	case ArgStype:
		return hex(uint32(i.Sa)), i.Sa != 0
	case ArgSImm:
		return strconv.Itoa(int(i.Imm)), true
	case ArgUImm:
		return hex(uint32(i.Imm)), true
	case ArgOff:
		return p.branch(), true
	case ArgTarget:
		return p.address(i.JumpTarget(p.pc)), true
	case ArgCode20:
		if i.Op == BREAK {
			if i.Code&0x3ff != 0 {
				return hex(i.Code>>10) + "," + hex(i.Code&0x3ff), true
			}
			return hex(i.Code >> 10), i.Code != 0
		}
		return hex(i.Code), i.Code != 0
	case ArgCode19, ArgCode10:
		return hex(i.Code), i.Code != 0
	case ArgMem:
		return strconv.Itoa(int(i.Imm)) + "(" + i.Rs.String() + ")", true
	case ArgFs:
		return i.Fs.String(), true
	case ArgFt:
		return i.Ft.String(), true
	case ArgFd:
		return i.Fd.String(), true
	case ArgFr:
		return i.Fr.String(), true
	case ArgFCR:
		if n, ok := fcrNames[uint8(i.Rd)]; ok {
			return n, true
		}
		return "$" + strconv.Itoa(int(i.Rd)), true
	case ArgHWR:
		if i.Rd < 4 {
			return hwrNames[i.Rd], true
		}
		return "$" + strconv.Itoa(int(i.Rd)), true
	case ArgCC:
		if i.CC == 0 && i.Info().Class == ClassFPCmp {
			return "", false // c.cond.fmt names a condition code other than 0 only
		}
		return "$fcc" + strconv.Itoa(int(i.CC)), true
	case ArgLSB:
		return hex(uint32(i.Sa)), true
	case ArgMSBD:
		return hex(uint32(i.Rd) + 1), true
	case ArgMSB:
		return hex(uint32(i.Rd) + 1 - uint32(i.Sa)), true
	case ArgHintX:
		return hex(uint32(i.Rd)), true
	case ArgIndexMem:
		return i.Rt.String() + "(" + i.Rs.String() + ")", true
	}
	return "?", true
}

func (p *printer) branch() string { return p.address(p.inst.BranchTarget(p.pc)) }

// address prints a code address as objdump does: "ADDR <sym+0xOFF>", or
// "0xADDR" without symbols.
func (p *printer) address(addr uint32) string {
	if p.sym != nil {
		if name, base, ok := p.sym(addr); ok {
			return strconv.FormatUint(uint64(addr), 16) + " <" + name + SymbolOffset(addr, base) + ">"
		}
	}
	return hex(addr)
}

// SymbolOffset is the "+0xOFF" (or "-0xOFF", or empty) that objdump prints
// after a symbol name for addr relative to the symbol at base.
func SymbolOffset(addr, base uint32) string {
	switch {
	case addr > base:
		return "+0x" + strconv.FormatUint(uint64(addr-base), 16)
	case addr < base:
		return "-0x" + strconv.FormatUint(uint64(base-addr), 16)
	}
	return ""
}

func hex(v uint32) string { return "0x" + strconv.FormatUint(uint64(v), 16) }

// cp0Names are objdump's names of the MIPS32 CP0 registers (select 0).
var cp0Names = [32]string{
	"c0_index", "c0_random", "c0_entrylo0", "c0_entrylo1",
	"c0_context", "c0_pagemask", "c0_wired", "$7",
	"c0_badvaddr", "c0_count", "c0_entryhi", "c0_compare",
	"c0_status", "c0_cause", "c0_epc", "c0_prid",
	"c0_config", "c0_lladdr", "c0_watchlo", "c0_watchhi",
	"c0_xcontext", "$21", "$22", "c0_debug",
	"c0_depc", "c0_perfcnt", "c0_errctl", "c0_cacheerr",
	"c0_taglo", "c0_taghi", "c0_errorepc", "c0_desave",
}

// cp0SelNames are the selects that objdump names; every other non-zero
// select prints as "$reg,sel".
var cp0SelNames = func() map[[2]uint8]string {
	m := map[[2]uint8]string{
		{16, 1}: "c0_config1", {16, 2}: "c0_config2", {16, 3}: "c0_config3",
		{28, 1}: "c0_datalo", {29, 1}: "c0_datahi",
	}
	for sel := uint8(1); sel < 8; sel++ {
		for _, reg := range []uint8{18, 19, 25} { // watchlo, watchhi, perfcnt
			m[[2]uint8{reg, sel}] = cp0Names[reg] + "," + strconv.Itoa(int(sel))
		}
		if sel <= 3 {
			m[[2]uint8{27, sel}] = "c0_cacheerr," + strconv.Itoa(int(sel))
		}
	}
	return m
}()

// CP0Name is the operand objdump prints for CP0 register reg, select sel:
// "c0_status", "c0_config1", "$7", "c0_watchlo,1", "$12,3".
func CP0Name(reg, sel uint8) string {
	if sel == 0 && reg < 32 {
		return cp0Names[reg]
	}
	if n, ok := cp0SelNames[[2]uint8{reg, sel}]; ok {
		return n
	}
	return "$" + strconv.Itoa(int(reg)) + "," + strconv.Itoa(int(sel))
}

// fcrNames are objdump's names of the FPU control registers.
var fcrNames = map[uint8]string{0: "c1_fir", 1: "c1_ufr", 4: "c1_unfr", 25: "c1_fccr", 26: "c1_fexr", 28: "c1_fenr", 31: "c1_fcsr"}

// hwrNames are objdump's names of the hardware registers 0-3 of rdhwr.
var hwrNames = [4]string{"hwr_cpunum", "hwr_synci_step", "hwr_cc", "hwr_ccres"}

// cp0R2Names are the CP0 names that objdump gives in Release 2 files where
// they differ from CP0Name's.
var cp0R2Names = map[[2]uint8]string{
	{0, 1}:  "c0_mvpcontrol",
	{0, 2}:  "c0_mvpconf0",
	{0, 3}:  "c0_mvpconf1",
	{1, 1}:  "c0_vpecontrol",
	{1, 2}:  "c0_vpeconf0",
	{1, 3}:  "c0_vpeconf1",
	{1, 4}:  "c0_yqmask",
	{1, 5}:  "c0_vpeschedule",
	{1, 6}:  "c0_vpeschefback",
	{2, 1}:  "c0_tcstatus",
	{2, 2}:  "c0_tcbind",
	{2, 3}:  "c0_tcrestart",
	{2, 4}:  "c0_tchalt",
	{2, 5}:  "c0_tccontext",
	{2, 6}:  "c0_tcschedule",
	{2, 7}:  "c0_tcschefback",
	{4, 1}:  "c0_contextconfig",
	{5, 1}:  "c0_pagegrain",
	{6, 1}:  "c0_srsconf0",
	{6, 2}:  "c0_srsconf1",
	{6, 3}:  "c0_srsconf2",
	{6, 4}:  "c0_srsconf3",
	{6, 5}:  "c0_srsconf4",
	{7, 0}:  "c0_hwrena",
	{12, 1}: "c0_intctl",
	{12, 2}: "c0_srsctl",
	{12, 3}: "c0_srsmap",
	{15, 1}: "c0_ebase",
	{23, 1}: "c0_tracecontrol",
	{23, 2}: "c0_tracecontrol2",
	{23, 3}: "c0_usertracedata",
	{23, 4}: "c0_tracebpc",
	{28, 2}: "c0_taglo1",
	{28, 3}: "c0_datalo1",
	{28, 4}: "c0_taglo2",
	{28, 5}: "c0_datalo2",
	{28, 6}: "c0_taglo3",
	{28, 7}: "c0_datalo3",
	{29, 2}: "c0_taghi1",
	{29, 3}: "c0_datahi1",
	{29, 4}: "c0_taghi2",
	{29, 5}: "c0_datahi2",
	{29, 6}: "c0_taghi3",
	{29, 7}: "c0_datahi3",
}
