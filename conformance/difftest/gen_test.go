package difftest

import (
	"reflect"
	"testing"

	"graftlab/isa"
)

func generateOrFatal(t *testing.T, seed uint64, first, n int) []*Sequence {
	t.Helper()
	seqs, err := Generate(DefaultConfig(seed), first, n)
	if err != nil {
		t.Fatal(err)
	}
	return seqs
}

// TestGenerateDeterministic checks that a sequence depends only on the seed
// and its index, not on the batch it is generated in.
func TestGenerateDeterministic(t *testing.T) {
	a := generateOrFatal(t, 7, 0, 20)
	b := generateOrFatal(t, 7, 10, 10)
	for i := range b {
		if !reflect.DeepEqual(a[10+i].Items, b[i].Items) || a[10+i].Init != b[i].Init ||
			!reflect.DeepEqual(a[10+i].Buffer, b[i].Buffer) || !reflect.DeepEqual(a[10+i].Bases, b[i].Bases) {
			t.Fatalf("sequence %d differs between batches", b[i].Index)
		}
	}
	c := generateOrFatal(t, 8, 10, 1)
	if reflect.DeepEqual(c[0].Items, b[0].Items) {
		t.Errorf("seeds 7 and 8 give the same sequence 10")
	}
}

// excluded are the user-mode instructions that the generator never
// writes: they end the program (syscall, break) or have no user-mode
// meaning under qemu (sdbbp). Privileged instructions are excluded too.
var excluded = map[isa.Op]bool{isa.SYSCALL: true, isa.BREAK: true, isa.SDBBP: true}

// TestGenerateCoverage checks that 200 sequences use every user-mode
// instruction of the table except the excluded ones, and nothing else.
// The generator writes MIPS32 Release 1 integer code, which every profile
// runs; Release 2 and FPU instructions are not among its forms.
func TestGenerateCoverage(t *testing.T) {
	count := map[isa.Op]int{}
	for _, s := range generateOrFatal(t, 1, 0, 200) {
		for _, it := range s.Items {
			if it.La {
				count[isa.LUI]++
				count[isa.ADDIU]++
				continue
			}
			count[it.Inst.Op]++
		}
	}
	for op := isa.Op(1); int(op) < isa.NumOps; op++ {
		want := !op.Info().Has(isa.FlagPriv) && !excluded[op] && op.Info().Flags&(isa.FlagR2|isa.FlagFPU) == 0
		if got := count[op]; (got > 0) != want {
			t.Errorf("%s: used %d times, want used: %v", op, got, want)
		}
	}
}

// TestGenerateRules checks the rules that keep sequences within what
// MIPS32 defines and both sides run identically.
func TestGenerateRules(t *testing.T) {
	for _, s := range generateOrFatal(t, 3, 0, 500) {
		checkRules(t, s)
	}
}

func checkRules(t *testing.T, s *Sequence) {
	t.Helper()
	fail := func(i int, format string, args ...any) {
		t.Helper()
		args = append([]any{s.Index, i, s.Items[i].text(func(int) uint32 { return 0 }, 0)}, args...)
		t.Errorf("sequence %d item %d (%s): "+format, args...)
	}
	if s.Bases[0].Reg == isa.RA || !s.isBase(isa.SP) {
		t.Errorf("sequence %d: bases %v", s.Index, s.Bases)
	}
	checkStructure(t, s)
	for i, it := range s.Items {
		inst, info := it.Inst, it.Inst.Info()
		var written []isa.Reg
		switch {
		case it.La:
			written = append(written, inst.Rt)
		case info.Has(isa.FlagWrd):
			written = append(written, inst.Rd)
		case info.Has(isa.FlagWrt):
			written = append(written, inst.Rt)
		case info.Has(isa.FlagWr31):
			written = append(written, isa.RA)
		}
		for _, r := range written {
			if r != isa.Zero && s.isBase(r) {
				fail(i, "writes base register %s", r)
			}
		}
		switch inst.Op {
		case isa.JALR:
			if inst.Rd == inst.Rs {
				fail(i, "rd = rs")
			}
		case isa.BLTZAL, isa.BGEZAL, isa.BLTZALL, isa.BGEZALL:
			if inst.Rs == isa.RA {
				fail(i, "rs = ra")
			}
		case isa.CLZ, isa.CLO:
			if inst.Rd != inst.Rt {
				fail(i, "rd != rt")
			}
		case isa.SC:
			// Only register-only instructions between ll and sc.
			j := i - 1
			for j >= 0 && !s.Items[j].La && s.Items[j].Inst.Op != isa.LL &&
				s.Items[j].Inst.Info().Flags&(isa.FlagStore|isa.FlagLoad|isa.FlagBranch|isa.FlagJump) == 0 {
				j--
			}
			if j < 0 || i-j > 3 || s.Items[j].Inst.Op != isa.LL || s.Items[j].Inst.Rs != inst.Rs || s.Items[j].Inst.Imm != inst.Imm {
				fail(i, "sc without ll of the same word just before it")
			}
		}
		if !it.La && info.Flags&(isa.FlagLoad|isa.FlagStore) != 0 || inst.Op == isa.PREF {
			checkAccess(t, s, i)
		}
	}
}

