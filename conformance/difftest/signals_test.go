package difftest

import (
	"context"
	"testing"

	"graftlab/isa"
)

// manualSequence is a sequence of the given instructions with a zero
// buffer and fixed registers: t0 = INT_MAX, t1 = 1, t2 = INT_MIN, t3 = -1,
// t4 = 0, a0 = 3; base registers sp (buffer+1024), s0 (+0) and s1 (+2048).
func manualSequence(insts ...isa.Inst) *Sequence {
	s := &Sequence{Buffer: make([]byte, 2048), Bases: []Base{{isa.SP, 1024}, {isa.S0, 0}, {isa.S1, 2048}}}
	for r := 1; r < 32; r++ {
		s.Init.GPR[r] = uint32(r) * 0x01010101
	}
	s.Init.GPR[isa.T0], s.Init.GPR[isa.T1], s.Init.GPR[isa.T2] = 0x7fffffff, 1, 0x80000000
	s.Init.GPR[isa.T3], s.Init.GPR[isa.T4], s.Init.GPR[isa.A0] = 0xffffffff, 0, 3
	for _, b := range s.Bases {
		s.Init.GPR[b.Reg] = 0
	}
	for _, in := range insts {
		s.Items = append(s.Items, Item{Inst: in, Target: -1})
	}
	return s
}

