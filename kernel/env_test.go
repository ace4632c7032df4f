package kernel

import (
	"strings"
	"testing"
)

// Several environments: the boot list, time slices, yield, protected
// control transfer (doc/kernel.md, "Environments").

// putsMacro prints a string with the personality's calls.
const convPuts = `
	.macro	PUTC c
	li	$a0, 1
	la	$a1, 9f
	li	$a2, 1
	li	$v0, 4004
	syscall
	.section .rodata
9:	.byte	\c
	.text
	.endm
`

const exoPuts = `
	.macro	PUTC c
	li	$a0, \c
	li	$v0, 1
	syscall
	.endm
`

// Two conventional processes that yield after each letter interleave; the
// machine stops when both have exited, with environment 0's status.
func TestEnvsYieldConv(t *testing.T) {
	prog := func(c byte, status int) string {
		return convPuts + `
	li	$s0, 5
1:	PUTC	` + string('0'+0) + `
	li	$v0, 4162		# sched_yield
	syscall
	addiu	$s0, $s0, -1
	bnez	$s0, 1b
	nop
	EXIT	` + string(rune('0'+status)) + `
`
	}
	a := guestProg(t, Conventional, replaceLetter(prog('a', 3), 'a'))
	b := guestProg(t, Conventional, replaceLetter(prog('b', 4), 'b'))
	out, status, sys := bootRun(t, Config{Program: a, Programs: []Program{{Executable: b}}}, 1_000_000)
	if out != "ababababab" || status != 3 {
		t.Errorf("output %q, status %d; want ababababab and 3", out, status)
	}
	ex := sys.Exits()
	if len(ex) != 2 || !ex[0].Exited || ex[0].Status != 3 || !ex[1].Exited || ex[1].Status != 4 {
		t.Errorf("exits %+v", ex)
	}
}

func replaceLetter(src string, c byte) string {
	out := []byte(src)
	for i := range out {
		if out[i] == '0' && i > 0 && out[i-1] == '\t' && i+1 < len(out) && out[i+1] == '\n' {
			out[i] = '\''
			return string(out[:i]) + "'" + string(c) + "'" + string(out[i+1:])
		}
	}
	return src
}

// The timer preempts a conventional process that never yields: the other
// one still runs and finishes.
func TestEnvsPreemptConv(t *testing.T) {
	spin := guestProg(t, Conventional, convPuts+`
	li	$s0, 400000
1:	addiu	$s0, $s0, -1
	bnez	$s0, 1b
	nop
	PUTC	'A'
	EXIT	0
`)
	quick := guestProg(t, Conventional, convPuts+`
	PUTC	'b'
	EXIT	0
`)
	out, status, _ := bootRun(t, Config{Program: spin, Programs: []Program{{Executable: quick}}, TimerInterval: 5000}, 5_000_000)
	if out != "bA" || status != 0 {
		t.Errorf("output %q, status %d; want bA (the spinning process preempted), 0", out, status)
	}
}

// Exokernel environments with run entries yield to each other by index;
// each resumes at its run entry with its state in its own memory.
func TestEnvsYieldExo(t *testing.T) {
	prog := func(me, other int, letter byte) string {
		return exoPuts + `
	li	$a0, 0			# ENTRY_RUN
	la	$a1, run
	li	$v0, 9
	syscall
	li	$t0, 3
	sw	$t0, 0x7100($zero)	# rounds left, in its u-page
run:
	lw	$t0, 0x7100($zero)
	beqz	$t0, done
	addiu	$t0, $t0, -1
	sw	$t0, 0x7100($zero)
	PUTC	` + string(rune('0'+0)) + `
	li	$a0, ` + string(rune('0'+other)) + `
	li	$v0, 5			# yield to the other
	syscall
	EXIT	9			# not reached: it resumes at run
done:
	EXIT	` + string(rune('0'+me)) + `
`
	}
	a := guestProg(t, Exokernel, replaceLetter(prog(0, 1, 'a'), 'a'))
	b := guestProg(t, Exokernel, replaceLetter(prog(1, 0, 'b'), 'b'))
	out, status, sys := bootRun(t, Config{Program: a, Programs: []Program{{Executable: b}}, Personality: Exokernel}, 1_000_000)
	ex := sys.Exits()
	if out != "ababab" || status != 0 || ex[1].Status != 1 {
		t.Errorf("output %q, status %d, exits %+v; want ababab, 0 and 1", out, status, ex)
	}
}

