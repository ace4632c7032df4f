package bench

import (
	"context"
	"crypto/ed25519"
	"fmt"
	"strings"
	"sync"

	"graftlab/cpu"
	"graftlab/devices"
	"graftlab/isa/asm"
	"graftlab/kernel"
	"graftlab/loader"
	"graftlab/loader/object"
	"graftlab/misfit"
	"graftlab/misfit/suite"
)

// The vino.* rows: VINO's grafts in the running kernel (kernel/vino.go),
// each invocation a transaction; doc/bench.md, "VINO rows". A row boots the
// kernel with one graft and a program that invokes it many times, and
// splits each invocation's cycles at kernel labels with code hooks:
//
//	begin   vino_begin to the graft's first instruction (the transaction,
//	        the graft's registers, the eret into it)
//	lock    vino_lock to its return (each lock the graft takes)
//	graft   the graft's own work: its first instruction to vino_return,
//	        less its locks; for the unrewritten graft (VINO's "Graft")
//	sfi     the rewritten graft's work less the unrewritten one's
//	indir   indirect-call checks: these grafts make no indirect call
//	commit  vino_return to vino_done (logs dropped, locks released, the
//	        invoker's state back)
//	abort   from the failed check to vino_done (one undo record)
//	total   begin + lock + graft + indir + sfi + commit, as the slides add
//
// The reference column is the VINO slides' (the survey's [SES96] talk):
// they do not name the machine, so each part is compared as its share of
// its column's total.

// VinoCase describes a vino.* row.
type VinoCase struct {
	Point string // "call" (the txn and lock rows), "sched", "encrypt", "ra" or "vm"
	Part  string // begin, commit, abort, lock, graft, indir, sfi, total
}

const srcVinoSlides = "VINO slides, OSDI 1996 talk (Seltzer et al.)"

// vinoSlides are the slides' columns: begin, commit, abort, lock, graft,
// indir, sfi, total in µs.
var vinoSlides = map[string]map[string]float64{
	"ra":      {"begin": 36, "commit": 28, "abort": 29, "lock": 33, "graft": 2, "indir": 1, "sfi": 3, "total": 103},
	"vm":      {"begin": 52, "commit": 34, "abort": 27, "lock": 34, "graft": 160, "indir": 1, "sfi": 26, "total": 307},
	"sched":   {"begin": 38, "commit": 30, "abort": 33, "lock": 33, "graft": 35, "indir": 1, "sfi": 5, "total": 142},
	"encrypt": {"begin": 32, "commit": 32, "abort": 36, "lock": 0, "graft": 166, "indir": 0, "sfi": 187, "total": 417},
}

// VinoInvocations is how many invocations a vino.* row averages over.
const VinoInvocations = 64

func vinoScenarios() []Scenario {
	var s []Scenario
	add := func(id, name, point, part, ref string) {
		s = append(s, Scenario{ID: id, Name: name, Vino: &VinoCase{Point: point, Part: part},
			ReferenceText: ref, ReferenceSource: srcVinoSlides})
	}
	add("vino.load", "vino_install of the suite's xor graft, signed: the whole system call", "load", "total", "—")
	add("vino.load.verify", "vino_install: the ed25519 signature check of the object", "load", "verify", "—")
	add("vino.load.link", "vino_install: placing and linking it (glink_link)", "load", "link", "—")
	add("vino.txn.begin", "transaction begin (a null graft through vino_call)", "call", "begin", "32–52 µs")
	add("vino.txn.commit", "transaction commit (a null graft)", "call", "commit", "28–34 µs")
	add("vino.txn.abort", "transaction abort: a failed MiSFIT check, one undo record", "call", "abort", "27–36 µs")
	add("vino.lock", "a lock taken through the transaction", "call", "lock", "33–34 µs")
	for _, p := range []struct{ id, name string }{{"sched", "the scheduler's choice"}, {"encrypt", "a pipe's xor encryption, 512 bytes"},
		{"ra", "the buffer cache's read-ahead, a strided policy"}, {"vm", "the pager's choice of a victim, a cyclic scan's policy"}} {
		for _, part := range []string{"begin", "commit", "lock", "graft", "indir", "sfi", "total"} {
			sl := vinoSlides[p.id]
			ref := fmt.Sprintf("%g µs, %.0f %% of %g", sl[part], 100*sl[part]/sl["total"], sl["total"])
			if p.id == "encrypt" && part == "sfi" {
				ref += " (the survey's \"26 on 160 µs\" is the VM column: 26 of 307)"
			}
			if p.id == "vm" && part == "sfi" {
				ref += " (the survey's \"26 µs of SFI on 160 µs\")"
			}
			add("vino.graft."+p.id+"."+part, p.name+": "+part, p.id, part, ref)
		}
	}
	return s
}

