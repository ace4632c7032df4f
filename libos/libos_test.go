package libos

import (
	"bytes"
	"context"
	"testing"

	"graftlab/cpu"
	"graftlab/isa/asm"
	"graftlab/kernel"
	"graftlab/loader"
	"graftlab/loader/object"
	"graftlab/profile"
)

const (
	base  = 0x30000000
	pages = 8
)

// run assembles body with the library for the personality and boots it;
// the program exits 0, or with the number of the check that failed.
func run(t *testing.T, p kernel.Personality, body string) (int, *kernel.System) {
	t.Helper()
	lib, exit := "vm_conv.mips", "\tli $v0, 4001\n\tsyscall\n"
	var regions []kernel.Region
	if p == kernel.Exokernel {
		lib, exit = "vm_exo.mips", "\tli $v0, 2\n\tsyscall\n"
	} else {
		regions = []kernel.Region{{VA: base, Pages: pages, Write: true}}
	}
	src := "\t.set noreorder\n\t.equ VM_BASE, 0x30000000\n\t.equ VM_PAGES, 8\n" +
		"\t.macro EXIT n\n\tli $a0, \\n\n" + exit + "\t.endm\n" +
		"\t.text\n\t.globl __start\n__start:\n" + body + "\n\t.include \"" + lib + "\"\n"
	obj, err := asm.Assemble("prog.s", []byte(src), asm.Options{ReadFile: ReadFile})
	if err != nil {
		t.Fatal(err)
	}
	im, err := loader.Link([]*object.File{obj}, []string{"prog.s"}, loader.LinkOptions{})
	if err != nil {
		t.Fatal(err)
	}
	x, err := im.Executable()
	if err != nil {
		t.Fatal(err)
	}
	prof, err := profile.Lookup("dec5000")
	if err != nil {
		t.Fatal(err)
	}
	var console bytes.Buffer
	sys, err := kernel.Boot(kernel.Config{Program: x, Personality: p, Regions: regions, Profile: prof, Console: &console, RAMSize: 16 << 20})
	if err != nil {
		t.Fatal(err)
	}
	stop, err := sys.Run(context.Background(), cpu.Limits{MaxInstructions: 2_000_000})
	if err != nil {
		t.Fatal(err)
	}
	if stop.Reason != cpu.StopHalted {
		t.Fatalf("stopped: %v at pc %#x", stop.Reason, sys.Machine.PC)
	}
	return stop.Status, sys
}

// The interface on both personalities: protect, fault to the program's
// handler with the address, unprotect from the handler and retry; the
// data survives; a range outside the region is refused.
const protBody = `
	la	$a0, handler
	jal	vm_init
	nop
	bnez	$v0, 1f
	li	$s0, 0x30002000
	li	$t0, 0x1234
	sw	$t0, 8($s0)
	move	$a0, $s0
	jal	vm_prot
	li	$a1, 2
	bnez	$v0, 2f
	nop
	lw	$t1, 8($s0)		# reads go on
	li	$t0, 0x5678
	sw	$t0, 4100($s0)		# faults: the handler unprotects the page
	lw	$t1, 4100($s0)
	bne	$t1, $t0, 3f
	la	$t2, seen
	lw	$t3, 0($t2)
	li	$t4, 0x30003004
	bne	$t3, $t4, 4f
	lw	$t3, 4($t2)
	li	$t4, 1
	bne	$t3, $t4, 5f
	nop
	sw	$t0, 12($s0)		# the other page is still protected
	lw	$t3, 4($t2)
	li	$t4, 2
	bne	$t3, $t4, 6f
	li	$a0, 0x30008000		# past the region
	jal	vm_prot
	li	$a1, 1
	bgez	$v0, 7f
	nop
	EXIT	0
1:	EXIT	1
2:	EXIT	2
3:	EXIT	3
4:	EXIT	4
5:	EXIT	5
6:	EXIT	6
7:	EXIT	7

# The program's fault handler: a0 = BadVAddr, a1 = PC; record, unprotect
# the page, retry.
handler:
	addiu	$sp, $sp, -24
	sw	$ra, 20($sp)
	sw	$a1, 16($sp)
	la	$t0, seen
	sw	$a0, 0($t0)
	lw	$t1, 4($t0)
	addiu	$t1, $t1, 1
	sw	$t1, 4($t0)
	li	$t1, -4096
	and	$a0, $a0, $t1
	jal	vm_unprot
	li	$a1, 1
	lw	$v0, 16($sp)
	lw	$ra, 20($sp)
	jr	$ra
	addiu	$sp, $sp, 24
	.data
seen:	.word	0, 0
	.text
`

