package kernel

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"graftlab/cpu"
	"graftlab/isa"
	"graftlab/isa/asm"
)

func asmObject(t testing.TB, src string) []byte {
	t.Helper()
	f, err := asm.Assemble("g.s", []byte(src), asm.Options{})
	if err != nil {
		t.Fatal(err)
	}
	b, err := f.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// The loader's relocation pass and placement: data, HI16/LO16 pairs, calls
// to exports, a PC16 branch to a global label, R_MIPS_32 words.
func TestLoadGraftLink(t *testing.T) {
	src := `	.set	noreorder
	.text
	.globl	graft
graft:
	addiu	$sp, $sp, -24
	sw	$ra, 20($sp)
	lui	$t0, %hi(val+4)
	lw	$a0, %lo(val+4)($t0)	# 41
	jal	graft_log		# 42
	nop
	lui	$t0, %hi(ptr)
	lw	$t1, %lo(ptr)($t0)	# &val
	lw	$t1, 0($t1)		# 7
	addu	$v0, $v0, $t1		# 49
	b	out
	nop
	.globl	out
out:
	lw	$ra, 20($sp)
	jr	$ra
	addiu	$sp, $sp, 24
	.data
	.align	2
val:	.word	7, 41
ptr:	.word	val
	.bss
buf:	.space	64
`
	g, err := LoadGraft(GraftConfig{Object: asmObject(t, src), Unverified: true, Entry: "graft", Watch: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Warnings) != 1 || !strings.Contains(g.Warnings[0], "unverified") {
		t.Errorf("warnings %q", g.Warnings)
	}
	if g.Symbols["val"] != GraftDataBase || g.Symbols["buf"] != GraftDataBase+16 || g.Entry != GraftCodeBase {
		t.Errorf("placement: val %#x buf %#x entry %#x", g.Symbols["val"], g.Symbols["buf"], g.Entry)
	}
	run, err := g.Call(context.Background(), cpu.Limits{MaxInstructions: 10000})
	if err != nil {
		t.Fatal(err)
	}
	if run.Result != 49 || run.Aborted || len(run.Escapes) > 0 || run.Exception != nil {
		t.Errorf("result %d, aborted %v, escapes %v, exception %v", run.Result, run.Aborted, run.Escapes, run.Exception)
	}
	if _, err := g.Call(context.Background(), cpu.Limits{}); err == nil {
		t.Error("second call: no error")
	}
}

func TestLoadGraftErrors(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{"\t.text\n\t.globl graft\ngraft:\n\tjal secret\n\tnop\n", `.text+0x0: undefined symbol "secret" is not exported by the kernel`},
		{"\t.text\n\t.globl graft\ngraft:\n\tlui $t0, %hi(x)\n\tjr $ra\n\tnop\n\t.data\nx:\t.word 0\n", "R_MIPS_HI16 without a matching R_MIPS_LO16"},
		{"\t.text\n\t.globl graft\ngraft:\n\tjr $ra\n\tnop\n\t.data\n\t.space 0x10000\n", "do not fit the 65536-byte region below its 1024-byte stack"},
		{"\t.text\n\tjr $ra\n\tnop\n", `no entry point "graft"`},
	} {
		_, err := LoadGraft(GraftConfig{Object: asmObject(t, c.src), Unverified: true, Entry: "graft"})
		if err == nil || !errors.Is(err, ErrGraft) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: got %v, want %q", c.src, err, c.want)
		}
	}
	obj := asmObject(t, "\t.text\n\t.globl graft\ngraft:\n\tjr $ra\n\tnop\n")
	if _, err := LoadGraft(GraftConfig{Object: obj, Unverified: true, Entry: "graft", Shared: []byte{1}, RegionSize: 8192}); err != nil {
		t.Errorf("shared data with no graft data: %v", err)
	}
	dataObj := asmObject(t, "\t.text\n\t.globl graft\ngraft:\n\tjr $ra\n\tnop\n\t.data\n\t.word 1\n")
	if _, err := LoadGraft(GraftConfig{Object: dataObj, Unverified: true, Entry: "graft", Shared: []byte{0, 0, 0, 1}}); err == nil || !strings.Contains(err.Error(), "overlaps the graft's sections") {
		t.Errorf("overlapping shared data: %v", err)
	}
	if _, err := LoadGraft(GraftConfig{Object: obj, Unverified: true, Entry: "graft", RegionSize: 1 << 21}); err == nil || !strings.Contains(err.Error(), "want a power of two") {
		t.Errorf("2 MiB region: %v", err)
	}
	if _, err := LoadGraft(GraftConfig{Object: []byte("junk"), Unverified: true, Entry: "graft"}); err == nil || !errors.Is(err, ErrGraft) {
		t.Errorf("junk: %v", err)
	}
	// The signature requirement is on by default.
	if _, err := LoadGraft(GraftConfig{Object: obj, Entry: "graft"}); err == nil || !strings.Contains(err.Error(), "graft refused") {
		t.Errorf("unsigned, unrewritten, default config: %v", err)
	}
}

