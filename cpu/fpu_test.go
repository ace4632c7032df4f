package cpu

import (
	"math"
	"testing"

	"graftlab/isa"
)

// fpuMachine is a test machine of profile prof with the FPU usable.
func fpuMachine(t *testing.T, prof string) *Machine {
	m := newTestMachine(t, prof)
	m.CP0.Status = StatusCU1
	return m
}

func TestFPUArithmetic(t *testing.T) {
	for _, prof := range []string{"dec5000", "24kf"} {
		t.Run(prof, func(t *testing.T) {
			m := fpuMachine(t, prof)
			writeWord(t, m, dataBase, math.Float32bits(2.5))
			d := math.Float64bits(-7.25)
			writeWord(t, m, dataBase+8, uint32(d))
			writeWord(t, m, dataBase+12, uint32(d>>32))
			load(t, m, func(b *isa.Builder) {
				b.Emit(isa.Inst{Op: isa.LUI, Rt: isa.T0, Imm: dataBase >> 16})
				b.Emit(isa.Inst{Op: isa.LWC1, Ft: 0, Rs: isa.T0, Imm: 0})     // f0 = 2.5
				b.Emit(isa.Inst{Op: isa.LDC1, Ft: 2, Rs: isa.T0, Imm: 8})     // f2:f3 = -7.25
				b.FP(isa.CVT_D_S, 4, 0, 0)                                    // f4 = 2.5
				b.FP(isa.MUL_D, 6, 4, 2)                                      // f6 = -18.125
				b.FP(isa.DIV_D, 8, 6, 4)                                      // f8 = -7.25
				b.FP(isa.SQRT_S, 10, 0, 0)                                    // f10 = sqrt(2.5)
				b.FP(isa.TRUNC_W_D, 12, 6, 0)                                 // f12 = -18
				b.Emit(isa.Inst{Op: isa.MFC1, Rt: isa.V0, Fs: 12})            // v0 = -18
				b.Emit(isa.Inst{Op: isa.C_LT_D, CC: 3, Fs: 2, Ft: 4})         // fcc3 = -7.25 < 2.5
				b.Emit(isa.Inst{Op: isa.MOVT, Rd: isa.V1, Rs: isa.T0, CC: 3}) // v1 = t0
				l := b.NewLabel("taken")
				b.BranchCC(isa.BC1F, 3, l)
				b.Nop()
				b.I(isa.ADDIU, isa.A0, isa.Zero, 1) // reached: fcc3 is true
				b.Bind(l)
				b.Emit(isa.Inst{Op: isa.SDC1, Ft: 6, Rs: isa.T0, Imm: 16})
				// Round toward minus infinity: 1/3 rounds down.
				b.I(isa.ADDIU, isa.T1, isa.Zero, 3)
				b.Emit(isa.Inst{Op: isa.CTC1, Rt: isa.T1, Rd: 31})
				b.Emit(isa.Inst{Op: isa.MTC1, Rt: isa.T1, Fs: 14})
				b.FP(isa.CVT_S_W, 14, 14, 0) // f14 = 3.0
				b.I(isa.ADDIU, isa.T1, isa.Zero, 1)
				b.Emit(isa.Inst{Op: isa.MTC1, Rt: isa.T1, Fs: 16})
				b.FP(isa.CVT_S_W, 16, 16, 0) // f16 = 1.0
				b.FP(isa.DIV_S, 18, 16, 14)  // f18 = 1/3 rounded down
				b.Emit(isa.Inst{Op: isa.CFC1, Rt: isa.A1, Rd: 31})
				brk(b, 0)
			})
			run(t, m)
			if got := math.Float64frombits(m.FPR64(6, false)); got != -18.125 {
				t.Errorf("mul.d = %v", got)
			}
			if got := math.Float64frombits(m.FPR64(8, false)); got != -7.25 {
				t.Errorf("div.d = %v", got)
			}
			if got := math.Float32frombits(m.FPR32(10)); got != float32(math.Sqrt(2.5)) {
				t.Errorf("sqrt.s = %v", got)
			}
			if int32(m.GPR[isa.V0]) != -18 || m.GPR[isa.V1] != dataBase || m.GPR[isa.A0] != 1 {
				t.Errorf("v0 %d, v1 %#x, a0 %d", int32(m.GPR[isa.V0]), m.GPR[isa.V1], m.GPR[isa.A0])
			}
			if lo, hi := readWord(t, m, dataBase+16), readWord(t, m, dataBase+20); math.Float64frombits(uint64(hi)<<32|uint64(lo)) != -18.125 {
				t.Errorf("sdc1 stored %#x %#x", hi, lo)
			}
			third := m.FPR32(18)
			if want := math.Float32bits(1.0 / 3); third != want-1 { // nearest rounds up here
				t.Errorf("1/3 toward -inf = %#x, nearest is %#x", third, want)
			}
			// ctc1 wrote RM 3 and cleared the rest (fcc3 too); the divide
			// set Inexact in the flags (bit 2) and the cause (bit 12).
			if got := m.GPR[isa.A1]; got != 3|fpInexact<<FCSRFlagsShift|fpInexact<<FCSRCauseShift {
				t.Errorf("fcsr %#x", got)
			}
		})
	}
}

