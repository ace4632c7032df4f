package bench

import (
	"fmt"

	"graftlab/kernel"
)

// The VM suite of the exokernel paper's Table 10: page protection, the
// protection trap, Appel and Li's two measures, and the dirty bit. Each
// operation's source is the same under both personalities: the program
// calls the library OS's interface (package libos), vm_exo.mips on the
// exokernel's secure bindings and vm_conv.mips on mprotect and SIGSEGV.
const (
	vmBase  = 0x30000000
	vmPages = 128
)

func vmScenarios() []Scenario {
	// The library OS set up, with the program's fault handler h, and every
	// page of the region written once: dirty (exokernel), its translation
	// in the page tables (conventional).
	setup := func(h string) string {
		return `
	la	$a0, ` + h + `
	jal	vm_init
	nop
	bnez	$v0, fail
	nop
	li	$t0, VM_BASE
	li	$t1, VM_PAGES
1:	sw	$zero, 0($t0)
	addiu	$t1, $t1, -1
	bnez	$t1, 1b
	addiu	$t0, $t0, 4096
	li	$s1, VM_BASE
`
	}
	// The program's fault handlers: vmskip resumes after the faulting
	// store; vmunprot makes the page writable and retries it.
	const handlers = `
vmskip:
	jr	$ra
	addiu	$v0, $a1, 4
vmunprot:
	addiu	$sp, $sp, -24
	sw	$ra, 20($sp)
	sw	$a1, 16($sp)
	li	$t1, -4096
	and	$a0, $a0, $t1
	jal	vm_unprot
	li	$a1, 1
	bnez	$v0, fail
	lw	$v0, 16($sp)
	lw	$ra, 20($sp)
	jr	$ra
	addiu	$sp, $sp, 24
`
	extra := func(p kernel.Personality) string {
		lib := "vm_conv.mips"
		if p == kernel.Exokernel {
			lib = "vm_exo.mips"
		}
		return handlers + "\t.include \"" + lib + "\"\n"
	}
	defs := fmt.Sprintf("\t.equ VM_BASE, %#x\n\t.equ VM_PAGES, %d\n", vmBase, vmPages)
	call := func(fn, pages string) (op, empty string) {
		return "move $a0, $s1\n\tjal " + fn + "\n\tli $a1, " + pages + "\n\tbnez $v0, fail\n\tnop",
			"move $a0, $s1\n\tnop\n\tli $a1, " + pages + "\n\tbnez $zero, fail\n\tnop"
	}
	type row struct {
		id, name      string
		handler, pre  string
		op, empty     string
		conv, exo     float64 // the paper's µs: Ultrix, Aegis (0: n/a)
		ref           string
		iterations    int
		exoOnly, halt bool
	}
	prot1, prot1e := call("vm_prot", "1")
	prot100, prot100e := call("vm_prot", "100")
	unprot100, unprot100e := call("vm_unprot", "100")
	rows := []row{
		{id: "prot1", name: "write-protect one page", handler: "vmskip", op: prot1, empty: prot1e, conv: 32.0, exo: 16.9},
		{id: "prot100", name: "write-protect 100 pages", handler: "vmskip", op: prot100, empty: prot100e, conv: 102.0, exo: 109.0, iterations: 20},
		{id: "unprot100", name: "unprotect 100 pages", handler: "vmskip", op: unprot100, empty: unprot100e, conv: 102.0, exo: 143.0, iterations: 20},
		{id: "trap", name: "a store to a protected page trapped to the program's handler, which skips it", handler: "vmskip",
			pre: "\tmove $a0, $s1\n\tjal vm_prot\n\tli $a1, 1\n\tbnez $v0, fail\n\tnop\n",
			op:  "sw $zero, 0($s1)", empty: "nop", conv: 161.0, exo: 4.8},
		{id: "appel1", name: "protect a page, a store to it trapped, the handler unprotects it and the store is retried", handler: "vmunprot",
			op:    "move $a0, $s1\n\tjal vm_prot\n\tli $a1, 1\n\tbnez $v0, fail\n\tsw $zero, 0($s1)",
			empty: "move $a0, $s1\n\tnop\n\tli $a1, 1\n\tbnez $zero, fail\n\tnop",
			conv:  262.0, exo: 34.0},
		// One operation is one page: every 100th protects the 100 pages
		// at once, and each stores into the next protected one, which
		// traps and is unprotected by the handler (s2 counts the pages
		// left; the empty loop keeps its own count in s3). Whole rounds
		// of 100 make the figure the paper's: (prot100 + 100 traps and
		// unprotections) / 100.
		{id: "appel2", name: "protect 100 pages at once, then per page a store trapped, the page unprotected and the store retried (per page)", handler: "vmunprot",
			op: `bnez	$s2, 1f
	nop
	move	$a0, $s1
	jal	vm_prot
	li	$a1, 100
	bnez	$v0, fail
	li	$s2, 100
1:	addiu	$s2, $s2, -1
	sll	$t0, $s2, 12
	addu	$t0, $t0, $s1
	sw	$zero, 0($t0)`,
			empty: `bnez	$s3, 1f
	nop
	move	$a0, $s1
	nop
	li	$a1, 100
	bnez	$zero, fail
	li	$s3, 100
1:	addiu	$s3, $s3, -1
	sll	$t0, $s3, 12
	addu	$t0, $t0, $s1
	nop`,
			conv: 232.0, exo: 22.0, iterations: 200},
		{id: "dirty", name: "a page's dirty bit read from the library OS's page table", handler: "vmskip",
			op:    "jal vm_dirty\n\tmove $a0, $s1\n\taddiu $t0, $v0, -1\n\tbnez $t0, fail\n\tnop",
			empty: "nop\n\tmove $a0, $s1\n\taddiu $t0, $v0, -1\n\tbnez $zero, fail\n\tnop",
			exo:   9.8, exoOnly: true},
	}
	var s []Scenario
	for _, r := range rows {
		for _, p := range []kernel.Personality{kernel.Conventional, kernel.Exokernel} {
			if p == kernel.Conventional && r.exoOnly {
				continue
			}
			sc := Scenario{
				ID: "vm." + r.id + ".conv", Name: r.name + ", conventional (mprotect, SIGSEGV)",
				Personality: p,
				Setup:       defs + setup(r.handler) + r.pre,
				Op:          r.op, Empty: r.empty,
				Extra:      extra(p),
				Iterations: r.iterations,
				Reference:  r.conv, ReferenceSource: srcUltrix + ", T10 " + r.id,
				Regions: func(int) []kernel.Region {
					return []kernel.Region{{VA: vmBase, Pages: vmPages, Write: true}}
				},
			}
			if p == kernel.Exokernel {
				sc.ID = "vm." + r.id + ".exo"
				sc.Name = r.name + ", exokernel (library OS on secure bindings)"
				sc.Reference, sc.ReferenceSource = r.exo, srcAegis+", T10 "+r.id
				sc.Regions = nil
			}
			if sc.Reference == 0 {
				sc.ReferenceSource = ""
			}
			s = append(s, sc)
		}
	}
	return s
}
