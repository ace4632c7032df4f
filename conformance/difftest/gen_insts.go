package difftest

import "graftlab/isa"

// simple writes one instruction that is neither a branch nor a jump: the
// body of sequences, delay slots, and code that a taken branch skips (not
// live: the model does not run it).
func (g *generator) simple(live bool) {
	g.pick(live, []choice{
		{14, g.aluR},
		{5, g.shiftImm},
		{3, g.shiftVar},
		{12, g.aluImm},
		{2, g.lui},
		{6, g.mulDiv},
		{5, g.hilo},
		{2, g.mul},
		{2, g.countBits},
		{3, g.condMove},
		{12, g.load},
		{9, g.store},
		{3, g.trap},
		{1, g.syncPref},
	})
}

var aluROps = []isa.Op{isa.ADD, isa.ADDU, isa.SUB, isa.SUBU, isa.AND, isa.OR, isa.XOR, isa.NOR, isa.SLT, isa.SLTU}

func (g *generator) aluR(live bool) {
	op := aluROps[g.r.n(len(aluROps))]
	rs, rt := g.src(), g.src()
	if live && (op == isa.ADD || op == isa.SUB) {
		// Signed overflow raises an exception (SIGFPE on qemu): only
		// operands that are known not to overflow, else the unsigned form.
		ok := false
		for range 6 {
			rs, rt = g.known(), g.known()
			a, b := g.m.gpr[rs], g.m.gpr[rt]
			if op == isa.ADD && !addOverflows(a, b) || op == isa.SUB && !subOverflows(a, b) {
				ok = true
				break
			}
		}
		if !ok {
			op = map[isa.Op]isa.Op{isa.ADD: isa.ADDU, isa.SUB: isa.SUBU}[op]
		}
	}
	g.emit(isa.Inst{Op: op, Rd: g.dst(), Rs: rs, Rt: rt}, live)
}

func (g *generator) shiftImm(live bool) {
	op := []isa.Op{isa.SLL, isa.SRL, isa.SRA}[g.r.n(3)]
	g.emit(isa.Inst{Op: op, Rd: g.dst(), Rt: g.src(), Sa: uint8(g.r.n(32))}, live)
}

func (g *generator) shiftVar(live bool) {
	op := []isa.Op{isa.SLLV, isa.SRLV, isa.SRAV}[g.r.n(3)]
	g.emit(isa.Inst{Op: op, Rd: g.dst(), Rt: g.src(), Rs: g.src()}, live)
}

var aluIOps = []isa.Op{isa.ADDI, isa.ADDIU, isa.SLTI, isa.SLTIU, isa.ANDI, isa.ORI, isa.XORI}

func (g *generator) aluImm(live bool) {
	op := aluIOps[g.r.n(len(aluIOps))]
	signed := op != isa.ANDI && op != isa.ORI && op != isa.XORI
	rs, imm := g.src(), g.r.imm16(signed)
	if live && op == isa.ADDI {
		ok := false
		for range 6 {
			rs = g.known()
			if !addOverflows(g.m.gpr[rs], uint32(imm)) {
				ok = true
				break
			}
			imm = g.r.imm16(true)
		}
		if !ok {
			op = isa.ADDIU
		}
	}
	g.emit(isa.Inst{Op: op, Rt: g.dst(), Rs: rs, Imm: imm}, live)
}

func (g *generator) lui(live bool) {
	g.emit(isa.Inst{Op: isa.LUI, Rt: g.dst(), Imm: g.r.imm16(false)}, live)
}

var mulDivOps = []isa.Op{isa.MULT, isa.MULTU, isa.MADD, isa.MADDU, isa.MSUB, isa.MSUBU, isa.DIV, isa.DIVU}

func (g *generator) mulDiv(live bool) {
	op := mulDivOps[g.r.n(len(mulDivOps))]
	rs, rt := g.src(), g.src()
	switch {
	case !live:
	case op == isa.DIV || op == isa.DIVU:
		// Division by zero is UNPREDICTABLE in MIPS32, but qemu and
		// graftlab agree on it (a zero divisor acts as 1): divide by zero
		// often enough to check that.
		if g.r.n(4) == 0 {
			rt = isa.Zero
		}
	case op != isa.MULT && op != isa.MULTU && !(g.m.hiDefined && g.m.loDefined):
		op = isa.MULT // madd and msub must not read HI/LO left UNPREDICTABLE by mul
	}
	g.emit(isa.Inst{Op: op, Rs: rs, Rt: rt}, live)
}

