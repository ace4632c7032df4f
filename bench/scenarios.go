package bench

import (
	"fmt"
	"strings"

	"graftlab/kernel"
	"graftlab/psl/kv"
)

// Scenario is one row of the table.
type Scenario struct {
	ID          string
	Name        string
	Personality kernel.Personality
	Setup       string // assembly run once at the start
	Op          string // the operation measured, once per iteration
	Empty       string // what the empty loop does instead
	Pre         string // assembly run after the warm-up, before the empty loop
	Extra       string // handlers and data, after the program's exit
	// Regions returns the extra user regions the program needs.
	Regions func(iterations int) []kernel.Region
	// Timer marks the interrupt row: measured per interrupt (hooks.go).
	Timer bool
	// Partner is a second program, environment 1 of the boot list, linked
	// at PartnerText so that its addresses never meet the measured
	// program's. Shared gives both a page at SharedVA (the same physical
	// page). Finish runs after the measurement, before the exit: it tells
	// the partner to end. Halve reports half an iteration: the operation
	// is a round trip and the row one way.
	Partner string
	Shared  bool
	Finish  string
	Halve   bool
	// Libraries are protected shared libraries (assembly, built by package
	// psl as libraries 0, 1, ...) the measured program is a client of;
	// Services names their services (nil: every global function).
	Libraries []string
	Services  []string
	// Exo marks exokernel exception rows, whose dispatch path is counted.
	Exo bool
	// Reference is the published figure in microseconds (0: none) and
	// ReferenceInstructions its instruction count when the paper gives one.
	Reference             float64
	ReferenceInstructions int
	ReferenceSource       string
	// Misfit marks the misfit.* rows (misfit.go), measured by the graft
	// kernel's loader instead of a user program; ReferenceText is their
	// published figure.
	Misfit        *MisfitCase
	ReferenceText string
	// Vino marks the vino.* rows (vino.go), measured by hooks at the
	// kernel's VINO labels.
	Vino *VinoCase
	// Spin marks the spin.* rows (spin.go), measured by hooks at the
	// kernel's SPIN labels.
	Spin *SpinCase
	// Spread, when not 0, is how far (a fraction) the per-operation figure
	// may move with the iteration count: rows whose working set exceeds
	// what the TLB's random replacement leaves alone (tlb.upcall) lose an
	// entry now and then, at places that depend on the cycle count.
	Spread float64
	// Iterations, when not 0, is the row's own iteration count, whatever
	// the options say: the vm.colour rows measure one whole product.
	Iterations int
}

// Published figures: Engler, Kaashoek and O'Toole, "Exokernel: an operating
// system architecture for application-level resource management", SOSP 1995
// (the survey's [EKO95]), measured on a DECstation 5000/125 at 25 MHz.
const (
	srcAegis  = "Aegis, DECstation 5000/125 [EKO95]"
	srcUltrix = "Ultrix, DECstation 5000/125 [EKO95]"
)

// Assembly shared by the scenarios.
const (
	convHandler = `
# Signal handler: skip the faulting instruction (sc_pc += 4) and return
# through the trampoline to sigreturn.
handler:
	lw	$t0, 136($a2)
	addiu	$t0, $t0, 4
	jr	$ra
	sw	$t0, 136($a2)
`
	exoHandler = `
# Exokernel handler: t0 = EPC, t1 = Cause, t2 = BadVAddr; the interrupted
# code's t0-t2 are in the save area (the u-page). Skip the faulting
# instruction and resume it without the kernel: the last restore sits in the
# delay slot of the jump.
handler:
	addiu	$t0, $t0, 4
	lw	$t1, 0x7004($zero)
	lw	$t2, 0x7008($zero)
	jr	$t0
	lw	$t0, 0x7000($zero)
`
	exoSetup = `
	la	$a0, handler
	li	$a1, 0x7000
	li	$v0, 3			# EXO_SET_HANDLER
	syscall
	bnez	$v0, fail
	nop
`
	dataWords = `
	.data
	.align	3
word:	.word	0, 0
	.section .rodata
	.align	2
rodata:	.word	0
`
)

func convSignal(sig string) string {
	return `
	li	$a0, ` + sig + `
	la	$a1, handler
	li	$v0, 4048		# signal
	syscall
	bnez	$a3, fail
	nop
`
}

type excKind struct {
	id, name, sig, setup, op string
	refConv                  float64
	refConvSource            string
}

var excKinds = []excKind{
	{"unalign", "unaligned load", "10", "la $s1, word\n", "lw $t3, 1($s1)", 0, ""},
	{"overflow", "integer overflow", "8", "li $s1, 0x7fffffff\n", "add $t3, $s1, $s1", 130, srcUltrix},
	{"coproc", "coprocessor unusable", "4", "", ".word 0x440b0000 # mfc1 t3,$f0", 0, ""},
	{"prot", "write to a read-only page", "11", "la $s1, rodata\n", "sw $zero, 0($s1)", 154, srcUltrix},
}

