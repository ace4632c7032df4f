package kernel

import (
	"crypto/ed25519"
	"encoding/binary"
	"fmt"
	"math/rand"
	"slices"
	"strings"
	"testing"

	"graftlab/cpu"
	"graftlab/misfit"
)

// The SPIN tests drive the kernel with a script: a user program (spinDriver)
// reads operations from a region and writes two words of outcome for each
// into another, so that a test states what the kernel must answer.

const (
	spinScriptVA = 0x10000000
	spinOutVA    = 0x10100000
	spinOpWords  = 12
)

// spinOp is one operation of a script.
type spinOp struct {
	kind  uint32 // opInstall, opUninstall, opRaise, opDeclare
	words [spinOpWords - 1]uint32
}

const (
	opInstall   = 1 // words: the request (SpinRequest.Bytes)
	opUninstall = 2 // event, the index of the install op whose id goes
	opRaise     = 3 // event, five arguments, (the result), how, times
	opDeclare   = 4 // event, nargs, extension (-1: none), default
	opSyscall   = 5 // spin_syscall
	opLookup    = 6 // extension, the name's address (0: the name in the words that follow)
	opSys       = 7 // a system call: its number, a0-a3
)

func sysop(num uint32, args ...uint32) spinOp {
	op := spinOp{kind: opSys, words: [11]uint32{num}}
	copy(op.words[1:5], args)
	return op
}

