package bench

import (
	"context"
	"crypto/ed25519"
	"encoding/binary"
	"fmt"
	"slices"
	"strings"
	"sync"

	"graftlab/cpu"
	"graftlab/kernel"
	"graftlab/misfit"
)

// The spin.* rows: SPIN's events in the running kernel (kernel/spin.go),
// doc/bench.md, "SPIN rows". A row boots the kernel with one extension and
// a program that declares an event, installs its handlers and raises it
// through the spin_raise system call; code hooks at spin_raise_call and
// spin_raise_back count each dispatch alone: from the call of the event's
// entry, its arguments in place, to the return of its result.
//
//	spin.call.aN               the event's first handler called as a
//	                           procedure (SpinDirect): EVT96's baseline
//	spin.event.H.table.aN      H bindings, each a guard comparing a global
//	                           with a constant (true) and a handler doing
//	                           nothing, both called; the table walk
//	spin.event.H.gen.aN        the same through the generated code
//	spin.event.H.inline.aN     the same installed as a compare and an
//	                           inlinable handler: both inlined
//	spin.guard.false.H         H guards that fail, generated code
//	spin.install.1, .100       the kernel's install (the generator
//	                           included): the first handler on an event,
//	                           and the hundred that put 100 handlers on one
//	spin.syscall               the null system call raised as the kernel's
//	                           event and handled by an extension
//	spin.xcall                 an extension's call of a kernel procedure
//	                           through SPIN's stub page
//	ROW.checked                the same with the extension rewritten by
//	                           MiSFIT (sandbox) and called through the
//	                           gate; the others are unchecked, signed by a
//	                           trusted compiler's key, as SPIN ran them
//	spin.nested                a handler's raise of another event with one
//	                           unguarded null handler (spin_raise_event)
//	spin.load.unchecked,       spin_load of the extension: the signature,
//	spin.load.checked          the manifest, the link, the mapping

// SpinCase describes a spin.* row.
type SpinCase struct {
	Kind     string // call, event, guard, install, syscall, xcall, load
	Handlers int
	Args     int
	How      string // table, gen, inline (event rows)
	Checked  bool   // the extension MiSFIT-rewritten (sandbox), called through the gate
}

// SpinRaises is how many raises a spin.* row averages over (after one
// that warms the caches and the TLB up).
const SpinRaises = 100

const (
	srcEVT96  = "Pardyak & Bershad, OSDI 1996 [EVT96], Alpha 21064 at 133 MHz"
	srcSPIN95 = "Bershad et al., SOSP 1995 [SPIN95], Alpha 21064 at 133 MHz"
)

// evt96 is EVT96's Table 1 in µs: for 0, 1 and 5 arguments, the procedure
// call, then not inlined / inlined for 1, 5, 10 and 50 handlers.
var evt96 = map[int]struct {
	call        float64
	plain, inln map[int]float64
}{
	0: {0.10, map[int]float64{1: 0.37, 5: 1.18, 10: 2.15, 50: 11.69}, map[int]float64{1: 0.23, 5: 0.41, 10: 0.63, 50: 2.48}},
	1: {0.13, map[int]float64{1: 0.39, 5: 1.25, 10: 2.32, 50: 11.51}, map[int]float64{1: 0.24, 5: 0.45, 10: 0.72, 50: 2.87}},
	5: {0.14, map[int]float64{1: 0.97, 5: 1.61, 10: 2.88, 50: 14.45}, map[int]float64{1: 0.42, 5: 1.55, 10: 1.32, 50: 5.65}},
}