// vinoPhases are one configuration's cycles per invocation.
type vinoPhases struct {
	invocations                             int
	begin, commit, abort, lock, work, instr float64
	beginI, commitI, abortI, lockI, workI   float64
}

var (
	vinoMu   sync.Mutex
	vinoMemo = map[string]vinoPhases{}
)

func runVino(ctx context.Context, s Scenario, opt Options) (Result, error) {
	c := s.Vino
	r := Result{ID: s.ID, Name: s.Name, Personality: "conventional", Profile: opt.Profile.Name,
		ReferenceText: s.ReferenceText, ReferenceSource: s.ReferenceSource}
	fail := func(err error) (Result, error) { return Result{}, fmt.Errorf("bench %s: %w", s.ID, err) }
	if c.Point == "load" {
		ld, err := vinoLoadMeasure(ctx, opt)
		if err != nil {
			return fail(err)
		}
		r.Iterations = 1
		switch c.Part {
		case "total":
			r.Cycles, r.Instructions = float64(ld.total.c), float64(ld.total.i)
		case "verify":
			r.Cycles, r.Instructions = float64(ld.verify.c), float64(ld.verify.i)
		case "link":
			r.Cycles, r.Instructions = float64(ld.link.c), float64(ld.link.i)
		}
		r.Micros = r.Cycles / opt.Profile.ClockMHz
		return r, nil
	}
	rw, err := vinoMeasure(ctx, opt, c.Point, true)
	if err != nil {
		return fail(err)
	}
	r.Iterations = rw.invocations
	set := func(cy, in float64) { r.Cycles, r.Instructions = cy, in }
	switch c.Part {
	case "begin":
		set(rw.begin, rw.beginI)
	case "commit":
		set(rw.commit, rw.commitI)
	case "abort":
		set(rw.abort, rw.abortI)
	case "lock":
		set(rw.lock, rw.lockI)
	case "indir":
		set(0, 0)
	case "graft", "sfi", "total":
		base, err := vinoMeasure(ctx, opt, c.Point, false)
		if err != nil {
			return fail(err)
		}
		switch c.Part {
		case "graft":
			set(base.work, base.workI)
		case "sfi":
			set(rw.work-base.work, rw.workI-base.workI)
		default:
			set(rw.begin+rw.lock+rw.work+rw.commit, rw.beginI+rw.lockI+rw.workI+rw.commitI)
		}
	default:
		return fail(fmt.Errorf("unknown vino row part %q", c.Part))
	}
	if c.Point != "call" {
		// The point's total, for the part's share of it.
		tot := rw.begin + rw.lock + rw.work + rw.commit
		r.VinoTotal = &tot
	}
	r.Micros = r.Cycles / opt.Profile.ClockMHz
	return r, nil
}

