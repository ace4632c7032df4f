package difftest

import (
	"context"
	"fmt"
	"strings"

	"graftlab/isa"
)

// The floating-point and Release 2 tester: sequences of FPU and Release 2
// integer instructions, compared with qemu-mipsel -cpu 24Kf (a MIPS32
// Release 2 core with a 64-bit FPU) and graftlab's 24kf profile. qemu runs
// an executable without a .MIPS.abiflags section, as these are, in the
// FR=1 model (32 64-bit registers), so the tester sets Status.FR on
// graftlab too and covers FR=1, the .l conversions, recip.d, rsqrt.d,
// luxc1 and suxc1; the glibc corpus (testdata/glibc) and package cpu's
// tests cover FR=0.
//
// Unicorn is not a reference here: python3-unicorn 2.0.1 carries an older
// qemu's softfloat, which propagates NaN payloads where qemu-mipsel 7.2
// (and MIPS's legacy NaN mode) returns the default NaN, so every sequence
// that meets a NaN differs. It agrees with graftlab on the glibc corpus's
// instruction counts (testdata/glibc/counts.txt).
//
// A sequence starts from random GPRs, FPRs (biased towards zeros,
// infinities, quiet and signaling NaNs, denormals, the extremes of both
// formats and simple values, written as singles or as doubles across a
// pair) and an FCSR with a random rounding mode, condition codes, flags
// and causes (never an enable: an enabled exception would end the
// program). It runs FPU arithmetic in both formats, every conversion and
// rounding instruction that FR=0 allows, compares on all eight condition
// codes, conditional moves, mtc1, mfc1, mthc1, mfhc1, cfc1 and ctc1 (of
// FCSR, FCCR, FEXR and FENR, with values that enable nothing), loads and
// stores (lwc1, swc1, ldc1, sdc1 and the indexed forms) on a 256-byte
// buffer, forward branches on condition codes (likely forms too), and
// rotr, rotrv, seb, seh, wsbh, ext and ins. The output block holds the
// GPRs, the 32 FPRs, FCSR and the buffer, all compared.

const (
	fpBufSize   = 256
	fpBase      = isa.S8 // holds the buffer's address
	fpIndex     = isa.S7 // holds a fixed multiple of 8 below fpBufSize, for the indexed forms
	fpBlockGPR  = 8
	fpBlockFCSR = fpBlockGPR + 31*4     // 132
	fpBlockFPR  = 136                   // 32 doublewords, 8-aligned
	fpHeader    = fpBlockFPR + 32*8 + 8 // 400: the buffer is 16-aligned
	fpBlock     = fpHeader + fpBufSize
)

// FPItem is one entry of an FP sequence: an instruction, a forward branch
// on a condition code (Target is the index of the item it goes to), or,
// with Li, "li Inst.Rt, Value" before Inst (ctc1 of a chosen value).
type FPItem struct {
	Inst   isa.Inst
	Target int
	Li     bool
	Value  uint32
}

// FPSequence is one generated FP test.
type FPSequence struct {
	Index  int
	GPR    [32]uint32
	FPR    [32]uint64
	FCSR   uint32
	Buffer []byte
	Items  []FPItem
}

// Instructions is the number of instructions of the items.
func (s *FPSequence) Instructions() int {
	n := 0
	for _, it := range s.Items {
		n++
		if it.Li {
			n += 2
		}
	}
	return n
}

// fpSpecials are encodings where IEEE arithmetic changes behaviour.
var fpSpecialsS = []uint32{0, 0x80000000, 0x3f800000, 0xbf800000, 0x7f800000, 0xff800000, 0x7f7fffff, 0x00800000,
	0x00000001, 0x007fffff, 0x80000001, 0x7fbfffff, 0x7fc00000, 0x7f800001, 0xffbfffff, 0x3f000000, 0x40400000,
	0x4b000000, 0x4f000000, 0xcf000000, 0x5f000000, 0x3eaaaaab, 0x00400000}