// A protected control transfer and its reply: the arguments travel in the
// registers, v1 names the caller. A transfer to an environment without a
// PCT entry fails with -ESRCH.
func TestPCT(t *testing.T) {
	caller := guestProg(t, Exokernel, `
	li	$a0, 1			# ENTRY_PCT
	la	$a1, reply
	li	$v0, 9
	syscall
	li	$a0, 1			# let environment 1 register its entry
	li	$v0, 5
	syscall
	li	$v1, 5			# no such environment
	li	$v0, 6
	syscall
	li	$t0, -3
	beq	$v0, $t0, 1f
	nop
	EXIT	1
1:	li	$a0, 41
	li	$a1, 0x1234
	li	$v1, 1			# environment 1
	li	$v0, 6			# synchronous PCT
	syscall
	EXIT	2			# not reached: the reply comes to reply
reply:
	li	$t0, 42
	bne	$a0, $t0, 3f
	nop
	li	$t0, 0x1235
	bne	$a1, $t0, 3f
	nop
	li	$t0, 1			# the callee's index
	bne	$v1, $t0, 3f
	nop
	EXIT	0
3:	EXIT	3
`)
	callee := guestProg(t, Exokernel, `
	li	$a0, 1
	la	$a1, serve
	li	$v0, 9
	syscall
	li	$a0, -1
	li	$v0, 5			# yield: wait for a transfer
	syscall
	EXIT	7
serve:
	addiu	$a0, $a0, 1
	addiu	$a1, $a1, 1
	li	$v0, 6			# back to the caller, named by v1
	syscall
	EXIT	8
`)
	out, status, sys := bootRun(t, Config{Program: caller, Programs: []Program{{Executable: callee}}, Personality: Exokernel}, 1_000_000)
	if status != 0 {
		t.Errorf("status %d (exits %+v), output %q", status, sys.Exits(), out)
	}
}

// An exokernel environment whose epilogue never yields is aborted with
// SIGXCPU after the grace period; the other finishes.
func TestEpilogueAbort(t *testing.T) {
	hog := guestProg(t, Exokernel, `
	la	$a0, handler
	li	$a1, 0x7100
	li	$v0, 3
	syscall
	li	$a0, 2			# ENTRY_EPI
	la	$a1, epilogue
	li	$v0, 9
	syscall
1:	b	1b
	nop
epilogue:
	b	epilogue		# never yields
	nop
handler:
	EXIT	5
`)
	polite := guestProg(t, Exokernel, exoPuts+`
	li	$s0, 3
1:	PUTC	'p'
	li	$t0, 20000
2:	addiu	$t0, $t0, -1
	bnez	$t0, 2b
	nop
	addiu	$s0, $s0, -1
	bnez	$s0, 1b
	nop
	EXIT	0
`)
	out, status, sys := bootRun(t, Config{Program: hog, Programs: []Program{{Executable: polite}}, Personality: Exokernel, TimerInterval: 2000}, 5_000_000)
	ex := sys.Exits()
	if status != 128+30 || out != "ppp" || ex[0].Crash.Signal != 30 || !ex[1].Exited || ex[1].Status != 0 {
		t.Errorf("status %d, output %q, exits %+v; want the hog aborted (158) and ppp", status, out, ex)
	}
}

// fork, pipe, blocking read, waitpid and end of file: the parent reads what
// the child writes (waiting for it), reaps it with its status, and sees the
// pipe's end once both write ends are closed.
func TestForkPipe(t *testing.T) {
	x := guestProg(t, Conventional, `
	li	$v0, 4042		# pipe: v0 = read end, v1 = write end
	syscall
	bnez	$a3, fail
	move	$s0, $v0
	move	$s1, $v1
	li	$v0, 4002		# fork
	syscall
	bnez	$a3, fail
	beqz	$v0, child
	move	$s2, $v0		# the child's pid
	move	$a0, $s1		# the parent closes its write end
	li	$v0, 4006
	syscall
	move	$a0, $s0		# read: waits for the child
	la	$a1, buf
	li	$a2, 16
	li	$v0, 4003
	syscall
	li	$t0, 5
	bne	$v0, $t0, fail
	li	$a0, 1
	la	$a1, buf
	li	$a2, 5
	li	$v0, 4004
	syscall
	move	$a0, $s2		# waitpid(child, &status, 0)
	la	$a1, status
	move	$a2, $zero
	li	$v0, 4007
	syscall
	bne	$v0, $s2, fail
	lw	$t0, status
	li	$t1, 3 << 8
	bne	$t0, $t1, fail
	move	$a0, $s0		# end of file: no write end is left
	la	$a1, buf
	li	$a2, 16
	li	$v0, 4003
	syscall
	bnez	$v0, fail
	li	$v0, 4007		# no child left
	li	$a0, -1
	move	$a1, $zero
	syscall
	beqz	$a3, fail
	EXIT	0
child:
	li	$t0, 1000		# let the parent block on the empty pipe
1:	addiu	$t0, $t0, -1
	bnez	$t0, 1b
	nop
	li	$v0, 4162
	syscall
	move	$a0, $s1
	la	$a1, msg
	li	$a2, 5
	li	$v0, 4004
	syscall
	EXIT	3
fail:
	EXIT	9
	.data
msg:	.ascii	"hello"
	.align	2
status:	.word	0
buf:	.space	16
`)
	out, status, sys := bootRun(t, Config{Program: x}, 2_000_000)
	if out != "hello" || status != 0 {
		t.Errorf("output %q, status %d, exits %+v", out, status, sys.Exits())
	}
}

