package kernel

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"graftlab/cpu"
	"graftlab/devices"
	"graftlab/loader"
)

// Paging to the disk and the page-eviction graft point (src/pager.s). The
// disk is diskImage's: word i of block b is b<<16 | i, so a page read from
// the wrong block, or not written back, shows.

const (
	pgVABase = 0x10000000 // a segment of its own: pmap opens it
	pgFirst  = 4          // the region's first block
	pgDisk   = 32         // blocks on the disk
)

// pgOp is one access of a pager program: a load of the word at offset
// in the region, compared with value, or a store of value there.
type pgOp struct {
	off   uint32
	store bool
	value uint32
}

// pgProg maps pages of the region from pgVABase to blocks pgFirst.. with
// frames frames (pmap), then makes the accesses of ops in order. It exits
// 0, or 98 with pmap's errno on the console, or 99 with the index of the
// load that read a wrong value; with mark, it prints the byte after each
// access.
func pgProg(t *testing.T, pages, frames uint32, ops []pgOp, mark byte) *loader.Executable {
	t.Helper()
	return guestProg(t, Conventional, pgProgSrc(pages, frames, ops, mark))
}

func pgProgSrc(pages, frames uint32, ops []pgOp, mark byte) string {
	var list strings.Builder
	for _, o := range ops {
		st := 0
		if o.store {
			st = 1
		}
		fmt.Fprintf(&list, "\t.word\t%d, %d, %#x\n", o.off, st, o.value)
	}
	return fmt.Sprintf(`
	li	$a0, %#x
	li	$a1, %d
	li	$a2, %d
	li	$a3, %d
	li	$v0, %d			# pmap
	syscall
	bnez	$a3, 7f
	nop
	la	$s0, ops
	li	$s1, %d
	li	$s7, %#x
	li	$s6, 0
1:	beqz	$s1, 8f
	nop
	lw	$t0, 0($s0)
	lw	$t1, 4($s0)
	lw	$t2, 8($s0)
	addu	$t0, $t0, $s7
	bnez	$t1, 2f
	nop
	lw	$t3, 0($t0)
	bne	$t3, $t2, 9f
	nop
	b	3f
	nop
2:	sw	$t2, 0($t0)
3:	li	$t0, %d
	beqz	$t0, 4f
	nop
	li	$a0, 1
	la	$a1, markc
	li	$a2, 1
	li	$v0, 4004
	syscall
4:	addiu	$s0, $s0, 12
	addiu	$s6, $s6, 1
	b	1b
	addiu	$s1, $s1, -1
7:	la	$t0, word
	sw	$v0, 0($t0)
	li	$a0, 1
	la	$a1, word
	li	$a2, 4
	li	$v0, 4004
	syscall
	EXIT	98
8:	EXIT	0
9:	la	$t0, word
	sw	$s6, 0($t0)
	li	$a0, 1
	la	$a1, word
	li	$a2, 4
	li	$v0, 4004
	syscall
	EXIT	99
	.data
	.align	2
word:	.word	0
markc:	.byte	%d
	.align	2
ops:
%s
`, pgVABase, pages, pgFirst, frames, SysPmap, len(ops), pgVABase, mark, mark, list.String())
}

// pgInitial is the disk's word at offset in the region.
func pgInitial(off uint32) uint32 { return (pgFirst+off>>12)<<16 | off&0xfff>>2 }

// pgScan reads word 5 of each of pages pages, rounds times over.
func pgScan(pages, rounds int) []pgOp {
	var ops []pgOp
	for r := 0; r < rounds; r++ {
		for p := 0; p < pages; p++ {
			off := uint32(p)<<12 | 5*4
			ops = append(ops, pgOp{off: off, value: pgInitial(off)})
		}
	}
	return ops
}

// pgWriteReread stores a mark in word 7 of each page, then reads it back
// from each, with word 8 as the disk had it.
func pgWriteReread(pages int) []pgOp {
	var ops []pgOp
	for p := 0; p < pages; p++ {
		ops = append(ops, pgOp{off: uint32(p)<<12 | 7*4, store: true, value: 0xabc00000 | uint32(p)})
	}
	for p := 0; p < pages; p++ {
		ops = append(ops, pgOp{off: uint32(p)<<12 | 7*4, value: 0xabc00000 | uint32(p)},
			pgOp{off: uint32(p)<<12 | 8*4, value: pgInitial(uint32(p)<<12 | 8*4)})
	}
	return ops
}