// FuzzLoadGraft: whatever object the loader gets with verification off, it
// refuses it with an error or loads it, and a call ends within its limits.
func FuzzLoadGraft(f *testing.F) {
	f.Add(asmObject(f, "\t.set noreorder\n\t.text\n\t.globl graft\ngraft:\n\tlui $t0, %hi(x)\n\tlw $v0, %lo(x)($t0)\n\tjal graft_log\n\tnop\n\tjr $ra\n\tnop\n\t.data\nx:\t.word 5\n"), uint16(0), byte(0))
	f.Fuzz(func(t *testing.T, obj []byte, at uint16, b byte) {
		if len(obj) > 0 {
			obj = append([]byte(nil), obj...)
			obj[int(at)%len(obj)] ^= b
		}
		g, err := LoadGraft(GraftConfig{Object: obj, Unverified: true, Entry: "graft", Watch: true})
		if err != nil {
			if !errors.Is(err, ErrGraft) {
				t.Fatalf("error not ErrGraft: %v", err)
			}
			return
		}
		g.Call(context.Background(), cpu.Limits{MaxInstructions: 20000})
	})
}

// A graft that never ends is stopped by the kernel's timer, in guest code,
// after its budget; one that faults is aborted with the exception recorded.
func TestGraftBoundsAndFaults(t *testing.T) {
	loop := asmObject(t, "\t.set noreorder\n\t.text\n\t.globl graft\ngraft:\n1:\tb 1b\n\tnop\n")
	g, err := LoadGraft(GraftConfig{Object: loop, Unverified: true, Entry: "graft", Watch: true, Budget: 5000})
	if err != nil {
		t.Fatal(err)
	}
	run, err := g.Call(context.Background(), cpu.Limits{MaxInstructions: 1_000_000})
	if err != nil {
		t.Fatal(err)
	}
	// ideal: one cycle per instruction; the timer fires when Count reaches
	// Compare, set 5000 cycles ahead 39 instructions before the entry.
	if !run.TimedOut || !run.Aborted || run.Exception != nil || len(run.Escapes) > 0 || run.Instructions != 4961 {
		t.Errorf("loop: timed out %v, aborted %v, exception %v, escapes %v, %d instructions", run.TimedOut, run.Aborted, run.Exception, run.Escapes, run.Instructions)
	}
	bad := asmObject(t, "\t.set noreorder\n\t.text\n\t.globl graft\ngraft:\n\tlw $v0, 2($a0)\n\tjr $ra\n\tnop\n")
	g, err = LoadGraft(GraftConfig{Object: bad, Unverified: true, Entry: "graft", Watch: true, Args: [4]uint32{GraftDataBase}})
	if err != nil {
		t.Fatal(err)
	}
	run, err = g.Call(context.Background(), cpu.Limits{MaxInstructions: 100_000})
	if err != nil {
		t.Fatal(err)
	}
	e := run.Exception
	if !run.Aborted || run.TimedOut || e == nil || e.Code != isa.ExcAdEL || e.PC != GraftCodeBase || e.BadVAddr != GraftDataBase+2 {
		t.Errorf("misaligned load: aborted %v, timed out %v, exception %+v", run.Aborted, run.TimedOut, e)
	}
}

