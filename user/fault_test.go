package user

import (
	"context"
	"errors"
	"strings"
	"testing"

	"graftlab/cpu"
	"graftlab/isa"
)

func TestFaults(t *testing.T) {
	li := func(r isa.Reg, v uint32) func(b *isa.Builder) { return func(b *isa.Builder) { b.Li(r, v) } }
	word := func(w uint32) func(b *isa.Builder) { return func(b *isa.Builder) { b.Word(w) } }
	emit := func(inst isa.Inst) func(b *isa.Builder) { return func(b *isa.Builder) { b.Emit(inst) } }
	seq := func(fs ...func(b *isa.Builder)) func(b *isa.Builder) {
		return func(b *isa.Builder) {
			for _, f := range fs {
				f(b)
			}
		}
	}
	jr := func(r isa.Reg) func(b *isa.Builder) { return func(b *isa.Builder) { b.JrNop(r) } }
	lw := func(off int32) func(b *isa.Builder) { return func(b *isa.Builder) { b.Lw(isa.T1, off, isa.T0) } }
	sw := func(off int32) func(b *isa.Builder) { return func(b *isa.Builder) { b.Sw(isa.T1, off, isa.T0) } }
	tests := []struct {
		name   string
		code   func(b *isa.Builder)
		sig    Signal
		exc    isa.ExcCode
		reason string
	}{
		{"wild jump", seq(li(isa.T0, 0x12345678), jr(isa.T0)), SIGSEGV, isa.ExcSegV, "nothing is mapped in segment 1"},
		{"jump to the stack", jr(isa.SP), SIGSEGV, isa.ExcSegV, "fetch from segment 7, which holds no code"},
		{"jump to a kernel address", seq(li(isa.T0, 0x80001000), jr(isa.T0)), SIGBUS, isa.ExcAdEL, "instruction fetch from kernel address 0x80001000"},
		{"jump to a misaligned address", seq(li(isa.T0, textBase+2), jr(isa.T0)), SIGBUS, isa.ExcAdEL, "misaligned instruction fetch"},
		{"unmapped load", seq(li(isa.T0, 0x00300000), lw(0)), SIGSEGV, isa.ExcTLBL, "nothing is mapped at 0x00300000"},
		{"unmapped store", seq(li(isa.T0, dataBase+PageSize), sw(0)), SIGSEGV, isa.ExcTLBS, "nothing is mapped at 0x00411000"},
		{"store to text", seq(li(isa.T0, textBase), sw(0)), SIGSEGV, isa.ExcMod, "store to the read-only text page at 0x00400000"},
		{"store to an invalid segment", seq(li(isa.T0, 0x30000000), sw(0)), SIGSEGV, isa.ExcSegV, "nothing is mapped in segment 3"},
		{"misaligned load", seq(li(isa.T0, dataBase), lw(1)), SIGBUS, isa.ExcAdEL, "misaligned load at 0x00410001"},
		{"misaligned store", seq(li(isa.T0, dataBase), sw(2)), SIGBUS, isa.ExcAdES, "misaligned store at 0x00410002"},
		{"kernel load", seq(li(isa.T0, 0x80000000), lw(0)), SIGBUS, isa.ExcAdEL, "load from kernel address 0x80000000"},
		{"reserved instruction", word(0x70000030), SIGILL, isa.ExcRI, "reserved instruction 0x70000030"},
		{"floating point", word(0x46000000), SIGILL, isa.ExcCpU, "no FPU"},
		{"mtc0", emit(isa.Inst{Op: isa.MTC0, Rt: isa.Zero, Rd: 12}), SIGILL, isa.ExcCpU, "coprocessor 0 is unusable"},
		{"mtsr", emit(isa.Inst{Op: isa.MTSR, Rt: isa.Zero, Rd: 1}), SIGILL, isa.ExcCpU, "coprocessor 0"},
		{"break", emit(isa.Inst{Op: isa.BREAK}), SIGTRAP, isa.ExcBp, "break 0"},
		{"break 7", emit(isa.Inst{Op: isa.BREAK, Code: 7 << 10}), SIGFPE, isa.ExcBp, "break 7"},
		{"break 6 low half", emit(isa.Inst{Op: isa.BREAK, Code: 6 << 10}), SIGFPE, isa.ExcBp, "break 6"},
		{"teq code 7", emit(isa.Inst{Op: isa.TEQ, Code: 7}), SIGFPE, isa.ExcTr, "trap 7"},
		{"teq", emit(isa.Inst{Op: isa.TEQ}), SIGTRAP, isa.ExcTr, "trap 0"},
		{"tgei", emit(isa.Inst{Op: isa.TGEI}), SIGTRAP, isa.ExcTr, "trap 0"},
		{"overflow", seq(li(isa.T0, 0x7fffffff), emit(isa.Inst{Op: isa.ADDI, Rt: isa.T0, Rs: isa.T0, Imm: 1})), SIGFPE, isa.ExcOv, "integer overflow"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, status, err := runCode(t, tc.code)
			var f *Fault
			if !errors.As(err, &f) {
				t.Fatalf("status %d, error %v: want a fault", status, err)
			}
			if f.Signal != tc.sig || f.Exception.Code != tc.exc || status != 128+int(tc.sig) || f.ExitStatus() != status {
				t.Errorf("%v %v status %d, want %v %v", f.Signal, f.Exception.Code, status, tc.sig, tc.exc)
			}
			msg := f.Error()
			for _, want := range []string{tc.reason, tc.sig.String(), "\n  pc ", " sp 7ffe", " ra "} {
				if !strings.Contains(msg, want) {
					t.Errorf("error does not say %q:\n%s", want, msg)
				}
			}
			var e *cpu.Exception
			if !errors.As(err, &e) || e.Code != tc.exc {
				t.Errorf("the error does not wrap the exception")
			}
		})
	}
}