// pgModel is the pager's policy in Go: FIFO, or the graft's choice.
type pgModel struct {
	limit int
	graft func(fault int, res []int) int
	res   []int
	dirty map[int]bool
	st    PagerCounters
}

func (m *pgModel) run(ops []pgOp) PagerCounters {
	m.dirty = map[int]bool{}
	for _, o := range ops {
		p := int(o.off >> 12)
		if slices.Contains(m.res, p) {
			if o.store && !m.dirty[p] {
				m.dirty[p] = true
				m.st.Mods++
			}
			continue
		}
		if len(m.res) == m.limit {
			v := 0
			if m.graft != nil {
				if i := slices.Index(m.res, m.graft(p, m.res)); i >= 0 {
					v = i
				}
			}
			m.st.Evictions++
			if m.dirty[m.res[v]] {
				m.st.WriteBacks++
			}
			delete(m.dirty, m.res[v])
			m.res = slices.Delete(m.res, v, v+1)
		}
		m.st.Faults++
		m.res = append(m.res, p)
		m.dirty[p] = o.store
	}
	return m.st
}

// The grafts: MRU (the newest resident page), the page a cyclic scan
// needs last (the highest below the fault, else the highest), one that
// names a page that is not resident, and two that misbehave.
const (
	pgMRUSrc = `
	.globl	g
g:					# a0 = fault, a1 = resident, a2 = their indexes
	addiu	$t0, $a1, -1
	sll	$t0, $t0, 2
	addu	$t0, $a2, $t0
	jr	$ra
	lw	$v0, 0($t0)
`
	pgScanSrc = `
	.globl	g
g:
	li	$v0, -1			# the highest below the fault
	li	$v1, -1			# the highest
1:	lw	$t0, 0($a2)
	slt	$t1, $t0, $a0
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
3:	addiu	$a1, $a1, -1
	bgtz	$a1, 1b
	addiu	$a2, $a2, 4
	bgez	$v0, 4f
	nop
	move	$v0, $v1
4:	jr	$ra
	nop
`
	pgBadSrc   = "\t.globl g\ng:\n\tjr $ra\n\tli $v0, 1000\n"
	pgLoopSrc  = "\t.globl g\ng:\n1:\tb 1b\n\tnop\n"
	pgFaultSrc = "\t.globl g\ng:\n\tlui $t0, %hi(0xc0080000)\n\tsw $zero, -4($t0)\n\tjr $ra\n\tnop\n"
)

func pgMRU(_ int, res []int) int { return res[len(res)-1] }

func pgScanLast(fault int, res []int) int {
	below, top := -1, -1
	for _, p := range res {
		if p < fault {
			below = max(below, p)
		} else {
			top = max(top, p)
		}
	}
	if below >= 0 {
		return below
	}
	return top
}

func pgGraft(t *testing.T, src string, unprotected bool) VinoGraft {
	t.Helper()
	g := vinoGraft(t, src, "g", unprotected)
	g.Point = PointEvict
	g.Budget = 50000
	return g
}

// pagerOf reads environment env's pager.
func pagerOf(t *testing.T, sys *System, env int) PagerState {
	t.Helper()
	st, ok, err := sys.Pager(env)
	if err != nil || !ok {
		t.Fatalf("PagerStats(%d): %v, %v", env, ok, err)
	}
	return st
}