// Scenarios returns the rows of the table, in order.
func Scenarios() []Scenario {
	s := []Scenario{
		{
			ID: "call", Name: "null procedure call",
			Op:        "jal null_proc\n\tnop",
			Extra:     "null_proc:\n\tjr $ra\n\tnop\n",
			Reference: 0.28, ReferenceSource: srcAegis,
		},
		{
			ID: "syscall.conv", Name: "null system call (getpid), conventional",
			Op:        "li $v0, 4020\n\tsyscall",
			Empty:     "li $v0, 4020",
			Reference: 21.3, ReferenceSource: srcUltrix + ", getpid",
		},
		{
			ID: "syscall.exo", Name: "null system call, exokernel", Personality: kernel.Exokernel,
			Op:        "li $v0, 0\n\tsyscall",
			Empty:     "li $v0, 0",
			Reference: 1.6, ReferenceSource: srcAegis,
		},
	}
	for _, k := range excKinds {
		s = append(s, Scenario{
			ID: "exc." + k.id + ".conv", Name: k.name + ", signal to a user handler",
			Setup: k.setup + convSignal(k.sig), Op: k.op, Empty: "nop",
			Extra:     convHandler + dataWords,
			Reference: k.refConv, ReferenceSource: k.refConvSource,
		})
		s = append(s, Scenario{
			ID: "exc." + k.id + ".exo", Name: k.name + ", exokernel dispatch to a user handler",
			Personality: kernel.Exokernel, Exo: true,
			Setup: k.setup + exoSetup, Op: k.op, Empty: "nop",
			Extra:     exoHandler + dataWords,
			Reference: 1.5, ReferenceInstructions: 18, ReferenceSource: srcAegis + ", exception dispatch",
		})
	}
	s = append(s,
		Scenario{
			ID: "tlb.refill", Name: "TLB miss handled (page table keyed by VSID and page)",
			// s1 walks the measured region a page at a time: every load
			// misses the TLB. s2 walks the empty loop's region a word at a
			// time (every other word) in pages put into the TLB beforehand
			// by touching a word the loop does not read. Both loops' loads
			// miss the data cache, so the difference is the refill alone.
			// The offsets keep the user's words off the data-cache lines
			// of the refill's page-table entries (doc/bench.md).
			Setup: "li $s1, 0x22000000\n\tli $s2, 0x30000000\n",
			Pre: `li	$t5, -4096
	addiu	$s2, $s2, 4095
	and	$s2, $s2, $t5
	move	$t3, $s2
	li	$t4, (ITER*8+4095)/4096
5:	lw	$t5, 0($t3)
	addiu	$t4, $t4, -1
	bnez	$t4, 5b
	addiu	$t3, $t3, 4096
`,
			Op:    "lw $t3, 0x804($s1)\n\taddiu $s1, $s1, 4096",
			Empty: "lw $t3, 4($s2)\n\taddiu $s2, $s2, 8",
			Regions: func(n int) []kernel.Region {
				return []kernel.Region{
					{VA: 0x22000000, Pages: 2*uint32(n) + 8},
					{VA: 0x30000000, Pages: 2*uint32((n*8+4095)/4096) + 2},
				}
			},
		},
		Scenario{
			ID: "intr.timer", Name: "timer interrupt taken and returned from", Timer: true,
			Pre:   "li $t3, 20000\n1:\taddiu $t3, $t3, -1\n\tbnez $t3, 1b\n\tnop\n",
			Op:    ".rept 16\n\tnop\n\t.endr",
			Empty: ".rept 16\n\tnop\n\t.endr",
		},
	)
	s = append(s, envScenarios()...)
	s = append(s, pslScenarios()...)
	s = append(s, kvScenarios()...)
	s = append(s, bindScenarios()...)
	s = append(s, colourScenarios()...)
	s = append(s, vmScenarios()...)
	s = append(s, misfitScenarios()...)
	s = append(s, vinoScenarios()...)
	return append(s, spinScenarios()...)
}

// Addresses of the environment rows' partner program and shared page.
const (
	PartnerText = 0x01000000
	SharedVA    = 0x00800000
)