// vinoMeasure runs point's program with its graft rewritten (and signed)
// or not, once per profile and configuration.
func vinoMeasure(ctx context.Context, opt Options, point string, rewritten bool) (vinoPhases, error) {
	key := fmt.Sprint(opt.Profile.Name, point, rewritten)
	vinoMu.Lock()
	ph, ok := vinoMemo[key]
	vinoMu.Unlock()
	if ok {
		return ph, nil
	}
	ph, err := vinoRun(ctx, opt, point, rewritten)
	if err != nil {
		return vinoPhases{}, err
	}
	vinoMu.Lock()
	vinoMemo[key] = ph
	vinoMu.Unlock()
	return ph, nil
}

// The grafts of the rows.
const (
	// vinoCallGraft's null returns at once, locker takes lock 1, and
	// aborter sets a variable and then fails a MiSFIT check.
	vinoCallGraft = `
	.set	noreorder
	.text
	.globl	null, locker, aborter
null:
	jr	$ra
	move	$v0, $zero
locker:
	addiu	$sp, $sp, -24
	sw	$ra, 20($sp)
	jal	vino_lock
	li	$a0, 1
	lw	$ra, 20($sp)
	jr	$ra
	addiu	$sp, $sp, 24
aborter:
	addiu	$sp, $sp, -24
	sw	$ra, 20($sp)
	li	$a0, 1
	jal	vino_set
	li	$a1, 7
	sw	$zero, 0($zero)		# outside the region: the check fails
	lw	$ra, 20($sp)
	jr	$ra
	addiu	$sp, $sp, 24
`
	// vinoSchedGraft: the next runnable environment after the current
	// one, the run queue locked.
	vinoSchedGraft = `
	.set	noreorder
	.text
	.globl	pick
pick:
	addiu	$sp, $sp, -32
	sw	$ra, 28($sp)
	sw	$s0, 24($sp)
	sw	$s1, 20($sp)
	sw	$s2, 16($sp)
	sw	$s3, 12($sp)
	move	$s0, $a0
	move	$s1, $a1
	jal	vino_lock
	li	$a0, 0
	li	$s2, 1
1:	sltu	$t0, $s1, $s2
	bnez	$t0, 3f
	addu	$s3, $s0, $s2
	sltu	$t0, $s3, $s1
	bnez	$t0, 2f
	nop
	subu	$s3, $s3, $s1
2:	jal	vino_env_state
	move	$a0, $s3
	li	$t0, 1
	beq	$v0, $t0, 4f
	nop
	b	1b
	addiu	$s2, $s2, 1
3:	move	$s3, $s0
4:	move	$v0, $s3
	lw	$ra, 28($sp)
	lw	$s0, 24($sp)
	lw	$s1, 20($sp)
	lw	$s2, 16($sp)
	lw	$s3, 12($sp)
	jr	$ra
	addiu	$sp, $sp, 32
`
)

// vinoRAGraft: the read-ahead policy of a strided reader. It locks the
// file's read-ahead state, as VINO's read-ahead graft did, and prefetches
// the block as far ahead of the one just read as that one is of the
// previous (the next block for a first read, or one backwards).
const vinoRAGraft = `
	.set	noreorder
	.text
	.globl	ra
ra:					# a0 = block, a1 = previous, a2 = blocks
	addiu	$sp, $sp, -24
	sw	$ra, 20($sp)
	sw	$s0, 16($sp)
	sw	$s1, 12($sp)
	move	$s0, $a0
	move	$s1, $a1
	jal	vino_lock
	li	$a0, 2
	bltz	$s1, 1f
	subu	$t0, $s0, $s1		# the stride
	bgtz	$t0, 2f
	nop
1:	li	$t0, 1
2:	addu	$v0, $s0, $t0
	lw	$ra, 20($sp)
	lw	$s0, 16($sp)
	lw	$s1, 12($sp)
	jr	$ra
	addiu	$sp, $sp, 24
`