func TestPager(t *testing.T) {
	for _, c := range []struct {
		name          string
		pages, frames uint32
		ops           []pgOp
		graft         string
		unprot        bool
		model         func(int, []int) int
		want          PagerCounters
		calls, aborts uint32
	}{
		// A cyclic scan over more pages than frames: FIFO faults on
		// every access.
		{name: "scan-fifo", pages: 12, frames: 8, ops: pgScan(12, 3), want: PagerCounters{Faults: 36, Evictions: 28}},
		// A working set that fits faults once a page.
		{name: "fits", pages: 6, frames: 8, ops: pgScan(6, 4), want: PagerCounters{Faults: 6}},
		// Written pages go to their blocks when evicted and come back.
		{name: "write-reread", pages: 12, frames: 8, ops: pgWriteReread(12), want: PagerCounters{Faults: 24, Evictions: 16, WriteBacks: 12}},
		// A load maps a page clean; its first store is a TLB Mod; a dirty
		// victim is written, a clean one is not.
		{name: "mod", pages: 4, frames: 2, ops: []pgOp{
			{off: 0x0000, value: pgInitial(0)}, {off: 0x0010, store: true, value: 11},
			{off: 0x1000, value: pgInitial(0x1000)}, {off: 0x1010, store: true, value: 22},
			{off: 0x2000, value: pgInitial(0x2000)},
			{off: 0x0010, value: 11}, {off: 0x1010, value: 22}, {off: 0x1014, value: pgInitial(0x1014)},
		}, want: PagerCounters{Faults: 5, Evictions: 3, WriteBacks: 2, Mods: 2}},
		// Grafts that know the scan: fewer faults.
		{name: "scan-mru", pages: 12, frames: 8, ops: pgScan(12, 3), graft: pgMRUSrc, model: pgMRU,
			want: PagerCounters{Faults: 22, Evictions: 14}, calls: 14},
		{name: "scan-last", pages: 12, frames: 8, ops: pgScan(12, 3), graft: pgScanSrc, model: pgScanLast,
			want: PagerCounters{Faults: 20, Evictions: 12}, calls: 12},
		{name: "write-mru", pages: 12, frames: 8, ops: pgWriteReread(12), graft: pgMRUSrc, model: pgMRU,
			want: PagerCounters{Faults: 17, Evictions: 9, WriteBacks: 5}, calls: 9},
		// An answer that is not resident, an invocation that loops or
		// faults: the default (FIFO) evicts.
		{name: "graft-bad-answer", pages: 12, frames: 8, ops: pgScan(12, 3), graft: pgBadSrc,
			want: PagerCounters{Faults: 36, Evictions: 28}, calls: 28},
		{name: "graft-loops", pages: 12, frames: 8, ops: pgScan(12, 2), graft: pgLoopSrc,
			want: PagerCounters{Faults: 24, Evictions: 16}, calls: 16, aborts: 16},
		{name: "graft-faults", pages: 12, frames: 8, ops: pgScan(12, 2), graft: pgFaultSrc, unprot: true,
			want: PagerCounters{Faults: 24, Evictions: 16}, calls: 16, aborts: 16},
	} {
		t.Run(c.name, func(t *testing.T) {
			m := &pgModel{limit: int(c.frames), graft: c.model}
			if got := m.run(c.ops); got != c.want {
				t.Fatalf("the model gives %+v, the table %+v", got, c.want)
			}
			img := diskImage(pgDisk)
			cfg := Config{Program: pgProg(t, c.pages, c.frames, c.ops, 0), Disk: memDisk(t, img)}
			if c.graft != "" {
				cfg.Grafts = []VinoGraft{pgGraft(t, c.graft, c.unprot)}
			}
			sys, console := bcBoot(t, cfg, nil)
			var checked *int
			if c.aborts > 0 {
				checked = checkVinoRestored(t, sys)
			}
			if status := bcRun(t, sys, console); status != 0 {
				t.Fatalf("status %d, console %q", status, console.String())
			}
			st := pagerOf(t, sys, 0)
			if st.PagerCounters != c.want {
				t.Errorf("counters %+v, want %+v", st.PagerCounters, c.want)
			}
			res := make([]uint32, len(m.res))
			for i, p := range m.res {
				res[i] = uint32(p)
			}
			if st.Limit != c.frames || !slices.Equal(st.Resident, res) {
				t.Errorf("limit %d, resident %v; want %d, %v", st.Limit, st.Resident, c.frames, res)
			}
			for i, p := range st.Resident {
				if st.Dirty[i] != m.dirty[int(p)] {
					t.Errorf("page %d: dirty %v, want %v", p, st.Dirty[i], m.dirty[int(p)])
				}
			}
			// What was written back is on the disk; the rest as it was.
			for blk := 0; blk < pgDisk; blk++ {
				for i := 0; i < BlockSize/4; i++ {
					want := uint32(blk)<<16 | uint32(i)
					if got := binary.LittleEndian.Uint32(img[blk*BlockSize+4*i:]); got != want {
						p := blk - pgFirst
						if !(p >= 0 && i == 7 && got == 0xabc00000|uint32(p) || c.name == "mod" && i == 4 && (p == 0 && got == 11 || p == 1 && got == 22)) {
							t.Errorf("block %d word %d: %#x", blk, i, got)
						}
					}
				}
			}
			if c.graft != "" {
				g, _ := sys.Kernel.Symbol("vino_grafts")
				calls, _ := sys.KernelWord(g + 56)
				aborts, _ := sys.KernelWord(g + 64)
				if calls != c.calls || aborts != c.aborts {
					t.Errorf("graft: %d invocations, %d aborted; want %d, %d", calls, aborts, c.calls, c.aborts)
				}
			}
			if c.aborts > 0 && *checked != int(c.aborts) {
				t.Errorf("the kernel's VINO state compared after %d invocations, want %d", *checked, c.aborts)
			}
		})
	}
}