// envScenarios are the rows of several environments: protected control
// transfer, yield and context switch, and IPC (doc/bench.md).
func envScenarios() []Scenario {
	// exoMeet: the measured program yields to the partner once, so that it
	// registers its entries before the first measured operation.
	const exoMeet = `
	li	$a0, 1
	li	$v0, 5			# EXO_YIELD to environment 1
	syscall
`
	const exoEntry = `
	li	$a0, %d
	la	$a1, %s
	li	$v0, 9			# EXO_SET_ENTRY
	syscall
	bnez	$v0, fail
	nop
`
	entry := func(which int, label string) string { return fmt.Sprintf(exoEntry, which, label) }
	// The partner's end: exit when the measured program says so (the word
	// at offset 0x100 of the shared page).
	const flagged = `
	lw	$t0, 0x100($s5)
	bnez	$t0, done
	nop
`
	partner := func(setup, body string, exo bool) string {
		exit := convExit
		if exo {
			exit = exoExit
		}
		return "\t.set noreorder\n\t.text\n\t.globl __start\n__start:\n\tli $s5, " + fmt.Sprint(SharedVA) + "\n" + setup + body +
			"done:\n\tmove $a0, $zero\n" + exit + "fail:\n\tli $a0, 1\n" + exit
	}
	const finish = "\tli $t0, 1\n\tli $t1, 0x00800000\n\tsw $t0, 0x100($t1)\n"
	// runSetup: a partner that meets the measured program once and then
	// runs from its run entry, run; yieldBack yields straight back to the
	// measured program each time it runs.
	runSetup := entry(0, "run") + `
	li	$a0, 0
	li	$v0, 5
	syscall
run:
	li	$s5, 0x00800000
`
	yieldBack := partner(runSetup, flagged+`
	li	$a0, 0
	li	$v0, 5
	syscall
`, true)
	pct := func(id, name string, call int) Scenario {
		return Scenario{
			ID: id, Name: name, Personality: kernel.Exokernel, Halve: true,
			Setup: entry(1, "back") + exoMeet,
			// One transfer to the partner, one back to "back".
			Op:    fmt.Sprintf("li $v1, 1\n\tli $v0, %d\n\tsyscall\n\t.globl back\nback:", call),
			Empty: fmt.Sprintf("li $v1, 1\n\tli $v0, %d", call),
			// The partner serves at its PCT entry: straight back to the
			// caller, whom v1 names.
			Partner: partner(entry(1, "serve"), `
	li	$a0, 0
	li	$v0, 5			# back to the measured program until called
	syscall
	b	done
	nop
serve:
	li	$v0, `+fmt.Sprint(call)+`
	syscall
`, true),
			Reference: 1.4, ReferenceInstructions: 30, ReferenceSource: srcAegis + ", one-way PCT (call and reply, halved)",
		}
	}
	// Aegis-style resumption: the measured program keeps its loop state
	// (s0-s2, s6, s7) in its u-page before it gives up the processor and
	// its run entry, resume, reloads it and goes on at "resumed".
	const saveLoop = "sw $s0, 0x7200($zero)\n\tsw $s1, 0x720c($zero)\n\tsw $s2, 0x7210($zero)\n\tsw $s6, 0x7208($zero)\n\tsw $s7, 0x7204($zero)\n\t"
	const resumeLoop = "resume:\n\tlw $s0, 0x7200($zero)\n\tlw $s1, 0x720c($zero)\n\tlw $s2, 0x7210($zero)\n\tlw $s6, 0x7208($zero)\n\tb resumed\n\tlw $s7, 0x7204($zero)\n"
	// LRPC's caller saves the callee-saved registers its callee may use
	// (s0-s8, gp, sp, ra) and restores them when the reply comes.
	const saveCallee = `
	sw	$s0, 0x7300($zero)
	sw	$s1, 0x7304($zero)
	sw	$s2, 0x7308($zero)
	sw	$s3, 0x730c($zero)
	sw	$s4, 0x7310($zero)
	sw	$s5, 0x7314($zero)
	sw	$s6, 0x7318($zero)
	sw	$s7, 0x731c($zero)
	sw	$fp, 0x7320($zero)
	sw	$gp, 0x7324($zero)
	sw	$sp, 0x7328($zero)
	sw	$ra, 0x732c($zero)
`
	const restoreCallee = `
	lw	$s0, 0x7300($zero)
	lw	$s1, 0x7304($zero)
	lw	$s2, 0x7308($zero)
	lw	$s3, 0x730c($zero)
	lw	$s4, 0x7310($zero)
	lw	$s5, 0x7314($zero)
	lw	$s6, 0x7318($zero)
	lw	$s7, 0x731c($zero)
	lw	$fp, 0x7320($zero)
	lw	$gp, 0x7324($zero)
	lw	$sp, 0x7328($zero)
	lw	$ra, 0x732c($zero)
`
	// An RPC server at the PCT entry: the call's argument plus one, back
	// to the caller, whom v1 names.
	rpcServer := partner(entry(1, "serve"), `
	li	$a0, 0
	li	$v0, 5
	syscall
	b	done
	nop
serve:
	addiu	$v0, $a0, 1
	move	$a0, $v0
	li	$v0, 6
	syscall
`, true)
	// A user-level pipe library over the shared page (ExOS's kind): two
	// rings of 16 words, "there" at +0x200 and "back" at +0x300, each with
	// its write count at +0 and its read count at +4. A full or empty ring
	// yields to the peer through exyield, which keeps the callee-saved
	// registers in the u-page and resumes, at the run entry, as a return
	// from the call. pipe_put(a0 = ring, a1 = word), pipe_get(a0 = ring) ->
	// v0; the peer's index is at 0x7480 of the u-page. The partner's ring
	// wait also checks the end flag.
	const pipeLib = `
exyield:
	sw	$s0, 0x7400($zero)
	sw	$s1, 0x7404($zero)
	sw	$s2, 0x7408($zero)
	sw	$s3, 0x740c($zero)
	sw	$s4, 0x7410($zero)
	sw	$s5, 0x7414($zero)
	sw	$s6, 0x7418($zero)
	sw	$s7, 0x741c($zero)
	sw	$fp, 0x7420($zero)
	sw	$gp, 0x7424($zero)
	sw	$sp, 0x7428($zero)
	sw	$ra, 0x742c($zero)
	lw	$a0, 0x7480($zero)
	li	$v0, 5
	syscall
exresume:
	lw	$s0, 0x7400($zero)
	lw	$s1, 0x7404($zero)
	lw	$s2, 0x7408($zero)
	lw	$s3, 0x740c($zero)
	lw	$s4, 0x7410($zero)
	lw	$s5, 0x7414($zero)
	lw	$s6, 0x7418($zero)
	lw	$s7, 0x741c($zero)
	lw	$fp, 0x7420($zero)
	lw	$gp, 0x7424($zero)
	lw	$sp, 0x7428($zero)
	lw	$ra, 0x742c($zero)
	jr	$ra
	nop
pipe_put:
	move	$t8, $ra
1:	lw	$t0, 0($a0)
	lw	$t1, 4($a0)
	subu	$t2, $t0, $t1
	sltiu	$t2, $t2, 16
	bnez	$t2, 2f
	nop
	sw	$a0, 0x7484($zero)	# full: let the reader run
	sw	$a1, 0x7488($zero)
	sw	$t8, 0x748c($zero)
	jal	exyield
	nop
	lw	$a0, 0x7484($zero)
	lw	$a1, 0x7488($zero)
	b	1b
	lw	$t8, 0x748c($zero)
2:	andi	$t1, $t0, 15
	sll	$t1, $t1, 2
	addu	$t1, $t1, $a0
	sw	$a1, 8($t1)
	addiu	$t0, $t0, 1
	jr	$t8
	sw	$t0, 0($a0)
pipe_get:
	move	$t8, $ra
1:	lw	$t0, 0($a0)
	lw	$t1, 4($a0)
	bne	$t0, $t1, 2f
	nop
	lw	$t2, 0x7490($zero)	# the partner: has the end come?
	beqz	$t2, 3f
	lui	$t2, 0x80
	lw	$t2, 0x100($t2)
	bnez	$t2, done
3:	sw	$a0, 0x7484($zero)	# empty: let the writer run
	sw	$t8, 0x748c($zero)
	jal	exyield
	nop
	lw	$a0, 0x7484($zero)
	b	1b
	lw	$t8, 0x748c($zero)
2:	andi	$t0, $t1, 15
	sll	$t0, $t0, 2
	addu	$t0, $t0, $a0
	lw	$v0, 8($t0)
	addiu	$t1, $t1, 1
	jr	$t8
	sw	$t1, 4($a0)
`
	// exSetup: the run entry is exresume; the peer's index goes to 0x7480.
	exSetup := func(peer int) string {
		return entry(0, "exresume") + fmt.Sprintf("\tli $t0, %d\n\tsw $t0, 0x7480($zero)\n", peer)
	}
	pipePartner := partner(entry(0, "exresume")+`
	li	$t0, 0
	sw	$t0, 0x7480($zero)
	li	$t0, 1
	sw	$t0, 0x7490($zero)	# it checks the end flag
	jal	exyield
	nop
1:	li	$a0, 0x00800200
	jal	pipe_get
	nop
	li	$a0, 0x00800300
	move	$a1, $v0
	jal	pipe_put
	nop
	b	1b
	nop
`, pipeLib, true)
	// The inlined variant: the ring code written out in the loop (its
	// labels are numbered from 11: the loop around it uses 3).
	inlinePut := `
	li	$a0, 0x00800200
11:	lw	$t0, 0($a0)
	lw	$t1, 4($a0)
	subu	$t2, $t0, $t1
	sltiu	$t2, $t2, 16
	bnez	$t2, 12f
	nop
	jal	exyield
	nop
	li	$a0, 0x00800200
	b	11b
	nop
12:	andi	$t1, $t0, 15
	sll	$t1, $t1, 2
	addu	$t1, $t1, $a0
	sw	$s0, 8($t1)
	addiu	$t0, $t0, 1
	sw	$t0, 0($a0)
	li	$a0, 0x00800300
13:	lw	$t0, 0($a0)
	lw	$t1, 4($a0)
	bne	$t0, $t1, 14f
	nop
	jal	exyield
	nop
	li	$a0, 0x00800300
	b	13b
	nop
14:	andi	$t0, $t1, 15
	sll	$t0, $t0, 2
	addu	$t0, $t0, $a0
	lw	$v0, 8($t0)
	addiu	$t1, $t1, 1
	sw	$t1, 4($a0)`
	return []Scenario{
		pct("pct.sync", "protected control transfer, synchronous, one way", 6),
		pct("pct.async", "protected control transfer, asynchronous, one way", 7),
		{
			ID: "syscall.exo.stack", Name: "null system call, exokernel, on the stack path", Personality: kernel.Exokernel,
			Op:        "li $v0, 11\n\tsyscall",
			Empty:     "li $v0, 11",
			Reference: 2.3, ReferenceSource: srcAegis + ", stack path",
		},
		{
			// Aegis-style: the measured program keeps its loop state in its
			// memory and resumes at its run entry; the partner's run entry
			// yields straight back.
			ID: "sched.yield.exo", Name: "yield to another environment, exokernel, one way", Personality: kernel.Exokernel,
			Halve: true, Shared: true, Finish: finish,
			Setup: exoMeet + entry(0, "resume"),
			// The loop's state: s0 (iterations), s6 (passes), s7 (return).
			Op:      "sw $s0, 0x7200($zero)\n\tsw $s6, 0x7208($zero)\n\tsw $s7, 0x7204($zero)\n\tli $a0, 1\n\tli $v0, 5\n\tsyscall\n\t.globl resumed\nresumed:",
			Empty:   "li $a0, 1\n\tli $v0, 5",
			Extra:   "resume:\n\tlw $s0, 0x7200($zero)\n\tlw $s6, 0x7208($zero)\n\tb resumed\n\tlw $s7, 0x7204($zero)\n",
			Partner: yieldBack,
		},
		{
			// Shared-memory ping-pong with yield: the measured program writes
			// the next number in the shared page and yields until the partner
			// has copied it into the word beside it. One round trip.
			ID: "ipc.shm.conv", Name: "shared-memory ping-pong with sched_yield, conventional, round trip",
			Shared: true, Finish: finish,
			Setup: "\tli $s2, 0x00800000\n\tmove $s1, $zero\n\tli $v0, 4162\n\tsyscall\n",
			Op:    "addiu $s1, $s1, 1\n\tsw $s1, 0($s2)\n1:\tli $v0, 4162\n\tsyscall\n\tlw $t0, 4($s2)\n\tbne $t0, $s1, 1b\n\tnop",
			Empty: "addiu $s1, $s1, 1",
			Partner: partner("", `
1:`+flagged+`
	lw	$t0, 0($s5)
	lw	$t1, 4($s5)
	beq	$t0, $t1, 2f
	nop
	sw	$t0, 4($s5)
2:	li	$v0, 4162
	syscall
	b	1b
	nop
`, false),
			Reference: 118, ReferenceSource: srcUltrix + ", shm ping-pong",
		},
		{
			ID: "ipc.shm.exo", Name: "shared-memory ping-pong with directed yield, exokernel, round trip", Personality: kernel.Exokernel,
			Shared: true, Finish: finish,
			Setup: exoMeet + entry(0, "resume") + "\tli $s2, 0x00800000\n\tmove $s1, $zero\n",
			Op:    "addiu $s1, $s1, 1\n\tsw $s1, 0($s2)\n\t" + saveLoop + "\n1:\tli $a0, 1\n\tli $v0, 5\n\tsyscall\n\t.globl resumed\nresumed:\n\tlw $t0, 4($s2)\n\tbne $t0, $s1, 1b\n\tnop",
			Empty: "addiu $s1, $s1, 1",
			Extra: resumeLoop,
			Partner: partner(runSetup, flagged+`
	lw	$t0, 0($s5)
	lw	$t1, 4($s5)
	beq	$t0, $t1, 2f
	nop
	sw	$t0, 4($s5)
2:	li	$a0, 0
	li	$v0, 5
	syscall
`, true),
			Reference: 5.7, ReferenceSource: srcAegis + ", shm ping-pong",
		},
		{
			// A word through one pipe to a forked child and back through
			// another: write, then a read that waits.
			ID: "ipc.pipe.conv", Name: "pipe ping-pong of a word with a forked process, conventional, round trip",
			Setup: `
	li	$v0, 4042		# pipe: there
	syscall
	bnez	$a3, fail
	move	$s1, $v0
	move	$s2, $v1
	li	$v0, 4042		# and back
	syscall
	bnez	$a3, fail
	move	$s3, $v0
	move	$s4, $v1
	li	$v0, 4002		# fork
	syscall
	bnez	$a3, fail
	nop
	beqz	$v0, child
	nop
`,
			Op:     "move $a0, $s2\n\tla $a1, pword\n\tli $a2, 4\n\tli $v0, 4004\n\tsyscall\n\tmove $a0, $s3\n\tla $a1, pword\n\tli $a2, 4\n\tli $v0, 4003\n\tsyscall",
			Empty:  "move $a0, $s2\n\tla $a1, pword\n\tli $a2, 4\n\tli $v0, 4004\n\tmove $a0, $s3\n\tla $a1, pword\n\tli $a2, 4\n\tli $v0, 4003",
			Finish: "\tmove $a0, $s2\n\tli $v0, 4006\n\tsyscall\n",
			Extra: `
child:
	move	$a0, $s1
	la	$a1, cword
	li	$a2, 4
	li	$v0, 4003
	syscall
	blez	$v0, 9f			# the end of the pipe
	nop
	move	$a0, $s4
	la	$a1, cword
	li	$a2, 4
	li	$v0, 4004
	syscall
	b	child
	nop
9:	move	$a0, $zero
	li	$v0, 4001
	syscall
	.data
	.align	2
pword:	.word	0
cword:	.word	0
`,
			Reference: 199, ReferenceSource: srcUltrix + ", pipe",
			// One word of the second pipe's ring shares a data-cache
			// line with the page-table entry of the program's word,
			// which uva2k reads on every call (since pager.s moved the
			// kernel's data): the entry misses once in 128 round trips,
			// and the mean moves in the fifth digit with the count.
			Spread: 0.001,
		},
		{
			// A word through a user-level pipe to the partner and back
			// through another (pipe_put, then pipe_get, which yields to the
			// partner until the word comes back).
			ID: "ipc.pipe.exo", Name: "pipe ping-pong of a word over shared memory (user-level library), exokernel, round trip",
			Personality: kernel.Exokernel, Shared: true, Finish: finish,
			Setup:     exSetup(1) + "\tjal exyield\n\tnop\n",
			Op:        "li $a0, 0x00800200\n\tmove $a1, $s0\n\tjal pipe_put\n\tnop\n\tli $a0, 0x00800300\n\tjal pipe_get\n\tnop",
			Empty:     "li $a0, 0x00800200\n\tmove $a1, $s0\n\tli $a0, 0x00800300",
			Extra:     pipeLib + "done:\n\tb fail\n\tnop\n",
			Partner:   pipePartner,
			Reference: 14.2, ReferenceSource: srcAegis + " (ExOS pipe)",
		},
		{
			ID: "ipc.pipe.inline.exo", Name: "pipe ping-pong of a word, read and write inlined, exokernel, round trip",
			Personality: kernel.Exokernel, Shared: true, Finish: finish,
			Setup:     exSetup(1) + "\tjal exyield\n\tnop\n",
			Op:        inlinePut,
			Empty:     "nop",
			Extra:     pipeLib + "done:\n\tb fail\n\tnop\n",
			Partner:   pipePartner,
			Reference: 10.7, ReferenceSource: srcAegis + " (ExOS pipe')",
		},
		{
			// Trusted LRPC: a call through PCT to a server that adds one and
			// transfers back; nothing is saved.
			ID: "ipc.tlrpc.exo", Name: "trusted LRPC (no registers saved), exokernel, round trip", Personality: kernel.Exokernel,
			Setup:     entry(1, "back") + exoMeet,
			Op:        "li $v1, 1\n\tmove $a0, $s0\n\tli $v0, 6\n\tsyscall\n\t.globl back\nback:",
			Empty:     "li $v1, 1\n\tmove $a0, $s0\n\tli $v0, 6",
			Partner:   rpcServer,
			Reference: 2.9, ReferenceSource: srcAegis + ", tlrpc",
		},
		{
			// LRPC: the caller saves the callee-saved registers first and
			// restores them at the reply.
			ID: "ipc.lrpc.exo", Name: "LRPC saving the callee-saved registers, exokernel, round trip", Personality: kernel.Exokernel,
			Setup:     entry(1, "back") + exoMeet,
			Op:        saveCallee + "\tli $v1, 1\n\tmove $a0, $s0\n\tli $v0, 6\n\tsyscall\n\t.globl back\nback:" + restoreCallee,
			Empty:     "li $v1, 1\n\tmove $a0, $s0\n\tli $v0, 6",
			Partner:   rpcServer,
			Reference: 6.3, ReferenceSource: srcAegis + ", lrpc",
		},
		{
			// The end of a slice under the exokernel: the timer interrupt
			// and the upcall to the environment's epilogue, measured from
			// the interrupt to the epilogue's first instruction. The
			// epilogue keeps every register in the u-page and yields; the
			// partner yields straight back, and the run entry restores the
			// registers and resumes the interrupted instruction.
			ID: "intr.timer.exo", Name: "end of a time slice: timer interrupt and upcall to the epilogue, exokernel",
			Personality: kernel.Exokernel, Timer: true, Shared: true, Finish: finish,
			Setup: exoMeet + `
	move	$a0, $zero		# no handler; the save area at 0x7000
	li	$a1, 0x7000
	li	$v0, 3
	syscall
	bnez	$v0, fail
	nop
` + entry(2, "epi") + entry(0, "eresume"),
			Pre:   "li $t3, 20000\n1:\taddiu $t3, $t3, -1\n\tbnez $t3, 1b\n\tnop\n",
			Op:    ".rept 16\n\tnop\n\t.endr",
			Empty: ".rept 16\n\tnop\n\t.endr",
			Extra: `
	.set	noat
epi:
	sw	$t0, 0x7580($zero)	# the interrupted pc
	sw	$1, 0x7504($zero)
	sw	$2, 0x7508($zero)
	sw	$3, 0x750c($zero)
	sw	$4, 0x7510($zero)
	sw	$5, 0x7514($zero)
	sw	$6, 0x7518($zero)
	sw	$7, 0x751c($zero)
	sw	$11, 0x752c($zero)
	sw	$12, 0x7530($zero)
	sw	$13, 0x7534($zero)
	sw	$14, 0x7538($zero)
	sw	$15, 0x753c($zero)
	sw	$16, 0x7540($zero)
	sw	$17, 0x7544($zero)
	sw	$18, 0x7548($zero)
	sw	$19, 0x754c($zero)
	sw	$20, 0x7550($zero)
	sw	$21, 0x7554($zero)
	sw	$22, 0x7558($zero)
	sw	$23, 0x755c($zero)
	sw	$24, 0x7560($zero)
	sw	$25, 0x7564($zero)
	sw	$28, 0x7570($zero)
	sw	$29, 0x7574($zero)
	sw	$30, 0x7578($zero)
	sw	$31, 0x757c($zero)
	mfhi	$t0
	sw	$t0, 0x7584($zero)
	mflo	$t0
	sw	$t0, 0x7588($zero)
	li	$a0, -1
	li	$v0, 5			# the next slice
	syscall
eresume:
	lw	$t0, 0x7584($zero)
	mthi	$t0
	lw	$t0, 0x7588($zero)
	mtlo	$t0
	lw	$1, 0x7504($zero)
	lw	$2, 0x7508($zero)
	lw	$3, 0x750c($zero)
	lw	$4, 0x7510($zero)
	lw	$5, 0x7514($zero)
	lw	$6, 0x7518($zero)
	lw	$7, 0x751c($zero)
	lw	$11, 0x752c($zero)
	lw	$12, 0x7530($zero)
	lw	$13, 0x7534($zero)
	lw	$14, 0x7538($zero)
	lw	$15, 0x753c($zero)
	lw	$16, 0x7540($zero)
	lw	$17, 0x7544($zero)
	lw	$18, 0x7548($zero)
	lw	$19, 0x754c($zero)
	lw	$20, 0x7550($zero)
	lw	$21, 0x7554($zero)
	lw	$22, 0x7558($zero)
	lw	$23, 0x755c($zero)
	lw	$24, 0x7560($zero)
	lw	$25, 0x7564($zero)
	lw	$28, 0x7570($zero)
	lw	$29, 0x7574($zero)
	lw	$30, 0x7578($zero)
	lw	$31, 0x757c($zero)
	lw	$t1, 0x7014($zero)	# the kernel kept t1 and t2 here
	lw	$t2, 0x7018($zero)
	lw	$t0, 0x7580($zero)
	jr	$t0
	lw	$t0, 0x7010($zero)
	.set	at
`,
			Partner: yieldBack,
		},
		{
			ID: "sched.switch.conv", Name: "context switch between processes (sched_yield), conventional, one way",
			Halve: true, Shared: true, Finish: finish,
			Setup: "\tli $v0, 4162\n\tsyscall\n",
			Op:    "li $v0, 4162\n\tsyscall",
			Empty: "li $v0, 4162",
			Partner: partner("", `
1:`+flagged+`
	li	$v0, 4162
	syscall
	b	1b
	nop
`, false),
		},
		{
			// Visible revocation (doc/kernel.md, "Secure bindings"): the
			// partner, a library OS with a revocation entry, owns a run of
			// pages; the measured program asks for the next one back
			// (EXO_RECLAIM) and yields to it; the partner starts at its
			// revocation entry, learns the page (EXO_PAGE_ASKED), frees
			// it and yields back, and the measured program resumes from
			// its trap frame.
			ID: "revoke.visible", Name: "a page asked back, and given back by its owner's revocation entry, exokernel", Personality: kernel.Exokernel,
			Shared: true, Finish: finish,
			// One data-cache miss an iteration, and 49 that fall once in
			// a measured pass, whatever its length (since bcache.s moved
			// the kernel's data; before, 10 an iteration): the mean moves
			// in the fourth digit with the iteration count.
			Spread: 0.001,
			Setup:  exoMeet + "\tli $t0, 0x00800000\n\tlw $s1, 0x200($t0)\n",
			// (EXO_RECLAIM returns 1, the request posted; the yield 0,
			// the measured program resumed from its trap frame.)
			Op:    "move $a0, $s1\n\tli $v0, 18\n\tsyscall\n\taddiu $t0, $v0, -1\n\tbnez $t0, fail\n\tli $a0, 1\n\tli $v0, 5\n\tsyscall\n\tbnez $v0, fail\n\taddiu $s1, $s1, 1",
			Empty: "move $a0, $s1\n\tli $v0, 18\n\tnop\n\tnop\n\tli $a0, 1\n\tli $v0, 5\n\tnop\n\tnop\n\taddiu $s2, $s2, 1",
			Partner: partner(ownPages("")+`
	li	$a0, 3			# EXO_SET_ENTRY: the revocation entry
	la	$a1, revoke
	li	$v0, 9
	syscall
`+runSetup, flagged+`
	li	$a0, 0
	li	$v0, 5
	syscall
revoke:
	li	$v0, 19			# EXO_PAGE_ASKED
	syscall
	move	$a0, $v0
	li	$v0, 14			# EXO_PAGE_FREE
	syscall
	li	$a0, 0
	li	$v0, 5
	syscall
`, true),
		},
		{
			// The abort: the partner binds each of its pages and ends;
			// asked for a page of an owner that has ended, the kernel
			// takes it by force at once, as it does when a deadline has
			// passed: the page's binding broken (a scan of the software
			// TLB's 4096 slots), its capabilities gone, the page freed and
			// written in the owner's repossession vector.
			ID: "revoke.abort", Name: "a page taken back by force from a bound owner (the abort protocol), exokernel", Personality: kernel.Exokernel,
			Shared: true,
			// Now and then a page's owners' entry or slot meets a line
			// the loop's other data use: the mean moves in the fourth
			// digit with the iteration count.
			Spread: 0.001,
			Setup:  exoMeet + "\tli $t0, 0x00800000\n\tlw $s1, 0x200($t0)\n",
			Op:     "move $a0, $s1\n\tli $v0, 18\n\tsyscall\n\tbnez $v0, fail\n\taddiu $s1, $s1, 1",
			Empty:  "move $a0, $s1\n\tli $v0, 18\n\tnop\n\tnop\n\taddiu $s2, $s2, 1",
			Partner: partner(ownPages(`
	sll	$a0, $s4, 12		# bound at 0x20000000 + 4096 * i
	lui	$t0, 0x2000
	addu	$a0, $a0, $t0
	move	$a1, $v0
	li	$a2, 3
	li	$v0, 16			# EXO_BIND
	syscall
	bnez	$v0, fail
	nop
`), "", true),
		},
	}
}