// TestFaultIsFinal checks that Run repeats a fault rather than going on.
func TestFaultIsFinal(t *testing.T) {
	p, status, err := runCode(t, func(b *isa.Builder) { b.Word(0x70000030) })
	status2, err2 := p.Run(context.Background(), cpu.Limits{})
	if status2 != status || err2 != err {
		t.Errorf("second Run: %d %v, first %d %v", status2, err2, status, err)
	}
}

// TestUnmappedAfterMunmap checks that munmap removes the TLB entries of
// the pages it unmaps: the segment stays valid, the page must not.
func TestUnmappedAfterMunmap(t *testing.T) {
	_, _, err := runCode(t, func(b *isa.Builder) {
		syscall(b, SysMmap2, 0, 2*PageSize, protRead|protWrite, mapPrivate|mapAnonymous)
		b.Move(isa.S0, isa.V0)
		b.Sw(isa.Zero, 0, isa.S0) // both pages in the TLB
		b.Sw(isa.Zero, PageSize, isa.S0)
		b.Move(isa.A0, isa.S0)
		b.Li(isa.A1, PageSize)
		b.Li(isa.V0, SysMunmap)
		b.Emit(isa.Inst{Op: isa.SYSCALL})
		b.Lw(isa.T0, PageSize, isa.S0)
		b.Lw(isa.T0, 0, isa.S0)
		exit(b, 0)
	})
	var f *Fault
	if !errors.As(err, &f) || f.Signal != SIGSEGV || f.Reason != "nothing is mapped at 0x20000000" {
		t.Fatalf("%v", err)
	}
}

func TestProtNone(t *testing.T) {
	_, _, err := runCode(t, func(b *isa.Builder) {
		syscall(b, SysMmap2, 0, 4096, 0, mapPrivate|mapAnonymous)
		b.Lw(isa.T0, 0, isa.V0)
		exit(b, 0)
	})
	var f *Fault
	if !errors.As(err, &f) || f.Signal != SIGSEGV || !strings.Contains(f.Reason, "PROT_NONE") {
		t.Fatalf("%v", err)
	}
}

// touchStack emits a loop that touches one stack page after another, down.
func touchStack(b *isa.Builder) {
	loop := b.Here("loop")
	b.Sw(isa.Zero, 0, isa.SP)
	b.B(loop)
	b.Addiu(isa.SP, isa.SP, -PageSize)
}

func TestStackOverflow(t *testing.T) {
	_, _, err := runCode(t, touchStack)
	var f *Fault
	if !errors.As(err, &f) || f.Signal != SIGSEGV || f.Exception.BadVAddr>>12 != (StackTop-StackSize)>>12-1 {
		t.Fatalf("%v", err)
	}
}

func TestOutOfMemory(t *testing.T) {
	p := newProcess(t, Config{Executable: asmExecutable(t, touchStack), RAMSize: 1 << 20})
	_, err := p.Run(context.Background(), cpu.Limits{MaxInstructions: 100000})
	var f *Fault
	if !errors.As(err, &f) || f.Signal != SIGKILL || f.ExitStatus() != 137 || !strings.Contains(f.Error(), "out of physical memory") {
		t.Fatalf("%v", err)
	}
}