// pmapProg calls pmap for each of calls (with brk's page when the address
// is 0) and writes each call's errno (0: success) to the console.
func pmapProg(t *testing.T, calls [][4]uint32) *loader.Executable {
	t.Helper()
	var list strings.Builder
	for _, c := range calls {
		fmt.Fprintf(&list, "\t.word\t%#x, %d, %#x, %d\n", c[0], c[1], c[2], c[3])
	}
	return guestProg(t, Conventional, fmt.Sprintf(`
	li	$a0, 0
	li	$v0, 4045		# brk(0): the break
	syscall
	addiu	$s3, $v0, 4095
	li	$t0, -4096
	and	$s3, $s3, $t0
	la	$s0, calls
	la	$s2, results
	li	$s1, %d
1:	lw	$a0, 0($s0)
	lw	$a1, 4($s0)
	lw	$a2, 8($s0)
	bnez	$a0, 2f
	lw	$a3, 12($s0)
	move	$a0, $s3
2:	li	$v0, %d
	syscall
	bnez	$a3, 3f
	nop
	move	$v0, $zero
3:	sw	$v0, 0($s2)
	addiu	$s0, $s0, 16
	addiu	$s1, $s1, -1
	bnez	$s1, 1b
	addiu	$s2, $s2, 4
	li	$a0, 1
	la	$a1, results
	li	$a2, %d
	li	$v0, 4004
	syscall
	EXIT	0
	.data
	.align	2
calls:
%s
results: .space	%d
`, len(calls), SysPmap, 4*len(calls), list.String(), 4*len(calls)))
}

// Bad arguments give an errno and change nothing.
func TestPmapErrors(t *testing.T) {
	const (
		ebusy  = 16
		enodev = 19
		einval = 22
	)
	calls := [][4]uint32{
		{0x10000004, 1, 0, 1}, // unaligned
		{0x10000000, 0, 0, 1}, // no pages
		{0x10000000, PagerMaxPages + 1, 0, 1},
		{0x10000000, 1, 0, 0}, // no frames
		{0x10000000, 1, 0, PagerMaxFrames + 1},
		{0x10000000, 4, pgDisk - 3, 1}, // past the disk's end
		{0x10000000, 1, pgDisk, 1},
		{0x10000000, 1, 0xffffffff, 1},
		{0x1ffff000, 2, 0, 1}, // across segments
		{0x80000000, 1, 0, 1}, // the kernel's
		{0xfffff000, 1, 0, 1},
		{UPage, 1, 0, 1},           // a mapped page: the u-page
		{StackTop - 4096, 1, 0, 1}, // the stack
		{0, 1, 0, 1},               // the heap's range (the break's page)
		{0x10000000, 4, 0, 2},      // good
		{0x20000000, 1, 0, 1},      // a second region
	}
	want := []uint32{einval, einval, einval, einval, einval, einval, einval, einval, einval, einval, einval, einval, einval, einval, 0, ebusy}
	out, status, sys := bootRun(t, Config{Program: pmapProg(t, calls), Disk: memDisk(t, diskImage(pgDisk)), Profile: dec5000(t)}, 5_000_000)
	if status != 0 || len(out) != 4*len(calls) {
		t.Fatalf("status %d, console %q", status, out)
	}
	for i := range calls {
		if got := binary.LittleEndian.Uint32([]byte(out[4*i:])); got != want[i] {
			t.Errorf("pmap%x: errno %d, want %d", calls[i], got, want[i])
		}
	}
	if st, ok, err := sys.Pager(0); !ok || err != nil || st.Limit != 2 || len(st.Resident) != 0 {
		t.Errorf("pager %+v, %v, %v", st, ok, err)
	}
	out, _, _ = bootRun(t, Config{Program: pmapProg(t, calls[14:15])}, 1_000_000)
	if got := binary.LittleEndian.Uint32([]byte(out)); got != enodev {
		t.Errorf("without a disk: errno %d, want %d", got, enodev)
	}
}