var fpSpecialsD = []uint64{0, 0x8000000000000000, 0x3ff0000000000000, 0xbff0000000000000, 0x7ff0000000000000,
	0xfff0000000000000, 0x7fefffffffffffff, 0x0010000000000000, 0x0000000000000001, 0x000fffffffffffff,
	0x7ff7ffffffffffff, 0x7ff8000000000000, 0x7ff0000000000001, 0x3fe0000000000000, 0x4008000000000000,
	0x41e0000000000000, 0xc1e0000000000000, 0x43e0000000000000, 0x3fd5555555555555, 0x4330000000000000,
	0x0008000000000000, 0x41dfffffffc00000}

func (r *rng) single() uint32 {
	switch r.n(4) {
	case 0, 1:
		return fpSpecialsS[r.n(len(fpSpecialsS))] ^ uint32(r.n(2))<<31
	case 2: // a small integer or simple fraction
		return uint32(r.between(0x3e000000>>19, 0x42000000>>19))<<19 | uint32(r.n(2))<<31
	}
	return r.u32()
}

func (r *rng) double() uint64 {
	switch r.n(4) {
	case 0, 1:
		return fpSpecialsD[r.n(len(fpSpecialsD))] ^ uint64(r.n(2))<<63
	case 2:
		return uint64(r.between(0x3fc00000>>12, 0x40400000>>12))<<44 | uint64(r.n(2))<<63
	}
	return r.u64()
}

// fpGPR is a GPR a sequence may write: not zero, the base or the index.
func (r *rng) fpGPR() isa.Reg {
	for {
		g := isa.Reg(r.between(1, 31))
		if g != fpBase && g != fpIndex {
			return g
		}
	}
}

func (r *rng) fpr(bool) isa.FReg { return isa.FReg(r.n(32)) }

// fcsrValue is an FCSR value that enables nothing: rounding mode, flags,
// causes other than Unimplemented Operation, condition codes.
func (r *rng) fcsrValue() uint32 {
	return r.u32() & (3 | 0x1f<<2 | 0x1f<<12 | 0xfe800000)
}

// GenerateFP makes sequence index of seed: n items.
func GenerateFP(seed uint64, index, n int) *FPSequence {
	r := newRNG(seed*0x100000001b3 + uint64(index)*0x9e3779b97f4a7c15 + 0xf9)
	s := &FPSequence{Index: index, Buffer: make([]byte, fpBufSize)}
	for g := 1; g < 32; g++ {
		s.GPR[g] = r.value()
	}
	s.GPR[fpIndex] = uint32(8 * r.n(fpBufSize/8))
	for f := range s.FPR {
		if r.n(2) == 0 {
			s.FPR[f] = r.double()
		} else {
			s.FPR[f] = uint64(r.u32())<<32 | uint64(r.single())
		}
	}
	s.FCSR = r.fcsrValue() & 0xfe80f07f // no causes at the start
	for i := range s.Buffer {
		s.Buffer[i] = byte(r.u32())
	}
	for len(s.Items) < n {
		s.Items = append(s.Items, r.fpItem(len(s.Items), n))
	}
	// A branch's delay slot is a single plain instruction.
	for i, it := range s.Items {
		if it.Target >= 0 && i+1 < len(s.Items) {
			next := &s.Items[i+1]
			if next.Target >= 0 || next.Li {
				*next = FPItem{Inst: r.fpArith(), Target: -1}
			}
		}
	}
	return s
}

var fpConds = func() (ops [2][16]isa.Op) {
	for f, fmtName := range []string{"s", "d"} {
		for c, name := range []string{"f", "un", "eq", "ueq", "olt", "ult", "ole", "ule", "sf", "ngle", "seq", "ngl", "lt", "nge", "le", "ngt"} {
			ops[f][c], _ = isa.LookupOp("c." + name + "." + fmtName)
		}
	}
	return ops
}()

