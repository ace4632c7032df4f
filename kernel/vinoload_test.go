package kernel

import (
	"crypto/ed25519"
	"encoding/binary"
	"fmt"
	"testing"

	"graftlab/misfit"
)

// Installing a graft from a program (vinoload.s): the object and the
// specification in a region of the program's, vino_install, then
// vino_call and vino_remove.
const (
	installObjVA  = 0x10000000
	installSpecVA = 0x10080000
)

// installSpec is a vino_install specification.
func installSpec(point GraftPoint, region uint32, entry string) []byte {
	b := make([]byte, 40)
	binary.LittleEndian.PutUint32(b, uint32(point))
	binary.LittleEndian.PutUint32(b[4:], region)
	copy(b[8:39], entry)
	return b
}

// installProg installs the object (objLen bytes) with the specification,
// then calls the graft with (40, 2) calls times and removes it after each
// call when remove is set. It exits with the install's errno when it
// fails, 254 when the remove fails, else 128 + the last call's result (or
// errno, when the call failed).
func installProg(objLen, calls int, remove bool) string {
	rm := ""
	if remove {
		rm = fmt.Sprintf(`
	move	$a0, $s0
	li	$v0, %d
	syscall
	bnez	$a3, 8f
	nop
	li	$a0, %d
	li	$a1, %d
	li	$a2, %d
	li	$v0, %d
	syscall
	bnez	$a3, 9f
	nop
	move	$s0, $v0`, SysVinoRemove, installObjVA, objLen, installSpecVA, SysVinoInstall)
	}
	return fmt.Sprintf(`
	li	$a0, %d
	li	$a1, %d
	li	$a2, %d
	li	$v0, %d
	syscall
	bnez	$a3, 9f
	nop
	move	$s0, $v0
	li	$s1, %d
1:	move	$a0, $s0
	li	$a1, 40
	li	$a2, 2
	li	$v0, %d
	syscall
	move	$s2, $v0
%s
	addiu	$s1, $s1, -1
	bnez	$s1, 1b
	nop
	addiu	$a0, $s2, 128
	li	$v0, 4001
	syscall
8:	li	$a0, 254
	li	$v0, 4001
	syscall
9:	move	$a0, $v0
	li	$v0, 4001
	syscall
`, installObjVA, objLen, installSpecVA, SysVinoInstall, calls, SysVinoCall, rm)
}

func installRun(t *testing.T, obj, spec []byte, keys []ed25519.PublicKey, calls int, remove bool) (int, *System) {
	t.Helper()
	exe := guestProg(t, Conventional, installProg(len(obj), calls, remove))
	pages := func(n int) uint32 { return uint32((n + 4095) / 4096) }
	cfg := Config{Program: exe, GraftKeys: keys, Regions: []Region{
		{VA: installObjVA, Pages: max(pages(len(obj)), 1), Data: obj},
		{VA: installSpecVA, Pages: 1, Data: spec},
	}}
	_, status, sys := bootRun(t, cfg, 200_000_000)
	return status, sys
}

const addGraft = `
	.globl	add
add:
	jr	$ra
	addu	$v0, $a0, $a1
`

func signedAdd(t testing.TB, key ed25519.PrivateKey) []byte {
	t.Helper()
	obj := asmObject(t, "\t.set noreorder\n\t.text\n"+addGraft)
	res, err := misfit.Rewrite(obj, misfit.Options{Callable: VinoExports, Key: key})
	if err != nil {
		t.Fatal(err)
	}
	return res.Object
}

