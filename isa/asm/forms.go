package asm

import (
	"strings"

	"graftlab/isa"
)

// form is one way of writing an instruction: a mnemonic, its operands in
// GNU as's format letters, and what it assembles to.
//
// The letters (those of GNU as's MIPS opcode table):
//
//	d s t     GPR in rd, rs, rt           U   GPR in rd and rt (clz, clo)
//	v         rs, may be omitted (= d)    r   rs, may be omitted (= t)
//	w         rt, may be omitted (= d)    z   must be $0
//	j         16-bit signed immediate     i u 16-bit unsigned immediate
//	<         shift amount (5 bits)       I   32-bit constant (macros)
//	p         branch target               a   jump target
//	m         offset(base), 16-bit offset M   address(base), any address (macros)
//	c         break code, bits 25:16      q   10-bit code, bits 15:6
//	B         20-bit code                 J   19-bit code (wait)
//	1         sync type                   k   cache operation or prefetch hint
//	G         CP0 register                H   CP0 select
//	S         segment register
//
// and graftlab's letters for Release 2 and the FPU:
//
//	D E T R   FPR in fd, fs, ft, fr       N   condition code $fcc0-$fcc7
//	F         FPU control register        K   rdhwr's hardware register
//	L         bit position (ext, ins)     Z Y size of ext, of ins
//	X         index(base)                 h   prefx hint
type form struct {
	format  string
	letters []byte
	op      isa.Op   // the instruction (for real forms and aliases)
	fixed   isa.Inst // fields an alias fixes (b is beq $0,$0,...)
	macro   macroFunc
	dollar  bool // registers must be written with '$' (j and jal, whose targets can be symbols)
}

type macroFunc func(a *assembler, m *match)

// forms maps each mnemonic to its forms in the order they are tried.
var forms = map[string][]*form{}

func newForm(format string) *form {
	f := &form{format: format}
	for _, part := range strings.Split(format, ",") {
		if part != "" {
			f.letters = append(f.letters, part[0])
		}
	}
	return f
}

// argLetter is the format letter of an operand kind of the isa table.
var argLetter = map[isa.Arg]string{
	isa.ArgRd: "d", isa.ArgRs: "s", isa.ArgRt: "t", isa.ArgSa: "<", isa.ArgC0: "G",
	isa.ArgSR: "S", isa.ArgCacheOp: "k", isa.ArgHint: "k", isa.ArgStype: "1",
	isa.ArgSel: "H", isa.ArgSImm: "j", isa.ArgUImm: "i", isa.ArgOff: "p",
	isa.ArgTarget: "a", isa.ArgCode20: "B", isa.ArgCode19: "J", isa.ArgCode10: "q",
	isa.ArgMem: "m", isa.ArgFd: "D", isa.ArgFs: "E", isa.ArgFt: "T", isa.ArgFr: "R",
	isa.ArgCC: "N", isa.ArgFCR: "F", isa.ArgHWR: "K", isa.ArgLSB: "L", isa.ArgMSBD: "Z",
	isa.ArgMSB: "Y", isa.ArgIndexMem: "X", isa.ArgHintX: "h",
}

// realForms derives the forms of a machine instruction from its operands
// in the isa table, with GNU's syntax variants: an rs or rt that repeats
// the destination may be left out (addu $2,$3 is addu $2,$2,$3), and a
// trailing code, sync type or select may be left out (it is then 0).
func realForms(op isa.Op) []*form {
	info := op.Info()
	var letters []string
	for _, arg := range info.Args {
		letters = append(letters, argLetter[arg])
	}
	format := strings.Join(letters, ",")
	switch format {
	case "d,s,t":
		format = "d,v,t"
	case "t,s,j", "t,s,i":
		format = "t,r," + letters[2]
	case "d,t,<":
		format = "d,w,<"
	}
	// A register field that no operand names repeats rd (clz, clo).
	if hasField(info, isa.ArgRt) && !hasArg(info, isa.ArgRt) && hasArg(info, isa.ArgRd) {
		format = strings.Replace(format, "d", "U", 1)
	}
	f := newForm(format)
	f.op = op
	list := []*form{f}
	if n := len(info.Args); n > 0 {
		switch info.Args[n-1] {
		case isa.ArgCode20, isa.ArgCode19, isa.ArgCode10, isa.ArgStype, isa.ArgSel:
			short := newForm(strings.Join(letters[:n-1], ","))
			short.op = op
			list = append(list, short)
		}
	}
	if n := len(info.Args); n > 1 && info.Args[0] == isa.ArgCC && info.Class != isa.ClassFPMove {
		// bc1t and c.cond.fmt without a condition code use $fcc0.
		short := newForm(strings.Join(letters[1:], ","))
		short.op = op
		list = append(list, short)
	}
	if info.Has(isa.FlagLink) && format == "d,s" { // jalr rs: rd is $31
		short := newForm("s")
		short.op, short.fixed = op, isa.Inst{Rd: isa.RA}
		list = append(list, short)
	}
	return list
}

