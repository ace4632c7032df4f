package kernel

import (
	"crypto/ed25519"
	"fmt"
	"graftlab/cpu"
	"graftlab/loader"
	"testing"

	"graftlab/misfit"
	"graftlab/misfit/suite"
)

// vinoKey is the test's signing key: fixed, so runs are deterministic.
var vinoKey = ed25519.NewKeyFromSeed(make([]byte, ed25519.SeedSize))

// vinoGraft assembles src, rewrites it with MiSFIT for VINO's exports and
// signs it; unprotected skips both.
func vinoGraft(t testing.TB, src, entry string, unprotected bool) VinoGraft {
	t.Helper()
	obj := asmObject(t, "\t.set noreorder\n\t.text\n"+src)
	if unprotected {
		return VinoGraft{Object: obj, Entry: entry, Unverified: true, Flags: VinoAll, Quota: 2, Budget: 200000}
	}
	res, err := misfit.Rewrite(obj, misfit.Options{Callable: VinoExports, Key: vinoKey})
	if err != nil {
		t.Fatal(err)
	}
	return VinoGraft{Object: res.Object, Entry: entry, Keys: []ed25519.PublicKey{vinoKey.Public().(ed25519.PublicKey)},
		Flags: VinoAll, Quota: 2, Budget: 200000}
}

// vinoCallProg calls graft slot 0 with (a1, a2) n times and exits with
// the last result, or with 100 + (errno - VinoErrno) when the call failed.
func vinoCallProg(t *testing.T, a1, a2, n int) string {
	return fmt.Sprintf(`
	li	$s0, %d
1:	li	$a0, 0
	li	$a1, %d
	li	$a2, %d
	li	$v0, %d
	syscall
	addiu	$s0, $s0, -1
	bnez	$s0, 1b
	nop
	beqz	$a3, 2f
	nop
	addiu	$v0, $v0, %d
2:	move	$a0, $v0
	li	$v0, 4001
	syscall
`, n, a1, a2, SysVinoCall, 100-VinoErrno)
}

func vinoRun(t *testing.T, g VinoGraft, prog string) (int, *System) {
	t.Helper()
	exe := guestProg(t, Conventional, prog)
	_, status, sys := bootRun(t, Config{Program: exe, Grafts: []VinoGraft{g}, TimerInterval: 20000}, 50_000_000)
	return status, sys
}

func TestVinoCall(t *testing.T) {
	add := `
	.globl	add
add:
	jr	$ra
	addu	$v0, $a0, $a1
`
	for _, unprotected := range []bool{false, true} {
		status, _ := vinoRun(t, vinoGraft(t, add, "add", unprotected), vinoCallProg(t, 40, 2, 3))
		if status != 42 {
			t.Errorf("unprotected %v: status %d, want 42", unprotected, status)
		}
	}
}

// Each way a graft can go wrong aborts its invocation with its status;
// the kernel and the program go on.
func TestVinoAborts(t *testing.T) {
	for _, c := range []struct {
		name, src   string
		unprotected bool
		want        int
	}{
		{"break", "\t.globl g\ng:\n\tbreak\n\tjr $ra\n\tnop\n", true, 100 + VinoFault},
		{"loop", "\t.globl g\ng:\n1:\tb 1b\n\tnop\n", false, 100 + VinoTime},
		{"guard", "\t.globl g\ng:\n\tlui $t0, %hi(0xc0080000)\n\tsw $zero, -4($t0)\n\tjr $ra\n\tnop\n", true, 100 + VinoFault},
		{"code", "\t.globl g\ng:\n\tlui $t0, %hi(0xc0000000)\n\tsw $zero, 0($t0)\n\tjr $ra\n\tnop\n", true, 100 + VinoFault},
		{"quota", "\t.globl g\ng:\n\taddiu $sp, $sp, -24\n\tsw $ra, 20($sp)\n1:\tjal vino_alloc\n\tnop\n\tbnez $v0, 1b\n\tnop\n\tlw $ra, 20($sp)\n\tjr $ra\n\taddiu $sp, $sp, 24\n", false, 100 + VinoQuotaExceeded},
		{"lock", "\t.globl g\ng:\n\tjal vino_lock\n\tli $a0, 3\n1:\tb 1b\n\tnop\n", false, 100 + VinoLock},
		{"addr", "\t.globl g\ng:\n\tlw $v0, 1($s6)\n\tjr $ra\n\tnop\n", true, 100 + VinoFault},
		{"overflow", "\t.globl g\ng:\n\tlui $t0, 0x7fff\n\tadd $v0, $t0, $t0\n\tjr $ra\n\tnop\n", true, 100 + VinoFault},
		{"syscall", "\t.globl g\ng:\n\tsyscall\n\tjr $ra\n\tnop\n", true, 100 + VinoFault},
	} {
		t.Run(c.name, func(t *testing.T) {
			g := vinoGraft(t, c.src, "g", c.unprotected)
			g.Budget = 2_000_000
			status, sys := vinoRun(t, g, vinoCallProg(t, 0, 0, 2))
			if status != c.want {
				t.Fatalf("status %d, want %d", status, c.want)
			}
			if n := vinoWord(t, sys, "vino_pages"); n != 0 {
				t.Errorf("vino_pages %d after the aborts", n)
			}
			if n := vinoWord(t, sys, "vino_depth"); n != 0 {
				t.Errorf("vino_depth %d", n)
			}
		})
	}
}

