package psl

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"graftlab/cpu"
	"graftlab/isa/asm"
	"graftlab/kernel"
	"graftlab/loader"
	"graftlab/loader/object"
	"graftlab/profile"
)

func assembleObj(t *testing.T, path string) []byte {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	f, err := asm.Assemble(path, src, asm.Options{})
	if err != nil {
		t.Fatal(err)
	}
	b, err := f.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// client assembles a client program: EXIT n, CALL lib, svc (a0 set before).
func client(t *testing.T, p kernel.Personality, body string) *loader.Executable {
	t.Helper()
	exit := "\tli $a0, \\n\n\tli $v0, 4001\n\tsyscall\n"
	if p == kernel.Exokernel {
		exit = "\tli $a0, \\n\n\tli $v0, 2\n\tsyscall\n"
	}
	src := "\t.set noreorder\n\t.macro EXIT n\n" + exit + "\t.endm\n" +
		"\t.macro CALL lib, svc\n\tli $t9, 0x60000000 + \\lib * 0x400 + \\svc * 16\n\tjalr $t9\n\tnop\n\t.endm\n" +
		"\t.text\n\t.globl __start\n__start:\n" + body
	path := filepath.Join(t.TempDir(), "client.s")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := asm.Assemble(path, []byte(src), asm.Options{})
	if err != nil {
		t.Fatal(err)
	}
	im, err := loader.Link([]*object.File{f}, []string{path}, loader.LinkOptions{})
	if err != nil {
		t.Fatal(err)
	}
	x, err := im.Executable()
	if err != nil {
		t.Fatal(err)
	}
	return x
}

func libs(t *testing.T) []kernel.Library {
	t.Helper()
	c, err := Build(Spec{Name: "counter", Object: assembleObj(t, "../testdata/psl/counter.s")}, 0)
	if err != nil {
		t.Fatal(err)
	}
	w, err := Build(Spec{Name: "twice", Object: assembleObj(t, "../testdata/psl/twice.s")}, 1)
	if err != nil {
		t.Fatal(err)
	}
	return []kernel.Library{c, w}
}

func boot(t *testing.T, cfg kernel.Config, limit uint64) (string, int, *kernel.System) {
	t.Helper()
	var out bytes.Buffer
	cfg.Console = &out
	if cfg.Profile == nil {
		p, err := profile.Lookup("dec5000")
		if err != nil {
			t.Fatal(err)
		}
		cfg.Profile = p
	}
	sys, err := kernel.Boot(cfg)
	if err != nil {
		t.Fatal(err)
	}
	stop, err := sys.Run(context.Background(), cpu.Limits{MaxInstructions: limit})
	if err != nil {
		t.Fatal(err)
	}
	if stop.Reason != cpu.StopHalted {
		t.Fatalf("stopped: %v at pc %#x", stop.Reason, sys.Machine.PC)
	}
	return out.String(), int(stop.Status), sys
}

// The services by name, in the object's order; the stubs the kernel writes
// are the ones this package builds.
func TestBuild(t *testing.T) {
	l := libs(t)
	// The gate is the first instruction, after the ELF and program headers
	// at the start of the text segment, as GNU ld lays it out.
	if fmt.Sprintf("%x", l[0].Services) != "[40000090 400000a4 400000b0 400000b8 400000c0]" || l[0].Gate != 0x40000080 || l[1].Gate != 0x50000060 {
		t.Errorf("counter: services %x, gate %#x; twice gate %#x", l[0].Services, l[0].Gate, l[1].Gate)
	}
	if got := StubCode(1, 2); len(got) != 16 || !bytes.Equal(got[4:8], []byte{0x0c, 0, 0, 0}) || Stub(1, 2) != 0x60000420 {
		t.Errorf("stub: % x at %#x", got, Stub(1, 2))
	}
	if _, err := Build(Spec{Name: "counter", Object: assembleObj(t, "../testdata/psl/counter.s"), Services: []string{"add", "nope"}}, 0); err == nil || !strings.Contains(err.Error(), `no service "nope"`) {
		t.Errorf("a missing service: %v", err)
	}
	if _, err := Build(Spec{Name: "x", Object: assembleObj(t, "../testdata/psl/twice.s")}, 2); err == nil {
		t.Error("library 2 accepted")
	}
}

// Two clients, one of each personality... here two conventional clients
// share the library's data: each adds, and the totals show the other's.
func TestCallsShareTheLibrary(t *testing.T) {
	for _, p := range []kernel.Personality{kernel.Conventional, kernel.Exokernel} {
		a := client(t, p, `
	li	$a0, 5
	CALL	0, 0			# add(5)
	li	$t0, 5
	bne	$v0, $t0, 1f
	nop
	li	$a0, 7
	li	$v0, 5			# exokernel yield / conventional: ENOSYS
	li	$t0, `+fmt.Sprint(map[kernel.Personality]int{kernel.Conventional: 4162, kernel.Exokernel: 5}[p])+`
	move	$v0, $t0
	li	$a0, 1
	syscall
	CALL	0, 1			# get(): 5 + the other client's 10
	li	$t0, 15
	bne	$v0, $t0, 1f
	nop
	EXIT	0
1:	EXIT	1
`)
		b := client(t, p, `
	li	$a0, 10
	CALL	0, 0
	EXIT	0
`)
		_, status, sys := boot(t, kernel.Config{Program: a, Personality: p, Libraries: libs(t), PSL: []int{0},
			Programs: []kernel.Program{{Executable: b, Libraries: []int{0}}}}, 1_000_000)
		if status != 0 {
			t.Errorf("%v: status %d, exits %+v", p, status, sys.Exits())
		}
	}
}

// Isolation: outside a call the library is closed to its client; during
// one the client's private memory is closed to the library (a fault there
// returns -EFAULT to the client, whose state is intact); a service index
// that does not exist is -EINVAL; a nested call reaches the second library.
func TestIsolation(t *testing.T) {
	for _, prof := range []string{"dec5000", "ideal"} {
		pr, err := profile.Lookup(prof)
		if err != nil {
			t.Fatal(err)
		}
		t.Run(prof, func(t *testing.T) { isolation(t, pr) })
	}
}

func isolation(t *testing.T, prof *profile.Profile) {
	for _, p := range []kernel.Personality{kernel.Conventional, kernel.Exokernel} {
		ok := client(t, p, `
	li	$s0, 0x5eed
	la	$a0, secret		# the client's own memory: closed to the library
	CALL	0, 2			# peek
	li	$t0, -14
	bne	$v0, $t0, 1f
	nop
	li	$t0, 0x5eed		# s0 and sp survived
	bne	$s0, $t0, 1f
	nop
	li	$v0, -1 - 31		# service 31: there is none
	syscall
	li	$t0, -22
	bne	$v0, $t0, 1f
	nop
	li	$v0, -1 - 256		# library 1: not attached to this client
	syscall
	li	$t0, -22
	bne	$v0, $t0, 1f
	nop
	EXIT	0
1:	EXIT	1
	.data
secret:	.word	42
`)
		_, status, sys := boot(t, kernel.Config{Profile: prof, Program: ok, Personality: p, Libraries: libs(t), PSL: []int{0}}, 1_000_000)
		if status != 0 {
			t.Errorf("%v: status %d, exits %+v", p, status, sys.Exits())
		}
		nested := client(t, p, `
	li	$a0, 21
	CALL	0, 4			# relay: twice(21) + 1000, through library 1
	li	$t0, 1042
	bne	$v0, $t0, 1f
	nop
	EXIT	0
1:	EXIT	1
`)
		_, status, sys = boot(t, kernel.Config{Profile: prof, Program: nested, Personality: p, Libraries: libs(t), PSL: []int{0, 1}}, 1_000_000)
		if status != 0 {
			t.Errorf("%v nested: status %d, exits %+v", p, status, sys.Exits())
		}
		for _, c := range []struct{ name, body string }{
			{"read the library outside a call", "\tli $t0, 0x40000000\n\tlw $t1, 0($t0)\n"},
			{"jump into the library", "\tli $t0, 0x40000004\n\tjr $t0\n\tnop\n"},
		} {
			x := client(t, p, c.body+"\tEXIT 0\n")
			_, status, sys := boot(t, kernel.Config{Profile: prof, Program: x, Personality: p, Libraries: libs(t), PSL: []int{0}}, 1_000_000)
			if cr, killed := sys.Crash(); status != 128+11 || !killed || !strings.Contains(cr.String(), "SegV") {
				t.Errorf("%v: %s: status %d, crash %v", p, c.name, status, cr)
			}
		}
	}
}

// A service that never returns loses the processor at the end of the
// slice like any code (its time is its client's), and another client runs.
func TestServiceLoopPreempted(t *testing.T) {
	spinner := client(t, kernel.Conventional, "\tCALL 0, 3\n\tEXIT 1\n")
	other := client(t, kernel.Conventional, "\tli $a0, 3\n\tCALL 0, 0\n\tli $a0, 4\n\tli $v0, 4001\n\tsyscall\n")
	_, _, sys := bootLimit(t, kernel.Config{Program: spinner, Libraries: libs(t), PSL: []int{0}, TimerInterval: 5000,
		Programs: []kernel.Program{{Executable: other, Libraries: []int{0}}}}, 2_000_000)
	if ex := sys.Exit(1); !ex.Exited || ex.Status != 4 {
		t.Errorf("the other client: %+v", ex)
	}
}

// bootLimit runs to the instruction limit (a spinning service never ends).
func bootLimit(t *testing.T, cfg kernel.Config, limit uint64) (string, cpu.Stop, *kernel.System) {
	t.Helper()
	var out bytes.Buffer
	cfg.Console = &out
	sys, err := kernel.Boot(cfg)
	if err != nil {
		t.Fatal(err)
	}
	stop, err := sys.Run(context.Background(), cpu.Limits{MaxInstructions: limit})
	if err != nil {
		t.Fatal(err)
	}
	return out.String(), stop, sys
}