// No kernel value reaches a graft: every register the ABI does not define
// is zero at the entry.
func TestGraftEntryRegisters(t *testing.T) {
	src := "\t.set noreorder\n\t.set noat\n\t.text\n\t.globl graft\ngraft:\n\tmfhi $v0\n\tmflo $v1\n\tor $v0, $v0, $v1\n"
	for _, r := range []string{"$at", "$v1", "$t0", "$t1", "$t2", "$t3", "$t4", "$t5", "$t6", "$t7", "$t8", "$s0", "$s1", "$s2", "$s3", "$k0", "$k1", "$gp", "$fp"} {
		src += "\tor $v0, $v0, " + r + "\n"
	}
	src += "\tjr $ra\n\tnop\n"
	g, err := LoadGraft(GraftConfig{Object: asmObject(t, src), Unverified: true, Entry: "graft", Watch: true})
	if err != nil {
		t.Fatal(err)
	}
	run, err := g.Call(context.Background(), cpu.Limits{MaxInstructions: 100_000})
	if err != nil {
		t.Fatal(err)
	}
	if run.Result != 0 || run.Aborted {
		t.Errorf("registers at entry OR to %#x (aborted %v): a kernel value reached the graft", run.Result, run.Aborted)
	}
}

// The monitor refuses a jump into the middle of an export (past its
// argument check), even for an unverified graft.
func TestGraftMonitorExportMiddle(t *testing.T) {
	k, err := BuildGraftKernel()
	if err != nil {
		t.Fatal(err)
	}
	memset, _ := k.Symbol("memset")
	src := fmt.Sprintf("\t.set noreorder\n\t.text\n\t.globl graft\ngraft:\n\tli $t0, %#x\n\tjr $t0\n\tnop\n", memset+20)
	g, err := LoadGraft(GraftConfig{Object: asmObject(t, src), Unverified: true, Entry: "graft", Watch: true})
	if err != nil {
		t.Fatal(err)
	}
	run, err := g.Call(context.Background(), cpu.Limits{MaxInstructions: 100_000})
	if err != nil {
		t.Fatal(err)
	}
	if len(run.Escapes) != 1 || run.Escapes[0].Kind != "jump into the kernel other than at an export's entry" || run.Escapes[0].Addr != memset+20 {
		t.Errorf("escapes %v", run.Escapes)
	}
}

// A tick that arrives once the graft has returned (at misfit_return,
// before the kernel turns interrupts off) does not turn the return into a
// time-out; one that arrives a cycle earlier, in the graft, does.
func TestGraftBudgetEdge(t *testing.T) {
	ret := asmObject(t, "\t.set noreorder\n\t.text\n\t.globl graft\ngraft:\n\tjr $ra\n\tli $v0, 7\n")
	for budget := uint32(42); budget <= 50; budget++ {
		g, err := LoadGraft(GraftConfig{Object: ret, Unverified: true, Entry: "graft", Budget: budget})
		if err != nil {
			t.Fatal(err)
		}
		run, err := g.Call(context.Background(), cpu.Limits{MaxInstructions: 10_000})
		if err != nil {
			t.Fatal(err)
		}
		// Under ideal, the tick is taken before the instruction 42+k cycles
		// after the stub sets Compare: the stub's last one at 42, the graft's
		// two at 43 and 44, then misfit_return and its slot (45, 46) and
		// graft_leave's first two (47, 48), after which interrupts are off.
		early := budget <= 44
		if run.TimedOut != early || run.Aborted != early || (!early && run.Result != 7) {
			t.Errorf("budget %d: timed out %v, aborted %v, result %d", budget, run.TimedOut, run.Aborted, run.Result)
		}
	}
}