func (g *generator) hilo(live bool) {
	switch op := []isa.Op{isa.MFHI, isa.MFLO, isa.MTHI, isa.MTLO}[g.r.n(4)]; {
	case op == isa.MFHI && (!live || g.m.hiDefined), op == isa.MFLO && (!live || g.m.loDefined):
		g.emit(isa.Inst{Op: op, Rd: g.dst()}, live)
	case op == isa.MFHI || op == isa.MTHI:
		g.emit(isa.Inst{Op: isa.MTHI, Rs: g.src()}, live)
	default:
		g.emit(isa.Inst{Op: isa.MTLO, Rs: g.src()}, live)
	}
}

func (g *generator) mul(live bool) {
	g.emit(isa.Inst{Op: isa.MUL, Rd: g.dst(), Rs: g.src(), Rt: g.src()}, live)
}

func (g *generator) countBits(live bool) {
	op := []isa.Op{isa.CLZ, isa.CLO}[g.r.n(2)]
	d := g.dst()
	g.emit(isa.Inst{Op: op, Rd: d, Rt: d, Rs: g.src()}, live)
}

func (g *generator) condMove(live bool) {
	op := []isa.Op{isa.MOVZ, isa.MOVN}[g.r.n(2)]
	rt := g.src()
	if g.r.chance(1, 4) {
		rt = isa.Zero
	}
	g.emit(isa.Inst{Op: op, Rd: g.dst(), Rs: g.src(), Rt: rt}, live)
}

// address picks a buffer offset for an access of size bytes aligned to
// align, and a base register and offset that reach it.
func (g *generator) address(size, align int) (isa.Reg, int32, int) {
	var a int
	if g.r.chance(1, 2) {
		a = g.hot + g.r.n(64-size+1)
	} else {
		a = g.r.n(len(g.s.Buffer) - size + 1)
	}
	a &^= align - 1
	b := g.s.Bases[g.r.n(len(g.s.Bases))]
	return b.Reg, int32(a - b.Offset), a
}

var loadOps = []isa.Op{isa.LB, isa.LBU, isa.LH, isa.LHU, isa.LW, isa.LWL, isa.LWR}

func (g *generator) load(live bool) {
	op := loadOps[g.r.n(len(loadOps))]
	size := op.Info().Mem.Size()
	align := size
	if op == isa.LWL || op == isa.LWR {
		size, align = 1, 1 // any byte; the word holding it is in the buffer
	}
	base, off, _ := g.address(size, align)
	g.emit(isa.Inst{Op: op, Rt: g.dst(), Rs: base, Imm: off}, live)
}

var storeOps = []isa.Op{isa.SB, isa.SH, isa.SW, isa.SWL, isa.SWR}

func (g *generator) store(live bool) {
	op := storeOps[g.r.n(len(storeOps))]
	size := op.Info().Mem.Size()
	align := size
	if op == isa.SWL || op == isa.SWR {
		size, align = 1, 1
	}
	base, off, _ := g.address(size, align)
	g.emit(isa.Inst{Op: op, Rt: g.src(), Rs: base, Imm: off}, live)
}

var trapOps = []isa.Op{isa.TGE, isa.TGEU, isa.TLT, isa.TLTU, isa.TEQ, isa.TNE,
	isa.TGEI, isa.TGEIU, isa.TLTI, isa.TLTIU, isa.TEQI, isa.TNEI}

// trap writes a trap instruction that does not trap.
func (g *generator) trap(live bool) {
	for range 8 {
		op := trapOps[g.r.n(len(trapOps))]
		inst := isa.Inst{Op: op, Rs: g.known()}
		b := uint32(0)
		if op.Info().Args[1] == isa.ArgSImm {
			inst.Imm = g.r.imm16(true)
			b = uint32(inst.Imm)
		} else {
			inst.Rt = g.known()
			inst.Code = uint32(g.r.n(1 << 10))
			b = g.m.gpr[inst.Rt]
		}
		if !live || !trapTaken(op, g.m.gpr[inst.Rs], b) {
			g.emit(inst, live)
			return
		}
	}
	r := g.src()
	g.emit(isa.Inst{Op: isa.TNE, Rs: r, Rt: r}, live) // never traps
}