func spinScenarios() []Scenario {
	var s []Scenario
	add := func(id, name string, c SpinCase, ref, src string) {
		s = append(s, Scenario{ID: id, Name: name, Spin: &c, ReferenceText: ref, ReferenceSource: src})
	}
	for _, a := range []int{0, 1, 5} {
		add(fmt.Sprintf("spin.call.a%d", a), fmt.Sprintf("a handler called as a procedure, %d arguments", a),
			SpinCase{Kind: "call", Handlers: 1, Args: a}, fmt.Sprintf("%.2f µs", evt96[a].call), srcEVT96)
	}
	for _, h := range []int{1, 5, 10, 50} {
		for _, how := range []string{"table", "gen", "inline"} {
			for _, a := range []int{0, 1, 5} {
				ref := fmt.Sprintf("%.2f µs", evt96[a].plain[h])
				switch how {
				case "table":
					ref = fmt.Sprintf("≈ 4 × gen (DISP95); gen: %.2f µs", evt96[a].plain[h])
				case "inline":
					ref = fmt.Sprintf("%.2f µs", evt96[a].inln[h])
				}
				add(fmt.Sprintf("spin.event.%d.%s.a%d", h, how, a),
					fmt.Sprintf("%d guarded handlers, %d arguments, %s", h, a, map[string]string{
						"table": "the table walk", "gen": "generated code", "inline": "generated code, guards and handlers inlined"}[how]),
					SpinCase{Kind: "event", Handlers: h, Args: a, How: how}, ref, srcEVT96)
			}
		}
	}
	for _, h := range []int{1, 10, 50} {
		add(fmt.Sprintf("spin.guard.false.%d", h), fmt.Sprintf("%d guards that fail, generated code", h),
			SpinCase{Kind: "guard", Handlers: h, How: "gen"}, "≈ 0.4 µs a guard (SPIN95 §5.5); ≈ 1 µs (EVT96 T2)", srcSPIN95)
	}
	add("spin.install.1", "installing a guarded handler on an event without one (the code generated)",
		SpinCase{Kind: "install", Handlers: 1}, "≈ 150 µs", srcEVT96)
	add("spin.install.100", "installing 100 guarded handlers on one event, each install regenerating the code",
		SpinCase{Kind: "install", Handlers: 100}, "≈ 30 ms", srcEVT96)
	add("spin.syscall", "null system call raised as an event, handled by an extension",
		SpinCase{Kind: "syscall", Handlers: 1}, "4 µs (DEC OSF/1: 5 µs)", srcSPIN95)
	add("spin.xcall", "an extension's call of a kernel procedure through SPIN's stub page",
		SpinCase{Kind: "xcall", Handlers: 1}, "0.13 µs", srcSPIN95)
	// Checked extensions: SPIN had none (it trusted its compiler), so
	// these rows have no reference; doc/bench.md compares them with their
	// unchecked rows.
	const noRef, srcChecked = "—", "no checked extensions in SPIN; compare with the unchecked row"
	checked := func(id, name string, c SpinCase) {
		c.Checked = true
		add(id+".checked", name+", the extension MiSFIT-rewritten (sandbox) and called through the gate", c, noRef, srcChecked)
	}
	checked("spin.call.a1", "a handler called as a procedure, 1 argument", SpinCase{Kind: "call", Handlers: 1, Args: 1})
	for _, h := range []int{1, 10, 50} {
		for _, how := range []string{"table", "gen", "inline"} {
			checked(fmt.Sprintf("spin.event.%d.%s.a1", h, how), fmt.Sprintf("%d guarded handlers, 1 argument, %s", h, how),
				SpinCase{Kind: "event", Handlers: h, Args: 1, How: how})
		}
	}
	checked("spin.guard.false.10", "10 guards that fail, generated code", SpinCase{Kind: "guard", Handlers: 10, How: "gen"})
	checked("spin.syscall", "null system call raised as an event, handled by an extension", SpinCase{Kind: "syscall", Handlers: 1})
	checked("spin.xcall", "an extension's call of a kernel procedure through SPIN's stub page", SpinCase{Kind: "xcall", Handlers: 1})
	add("spin.nested", "a raise from within a raise: spin_raise_event of an event with one unguarded null handler",
		SpinCase{Kind: "nested", Handlers: 1}, noRef, "no figure in SPIN's papers; compare with spin.event.1.gen.a0")
	checked("spin.nested", "a raise from within a raise: spin_raise_event of an event with one unguarded null handler", SpinCase{Kind: "nested", Handlers: 1})
	add("spin.load.unchecked", "spin_load of an extension signed by a trusted compiler's key: the whole system call",
		SpinCase{Kind: "load"}, noRef, "SPIN's dynamic linker: no figure")
	add("spin.load.checked", "spin_load of a MiSFIT-rewritten, signed extension: the whole system call",
		SpinCase{Kind: "load", Checked: true}, noRef, "SPIN's dynamic linker: no figure")
	return s
}