func lookup(ext int, name string) spinOp {
	op := spinOp{kind: opLookup, words: [11]uint32{uint32(ext)}}
	b := make([]byte, 4*9)
	copy(b, name)
	for i := range 9 {
		op.words[2+i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return op
}

func install(r SpinRequest) spinOp {
	op := spinOp{kind: opInstall}
	b := r.Bytes()
	for i := range 8 {
		op.words[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return op
}

func uninstall(event, opIndex int) spinOp {
	return spinOp{kind: opUninstall, words: [11]uint32{uint32(event), uint32(opIndex)}}
}

func raise(event int, how SpinHow, args ...uint32) spinOp {
	op := spinOp{kind: opRaise}
	op.words[0] = uint32(event)
	copy(op.words[1:6], args)
	op.words[7] = uint32(how)
	return op
}

func declare(event, nargs, ext int, def uint32) spinOp {
	return spinOp{kind: opDeclare, words: [11]uint32{uint32(event), uint32(nargs), uint32(ext), def}}
}

// spinDriver runs the script at spinScriptVA: for each operation, the
// system call's return (negative: -errno) and, for a raise, the result.
const spinDriver = `
	li	$s0, 0x10000000
	li	$s1, 0x10100000
	move	$s2, $s1
1:	lw	$t0, 0($s0)
	beqz	$t0, 9f
	li	$t1, 1
	beq	$t0, $t1, 10f
	li	$t1, 2
	beq	$t0, $t1, 20f
	li	$t1, 3
	beq	$t0, $t1, 30f
	li	$t1, 4
	beq	$t0, $t1, 40f
	li	$t1, 5
	beq	$t0, $t1, 50f
	li	$t1, 6
	beq	$t0, $t1, 60f
	li	$t1, 7
	beq	$t0, $t1, 70f
	nop
	b	8f
	nop
70:	lw	$a0, 8($s0)
	lw	$a1, 12($s0)
	lw	$a2, 16($s0)
	lw	$a3, 20($s0)
	lw	$v0, 4($s0)
	syscall
	b	7f
	nop
50:	li	$v0, 4314
	syscall
	b	7f
	nop
60:	lw	$a0, 4($s0)
	lw	$a1, 8($s0)
	bnez	$a1, 61f
	nop
	addiu	$a1, $s0, 12
61:	li	$v0, 4315
	syscall
	b	7f
	nop
10:	addiu	$a0, $s0, 4
	li	$v0, 4310
	syscall
	b	7f
	nop
20:	lw	$a0, 4($s0)
	lw	$t1, 8($s0)
	sll	$t1, $t1, 3
	addu	$t1, $t1, $s2
	lw	$a1, 0($t1)
	li	$v0, 4311
	syscall
	b	7f
	nop
30:	lw	$a0, 4($s0)
	addiu	$a1, $s0, 8
	lw	$a2, 32($s0)
	lw	$a3, 36($s0)
	li	$v0, 4312
	syscall
	lw	$t1, 28($s0)
	b	7f
	sw	$t1, 4($s1)
40:	lw	$a0, 4($s0)
	lw	$a1, 8($s0)
	lw	$a2, 12($s0)
	lw	$a3, 16($s0)
	li	$v0, 4313
	syscall
7:	beqz	$a3, 6f
	nop
	subu	$v0, $zero, $v0
6:	sw	$v0, 0($s1)
8:	addiu	$s0, $s0, 48
	b	1b
	addiu	$s1, $s1, 8
9:	EXIT	0
`

// spinKey signs the checked extensions of the tests.
var spinKey = ed25519.NewKeyFromSeed(append(make([]byte, ed25519.SeedSize-1), 7))

// spinCompilerKey signs the unchecked extensions of the tests: the
// trusted compiler's key.
var spinCompilerKey = ed25519.NewKeyFromSeed(append(make([]byte, ed25519.SeedSize-1), 8))

// spinManifest imports every domain.
const spinManifest = "import spin.null\nimport spin.console\nimport spin.clock\n"

// spinExtension assembles src; checked rewrites it with MiSFIT (sandbox)
// for SPIN's exports. It gets spinManifest and is signed: by spinKey when
// checked, else by spinCompilerKey.
func spinExtension(t testing.TB, src string, checked bool) SpinExtension {
	t.Helper()
	return spinExtensionWith(t, src, checked, misfit.Sandbox, spinManifest)
}

// spinExtensionWith is spinExtension with a policy and a manifest.
func spinExtensionWith(t testing.TB, src string, checked bool, pol misfit.Policy, text string) SpinExtension {
	t.Helper()
	obj := asmObject(t, "\t.set noreorder\n"+src)
	key := spinCompilerKey
	if checked {
		res, err := misfit.Rewrite(obj, misfit.Options{Policy: pol, Callable: SpinExports})
		if err != nil {
			t.Fatal(err)
		}
		obj, key = res.Object, spinKey
	}
	obj, err := SpinSign(obj, text, key)
	if err != nil {
		t.Fatal(err)
	}
	return SpinExtension{Object: obj, Keys: []ed25519.PublicKey{key.Public().(ed25519.PublicKey)}, Unchecked: !checked}
}

// spinSyms returns the placed symbols of extension x in slot i.
func spinSyms(t testing.TB, x SpinExtension, i int) map[string]uint32 {
	t.Helper()
	img, err := LinkSpinExtension(x, i)
	if err != nil {
		t.Fatal(err)
	}
	return img.Symbols
}

// spinRun boots the driver with the extensions and the script, runs it on
// eng (nil: the default) and returns each operation's outcome.
func spinRun(t testing.TB, xs []SpinExtension, ops []spinOp, eng cpu.Engine) ([][2]int32, *System) {
	t.Helper()
	res, _, sys := spinRunCfg(t, Config{Spin: xs}, ops, eng)
	return res, sys
}

// spinRunCfg is spinRun with a configuration to start from (its Spin,
// keys, budget, timer, and regions beyond the script's), which also
// returns the console's output.
func spinRunCfg(t testing.TB, cfg Config, ops []spinOp, eng cpu.Engine) ([][2]int32, string, *System) {
	t.Helper()
	script := make([]byte, 4*spinOpWords*(len(ops)+1))
	for i, op := range ops {
		binary.LittleEndian.PutUint32(script[4*spinOpWords*i:], op.kind)
		for j, w := range op.words {
			binary.LittleEndian.PutUint32(script[4*spinOpWords*i+4+4*j:], w)
		}
	}
	pages := func(n int) uint32 { return max(uint32(n+4095)/4096, 1) }
	cfg.Program = guestProg(t, Conventional, spinDriver)
	if cfg.RAMSize == 0 {
		cfg.RAMSize = 8 << 20
	}
	cfg.Regions = append([]Region{
		{VA: spinScriptVA, Pages: pages(len(script)), Write: true, Data: script},
		{VA: spinOutVA, Pages: pages(8 * len(ops)), Write: true},
	}, cfg.Regions...)
	out, status, sys := bootRunOn(t, cfg, 200_000_000, eng)
	if status != 0 {
		t.Fatalf("driver ended with %d; console %q", status, out)
	}
	res := make([][2]int32, len(ops))
	for i := range ops {
		for j := range 2 {
			w, err := sys.userWord(spinOutVA + uint32(8*i+4*j))
			if err != nil {
				t.Fatal(err)
			}
			res[i][j] = int32(w)
		}
	}
	return res, out, sys
}

// userWord reads environment 0's word at va through its page tables.
func (s *System) userWord(va uint32) (uint32, error) { return s.vsidWord(EnvVSIDBase+va>>28, va) }

// vsidWord reads the word at va through the page tables of vsid.
func (s *System) vsidWord(vsid, va uint32) (uint32, error) {
	dir, err := s.Kernel.Symbol("vsid_dir")
	if err != nil {
		return 0, err
	}
	seg, err := ramWord(s.Machine, dir+4*vsid)
	if err != nil {
		return 0, err
	}
	leaf, err := ramWord(s.Machine, seg+4*(va>>22&63))
	if err != nil {
		return 0, err
	}
	pte, err := ramWord(s.Machine, leaf+4*(va>>12&1023))
	if err != nil {
		return 0, err
	}
	if pte&2 == 0 {
		return 0, fmt.Errorf("address %#x not mapped under VSID %d", va, vsid)
	}
	return ramWord(s.Machine, 0x80000000|pte>>6<<12|va&0xfff)
}

// spinTestExt is the tests' extension. Its data: cnt, 16 counters, then
// glob, 4 words the compare guards read. Every handler sets v0.
const spinTestExt = `
	.data
	.globl	glob
cnt:	.space	64
glob:	.word	0, 0, 0, 0
	.text
	.globl	h_cnt0, h_cnt1, h_cnt2, h_alu, h_alu2, h_glob, h_arg5, h_ovf, h_call, h_seven
	.globl	g_true, g_false, g_odd, g_cnt, g_lt
# h_cntK: cnt[K] += 1; v0 = a0 + cnt[K]. Inlinable when unchecked.
h_cnt0:
	lui	$t0, %hi(cnt)
	lw	$t1, %lo(cnt)($t0)
	addiu	$t1, $t1, 1
	sw	$t1, %lo(cnt)($t0)
	jr	$ra
	addu	$v0, $a0, $t1
h_cnt1:
	lui	$t0, %hi(cnt+4)
	lw	$t1, %lo(cnt+4)($t0)
	addiu	$t1, $t1, 2
	sw	$t1, %lo(cnt+4)($t0)
	jr	$ra
	addu	$v0, $a1, $t1
h_cnt2:
	lui	$t0, %hi(cnt+8)
	lw	$t1, %lo(cnt+8)($t0)
	addu	$t1, $t1, $a2
	sw	$t1, %lo(cnt+8)($t0)
	jr	$ra
	subu	$v0, $t1, $a3
# h_alu: register arithmetic only: inlinable in both trust modes.
h_alu:
	addu	$v0, $a0, $a1
	xor	$v0, $v0, $a2
	jr	$ra
	subu	$v0, $v0, $a3
h_alu2:
	sll	$v0, $a0, 3
	jr	$ra
	addiu	$v0, $v0, 5
# h_glob: glob[0] = a0 (the compare guards see it); v0 = a1 + 7.
h_glob:
	lui	$t0, %hi(glob)
	sw	$a0, %lo(glob)($t0)
	jr	$ra
	addiu	$v0, $a1, 7
# h_arg5: the fifth argument, from the stack: cnt[5] += it; v0 = 3 * it.
h_arg5:
	lw	$t2, 16($sp)
	lui	$t0, %hi(cnt+20)
	lw	$t1, %lo(cnt+20)($t0)
	addu	$t1, $t1, $t2
	sw	$t1, %lo(cnt+20)($t0)
	sll	$v0, $t2, 1
	jr	$ra
	addu	$v0, $v0, $t2
# h_ovf: faults (an overflow): register arithmetic, so inlinable too.
h_ovf:
	lui	$t0, 0x7fff
	add	$v0, $t0, $t0
	jr	$ra
	nop
# h_call: not a leaf: calls the kernel's spin_null; cnt[6] += 1; v0 = a0 + 1.
h_call:
	addiu	$sp, $sp, -24
	sw	$ra, 20($sp)
	sw	$a0, 24($sp)
	jal	spin_null
	nop
	lui	$t0, %hi(cnt+24)
	lw	$t1, %lo(cnt+24)($t0)
	addiu	$t1, $t1, 1
	sw	$t1, %lo(cnt+24)($t0)
	lw	$v0, 24($sp)
	addu	$v0, $v0, $v0
	lw	$ra, 20($sp)
	jr	$ra
	addiu	$sp, $sp, 24
h_seven:
	jr	$ra
	li	$v0, 7
g_true:
	jr	$ra
	li	$v0, 1
g_false:
	jr	$ra
	move	$v0, $zero
g_odd:
	jr	$ra
	andi	$v0, $a0, 1
# g_cnt: cnt[0] is odd.
g_cnt:
	lui	$t0, %hi(cnt)
	lw	$v0, %lo(cnt)($t0)
	jr	$ra
	andi	$v0, $v0, 1
# g_lt: a1 < glob[1] (signed).
g_lt:
	lui	$t0, %hi(glob+4)
	lw	$t0, %lo(glob+4)($t0)
	jr	$ra
	slt	$v0, $a1, $t0
`

// spinModel is the semantics of doc/spin.md on the extension's state, for
// the tests to predict every outcome.
type spinModel struct {
	cnt     [16]uint32
	glob    [4]uint32
	checked bool
	events  [SpinEvents]*modelEvent
	ids     []int32 // each op's first outcome, for uninstall
}

type modelEvent struct {
	nargs  int
	def    string // "" for none
	binds  []modelBind
	nextID int32
}

type modelBind struct {
	id      int32
	handler string
	gk      SpinGuardKind
	guard   string // SpinGuardCall
	global  int    // SpinGuardCompare: the word of glob (0-3) or cnt (4-19)
	cmp     SpinCompare
	c       int32
	inline  bool
}

const (
	errEINVAL = -22
	errENOENT = -2
	errEBUSY  = -16
	errEPERM  = -1
)

func newSpinModel(checked bool) *spinModel {
	m := &spinModel{checked: checked}
	m.events[SpinEventSyscall] = &modelEvent{nextID: 1, def: "spin_enosys"}
	return m
}

// event returns event ev's state, nil when it is not declared.
func (m *spinModel) event(ev int) *modelEvent {
	if ev < 0 || ev >= SpinEvents {
		return nil
	}
	return m.events[ev]
}

// word returns the model's word i: glob[0-3], then cnt[0-15].
func (m *spinModel) word(i int) *uint32 {
	if i < 4 {
		return &m.glob[i]
	}
	return &m.cnt[i-4]
}

// call runs a guard or handler of the extension.
func (m *spinModel) call(name string, a [5]uint32) (v0 uint32, fault bool) {
	switch name {
	case "h_cnt0":
		m.cnt[0]++
		return a[0] + m.cnt[0], false
	case "h_cnt1":
		m.cnt[1] += 2
		return a[1] + m.cnt[1], false
	case "h_cnt2":
		m.cnt[2] += a[2]
		return m.cnt[2] - a[3], false
	case "h_alu":
		return (a[0] + a[1]) ^ a[2] - a[3], false
	case "h_alu2":
		return a[0]<<3 + 5, false
	case "h_glob":
		m.glob[0] = a[0]
		return a[1] + 7, false
	case "h_arg5":
		m.cnt[5] += a[4]
		return 3 * a[4], false
	case "h_ovf":
		return 0, true
	case "h_call":
		m.cnt[6]++
		return 2 * a[0], false
	case "h_seven":
		return 7, false
	case "g_true":
		return 1, false
	case "g_false":
		return 0, false
	case "g_odd":
		return a[0] & 1, false
	case "g_cnt":
		return m.cnt[0] & 1, false
	case "g_lt":
		if int32(a[1]) < int32(m.glob[1]) {
			return 1, false
		}
		return 0, false
	case "spin_enosys":
		return uint32(0xffffffa7), false // -ENOSYS
	}
	panic("model: no function " + name)
}

// inlinable says whether the kernel inlines the handler. In a checked
// extension no entry point is a leaf that returns unchecked: MiSFIT checks
// the return of every function the kernel may enter (doc/misfit.md).
func (m *spinModel) inlinable(name string) bool {
	switch name {
	case "h_alu", "h_alu2", "h_ovf", "h_cnt0", "h_cnt1", "h_cnt2", "h_glob", "h_seven":
		return !m.checked
	}
	return false
}

// raise returns the outcome the driver records: the call's return and
// the result.
func (m *spinModel) raise(ev int, how SpinHow, a [5]uint32) [2]int32 {
	if ev < 0 || ev >= SpinEvents || m.events[ev] == nil {
		return [2]int32{errEINVAL, 0}
	}
	e := m.events[ev]
	fault := [2]int32{-(SpinErrno + int32(SpinFault)), 0}
	if how == SpinDirect {
		if len(e.binds) == 0 {
			return [2]int32{errEINVAL, 0}
		}
		v, f := m.call(e.binds[0].handler, a)
		if f {
			return fault
		}
		return [2]int32{0, int32(v)}
	}
	var res uint32
	ran := false
	for _, b := range e.binds {
		switch b.gk {
		case SpinGuardCall:
			v, f := m.call(b.guard, a)
			if f {
				return fault
			}
			if v == 0 {
				continue
			}
		case SpinGuardCompare:
			if !b.cmp.Holds(*m.word(b.global), uint32(b.c)) {
				continue
			}
		}
		v, f := m.call(b.handler, a)
		if f {
			return fault
		}
		res, ran = v, true
	}
	if !ran && e.def != "" {
		v, f := m.call(e.def, a)
		if f {
			return fault
		}
		res = v
	}
	return [2]int32{0, int32(res)}
}

// spinTest holds an extension, its symbols and the model, and builds ops
// from names.
type spinTest struct {
	t    testing.TB
	x    SpinExtension
	syms map[string]uint32
	m    *spinModel
	ops  []spinOp
	want [][2]int32
}

func newSpinTest(t testing.TB, checked bool) *spinTest {
	x := spinExtension(t, spinTestExt, checked)
	return &spinTest{t: t, x: x, syms: spinSyms(t, x, 0), m: newSpinModel(checked)}
}

// globalAddr is the address of model word i.
func (st *spinTest) globalAddr(i int) uint32 {
	if i < 4 {
		return st.syms["glob"] + 4*uint32(i)
	}
	return st.syms["cnt"] + 4*uint32(i-4)
}

func (st *spinTest) declare(ev, nargs int, def string) {
	ext, addr := -1, uint32(0)
	if def != "" {
		ext, addr = 0, st.syms[def]
	}
	st.ops = append(st.ops, declare(ev, nargs, ext, addr))
	var out int32
	e := st.m.event(ev)
	switch {
	case ev == SpinEventSyscall:
		out = errEPERM
	case ev < 0 || ev >= SpinEvents || nargs > 5:
		out = errEINVAL
	case e != nil && len(e.binds) > 0 && e.nargs != nargs:
		out = errEBUSY
	default:
		if e == nil {
			e = &modelEvent{nextID: 1}
			st.m.events[ev] = e
		}
		e.nargs, e.def = nargs, def
	}
	st.push([2]int32{out, 0})
}

func (st *spinTest) push(w [2]int32) {
	st.want = append(st.want, w)
	st.m.ids = append(st.m.ids, w[0])
}

// bind is an install of handler on ev with b's guard.
func (st *spinTest) install(ev int, b modelBind) {
	r := SpinRequest{Event: uint32(ev), Handler: st.syms[b.handler], Inline: b.inline, Guard: b.gk,
		Compare: b.cmp, Const: b.c}
	switch b.gk {
	case SpinGuardCall:
		r.GuardFunc = st.syms[b.guard]
	case SpinGuardCompare:
		r.Global = st.globalAddr(b.global)
	}
	st.ops = append(st.ops, install(r))
	e := st.m.event(ev)
	var out int32
	switch {
	case ev < 0 || ev >= SpinEvents || e == nil:
		out = errEINVAL
	case b.inline && !st.m.inlinable(b.handler):
		out = errEINVAL
	default:
		b.id = e.nextID
		e.nextID++
		e.binds = append(e.binds, b)
		out = b.id
	}
	st.push([2]int32{out, 0})
}

func (st *spinTest) uninstall(ev, op int) {
	st.ops = append(st.ops, uninstall(ev, op))
	id := st.m.ids[op]
	e := st.m.event(ev)
	out := int32(errENOENT)
	if e == nil {
		out = errEINVAL
	} else {
		for i, b := range e.binds {
			if b.id == id {
				e.binds = append(e.binds[:i:i], e.binds[i+1:]...)
				out = 0
				break
			}
		}
	}
	st.push([2]int32{out, 0})
}

func (st *spinTest) raise(ev int, how SpinHow, a ...uint32) {
	var args [5]uint32
	copy(args[:], a)
	st.ops = append(st.ops, raise(ev, how, args[:]...))
	st.push(st.m.raise(ev, how, args))
}

// raw adds an operation and its outcome, stated rather than modelled.
func (st *spinTest) raw(op spinOp, want [2]int32) {
	st.ops = append(st.ops, op)
	st.push(want)
}

// run runs the script on eng and checks every outcome and the extension's
// data against the model.
func (st *spinTest) run(eng cpu.Engine) *System {
	st.t.Helper()
	got, sys := spinRun(st.t, []SpinExtension{st.x}, st.ops, eng)
	bad := 0
	for i := range got {
		if got[i] != st.want[i] && bad < 10 {
			st.t.Errorf("op %d (%v): %v, want %v", i, st.ops[i], got[i], st.want[i])
			bad++
		}
	}
	ram := sys.Machine.Bus.RAM()
	pl := sys.Spin[0]
	base := pl.DataPA + st.syms["cnt"] - pl.Base
	for i := range st.m.cnt {
		if w := binary.LittleEndian.Uint32(ram[base+4*uint32(i):]); w != st.m.cnt[i] {
			st.t.Errorf("cnt[%d] = %d, want %d", i, w, st.m.cnt[i])
		}
	}
	for i := range st.m.glob {
		if w := binary.LittleEndian.Uint32(ram[base+64+4*uint32(i):]); w != st.m.glob[i] {
			st.t.Errorf("glob[%d] = %#x, want %#x", i, w, st.m.glob[i])
		}
	}
	return sys
}

// argsUsed is how many arguments each function reads: a function is bound
// only to events that have them (the others' registers are undefined).
var argsUsed = map[string]int{
	"h_cnt0": 1, "h_cnt1": 2, "h_cnt2": 4, "h_alu": 4, "h_alu2": 1, "h_glob": 2, "h_arg5": 5, "h_ovf": 0, "h_call": 1, "h_seven": 0,
	"g_true": 0, "g_false": 0, "g_odd": 1, "g_cnt": 0, "g_lt": 2,
}

var (
	spinHandlers = []string{"h_cnt0", "h_cnt1", "h_cnt2", "h_alu", "h_alu2", "h_glob", "h_arg5", "h_call", "h_ovf", "h_seven"}
	spinGuards   = []string{"g_true", "g_false", "g_odd", "g_cnt", "g_lt"}
	spinConsts   = []int32{-1, 0, 1, 2, 3, 5, 7, 100000, 0x7fffffff, -0x80000000}
)

// pick returns a random name of names that reads at most nargs arguments;
// rare ones (h_ovf) less often.
func pick(rng *rand.Rand, names []string, nargs int) string {
	for {
		n := names[rng.Intn(len(names))]
		if argsUsed[n] <= nargs && (n != "h_ovf" || rng.Intn(32) == 0) {
			return n
		}
	}
}

// randomScript adds n random operations to st: declarations, installs
// (guards called and compared, handlers called and inlined, some refused),
// removals and raises (generated dispatch; SpinDirect now and then).
func randomScript(st *spinTest, rng *rand.Rand, n int) {
	nargsOf := func(ev int) int {
		if e := st.m.event(ev); e != nil {
			return e.nargs
		}
		return rng.Intn(6)
	}
	installs := map[int][]int{} // event -> op indexes of its installs
	for range n {
		ev := 1 + rng.Intn(4)
		if rng.Intn(20) == 0 {
			ev = []int{0, 0, 5, 31, 32}[rng.Intn(5)]
		}
		switch k := rng.Intn(20); {
		case k < 2 || st.m.event(ev) == nil && k < 10:
			nargs := rng.Intn(6)
			if e := st.m.event(ev); e != nil && len(e.binds) > 0 && rng.Intn(3) > 0 {
				nargs = e.nargs
			}
			def := ""
			if rng.Intn(2) == 0 {
				def = pick(rng, spinHandlers, nargs)
			}
			st.declare(ev, nargs, def)
		case k < 9:
			if e := st.m.event(ev); e != nil && len(e.binds) >= 40 {
				continue
			}
			nargs := nargsOf(ev)
			b := modelBind{handler: pick(rng, spinHandlers, nargs), inline: rng.Intn(3) == 0}
			switch rng.Intn(3) {
			case 1:
				b.gk, b.guard = SpinGuardCall, pick(rng, spinGuards, nargs)
			case 2:
				b.gk, b.global, b.cmp = SpinGuardCompare, rng.Intn(20), SpinCompare(rng.Intn(10))
				b.c = spinConsts[rng.Intn(len(spinConsts))]
			}
			installs[ev] = append(installs[ev], len(st.ops))
			st.install(ev, b)
		case k < 11:
			if ops := installs[ev]; len(ops) > 0 {
				st.uninstall(ev, ops[rng.Intn(len(ops))])
			}
		default:
			how := SpinGen
			if rng.Intn(16) == 0 {
				how = SpinDirect
			}
			var a [5]uint32
			for i := range a {
				a[i] = uint32(rng.Intn(12))
				if rng.Intn(8) == 0 {
					a[i] = rng.Uint32()
				}
			}
			st.raise(ev, how, a[:]...)
		}
	}
}

// withHow returns ops with every generated raise made with how.
func withHow(ops []spinOp, how SpinHow) []spinOp {
	out := append([]spinOp{}, ops...)
	for i, op := range out {
		if op.kind == opRaise && SpinHow(op.words[7]) == SpinGen {
			out[i].words[7] = uint32(how)
		}
	}
	return out
}

// The property: random installs, removals and raises give the model's
// results and side effects, the same with the table walk and the generated
// code, in both trust modes, on the interpreter and the Fast engine (with
// the same cycle counts on both).
func TestSpinProperty(t *testing.T) {
	seeds := []int64{1, 2, 3, 4, 5}
	if testing.Short() {
		seeds = seeds[:1]
	}
	for _, seed := range seeds {
		for _, checked := range []bool{false, true} {
			t.Run(fmt.Sprintf("seed%d/checked=%v", seed, checked), func(t *testing.T) {
				st := newSpinTest(t, checked)
				randomScript(st, rand.New(rand.NewSource(seed)), 400)
				gen := st.ops
				for _, how := range []SpinHow{SpinGen, SpinTable} {
					var ref uint64
					for i, eng := range cpu.Engines() {
						st.ops = withHow(gen, how)
						sys := st.run(eng)
						if c := sys.Machine.Stats.Cycles; i == 0 {
							ref = c
						} else if c != ref {
							t.Errorf("how %d: %d cycles on %s, %d on %s", how, ref, cpu.Engines()[0].Name(), c, eng.Name())
						}
					}
				}
			})
		}
	}
}

// Exact results for 0, 1, 5, 10 and 50 handlers whose guards all hold or
// all fail (called, compared, or none), called and inlined, through the
// generated code, the table walk and (the first handler) a direct call.
// The handlers count in cnt[0] and return a0 + cnt[0]; the default returns
// a0 * 8 + 5.
func TestSpinDispatchCounts(t *testing.T) {
	type guard struct {
		name  string
		b     modelBind
		holds bool
	}
	guards := []guard{
		{"none", modelBind{}, true},
		{"call-true", modelBind{gk: SpinGuardCall, guard: "g_true"}, true},
		{"call-false", modelBind{gk: SpinGuardCall, guard: "g_false"}, false},
		{"cmp-true", modelBind{gk: SpinGuardCompare, global: 1, cmp: SpinEq, c: 0}, true}, // glob[1] == 0
		{"cmp-false", modelBind{gk: SpinGuardCompare, global: 1, cmp: SpinGt, c: 0}, false},
	}
	for _, n := range []int{0, 1, 5, 10, 50} {
		for _, g := range guards {
			for _, inline := range []bool{false, true} {
				if n == 0 && (g.name != "none" || inline) {
					continue
				}
				t.Run(fmt.Sprintf("%d/%s/inline=%v", n, g.name, inline), func(t *testing.T) {
					st := newSpinTest(t, false)
					st.declare(1, 1, "h_alu2")
					b := g.b
					b.handler, b.inline = "h_cnt0", inline
					for range n {
						st.install(1, b)
					}
					for _, how := range []SpinHow{SpinGen, SpinTable, SpinGen, SpinTable} {
						st.raise(1, how, 1000)
					}
					if n > 0 {
						st.raise(1, SpinDirect, 1000)
					}
					// The model's figures, stated: each raise runs n handlers or
					// the default.
					ran := 0
					for i, w := range st.want[n+1:] {
						want := int32(1000*8 + 5)
						if g.holds && n > 0 || i == 4 {
							if i == 4 {
								ran++
							} else {
								ran += n
							}
							want = int32(1000 + ran)
						}
						if w != [2]int32{0, want} {
							t.Fatalf("raise %d: the model says %v, want {0 %d}", i, w, want)
						}
					}
					st.run(nil)
				})
			}
		}
	}
}

// The generated code's shapes: a direct jump for one unguarded handler
// (through the gate for a checked extension); jal of each guard and
// handler, the last one jumped to; compares and bodies inlined with no call
// at all; the default after the last guard.
func TestSpinListing(t *testing.T) {
	listing := func(st *spinTest, ev int) (string, SpinDispatcherCode) {
		sys := st.run(nil)
		d, err := sys.SpinDispatcher(ev)
		if err != nil {
			t.Fatal(err)
		}
		sym := func(a uint32) (string, uint32, bool) {
			for n, v := range st.syms {
				if v == a && n[0] != '_' {
					return n, v, true
				}
			}
			return "", 0, false
		}
		return d.Listing(sym), d
	}
	lines := func(l string) []string {
		var out []string
		for _, s := range strings.Split(strings.TrimSpace(l), "\n") {
			_, ins, _ := strings.Cut(s, "  ")
			out = append(out, strings.TrimSpace(ins))
		}
		return out
	}
	t.Run("one", func(t *testing.T) {
		st := newSpinTest(t, false)
		st.declare(1, 2, "")
		st.install(1, modelBind{handler: "h_alu"})
		l, d := listing(st, 1)
		if want := []string{fmt.Sprintf("j\t%x <h_alu>", st.syms["h_alu"]), "nop"}; !slices.Equal(lines(l), want) {
			t.Errorf("listing:\n%s\nwant %q", l, want)
		}
		if d.Entry != SpinCode+SpinCodeSize || d.Addr != d.Entry {
			t.Errorf("entry %#x, code at %#x", d.Entry, d.Addr)
		}
	})
	t.Run("one-checked", func(t *testing.T) {
		st := newSpinTest(t, true)
		st.declare(1, 2, "")
		st.install(1, modelBind{handler: "h_alu"})
		l, _ := listing(st, 1)
		h := st.syms["h_alu"]
		want := []string{fmt.Sprintf("lui\tt9,0x%x", h>>16), fmt.Sprintf("ori\tt9,t9,0x%x", h&0xffff), "li\tt8,0",
			fmt.Sprintf("j\t0x%x", SpinGate), "nop"}
		if !slices.Equal(lines(l), want) {
			t.Errorf("listing:\n%s\nwant %q", l, want)
		}
	})
	t.Run("five", func(t *testing.T) {
		st := newSpinTest(t, false)
		st.declare(1, 0, "")
		for range 5 {
			st.install(1, modelBind{handler: "h_ovf", gk: SpinGuardCall, guard: "g_false"})
		}
		l, _ := listing(st, 1)
		got := lines(l)
		want := []string{"addiu\tsp,sp,-32", "sw\tra,20(sp)", "sw\tzero,24(sp)"}
		for i := range 5 {
			want = append(want, fmt.Sprintf("jal\t%x <g_false>", st.syms["g_false"]), "nop", "beqz\tv0,", "nop")
			h := fmt.Sprintf("%x <h_ovf>", st.syms["h_ovf"])
			if i < 4 {
				want = append(want, "jal\t"+h, "nop", "sw\tv0,24(sp)")
			} else {
				want = append(want, "lw\tra,20(sp)", "j\t"+h, "addiu\tsp,sp,32")
			}
		}
		want = append(want, "lw\tv0,24(sp)", "lw\tra,20(sp)", "jr\tra", "addiu\tsp,sp,32")
		if len(got) != len(want) {
			t.Fatalf("listing:\n%s\nwant %d instructions", l, len(want))
		}
		for i := range got {
			if !strings.HasPrefix(got[i], want[i]) {
				t.Fatalf("instruction %d: %q, want %q; listing:\n%s", i, got[i], want[i], l)
			}
		}
	})
	t.Run("fifty-inline", func(t *testing.T) {
		st := newSpinTest(t, false)
		st.declare(1, 1, "h_alu2")
		for range 50 {
			st.install(1, modelBind{handler: "h_cnt0", inline: true, gk: SpinGuardCompare, global: 1, cmp: SpinEq, c: 3})
		}
		l, d := listing(st, 1)
		got := lines(l)
		count := func(prefix string) int {
			n := 0
			for _, s := range got {
				if strings.HasPrefix(s, prefix) {
					n++
				}
			}
			return n
		}
		// move t9,zero (the ran flag: the default may run); each pair: lui
		// at; lw at; li t8,3; bne at,t8; nop; the body's five words; li
		// t9,1 but the last, which returns (jr ra, its last word in the
		// delay slot); then bnez t9; nop; j h_alu2; nop; jr ra; nop.
		if count("jal") != 0 || count("lw\tat,") != 50 || count("bne\tat,t8,") != 50 || count("sw\tt1,0(t0)") != 50 {
			t.Errorf("listing:\n%s", l)
		}
		if want := 1 + 49*11 + 11 + 6; len(d.Words) != want {
			t.Errorf("%d words, want %d:\n%s", len(d.Words), want, l)
		}
		if !strings.HasPrefix(got[len(got)-4], fmt.Sprintf("j\t%x <h_alu2>", st.syms["h_alu2"])) {
			t.Errorf("no jump to the default at the end:\n%s", l)
		}
	})
}

// Every refusal, with its errno; the kernel's own event (the null system
// call); a fault in a handler and its effects before it; the driver goes
// on after each.
func TestSpinErrors(t *testing.T) {
	st := newSpinTest(t, false)
	s := st.syms
	req := func(r SpinRequest) spinOp { return install(r) }
	rawReq := func(r SpinRequest, word int, v uint32) spinOp {
		op := install(r)
		op.words[word] = v
		return op
	}
	st.raw(spinOp{kind: opSyscall}, [2]int32{-89, 0}) // ENOSYS: the default
	st.install(7, modelBind{handler: "h_alu"})        // no such event
	st.declare(1, 2, "")
	st.raw(req(SpinRequest{Event: 1, Ext: 3, Handler: s["h_alu"]}), [2]int32{errEINVAL, 0})
	st.raw(req(SpinRequest{Event: 1, Handler: s["h_alu"] + 4}), [2]int32{errENOENT, 0})
	st.raw(req(SpinRequest{Event: 1, Handler: s["h_alu"], Guard: SpinGuardCall, GuardFunc: s["g_true"] + 4}), [2]int32{errENOENT, 0})
	st.raw(rawReq(SpinRequest{Event: 1, Handler: s["h_alu"]}, 3, 2), [2]int32{errEINVAL, 0}) // an unknown flag
	st.raw(rawReq(SpinRequest{Event: 1, Handler: s["h_alu"]}, 4, 3), [2]int32{errEINVAL, 0}) // guard kind 3
	for _, bad := range []SpinRequest{
		{Event: 1, Handler: s["h_alu"], Guard: SpinGuardCompare, Global: s["glob"], Compare: 10},
		{Event: 1, Handler: s["h_alu"], Guard: SpinGuardCompare, Global: s["glob"] + 2},
		{Event: 1, Handler: s["h_alu"], Guard: SpinGuardCompare, Global: s["cnt"] - 4},
		{Event: 1, Handler: s["h_alu"], Guard: SpinGuardCompare, Global: s["cnt"] + DefaultVinoRegion},
		{Event: 40, Handler: s["h_alu"]},
	} {
		st.raw(req(bad), [2]int32{errEINVAL, 0})
	}
	st.install(1, modelBind{handler: "h_call", inline: true}) // not a leaf
	st.install(1, modelBind{handler: "h_arg5", inline: true}) // uses sp
	st.raw(uninstall(1, 0), [2]int32{errENOENT, 0})           // op 0's "id" is -89
	st.raw(uninstall(40, 0), [2]int32{errEINVAL, 0})
	st.declare(0, 0, "") // the kernel's
	st.declare(2, 6, "") // six arguments
	st.raw(declare(2, 1, 0, s["h_alu"]+4), [2]int32{errENOENT, 0})
	st.raw(declare(2, 1, 5, s["h_alu"]), [2]int32{errEINVAL, 0})
	st.install(1, modelBind{handler: "h_alu"})
	st.declare(1, 3, "") // handlers bound: the arguments may not change
	st.declare(1, 2, "h_alu")
	st.raise(9, SpinGen)
	st.raw(raise(1, 7, 1, 2), [2]int32{errEINVAL, 0}) // no such how
	st.declare(3, 0, "h_seven")
	st.raise(3, SpinDirect) // no handler to call
	st.raise(3, SpinGen)
	st.raise(3, SpinTable)
	// The null system call, handled by an extension; then faulting.
	id := len(st.ops)
	st.install(0, modelBind{handler: "h_seven"})
	st.raw(spinOp{kind: opSyscall}, [2]int32{7, 0})
	st.uninstall(0, id)
	st.raw(spinOp{kind: opSyscall}, [2]int32{-89, 0})
	st.install(0, modelBind{handler: "h_ovf"})
	st.raw(spinOp{kind: opSyscall}, [2]int32{-(SpinErrno + int32(SpinFault)), 0})
	// A fault ends the raise; what ran before it stays done.
	st.declare(4, 1, "")
	st.install(4, modelBind{handler: "h_cnt0"})
	st.install(4, modelBind{handler: "h_ovf", gk: SpinGuardCall, guard: "g_odd"})
	st.install(4, modelBind{handler: "h_cnt0"})
	for _, how := range []SpinHow{SpinGen, SpinTable} {
		st.raise(4, how, 1)
		st.raise(4, how, 2)
	}
	st.raise(1, SpinGen, 40, 2)
	// Raised three times in one call: the last result; too many times.
	st.declare(5, 1, "")
	st.install(5, modelBind{handler: "h_cnt0"})
	times := raise(5, SpinGen, 10)
	times.words[8] = 3
	st.m.raise(5, SpinGen, [5]uint32{10})
	st.m.raise(5, SpinGen, [5]uint32{10})
	st.raw(times, st.m.raise(5, SpinGen, [5]uint32{10}))
	times.words[8] = SpinRepeat + 1
	st.raw(times, [2]int32{errEINVAL, 0})
	sys := st.run(nil)
	if d := vinoWord(t, sys, "spin_depth"); d != 0 {
		t.Errorf("spin_depth %d after the faults", d)
	}
	if c := vinoWord(t, sys, "spin_last"); c>>2&31 != 12 { // Ov
		t.Errorf("the last fault's Cause %#x, want an overflow", c)
	}
}

// A MiSFIT check that fails ends the raise with SpinCheck.
func TestSpinCheckFails(t *testing.T) {
	src := `
	.text
	.globl	h_wild, h_ok
h_wild:
	lui	$t0, 0x8000
	jr	$ra
	sw	$zero, 0($t0)
h_ok:
	jr	$ra
	li	$v0, 3
`
	x := spinExtensionWith(t, src, true, misfit.Check, "")
	s := spinSyms(t, x, 0)
	ops := []spinOp{
		declare(1, 0, -1, 0), declare(2, 0, -1, 0),
		install(SpinRequest{Event: 1, Handler: s["h_wild"]}),
		install(SpinRequest{Event: 2, Handler: s["h_ok"]}),
		raise(1, SpinGen), raise(1, SpinTable), raise(2, SpinGen),
	}
	got, sys := spinRun(t, []SpinExtension{x}, ops, nil)
	want := [][2]int32{{0, 0}, {0, 0}, {1, 0}, {1, 0}, {-(SpinErrno + int32(SpinCheck)), 0}, {-(SpinErrno + int32(SpinCheck)), 0}, {0, 3}}
	if !slices.Equal(got, want) {
		t.Errorf("outcomes %v, want %v", got, want)
	}
	if w, _ := ramWord(sys.Machine, 0x80000000); w == 0 {
		t.Errorf("the refill handler's first word was overwritten")
	}
}

// An event takes at most SpinBindings handlers, and its code at most its
// two pages (less a reserve, so that no removal can overflow): beyond
// either the install is refused with ENOSPC and the event works on.
func TestSpinCapacity(t *testing.T) {
	for _, c := range []struct {
		name    string
		checked bool
		nargs   int
		b       modelBind
		first   int // the first install refused
	}{
		{"bindings", false, 0, modelBind{handler: "h_seven"}, SpinBindings},
		{"code", true, 5, modelBind{handler: "h_arg5", gk: SpinGuardCall, guard: "g_true"}, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			st := newSpinTest(t, c.checked)
			r := SpinRequest{Event: 1, Handler: st.syms[c.b.handler], Guard: c.b.gk, GuardFunc: st.syms[c.b.guard]}
			n := SpinBindings + 1
			ops := []spinOp{declare(1, c.nargs, -1, 0)}
			for range n {
				ops = append(ops, install(r))
			}
			ops = append(ops, raise(1, SpinGen, 1, 2, 3, 4, 5), uninstall(1, 1), raise(1, SpinGen, 1, 2, 3, 4, 5))
			got, sys := spinRun(t, []SpinExtension{st.x}, ops, nil)
			first := -1
			for i := 1; i <= n; i++ {
				if got[i][0] < 0 {
					first = i - 1
					break
				}
			}
			if c.first > 0 && first != c.first || first < 40 {
				t.Fatalf("the first refused install is number %d; outcomes %v", first, got)
			}
			for i := first + 1; i <= n; i++ {
				if got[i][0] != -28 {
					t.Fatalf("install %d: %v, want ENOSPC", i-1, got[i])
				}
			}
			if after := got[n+1:]; after[0][0] != 0 || after[1][0] != 0 || after[2][0] != 0 {
				t.Errorf("after the refusals: %v", after)
			}
			d, err := sys.SpinDispatcher(1)
			if err != nil {
				t.Fatal(err)
			}
			if len(d.Words) > SpinCodeWords-SpinReserve+SpinBindings {
				t.Errorf("%d words of code", len(d.Words))
			}
		})
	}
}

// FuzzSpinScript runs arbitrary scripts: whatever the requests say, the
// kernel answers each and the driver ends normally, with the kernel's text
// as it was. Small words name the extension's entries and data, so that
// the fuzzer reaches the accepting paths too.
func FuzzSpinScript(f *testing.F) {
	for seed := range int64(3) {
		st := newSpinTest(f, seed == 1)
		randomScript(st, rand.New(rand.NewSource(seed)), 40)
		var b []byte
		for _, op := range st.ops {
			b = binary.LittleEndian.AppendUint32(b, op.kind)
			for _, w := range op.words {
				b = binary.LittleEndian.AppendUint32(b, w)
			}
		}
		f.Add(b, seed == 1)
	}
	x := [2]SpinExtension{spinExtension(f, spinTestExt, false), spinExtension(f, spinTestExt, true)}
	var entries [2][]uint32
	for i := range x {
		for n, a := range spinSyms(f, x[i], 0) {
			if n[0] == 'h' || n[0] == 'g' {
				entries[i] = append(entries[i], a)
			}
		}
		slices.Sort(entries[i])
	}
	k, err := Build()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte, checked bool) {
		e := entries[0]
		xs := []SpinExtension{x[0]}
		if checked {
			e, xs = entries[1], []SpinExtension{x[1]}
		}
		var ops []spinOp
		for len(data) >= 4*spinOpWords && len(ops) < 64 {
			var op spinOp
			op.kind = 1 + binary.LittleEndian.Uint32(data)%6
			for j := range op.words {
				w := binary.LittleEndian.Uint32(data[4+4*j:])
				switch {
				case w >= 0x100 && w < 0x100+uint32(len(e)):
					w = e[w-0x100]
				case w >= 0x200 && w < 0x220:
					w = SpinSlot(0) + SpinDataOff + 4*(w-0x200)
				}
				op.words[j] = w
			}
			if op.kind == opUninstall {
				op.words[1] %= uint32(len(ops) + 1)
			}
			ops = append(ops, op)
			data = data[4*spinOpWords:]
		}
		_, sys := spinRun(t, xs, ops, nil)
		for _, s := range k.Segments[:1] {
			for i := 0; i+4 <= len(s.Data); i += 4 {
				w, _ := ramWord(sys.Machine, s.Addr+uint32(i))
				if w != binary.LittleEndian.Uint32(s.Data[i:]) {
					t.Fatalf("kernel text changed at %#x", s.Addr+uint32(i))
				}
			}
		}
	})
}

// The constants spin.s and layout.inc share with the Go side.
func TestSpinLayout(t *testing.T) {
	inc := equates(t, "layout.inc")
	for name, v := range map[string]int64{
		"SPIN_NEVENT": SpinEvents, "SPIN_NBIND": SpinBindings, "SPIN_NEXT": SpinSlots, "SPIN_BASE": SpinBase,
		"SPIN_CODE_MAX": SpinCodeMax, "SPIN_DATA_OFF": SpinDataOff, "SPIN_STUBS": SpinStubs, "SPIN_GATE": SpinGate,
		"SPIN_CODE": SpinCode, "SPIN_CODE_SIZE": SpinCodeSize, "SPIN_CODE_WORDS": SpinCodeWords, "SPIN_RESERVE": SpinReserve,
		"SPIN_INLINE_MAX": SpinInlineMax, "SPIN_MAXENT": SpinMaxEntries, "SPIN_ERRNO": SpinErrno, "SPIN_REPEAT": SpinRepeat,
		"SPIN_EV_SYSCALL": SpinEventSyscall, "SPIN_EV_FAULT": SpinEventFault, "SPIN_EV_TICK": SpinEventTick, "SPIN_TICK_N": SpinEventTick*evSize + 16, "SPIN_FAULT_N": SpinEventFault*evSize + 16, "SPIN_NCMP": int64(SpinLeu) + 1,
		"SPIN_GEN": int64(SpinGen), "SPIN_TABLE": int64(SpinTable), "SPIN_DIRECT": int64(SpinDirect),
		"SS_OK": int64(SpinOK), "SS_CHECK": int64(SpinCheck), "SS_FAULT": int64(SpinFault), "SS_BAD": int64(SpinBad), "SS_BUSY": int64(SpinBusy),
		"SS_TIME": int64(SpinTime), "BI_SPIN_BUDGET": biSpinBudget, "BI_SPIN_NKEYS": biSpinNKeys, "BI_SPIN_KEYS": biSpinKeys,
		"SPIN_MAXKEYS": SpinMaxKeys, "SPIN_NDOMAIN": int64(len(SpinDomains)), "SPIN_NEXPORT": int64(len(SpinExports)),
		"GK_NONE": int64(SpinNoGuard), "GK_CALL": int64(SpinGuardCall), "GK_CMP": int64(SpinGuardCompare),
		"BI_SPIN_N": biSpinN, "BI_SPIN": biSpin, "BS_SIZE": bsSize, "BS_ENT": bsEnt, "SI_SIZE": siSize,
	} {
		if got, ok := inc[name]; !ok || got != v {
			t.Errorf("%s: layout.inc %#x (%v), Go %#x", name, got, ok, v)
		}
	}
	src := equates(t, "spin.s")
	for name, v := range map[string]int64{"EV_SIZE": evSize, "EV_ENTRY": 20, "EV_PAGE0": 24, "EV_PAGE1": 28, "EV_LEN": 32, "EV_CODE": 44} {
		if src[name] != v {
			t.Errorf("spin.s %s = %d, want %d (SpinDispatcher)", name, src[name], v)
		}
	}
	if src["SPIN_NSTACK"] != 1<<inc["SPIN_NSTACK_SHIFT"] || inc["SPIN_MAXDEPTH"] != SpinMaxDepth || inc["SPIN_PERENV"] != SpinPerEnv {
		t.Errorf("spin.s SPIN_NSTACK %d, layout.inc SPIN_NSTACK_SHIFT %d, SPIN_MAXDEPTH %d (Go %d)", src["SPIN_NSTACK"], inc["SPIN_NSTACK_SHIFT"], inc["SPIN_MAXDEPTH"], SpinMaxDepth)
	}
	if biSpin+SpinSlots*bsSize > biSpinKeys || biSpinKeys+32*SpinMaxKeys > TextAddress-BootInfo || biSpin < biVinoKeys+32*VinoMaxKeys ||
		biSpinNKeys+4 > biSpin {
		t.Errorf("the SPIN boot records overlap the kernel, each other or VINO's keys")
	}
	if SpinMaxEntries*bsEntSize > bsSize-bsEnt || SpinGate != SpinStubs+16*2 || SpinStubNames[2] != "spin_gate" ||
		inc["SPIN_ENT_SIZE"] != bsEntSize || inc["SPIN_NAME"] != SpinNameMax+1 || inc["SPIN_NAME"]+8 != bsEntSize {
		t.Errorf("the boot record's entries or the stub page's order")
	}
}

// An extension's entry points by name (spin_lookup).
func TestSpinLookup(t *testing.T) {
	for _, checked := range []bool{false, true} {
		st := newSpinTest(t, checked)
		for _, n := range []string{"h_alu", "g_lt", "h_seven", "glob"} {
			st.raw(lookup(0, n), [2]int32{int32(st.syms[n]), 0})
		}
		st.raw(lookup(0, "h_al"), [2]int32{errENOENT, 0})
		st.raw(lookup(0, "cnt"), [2]int32{errENOENT, 0}) // a local
		st.raw(lookup(0, strings.Repeat("h", 30)), [2]int32{errENOENT, 0})
		st.raw(lookup(1, "h_alu"), [2]int32{errEINVAL, 0})
		bad := lookup(0, "")
		bad.words[1] = 0x7ff00000 // no such page
		st.raw(bad, [2]int32{-14, 0})
		// A global is no entry point: it cannot be bound as a handler.
		st.declare(1, 0, "")
		st.raw(install(SpinRequest{Event: 1, Handler: st.syms["glob"]}), [2]int32{errENOENT, 0})
		st.run(nil)
	}
}

// An event is its declarer's: another environment may neither bind to it,
// remove a binding, nor declare it again; the kernel's event is
// environment 0's to extend.
func TestSpinEventOwner(t *testing.T) {
	e0 := guestProg(t, Conventional, fmt.Sprintf(`
	li	$a0, 3
	move	$a1, $zero
	li	$a2, -1
	move	$a3, $zero
	li	$v0, %d		# declare event 3
	syscall
	bnez	$a3, 8f
	li	$s0, 4
1:	li	$v0, 4162
	syscall
	addiu	$s0, $s0, -1
	bnez	$s0, 1b
	nop
	EXIT	0
8:	EXIT	1
`, SysSpinDeclare))
	// Environment 1: each refusal must be EPERM (1); the exit status has a
	// bit for each that was.
	e1 := guestProg(t, Conventional, fmt.Sprintf(`
	move	$s0, $zero
	la	$a0, req3
	li	$v0, %d		# install on event 3
	syscall
	jal	chk
	li	$s1, 1
	la	$a0, req0
	li	$v0, %d		# install on the kernel's event
	syscall
	jal	chk
	li	$s1, 2
	li	$a0, 3
	li	$a1, 1
	li	$v0, %d		# uninstall on event 3
	syscall
	jal	chk
	li	$s1, 4
	li	$a0, 3
	move	$a1, $zero
	li	$a2, -1
	move	$a3, $zero
	li	$v0, %d		# declare event 3 again
	syscall
	jal	chk
	li	$s1, 8
	la	$a0, req29
	li	$v0, %d		# install on the kernel's tick event
	syscall
	jal	chk
	li	$s1, 16
	la	$a0, req30
	li	$v0, %d		# install on the kernel's fault event
	syscall
	jal	chk
	li	$s1, 32
	li	$a0, 30
	li	$a1, 4
	li	$a2, -1
	li	$v0, %d		# declare the fault event
	syscall
	jal	chk
	li	$s1, 64
	move	$a0, $s0
	li	$v0, 4001
	syscall
chk:	beqz	$a3, 1f
	li	$t0, 1
	bne	$v0, $t0, 1f
	nop
	or	$s0, $s0, $s1
1:	jr	$ra
	nop
	.data
req3:	.word	3, 0, 0, 0, 0, 0, 0, 0
req0:	.word	0, 0, 0, 0, 0, 0, 0, 0
req29:	.word	29, 0, 0, 0, 0, 0, 0, 0
req30:	.word	30, 0, 0, 0, 0, 0, 0, 0
`, SysSpinInstall, SysSpinInstall, SysSpinUninstall, SysSpinDeclare, SysSpinInstall, SysSpinInstall, SysSpinDeclare))
	_, status, sys := bootRun(t, Config{Program: e0, Programs: []Program{{Executable: e1}}}, 10_000_000)
	if status != 0 {
		t.Fatalf("environment 0 ended with %d", status)
	}
	if ex := sys.Exits(); len(ex) != 2 || ex[1].Status != 127 {
		t.Errorf("environment 1's refusals: %+v, want status 127 (all seven EPERM)", ex)
	}
}