// A region in a segment the program has open (its stack's) works as one
// in a segment of its own.
func TestPagerOpenSegment(t *testing.T) {
	ops := []pgOp{{off: 0, value: pgInitial(0)}, {off: 0x1004, store: true, value: 5}, {off: 0x1004, value: 5}}
	prog := strings.Replace(pgProgSrc(2, 1, ops, 0), fmt.Sprintf("%#x", pgVABase), "0x70000000", -1)
	_, status, sys := bootRun(t, Config{Program: guestProg(t, Conventional, prog), Disk: memDisk(t, diskImage(pgDisk)), Profile: dec5000(t)}, 5_000_000)
	if st := pagerOf(t, sys, 0); status != 0 || st.PagerCounters != (PagerCounters{Faults: 2, Evictions: 1}) {
		t.Errorf("status %d, pager %+v", status, st)
	}
}

// A fault outside the region is the program's, as in an environment
// without one: SIGSEGV to its handler, with the address, or its end.
func TestPagerOtherFaults(t *testing.T) {
	prog := fmt.Sprintf(`
	li	$a0, %#x
	li	$a1, 4
	li	$a2, %d
	li	$a3, 2
	li	$v0, %d
	syscall
	bnez	$a3, 8f
	nop
	li	$a0, 11
	la	$a1, handler
	li	$v0, 4048		# signal(SIGSEGV, handler)
	syscall
	li	$t0, %#x
	lw	$t1, 0x4000($t0)	# past the region's end: SIGSEGV
	lw	$t1, 0($t0)		# in it: served
	la	$t2, bad
	lw	$t2, 0($t2)
	li	$t3, %#x
	bne	$t2, $t3, 8f
	nop
	li	$t3, %#x
	bne	$t1, $t3, 8f
	nop
	la	$t0, __start
	sw	$zero, 0($t0)		# its text: Mod, SIGSEGV
	la	$t2, bad
	lw	$t2, 0($t2)
	bne	$t2, $t0, 8f
	nop
	li	$t0, 0x30000000		# a closed segment: SegV, SIGSEGV
	lw	$t1, 0($t0)
	la	$t2, bad
	lw	$t2, 0($t2)
	bne	$t2, $t0, 8f
	nop
	signal	0
	li	$t0, %#x
	lw	$t1, 0x5000($t0)	# no handler: the end
	EXIT	1
8:	EXIT	2
handler:				# a2 = the context: skip the access
	lw	$t0, 144($a2)		# BadVAddr
	la	$t1, bad
	sw	$t0, 0($t1)
	lw	$t0, 136($a2)
	addiu	$t0, $t0, 4
	jr	$ra
	sw	$t0, 136($a2)
	.data
bad:	.word	0
`, pgVABase, pgFirst, SysPmap, pgVABase, pgVABase+0x4000, pgInitial(0), pgVABase)
	prog = strings.Replace(prog, "\tsignal\t0\n", "\tli\t$a0, 11\n\tmove\t$a1, $zero\n\tli\t$v0, 4048\n\tsyscall\n", 1)
	_, status, sys := bootRun(t, Config{Program: guestProg(t, Conventional, prog), Disk: memDisk(t, diskImage(pgDisk)), Profile: dec5000(t)}, 5_000_000)
	c, crashed := sys.Crash()
	if status != 128+11 || !crashed || c.Signal != 11 || c.BadVAddr != pgVABase+0x5000 || c.Code() != 2 {
		t.Errorf("status %d, crash %+v (%v)", status, c, crashed)
	}
	if st := pagerOf(t, sys, 0); st.PagerCounters != (PagerCounters{Faults: 1}) {
		t.Errorf("pager %+v", st)
	}
}

// writeFailStore fails every write, and reads of one block.
type writeFailStore struct {
	img     []byte
	badRead int64
}