// vinoVMGraft: the page-eviction policy of a program that scans its
// paged region cyclically. It locks the VM system's page lists, as VINO's
// eviction graft did, and evicts the resident page the scan needs last:
// the highest below the faulting page, else the highest of all.
const vinoVMGraft = `
	.set	noreorder
	.text
	.globl	evict
evict:					# a0 = the faulting page, a1 = resident pages,
	addiu	$sp, $sp, -24		# a2 = their indexes (the I/O page)
	sw	$ra, 20($sp)
	sw	$s0, 16($sp)
	sw	$s1, 12($sp)
	sw	$s2, 8($sp)
	move	$s0, $a0
	move	$s1, $a1
	move	$s2, $a2
	jal	vino_lock
	li	$a0, 3
	li	$v0, -1			# the highest below the faulting page
	li	$v1, -1			# the highest
1:	lw	$t0, 0($s2)
	slt	$t1, $t0, $s0
	beqz	$t1, 2f
	slt	$t2, $v0, $t0
	beqz	$t2, 3f
	nop
	b	3f
	move	$v0, $t0
2:	slt	$t2, $v1, $t0
	beqz	$t2, 3f
	nop
	move	$v1, $t0
3:	addiu	$s1, $s1, -1
	bgtz	$s1, 1b
	addiu	$s2, $s2, 4
	bgez	$v0, 4f
	nop
	move	$v0, $v1
4:	lw	$ra, 20($sp)
	lw	$s0, 16($sp)
	lw	$s1, 12($sp)
	lw	$s2, 8($sp)
	jr	$ra
	addiu	$sp, $sp, 24
`

// The vm row's scan: vinoVMRounds rounds over vinoVMPages pages in
// vinoVMFrames frames make the graft's policy evict VinoInvocations pages
// (4 or 5 a round after the first's 4; FIFO would evict 172).
const (
	vinoVMPages  = 12
	vinoVMFrames = 8
	vinoVMRounds = 15
)

// vinoRAStride is the ra row's stride in blocks; its disk holds the blocks
// the program reads and one stride more, for the last read-ahead.
const vinoRAStride = 3

// The programs of the rows. ITER is VinoInvocations.
const (
	vinoCallProg = `
	.set	noreorder
	.text
	.globl	__start
__start:
	li	$s0, ITER
1:	li	$a0, 0
	li	$v0, 4293		# vino_call: the null graft
	syscall
	li	$a0, 1
	li	$v0, 4293		# the locker
	syscall
	li	$a0, 2
	li	$v0, 4293		# the aborter
	syscall
	addiu	$s0, $s0, -1
	bnez	$s0, 1b
	nop
	move	$a0, $zero
	li	$v0, 4001
	syscall
`
	vinoYieldProg = `
	.set	noreorder
	.text
	.globl	__start
__start:
	li	$s0, ITER
1:	li	$v0, 4162		# sched_yield
	syscall
	addiu	$s0, $s0, -1
	bnez	$s0, 1b
	nop
	move	$a0, $zero
	li	$v0, 4001
	syscall
`
	vinoPipeProg = `
	.set	noreorder
	.text
	.globl	__start
__start:
	li	$v0, 4042		# pipe
	syscall
	move	$s1, $v0
	move	$s2, $v1
	li	$a0, 0
	move	$a1, $s2
	li	$a2, KEY
	li	$a3, 15
	li	$v0, 4294		# vino_attach
	syscall
	bnez	$a3, 9f
	nop
	li	$s0, ITER
1:	move	$a0, $s2
	la	$a1, buf
	li	$a2, 512
	li	$v0, 4004		# write: encrypted by the graft
	syscall
	move	$a0, $s1
	la	$a1, buf
	li	$a2, 512
	li	$v0, 4003		# read it back
	syscall
	addiu	$s0, $s0, -1
	bnez	$s0, 1b
	nop
	move	$a0, $zero
	li	$v0, 4001
	syscall
9:	li	$a0, 1
	li	$v0, 4001
	syscall
	.data
	.align	4
buf:	.space	512
`
	// vinoReadProg reads ITER blocks STRIDE apart through bread, into
	// one buffer.
	vinoReadProg = `
	.set	noreorder
	.text
	.globl	__start
__start:
	li	$s0, ITER
	move	$s1, $zero
1:	move	$a0, $s1
	la	$a1, buf
	li	$v0, 4297		# bread
	syscall
	bnez	$a3, 9f
	addiu	$s1, $s1, STRIDE
	addiu	$s0, $s0, -1
	bnez	$s0, 1b
	nop
	move	$a0, $zero
	li	$v0, 4001
	syscall
9:	li	$a0, 1
	li	$v0, 4001
	syscall
	.data
	.align	4
buf:	.space	4096
`
	// vinoScanProg maps PAGES pages at 0x10000000 in FRAMES frames
	// (pmap) and reads a word of each, in order, ROUNDS times over.
	vinoScanProg = `
	.set	noreorder
	.text
	.globl	__start
__start:
	li	$a0, 0x10000000
	li	$a1, PAGES
	move	$a2, $zero
	li	$a3, FRAMES
	li	$v0, 4299		# pmap
	syscall
	bnez	$a3, 9f
	li	$s0, ROUNDS
1:	lui	$s1, 0x1000
	li	$s2, PAGES
2:	lw	$t0, 0($s1)
	addiu	$s2, $s2, -1
	bnez	$s2, 2b
	addiu	$s1, $s1, 4096
	addiu	$s0, $s0, -1
	bnez	$s0, 1b
	nop
	move	$a0, $zero
	li	$v0, 4001
	syscall
9:	li	$a0, 1
	li	$v0, 4001
	syscall
`
)