// ownPages is a partner's set-up for the revoke.* rows: 2*ITER+8 pages
// allocated (the highest free ones, so consecutive), bind run after each
// with the page in v0 and its index in s4, and the lowest page's number
// left at offset 0x200 of the shared page for the measured program.
func ownPages(bind string) string {
	return `
	li	$s4, 2*ITER+8
1:	li	$a0, -1
	li	$v0, 13			# EXO_PAGE_ALLOC
	syscall
	bltz	$v0, fail
	nop
	move	$s6, $v0
` + bind + `	addiu	$s4, $s4, -1
	bnez	$s4, 1b
	nop
	sw	$s6, 0x200($s5)
`
}

// pslScenarios are the rows of protected shared libraries (doc/psl.md):
// service calls through the stubs in the client's common area.
func pslScenarios() []Scenario {
	// Library 0: a null service, one that sums its four register
	// arguments and a word of the common area, and one that calls library
	// 1's null service.
	const lib0 = `
	.set	noreorder
	.text
	.globl	null
	.type	null, @function
null:
	jr	$ra
	nop
	.globl	sum
	.type	sum, @function
sum:
	li	$t0, 0x60001000		# the common area, past the stubs
	lw	$v0, 0($t0)
	addu	$v0, $v0, $a0
	addu	$v0, $v0, $a1
	addu	$v0, $v0, $a2
	jr	$ra
	addu	$v0, $v0, $a3
	.globl	nest
	.type	nest, @function
nest:
	addiu	$sp, $sp, -8
	sw	$ra, 4($sp)
	li	$t9, 0x60000400		# library 1's null, through its stub
	jalr	$t9
	nop
	lw	$ra, 4($sp)
	jr	$ra
	addiu	$sp, $sp, 8
`
	const lib1 = `
	.set	noreorder
	.text
	.globl	null1
	.type	null1, @function
null1:
	jr	$ra
	nop
`
	return []Scenario{
		{
			ID: "psl.call", Name: "protected shared library: null service call and return",
			Libraries: []string{lib0},
			Op:        "li $t9, 0x60000000\n\tjalr $t9\n\tnop",
			Empty:     "li $t9, 0x60000000",
		},
		{
			ID: "psl.call.args", Name: "protected shared library: a service with four register arguments and one in the common area",
			Libraries: []string{lib0},
			Setup:     "\tli $t0, 0x60001000\n\tli $t1, 5\n\tsw $t1, 0($t0)\n",
			Op:        "li $a0, 1\n\tli $a1, 2\n\tli $a2, 3\n\tli $a3, 4\n\tli $t9, 0x60000010\n\tjalr $t9\n\tnop",
			Empty:     "li $a0, 1\n\tli $a1, 2\n\tli $a2, 3\n\tli $a3, 4\n\tli $t9, 0x60000010",
		},
		{
			ID: "psl.nested", Name: "protected shared library: a service that calls another library's service",
			Libraries: []string{lib0, lib1},
			Op:        "li $t9, 0x60000020\n\tjalr $t9\n\tnop",
			Empty:     "li $t9, 0x60000020",
		},
	}
}