func (f writeFailStore) ReadAt(p []byte, off int64) (int, error) {
	if off/BlockSize == f.badRead {
		return 0, fmt.Errorf("medium error")
	}
	return copy(p, f.img[off:]), nil
}

func (f writeFailStore) WriteAt(p []byte, off int64) (int, error) {
	return 0, fmt.Errorf("medium error")
}

// A page the disk cannot read, or a victim it cannot write, is SIGBUS for
// the faulting program; the pager stays consistent: the frame read into
// goes back, the victim stays resident and dirty.
func TestPagerDiskErrors(t *testing.T) {
	for _, c := range []struct {
		name     string
		ops      []pgOp
		frames   uint32
		badRead  int64
		badVAddr uint32
		want     PagerCounters
		resident []uint32
		dirty    []bool
	}{
		{name: "read", frames: 2, badRead: pgFirst + 2,
			ops:      []pgOp{{off: 0, value: pgInitial(0)}, {off: 0x1000, value: pgInitial(0x1000)}, {off: 0x2008, value: pgInitial(0x2008)}},
			badVAddr: pgVABase + 0x2008, want: PagerCounters{Faults: 2, Evictions: 1}, resident: []uint32{1}, dirty: []bool{false}},
		{name: "write", frames: 1, badRead: -1,
			ops:      []pgOp{{off: 0x10, store: true, value: 3}, {off: 0x1010, value: pgInitial(0x1010)}},
			badVAddr: pgVABase + 0x1010, want: PagerCounters{Faults: 1}, resident: []uint32{0}, dirty: []bool{true}},
	} {
		t.Run(c.name, func(t *testing.T) {
			timing, err := devices.DiskTimingFor(dec5000(t))
			if err != nil {
				t.Fatal(err)
			}
			d, err := devices.NewDisk(writeFailStore{diskImage(pgDisk), c.badRead}, pgDisk*BlockSize, devices.DiskOptions{Timing: timing})
			if err != nil {
				t.Fatal(err)
			}
			_, status, sys := bootRun(t, Config{Program: pgProg(t, 4, c.frames, c.ops, 0), Disk: d, Profile: dec5000(t)}, 5_000_000)
			cr, crashed := sys.Crash()
			if status != 128+10 || !crashed || cr.BadVAddr != c.badVAddr {
				t.Errorf("status %d, crash %+v", status, cr)
			}
			st := pagerOf(t, sys, 0)
			if st.PagerCounters != c.want || !slices.Equal(st.Resident, c.resident) || !slices.Equal(st.Dirty, c.dirty) {
				t.Errorf("pager %+v", st)
			}
			if d.Err() == nil {
				t.Errorf("the disk reports no host error")
			}
		})
	}
	// A read-only disk refuses the write: the same.
	d, err := devices.NewMemDisk(diskImage(pgDisk), devices.DiskOptions{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	ops := []pgOp{{off: 0x10, store: true, value: 3}, {off: 0x1010, value: pgInitial(0x1010)}}
	_, status, sys := bootRun(t, Config{Program: pgProg(t, 4, 1, ops, 0), Disk: d, Profile: dec5000(t)}, 5_000_000)
	if cr, _ := sys.Crash(); status != 128+10 || cr.BadVAddr != pgVABase+0x1010 {
		t.Errorf("read-only disk: status %d, crash %+v", status, cr)
	}
}

// While environment 0 waits for a page, environment 1 runs.
func TestPagerTwoEnvs(t *testing.T) {
	cfg := Config{Program: pgProg(t, 12, 8, pgScan(12, 2), 'r'), Programs: []Program{{Executable: spinner(t, 20)}},
		Disk: memDisk(t, diskImage(pgDisk))}
	sys, console := bcBoot(t, cfg, nil)
	if status := bcRun(t, sys, console); status != 0 {
		t.Fatalf("status %d", status)
	}
	out := console.String()
	if strings.Count(out, "x") != 20 || strings.Count(out, "r") != 24 || !strings.HasPrefix(out, "x") || !strings.Contains(out, "rx") {
		t.Errorf("output %q: want 20 x and 24 r, an x first, and x between r's", out)
	}
	if ex := sys.Exits(); !ex[0].Exited || ex[0].Status != 0 || !ex[1].Exited || ex[1].Status != 0 {
		t.Errorf("exits %+v", ex)
	}
	if st := pagerOf(t, sys, 0); st.PagerCounters != (PagerCounters{Faults: 24, Evictions: 16}) {
		t.Errorf("pager %+v", st)
	}
	if _, ok, _ := sys.Pager(1); ok {
		t.Errorf("environment 1 has a pager")
	}
}

// Every engine gives the same run: page faults, the disk's interrupts in
// user mode and in the idle loop, the graft, with and without the timer.
func TestPagerEngines(t *testing.T) {
	for _, c := range []struct {
		name  string
		timer uint32
		graft bool
		two   bool
	}{{"fifo", 0, false, false}, {"graft", 0, true, false}, {"two-envs-timer", 20000, true, true}} {
		t.Run(c.name, func(t *testing.T) {
			run := func(eng cpu.Engine) (string, int, *System) {
				cfg := Config{Program: pgProg(t, 12, 8, pgWriteReread(12), 0), Disk: memDisk(t, diskImage(pgDisk)), TimerInterval: c.timer}
				if c.two {
					cfg.Program = pgProg(t, 12, 8, pgWriteReread(12), 'r')
					cfg.Programs = []Program{{Executable: spinner(t, 10)}}
				}
				if c.graft {
					cfg.Grafts = []VinoGraft{pgGraft(t, pgScanSrc, false)}
				}
				return bootRunOn(t, cfg, 50_000_000, eng)
			}
			wout, wstatus, want := run(cpu.Reference())
			for _, eng := range cpu.Engines()[1:] {
				gout, gstatus, got := run(eng)
				if wstatus != 0 || gout != wout || gstatus != wstatus || cpu.DiffMachines(want.Machine, got.Machine) != "" {
					t.Errorf("the engines differ: status %d and %d, output %q and %q\ninterp %+v\n%s   %+v", wstatus, gstatus, wout, gout, want.Machine.Stats, eng.Name(), got.Machine.Stats)
				}
			}
			if want.Machine.Stats.IdleCycles == 0 {
				t.Errorf("the kernel never idled")
			}
		})
	}
}

// The page-eviction point is the system's: a graft of another
// environment's is refused at boot.
func TestEvictOwner(t *testing.T) {
	g := pgGraft(t, pgMRUSrc, false)
	g.Owner = 1
	_, err := Boot(Config{Program: pgProg(t, 1, 1, nil, 0), Programs: []Program{{Executable: spinner(t, 1)}},
		Grafts: []VinoGraft{g}, Disk: memDisk(t, diskImage(pgDisk))})
	if !errors.Is(err, ErrGraft) || !strings.Contains(err.Error(), "environment 0's") {
		t.Errorf("boot: %v", err)
	}
}

// pager.go reads the kernel's pagers with pager.s's and frame.inc's
// layout, and the GP_EVICT point is PointEvict.
func TestPagerLayout(t *testing.T) {
	pg, fr, inc := equates(t, "pager.s"), equates(t, "frame.inc"), equates(t, "layout.inc")
	for name, c := range map[string]struct{ got, want int64 }{
		"ENV_PAGER": {fr["ENV_PAGER"], envPager}, "ENV_SIZE": {fr["ENV_SIZE"], envSize},
		"PG_ENV": {pg["PG_ENV"], pgEnv}, "PG_LIMIT": {pg["PG_LIMIT"], pgLimit}, "PG_NRES": {pg["PG_NRES"], pgNRes},
		"PG_STATS": {pg["PG_STATS"], pgStats}, "PG_RES": {pg["PG_RES"], pgRes}, "PGF_DIRTY": {pg["PGF_DIRTY"], pgfDirty},
		"PG_MAXPAGES": {pg["PG_MAXPAGES"], PagerMaxPages}, "PG_MAXFRAMES": {pg["PG_MAXFRAMES"], PagerMaxFrames},
		"GP_EVICT": {inc["GP_EVICT"], int64(PointEvict)}, "VINO_NPOINT": {inc["VINO_NPOINT"], int64(PointEvict) + 1},
	} {
		if c.got != c.want {
			t.Errorf("%s: the kernel's %d, Go's %d", name, c.got, c.want)
		}
	}
}

// mprotect on a paged region's pages: PROT_NONE makes a resident page the
// program's fault; an evicted page is no longer mapped, whatever mprotect
// left in its entry; a clean page cannot be made writable, but its first
// store makes it dirty.
func TestPagerMprotect(t *testing.T) {
	prog := fmt.Sprintf(`
	.macro	MPROT prot, want
	li	$a0, %#x
	li	$a1, 4096
	li	$a2, \prot
	li	$v0, 4125
	syscall
	li	$t0, \want		# 0, or the errno
	bne	$v0, $t0, 8f
	nop
	.endm
	li	$a0, %#x
	li	$a1, 4
	li	$a2, %d
	li	$a3, 2
	li	$v0, %d
	syscall
	bnez	$a3, 8f
	nop
	li	$s0, %#x
	lw	$t0, 0($s0)		# page 0 in
	MPROT	0, 0
	li	$a0, 11
	la	$a1, handler
	li	$v0, 4048
	syscall
	lw	$t0, 0($s0)		# PROT_NONE: SIGSEGV
	la	$t1, bad
	lw	$t1, 0($t1)
	bne	$t1, $s0, 8f
	nop
	lw	$t0, 0x1000($s0)	# page 1 in
	lw	$t0, 0x2000($s0)	# page 2 in, page 0 out
	MPROT	1, 12			# not mapped: ENOMEM
	lw	$t0, 0($s0)		# page 0 in again, page 1 out
	li	$t1, %#x
	bne	$t0, $t1, 8f
	nop
	MPROT	3, 13			# clean: EACCES
	li	$t1, 77
	sw	$t1, 4($s0)		# its first store: TLB Mod, dirty
	lw	$t0, 4($s0)
	bne	$t0, $t1, 8f
	nop
	EXIT	0
8:	EXIT	1
handler:
	lw	$t0, 144($a2)
	la	$t1, bad
	sw	$t0, 0($t1)
	lw	$t0, 136($a2)
	addiu	$t0, $t0, 4
	jr	$ra
	sw	$t0, 136($a2)
	.data
bad:	.word	0
`, pgVABase, pgVABase, pgFirst, SysPmap, pgVABase, pgInitial(0))
	_, status, sys := bootRun(t, Config{Program: guestProg(t, Conventional, prog), Disk: memDisk(t, diskImage(pgDisk)), Profile: dec5000(t)}, 5_000_000)
	st := pagerOf(t, sys, 0)
	if status != 0 || st.PagerCounters != (PagerCounters{Faults: 4, Evictions: 2, Mods: 1}) ||
		!slices.Equal(st.Resident, []uint32{2, 0}) || !slices.Equal(st.Dirty, []bool{false, true}) {
		t.Errorf("status %d, pager %+v", status, st)
	}
}

// A fork's child gets copies of the resident pages and no paged region:
// another page of the region is SIGSEGV for it, while its parent pages
// on.
func TestPagerFork(t *testing.T) {
	prog := fmt.Sprintf(`
	li	$a0, %#x
	li	$a1, 4
	li	$a2, %d
	li	$a3, 2
	li	$v0, %d
	syscall
	bnez	$a3, 8f
	li	$s0, %#x
	lw	$s1, 0($s0)		# page 0 in
	li	$v0, 4002		# fork
	syscall
	beqz	$v0, 5f
	nop
	li	$a0, -1
	la	$a1, status
	li	$a2, 0
	li	$v0, 4007		# waitpid
	syscall
	la	$t0, status
	lw	$t0, 0($t0)
	li	$t1, 11			# killed by SIGSEGV
	bne	$t0, $t1, 8f
	nop
	lw	$t0, 0x1000($s0)	# the parent's page 1 in
	li	$t1, %#x
	bne	$t0, $t1, 8f
	nop
	EXIT	0
5:	lw	$t0, 0($s0)		# the child's copy
	bne	$t0, $s1, 6f
	nop
	lw	$t0, 0x1000($s0)	# not the child's: SIGSEGV
6:	EXIT	3
8:	EXIT	1
	.data
status:	.word	0
`, pgVABase, pgFirst, SysPmap, pgVABase, pgInitial(0x1000))
	_, status, sys := bootRun(t, Config{Program: guestProg(t, Conventional, prog), Disk: memDisk(t, diskImage(pgDisk)), Profile: dec5000(t)}, 5_000_000)
	if st := pagerOf(t, sys, 0); status != 0 || st.PagerCounters != (PagerCounters{Faults: 2}) {
		t.Errorf("status %d, pager %+v", status, st)
	}
}