func vinoExecutable(name, src string, defs map[string]int64, text uint32) (*loader.Executable, error) {
	obj, err := asm.Assemble(name, []byte(src), asm.Options{Defines: defs})
	if err != nil {
		return nil, err
	}
	im, err := loader.Link([]*object.File{obj}, []string{name}, loader.LinkOptions{TextAddress: text})
	if err != nil {
		return nil, err
	}
	return im.Executable()
}

// vinoGraftObject returns a graft: assembled (src) or the suite's object,
// rewritten with the policy and signed when rewritten.
func vinoGraftObject(src, suiteName string, pol misfit.Policy, rewritten bool) ([]byte, error) {
	var obj []byte
	if suiteName != "" {
		b, err := suite.Object(suiteName)
		if err != nil {
			return nil, err
		}
		obj = b
	} else {
		f, err := asm.Assemble("graft.s", []byte(src), asm.Options{})
		if err != nil {
			return nil, err
		}
		if obj, err = f.Marshal(); err != nil {
			return nil, err
		}
	}
	if !rewritten {
		return obj, nil
	}
	res, err := misfit.Rewrite(obj, misfit.Options{Policy: pol, Callable: kernel.VinoExports, Key: benchKey()})
	if err != nil {
		return nil, err
	}
	return res.Object, nil
}