func TestProtBoth(t *testing.T) {
	for _, p := range []kernel.Personality{kernel.Conventional, kernel.Exokernel} {
		if status, sys := run(t, p, protBody); status != 0 {
			c, _ := sys.Crash()
			t.Errorf("%v: check %d failed (%v)", p, status, c)
		}
	}
}

// The software dirty bit: clean after vm_init, dirty after the first
// write (which the library OS resolves itself, without the program's
// handler), untouched by a read or by vm_prot and vm_unprot.
func TestDirty(t *testing.T) {
	status, sys := run(t, kernel.Exokernel, `
	la	$a0, handler
	jal	vm_init
	nop
	bnez	$v0, 1f
	li	$s0, 0x30001000
	jal	vm_dirty
	move	$a0, $s0
	bnez	$v0, 2f
	lw	$t0, 0($s0)		# a read leaves it clean
	jal	vm_dirty
	move	$a0, $s0
	bnez	$v0, 3f
	li	$t0, 9
	sw	$t0, 0($s0)		# the first write: dirty
	sw	$t0, 4($s0)
	jal	vm_dirty
	move	$a0, $s0
	li	$t1, 1
	bne	$v0, $t1, 4f
	nop
	jal	vm_dirty		# its neighbour is still clean
	addiu	$a0, $s0, 4096
	bnez	$v0, 5f
	nop
	jal	vm_dirty		# outside the region
	li	$a0, 0x20000000
	bgez	$v0, 6f
	nop
	la	$t0, calls
	lw	$t0, 0($t0)
	bnez	$t0, 7f
	lw	$t0, 4($s0)
	li	$t1, 9
	bne	$t0, $t1, 8f
	nop
	EXIT	0
1:	EXIT	1
2:	EXIT	2
3:	EXIT	3
4:	EXIT	4
5:	EXIT	5
6:	EXIT	6
7:	EXIT	7
8:	EXIT	8
handler:
	la	$t0, calls
	li	$t1, 1
	jr	$ra
	sw	$t1, 0($t0)
	.data
calls:	.word	0
	.text
`)
	if status != 0 {
		c, _ := sys.Crash()
		t.Errorf("check %d failed (%v)", status, c)
	}
}

// A binding the software TLB lost (here taken away with EXO_UNBIND, as an
// eviction from its slot would) is restored by the library OS's handler
// from its table, with the rights the table says, without the program's
// handler: a dirty page read-write, a clean one read-only until its write.
func TestLostBinding(t *testing.T) {
	status, sys := run(t, kernel.Exokernel, `
	la	$a0, handler
	jal	vm_init
	nop
	bnez	$v0, 1f
	li	$s0, 0x30004000
	li	$t0, 77
	sw	$t0, 0($s0)		# dirty
	move	$a0, $s0
	li	$v0, 17			# EXO_UNBIND
	syscall
	bnez	$v0, 2f
	lw	$t1, 0($s0)		# a miss: bound again
	li	$t0, 77
	bne	$t1, $t0, 3f
	nop
	sw	$t0, 8($s0)		# read-write: no fault
	addiu	$a0, $s0, 4096		# a clean page, unbound
	li	$v0, 17
	syscall
	lw	$t1, 4096($s0)
	jal	vm_dirty
	addiu	$a0, $s0, 4096
	bnez	$v0, 4f
	li	$t0, 5
	sw	$t0, 4096($s0)		# its first write: dirty
	jal	vm_dirty
	addiu	$a0, $s0, 4096
	li	$t0, 1
	bne	$v0, $t0, 5f
	la	$t0, calls
	lw	$t0, 0($t0)
	bnez	$t0, 6f
	nop
	EXIT	0
1:	EXIT	1
2:	EXIT	2
3:	EXIT	3
4:	EXIT	4
5:	EXIT	5
6:	EXIT	6
handler:
	la	$t0, calls
	li	$t1, 1
	sw	$t1, 0($t0)
	jr	$ra
	addiu	$v0, $a1, 4
	.data
calls:	.word	0
	.text
`)
	if status != 0 {
		c, _ := sys.Crash()
		t.Errorf("check %d failed (%v)", status, c)
	}
}
