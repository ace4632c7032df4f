package misfit_test

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"graftlab/isa/asm"
	"graftlab/misfit"
	"graftlab/misfit/internal/harness"
	"graftlab/misfit/verify"
)

// The verifier keeps its own copy of the ABI; the two must agree.
func TestCallableListsAgree(t *testing.T) {
	if !slices.Equal(misfit.DefaultCallable, verify.DefaultCallable) {
		t.Fatalf("rewriter %v, verifier %v", misfit.DefaultCallable, verify.DefaultCallable)
	}
}

func TestParseCallable(t *testing.T) {
	got, err := misfit.ParseCallable(strings.NewReader("# kernel services\nmemcpy\n\n  graft_log  \nkfree\n"))
	if err != nil || !slices.Equal(got, []string{"graft_log", "kfree", "memcpy"}) {
		t.Fatalf("got %v, %v", got, err)
	}
	if _, err := misfit.ParseCallable(strings.NewReader("a b\n")); err == nil || !strings.Contains(err.Error(), "line 1") {
		t.Fatalf("two names on a line: %v", err)
	}
}

func assemble(t *testing.T, src string) []byte {
	t.Helper()
	return assembleFile(t, "t.s", []byte(src))
}

// assembleFile assembles src, called name in messages, into the bytes of
// an object file.
func assembleFile(t testing.TB, name string, src []byte) []byte {
	t.Helper()
	f, err := asm.Assemble(name, src, asm.Options{})
	if err != nil {
		t.Fatal(err)
	}
	b, err := f.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestErrors: refusals name the function, the offset and the instruction.
func TestErrors(t *testing.T) {
	obj := assemble(t, ".text\n.globl g\ng:\n nop\n nop\n mtc0 $zero, $12\n jr $ra\n nop\n")
	_, err := misfit.Rewrite(obj, misfit.Options{})
	var e *misfit.Error
	if !errors.As(err, &e) {
		t.Fatalf("got %v", err)
	}
	if want := "g+0x8 (.text+0x8): mtc0\tzero,c0_status: privileged instruction"; err.Error() != want {
		t.Errorf("got %q, want %q", err.Error(), want)
	}
	for _, tc := range []struct{ src, want string }{
		{".set noreorder\n.text\n.globl g\ng:\n jr $ra\n.globl h\nh:\n addiu $v0, $zero, 1\n jr $ra\n nop\n", "lies in this delay slot"},
		{".set noreorder\n.text\n.globl g\ng:\n jr $ra\n jr $ra\n nop\n", "branch in a delay slot"},
		{".text\n.globl g\ng:\n lw $t0, %gp_rel(x)($gp)\n jr $ra\n nop\n.data\nx: .word 1\n", "gp-relative"},
		{".text\n.globl g\ng:\n jr $ra\n nop\n.section .text.b,\"ax\"\nh:\n jr $ra\n nop\n", "code in two sections"},
		{".data\nx: .word 1\n", "no code section"},
	} {
		_, err := misfit.Rewrite(assemble(t, tc.src), misfit.Options{})
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: got %v, want %q", tc.src, err, tc.want)
		}
	}
	res, err := misfit.Rewrite(obj[:0:0], misfit.Options{})
	if err == nil || res != nil {
		t.Error("empty input accepted")
	}
	good := assemble(t, ".text\n.globl g\ng:\n jr $ra\n nop\n")
	r1, err := misfit.Rewrite(good, misfit.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := misfit.Rewrite(r1.Object, misfit.Options{}); err == nil || !strings.Contains(err.Error(), "already rewritten") {
		t.Errorf("rewriting twice: %v", err)
	}
}

// TestDelaySlots: accesses and sp writes in delay slots.
func TestDelaySlots(t *testing.T) {
	src := `.set noreorder
.text
.globl g
g:
	addiu $sp, $sp, -8
	beq $a0, $zero, 1f
	sw $a1, 0($a0)
	lw $v0, 4($a0)
1:	jr $ra
	addiu $sp, $sp, 8
`
	res, err := misfit.Rewrite(assemble(t, src), misfit.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if res.Stats.Hoisted != 1 || res.Stats.SPWrites != 2 || res.Stats.Stores != 1 || res.Stats.Loads != 1 || res.Stats.Returns != 1 {
		t.Errorf("stats %+v", res.Stats)
	}
	if _, err := verify.Verify(res.Object, verify.Options{}); err != nil {
		t.Fatal(err)
	}
	bad := ".set noreorder\n.text\n.globl g\ng:\n jal g\n lw $t0, 0($ra)\n jr $ra\n nop\n"
	if _, err := misfit.Rewrite(assemble(t, bad), misfit.Options{}); err == nil || !strings.Contains(err.Error(), "delay slot of a call uses ra") {
		t.Errorf("ra in a call's delay slot: %v", err)
	}
}

// TestKernelCalls: a graft calls a graft-callable kernel function, then
// tail-calls it; rewritten, it returns what it returned before.
func TestKernelCalls(t *testing.T) {
	src := `.set noreorder
.text
.globl g
g:
	addiu $sp, $sp, -24
	sw $ra, 20($sp)
	jal graft_log
	nop
	move $a0, $v0
	lw $ra, 20($sp)
	j graft_log
	addiu $sp, $sp, 24
`
	obj := assemble(t, src)
	c := harness.Case{Entry: "g", Args: func(base uint32) [4]uint32 { return [4]uint32{40} }}
	for _, opt := range []misfit.Options{{Policy: misfit.Sandbox}, {Policy: misfit.Check}} {
		res, err := misfit.Rewrite(obj, opt)
		if err != nil {
			t.Fatal(err)
		}
		if res.Stats.CallableCalls != 2 || res.Stats.Returns != 1 || res.Stats.Hoisted != 1 {
			t.Errorf("%v: stats %+v", opt.Policy, res.Stats)
		}
		if _, err := verify.Verify(res.Object, verify.Options{}); err != nil {
			t.Fatal(err)
		}
		run, err := harness.RunObject(t.Context(), res.Object, c, harness.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if run.Status != 0 || run.Result != 42 || len(run.Escapes) > 0 {
			t.Errorf("%v: status %d result %d escapes %v", opt.Policy, run.Status, run.Result, run.Escapes)
		}
	}
}

// TestPC16: a branch to a global label carries an R_MIPS_PC16 relocation
// (GNU as emits one); rewritten, it still lands on the label.
func TestPC16(t *testing.T) {
	src := `.set noreorder
.text
.globl g
g:
	beq $a0, $zero, h
	nop
	sw $a0, 0($a1)
	jr $ra
	addiu $v0, $zero, 1
.globl h
h:
	lw $v0, 4($a1)
	jr $ra
	addiu $v0, $v0, 5
`
	obj := assemble(t, src)
	region := make([]byte, 0x3000)
	region[0x2004] = 37
	for _, a0 := range []uint32{0, 1} {
		c := harness.Case{Entry: "g", Region: region, Args: func(base uint32) [4]uint32 { return [4]uint32{a0, base + 0x2000} }}
		orig, err := harness.RunObject(t.Context(), obj, c, harness.Options{})
		if err != nil {
			t.Fatal(err)
		}
		want := map[uint32]uint32{0: 42, 1: 1}[a0]
		if orig.Status != 0 || orig.Result != want {
			t.Fatalf("a0=%d: original: status %d result %d, want %d", a0, orig.Status, orig.Result, want)
		}
		for _, pol := range []misfit.Policy{misfit.Sandbox, misfit.Check} {
			res, err := misfit.Rewrite(obj, misfit.Options{Policy: pol})
			if err != nil {
				t.Fatal(err)
			}
			if _, err := verify.Verify(res.Object, verify.Options{}); err != nil {
				t.Fatal(err)
			}
			run, err := harness.RunObject(t.Context(), res.Object, c, harness.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if run.Status != 0 || run.Result != want || len(run.Escapes) > 0 {
				t.Errorf("a0=%d %v: status %d result %d escapes %v, want %d", a0, pol, run.Status, run.Result, run.Escapes, want)
			}
		}
	}
}
