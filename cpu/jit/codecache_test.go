package jit

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"runtime"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"graftlab/isa"
)

// A block of n instructions (li, then moves) and its code's length.
func testBlock(t *testing.T, n int) *Block {
	t.Helper()
	insts := []isa.Inst{{Op: isa.ADDIU, Rt: isa.V0, Imm: 7}}
	for len(insts) < n {
		insts = append(insts, isa.Inst{Op: isa.ADDU, Rd: isa.V1, Rs: isa.V0, Rt: isa.Zero})
	}
	b, err := Compile(testPC, words(insts), lookupProfile(t, "ideal"))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// The cache fills block after block, each at a 16-byte boundary, and is
// flushed whole when the next does not fit; blocks from before a flush
// are stale.
func TestCodeCacheFlush(t *testing.T) {
	c := newTestCache(t, MinCodeCacheSize)
	b := testBlock(t, 100)
	size := len(b.code)
	stride := (size + codeAlign - 1) &^ (codeAlign - 1)
	fit := (MinCodeCacheSize-size)/stride + 1 // blocks that fit before a flush
	var first *Block
	for i := 0; i < fit; i++ {
		bi := testBlock(t, 100)
		if err := c.Install(bi); err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			first = bi
		}
	}
	want := CodeCacheStats{Size: MinCodeCacheSize, Used: (fit-1)*stride + size, Blocks: uint64(fit)}
	if diff := cmp.Diff(want, c.Stats()); diff != "" {
		t.Fatalf("stats when full (-want +got):\n%s", diff)
	}
	var s State
	if st, err := first.Run(&s); err != nil || st != StatusEnd || s.GPR[3] != 7 {
		t.Fatalf("first block before the flush: %v, %v, v1 %d", st, err, s.GPR[3])
	}
	last := testBlock(t, 100)
	if err := c.Install(last); err != nil {
		t.Fatal(err)
	}
	want = CodeCacheStats{Size: MinCodeCacheSize, Used: size, Blocks: 1, Flushes: 1}
	if diff := cmp.Diff(want, c.Stats()); diff != "" {
		t.Fatalf("stats after the flush (-want +got):\n%s", diff)
	}
	if _, err := first.Run(&s); !errors.Is(err, ErrStale) {
		t.Errorf("first block after the flush: error %v, want ErrStale", err)
	}
	s = State{}
	if st, err := last.Run(&s); err != nil || st != StatusEnd || s.GPR[3] != 7 || s.Instructions != 100 {
		t.Errorf("last block: %v, %v, v1 %d, %d instructions", st, err, s.GPR[3], s.Instructions)
	}
	// Installed again, a stale block runs.
	if err := c.Install(first); err != nil {
		t.Fatal(err)
	}
	if st, err := first.Run(&s); err != nil || st != StatusEnd || s.Instructions != 200 {
		t.Errorf("first block installed again: %v, %v, %d instructions", st, err, s.Instructions)
	}
}

func TestCodeCacheErrors(t *testing.T) {
	for _, size := range []int{0, MinCodeCacheSize - 1, MaxCodeCacheSize + 1} {
		want := fmt.Sprintf("code cache of %d bytes: want %d to %d", size, MinCodeCacheSize, MaxCodeCacheSize)
		if _, err := NewCodeCache(size); err == nil || err.Error() != want {
			t.Errorf("NewCodeCache(%d): error %v, want %q", size, err, want)
		}
	}
	b := testBlock(t, 3)
	var s State
	if _, err := b.Run(&s); !errors.Is(err, ErrNotInstalled) || err.Error() != "run block 0x80001000: compiled block is not installed" {
		t.Errorf("run before install: error %v", err)
	}
	c := newTestCache(t, MinCodeCacheSize+1) // rounded up to whole pages
	if got, page := c.Stats().Size, os.Getpagesize(); got != (MinCodeCacheSize+page)&^(page-1) {
		t.Errorf("size %d, want %d rounded up to %d-byte pages", got, MinCodeCacheSize+1, page)
	}
	if err := c.Install(b); err != nil {
		t.Fatal(err)
	}
	if _, err := b.Run(nil); err == nil || err.Error() != "run block 0x80001000: no state" {
		t.Errorf("run on no state: error %v", err)
	}
	if err := c.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := b.Run(&s); !errors.Is(err, ErrStale) {
		t.Errorf("run after close: error %v, want ErrStale", err)
	}
	if err := c.Install(b); err == nil || err.Error() != "install block 0x80001000: code cache closed" {
		t.Errorf("install after close: error %v", err)
	}
	if s != (State{}) {
		t.Errorf("state changed by runs that failed: %+v", s)
	}
}

// The cache's memory is never writable and executable at once: after
// installs it is read+exec, and no mapping of the process is both.
func TestCodeCacheWXorX(t *testing.T) {
	c := newTestCache(t, MinCodeCacheSize)
	for i := 0; i < 3; i++ {
		if err := c.Install(testBlock(t, 10)); err != nil {
			t.Fatal(err)
		}
	}
	lo := c.r.address(0)
	hi := lo + uintptr(c.Stats().Size)
	f, err := os.Open("/proc/self/maps")
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	perms := map[string]uintptr{} // bytes of the cache with each permission
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var start, end uintptr
		var perm string
		if _, err := fmt.Sscanf(sc.Text(), "%x-%x %s", &start, &end, &perm); err != nil {
			t.Fatalf("%q: %v", sc.Text(), err)
		}
		if strings.HasPrefix(perm, "rwx") {
			t.Errorf("mapping %x-%x is %s", start, end, perm)
		}
		// The mapping may be split where pages were made writable
		// (Linux accounts those apart), but it must be read+exec all over.
		if start < hi && lo < end {
			perms[perm] += min(end, hi) - max(start, lo)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(map[string]uintptr{"r-xp": hi - lo}, perms); diff != "" {
		t.Errorf("the cache's mapping (-want +got):\n%s", diff)
	}
}

// Compiled code runs while the garbage collector runs beside it: it holds
// no Go pointers, and the State it works on is the Go heap's.
func TestRunUnderGC(t *testing.T) {
	c := newTestCache(t, MinCodeCacheSize)
	b := testBlock(t, 50)
	if err := c.Install(b); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		for {
			select {
			case <-done:
				return
			default:
				runtime.GC()
			}
		}
	}()
	const runs = 200000
	s := new(State)
	for i := 0; i < runs; i++ {
		if st, err := b.Run(s); err != nil || st != StatusEnd {
			t.Fatalf("run %d: %v, %v", i, st, err)
		}
	}
	close(done)
	<-stopped
	if s.Instructions != 50*runs || s.Cycles != 50*runs || s.GPR[2] != 7 || s.GPR[3] != 7 || s.PC != testPC+200 {
		t.Errorf("after %d runs: %d instructions, %d cycles, v0 %d, v1 %d, pc %#x", runs, s.Instructions, s.Cycles, s.GPR[2], s.GPR[3], s.PC)
	}
}