// TestSignalsQEMU runs instructions that end the program with a signal,
// which the random sequences avoid, after a sequence that completes. The
// signal graftlab's user mode delivers must be Linux's (except that Linux
// emulates misaligned loads and stores by default, where graftlab and
// qemu-user deliver SIGBUS); it must match qemu-mipsel's, except where
// qemu-user is known to differ from Linux:
//
//   - qemu 7.2 turns every break and trap into SIGTRAP; Linux gives SIGFPE
//     for codes 6 (overflow) and 7 (divide by zero), which gcc's division
//     checks use ("break 7", "teq zero,zero,7");
//   - qemu-user has no kernel segment: a user access to 0x80000000 is
//     SIGSEGV there, where MIPS raises an address error and Linux SIGBUS;
//   - qemu aborts on sdbbp (unhandled EXCP_DEBUG) instead of delivering
//     SIGILL.
//
// The output before the signal must agree.
func TestSignalsQEMU(t *testing.T) {
	q := qemuOrSkip(t)
	tests := []struct {
		name  string
		inst  isa.Inst
		linux string // the signal graftlab must deliver
		qemu  string // qemu's, when it differs
	}{
		{"add overflow", isa.Inst{Op: isa.ADD, Rd: isa.T5, Rs: isa.T0, Rt: isa.T1}, "SIGFPE", ""},
		{"sub overflow", isa.Inst{Op: isa.SUB, Rd: isa.T5, Rs: isa.T2, Rt: isa.T1}, "SIGFPE", ""},
		{"addi overflow", isa.Inst{Op: isa.ADDI, Rt: isa.T5, Rs: isa.T2, Imm: -1}, "SIGFPE", ""},
		{"teq", isa.Inst{Op: isa.TEQ, Rs: isa.T4, Rt: isa.Zero}, "SIGTRAP", ""},
		{"tgeu code 5", isa.Inst{Op: isa.TGEU, Rs: isa.T3, Rt: isa.T0, Code: 5}, "SIGTRAP", ""},
		{"tlt", isa.Inst{Op: isa.TLT, Rs: isa.T2, Rt: isa.T0}, "SIGTRAP", ""},
		{"tltu", isa.Inst{Op: isa.TLTU, Rs: isa.T1, Rt: isa.T3}, "SIGTRAP", ""},
		{"tne code 7", isa.Inst{Op: isa.TNE, Rs: isa.T0, Rt: isa.Zero, Code: 7}, "SIGFPE", "SIGTRAP"},
		{"tge code 6", isa.Inst{Op: isa.TGE, Rs: isa.T0, Rt: isa.T1, Code: 6}, "SIGFPE", "SIGTRAP"},
		{"teqi", isa.Inst{Op: isa.TEQI, Rs: isa.T3, Imm: -1}, "SIGTRAP", ""},
		{"tnei", isa.Inst{Op: isa.TNEI, Rs: isa.T1, Imm: 7}, "SIGTRAP", ""},
		{"tgei", isa.Inst{Op: isa.TGEI, Rs: isa.T0, Imm: 0}, "SIGTRAP", ""},
		{"tgeiu", isa.Inst{Op: isa.TGEIU, Rs: isa.T3, Imm: -1}, "SIGTRAP", ""},
		{"tlti", isa.Inst{Op: isa.TLTI, Rs: isa.T2, Imm: 0}, "SIGTRAP", ""},
		{"tltiu", isa.Inst{Op: isa.TLTIU, Rs: isa.T4, Imm: 1}, "SIGTRAP", ""},
		{"break", isa.Inst{Op: isa.BREAK}, "SIGTRAP", ""},
		{"break 0x5", isa.Inst{Op: isa.BREAK, Code: 5 << 10}, "SIGTRAP", ""},
		{"break 0x7,0x1", isa.Inst{Op: isa.BREAK, Code: 7<<10 | 1}, "SIGTRAP", ""},
		{"break 0x7", isa.Inst{Op: isa.BREAK, Code: 7 << 10}, "SIGFPE", "SIGTRAP"},
		{"break 0x6", isa.Inst{Op: isa.BREAK, Code: 6 << 10}, "SIGFPE", "SIGTRAP"},
		{"break 0x0,0x7", isa.Inst{Op: isa.BREAK, Code: 7}, "SIGFPE", "SIGTRAP"},
		{"lw misaligned", isa.Inst{Op: isa.LW, Rt: isa.T5, Rs: isa.SP, Imm: 2}, "SIGBUS", ""},
		{"lh misaligned", isa.Inst{Op: isa.LH, Rt: isa.T5, Rs: isa.SP, Imm: 1}, "SIGBUS", ""},
		{"lhu misaligned", isa.Inst{Op: isa.LHU, Rt: isa.T5, Rs: isa.SP, Imm: 3}, "SIGBUS", ""},
		{"sw misaligned", isa.Inst{Op: isa.SW, Rt: isa.T5, Rs: isa.SP, Imm: 1}, "SIGBUS", ""},
		{"sh misaligned", isa.Inst{Op: isa.SH, Rt: isa.T5, Rs: isa.SP, Imm: 3}, "SIGBUS", ""},
		{"ll misaligned", isa.Inst{Op: isa.LL, Rt: isa.T5, Rs: isa.SP, Imm: 2}, "SIGBUS", ""},
		{"lw from a kernel address", isa.Inst{Op: isa.LW, Rt: isa.T5, Rs: isa.T2, Imm: 0}, "SIGBUS", "SIGSEGV"},
		{"lw from address 0", isa.Inst{Op: isa.LW, Rt: isa.T5, Rs: isa.Zero, Imm: 0}, "SIGSEGV", ""},
		{"sw to the text segment", isa.Inst{Op: isa.SW, Rt: isa.T5, Rs: isa.Zero, Imm: 0x4000}, "SIGSEGV", ""},
		{"mfc0", isa.Inst{Op: isa.MFC0, Rt: isa.T5, Rd: 12}, "SIGILL", ""},
		{"mtc0", isa.Inst{Op: isa.MTC0, Rt: isa.T5, Rd: 12}, "SIGILL", ""},
		{"cache", isa.Inst{Op: isa.CACHE, Rt: 1, Rs: isa.SP}, "SIGILL", ""},
		{"eret", isa.Inst{Op: isa.ERET}, "SIGILL", ""},
		{"tlbwi", isa.Inst{Op: isa.TLBWI}, "SIGILL", ""},
		{"wait", isa.Inst{Op: isa.WAIT}, "SIGILL", ""},
		{"sdbbp", isa.Inst{Op: isa.SDBBP}, "SIGILL", "qemu aborts"},
	}
	ok := manualSequence(isa.Inst{Op: isa.ADDU, Rd: isa.T5, Rs: isa.T0, Rt: isa.T1})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Build([]*Sequence{ok, manualSequence(tt.inst)})
			if err != nil {
				t.Fatal(err)
			}
			c := &Comparer{Ref: q, Test: &Graftlab{}}
			qo, gout, err := c.run(context.Background(), p.ELF)
			if err != nil {
				t.Fatal(err)
			}
			if gout.Signal != tt.linux {
				t.Errorf("graftlab: %s, want killed by %s\n%s", gout.Ended(), tt.linux, gout.Stderr)
			}
			if tt.qemu != "" {
				t.Logf("qemu: %s (Linux: %s)", qo.Ended(), tt.linux)
				return
			}
			if qo.Signal != tt.linux {
				t.Errorf("qemu: %s, want killed by %s: %s", qo.Ended(), tt.linux, qo.Stderr)
			}
			qr, err1 := p.Parse(qo.Stdout)
			gr, err2 := p.Parse(gout.Stdout)
			if err1 != nil || err2 != nil || len(qr) != 1 || len(gr) != 1 {
				t.Fatalf("qemu wrote %d blocks (%v), graftlab %d (%v), want 1", len(qr), err1, len(gr), err2)
			}
			if d := Diff(ok, qr[0], gr[0]); len(d) > 0 {
				t.Errorf("the first sequence disagrees: %v", d)
			}
		})
	}
}

