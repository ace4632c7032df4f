package kernel

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"strings"
	"testing"

	"graftlab/cpu"
	"graftlab/devices"
	"graftlab/loader"
)

// The disk driver, the buffer cache and the read-ahead graft point
// (src/bcache.s). The disk holds bcBlocks blocks; word i of block b is
// b<<16 | i, so a block read into the wrong place, or half read, shows.

const bcBlocks = 32

func diskImage(blocks int) []byte {
	img := make([]byte, blocks*BlockSize)
	for b := 0; b < blocks; b++ {
		for i := 0; i < BlockSize/4; i++ {
			binary.LittleEndian.PutUint32(img[b*BlockSize+4*i:], uint32(b)<<16|uint32(i))
		}
	}
	return img
}

// memDisk is a disk of img timed by dec5000's figures.
func memDisk(t testing.TB, img []byte) *devices.Disk {
	t.Helper()
	timing, err := devices.DiskTimingFor(dec5000(t))
	if err != nil {
		t.Fatal(err)
	}
	d, err := devices.NewMemDisk(img, devices.DiskOptions{Timing: timing})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// bread is one call of a reader: a block, and the buffer (0: the
// program's own, whose contents it checks).
type bread struct{ block, buf uint32 }

// readerProg calls bread for each of reads, records 0 or the errno of
// each, checks the data of each block read into its own buffer (exit 99
// if wrong), then writes the results and bstat's four words to the
// console and exits 0. With mark, it prints the byte mark after each
// bread, and then nothing else.
func readerProg(t *testing.T, reads []bread, mark byte) *loader.Executable {
	t.Helper()
	var list strings.Builder
	for _, r := range reads {
		fmt.Fprintf(&list, "\t.word\t%d, %d\n", r.block, r.buf)
	}
	out := `
	li	$a0, 1
	la	$a1, results
	li	$a2, 4*NREADS
	li	$v0, 4004
	syscall
	la	$a0, stats
	li	$v0, 4298		# bstat
	syscall
	li	$a0, 1
	la	$a1, stats
	li	$a2, 16
	li	$v0, 4004
	syscall
`
	if mark != 0 {
		out = ""
	}
	src := fmt.Sprintf(`
	.equ	NREADS, %d
	la	$s0, list
	la	$s4, results
	li	$s1, NREADS
1:	beqz	$s1, 8f
	nop
	lw	$s2, 0($s0)		# the block
	lw	$s3, 4($s0)		# the buffer
	bnez	$s3, 2f
	nop
	la	$s3, buf
2:	move	$a0, $s2
	move	$a1, $s3
	li	$v0, 4297		# bread
	syscall
	beqz	$a3, 3f
	nop
	b	6f
	sw	$v0, 0($s4)		# the errno
3:	la	$t4, buf		# the data, when it is in buf
	bne	$s3, $t4, 6f
	sw	$zero, 0($s4)
	sll	$t1, $s2, 16
	move	$t0, $zero
4:	lw	$t2, 0($t4)
	or	$t3, $t1, $t0
	bne	$t2, $t3, 9f
	addiu	$t0, $t0, 1
	sltiu	$t5, $t0, 1024
	bnez	$t5, 4b
	addiu	$t4, $t4, 4
6:	li	$t0, %d
	beqz	$t0, 7f
	nop
	li	$a0, 1
	la	$a1, markc
	li	$a2, 1
	li	$v0, 4004
	syscall
7:	addiu	$s0, $s0, 8
	addiu	$s4, $s4, 4
	b	1b
	addiu	$s1, $s1, -1
8:
%s
	EXIT	0
9:	EXIT	99
	.data
	.align	2
list:
%s
markc:	.byte	%d
	.align	2
results: .space	4*NREADS
stats:	.space	16
	.align	4
buf:	.space	4096
`, len(reads), mark, out, list.String(), mark)
	return guestProg(t, Conventional, src)
}

// readerResults decodes readerProg's console: each bread's errno, and the
// cache's counters as bstat gave them.
func readerResults(t *testing.T, out string, n int) ([]uint32, CacheStats) {
	t.Helper()
	if len(out) != 4*n+16 {
		t.Fatalf("console: %d bytes, want %d", len(out), 4*n+16)
	}
	w := func(i int) uint32 { return binary.LittleEndian.Uint32([]byte(out[4*i:])) }
	res := make([]uint32, n)
	for i := range res {
		res[i] = w(i)
	}
	return res, CacheStats{w(n), w(n + 1), w(n + 2), w(n + 3)}
}

func seqReads(first, stride, n int) []bread {
	var r []bread
	for i := 0; i < n; i++ {
		r = append(r, bread{block: uint32(first + i*stride)})
	}
	return r
}

// raGraft returns a read-ahead graft: the adaptive stride policy (the
// block plus the distance from the previous one), or src's entry g.
func raGraft(t *testing.T, src string, unprotected bool) VinoGraft {
	t.Helper()
	if src == "" {
		src = raStrideSrc
	}
	g := vinoGraft(t, src, "g", unprotected)
	g.Point = PointReadAhead
	return g
}

// raStrideSrc prefetches block + (block - previous), or block + 1 for a
// first read or a read backwards.
const raStrideSrc = `
	.globl	g
g:
	subu	$t0, $a0, $a1
	bltz	$a1, 1f
	nop
	bgtz	$t0, 2f
	nop
1:	li	$t0, 1
2:	jr	$ra
	addu	$v0, $a0, $t0
`

// raPlus3Src prefetches block + 3.
const raPlus3Src = "\t.globl g\ng:\n\tjr $ra\n\taddiu $v0, $a0, 3\n"

func TestBufferCache(t *testing.T) {
	loop := "\t.globl g\ng:\n1:\tb 1b\n\tnop\n"
	fault := "\t.globl g\ng:\n\tlui $t0, %hi(0xc0080000)\n\tsw $zero, -4($t0)\n\tjr $ra\n\tnop\n"
	for _, c := range []struct {
		name   string
		reads  []bread
		graft  string // "": none; "stride": raStrideSrc
		unprot bool
		want   CacheStats
		aborts uint32
	}{
		// The first read misses; each later one finds its block read ahead.
		{name: "sequential", reads: seqReads(0, 1, 12), want: CacheStats{Hits: 11, Misses: 1, Reads: 1, ReadAheads: 12}},
		// Sequential read-ahead is of no use to a strided reader.
		{name: "strided", reads: seqReads(0, 3, 8), want: CacheStats{Misses: 8, Reads: 8, ReadAheads: 8}},
		// A graft that knows the stride: every read but the first hits.
		{name: "strided-graft", reads: seqReads(0, 3, 8), graft: raPlus3Src, want: CacheStats{Hits: 7, Misses: 1, Reads: 1, ReadAheads: 8}},
		// The adaptive stride learns it from the first two reads.
		{name: "strided-adaptive", reads: seqReads(0, 3, 8), graft: "stride", want: CacheStats{Hits: 6, Misses: 2, Reads: 2, ReadAheads: 8}},
		// Nothing to read ahead past the disk's end; a block read twice hits.
		{name: "end", reads: []bread{{block: 30}, {block: 31}, {block: 30}}, want: CacheStats{Hits: 2, Misses: 1, Reads: 1, ReadAheads: 1}},
		// Misbehaving grafts are aborted and the default runs.
		{name: "graft-loops", reads: seqReads(0, 3, 4), graft: loop, want: CacheStats{Misses: 4, Reads: 4, ReadAheads: 4}, aborts: 4},
		{name: "graft-faults", reads: seqReads(0, 3, 4), graft: fault, unprot: true, want: CacheStats{Misses: 4, Reads: 4, ReadAheads: 4}, aborts: 4},
		// More blocks than buffers: the least recently used go.
		{name: "evict", reads: append(seqReads(0, 1, 20), bread{block: 0}, bread{block: 19}), want: CacheStats{Hits: 20, Misses: 2, Reads: 2, ReadAheads: 21}},
	} {
		t.Run(c.name, func(t *testing.T) {
			cfg := Config{Program: readerProg(t, c.reads, 0), Disk: memDisk(t, diskImage(bcBlocks))}
			if c.graft != "" {
				src := c.graft
				if src == "stride" {
					src = ""
				}
				g := raGraft(t, src, c.unprot)
				g.Budget = 50000
				cfg.Grafts = []VinoGraft{g}
			}
			sys, console := bcBoot(t, cfg, nil)
			var checked *int
			if c.aborts > 0 {
				checked = checkVinoRestored(t, sys)
			}
			if status := bcRun(t, sys, console); status != 0 {
				t.Fatalf("status %d", status)
			}
			out := console.String()
			res, st := readerResults(t, out, len(c.reads))
			for i, e := range res {
				if e != 0 {
					t.Errorf("bread %d (block %d): errno %d", i, c.reads[i].block, e)
				}
			}
			if st != c.want {
				t.Errorf("bstat %+v, want %+v", st, c.want)
			}
			if k, err := sys.CacheStats(); err != nil || k != st {
				t.Errorf("CacheStats %+v (%v), bstat %+v", k, err, st)
			}
			if c.graft != "" {
				g, _ := sys.Kernel.Symbol("vino_grafts")
				calls, _ := sys.KernelWord(g + 56)
				aborts, _ := sys.KernelWord(g + 64)
				if calls != uint32(len(c.reads)) || aborts != c.aborts {
					t.Errorf("graft: %d invocations, %d aborted; want %d, %d", calls, aborts, len(c.reads), c.aborts)
				}
			}
			if c.aborts > 0 && *checked != int(c.aborts) {
				t.Errorf("the kernel's VINO state compared after %d invocations, want %d", *checked, c.aborts)
			}
		})
	}
}

// checkVinoRestored compares the kernel's VINO state at the start of every
// invocation with its state at the invocation's end (all of them abort);
// the count of those compared is read after the run.
func checkVinoRestored(t *testing.T, sys *System) *int {
	t.Helper()
	begin, _ := sys.Kernel.Symbol("vino_begin")
	done, _ := sys.Kernel.Symbol("vino_done")
	var before *VinoState
	count := new(int)
	sys.Machine.AddCodeHook(cpu.Range{Begin: begin, End: begin + 4}, func(*cpu.Machine, uint32) {
		s := mustVinoState(t, sys)
		before = &s
	})
	sys.Machine.AddCodeHook(cpu.Range{Begin: done, End: done + 4}, func(*cpu.Machine, uint32) {
		after := mustVinoState(t, sys)
		if before == nil || !SameVinoState(*before, after) {
			t.Errorf("invocation %d: the kernel's VINO state differs after the abort", *count)
		}
		*count++
		before = nil
	})
	return count
}

// bcBoot boots cfg on dec5000 with its console kept, on engine eng (nil:
// the default).
func bcBoot(t *testing.T, cfg Config, eng cpu.Engine) (*System, *bytes.Buffer) {
	t.Helper()
	console := new(bytes.Buffer)
	cfg.Console = console
	if cfg.Profile == nil {
		cfg.Profile = dec5000(t)
	}
	sys, err := Boot(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if eng != nil {
		sys.Engine = eng
	}
	return sys, console
}

// bcRun runs sys to its power-off and returns the status.
func bcRun(t *testing.T, sys *System, console *bytes.Buffer) int {
	t.Helper()
	stop, err := sys.Run(context.Background(), cpu.Limits{MaxInstructions: 50_000_000})
	if err != nil {
		t.Fatal(err)
	}
	if stop.Reason != cpu.StopHalted {
		t.Fatalf("stopped: %v at pc %#x; console %q", stop.Reason, sys.Machine.PC, console.String())
	}
	return stop.Status
}

// failingStore fails every read of one block.
type failingStore struct {
	img []byte
	bad int64
}

func (f failingStore) ReadAt(p []byte, off int64) (int, error) {
	if off/BlockSize == f.bad {
		return 0, errors.New("medium error")
	}
	return copy(p, f.img[off:]), nil
}

func (f failingStore) WriteAt(p []byte, off int64) (int, error) { return copy(f.img[off:], p), nil }

// Bad input gives an errno, and the kernel goes on: blocks past the end,
// buffers the caller may not write, a machine without a disk, a block the
// disk cannot read.
func TestBufferCacheErrors(t *testing.T) {
	const (
		eio    = 5
		efault = 14
		enodev = 19
		einval = 22
	)
	for _, c := range []struct {
		name  string
		reads []bread
		disk  func(t *testing.T) *devices.Disk
		want  []uint32
		stats CacheStats
	}{
		{name: "range", reads: []bread{{block: bcBlocks}, {block: 0xffffffff}, {block: 1}},
			want: []uint32{einval, einval, 0}, stats: CacheStats{Misses: 1, Reads: 1, ReadAheads: 1}},
		{name: "buffer", reads: []bread{{block: 2, buf: 0x10}, {block: 2, buf: 0x80001000}, {block: 2, buf: 0x7ffffff0}, {block: 2}},
			want: []uint32{efault, efault, efault, 0}, stats: CacheStats{Hits: 3, Misses: 1, Reads: 1, ReadAheads: 1}},
		{name: "no-disk", reads: []bread{{block: 0}}, want: []uint32{enodev}},
		{name: "io", reads: []bread{{block: 4}, {block: 5}, {block: 6}, {block: 5}},
			disk: func(t *testing.T) *devices.Disk {
				timing, err := devices.DiskTimingFor(dec5000(t))
				if err != nil {
					t.Fatal(err)
				}
				d, err := devices.NewDisk(failingStore{diskImage(bcBlocks), 5}, bcBlocks*BlockSize, devices.DiskOptions{Timing: timing})
				if err != nil {
					t.Fatal(err)
				}
				return d
			},
			// Block 5 is on its way (read ahead) when it is asked for, a
			// hit, and fails; asked again, it is read again, and fails.
			want: []uint32{0, eio, 0, eio}, stats: CacheStats{Hits: 2, Misses: 2, Reads: 2, ReadAheads: 3}},
	} {
		t.Run(c.name, func(t *testing.T) {
			cfg := Config{Program: readerProg(t, c.reads, 0)}
			switch {
			case c.disk != nil:
				cfg.Disk = c.disk(t)
			case c.name != "no-disk":
				cfg.Disk = memDisk(t, diskImage(bcBlocks))
			}
			sys, console := bcBoot(t, cfg, nil)
			if status := bcRun(t, sys, console); status != 0 {
				t.Fatalf("status %d", status)
			}
			res, st := readerResults(t, console.String(), len(c.reads))
			if fmt.Sprint(res) != fmt.Sprint(c.want) || st != c.stats {
				t.Errorf("errnos %v, bstat %+v; want %v, %+v", res, st, c.want, c.stats)
			}
			if c.disk != nil && cfg.Disk.Err() == nil {
				t.Errorf("the disk reports no host error")
			}
		})
	}
	// bstat to a bad address.
	prog := guestProg(t, Conventional, `
	li	$a0, 0x10
	li	$v0, 4298
	syscall
	beqz	$a3, 1f
	nop
	move	$a0, $v0
	li	$v0, 4001
	syscall
1:	EXIT	0
`)
	if _, status, _ := bootRun(t, Config{Program: prog, Disk: memDisk(t, diskImage(1))}, 1_000_000); status != efault {
		t.Errorf("bstat(0x10): status %d, want %d", status, efault)
	}
}

// spinner yields n times, spinning between yields and printing an x each
// time.
func spinner(t *testing.T, n int) *loader.Executable {
	return guestProg(t, Conventional, convPuts+fmt.Sprintf(`
	li	$s0, %d
1:	li	$t0, 20000
2:	addiu	$t0, $t0, -1
	bnez	$t0, 2b
	nop
	PUTC	'x'
	li	$v0, 4162		# sched_yield
	syscall
	addiu	$s0, $s0, -1
	bnez	$s0, 1b
	nop
	EXIT	0
`, n))
}

// While environment 0 waits for the disk, environment 1 runs; the disk's
// interrupt, taken in environment 1, makes environment 0 runnable again.
func TestBufferCacheTwoEnvs(t *testing.T) {
	cfg := Config{Program: readerProg(t, seqReads(0, 1, 4), 'r'), Programs: []Program{{Executable: spinner(t, 20)}},
		Disk: memDisk(t, diskImage(bcBlocks))}
	sys, console := bcBoot(t, cfg, nil)
	if status := bcRun(t, sys, console); status != 0 {
		t.Fatalf("status %d", status)
	}
	out := console.String()
	if strings.Count(out, "x") != 20 || strings.Count(out, "r") != 4 || !strings.HasPrefix(out, "x") || strings.Contains(out, "rr") {
		t.Errorf("output %q: want 20 x and 4 r, an x first and between the r's", out)
	}
	if ex := sys.Exits(); !ex[0].Exited || ex[0].Status != 0 || !ex[1].Exited || ex[1].Status != 0 {
		t.Errorf("exits %+v", ex)
	}
	if ints := sys.Machine.Stats.Exceptions[0]; ints == 0 {
		t.Errorf("no interrupt taken in user mode")
	}
}

// Every engine gives the same run: the disk's interrupts, taken in user
// mode and in the kernel's idle loop, with and without the timer, and the
// read-ahead graft.
func TestBufferCacheEngines(t *testing.T) {
	for _, c := range []struct {
		name  string
		timer uint32
		graft bool
		two   bool
	}{{"sequential", 0, false, false}, {"timer", 20000, false, false}, {"graft", 0, true, false},
		{"two-envs", 0, false, true}, {"two-envs-timer", 20000, true, true}} {
		t.Run(c.name, func(t *testing.T) {
			run := func(eng cpu.Engine) (*System, string) {
				reads := seqReads(0, 3, 6)
				cfg := Config{Program: readerProg(t, reads, 0), Disk: memDisk(t, diskImage(bcBlocks)), TimerInterval: c.timer}
				if c.two {
					cfg.Program = readerProg(t, reads, 'r')
					cfg.Programs = []Program{{Executable: spinner(t, 10)}}
				}
				if c.graft {
					cfg.Grafts = []VinoGraft{raGraft(t, "", false)}
				}
				sys, console := bcBoot(t, cfg, eng)
				if status := bcRun(t, sys, console); status != 0 {
					t.Fatalf("status %d, console %q", status, console.String())
				}
				return sys, console.String()
			}
			want, wout := run(cpu.Reference())
			for _, eng := range cpu.Engines()[1:] {
				got, gout := run(eng)
				if gout != wout || cpu.DiffMachines(want.Machine, got.Machine) != "" {
					t.Errorf("the engines differ: output %q and %q\ninterp %+v\n%s   %+v", wout, gout, want.Machine.Stats, eng.Name(), got.Machine.Stats)
				}
			}
			if want.Machine.Stats.IdleCycles == 0 {
				t.Errorf("the kernel never idled")
			}
		})
	}
}

// The disk's interrupt, taken in an environment's user code, leaves its
// registers as they were, and k0 and k1 clear.
func TestDiskInterruptRegisters(t *testing.T) {
	var set, check strings.Builder
	regs := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 28, 30, 31}
	for _, r := range regs {
		fmt.Fprintf(&set, "\tli\t$%d, %#x\n", r, 0x1000*r+r)
	}
	// Compare each register with its value through $26 (k0), which the
	// kernel clears: every check reloads it.
	for _, r := range regs {
		fmt.Fprintf(&check, "\tli\t$26, %#x\n\tbne\t$%d, $26, 9f\n\tnop\n", 0x1000*r+r, r)
	}
	prog := guestProg(t, Conventional, `
	li	$27, 0x5555
`+set.String()+`
	lui	$26, 0x10		# 1M iterations: longer than a disk read
1:	addiu	$26, $26, -1
	bnez	$26, 1b
	nop
	bnez	$27, 8f			# k1 cleared by an interrupt
	nop
`+check.String()+`
	EXIT	0
8:	EXIT	2
9:	EXIT	1
`)
	cfg := Config{Program: readerProg(t, seqReads(0, 1, 2), 'r'), Programs: []Program{{Executable: prog}},
		Disk: memDisk(t, diskImage(bcBlocks))}
	sys, console := bcBoot(t, cfg, nil)
	if status := bcRun(t, sys, console); status != 0 {
		t.Fatalf("status %d", status)
	}
	if ex := sys.Exit(1); ex.Status != 0 {
		t.Errorf("environment 1: status %d (1: a register changed, 2: k1 kept)", ex.Status)
	}
	if ints := sys.Machine.Stats.Exceptions[0]; ints == 0 {
		t.Errorf("no interrupt in user mode")
	}
}

// The read-ahead point is the system's: a graft of another environment's
// is refused at boot.
func TestReadAheadOwner(t *testing.T) {
	g := raGraft(t, "", false)
	g.Owner = 1
	_, err := Boot(Config{Program: readerProg(t, nil, 0), Programs: []Program{{Executable: spinner(t, 1)}},
		Grafts: []VinoGraft{g}, Disk: memDisk(t, diskImage(1))})
	if !errors.Is(err, ErrGraft) || !strings.Contains(err.Error(), "environment 0's") {
		t.Errorf("boot: %v", err)
	}
}