func TestRelease2Integer(t *testing.T) {
	m := fpuMachine(t, "24kf")
	m.GPR[isa.A0] = 0x12345680
	load(t, m, func(b *isa.Builder) {
		b.Emit(isa.Inst{Op: isa.SEB, Rd: isa.V0, Rt: isa.A0})
		b.Emit(isa.Inst{Op: isa.SEH, Rd: isa.V1, Rt: isa.A0})
		b.Emit(isa.Inst{Op: isa.WSBH, Rd: isa.T0, Rt: isa.A0})
		b.Emit(isa.Inst{Op: isa.ROTR, Rd: isa.T1, Rt: isa.A0, Sa: 8})
		b.Emit(isa.Inst{Op: isa.EXT, Rt: isa.T2, Rs: isa.A0, Sa: 4, Rd: 7}) // bits 11:4
		b.I(isa.ADDIU, isa.T3, isa.Zero, -1)
		b.Emit(isa.Inst{Op: isa.INS, Rt: isa.T3, Rs: isa.Zero, Sa: 8, Rd: 15}) // clear bits 15:8
		b.Emit(isa.Inst{Op: isa.DI, Rt: isa.T4})
		brk(b, 0)
	})
	run(t, m)
	for _, c := range []struct {
		r    isa.Reg
		want uint32
	}{
		{isa.V0, 0xffffff80}, {isa.V1, 0x5680}, {isa.T0, 0x34128056}, {isa.T1, 0x80123456},
		{isa.T2, 0x68}, {isa.T3, 0xffff00ff}, {isa.T4, StatusCU1},
	} {
		if m.GPR[c.r] != c.want {
			t.Errorf("%v = %#x, want %#x", c.r, m.GPR[c.r], c.want)
		}
	}
}

