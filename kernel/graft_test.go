package kernel

import (
	"context"
	"errors"
	"strings"
	"testing"

	"graftlab/cpu"
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