func TestVinoInstall(t *testing.T) {
	pub := vinoKey.Public().(ed25519.PublicKey)
	keys := []ed25519.PublicKey{pub}
	good := signedAdd(t, vinoKey)
	other := ed25519.NewKeyFromSeed(append(make([]byte, 31), 1))
	unsigned, err := misfit.Rewrite(asmObject(t, "\t.set noreorder\n\t.text\n"+addGraft), misfit.Options{Callable: VinoExports})
	if err != nil {
		t.Fatal(err)
	}
	flipped := append([]byte{}, good...)
	flipped[0x40] ^= 1
	spec := installSpec(PointCall, 0, "add")
	for _, c := range []struct {
		name string
		obj  []byte
		spec []byte
		keys []ed25519.PublicKey
		want int
	}{
		{"installed", good, spec, keys, 128 + 42},
		{"unsigned", unsigned.Object, spec, keys, 74},                                 // EBADMSG
		{"untrusted key", signedAdd(t, other), spec, keys, 13},                        // EACCES
		{"no trusted key", good, spec, nil, 13},                                       // EACCES
		{"a flipped bit", flipped, spec, keys, 74},                                    // EBADMSG
		{"no such entry", good, installSpec(PointCall, 0, "sub"), keys, 2},            // ENOENT
		{"a region too small", good, installSpec(PointCall, 0x2000, "add"), keys, 22}, // EINVAL
		{"a region not a power of two", good, installSpec(PointCall, 0x5000, "add"), keys, 22},
		{"no such point", good, installSpec(9, 0, "add"), keys, 22},
		{"not an object", make([]byte, 300), spec, keys, 74},
	} {
		t.Run(c.name, func(t *testing.T) {
			status, _ := installRun(t, c.obj, c.spec, c.keys, 1, false)
			if status != c.want {
				t.Errorf("status %d, want %d", status, c.want)
			}
		})
	}
}

// Install, call, remove, again: the slot is reused, and each remove gives
// back every page the graft had; when its owner exits, the graft it
// installed last leaves the kernel too.
func TestVinoInstallRemove(t *testing.T) {
	keys := []ed25519.PublicKey{vinoKey.Public().(ed25519.PublicKey)}
	status, sys := installRun(t, signedAdd(t, vinoKey), installSpec(PointCall, 0, "add"), keys, 3, true)
	if status != 128+42 {
		t.Fatalf("status %d, want %d", status, 128+42)
	}
	st, err := sys.VinoState()
	if err != nil {
		t.Fatal(err)
	}
	for i, g := range st.Grafts {
		if g[0] != 0 {
			t.Errorf("slot %d: state %d after its owner exited", i, g[0])
		}
	}
	// Only the stub page stays mapped in graft space.
	if len(st.PTEs) != 1 || st.PTEs[VinoStubs] == 0 || st.Pages != 0 {
		t.Errorf("graft space after the exit: %d pages mapped (%v), %d heap pages", len(st.PTEs), st.PTEs, st.Pages)
	}
}

// Every slot taken: the ninth install is refused with ENOSPC; and an entry
// that is not one of the graft's entry points (a rewriter's stub, a data
// symbol) is refused with ENOENT.
func TestVinoInstallLimits(t *testing.T) {
	keys := []ed25519.PublicKey{vinoKey.Public().(ed25519.PublicKey)}
	obj := signedAdd(t, vinoKey)
	prog := fmt.Sprintf(`
	li	$s0, 9
1:	li	$a0, %d
	li	$a1, %d
	li	$a2, %d
	li	$v0, %d
	syscall
	bnez	$a3, 9f
	addiu	$s0, $s0, -1
	bnez	$s0, 1b
	nop
	li	$a0, 0
	li	$v0, 4001
	syscall
9:	move	$a0, $v0
	li	$v0, 4001
	syscall
`, installObjVA, len(obj), installSpecVA, SysVinoInstall)
	cfg := Config{Program: guestProg(t, Conventional, prog), GraftKeys: keys, Regions: []Region{
		{VA: installObjVA, Pages: 1, Data: obj},
		{VA: installSpecVA, Pages: 1, Data: installSpec(PointCall, 0, "add")},
	}}
	if _, status, _ := bootRun(t, cfg, 500_000_000); status != 28 {
		t.Errorf("nine installs: status %d, want 28 (ENOSPC)", status)
	}
	for _, entry := range []string{"__misfit_return", "__misfit_fault", "", "add\x00x"} {
		status, _ := installRun(t, obj, installSpec(PointCall, 0, entry), keys, 1, false)
		if status != 2 && !(entry == "add\x00x" && status == 128+42) {
			t.Errorf("entry %q: status %d, want 2 (ENOENT)", entry, status)
		}
	}
}