func vinoRun(ctx context.Context, opt Options, point string, rewritten bool) (vinoPhases, error) {
	n := VinoInvocations
	defs := map[string]int64{"ITER": int64(n)}
	keys := []ed25519.PublicKey{benchKey().Public().(ed25519.PublicKey)}
	graft := func(obj []byte, entry string, pt kernel.GraftPoint) kernel.VinoGraft {
		return kernel.VinoGraft{Object: obj, Entry: entry, Point: pt, Keys: keys, Unverified: !rewritten,
			Flags: kernel.VinoAll, Quota: 4, Budget: 1_000_000}
	}
	cfg := kernel.Config{Profile: opt.Profile, RAMSize: 32 << 20, TimerInterval: 0}
	var err error
	switch point {
	case "call":
		obj, err := vinoGraftObject(vinoCallGraft, "", misfit.Check, rewritten)
		if err != nil {
			return vinoPhases{}, err
		}
		for _, e := range []string{"null", "locker", "aborter"} {
			cfg.Grafts = append(cfg.Grafts, graft(obj, e, kernel.PointCall))
		}
		if cfg.Program, err = vinoExecutable("vino.call.s", vinoCallProg, defs, 0); err != nil {
			return vinoPhases{}, err
		}
	case "sched":
		obj, err := vinoGraftObject(vinoSchedGraft, "", misfit.Sandbox, rewritten)
		if err != nil {
			return vinoPhases{}, err
		}
		cfg.Grafts = []kernel.VinoGraft{graft(obj, "pick", kernel.PointSched)}
		if cfg.Program, err = vinoExecutable("vino.sched.s", vinoYieldProg, defs, 0); err != nil {
			return vinoPhases{}, err
		}
		partner, err := vinoExecutable("vino.sched.partner.s", vinoYieldProg, defs, PartnerText)
		if err != nil {
			return vinoPhases{}, err
		}
		cfg.Programs = []kernel.Program{{Executable: partner}}
	case "encrypt":
		obj, err := vinoGraftObject("", "xor", misfit.Sandbox, rewritten)
		if err != nil {
			return vinoPhases{}, err
		}
		g := graft(obj, "xor_crypt", kernel.PointEncrypt)
		g.Shared = make([]byte, suite.Buf2Off+16)
		copy(g.Shared[suite.Buf2Off:], "graftlab-misfit!")
		cfg.Grafts = []kernel.VinoGraft{g}
		defs["KEY"] = int64(kernel.VinoSlot(0) + kernel.VinoDataOff + suite.Buf2Off)
		if cfg.Program, err = vinoExecutable("vino.encrypt.s", vinoPipeProg, defs, 0); err != nil {
			return vinoPhases{}, err
		}
	case "ra":
		obj, err := vinoGraftObject(vinoRAGraft, "", misfit.Sandbox, rewritten)
		if err != nil {
			return vinoPhases{}, err
		}
		cfg.Grafts = []kernel.VinoGraft{graft(obj, "ra", kernel.PointReadAhead)}
		defs["STRIDE"] = vinoRAStride
		if cfg.Program, err = vinoExecutable("vino.ra.s", vinoReadProg, defs, 0); err != nil {
			return vinoPhases{}, err
		}
		// Timed by the profile's disk figures; a profile without them
		// has an instantaneous disk.
		timing, err := devices.DiskTimingFor(opt.Profile)
		if err != nil {
			timing = devices.DiskTiming{}
		}
		img := make([]byte, (n+1)*vinoRAStride*kernel.BlockSize)
		for i := range img {
			img[i] = byte(i / kernel.BlockSize)
		}
		if cfg.Disk, err = devices.NewMemDisk(img, devices.DiskOptions{Timing: timing}); err != nil {
			return vinoPhases{}, err
		}
	case "vm":
		obj, err := vinoGraftObject(vinoVMGraft, "", misfit.Sandbox, rewritten)
		if err != nil {
			return vinoPhases{}, err
		}
		cfg.Grafts = []kernel.VinoGraft{graft(obj, "evict", kernel.PointEvict)}
		defs["PAGES"], defs["FRAMES"] = vinoVMPages, vinoVMFrames
		defs["ROUNDS"] = vinoVMRounds
		if cfg.Program, err = vinoExecutable("vino.vm.s", vinoScanProg, defs, 0); err != nil {
			return vinoPhases{}, err
		}
		timing, err := devices.DiskTimingFor(opt.Profile)
		if err != nil {
			timing = devices.DiskTiming{}
		}
		if cfg.Disk, err = devices.NewMemDisk(make([]byte, vinoVMPages*kernel.BlockSize), devices.DiskOptions{Timing: timing}); err != nil {
			return vinoPhases{}, err
		}
	default:
		return vinoPhases{}, fmt.Errorf("unknown graft point %q", point)
	}
	var console strings.Builder
	cfg.Console = &console
	sys, err := kernel.Boot(cfg)
	if err != nil {
		return vinoPhases{}, err
	}
	m := sys.Machine
	sym := func(s string) uint32 {
		a, e := sys.Kernel.Symbol(s)
		if e != nil && err == nil {
			err = e
		}
		return a
	}
	// Which graft entries start a measured invocation, and which graft
	// aborts.
	ph := vinoPhases{}
	type mark struct{ c, i uint64 }
	now := func() mark { return mark{m.Stats.Cycles, m.Stats.Instructions} }
	var t0, tg, tl, tc, ta mark
	var inv, aborts int
	var lockC, lockI, invLockC, invLockI uint64
	var begins, commits, abortsC, works [2]uint64
	entries := map[uint32]bool{}
	var aborter uint32
	abortEntry := false
	hook := func(pc uint32, fn func()) {
		m.AddCodeHook(cpu.Range{Begin: pc, End: pc + 4}, func(*cpu.Machine, uint32) { fn() })
	}
	// begin ends at the first attempt at the graft's first instruction: a
	// TLB refill of its page, and the second attempt, are the graft's.
	entered := true
	hook(sym("vino_begin"), func() { t0, entered = now(), false })
	for i, g := range sys.Grafts {
		e := g.Entry
		entries[e] = true
		if point == "call" && i == 2 {
			aborter = e
		}
	}
	for e := range entries {
		e := e
		hook(e, func() {
			if entered {
				return
			}
			entered = true
			x := now()
			abortEntry = e == aborter
			if !abortEntry {
				begins[0] += x.c - t0.c
				begins[1] += x.i - t0.i
			}
			tg = x
			invLockC, invLockI = 0, 0
		})
	}
	hook(sym("vino_lock"), func() { tl = now() })
	hook(sym("vino_lock_ret"), func() {
		x := now()
		invLockC += x.c - tl.c
		invLockI += x.i - tl.i
		lockC += x.c - tl.c
		lockI += x.i - tl.i
	})
	hook(sym("vino_return"), func() {
		x := now()
		works[0] += x.c - tg.c - invLockC
		works[1] += x.i - tg.i - invLockI
		tc = x
		inv++
	})
	hook(sym("vino_check"), func() { ta = now() })
	hook(sym("vino_done"), func() {
		x := now()
		if abortEntry {
			abortsC[0] += x.c - ta.c
			abortsC[1] += x.i - ta.i
			aborts++
			return
		}
		commits[0] += x.c - tc.c
		commits[1] += x.i - tc.i
	})
	if err != nil {
		return vinoPhases{}, err
	}
	if opt.Engine != nil {
		sys.Engine = opt.Engine
	}
	stop, err := sys.Run(ctx, cpu.Limits{MaxInstructions: 200_000_000})
	if err != nil {
		return vinoPhases{}, err
	}
	if stop.Reason != cpu.StopHalted || stop.Status != 0 {
		return vinoPhases{}, fmt.Errorf("ended with %v, status %d; console %q", stop.Reason, stop.Status, console.String())
	}
	if inv == 0 {
		return vinoPhases{}, fmt.Errorf("no invocation committed")
	}
	f := func(v uint64, k int) float64 { return float64(v) / float64(k) }
	ph.invocations = inv
	ph.begin, ph.beginI = f(begins[0], inv), f(begins[1], inv)
	ph.commit, ph.commitI = f(commits[0], inv), f(commits[1], inv)
	ph.work, ph.workI = f(works[0], inv), f(works[1], inv)
	ph.lock, ph.lockI = f(lockC, inv), f(lockI, inv)
	if point == "call" {
		// Two of the committed invocations in three: the null graft and the
		// locker; the lock is the locker's alone.
		ph.lock, ph.lockI = f(lockC, inv/2), f(lockI, inv/2)
		if aborts == 0 {
			return vinoPhases{}, fmt.Errorf("no invocation aborted")
		}
		ph.abort, ph.abortI = f(abortsC[0], aborts), f(abortsC[1], aborts)
	}
	return ph, nil
}