// fpArithOps are the arithmetic forms, by name: format letter appended.
var fpArithOps = []string{"add", "sub", "mul", "div", "sqrt", "abs", "mov", "neg", "madd", "msub", "nmadd", "nmsub",
	"round.w", "trunc.w", "ceil.w", "floor.w", "round.l", "trunc.l", "ceil.l", "floor.l",
	"movz", "movn", "movf", "movt", "cvt.w", "cvt.l", "cvt.s", "cvt.d", "recip", "rsqrt"}

// fpArith is a random FPU arithmetic, conversion or compare instruction.
func (r *rng) fpArith() isa.Inst {
	double := r.n(2) == 1
	f := "s"
	if double {
		f = "d"
	}
	if r.n(5) == 0 {
		return isa.Inst{Op: fpConds[map[bool]int{true: 1}[double]][r.n(16)], CC: uint8(r.n(8)) * uint8(r.n(2)), Fs: r.fpr(double), Ft: r.fpr(double)}
	}
	name := fpArithOps[r.n(len(fpArithOps))]
	switch name {
	case "cvt.s", "cvt.d":
		// From the other format, or from a word or a long.
		src := map[string]string{"cvt.s": "d", "cvt.d": "s"}[name]
		switch r.n(4) {
		case 0:
			src = "w"
		case 1:
			src = "l"
		}
		op, _ := isa.LookupOp(name + "." + src)
		return isa.Inst{Op: op, Fd: r.fpr(name == "cvt.d"), Fs: r.fpr(src == "d")}
	}
	op, ok := isa.LookupOp(name + "." + f)
	if !ok {
		panic("difftest: no " + name + "." + f)
	}
	inst := isa.Inst{Op: op}
	wide := double && !strings.HasSuffix(name, ".w")
	for _, a := range op.Info().Args {
		switch a {
		case isa.ArgFd:
			inst.Fd = r.fpr(wide)
		case isa.ArgFs:
			inst.Fs = r.fpr(double)
		case isa.ArgFt:
			inst.Ft = r.fpr(double)
		case isa.ArgFr:
			inst.Fr = r.fpr(double)
		case isa.ArgRt:
			inst.Rt = isa.Reg(r.n(32))
		case isa.ArgCC:
			inst.CC = uint8(r.n(8))
		}
	}
	return inst
}