func hasArg(info *isa.OpInfo, a isa.Arg) bool {
	for _, x := range info.Args {
		if x == a {
			return true
		}
	}
	return false
}

func hasField(info *isa.OpInfo, a isa.Arg) bool {
	for _, f := range info.Fields {
		if f.Arg == a {
			return true
		}
	}
	return false
}

// gnuForm is a form that is not a machine instruction of the table as
// written: an alias (op with fixed fields) or a macro.
type gnuForm struct {
	mnemonic string
	format   string
	op       isa.Op
	fixed    isa.Inst
	macro    macroFunc
}

// replaced lists the instructions whose GNU syntax differs from the
// operands of the isa table: their forms all come from gnuForms.
var replaced = map[isa.Op]bool{isa.DIV: true, isa.DIVU: true, isa.BREAK: true}

// gnuForms are GNU as's aliases and macros, in GNU's order; each comes
// after the real forms of its mnemonic.
var gnuForms = []gnuForm{
	{"nop", "", isa.SLL, isa.Inst{}, nil},
	{"ssnop", "", isa.SLL, isa.Inst{Sa: 1}, nil},
	{"ehb", "", isa.SLL, isa.Inst{Sa: 3}, nil},
	{"pause", "", isa.SLL, isa.Inst{Sa: 5}, nil},
	{"di", "", isa.DI, isa.Inst{}, nil},
	{"rorv", "d,t,s", isa.ROTRV, isa.Inst{}, nil},
	{"ei", "", isa.EI, isa.Inst{}, nil},
	{"li", "t,j", isa.ADDIU, isa.Inst{}, nil},
	{"li", "t,i", isa.ORI, isa.Inst{}, nil},
	{"li", "t,I", 0, isa.Inst{}, macroLI},
	{"move", "d,s", isa.OR, isa.Inst{}, nil},
	{"b", "p", isa.BEQ, isa.Inst{}, nil},
	{"bal", "p", isa.BGEZAL, isa.Inst{}, nil},
	{"nal", "", isa.BLTZAL, isa.Inst{}, nil}, // bltzal $0, .+4: $31 = address after the slot
	{"la", "t,M", 0, isa.Inst{}, macroLA},
	{"abs", "d,v", 0, isa.Inst{}, macroAbs},
	{"add", "t,r,I", 0, isa.Inst{}, macroSImm(isa.ADDI, isa.ADD)},
	{"addu", "t,r,I", 0, isa.Inst{}, macroSImm(isa.ADDIU, isa.ADDU)},
	{"and", "t,r,I", 0, isa.Inst{}, macroLogicI(isa.ANDI, isa.AND)},
	{"or", "t,r,I", 0, isa.Inst{}, macroLogicI(isa.ORI, isa.OR)},
	{"xor", "t,r,I", 0, isa.Inst{}, macroLogicI(isa.XORI, isa.XOR)},
	{"nor", "t,r,I", 0, isa.Inst{}, macroLogicI(0, isa.NOR)},
	{"sub", "d,v,I", 0, isa.Inst{}, macroSubI(isa.ADDI, isa.SUB)},
	{"subu", "d,v,I", 0, isa.Inst{}, macroSubI(isa.ADDIU, isa.SUBU)},
	{"slt", "d,v,I", 0, isa.Inst{}, macroSImm(isa.SLTI, isa.SLT)},
	{"sltu", "d,v,I", 0, isa.Inst{}, macroSImm(isa.SLTIU, isa.SLTU)},
	{"beqz", "s,p", isa.BEQ, isa.Inst{}, nil},
	{"beqzl", "s,p", isa.BEQL, isa.Inst{}, nil},
	{"bnez", "s,p", isa.BNE, isa.Inst{}, nil},
	{"bnezl", "s,p", isa.BNEL, isa.Inst{}, nil},
	{"beq", "s,I,p", 0, isa.Inst{}, macroBranchEqI(isa.BEQ)},
	{"beql", "s,I,p", 0, isa.Inst{}, macroBranchEqI(isa.BEQL)},
	{"bne", "s,I,p", 0, isa.Inst{}, macroBranchEqI(isa.BNE)},
	{"bnel", "s,I,p", 0, isa.Inst{}, macroBranchEqI(isa.BNEL)},
	{"div", "z,s,t", isa.DIV, isa.Inst{}, nil},
	{"div", "z,t", isa.DIV, isa.Inst{}, nil},
	{"div", "d,v,t", 0, isa.Inst{}, macroDiv(isa.DIV, isa.MFLO)},
	{"div", "d,v,I", 0, isa.Inst{}, macroDivI(isa.DIV, isa.MFLO)},
	{"divu", "z,s,t", isa.DIVU, isa.Inst{}, nil},
	{"divu", "z,t", isa.DIVU, isa.Inst{}, nil},
	{"divu", "d,v,t", 0, isa.Inst{}, macroDiv(isa.DIVU, isa.MFLO)},
	{"divu", "d,v,I", 0, isa.Inst{}, macroDivI(isa.DIVU, isa.MFLO)},
	{"rem", "z,s,t", isa.DIV, isa.Inst{}, nil},
	{"rem", "d,v,t", 0, isa.Inst{}, macroDiv(isa.DIV, isa.MFHI)},
	{"rem", "d,v,I", 0, isa.Inst{}, macroDivI(isa.DIV, isa.MFHI)},
	{"remu", "z,s,t", isa.DIVU, isa.Inst{}, nil},
	{"remu", "d,v,t", 0, isa.Inst{}, macroDiv(isa.DIVU, isa.MFHI)},
	{"remu", "d,v,I", 0, isa.Inst{}, macroDivI(isa.DIVU, isa.MFHI)},
	{"break", "", isa.BREAK, isa.Inst{}, nil},
	{"break", "c", isa.BREAK, isa.Inst{}, nil},
	{"break", "c,q", isa.BREAK, isa.Inst{}, nil},
	{"j", "s", isa.JR, isa.Inst{}, nil},
	{"jal", "d,s", isa.JALR, isa.Inst{}, nil},
	{"jal", "s", isa.JALR, isa.Inst{Rd: isa.RA}, nil},
	{"mul", "d,v,I", 0, isa.Inst{}, macroMulI},
	{"mulo", "d,v,t", 0, isa.Inst{}, macroMulo(false, false)},
	{"mulo", "d,v,I", 0, isa.Inst{}, macroMulo(false, true)},
	{"mulou", "d,v,t", 0, isa.Inst{}, macroMulo(true, false)},
	{"mulou", "d,v,I", 0, isa.Inst{}, macroMulo(true, true)},
	{"neg", "d,w", isa.SUB, isa.Inst{}, nil},
	{"negu", "d,w", isa.SUBU, isa.Inst{}, nil},
	{"not", "d,v", isa.NOR, isa.Inst{}, nil},
	{"rol", "d,v,t", 0, isa.Inst{}, macroRotate(true)},
	{"rol", "d,v,I", 0, isa.Inst{}, macroRotateI(true)},
	{"ror", "d,v,t", 0, isa.Inst{}, macroRotate(false)},
	{"ror", "d,v,I", 0, isa.Inst{}, macroRotateI(false)},
	{"seq", "d,v,t", 0, isa.Inst{}, macroSeq(false)},
	{"seq", "d,v,I", 0, isa.Inst{}, macroSeqI(false)},
	{"sne", "d,v,t", 0, isa.Inst{}, macroSeq(true)},
	{"sne", "d,v,I", 0, isa.Inst{}, macroSeqI(true)},
	{"sge", "d,v,t", 0, isa.Inst{}, macroSge(isa.SLT)},
	{"sge", "d,v,I", 0, isa.Inst{}, macroSgeI(isa.SLTI, isa.SLT)},
	{"sgeu", "d,v,t", 0, isa.Inst{}, macroSge(isa.SLTU)},
	{"sgeu", "d,v,I", 0, isa.Inst{}, macroSgeI(isa.SLTIU, isa.SLTU)},
	{"sgt", "d,v,t", 0, isa.Inst{}, macroSgt(isa.SLT, false)},
	{"sgt", "d,v,I", 0, isa.Inst{}, macroSgtI(isa.SLT, false)},
	{"sgtu", "d,v,t", 0, isa.Inst{}, macroSgt(isa.SLTU, false)},
	{"sgtu", "d,v,I", 0, isa.Inst{}, macroSgtI(isa.SLTU, false)},
	{"sle", "d,v,t", 0, isa.Inst{}, macroSgt(isa.SLT, true)},
	{"sle", "d,v,I", 0, isa.Inst{}, macroSgtI(isa.SLT, true)},
	{"sleu", "d,v,t", 0, isa.Inst{}, macroSgt(isa.SLTU, true)},
	{"sleu", "d,v,I", 0, isa.Inst{}, macroSgtI(isa.SLTU, true)},
	{"sll", "d,w,s", isa.SLLV, isa.Inst{}, nil},
	{"srl", "d,w,s", isa.SRLV, isa.Inst{}, nil},
	{"sra", "d,w,s", isa.SRAV, isa.Inst{}, nil},
	{"teq", "s,j", isa.TEQI, isa.Inst{}, nil},
	{"teq", "s,I", 0, isa.Inst{}, macroTrapI(isa.TEQ)},
	{"tge", "s,j", isa.TGEI, isa.Inst{}, nil},
	{"tge", "s,I", 0, isa.Inst{}, macroTrapI(isa.TGE)},
	{"tgeu", "s,j", isa.TGEIU, isa.Inst{}, nil},
	{"tgeu", "s,I", 0, isa.Inst{}, macroTrapI(isa.TGEU)},
	{"tlt", "s,j", isa.TLTI, isa.Inst{}, nil},
	{"tlt", "s,I", 0, isa.Inst{}, macroTrapI(isa.TLT)},
	{"tltu", "s,j", isa.TLTIU, isa.Inst{}, nil},
	{"tltu", "s,I", 0, isa.Inst{}, macroTrapI(isa.TLTU)},
	{"tne", "s,j", isa.TNEI, isa.Inst{}, nil},
	{"tne", "s,I", 0, isa.Inst{}, macroTrapI(isa.TNE)},
	{"ulh", "t,M", 0, isa.Inst{}, macroUnaligned(isa.LB, isa.LBU, 1, false)},
	{"ulhu", "t,M", 0, isa.Inst{}, macroUnaligned(isa.LBU, isa.LBU, 1, false)},
	{"ulw", "t,M", 0, isa.Inst{}, macroUnaligned(isa.LWL, isa.LWR, 3, false)},
	{"ush", "t,M", 0, isa.Inst{}, macroUnaligned(isa.SB, isa.SB, 1, true)},
	{"usw", "t,M", 0, isa.Inst{}, macroUnaligned(isa.SWL, isa.SWR, 3, true)},
}