// TestDivisionQEMU pins the UNPREDICTABLE divisions that graftlab gives as
// qemu does: a zero divisor acts as 1, and INT_MIN / -1 gives LO = INT_MIN,
// HI = 0. The generator includes both.
func TestDivisionQEMU(t *testing.T) {
	q := qemuOrSkip(t)
	div := func(op isa.Op, rs, rt, lo, hi isa.Reg) []isa.Inst {
		return []isa.Inst{{Op: op, Rs: rs, Rt: rt}, {Op: isa.MFLO, Rd: lo}, {Op: isa.MFHI, Rd: hi}}
	}
	var insts []isa.Inst
	insts = append(insts, div(isa.DIV, isa.T2, isa.T3, isa.S2, isa.S3)...)  // INT_MIN / -1
	insts = append(insts, div(isa.DIV, isa.A0, isa.T4, isa.S4, isa.S5)...)  // 3 / 0
	insts = append(insts, div(isa.DIV, isa.T2, isa.T4, isa.S6, isa.S7)...)  // INT_MIN / 0
	insts = append(insts, div(isa.DIVU, isa.T3, isa.T4, isa.T8, isa.T9)...) // 0xffffffff / 0
	s := manualSequence(insts...)
	p, err := Build([]*Sequence{s})
	if err != nil {
		t.Fatal(err)
	}
	c := &Comparer{Ref: q, Test: &Graftlab{}}
	qo, gout, err := c.run(context.Background(), p.ELF)
	if err != nil {
		t.Fatal(err)
	}
	qr, err1 := p.Parse(qo.Stdout)
	gr, err2 := p.Parse(gout.Stdout)
	if err1 != nil || err2 != nil || len(qr) != 1 || len(gr) != 1 {
		t.Fatalf("qemu: %d results, %v; graftlab: %d results, %v", len(qr), err1, len(gr), err2)
	}
	qg, gg := qr[0].Regs.GPR, gr[0].Regs.GPR
	if qg[isa.S2] != 0x80000000 || qg[isa.S3] != 0 || gg[isa.S2] != qg[isa.S2] || gg[isa.S3] != qg[isa.S3] {
		t.Errorf("INT_MIN / -1: qemu LO %#x HI %#x, graftlab LO %#x HI %#x; want LO 0x80000000 HI 0 on both",
			qg[isa.S2], qg[isa.S3], gg[isa.S2], gg[isa.S3])
	}
	for _, c := range []struct {
		what     string
		lo, hi   isa.Reg
		qlo, qhi uint32 // qemu's
	}{
		{"div 3 / 0", isa.S4, isa.S5, 3, 0},
		{"div INT_MIN / 0", isa.S6, isa.S7, 0x80000000, 0},
		{"divu 0xffffffff / 0", isa.T8, isa.T9, 0xffffffff, 0},
	} {
		if qg[c.lo] != c.qlo || qg[c.hi] != c.qhi || gg[c.lo] != c.qlo || gg[c.hi] != c.qhi {
			t.Errorf("%s: qemu LO %#x HI %#x, graftlab LO %#x HI %#x; want LO %#x HI %#x on both",
				c.what, qg[c.lo], qg[c.hi], gg[c.lo], gg[c.hi], c.qlo, c.qhi)
		}
	}
}