// fpItem makes item i of n.
func (r *rng) fpItem(i, n int) FPItem {
	none := FPItem{Target: -1}
	switch k := r.n(100); {
	case k < 55:
		none.Inst = r.fpArith()
	case k < 63: // moves between the files
		switch r.n(4) {
		case 0:
			none.Inst = isa.Inst{Op: isa.MTC1, Rt: isa.Reg(r.n(32)), Fs: r.fpr(false)}
		case 1:
			none.Inst = isa.Inst{Op: isa.MFC1, Rt: r.fpGPR(), Fs: r.fpr(false)}
		case 2:
			none.Inst = isa.Inst{Op: isa.MTHC1, Rt: isa.Reg(r.n(32)), Fs: r.fpr(true)}
		case 3:
			none.Inst = isa.Inst{Op: isa.MFHC1, Rt: r.fpGPR(), Fs: r.fpr(true)}
		}
	case k < 68: // control registers
		if r.n(2) == 0 {
			none.Inst = isa.Inst{Op: isa.CFC1, Rt: r.fpGPR(), Rd: isa.Reg([]uint8{0, 25, 26, 28, 31}[r.n(5)])}
			break
		}
		fcr := []uint8{25, 26, 28, 31, 31}[r.n(5)]
		v := r.fcsrValue()
		switch fcr {
		case 25:
			v &= 0xff
		case 26:
			v &= 0x0001f07c // causes and flags, no Unimplemented Operation
		case 28:
			v &= 3 // the rounding mode; no enables, no flush to zero
		}
		none.Li, none.Value = true, v
		none.Inst = isa.Inst{Op: isa.CTC1, Rt: r.fpGPR(), Rd: isa.Reg(fcr)}
	case k < 78: // loads and stores
		ops := []isa.Op{isa.LWC1, isa.SWC1, isa.LDC1, isa.SDC1, isa.LWXC1, isa.SWXC1, isa.LDXC1, isa.SDXC1, isa.LUXC1, isa.SUXC1, isa.PREFX}
		op := ops[r.n(len(ops))]
		double := op.Info().Mem == isa.MemDouble
		size := op.Info().Mem.Size()
		switch op {
		case isa.LWC1, isa.SWC1, isa.LDC1, isa.SDC1:
			none.Inst = isa.Inst{Op: op, Rs: fpBase, Ft: r.fpr(double), Imm: int32(size * r.n(fpBufSize/size))}
		case isa.LWXC1, isa.LDXC1, isa.LUXC1:
			none.Inst = isa.Inst{Op: op, Rs: fpBase, Rt: fpIndex, Fd: r.fpr(double)}
		case isa.SWXC1, isa.SDXC1, isa.SUXC1:
			none.Inst = isa.Inst{Op: op, Rs: fpBase, Rt: fpIndex, Fs: r.fpr(double)}
		default:
			none.Inst = isa.Inst{Op: op, Rs: fpBase, Rt: fpIndex, Rd: isa.Reg(r.n(32))}
		}
	case k < 88: // Release 2 integer instructions, and movf/movt of GPRs
		d, t, s := r.fpGPR(), isa.Reg(r.n(32)), isa.Reg(r.n(32))
		switch r.n(9) {
		case 0:
			none.Inst = isa.Inst{Op: isa.ROTR, Rd: d, Rt: t, Sa: uint8(r.n(32))}
		case 1:
			none.Inst = isa.Inst{Op: isa.ROTRV, Rd: d, Rt: t, Rs: s}
		case 2:
			none.Inst = isa.Inst{Op: isa.SEB, Rd: d, Rt: t}
		case 3:
			none.Inst = isa.Inst{Op: isa.SEH, Rd: d, Rt: t}
		case 4:
			none.Inst = isa.Inst{Op: isa.WSBH, Rd: d, Rt: t}
		case 5:
			pos := r.n(32)
			none.Inst = isa.Inst{Op: isa.EXT, Rt: d, Rs: s, Sa: uint8(pos), Rd: isa.Reg(r.n(32 - pos))}
		case 6:
			pos := r.n(32)
			none.Inst = isa.Inst{Op: isa.INS, Rt: d, Rs: s, Sa: uint8(pos), Rd: isa.Reg(pos + r.n(32-pos))}
		case 7:
			none.Inst = isa.Inst{Op: isa.MOVF, Rd: d, Rs: s, CC: uint8(r.n(8))}
		case 8:
			none.Inst = isa.Inst{Op: isa.MOVT, Rd: d, Rs: s, CC: uint8(r.n(8))}
		}
	default: // a forward branch on a condition code
		if i+2 >= n {
			none.Inst = r.fpArith()
			break
		}
		ops := []isa.Op{isa.BC1F, isa.BC1T, isa.BC1FL, isa.BC1TL}
		none.Inst = isa.Inst{Op: ops[r.n(4)], CC: uint8(r.n(8))}
		none.Target = min(n, i+2+r.n(4))
	}
	return none
}

// FPProgram is a batch of FP sequences linked into one executable.
type FPProgram struct {
	Seqs []*FPSequence
	ELF  []byte
}