// spinExt is the rows' extension, unchecked: flag is the global the
// guards compare with a constant.
const spinExt = `
	.set	noreorder
	.data
flag:	.word	1
	.text
	.globl	g_true, g_false, h_null, h_zero, h_xcall
	.type	g_true, @function
	.type	g_false, @function
	.type	h_null, @function
	.type	h_zero, @function
	.type	h_xcall, @function
	.globl	h_nest
	.type	h_nest, @function
g_true:
	lui	$t0, %hi(flag)
	lw	$t0, %lo(flag)($t0)
	xori	$v0, $t0, 1
	jr	$ra
	sltiu	$v0, $v0, 1
g_false:
	lui	$t0, %hi(flag)
	lw	$t0, %lo(flag)($t0)
	xori	$v0, $t0, 2
	jr	$ra
	sltiu	$v0, $v0, 1
h_null:
	jr	$ra
	nop
h_zero:
	jr	$ra
	move	$v0, $zero
h_xcall:
	addiu	$sp, $sp, -24
	sw	$ra, 20($sp)
	jal	spin_null
	nop
	lw	$ra, 20($sp)
	jr	$ra
	addiu	$sp, $sp, 24
h_nest:
	addiu	$sp, $sp, -24
	sw	$ra, 20($sp)
	li	$a0, 2
	jal	spin_raise_event
	nop
	lw	$ra, 20($sp)
	jr	$ra
	addiu	$sp, $sp, 24
`

// spinProg declares event EVENT with NARGS arguments, installs the request
// at req NINST times, and raises the event RAISES times in a row (one
// system call: the dispatches follow each other, on warm caches, as in a
// kernel that raises an event often) with each how of its HOWS lines; it
// exits 0, or the failing call's errno.
const spinProg = `
	.set	noreorder
	.text
	.globl	__start
__start:
	li	$a0, EVENT
	li	$a1, NARGS
	li	$a2, -1
	move	$a3, $zero
	li	$v0, 4313		# spin_declare
	syscall
	bnez	$a3, fail
	nop
	li	$s0, NINST
1:	beqz	$s0, 2f
	nop
	la	$a0, req
	li	$v0, 4310		# spin_install
	syscall
	bnez	$a3, fail
	addiu	$s0, $s0, -1
	b	1b
	nop
2:
EXTRA
HOWS
	move	$a0, $zero
	li	$v0, 4001
	syscall
fail:
	move	$a0, $v0
	li	$v0, 4001
	syscall
	.data
	.align	2
req:	.word	EVENT, 0, HANDLER, INLINE, GKIND, GUARD, 0, GCONST
req2:	.word	2, 0, NULLH, 0, 0, 0, 0, 0
block:	.word	1, 2, 3, 4, 5, 0
`

// spinNestedSetup declares event 2 without arguments and binds h_null to
// it, unguarded: the event h_nest raises.
const spinNestedSetup = `
	li	$a0, 2
	move	$a1, $zero
	li	$a2, -1
	move	$a3, $zero
	li	$v0, 4313		# spin_declare
	syscall
	bnez	$a3, fail
	nop
	la	$a0, req2
	li	$v0, 4310		# spin_install
	syscall
	bnez	$a3, fail
	nop
`

// spinRaises raises the event RAISES times in a row with one how.
const spinRaises = `
	li	$a0, EVENT
	la	$a1, block
	li	$a2, %d
	li	$a3, RAISES
	li	$v0, 4312		# spin_raise
	syscall
	bnez	$a3, fail
	nop
`

// spinSyscallProg: the null system call, RAISES times.
const spinSyscallProg = `
	.set	noreorder
	.text
	.globl	__start, sys_at, sys_back
__start:
	la	$a0, req
	li	$v0, 4310		# spin_install on the kernel's event
	syscall
	bnez	$a3, fail
	li	$s1, RAISES
3:	li	$v0, 4314		# spin_syscall
sys_at:
	syscall
sys_back:
	bnez	$a3, fail
	addiu	$s1, $s1, -1
	bnez	$s1, 3b
	nop
	move	$a0, $zero
	li	$v0, 4001
	syscall
fail:
	move	$a0, $v0
	li	$v0, 4001
	syscall
	.data
	.align	2
req:	.word	0, 0, HANDLER, 0, 0, 0, 0, 0
`

// spinMeasure is one configuration's figures: per how, the cycles and
// instructions summed over the measured operations and their number.
type spinMeasure struct {
	c, i map[string]uint64
	n    map[string]int
	// first is the first install's cycles and instructions.
	first [2]uint64
}

var (
	spinMu   sync.Mutex
	spinMemo = map[string]*spinMeasure{}
)

