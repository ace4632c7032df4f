package kernel

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"graftlab/loader"
)

// Weaknesses of the one-environment kernel that several environments make
// real (doc/kernel.md, "Hardening"): each program exits 0 when the kernel
// behaves, or with the number of the check that failed.

// guestProg assembles a test program. EXIT n and NULLSYS are defined for
// the personality.
func guestProg(t testing.TB, p Personality, body string) *loader.Executable {
	t.Helper()
	exit, null := "\tli $a0, \\n\n\tli $v0, 4001\n\tsyscall\n", 4020
	if p == Exokernel {
		exit, null = "\tli $a0, \\n\n\tli $v0, 2\n\tsyscall\n", 0
	}
	src := fmt.Sprintf("\t.set noreorder\n\t.set noat\n\t.equ NULLSYS, %d\n\t.macro EXIT n\n%s\t.endm\n\t.text\n\t.globl __start\n__start:\n%s", null, exit, body)
	path := filepath.Join(t.TempDir(), "prog.s")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return assemble(t, path, nil)
}

// No kernel value comes back in k0 or k1: after a system call, a TLB
// refill, a timer interrupt, and (exokernel) at the exception handler,
// which finds its own address in k0 and zero in k1.
func TestKernelRegistersCleared(t *testing.T) {
	body := `
	li	$k0, 0x55
	li	$k1, 0x66
	li	$v0, NULLSYS
	syscall
	or	$t0, $k0, $k1
	beqz	$t0, 1f
	nop
	EXIT	1
1:	li	$k0, 0x55
	li	$k1, 0x66
	lw	$t1, -16384($sp)	# a stack page not in the TLB yet: a refill
	or	$t0, $k0, $k1
	beqz	$t0, 2f
	nop
	EXIT	2
2:	li	$k0, 0x55
	li	$k1, 0x66
	li	$t2, 20000		# timer interrupts, and no memory access
3:	addiu	$t2, $t2, -1
	bnez	$t2, 3b
	nop
	or	$t0, $k0, $k1
	beqz	$t0, 4f
	nop
	EXIT	3
4:
`
	exoBody := `
	la	$a0, handler
	li	$a1, 0x7100
	li	$v0, 3			# set_handler
	syscall
	beqz	$v0, 5f
	nop
	EXIT	4
5:	li	$k1, 0x55
	break
	lw	$t0, 0x7200($zero)	# k1 as the handler found it
	beqz	$t0, 6f
	nop
	EXIT	5
6:	lw	$t0, 0x7204($zero)	# k0: the handler's own address
	la	$t1, handler
	beq	$t0, $t1, 7f
	nop
	EXIT	6
7:	EXIT	0
handler:
	sw	$k1, 0x7200($zero)
	sw	$k0, 0x7204($zero)
	addiu	$k0, $t0, 4
	lw	$t0, 0x7100($zero)
	lw	$t1, 0x7104($zero)
	lw	$t2, 0x7108($zero)
	jr	$k0
	nop
`
	for _, p := range []Personality{Conventional, Exokernel} {
		b := body + "\tEXIT 0\n"
		if p == Exokernel {
			b = body + exoBody
		}
		x := guestProg(t, p, b)
		_, status, _ := bootRun(t, Config{Program: x, Personality: p, TimerInterval: 1000}, 1_000_000)
		if status != 0 {
			t.Errorf("%v: check %d failed: a kernel value came back in k0 or k1", p, status)
		}
	}
}

// A system call in a delay slot is refused (SIGSYS, EPC at the branch): it
// used to run twice and lose its branch.
func TestSyscallInDelaySlot(t *testing.T) {
	for _, p := range []Personality{Conventional, Exokernel} {
		x := guestProg(t, p, "\tli $v0, NULLSYS\n\tb 1f\n\tsyscall\n1:\tEXIT 0\n")
		_, status, sys := bootRun(t, Config{Program: x, Personality: p}, 100_000)
		c, ok := sys.Crash()
		if status != 128+12 || !ok || c.Signal != 12 || c.EPC != x.Entry+4 {
			t.Errorf("%v: status %d, crash %+v %v; want SIGSYS at the branch %#x", p, status, c, ok, x.Entry+4)
		}
	}
}