// kvScenarios measure one operation of the key-value store (kernel/src/kv.s)
// reached four ways (doc/psl.md): kv_get of a key that is there.
func kvScenarios() []Scenario {
	lib, err := kv.Source("kvlib.mips")
	if err != nil {
		panic(err) // embedded
	}
	server, err := kv.Source("server.mips")
	if err != nil {
		panic(err)
	}
	const exoMeetServer = "\tli $a0, 1\n\tli $v0, 5\n\tsyscall\n"
	return []Scenario{
		{
			ID: "svc.kv.psl", Name: "key-value get, through a protected shared library",
			Libraries: []string{string(lib)}, Services: kv.Services,
			Setup: "\tli $t9, 0x60000000\n\tjalr $t9\n\tnop\n\tmove $s1, $v0\n" + // kvopen
				"\tmove $a0, $s1\n\tli $a1, 1\n\tli $a2, 100\n\tli $t9, 0x60000010\n\tjalr $t9\n\tnop\n", // kvput
			Op:    "move $a0, $s1\n\tli $a1, 1\n\tli $t9, 0x60000020\n\tjalr $t9\n\tnop",
			Empty: "move $a0, $s1\n\tli $a1, 1\n\tli $t9, 0x60000020",
		},
		{
			ID: "svc.kv.conv", Name: "key-value get, through a conventional system call",
			Setup: "\tli $v0, 4290\n\tsyscall\n\tmove $s1, $v0\n" +
				"\tmove $a0, $s1\n\tli $a1, 1\n\tli $a2, 100\n\tli $v0, 4291\n\tsyscall\n",
			Op:    "move $a0, $s1\n\tli $a1, 1\n\tli $v0, 4292\n\tsyscall",
			Empty: "move $a0, $s1\n\tli $a1, 1\n\tli $v0, 4292",
		},
		{
			// The server is the partner: a PCT to its entry with the
			// operation in t8, and one back with the result in a0.
			ID: "svc.kv.lrpc", Name: "key-value get, through LRPC to a user-level server, exokernel", Personality: kernel.Exokernel,
			Setup: "\tli $a0, 1\n\tla $a1, reply\n\tli $v0, 9\n\tsyscall\n" + exoMeetServer +
				"\tli $t8, 0\n\tla $s5, 21f\n\tli $v1, 1\n\tli $v0, 6\n\tsyscall\n21:\tmove $s1, $a0\n" +
				"\tmove $a0, $s1\n\tli $a1, 1\n\tli $a2, 100\n\tli $t8, 1\n\tla $s5, 22f\n\tli $v1, 1\n\tli $v0, 6\n\tsyscall\n22:\n",
			Op:    "move $a0, $s1\n\tli $a1, 1\n\tli $t8, 2\n\tla $s5, 11f\n\tli $v1, 1\n\tli $v0, 6\n\tsyscall\n11:",
			Empty: "move $a0, $s1\n\tli $a1, 1\n\tli $t8, 2\n\tla $s5, 11f\n\tli $v1, 1\n\tli $v0, 6\n11:",
			// The replies come to the PCT entry, which resumes where s5 says.
			Extra:   "reply:\n\tjr $s5\n\tnop\n",
			Partner: strings.Replace(string(server), "li	$a0, 0			# back to the first client", "li	$a0, 0			# back to the measured program", 1),
		},
		{
			ID: "svc.kv.lib", Name: "key-value get, through a plain library (no protection)",
			Setup: "\tla $a0, kvstore\n\tjal kv_open\n\tnop\n\tmove $s1, $v0\n" +
				"\tla $a0, kvstore\n\tmove $a1, $s1\n\tli $a2, 1\n\tli $a3, 100\n\tjal kv_put\n\tnop\n",
			Op:    "la $a0, kvstore\n\tmove $a1, $s1\n\tli $a2, 1\n\tjal kv_get\n\tnop",
			Empty: "la $a0, kvstore\n\tmove $a1, $s1\n\tli $a2, 1",
			Extra: "\t.include \"kv.s\"\n\t.data\n\t.align 2\nkvstore:\t.space KV_SIZE\n",
		},
	}
}