func runSpin(ctx context.Context, s Scenario, opt Options) (Result, error) {
	c := s.Spin
	r := Result{ID: s.ID, Name: s.Name, Personality: "conventional", Profile: opt.Profile.Name,
		ReferenceText: s.ReferenceText, ReferenceSource: s.ReferenceSource}
	fail := func(err error) (Result, error) { return Result{}, fmt.Errorf("bench %s: %w", s.ID, err) }
	// The configuration: what is installed, and how it is raised.
	cfg := spinConfig{kind: c.Kind, n: c.Handlers, args: c.Args, checked: c.Checked}
	key := ""
	switch c.Kind {
	case "call", "event":
		cfg.kind = "event"
		cfg.inline = c.How == "inline"
		if c.Kind == "call" {
			cfg.n = 1
		}
		key = "gen"
		switch {
		case c.Kind == "call":
			key = "direct"
		case c.How == "table":
			key = "table"
		}
	case "guard":
		key = "gen"
	case "install", "syscall", "xcall", "nested", "load":
		cfg.n = 100
		if c.Kind != "install" {
			cfg.n = 1
		}
		key = c.Kind
	default:
		return fail(fmt.Errorf("unknown spin row kind %q", c.Kind))
	}
	m, err := spinMeasured(ctx, opt, cfg)
	if err != nil {
		return fail(err)
	}
	if c.Kind == "install" && c.Handlers == 1 {
		r.Iterations, r.Cycles, r.Instructions = 1, float64(m.first[0]), float64(m.first[1])
	} else {
		n := m.n[key]
		if n == 0 {
			return fail(fmt.Errorf("nothing measured"))
		}
		r.Iterations = n
		r.Cycles, r.Instructions = float64(m.c[key])/float64(n), float64(m.i[key])/float64(n)
		if c.Kind == "install" {
			r.Cycles, r.Instructions = float64(m.c[key]), float64(m.i[key]) // the hundred, summed
		}
	}
	r.Micros = r.Cycles / opt.Profile.ClockMHz
	return r, nil
}

// spinConfig is one boot of the rows: the bindings and the raises.
type spinConfig struct {
	kind    string // event, guard, install, syscall, xcall, load
	n       int    // bindings
	args    int
	inline  bool // compares and inlined handlers
	checked bool // the extension MiSFIT-rewritten
}

// benchCompilerKey is the rows' trusted compiler: it signs the unchecked
// extension.
var benchCompilerKey = sync.OnceValue(func() ed25519.PrivateKey {
	return ed25519.NewKeyFromSeed([]byte("graftlab bench trusted compiler!"))
})

// spinExtension is the rows' extension, importing the null procedure's
// domain: signed by benchCompilerKey, or rewritten by MiSFIT (sandbox)
// and signed by benchKey.
func spinExtension(checked bool) (kernel.SpinExtension, error) {
	obj, err := vinoGraftObject(spinExt, "", 0, false)
	if err != nil {
		return kernel.SpinExtension{}, err
	}
	key := benchCompilerKey()
	if checked {
		res, err := misfit.Rewrite(obj, misfit.Options{Policy: misfit.Sandbox, Callable: kernel.SpinExports})
		if err != nil {
			return kernel.SpinExtension{}, err
		}
		obj, key = res.Object, benchKey()
	}
	if obj, err = kernel.SpinSign(obj, "import spin.null\nimport spin.events\n", key); err != nil {
		return kernel.SpinExtension{}, err
	}
	return kernel.SpinExtension{Object: obj, Unchecked: !checked, Keys: []ed25519.PublicKey{key.Public().(ed25519.PublicKey)}}, nil
}

func spinMeasured(ctx context.Context, opt Options, cfg spinConfig) (*spinMeasure, error) {
	key := fmt.Sprint(opt.Profile.Name, cfg)
	spinMu.Lock()
	m, ok := spinMemo[key]
	spinMu.Unlock()
	if ok {
		return m, nil
	}
	m, err := spinRun(ctx, opt, cfg)
	if err != nil {
		return nil, err
	}
	spinMu.Lock()
	spinMemo[key] = m
	spinMu.Unlock()
	return m, nil
}