func vinoWord(t testing.TB, sys *System, sym string) uint32 {
	t.Helper()
	a, err := sys.Kernel.Symbol(sym)
	if err != nil {
		t.Fatal(err)
	}
	v, err := ramWord(sys.Machine, a)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// The scheduler's graft point: a graft that always chooses environment 1
// runs it until it exits; then its choice is not runnable and the default
// round robin runs environment 0.
func TestVinoSched(t *testing.T) {
	prog := func(c byte, status int) string {
		return convPuts + fmt.Sprintf(`
	li	$s0, 4
1:	PUTC	'%c'
	li	$v0, 4162		# sched_yield
	syscall
	addiu	$s0, $s0, -1
	bnez	$s0, 1b
	nop
	EXIT	%d
`, c, status)
	}
	g := vinoGraft(t, "\t.globl pick\npick:\n\tjr $ra\n\tli $v0, 1\n", "pick", false)
	g.Point = PointSched
	a := guestProg(t, Conventional, prog('a', 3))
	b := guestProg(t, Conventional, prog('b', 4))
	out, status, sys := bootRun(t, Config{Program: a, Programs: []Program{{Executable: b}}, Grafts: []VinoGraft{g}}, 10_000_000)
	if out != "abbbbaaa" || status != 3 {
		t.Errorf("output %q, status %d; want abbbbaaa and 3", out, status)
	}
	if n := vinoWord(t, sys, "vino_depth"); n != 0 {
		t.Errorf("vino_depth %d", n)
	}
}

// The encryption graft point: the suite's xor graft attached to a pipe
// encrypts what goes through it; a graft that faults leaves the bytes as
// they are (the default method).
func TestVinoEncryptPipe(t *testing.T) {
	obj, err := suite.Object("xor")
	if err != nil {
		t.Fatal(err)
	}
	res, err := misfit.Rewrite(obj, misfit.Options{Callable: VinoExports, Key: vinoKey})
	if err != nil {
		t.Fatal(err)
	}
	key := []byte("graftlab-misfit!")
	shared := make([]byte, 0x3000+len(key))
	copy(shared[0x3000:], key)
	msg := "attack at dawn!!"
	prog := fmt.Sprintf(`
	li	$v0, 4042		# pipe
	syscall
	move	$s0, $v0
	move	$s1, $v1
	li	$a0, 0
	move	$a1, $s1
	li	$a2, %#x
	li	$a3, 15
	li	$v0, 4294		# vino_attach
	syscall
	bnez	$a3, 9f
	nop
	move	$a0, $s1
	la	$a1, msg
	li	$a2, 16
	li	$v0, 4004
	syscall
	move	$a0, $s0
	la	$a1, buf
	li	$a2, 16
	li	$v0, 4003
	syscall
	li	$a0, 1
	la	$a1, buf
	li	$a2, 16
	li	$v0, 4004
	syscall
	EXIT	0
9:	EXIT	1
	.data
msg:	.ascii	%q
buf:	.space	16
`, VinoSlot(0)+VinoDataOff+0x3000, msg)
	for _, c := range []struct {
		name string
		obj  []byte
		want string
	}{
		{"xor", res.Object, xorString(msg, key)},
		{"fault", nil, msg},
	} {
		t.Run(c.name, func(t *testing.T) {
			g := VinoGraft{Object: c.obj, Entry: "xor_crypt", Keys: []ed25519.PublicKey{vinoKey.Public().(ed25519.PublicKey)},
				Point: PointEncrypt, Flags: VinoAll, Budget: 1_000_000, Shared: shared}
			if c.obj == nil {
				g = vinoGraft(t, "\t.globl xor_crypt\nxor_crypt:\n\tsb $zero, 0($a0)\n\tbreak\n", "xor_crypt", true)
				g.Point = PointEncrypt
			}
			out, status, _ := bootRun(t, Config{Program: guestProg(t, Conventional, prog), Grafts: []VinoGraft{g}}, 10_000_000)
			if out != c.want || status != 0 {
				t.Errorf("output %q, status %d; want %q, 0", out, status, c.want)
			}
		})
	}
}

func xorString(s string, key []byte) string {
	b := []byte(s)
	for i := range b {
		b[i] ^= key[i&15]
	}
	return string(b)
}

// Nested transactions: a graft calls another through vino_nested. An
// inner abort undoes the inner graft's effects only; an outer abort after
// an inner commit undoes both.
func TestVinoNested(t *testing.T) {
	src := `
	.globl	outer, inner_abort, inner_commit, reader, outer_fault
outer:				# set var 1 to 11, call slot a0, return var1 + var2
	addiu	$sp, $sp, -24
	sw	$ra, 20($sp)
	sw	$s0, 16($sp)
	move	$s0, $a0
	li	$a0, 1
	jal	vino_set
	li	$a1, 11
	jal	vino_nested
	move	$a0, $s0
	jal	vino_get
	li	$a0, 1
	move	$s0, $v0
	jal	vino_get
	li	$a0, 2
	addu	$v0, $v0, $s0
	lw	$ra, 20($sp)
	lw	$s0, 16($sp)
	jr	$ra
	addiu	$sp, $sp, 24
outer_fault:			# the same, then a failed check
	addiu	$sp, $sp, -24
	sw	$ra, 20($sp)
	li	$a0, 1
	jal	vino_set
	li	$a1, 11
	jal	vino_nested
	li	$a0, 2
	sw	$zero, 0($zero)
	lw	$ra, 20($sp)
	jr	$ra
	addiu	$sp, $sp, 24
inner_abort:			# set var 2 to 22, then a failed check
	addiu	$sp, $sp, -24
	sw	$ra, 20($sp)
	li	$a0, 2
	jal	vino_set
	li	$a1, 22
	sw	$zero, 0($zero)
	lw	$ra, 20($sp)
	jr	$ra
	addiu	$sp, $sp, 24
inner_commit:			# set var 2 to 22
	addiu	$sp, $sp, -24
	sw	$ra, 20($sp)
	li	$a0, 2
	jal	vino_set
	li	$a1, 22
	lw	$ra, 20($sp)
	jr	$ra
	addiu	$sp, $sp, 24
reader:				# var1 + var2
	addiu	$sp, $sp, -24
	sw	$ra, 20($sp)
	sw	$s0, 16($sp)
	jal	vino_get
	li	$a0, 1
	move	$s0, $v0
	jal	vino_get
	li	$a0, 2
	addu	$v0, $v0, $s0
	lw	$ra, 20($sp)
	lw	$s0, 16($sp)
	jr	$ra
	addiu	$sp, $sp, 24
`
	obj := asmObject(t, "\t.set noreorder\n\t.text\n"+src)
	res, err := misfit.Rewrite(obj, misfit.Options{Policy: misfit.Check, Callable: VinoExports, Key: vinoKey})
	if err != nil {
		t.Fatal(err)
	}
	keys := []ed25519.PublicKey{vinoKey.Public().(ed25519.PublicKey)}
	var grafts []VinoGraft
	for _, e := range []string{"outer", "inner_abort", "inner_commit", "reader", "outer_fault"} {
		grafts = append(grafts, VinoGraft{Object: res.Object, Entry: e, Keys: keys, Flags: VinoAll, Budget: 1_000_000})
	}
	// Call slot s with a1 and exit with 16*(status of the first call) + the
	// reader's result.
	prog := func(first, arg int) string {
		return fmt.Sprintf(`
	li	$a0, %d
	li	$a1, %d
	li	$v0, %d
	syscall
	move	$s0, $a3
	move	$s1, $v0
	li	$a0, 3
	li	$v0, %d
	syscall
	sll	$s0, $s0, 7
	addu	$a0, $v0, $s0
	li	$v0, 4001
	syscall
`, first, arg, SysVinoCall, SysVinoCall)
	}
	for _, c := range []struct {
		name       string
		first, arg int
		want       int
	}{
		{"inner aborts", 0, 1, 11},  // outer commits var1 = 11; the inner's var2 undone
		{"inner commits", 0, 2, 33}, // both commit
		{"outer aborts", 4, 0, 128}, // the inner committed into the outer, which aborted: both undone
	} {
		t.Run(c.name, func(t *testing.T) {
			_, status, sys := bootRun(t, Config{Program: guestProg(t, Conventional, prog(c.first, c.arg)), Grafts: grafts}, 10_000_000)
			if status != c.want {
				t.Errorf("status %d, want %d", status, c.want)
			}
			st, err := sys.VinoState()
			if err != nil {
				t.Fatal(err)
			}
			if st.Depth != 0 || st.UndoN != 0 || st.HeldN != 0 {
				t.Errorf("depth %d, undo %d, held %d after the calls", st.Depth, st.UndoN, st.HeldN)
			}
		})
	}
}

// The timer preempts a graft that a program's call started: another
// environment runs in the middle of the invocation, and the graft's budget
// counts only its own time (the environment's wait is not charged).
func TestVinoPreempt(t *testing.T) {
	spin := vinoGraft(t, `
	.globl	spin
spin:
	move	$v0, $a0
1:	addiu	$a0, $a0, -1
	bnez	$a0, 1b
	nop
	jr	$ra
	addiu	$v0, $v0, 7
`, "spin", false)
	spin.Budget = 500_000
	caller := guestProg(t, Conventional, convPuts+fmt.Sprintf(`
	PUTC	'A'
	li	$a0, 0
	li	$a1, 100000
	li	$v0, %d
	syscall
	bnez	$a3, 8f
	nop
	move	$s0, $v0
	PUTC	'B'
	li	$t0, 100007
	bne	$s0, $t0, 8f
	nop
	EXIT	0
8:	EXIT	1
`, SysVinoCall))
	// other prints an x every spin iterations, three times, and yields
	// after each.
	other := func(spin int) *loader.Executable {
		return guestProg(t, Conventional, convPuts+fmt.Sprintf(`
	li	$s0, 3
1:	li	$s1, %d
2:	addiu	$s1, $s1, -1
	bnez	$s1, 2b
	nop
	PUTC	'x'
	li	$v0, 4162		# sched_yield
	syscall
	addiu	$s0, $s0, -1
	bnez	$s0, 1b
	nop
	EXIT	0
`, spin))
	}
	for _, c := range []struct {
		spin int
		want string
	}{
		// Short work between yields: the other environment's three slices
		// fall inside the invocation.
		{1000, "AxxxB"},
		// Long work: the invocation's wall time (about 600000 cycles) is
		// past its budget (500000), its own time (about 300000) is not.
		{100000, "ABxxx"},
	} {
		for _, eng := range cpu.Engines() {
			out, status, sys := bootRunOn(t, Config{Program: caller, Programs: []Program{{Executable: other(c.spin)}}, Grafts: []VinoGraft{spin}, TimerInterval: 20000}, 50_000_000, eng)
			if status != 0 || out != c.want {
				t.Errorf("%T, spin %d: output %q, status %d; want %q, 0", eng, c.spin, out, status, c.want)
			}
			st, err := sys.VinoState()
			if err != nil {
				t.Fatal(err)
			}
			if st.Depth != 0 || st.Cur != 0 {
				t.Errorf("%T: VINO not at rest: depth %d, cur %#x", eng, st.Depth, st.Cur)
			}
			if w, _ := sys.KernelWord(mustSym(t, sys, "vino_susp_env")); w != 0 {
				t.Errorf("%T: a graft still waits for %#x", eng, w)
			}
		}
	}
}

func mustSym(t *testing.T, sys *System, name string) uint32 {
	t.Helper()
	a, err := sys.Kernel.Symbol(name)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// Policy variables belong to the grafts' owner: a graft of environment 1
// does not see what a graft of environment 0 set, nor a graft of a later
// environment 0 what an earlier one's set.
func TestVinoVarsPerOwner(t *testing.T) {
	set := vinoGraft(t, "\t.globl set\nset:\n\taddiu $sp, $sp, -24\n\tsw $ra, 20($sp)\n\tli $a0, 0\n\tjal vino_set\n\tli $a1, 5\n\tjal vino_get\n\tli $a0, 0\n\tlw $ra, 20($sp)\n\tjr $ra\n\taddiu $sp, $sp, 24\n", "set", false)
	get := vinoGraft(t, "\t.globl get\nget:\n\taddiu $sp, $sp, -24\n\tsw $ra, 20($sp)\n\tjal vino_get\n\tli $a0, 0\n\tlw $ra, 20($sp)\n\tjr $ra\n\taddiu $sp, $sp, 24\n", "get", false)
	get.Owner = 1
	call := func(slot int) string {
		return fmt.Sprintf("\tli $a0, %d\n\tli $v0, %d\n\tsyscall\n\tmove $a0, $v0\n\tli $v0, 4001\n\tsyscall\n", slot, SysVinoCall)
	}
	// Environment 0 sets its variable, then yields until environment 1
	// has read its own (environment 0 is still alive then).
	e0 := guestProg(t, Conventional, fmt.Sprintf("\tli $a0, 0\n\tli $v0, %d\n\tsyscall\n\tmove $s1, $v0\n\tli $s0, 4\n1:\tli $v0, 4162\n\tsyscall\n\taddiu $s0, $s0, -1\n\tbnez $s0, 1b\n\tnop\n\tmove $a0, $s1\n\tli $v0, 4001\n\tsyscall\n", SysVinoCall))
	e1 := guestProg(t, Conventional, call(1))
	_, status, sys := bootRun(t, Config{Program: e0, Programs: []Program{{Executable: e1}}, Grafts: []VinoGraft{set, get}}, 10_000_000)
	if status != 5 {
		t.Errorf("environment 0's graft read back %d, want 5", status)
	}
	if ex := sys.Exits(); len(ex) != 2 || ex[1].Status != 0 {
		t.Errorf("environment 1's graft read %+v, want 0", ex)
	}
	st, err := sys.VinoState()
	if err != nil {
		t.Fatal(err)
	}
	for i, v := range st.Vars {
		if v != 0 {
			t.Errorf("policy variable %d is %d after every owner ended", i, v)
		}
	}
}

// The quota is the owner's: two grafts of one owner, each with a quota of
// 2 pages, share it, so the second one's first page is over it.
func TestVinoQuotaPerOwner(t *testing.T) {
	keep := vinoGraft(t, "\t.globl keep\nkeep:\n\taddiu $sp, $sp, -24\n\tsw $ra, 20($sp)\n\tjal vino_alloc\n\tnop\n\tjal vino_alloc\n\tnop\n\tlw $ra, 20($sp)\n\tjr $ra\n\tli $v0, 7\n", "keep", false)
	one := vinoGraft(t, "\t.globl one\none:\n\taddiu $sp, $sp, -24\n\tsw $ra, 20($sp)\n\tjal vino_alloc\n\tnop\n\tlw $ra, 20($sp)\n\tjr $ra\n\tli $v0, 9\n", "one", false)
	prog := fmt.Sprintf(`
	li	$a0, 0
	li	$v0, %d
	syscall
	bnez	$a3, 8f
	li	$a0, 1
	li	$v0, %d
	syscall
	beqz	$a3, 8f
	nop
	addiu	$a0, $v0, 0
	li	$v0, 4001
	syscall
8:	li	$a0, 1
	li	$v0, 4001
	syscall
`, SysVinoCall, SysVinoCall)
	_, status, _ := bootRun(t, Config{Program: guestProg(t, Conventional, prog), Grafts: []VinoGraft{keep, one}}, 10_000_000)
	if status != VinoErrno+VinoQuotaExceeded {
		t.Errorf("status %d, want %d: the second graft's page over the owner's quota", status, VinoErrno+VinoQuotaExceeded)
	}
}

// A pipe's encryption graft is preempted too: another environment runs in
// the middle of the write, and the bytes come out encrypted.
func TestVinoPreemptEncrypt(t *testing.T) {
	slow := vinoGraft(t, `
	.globl	enc
enc:				# a0 = buffer, a1 = length: not each byte, slowly
	li	$t1, 100000
1:	addiu	$t1, $t1, -1
	bnez	$t1, 1b
	nop
2:	lbu	$t0, 0($a0)
	nor	$t0, $t0, $zero
	sb	$t0, 0($a0)
	addiu	$a1, $a1, -1
	bnez	$a1, 2b
	addiu	$a0, $a0, 1
	jr	$ra
	nop
`, "enc", false)
	slow.Point = PointEncrypt
	slow.Budget = 1_000_000
	writer := guestProg(t, Conventional, convPuts+`
	PUTC	'A'
	li	$v0, 4042		# pipe
	syscall
	move	$s0, $v0
	move	$s1, $v1
	li	$a0, 0
	move	$a1, $s1
	li	$v0, 4294		# vino_attach
	syscall
	bnez	$a3, 8f
	nop
	move	$a0, $s1
	la	$a1, msg
	li	$a2, 2
	li	$v0, 4004		# write: through the slow graft
	syscall
	move	$a0, $s0
	la	$a1, msg
	li	$a2, 2
	li	$v0, 4003
	syscall
	li	$a0, 1
	la	$a1, msg
	li	$a2, 2
	li	$v0, 4004
	syscall
	EXIT	0
8:	EXIT	1
	.data
msg:	.byte	0xbe, 0xbd
`)
	other := guestProg(t, Conventional, convPuts+`
	li	$s0, 3
1:	PUTC	'x'
	li	$v0, 4162
	syscall
	addiu	$s0, $s0, -1
	bnez	$s0, 1b
	nop
	EXIT	0
`)
	out, status, _ := bootRun(t, Config{Program: writer, Programs: []Program{{Executable: other}}, Grafts: []VinoGraft{slow}, TimerInterval: 20000}, 50_000_000)
	if status != 0 || out != "AxxxAB" {
		t.Errorf("output %q, status %d; want %q, 0", out, status, "AxxxAB")
	}
}

// The exokernel's call: EXO_VINO_CALL returns the result in v0 and the
// status in v1; an aborted invocation gives v1 = its status.
func TestVinoCallExo(t *testing.T) {
	add := vinoGraft(t, "\t.globl add\nadd:\n\tjr $ra\n\taddu $v0, $a0, $a1\n", "add", false)
	brk := vinoGraft(t, "\t.globl brk\nbrk:\n\tbreak\n\tjr $ra\n\tnop\n", "brk", true)
	prog := fmt.Sprintf(`
	li	$a0, 0
	li	$a1, 40
	li	$a2, 2
	li	$v0, %d
	syscall
	move	$s0, $v0		# 42
	move	$s1, $v1		# 0
	li	$a0, 1
	li	$v0, %d
	syscall
	sll	$v1, $v1, 4		# 16 * VinoFault
	addu	$a0, $s0, $s1
	addu	$a0, $a0, $v1
	li	$v0, 2			# EXO_EXIT
	syscall
`, ExoVinoCall, ExoVinoCall)
	_, status, _ := bootRun(t, Config{Program: guestProg(t, Exokernel, prog), Personality: Exokernel, Grafts: []VinoGraft{add, brk}}, 10_000_000)
	if want := 42 + 16*VinoFault; status != want {
		t.Errorf("status %d, want %d", status, want)
	}
}
