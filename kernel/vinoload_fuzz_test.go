package kernel

import (
	"context"
	"crypto/ed25519"
	"encoding/binary"
	"fmt"
	"testing"

	"graftlab/cpu"
	"graftlab/misfit/sign"
	"graftlab/misfit/verify"
)

// FuzzVinoInstall installs mutated grafts through vino_install and runs a
// random sequence of invocations, removals and reinstalls. The object is
// the fuzzer's; with resign set, the test plays the rewriter: MiSFIT's
// verifier (Go's) must accept the object, and only then is it signed with
// the key the kernel trusts. The kernel must accept exactly the objects
// that carry a good signature by that key, link and have the entry, and
// whatever the sequence does, the machine ends with the program's exit
// and the kernel's VINO state back at rest.
func FuzzVinoInstall(f *testing.F) {
	good := signedAdd(f, vinoKey)
	f.Add(good, false, []byte{0, 1, 2, 3, 4, 5})
	f.Add(good, true, []byte{1, 2, 0, 3, 0, 0})
	f.Add(good[:len(good)/2], false, []byte{})
	flipped := append([]byte{}, good...)
	flipped[len(flipped)/3] ^= 0x40
	f.Add(flipped, true, []byte{0, 0, 2})
	f.Add([]byte{0x7f, 'E', 'L', 'F'}, true, []byte{3})
	pub := vinoKey.Public().(ed25519.PublicKey)
	keys := []ed25519.PublicKey{pub}
	pl := verify.Placement{CodeBase: VinoSlot(0), CodeSize: 0x10000, DataBase: VinoSlot(0) + VinoDataOff, RegionSize: DefaultVinoRegion,
		StackReserve: VinoIOPage, Kernel: map[string]uint32{}}
	for i, e := range VinoStubNames {
		pl.Kernel[e] = VinoStubs + 16*uint32(i)
	}
	prog := guestProg(f, Conventional, fuzzInstallProg)
	f.Fuzz(func(t *testing.T, obj []byte, resign bool, ops []byte) {
		if len(obj) == 0 || len(obj) > 0x8000 || len(ops) > 16 {
			return
		}
		if resign {
			if _, err := verify.Load(obj, verify.Config{Callable: VinoExports, AllowUnsigned: true}, pl); err != nil {
				return // the rewriter's verifier refuses it: nothing is signed
			}
			s, err := sign.Sign(obj, vinoKey)
			if err != nil {
				return
			}
			obj = s
		}
		// What the kernel must decide: accept exactly a good signature by
		// the trusted key whose object links and has the entry.
		accept := false
		if sign.Check(obj, keys) == nil {
			if img, err := verify.Load(obj, verify.Config{Keys: keys, Callable: VinoExports}, pl); err == nil {
				_, accept = img.Entries["add"]
			}
		}
		opsData := make([]byte, 4+len(ops))
		binary.LittleEndian.PutUint32(opsData, uint32(len(ops)))
		copy(opsData[4:], ops)
		cfg := Config{Program: prog, GraftKeys: keys, GraftBudget: 100000, TimerInterval: 30000, Regions: []Region{
			{VA: installObjVA, Pages: uint32(len(obj)+4095) / 4096, Data: obj},
			{VA: installSpecVA, Pages: 1, Data: installSpec(PointCall, 0, "add")},
			{VA: installSpecVA + 0x1000, Pages: 1, Data: append(binary.LittleEndian.AppendUint32(nil, uint32(len(obj))), opsData...)},
		}}
		cfg.Profile = dec5000(t)
		sys, err := Boot(cfg)
		if err != nil {
			t.Fatal(err)
		}
		stop, err := sys.Run(context.Background(), cpu.Limits{MaxInstructions: 100_000_000})
		if err != nil {
			t.Fatal(err)
		}
		if stop.Reason != cpu.StopHalted {
			t.Fatalf("stopped: %v at pc %#x", stop.Reason, sys.Machine.PC)
		}
		installed := stop.Status >= 100 && stop.Status < 100+VinoSlots
		if installed != accept {
			t.Fatalf("exit status %d (installed %v); Go's verdict: accept %v", stop.Status, installed, accept)
		}
		if !installed && stop.Status != 74 && stop.Status != 13 && stop.Status != 8 && stop.Status != 2 {
			t.Fatalf("refused with errno %d", stop.Status)
		}
		st, err := sys.VinoState()
		if err != nil {
			t.Fatal(err)
		}
		if st.Depth != 0 || st.UndoN != 0 || st.HeldN != 0 || st.Cur != 0 {
			t.Fatalf("VINO not at rest: %+v", st)
		}
	})
}

// fuzzInstallProg installs the object in its region, then runs the ops
// (their count and bytes in the third region): op%4 == 0 calls slot 0 with
// (op, op), 1 removes it, 2 installs it again, 3 calls slot op>>2. It
// exits with 100 + the first install's slot, or its errno.
var fuzzInstallProg = fmt.Sprintf(`
	li	$t0, %d
	lw	$a1, 0($t0)		# the object's length
	move	$s4, $a1
	li	$a0, %d
	li	$a2, %d
	li	$v0, %d
	syscall
	bnez	$a3, 9f
	nop
	addiu	$s5, $v0, 100
	li	$t0, %d
	lw	$s0, 4($t0)		# ops
	addiu	$s1, $t0, 8
1:	beqz	$s0, 8f
	nop
	lbu	$s2, 0($s1)
	andi	$t1, $s2, 3
	li	$t2, 1
	beq	$t1, $t2, 3f
	li	$t2, 2
	beq	$t1, $t2, 4f
	li	$t2, 3
	beq	$t1, $t2, 5f
	nop
	move	$a0, $zero		# 0: call slot 0
	move	$a1, $s2
	move	$a2, $s2
	li	$v0, %d
	syscall
	b	6f
	nop
3:	move	$a0, $zero		# 1: remove slot 0
	li	$v0, %d
	syscall
	b	6f
	nop
4:	li	$a0, %d			# 2: install again
	move	$a1, $s4
	li	$a2, %d
	li	$v0, %d
	syscall
	b	6f
	nop
5:	srl	$a0, $s2, 2		# 3: call another slot
	li	$v0, %d
	syscall
6:	addiu	$s0, $s0, -1
	b	1b
	addiu	$s1, $s1, 1
8:	move	$a0, $s5
	li	$v0, 4001
	syscall
9:	move	$a0, $v0
	li	$v0, 4001
	syscall
`, installSpecVA+0x1000, installObjVA, installSpecVA, SysVinoInstall, installSpecVA+0x1000,
	SysVinoCall, SysVinoRemove, installObjVA, installSpecVA, SysVinoInstall, SysVinoCall)