func spinRun(ctx context.Context, opt Options, cfg spinConfig) (*spinMeasure, error) {
	x, err := spinExtension(cfg.checked)
	if err != nil {
		return nil, err
	}
	if cfg.kind == "load" {
		return spinLoadRun(ctx, opt, x)
	}
	img, err := kernel.LinkSpinExtension(x, 0)
	if err != nil {
		return nil, err
	}
	sym := img.Symbols
	defs := map[string]int64{"EVENT": 1, "NARGS": int64(cfg.args), "NINST": int64(cfg.n), "RAISES": SpinRaises + 1,
		"HANDLER": int64(sym["h_null"]), "INLINE": 0, "GKIND": int64(kernel.SpinGuardCall), "GUARD": int64(sym["g_true"]), "GCONST": 0}
	var hows []string
	src, extra := spinProg, ""
	defs["NULLH"] = int64(sym["h_null"])
	switch cfg.kind {
	case "event":
		hows = []string{"gen", "table", "direct"}
		if cfg.inline {
			hows = []string{"gen"}
			defs["INLINE"], defs["GKIND"], defs["GUARD"], defs["GCONST"] = 1, int64(kernel.SpinGuardCompare), int64(sym["flag"]), 1
		}
	case "guard":
		hows = []string{"gen"}
		defs["GUARD"] = int64(sym["g_false"])
	case "install":
		defs["RAISES"] = 0
	case "xcall":
		hows = []string{"gen"}
		defs["HANDLER"], defs["GKIND"] = int64(sym["h_xcall"]), int64(kernel.SpinNoGuard)
	case "nested":
		hows = []string{"gen"}
		defs["HANDLER"], defs["GKIND"] = int64(sym["h_nest"]), int64(kernel.SpinNoGuard)
		extra = spinNestedSetup
	case "syscall":
		src = spinSyscallProg
		defs["HANDLER"] = int64(sym["h_zero"])
	}
	var loops strings.Builder
	for _, h := range hows {
		how := map[string]kernel.SpinHow{"gen": kernel.SpinGen, "table": kernel.SpinTable, "direct": kernel.SpinDirect}[h]
		fmt.Fprintf(&loops, spinRaises, how)
	}
	src = strings.Replace(src, "HOWS", loops.String(), 1)
	src = strings.Replace(src, "EXTRA", extra, 1)
	exe, err := vinoExecutable("spin.s", src, defs, 0)
	if err != nil {
		return nil, err
	}
	var console strings.Builder
	sys, err := kernel.Boot(kernel.Config{Profile: opt.Profile, Program: exe, RAMSize: 32 << 20, Console: &console,
		Spin: []kernel.SpinExtension{x}})
	if err != nil {
		return nil, err
	}
	if opt.Engine != nil {
		sys.Engine = opt.Engine
	}
	mc := sys.Machine
	ksym := func(n string) uint32 {
		a, e := sys.Kernel.Symbol(n)
		if e != nil && err == nil {
			err = e
		}
		return a
	}
	m := &spinMeasure{c: map[string]uint64{}, i: map[string]uint64{}, n: map[string]int{}}
	seen := map[string]int{}
	var at [2]uint64
	var cur string
	hook := func(pc uint32, fn func()) {
		mc.AddCodeHook(cpu.Range{Begin: pc, End: pc + 4}, func(*cpu.Machine, uint32) { fn() })
	}
	start := func(what string) func() {
		return func() {
			cur = what
			if what == "" { // a raise: which dispatch runs
				switch mc.GPR[15] { // t7: the callee
				case ksym("spin_dispatch_table"):
					cur = "table"
				case sym["h_null"], ksym("spin_gate"):
					cur = "direct"
				default:
					cur = "gen"
				}
				if cfg.kind == "xcall" || cfg.kind == "nested" {
					cur = ""
					return
				}
			}
			at = [2]uint64{mc.Stats.Cycles, mc.Stats.Instructions}
		}
	}
	end := func() {
		if cur == "" {
			return
		}
		seen[cur]++
		if seen[cur] == 1 && cur != "install" {
			return // the warm-up
		}
		c, i := mc.Stats.Cycles-at[0], mc.Stats.Instructions-at[1]
		if cur == "install" && seen[cur] == 1 {
			m.first = [2]uint64{c, i}
		}
		m.c[cur] += c
		m.i[cur] += i
		m.n[cur]++
	}
	switch cfg.kind {
	case "install":
		hook(ksym("spin_install"), start("install"))
		hook(ksym("spin_install_done"), end)
	case "syscall":
		sa, _ := exe.Lookup("sys_at")
		sb, _ := exe.Lookup("sys_back")
		hook(sa.Value, start("syscall"))
		hook(sb.Value, end)
	case "xcall", "nested":
		// From the jal of the export's stub (wherever MiSFIT's rewriting
		// put it) to the instruction after its delay slot.
		fn, export := "h_xcall", "spin_null"
		if cfg.kind == "nested" {
			fn, export = "h_nest", "spin_raise_event"
		}
		jal, ok := uint32(0), false
		stub := kernel.SpinStubs + 16*uint32(slices.Index(kernel.SpinStubNames, export))
		for pc := sym[fn]; pc+4 <= img.CodeBase+uint32(len(img.Code)) && !ok; pc += 4 {
			w := binary.LittleEndian.Uint32(img.Code[pc-img.CodeBase:])
			if w>>26 == 3 && (pc+4)&0xf0000000|(w&0x3ffffff)<<2 == stub {
				jal, ok = pc, true
			}
		}
		if !ok {
			return nil, fmt.Errorf("%s calls no %s", fn, export)
		}
		hook(jal, start(cfg.kind))
		hook(jal+8, end)
	default:
		hook(ksym("spin_raise_call"), start(""))
		hook(ksym("spin_raise_back"), end)
	}
	if err != nil {
		return nil, err
	}
	stop, err := sys.Run(ctx, cpu.Limits{MaxInstructions: 200_000_000})
	if err != nil {
		return nil, err
	}
	if stop.Reason != cpu.StopHalted || stop.Status != 0 {
		return nil, fmt.Errorf("ended with %v, status %d; console %q", stop.Reason, stop.Status, console.String())
	}
	return m, nil
}