// A long writev does not hold the processor past the slice: the kernel
// returns a short count when a timer tick is waiting, and the other
// environment's output lands inside the long one.
func TestWritevPreempted(t *testing.T) {
	long := guestProg(t, Conventional, `
	la	$s0, iov
	li	$s1, 64			# vectors left
1:	li	$a0, 1
	move	$a1, $s0
	move	$a2, $s1
	li	$v0, 4146		# writev
	syscall
	bnez	$a3, 9f
	# skip the vectors written; a short count ends inside one
	move	$t0, $v0
2:	beqz	$t0, 1b
	nop
	lw	$t1, 4($s0)
	sltu	$t2, $t0, $t1
	bnez	$t2, 3f
	nop
	subu	$t0, $t0, $t1
	addiu	$s0, $s0, 8
	addiu	$s1, $s1, -1
	beqz	$s1, 8f
	nop
	b	2b
	nop
3:	lw	$t2, 0($s0)		# part of this one was written
	addu	$t2, $t2, $t0
	sw	$t2, 0($s0)
	subu	$t1, $t1, $t0
	sw	$t1, 4($s0)
	b	1b
	nop
8:	EXIT	0
9:	EXIT	1
	.data
	.align	2
iov:
	.rept	64
	.word	line, 1024
	.endr
line:	.fill	1024, 1, 0x2e
`)
	other := guestProg(t, Conventional, convPuts+`
	PUTC	'b'
	EXIT	0
`)
	out, status, _ := bootRun(t, Config{Program: long, Programs: []Program{{Executable: other}}, TimerInterval: 20000}, 50_000_000)
	i := strings.IndexByte(out, 'b')
	if status != 0 || len(out) != 64*1024+1 || strings.Count(out, ".") != 64*1024 || i <= 0 || i >= len(out)-1 {
		t.Errorf("status %d, %d bytes, 'b' at %d: the long writev was not cut at its slice", status, len(out), i)
	}
}

// EXO_ENV_ALLOC: a new environment with pages its creator shares (its
// code, and a page both write) and gives (gone from the creator after).
func TestExoEnvAlloc(t *testing.T) {
	x := guestProg(t, Exokernel, `
	la	$a0, desc
	li	$v0, 12			# EXO_ENV_ALLOC
	syscall
	li	$t0, 1
	bne	$v0, $t0, fail		# the child is environment 1
	nop
1:	li	$t2, 0x00500000
	lw	$t0, 0($t2)		# the shared page, written by the child
	bnez	$t0, 2f
	nop
	li	$a0, -1
	li	$v0, 5
	syscall
	b	1b
	nop
2:	li	$t1, 0x600d
	bne	$t0, $t1, fail
	nop
	li	$t2, 0x00510000		# the page it gave away: a fault
	lw	$t0, 0($t2)
	EXIT	8
fail:
	EXIT	9

	.align	12			# the child's code, on a page of its own
child:
	li	$t2, 0x00610000		# the page it was given
	lw	$t0, 0($t2)
	li	$t1, 0x77
	bne	$t0, $t1, 1f
	nop
	li	$t0, 0x600d
	li	$t2, 0x00600000		# the shared page, at the child's address
	sw	$t0, 0($t2)
	li	$a0, 4
	li	$v0, 2
	syscall
1:	li	$a0, 5
	li	$v0, 2
	syscall
	.align	12
	.data
	.align	2
desc:	.word	child, 0, 3, 0
	.word	child+6, child		# its code: executable, shared (2|4)
	.word	0x00600005, 0x00500000	# a page both write (1|4)
	.word	0x00610001, 0x00510000	# a page given (1)
`)
	cfg := Config{Program: x, Personality: Exokernel, Regions: []Region{
		{VA: 0x00500000, Pages: 1, Write: true},
		{VA: 0x00510000, Pages: 1, Write: true, Data: []byte{0x77}},
	}}
	_, status, sys := bootRun(t, cfg, 1_000_000)
	ex := sys.Exits()
	if status != 128+11 || ex[0].Crash.BadVAddr != 0x00510000 {
		t.Errorf("status %d, exits %+v; want the creator killed at 0x00510000", status, ex)
	}
}