// vinoLoad is one vino_install's cycles and instructions: the whole call,
// the signature check and the link.
type vinoLoad struct{ total, verify, link struct{ c, i uint64 } }

var vinoLoadMemo = map[string]vinoLoad{}

// The program of the load rows: vino_install of the object in its region
// at 0x10000000 (LEN bytes) with the specification at 0x10080000.
const vinoInstallProg = `
	.set	noreorder
	.text
	.globl	__start
__start:
	li	$a0, 0x10000000
	li	$a1, LEN
	li	$a2, 0x10080000
	li	$v0, 4295
	syscall
	bnez	$a3, 1f
	nop
	move	$a0, $zero
	li	$v0, 4001
	syscall
1:	move	$a0, $v0
	li	$v0, 4001
	syscall
`

func vinoLoadMeasure(ctx context.Context, opt Options) (vinoLoad, error) {
	vinoMu.Lock()
	ld, ok := vinoLoadMemo[opt.Profile.Name]
	vinoMu.Unlock()
	if ok {
		return ld, nil
	}
	obj, err := vinoGraftObject("", "xor", misfit.Sandbox, true)
	if err != nil {
		return ld, err
	}
	spec := make([]byte, 40)
	copy(spec[8:], "xor_crypt")
	exe, err := vinoExecutable("vino.load.s", vinoInstallProg, map[string]int64{"LEN": int64(len(obj))}, 0)
	if err != nil {
		return ld, err
	}
	var console strings.Builder
	sys, err := kernel.Boot(kernel.Config{Profile: opt.Profile, Program: exe, RAMSize: 32 << 20, Console: &console,
		GraftKeys: []ed25519.PublicKey{benchKey().Public().(ed25519.PublicKey)},
		Regions: []kernel.Region{
			{VA: 0x10000000, Pages: uint32(len(obj)+4095) / 4096, Data: obj},
			{VA: 0x10080000, Pages: 1, Data: spec},
		}})
	if err != nil {
		return ld, err
	}
	m := sys.Machine
	type mark = struct{ c, i uint64 }
	var at [3]mark
	span := func(from, to string, into *struct{ c, i uint64 }, k int) error {
		a, err := sys.Kernel.Symbol(from)
		if err != nil {
			return err
		}
		b, err := sys.Kernel.Symbol(to)
		if err != nil {
			return err
		}
		m.AddCodeHook(cpu.Range{Begin: a, End: a + 4}, func(m *cpu.Machine, _ uint32) { at[k] = mark{m.Stats.Cycles, m.Stats.Instructions} })
		m.AddCodeHook(cpu.Range{Begin: b, End: b + 4}, func(m *cpu.Machine, _ uint32) {
			into.c, into.i = m.Stats.Cycles-at[k].c, m.Stats.Instructions-at[k].i
		})
		return nil
	}
	for k, s := range []struct {
		from, to string
		into     *struct{ c, i uint64 }
	}{{"sys_vino_install", "vino_install_done", &ld.total}, {"ed25519_verify", "vino_verified", &ld.verify}, {"glink_link", "vino_linked", &ld.link}} {
		if err := span(s.from, s.to, s.into, k); err != nil {
			return ld, err
		}
	}
	if opt.Engine != nil {
		sys.Engine = opt.Engine
	}
	stop, err := sys.Run(ctx, cpu.Limits{MaxInstructions: 200_000_000})
	if err != nil {
		return ld, err
	}
	if stop.Reason != cpu.StopHalted || stop.Status != 0 || ld.total.c == 0 {
		return ld, fmt.Errorf("vino_install ended with %v, status %d; console %q", stop.Reason, stop.Status, console.String())
	}
	vinoMu.Lock()
	vinoLoadMemo[opt.Profile.Name] = ld
	vinoMu.Unlock()
	return ld, nil
}