// bindScenarios measure the exokernel's secure bindings (doc/kernel.md,
// "Secure bindings"): the software TLB and the binding call.
func bindScenarios() []Scenario {
	// bindRange binds count pages from the address in s3, each a page the
	// program allocates (the highest free one), read-write.
	const bindRange = `
	li	$a0, -1
	li	$v0, 13			# EXO_PAGE_ALLOC
	syscall
	bltz	$v0, fail
	move	$a1, $v0
	move	$a0, $s3
	li	$a2, 3
	li	$v0, 16			# EXO_BIND
	syscall
	bnez	$v0, fail
	addiu	$s4, $s4, -1
	bnez	$s4, 1b
	addiu	$s3, $s3, 4096
`
	return []Scenario{
		{
			// As tlb.refill, under the exokernel: the measured loop's load
			// lands in a page bound (in the software TLB) but not in the
			// TLB, so the refill finds it in the software TLB. The regions'
			// pages have distinct slots.
			ID: "tlb.stlb", Name: "TLB miss that hits the software TLB, exokernel", Personality: kernel.Exokernel,
			Setup: "\tli $s3, 0x22000000\n\tli $s4, 2*ITER+8\n1:" + bindRange +
				"\tli $s3, 0x30800000\n\tli $s4, 2*((ITER*8+4095)/4096)+2\n1:" + bindRange +
				"\tli $s3, 0x2fc00000\n\tli $s4, 32\n1:" + bindRange +
				"\tli $s1, 0x22000000\n\tli $s2, 0x30800000\n",
			// The data cache emptied of the software TLB's slots (128 KB
			// read from 32 pages bound for it): every slot the refill reads
			// misses, whatever the iterations.
			Pre: `li	$t3, 0x2fc00000
	li	$t4, 32768
6:	lw	$t5, 0($t3)
	addiu	$t4, $t4, -1
	bnez	$t4, 6b
	addiu	$t3, $t3, 4
	li	$t5, -4096
	addiu	$s2, $s2, 4095
	and	$s2, $s2, $t5
	move	$t3, $s2
	li	$t4, (ITER*8+4095)/4096
5:	lw	$t5, 0($t3)
	addiu	$t4, $t4, -1
	bnez	$t4, 5b
	addiu	$t3, $t3, 4096
`,
			Op:                    "lw $t3, 0x804($s1)\n\taddiu $s1, $s1, 4096",
			Empty:                 "lw $t3, 4($s2)\n\taddiu $s2, $s2, 8",
			ReferenceInstructions: 18, ReferenceSource: srcAegis + ", STLB hit",
		},
		{
			// A page bound only in the program's own page table: each access
			// misses the software TLB too and upcalls the program's TLB-miss
			// handler, which looks the page up in its table, binds it, and
			// resumes the access.
			ID: "tlb.upcall", Name: "TLB miss upcalled to the library OS, which binds the page, exokernel", Personality: kernel.Exokernel,
			Setup: `
	la	$a0, tlbmiss
	la	$a1, tlbsave
	li	$v0, 3			# EXO_SET_HANDLER: the TLB-miss upcalls
	syscall
	bnez	$v0, fail
	nop
	li	$s3, 2*ITER+8		# the library OS's page table: a page each
	la	$s4, ptable
1:	li	$a0, -1
	li	$v0, 13
	syscall
	bltz	$v0, fail
	sw	$v0, 0($s4)
	addiu	$s3, $s3, -1
	bnez	$s3, 1b
	addiu	$s4, $s4, 4
	li	$s1, 0x24000000
	lw	$t3, 0($s1)		# the first page bound, by an upcall
	addiu	$s1, $s1, 4096
`,
			// The measured loop touches a page never bound; the empty loop
			// the page before it, which the last upcall bound.
			Op:    "lw $t3, 0($s1)\n\taddiu $s1, $s1, 4096",
			Empty: "lw $t3, -4088($s1)\n\tnop",
			Extra: `
# The TLB-miss handler: t0 = EPC, t2 = BadVAddr, the program's t0-t2 in
# tlbsave; the page's physical page from ptable, bound read-write; the
# access again.
tlbmiss:
	la	$t3, tlbsave
	sw	$t0, 12($t3)
	li	$t1, -4096
	and	$a0, $t2, $t1
	li	$t1, 0x24000000
	subu	$t1, $a0, $t1
	srl	$t1, $t1, 10
	la	$t3, ptable
	addu	$t1, $t1, $t3
	lw	$a1, 0($t1)
	li	$a2, 3
	li	$v0, 16			# EXO_BIND
	syscall
	la	$t3, tlbsave
	lw	$t0, 12($t3)
	lw	$t1, 4($t3)
	lw	$t2, 8($t3)
	jr	$t0
	lw	$t0, 0($t3)
	.data
	.align	2
tlbsave:	.space	16
ptable:	.space	4*(2*ITER+8)
`,
			ReferenceSource: srcAegis + ", 3-6 µs more than an STLB hit",
			Spread:          0.01,
		},
		{
			// The binding call alone: the same page bound again at the same
			// address each time (its slot and its TLB entry rewritten).
			ID: "bind.install", Name: "secure binding of a page (EXO_BIND), exokernel", Personality: kernel.Exokernel,
			Setup: "\tli $a0, -1\n\tli $v0, 13\n\tsyscall\n\tbltz $v0, fail\n\tmove $s1, $v0\n",
			Op:    "li $a0, 0x26000000\n\tmove $a1, $s1\n\tli $a2, 3\n\tli $v0, 16\n\tsyscall",
			Empty: "li $a0, 0x26000000\n\tmove $a1, $s1\n\tli $a2, 3\n\tli $v0, 16",
		},
	}
}

