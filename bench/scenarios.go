package bench

import (
	"graftlab/kernel"
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
	return append(s, misfitScenarios()...)
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