// An exokernel handler that cannot run (misaligned: refused at
// registration; unmapped: the environment is killed) never makes the
// kernel deliver the same exception forever.
func TestExoHandlerFault(t *testing.T) {
	x := guestProg(t, Exokernel, `
	li	$a0, 0x00c00002
	li	$a1, 0x7100
	li	$v0, 3
	syscall
	li	$t0, -22
	beq	$v0, $t0, 1f
	nop
	EXIT	1
1:	li	$a0, 0x00c00000		# aligned, never mapped
	li	$a1, 0x7100
	li	$v0, 3
	syscall
	beqz	$v0, 2f
	nop
	EXIT	2
2:	break
	EXIT	3
`)
	_, status, sys := bootRun(t, Config{Program: x, Personality: Exokernel}, 200_000)
	c, ok := sys.Crash()
	if status != 128+11 || !ok || c.EPC != 0x00c00000 {
		t.Errorf("status %d, crash %+v %v; want SIGSEGV at the handler 0x00c00000", status, c, ok)
	}
}

// brk stops below the next region, gives back what it mapped when memory
// runs out, and brings zeroed pages when it grows again after shrinking.
func TestBrkHardening(t *testing.T) {
	brk := func(arg string) string {
		return "\tli $a0, " + arg + "\n\tli $v0, 4045\n\tsyscall\n"
	}
	t.Run("limit", func(t *testing.T) {
		x := guestProg(t, Conventional, brk("0")+`	move	$s0, $v0
`+brk("0x00801000")+`	beq	$v0, $s0, 1f
	nop
	EXIT	1
1:	li	$t0, 0x00800000
	lbu	$t1, 0($t0)
	li	$t2, 0x41
	beq	$t1, $t2, 2f
	nop
	EXIT	2
2:	EXIT	0
`)
		_, status, _ := bootRun(t, Config{Program: x, Regions: []Region{{VA: 0x00800000, Pages: 1, Write: true, Data: []byte("A")}}}, 2_000_000)
		if status != 0 {
			t.Errorf("check %d failed: brk grew over the region above it", status)
		}
	})
	t.Run("zeroed", func(t *testing.T) {
		x := guestProg(t, Conventional, brk("0")+`	move	$s0, $v0
	addiu	$a0, $s0, 8192
	li	$v0, 4045
	syscall
	li	$t0, 0x77
	sb	$t0, 150($s0)
	sb	$t0, 5000($s0)
	addiu	$a0, $s0, 100
	li	$v0, 4045
	syscall
	addiu	$a0, $s0, 8192
	li	$v0, 4045
	syscall
	lbu	$t0, 150($s0)
	beqz	$t0, 1f
	nop
	EXIT	1
1:	lbu	$t0, 5000($s0)
	beqz	$t0, 2f
	nop
	EXIT	2
2:	li	$t0, 0x66
	sb	$t0, 200($s0)
	addiu	$a0, $s0, 100
	li	$v0, 4045
	syscall
	addiu	$a0, $s0, 300
	li	$v0, 4045
	syscall
	lbu	$t0, 200($s0)
	beqz	$t0, 3f
	nop
	EXIT	3
3:	EXIT	0
`)
		_, status, _ := bootRun(t, Config{Program: x}, 2_000_000)
		if status != 0 {
			t.Errorf("check %d failed: brk brought back old contents", status)
		}
	})
	t.Run("out of memory", func(t *testing.T) {
		x := guestProg(t, Conventional, brk("0")+`	move	$s0, $v0
	li	$t0, 0x0f000000
	addu	$a0, $s0, $t0
	li	$v0, 4045
	syscall
	beq	$v0, $s0, 1f
	nop
	EXIT	1
1:	lw	$t0, 0($s0)		# nothing mapped above the break: SIGSEGV
	EXIT	2
`)
		_, status, sys := bootRun(t, Config{Program: x, RAMSize: 8 << 20}, 20_000_000)
		c, ok := sys.Crash()
		if status != 128+11 || !ok || c.Signal != 11 || !strings.Contains(c.String(), "TLBL") {
			t.Errorf("status %d, crash %v %v: pages mapped by the failed brk stayed mapped", status, c, ok)
		}
	})
}
