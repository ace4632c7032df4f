package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"graftlab/internal/tools"
	"graftlab/kernel"
	"graftlab/misfit"
)

// TestVinoPipeline is doc/vino.md's walk from a C graft to the running
// kernel: keygen, misfit with the kernel's callable list, boot with the
// graft in slot 0 and the caller; then the same graft unprotected.
func TestVinoPipeline(t *testing.T) {
	dir := t.TempDir()
	key := filepath.Join(dir, "k")
	obj := filepath.Join(dir, "tally.o")
	for _, step := range [][]string{
		{"keygen", "-o", key},
		{"misfit", "--key", key, "--policy", "check", "--callable", "../../kit/vino/vino.callable", "-o", obj, "../../kit/vino/tally.o"},
	} {
		if status, _, stderr := runCmd(t, "", step...); status != 0 {
			t.Fatalf("%v: status %d: %s", step, status, stderr)
		}
	}
	boot := func(args ...string) string {
		t.Helper()
		args = append(append([]string{"boot"}, args...), "../../kit/vino/caller.elf", "5", "7", "-3", "10")
		status, stdout, stderr := runCmd(t, "", args...)
		if status != 0 || stderr != "" {
			t.Fatalf("%v: status %d: %s", args, status, stderr)
		}
		return stdout
	}
	want := "tally(5) = 5\ntally(7) = 12\ntally(-3): not committed, errno 201 (status 1)\ntally(10) = 22\n"
	if got := boot("--graft", obj+":tally", "--graft-key", key+".pub"); got != want {
		t.Errorf("MiSFIT and VINO:\n got %q\nwant %q", got, want)
	}
	// Unprotected, the stray store lands on the caller's stack and the
	// update stays.
	want = "tally(5) = 5\ntally(7) = 12\ntally(-3) = 9\ntally(10) = 19\n"
	if got := boot("--graft", "../../kit/vino/tally.o:tally", "--graft-unprotected"); got != want {
		t.Errorf("unprotected:\n got %q\nwant %q", got, want)
	}
	// The same graft installed by a program at run time, from its
	// standard input (vino_install), called, and removed.
	signed, err := os.ReadFile(obj)
	if err != nil {
		t.Fatal(err)
	}
	status, stdout, stderr := runCmd(t, string(signed), "boot", "--graft-key", key+".pub", "../../kit/vino/installer.elf", "tally", "5", "7", "-3", "10")
	want = fmt.Sprintf("installed %d bytes in slot 0\ntally(5) = 5\ntally(7) = 12\ntally(-3): not committed, errno 201\ntally(10) = 22\nremoved: 0\n", len(signed))
	if status != 0 || stdout != want || stderr != "" {
		t.Errorf("installer: status %d\n got %q\nwant %q\nstderr %q", status, stdout, want, stderr)
	}
	// Without the key the kernel trusts nothing: EACCES.
	if _, stdout, _ := runCmd(t, string(signed), "boot", "../../kit/vino/installer.elf", "tally", "5"); stdout != fmt.Sprintf("vino_install: %d bytes: errno 13\n", len(signed)) {
		t.Errorf("installer without --graft-key: %q", stdout)
	}
	// No key: a usage error before anything runs.
	if status, _, stderr := runCmd(t, "", "boot", "--graft", obj+":tally", "../../kit/vino/caller.elf"); status != 2 || stderr == "" {
		t.Errorf("no --graft-key: status %d, stderr %q", status, stderr)
	}
}

// The callable list in the kit is the kernel's export list.
func TestVinoCallableList(t *testing.T) {
	f, err := os.Open("../../kit/vino/vino.callable")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	names, err := misfit.ParseCallable(f)
	if err != nil {
		t.Fatal(err)
	}
	want := slices.Clone(kernel.VinoExports)
	slices.Sort(want)
	if !slices.Equal(names, want) {
		t.Errorf("kit/vino/vino.callable: %v, want %v", names, want)
	}
}

// kit/vino/build.sh rebuilds the committed objects byte for byte.
func TestVinoKitRebuild(t *testing.T) {
	tools.Need(t, "mipsel-linux-gnu-gcc")
	dir := t.TempDir()
	for _, f := range []string{"kit/start.S", "kit/lib.c", "kit/graftlab.h", "kit/vino/build.sh", "kit/vino/tally.c", "kit/vino/caller.c", "kit/vino/installer.c"} {
		b, err := os.ReadFile(filepath.Join("../..", f))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, f)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, f), b, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if out, err := exec.Command("sh", filepath.Join(dir, "kit/vino/build.sh")).CombinedOutput(); err != nil {
		t.Fatalf("build.sh: %v\n%s", err, out)
	}
	for _, f := range []string{"tally.o", "caller.elf", "installer.elf"} {
		a, err := os.ReadFile(filepath.Join("../../kit/vino", f))
		if err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(filepath.Join(dir, "kit/vino", f))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a, b) {
			t.Errorf("%s: the rebuild differs from the committed file", f)
		}
	}
}