// colourScenarios run one memory-bound program on two sets of physical
// pages: the exokernel lets a library OS choose its pages by physical
// number (EXO_PAGE_ALLOC), and so their colour in the direct-mapped data
// cache.
func colourScenarios() []Scenario {
	// The program: the Boolean product C = A·B of 64×64 word matrices,
	// each four pages (A at 0x28000000, B 0x28004000, C 0x28008000), on
	// twelve pages found below the highest free one, stride pages apart.
	setup := func(stride int) string {
		return fmt.Sprintf(`
	li	$a0, -1
	li	$v0, 13			# EXO_PAGE_ALLOC: the highest free page
	syscall
	bltz	$v0, fail
	move	$s5, $v0
	li	$s6, 12
	li	$s3, 0x28000000
1:	addiu	$s5, $s5, -%d
	move	$a0, $s5		# this physical page, by number
	li	$v0, 13
	syscall
	bne	$v0, $s5, fail
	move	$a1, $v0
	move	$a0, $s3
	li	$a2, 3
	li	$v0, 16			# EXO_BIND, read-write
	syscall
	bnez	$v0, fail
	addiu	$s6, $s6, -1
	bnez	$s6, 1b
	addiu	$s3, $s3, 4096
	li	$t0, 0x28000000		# A and B: pseudo-random words (xorshift)
	li	$t1, 2*4096
	li	$t2, 0x2545f491
1:	sll	$t3, $t2, 13
	xor	$t2, $t2, $t3
	srl	$t3, $t2, 17
	xor	$t2, $t2, $t3
	sll	$t3, $t2, 5
	xor	$t2, $t2, $t3
	sw	$t2, 0($t0)
	addiu	$t1, $t1, -1
	bnez	$t1, 1b
	addiu	$t0, $t0, 4
	li	$s1, 0x28000000
	li	$s2, 0x28004000
	li	$s3, 0x28008000
	move	$s4, $zero
`, stride)
	}
	// Pre reads all three matrices, so that what stays in the cache is
	// what their colours allow.
	const pre = `li	$t0, 0x28000000
	li	$t1, 3*4096
5:	lw	$t2, 0($t0)
	addiu	$t1, $t1, -1
	bnez	$t1, 5b
	addiu	$t0, $t0, 4
`
	// One operation is one row of C: C[i][j] = OR over k of A[i][k] AND
	// B[k][j], for row i = the operation's number mod 64.
	const op = `andi	$t0, $s4, 63
	sll	$t0, $t0, 8
	addu	$a0, $s1, $t0		# &A[i][0]
	addu	$a1, $s3, $t0		# &C[i][0]
	move	$a2, $zero		# 4j
7:	addu	$t3, $s2, $a2		# &B[0][j]
	move	$t1, $a0
	li	$t4, 64
	move	$t9, $zero
6:	lw	$t5, 0($t1)		# A[i][k]
	lw	$t6, 0($t3)		# B[k][j]
	addiu	$t1, $t1, 4
	and	$t5, $t5, $t6
	or	$t9, $t9, $t5
	addiu	$t4, $t4, -1
	bnez	$t4, 6b
	addiu	$t3, $t3, 256
	addu	$t7, $a1, $a2
	sw	$t9, 0($t7)		# C[i][j]
	addiu	$a2, $a2, 4
	sltiu	$t8, $a2, 256
	bnez	$t8, 7b
	nop
	addiu	$s4, $s4, 1`
	return []Scenario{
		{
			// Pages 32 apart: every one the same colour (128 KB cache, 4 KB
			// pages), what an allocator blind to colour may hand out. Each
			// matrix's four pages collide with each other, so a column of B
			// never stays in the cache.
			ID: "vm.colour.naive.exo", Name: "one row of a 64×64 matrix product on pages of one cache colour, exokernel", Personality: kernel.Exokernel,
			Setup: setup(32), Pre: pre, Op: op, Empty: "nop",
			// Which of A's and C's words the columns of B evict depends
			// on the row (i mod 16): the figure is the mean over all 64.
			Iterations: 64,
		},
		{
			// Consecutive pages: twelve colours, the 48 KB of matrices all
			// fit in the data cache together.
			ID: "vm.colour.coloured.exo", Name: "the same on pages of twelve colours, chosen by physical number, exokernel", Personality: kernel.Exokernel,
			Setup: setup(1), Pre: pre, Op: op, Empty: "nop",
			Iterations: 64,
		},
	}
}

// Lookup returns the scenario with the given id.
func Lookup(id string) (Scenario, bool) {
	for _, s := range Scenarios() {
		if s.ID == id {
			return s, true
		}
	}
	return Scenario{}, false
}