// Isolation: an environment cannot reach another's pages (the same address
// is its own, or nothing), cannot write segment registers or the TLB, and
// cannot make the kernel use an address it may not; the other environment
// finishes with its own output.
func TestEnvIsolation(t *testing.T) {
	owner := guestProg(t, Conventional, convPuts+`
	li	$t0, 0x00800000		# its secret, in a region only it maps
	li	$t1, 0x5ec2e7
	sw	$t1, 0($t0)
	li	$v0, 4162
	syscall
	li	$t0, 0x00800000
	lw	$t1, 0($t0)
	li	$t2, 0x5ec2e7
	bne	$t1, $t2, 1f
	nop
	PUTC	'o'
	PUTC	'k'
	EXIT	0
1:	EXIT	1
`)
	for _, c := range []struct {
		name, body string
		sig        int
	}{
		{"read another's page", "\tli $t0, 0x00800000\n\tlw $t1, 0($t0)\n", 11},
		{"write another's page", "\tli $t0, 0x00800000\n\tsw $t0, 0($t0)\n", 11},
		{"jump into another's page", "\tli $t0, 0x00800000\n\tjr $t0\n\tnop\n", 11},
		{"segment register", "\tli $t0, 0x60000010\n\tmtsr 0, $t0\n", 4},
		{"TLB", "\ttlbwi\n", 4},
		{"kernel memory", "\tlui $t0, 0x8001\n\tlw $t1, 0($t0)\n", 10},
		// EFAULT (a3 = 1, v0 = 14), then a deliberate fault to prove it
		{"kernel pointer to write", "\tli $a0, 1\n\tlui $a1, 0x8001\n\tli $a2, 4\n\tli $v0, 4004\n\tsyscall\n\tbeqz $a3, 1f\n\tli $t0, 14\n\tbne $v0, $t0, 1f\n\tnop\n\tlw $t0, 0($zero)\n1:\tEXIT 3\n", 11},
	} {
		attacker := guestProg(t, Conventional, c.body+"\tEXIT 2\n")
		cfg := Config{Program: owner, Regions: []Region{{VA: 0x00800000, Pages: 1, Write: true}}, Programs: []Program{{Executable: attacker}}}
		out, status, sys := bootRun(t, cfg, 1_000_000)
		ex := sys.Exits()
		if out != "ok" || status != 0 || ex[1].Crash.Signal != c.sig {
			t.Errorf("%s: output %q, status %d, attacker %+v; want ok, 0 and signal %d", c.name, out, status, ex[1], c.sig)
		}
	}
}

// Sixty-four environments, the most there is room for: each prints its
// letter and exits with its index; they run in boot-list order.
func TestSixtyFourEnvs(t *testing.T) {
	x := guestProg(t, Conventional, `
	li	$v0, 4020		# getpid: the index + 1
	syscall
	addiu	$s0, $v0, -1
	addiu	$t0, $s0, 0x30		# '0' + index
	la	$t1, ch
	sb	$t0, 0($t1)
	li	$a0, 1
	la	$a1, ch
	li	$a2, 1
	li	$v0, 4004
	syscall
	move	$a0, $s0
	li	$v0, 4001
	syscall
	.data
ch:	.byte	0
`)
	var more []Program
	for i := 1; i < MaxEnvs; i++ {
		more = append(more, Program{Executable: x})
	}
	out, status, sys := bootRun(t, Config{Program: x, Programs: more, StackPages: 2, RAMSize: 16 << 20}, 5_000_000)
	want := make([]byte, MaxEnvs)
	for i := range want {
		want[i] = byte('0' + i)
	}
	if out != string(want) || status != 0 {
		t.Errorf("output %q, status %d", out, status)
	}
	for i, ex := range sys.Exits() {
		if !ex.Exited || ex.Status != i {
			t.Errorf("environment %d: %+v", i, ex)
		}
	}
	if _, err := Boot(Config{Program: x, Programs: append(more, Program{Executable: x})}); err == nil || !strings.Contains(err.Error(), "at most 64 environments") {
		t.Errorf("65 programs: %v", err)
	}
}