// BuildFP links seqs into a program that runs them in order and writes one
// block per sequence: magic, index, r1-r31, f0-f31, FCSR, the buffer.
func BuildFP(seqs []*FPSequence) (*FPProgram, error) {
	initSize := 8 * 48 // FPRs, then GPRs and FCSR
	data := make([]byte, fpBlock*len(seqs)+initSize*len(seqs))
	b := isa.NewBuilder()
	b.Export("__start", b.Here("start"))
	var relocs []uint32
	for i, s := range seqs {
		blk := i * fpBlock
		le.PutUint32(data[blk:], blockMagic)
		le.PutUint32(data[blk+offIndex:], uint32(s.Index))
		copy(data[blk+fpHeader:], s.Buffer)
		init := fpBlock*len(seqs) + i*initSize
		for f := 0; f < 32; f++ {
			le.PutUint64(data[init+8*f:], s.FPR[f])
		}
		for g := 1; g < 32; g++ {
			le.PutUint32(data[init+256+4*(g-1):], s.GPR[g])
		}
		le.PutUint32(data[init+256+4*31:], s.FCSR)
		// Prologue: the FPRs and FCSR through at, then the GPRs, then the
		// base register.
		b.La(fpBase, dataSymbol, int32(init))
		for f := 0; f < 32; f++ {
			b.Emit(isa.Inst{Op: isa.LDC1, Ft: isa.FReg(f), Rs: fpBase, Imm: int32(8 * f)})
		}
		b.Lw(isa.AT, 256+4*31, fpBase)
		b.Emit(isa.Inst{Op: isa.CTC1, Rt: isa.AT, Rd: 31})
		for g := isa.Reg(1); g < 32; g++ {
			if g != fpBase {
				b.Lw(g, 256+4*(int32(g)-1), fpBase)
			}
		}
		b.La(fpBase, dataSymbol, int32(blk+fpHeader))
		labels := make([]isa.Label, len(s.Items)+1)
		for j := range labels {
			labels[j] = b.NewLabel(fmt.Sprintf("fp%d+%d", s.Index, j))
		}
		for j, it := range s.Items {
			b.Bind(labels[j])
			switch {
			case it.Li:
				b.Li(it.Inst.Rt, it.Value)
				b.Emit(it.Inst)
			case it.Target >= 0:
				b.BranchCC(it.Inst.Op, it.Inst.CC, labels[it.Target])
			default:
				b.Emit(it.Inst)
			}
		}
		b.Bind(labels[len(s.Items)])
		// Epilogue: the registers into the block, through the base.
		at := func(off int) int32 { return int32(off - fpHeader) }
		for g := isa.Reg(1); g < 32; g++ {
			b.Sw(g, at(fpBlockGPR+4*(int(g)-1)), fpBase)
		}
		for f := 0; f < 32; f++ {
			b.Emit(isa.Inst{Op: isa.SDC1, Ft: isa.FReg(f), Rs: fpBase, Imm: at(fpBlockFPR + 8*f)})
		}
		b.Emit(isa.Inst{Op: isa.CFC1, Rt: isa.AT, Rd: 31})
		b.Sw(isa.AT, at(fpBlockFCSR), fpBase)
		b.Li(isa.A0, 1)
		b.La(isa.A1, dataSymbol, int32(blk))
		b.Li(isa.A2, fpBlock)
		b.Li(isa.V0, sysWrite)
		b.Emit(isa.Inst{Op: isa.SYSCALL})
	}
	b.Li(isa.A0, 0)
	b.Li(isa.V0, sysExit)
	b.Emit(isa.Inst{Op: isa.SYSCALL})
	code, err := b.Finish()
	if err != nil {
		return nil, fmt.Errorf("difftest: build: %w", err)
	}
	dummy := make([]*Sequence, len(seqs))
	offs := make([]uint32, len(seqs))
	for i, s := range seqs {
		dummy[i] = &Sequence{Index: s.Index}
	}
	p, err := link(dummy, code, offs, data, relocs, fpBlock)
	if err != nil {
		return nil, err
	}
	return &FPProgram{Seqs: seqs, ELF: p.ELF}, nil
}