// The read-ahead point from the command line: a strided reader on a disk
// image, with and without a graft that prefetches three blocks ahead; the
// program exits with the cache's hits.
func TestBootReadAhead(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	img := write("disk.img", string(make([]byte, 32*4096)))
	reader := write("reader.s", `
	.set	noreorder
	.text
	.globl	__start
__start:
	li	$s0, 8
	move	$s1, $zero
1:	move	$a0, $s1
	la	$a1, buf
	li	$v0, 4297		# bread
	syscall
	addiu	$s1, $s1, 3
	addiu	$s0, $s0, -1
	bnez	$s0, 1b
	nop
	la	$a0, stats
	li	$v0, 4298		# bstat
	syscall
	lw	$a0, stats
	li	$v0, 4001
	syscall
	.data
	.align	2
stats:	.space	16
buf:	.space	4096
`)
	graft := write("ra.s", "\t.set noreorder\n\t.text\n\t.globl ra\nra:\n\tjr $ra\n\taddiu $v0, $a0, 3\n")
	key, obj, elf := filepath.Join(dir, "k"), filepath.Join(dir, "ra.o"), filepath.Join(dir, "reader.elf")
	for _, step := range [][]string{
		{"keygen", "-o", key},
		{"asm", "-c", "-o", filepath.Join(dir, "raw.o"), graft},
		{"misfit", "--key", key, "--callable", "../../kit/vino/vino.callable", "-o", obj, filepath.Join(dir, "raw.o")},
		{"asm", "-o", elf, reader},
	} {
		if status, _, stderr := runCmd(t, "", step...); status != 0 {
			t.Fatalf("%v: status %d: %s", step, status, stderr)
		}
	}
	for _, c := range []struct {
		args []string
		hits int
	}{
		{nil, 0},
		{[]string{"--graft", obj + ":ra:ra", "--graft-key", key + ".pub"}, 7},
	} {
		args := append(append([]string{"boot", "--disk", img}, c.args...), elf)
		if status, _, stderr := runCmd(t, "", args...); status != c.hits || stderr != "" {
			t.Errorf("%v: status %d, want %d hits; stderr %q", args, status, c.hits, stderr)
		}
	}
	if status, _, stderr := runCmd(t, "", "boot", "--disk", img, "--graft", obj+":ra:readahead", "--graft-key", key+".pub", elf); status != 2 || !strings.Contains(stderr, "want call, sched, encrypt, ra or evict") {
		t.Errorf("a bad point: status %d, stderr %q", status, stderr)
	}
}

// The page-eviction point from the command line: a program scans a paged
// region three times and checks every page it reads against the disk
// image, with and without a graft that evicts the newest page.
func TestBootEvict(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	disk := make([]byte, 16*4096)
	for b := 0; b < 16; b++ {
		binary.LittleEndian.PutUint32(disk[b*4096:], uint32(0x5000+b))
	}
	img := write("disk.img", disk)
	scanner := write("scan.s", []byte(`
	.set	noreorder
	.text
	.globl	__start
__start:
	li	$a0, 0x10000000
	li	$a1, 12
	li	$a2, 0
	li	$a3, 8
	li	$v0, 4299		# pmap: 12 pages, 8 frames
	syscall
	bnez	$a3, 9f
	li	$s0, 3
1:	li	$s1, 0
2:	sll	$t0, $s1, 12
	lui	$t1, 0x1000
	addu	$t0, $t0, $t1
	lw	$t0, 0($t0)
	addiu	$t1, $s1, 0x5000
	bne	$t0, $t1, 9f
	addiu	$s1, $s1, 1
	sltiu	$t0, $s1, 12
	bnez	$t0, 2b
	nop
	addiu	$s0, $s0, -1
	bnez	$s0, 1b
	nop
	li	$a0, 0
	li	$v0, 4001
	syscall
9:	li	$a0, 1
	li	$v0, 4001
	syscall
`))
	graft := write("mru.s", []byte("\t.set noreorder\n\t.text\n\t.globl mru\nmru:\n\taddiu $t0, $a1, -1\n\tsll $t0, $t0, 2\n\taddu $t0, $a2, $t0\n\tjr $ra\n\tlw $v0, 0($t0)\n"))
	key, obj, elf := filepath.Join(dir, "k"), filepath.Join(dir, "mru.o"), filepath.Join(dir, "scan.elf")
	for _, step := range [][]string{
		{"keygen", "-o", key},
		{"asm", "-c", "-o", filepath.Join(dir, "raw.o"), graft},
		{"misfit", "--key", key, "--callable", "../../kit/vino/vino.callable", "-o", obj, filepath.Join(dir, "raw.o")},
		{"asm", "-o", elf, scanner},
	} {
		if status, _, stderr := runCmd(t, "", step...); status != 0 {
			t.Fatalf("%v: status %d: %s", step, status, stderr)
		}
	}
	for _, extra := range [][]string{nil, {"--graft", obj + ":mru:evict", "--graft-key", key + ".pub"}} {
		args := append(append([]string{"boot", "--disk", img}, extra...), elf)
		if status, _, stderr := runCmd(t, "", args...); status != 0 || stderr != "" {
			t.Errorf("%v: status %d; stderr %q", args, status, stderr)
		}
	}
}