// checkStructure checks what Build needs: forward targets, and a delay slot
// after every branch and jump.
func checkStructure(t *testing.T, s *Sequence) {
	t.Helper()
	for i, it := range s.Items {
		inst, info := it.Inst, it.Inst.Info()
		switch {
		case it.La || info.Has(isa.FlagBranch) || inst.Op == isa.J || inst.Op == isa.JAL:
			if it.Target <= i || it.Target > len(s.Items) {
				t.Errorf("sequence %d item %d: target %d is not forward", s.Index, i, it.Target)
			}
		case it.Target != -1:
			t.Errorf("sequence %d item %d: target %d", s.Index, i, it.Target)
		}
		if it.control() && (i+1 == len(s.Items) || s.Items[i+1].control() || s.Items[i+1].La) {
			t.Errorf("sequence %d item %d: no proper delay slot", s.Index, i)
		}
	}
}

// checkAccess checks that a load or store stays in the buffer, aligned.
func checkAccess(t *testing.T, s *Sequence, i int) {
	t.Helper()
	inst := s.Items[i].Inst
	base := -1
	for _, b := range s.Bases {
		if b.Reg == inst.Rs {
			base = b.Offset
		}
	}
	a := base + int(inst.Imm)
	size := inst.Info().Mem.Size()
	switch inst.Info().Mem {
	case isa.MemWordLeft, isa.MemWordRight:
		a &^= 3
	case isa.MemNone: // pref
		size = 1
	}
	if base < 0 || a < 0 || a+size > len(s.Buffer) || a%size != 0 {
		t.Errorf("sequence %d item %d: %v reaches buffer offset %d (base %d)", s.Index, i, inst, a, base)
	}
}

// TestReduce checks delta debugging on a property that needs one
// instruction, and one that needs a branch (which keeps its delay slot).
func TestReduce(t *testing.T) {
	s := generateOrFatal(t, 1, 0, 1)[0]
	var mul, branch isa.Inst
	for _, it := range s.Items {
		switch {
		case it.Inst.Op == isa.MULTU:
			mul = it.Inst
		case it.control() && branch.Op == 0 && it.Inst.Op != isa.J && it.Inst.Op != isa.JAL:
			branch = it.Inst
		}
	}
	if mul.Op == 0 || branch.Op == 0 {
		t.Fatalf("sequence 0 has no multu or no branch:\n%s", s)
	}
	has := func(inst isa.Inst) func(*Sequence) bool {
		return func(s *Sequence) bool {
			checkStructure(t, s)
			for _, it := range s.Items {
				if it.Inst == inst && !it.La {
					return true
				}
			}
			return false
		}
	}
	if r := Reduce(s, has(mul)); len(r.Items) != 1 || r.Items[0].Inst != mul {
		t.Errorf("reduced to\n%swant only %v", r, mul)
	}
	if r := Reduce(s, has(branch)); len(r.Items) != 2 || r.Items[0].Inst != branch || r.Items[0].Target != 2 {
		t.Errorf("reduced to\n%swant %v and its delay slot", r, branch)
	}
}