// FPDiff compares two runs' outputs block by block and describes every
// difference of the first sequence that differs; n is the number of
// sequences both completed and agreed on.
func (p *FPProgram) FPDiff(a, b []byte) (agreed int, diffs []string) {
	for i, s := range p.Seqs {
		lo, hi := i*fpBlock, (i+1)*fpBlock
		if hi > len(a) || hi > len(b) {
			return agreed, []string{fmt.Sprintf("sequence %d: output ends (%d and %d bytes)", s.Index, len(a), len(b))}
		}
		x, y := a[lo:hi], b[lo:hi]
		if string(x) == string(y) {
			agreed++
			continue
		}
		for off := 0; off < fpBlock; off += 4 {
			u, v := le.Uint32(x[off:]), le.Uint32(y[off:])
			if u == v {
				continue
			}
			what := fmt.Sprintf("buffer+%#x", off-fpHeader)
			switch {
			case off < fpBlockGPR:
				what = "header"
			case off < fpBlockFCSR:
				what = isa.Reg(1 + (off-fpBlockGPR)/4).String()
			case off == fpBlockFCSR:
				what = "fcsr"
			case off < fpHeader:
				what = isa.FReg((off-fpBlockFPR)/8).String() + map[bool]string{true: " (high)", false: " (low)"}[(off-fpBlockFPR)%8 == 4]
			}
			diffs = append(diffs, fmt.Sprintf("sequence %d: %s %#08x and %#08x", s.Index, what, u, v))
		}
		return agreed, diffs
	}
	return agreed, nil
}

// String disassembles the sequence with its initial state.
func (s *FPSequence) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "fp sequence %d: fcsr %#08x\n", s.Index, s.FCSR)
	for f := 0; f < 32; f += 4 {
		fmt.Fprintf(&b, "  f%-2d %016x %016x %016x %016x\n", f, s.FPR[f], s.FPR[f+1], s.FPR[f+2], s.FPR[f+3])
	}
	for g := 1; g < 32; g += 1 {
		fmt.Fprintf(&b, "  %s=%08x", isa.Reg(g), s.GPR[g])
		if g%6 == 0 {
			b.WriteString("\n")
		}
	}
	b.WriteString("\n")
	for j, it := range s.Items {
		text := isa.GNUSyntax(it.Inst, 0, nil, isa.SyntaxMIPS32R2, true)
		if it.Target >= 0 {
			text = fmt.Sprintf("%s\t$fcc%d,->%d", it.Inst.Op, it.Inst.CC, it.Target)
		}
		if it.Li {
			text = fmt.Sprintf("li %s,%#x; %s", it.Inst.Rt, it.Value, text)
		}
		fmt.Fprintf(&b, "  %3d  %s\n", j, text)
	}
	return b.String()
}

// CompareFP runs count sequences of n items (seed, from index first) on
// both engines in programs of batch sequences, and returns the number of
// sequences and instructions that agreed and a description of the first
// disagreement (empty if none).
func CompareFP(ctx context.Context, ref, test Engine, seed uint64, first, count, n, batch int) (seqs, insts int, mismatch string, err error) {
	for start := first; start < first+count; start += batch {
		var ss []*FPSequence
		for i := start; i < min(start+batch, first+count); i++ {
			ss = append(ss, GenerateFP(seed, i, n))
		}
		p, err := BuildFP(ss)
		if err != nil {
			return seqs, insts, "", err
		}
		ra, err := ref.Run(ctx, p.ELF)
		if err != nil {
			return seqs, insts, "", err
		}
		rb, err := test.Run(ctx, p.ELF)
		if err != nil {
			return seqs, insts, "", err
		}
		agreed, diffs := p.FPDiff(ra.Stdout, rb.Stdout)
		for _, s := range ss[:agreed] {
			seqs++
			insts += s.Instructions()
		}
		if len(diffs) > 0 || ra.Signal != "" || rb.Signal != "" || ra.Status != 0 || rb.Status != 0 {
			msg := fmt.Sprintf("%s: %s; %s: %s\n%s", ref.Name(), ra.Ended(), test.Name(), rb.Ended(), strings.Join(diffs, "\n"))
			if agreed < len(ss) {
				msg += "\n" + ss[agreed].String()
			}
			return seqs, insts, msg, nil
		}
	}
	return seqs, insts, "", nil
}