// A Release 1 profile raises Reserved Instruction for Release 2; an FPU
// instruction with CU1 clear raises Coprocessor Unusable; an enabled IEEE
// exception raises FPE and leaves the destination alone.
func TestFPUExceptions(t *testing.T) {
	for _, c := range []struct {
		prof   string
		status uint32
		build  func(b *isa.Builder)
		code   isa.ExcCode
		ce     int
	}{
		{"dec5000", StatusCU1, func(b *isa.Builder) { b.Emit(isa.Inst{Op: isa.ROTR, Rd: isa.V0, Rt: isa.A0, Sa: 1}) }, isa.ExcRI, 0},
		{"dec5000", StatusCU1, func(b *isa.Builder) { b.Emit(isa.Inst{Op: isa.MFHC1, Rt: isa.V0, Fs: 0}) }, isa.ExcRI, 0},
		{"dec5000", 0, func(b *isa.Builder) { b.FP(isa.ADD_S, 0, 0, 0) }, isa.ExcCpU, 1},
		{"ideal", StatusCU1, func(b *isa.Builder) { b.FP(isa.ADD_S, 0, 0, 0) }, isa.ExcCpU, 1},
		{"24kf", StatusCU1, func(b *isa.Builder) { b.FP(isa.CVT_L_D, 0, 2, 0) }, isa.ExcRI, 0}, // FR=0
		{"24kf", StatusCU1, func(b *isa.Builder) { b.FP(isa.ADD_D, 0, 1, 2) }, isa.ExcRI, 0},   // odd register, FR=0
		{"24kf", StatusCU1, func(b *isa.Builder) { b.Word(0x46800000) }, isa.ExcRI, 0},         // add.w: no such operation
		{"24kf", 0, func(b *isa.Builder) { b.Word(0x46800000) }, isa.ExcCpU, 1},
		{"24kf", StatusCU1, func(b *isa.Builder) {
			b.I(isa.ADDIU, isa.T0, isa.Zero, 1<<(FCSREnablesShift+4)) // enable Invalid
			b.Emit(isa.Inst{Op: isa.CTC1, Rt: isa.T0, Rd: 31})
			b.FP(isa.DIV_S, 4, 0, 0) // 0/0
		}, isa.ExcFPE, 0},
	} {
		m := newTestMachine(t, c.prof)
		m.CP0.Status = c.status
		m.CP0.EPC = 0
		var got *Exception
		m.Handler = func(m *Machine, e *Exception) (bool, error) {
			got = e
			m.Halt(0)
			return true, nil
		}
		load(t, m, func(b *isa.Builder) { c.build(b); brk(b, 0) })
		runEngines(t, m, Limits{MaxInstructions: 100})
		if got == nil || got.Code != c.code || got.Coprocessor != c.ce {
			t.Errorf("%s %#x: exception %+v, want %v CE %d", c.prof, c.status, got, c.code, c.ce)
		}
		if c.code == isa.ExcFPE && (m.FPR32(4) != 0 || m.FCSR>>FCSRCauseShift&0x3f != fpInvalid || m.FCSR>>FCSRFlagsShift&0x1f != 0) {
			t.Errorf("FPE: f4 %#x, fcsr %#x", m.FPR32(4), m.FCSR)
		}
	}
}

// FuzzEnginesFPU is FuzzEngines on the 24kf profile with the FPU usable
// (FR as the fuzzer says) and FPU registers set from the input: Release 2
// and FPU instructions run on every engine, which must end alike.
func FuzzEnginesFPU(f *testing.F) {
	f.Add([]byte{0x00, 0x10, 0x02, 0x46, 0x32, 0x00, 0x02, 0x46}, uint64(0x3ff0000000000000), false) // add.s; c.eq.s
	f.Add([]byte{0x01, 0x00, 0x22, 0x46, 0x3b, 0xe8, 0x03, 0x7c}, uint64(0x7ff7ffffffffffff), true)  // sub.d; rdhwr
	f.Add([]byte{0x02, 0x1a, 0x22, 0x00, 0xc0, 0x11, 0x43, 0x7c}, uint64(1), false)                  // ror; ext
	f.Fuzz(func(t *testing.T, code []byte, fpr uint64, fr bool) {
		if len(code) > 4096 {
			code = code[:4096]
		}
		code = code[:len(code)&^3]
		m := newTestMachine(t, "24kf")
		if err := m.Bus.WriteBytes(codeBase&0x1fffffff, code); err != nil {
			t.Fatal(err)
		}
		m.SetPC(codeBase)
		for i := range m.GPR[1:] {
			m.GPR[i+1] = dataBase + uint32(i)*0x40
		}
		for i := range m.FPR {
			m.FPR[i] = fpr*uint64(i+1) ^ uint64(i)<<52
		}
		m.CP0.Status = StatusCU1
		if fr {
			m.CP0.Status |= StatusFR
		}
		m.Handler = func(m *Machine, e *Exception) (bool, error) {
			m.Halt(int(e.Code))
			return true, nil
		}
		runEngines(t, m, Limits{MaxInstructions: 5000})
	})
}