// prefHints are the hints MIPS32 Release 1 defines.
var prefHints = []isa.Reg{0, 1, 4, 5, 6, 7}

func (g *generator) syncPref(live bool) {
	if g.r.chance(1, 2) {
		g.emit(isa.Inst{Op: isa.SYNC}, live)
		return
	}
	base, off, _ := g.address(1, 1)
	g.emit(isa.Inst{Op: isa.PREF, Rt: prefHints[g.r.n(len(prefHints))], Rs: base, Imm: off}, live)
}

var branchOps = []isa.Op{isa.BEQ, isa.BNE, isa.BLEZ, isa.BGTZ, isa.BLTZ, isa.BGEZ, isa.BLTZAL, isa.BGEZAL,
	isa.BEQL, isa.BNEL, isa.BLEZL, isa.BGTZL, isa.BLTZL, isa.BGEZL, isa.BLTZALL, isa.BGEZALL}

// branch writes a forward conditional branch whose condition the model
// knows, its delay slot, and the code up to its target.
func (g *generator) branch() {
	op := branchOps[g.r.n(len(branchOps))]
	info := op.Info()
	inst := isa.Inst{Op: op, Rs: g.known()}
	if info.Has(isa.FlagLink) {
		// rs = ra is UNPREDICTABLE for the linking branches.
		for inst.Rs == isa.RA {
			inst.Rs = g.known()
		}
	}
	if info.Args[1] == isa.ArgRt {
		inst.Rt = g.known()
		if g.r.chance(1, 4) {
			inst.Rt = inst.Rs
		}
	}
	taken := branchTaken(op, g.m.gpr[inst.Rs], g.m.gpr[inst.Rt])
	at := g.emit(inst, true)
	if info.Has(isa.FlagLink) {
		g.m.forget(isa.RA)
	}
	g.simple(taken || !info.Has(isa.FlagLikely))
	g.target(at, taken)
}

// target writes the code between a branch's delay slot and its target,
// which is not live when the branch is taken, and sets the target.
func (g *generator) target(at int, taken bool) {
	k := g.r.n(7)
	if !taken {
		g.s.Items[at].Target = len(g.s.Items) + k // later code is live
		return
	}
	for range k {
		g.simple(false)
	}
	g.s.Items[at].Target = len(g.s.Items)
}

// jump writes a forward j, jal, jr or jalr (the last two after la), its
// delay slot and the code it skips.
func (g *generator) jump() {
	var at int
	switch g.r.n(4) {
	case 0:
		at = g.add(Item{Inst: isa.Inst{Op: isa.J}}, true)
	case 1:
		at = g.add(Item{Inst: isa.Inst{Op: isa.JAL}}, true)
		g.m.forget(isa.RA)
	default:
		reg := g.dst()
		for reg == isa.Zero {
			reg = g.dst()
		}
		at = g.add(Item{Inst: isa.Inst{Rt: reg}, La: true}, true)
		if g.r.chance(1, 2) {
			g.emit(isa.Inst{Op: isa.JR, Rs: reg}, true)
		} else {
			// jalr with rd = rs is UNPREDICTABLE.
			rd := g.dst()
			for rd == reg {
				rd = g.dst()
			}
			g.emit(isa.Inst{Op: isa.JALR, Rd: rd, Rs: reg}, true)
			g.m.forget(rd)
		}
	}
	g.simple(true)
	g.target(at, true)
}

// llsc writes ll, up to two register-only instructions and sc of the same
// word: the sc succeeds on both sides. A different address, or a store
// between them, would make the outcome UNPREDICTABLE.
func (g *generator) llsc() {
	base, off, _ := g.address(4, 4)
	g.emit(isa.Inst{Op: isa.LL, Rt: g.dst(), Rs: base, Imm: off}, true)
	for range g.r.n(3) {
		g.pick(true, []choice{{2, g.aluR}, {2, g.aluImm}, {1, g.shiftImm}})
	}
	g.emit(isa.Inst{Op: isa.SC, Rt: g.dst(), Rs: base, Imm: off}, true)
}