// branchMacros are the comparison branches (blt and friends).
var branchMacros = []struct {
	name     string
	cond     branchCond
	unsigned bool
	likely   bool
}{
	{"blt", condLT, false, false}, {"ble", condLE, false, false}, {"bgt", condGT, false, false},
	{"bge", condGE, false, false}, {"bltu", condLT, true, false}, {"bleu", condLE, true, false},
	{"bgtu", condGT, true, false}, {"bgeu", condGE, true, false},
	{"bltl", condLT, false, true}, {"blel", condLE, false, true}, {"bgtl", condGT, false, true},
	{"bgel", condGE, false, true}, {"bltul", condLT, true, true}, {"bleul", condLE, true, true},
	{"bgtul", condGT, true, true}, {"bgeul", condGE, true, true},
}

func init() {
	for op := isa.Op(1); op.Valid(); op++ {
		if replaced[op] {
			continue
		}
		name := op.String()
		forms[name] = append(forms[name], realForms(op)...)
	}
	// The memory macros: a load or store whose address is a symbol or a
	// large offset goes through $at (or the loaded register).
	for op := isa.Op(1); op.Valid(); op++ {
		info := op.Info()
		if len(info.Args) == 2 && info.Args[1] == isa.ArgMem && info.Args[0] != isa.ArgFt {
			first := argLetter[info.Args[0]]
			f := newForm(first + ",M")
			f.macro = macroLoadStore(op)
			forms[op.String()] = append(forms[op.String()], f)
		}
	}
	for _, g := range gnuForms {
		f := newForm(g.format)
		f.op, f.fixed, f.macro = g.op, g.fixed, g.macro
		f.dollar = g.mnemonic == "j" || g.mnemonic == "jal"
		forms[g.mnemonic] = append(forms[g.mnemonic], f)
	}
	for _, b := range branchMacros {
		for _, format := range []string{"s,t,p", "s,I,p"} {
			f := newForm(format)
			f.macro = macroCompareBranch(b.cond, b.unsigned, b.likely, format == "s,I,p")
			forms[b.name] = append(forms[b.name], f)
		}
	}
	// j and jal take a register first ("j $31" is jr), then a target.
	for _, name := range []string{"j", "jal"} {
		list := forms[name]
		var regs, rest []*form
		for _, f := range list {
			if f.op == isa.JR || f.op == isa.JALR {
				regs = append(regs, f)
			} else {
				rest = append(rest, f)
			}
		}
		forms[name] = append(regs, rest...)
	}
}