// spinLoadProg loads the extension at 0x10000000 (LEN bytes) with the
// specification at 0x10080000, and exits 0, or the errno.
const spinLoadProg = `
	.set	noreorder
	.text
	.globl	__start
__start:
	li	$a0, 0x10000000
	li	$a1, LEN
	li	$a2, 0x10080000
	li	$v0, 4316		# spin_load
	syscall
	bnez	$a3, 1f
	move	$a0, $zero
	li	$v0, 4001
	syscall
1:	move	$a0, $v0
	li	$v0, 4001
	syscall
`

// spinLoadRun measures spin_load of x, whole.
func spinLoadRun(ctx context.Context, opt Options, x kernel.SpinExtension) (*spinMeasure, error) {
	exe, err := vinoExecutable("spin.load.s", spinLoadProg, map[string]int64{"LEN": int64(len(x.Object))}, 0)
	if err != nil {
		return nil, err
	}
	spec := make([]byte, 8) // the flags: 1 for unchecked
	if x.Unchecked {
		spec[0] = 1
	}
	var console strings.Builder
	sys, err := kernel.Boot(kernel.Config{Profile: opt.Profile, Program: exe, RAMSize: 32 << 20, Console: &console,
		GraftKeys:        []ed25519.PublicKey{benchKey().Public().(ed25519.PublicKey)},
		SpinCompilerKeys: []ed25519.PublicKey{benchCompilerKey().Public().(ed25519.PublicKey)},
		Regions: []kernel.Region{
			{VA: 0x10000000, Pages: uint32(len(x.Object)+4095) / 4096, Data: x.Object},
			{VA: 0x10080000, Pages: 1, Data: spec},
		}})
	if err != nil {
		return nil, err
	}
	if opt.Engine != nil {
		sys.Engine = opt.Engine
	}
	m := &spinMeasure{c: map[string]uint64{}, i: map[string]uint64{}, n: map[string]int{}}
	var at [2]uint64
	for _, h := range []struct {
		sym string
		fn  func(*cpu.Machine, uint32)
	}{
		{"sys_spin_load", func(mc *cpu.Machine, _ uint32) { at = [2]uint64{mc.Stats.Cycles, mc.Stats.Instructions} }},
		{"spin_load_done", func(mc *cpu.Machine, _ uint32) {
			m.c["load"] += mc.Stats.Cycles - at[0]
			m.i["load"] += mc.Stats.Instructions - at[1]
			m.n["load"]++
		}},
	} {
		a, err := sys.Kernel.Symbol(h.sym)
		if err != nil {
			return nil, err
		}
		sys.Machine.AddCodeHook(cpu.Range{Begin: a, End: a + 4}, h.fn)
	}
	stop, err := sys.Run(ctx, cpu.Limits{MaxInstructions: 200_000_000})
	if err != nil {
		return nil, err
	}
	if stop.Reason != cpu.StopHalted || stop.Status != 0 || m.n["load"] != 1 {
		return nil, fmt.Errorf("spin_load ended with %v, status %d; console %q", stop.Reason, stop.Status, console.String())
	}
	return m, nil
}
