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
)

// constCode is code that returns v in AX after n-1 register moves.
func constCode(t testing.TB, v int32, n int) []byte {
	t.Helper()
	a := newAssembler()
	for range n - 1 {
		a.emit(opMOVL, reg(regCX), reg(regDX))
	}
	a.emit(opMOVL, constant(v), reg(regAX))
	a.emit(opRET)
	code, _, err := a.assemble(0)
	if err != nil {
		t.Fatal(err)
	}
	return code
}

// The cache fills block after block, each at a 16-byte boundary, and is
// flushed whole when the next does not fit; blocks from before a flush
// are stale.
func TestCodeCacheFlush(t *testing.T) {
	c := newTestCache(t, MinCodeCacheSize)
	code := constCode(t, 7, 100)
	size := len(code)
	stride := (size + codeAlign - 1) &^ (codeAlign - 1)
	fit := (MinCodeCacheSize-size)/stride + 1 // blocks that fit before a flush
	var first *Block
	for i := 0; i < fit; i++ {
		b, err := c.Install(code)
		if err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			first = b
		}
	}
	want := CodeCacheStats{Size: MinCodeCacheSize, Used: (fit-1)*stride + size, Blocks: uint64(fit)}
	if diff := cmp.Diff(want, c.Stats()); diff != "" {
		t.Fatalf("stats when full (-want +got):\n%s", diff)
	}
	if got := call(first); got != 7 || first.Stale() {
		t.Fatalf("first block before the flush: returned %d, stale %v", got, first.Stale())
	}
	last, err := c.Install(constCode(t, 9, 100))
	if err != nil {
		t.Fatal(err)
	}
	want = CodeCacheStats{Size: MinCodeCacheSize, Used: size, Blocks: 1, Flushes: 1}
	if diff := cmp.Diff(want, c.Stats()); diff != "" {
		t.Fatalf("stats after the flush (-want +got):\n%s", diff)
	}
	if !first.Stale() || last.Stale() || last.Entry() != first.Entry() {
		t.Errorf("after the flush: first stale %v, last stale %v, at %#x and %#x", first.Stale(), last.Stale(), first.Entry(), last.Entry())
	}
	if got := call(last); got != 9 {
		t.Errorf("last block returned %d, want 9", got)
	}
}

func TestCodeCacheErrors(t *testing.T) {
	for _, size := range []int{0, MinCodeCacheSize - 1, MaxCodeCacheSize + 1} {
		want := fmt.Sprintf("code cache of %d bytes: want %d to %d", size, MinCodeCacheSize, MaxCodeCacheSize)
		if _, err := NewCodeCache(size); err == nil || err.Error() != want {
			t.Errorf("NewCodeCache(%d): error %v, want %q", size, err, want)
		}
	}
	c := newTestCache(t, MinCodeCacheSize+1) // rounded up to whole pages
	page := os.Getpagesize()
	if got := c.Stats().Size; got != (MinCodeCacheSize+page)&^(page-1) {
		t.Errorf("size %d, want %d rounded up to %d-byte pages", got, MinCodeCacheSize+1, page)
	}
	big := make([]byte, c.Stats().Size+1)
	if _, err := c.Install(big); err == nil || err.Error() != fmt.Sprintf("install %d bytes of code: more than the cache's %d", len(big), len(big)-1) {
		t.Errorf("install of too much code: error %v", err)
	}
	b, err := c.Install(constCode(t, 1, 3))
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Close(); err != nil {
		t.Fatal(err)
	}
	if !b.Stale() {
		t.Error("a block of a closed cache is not stale")
	}
	code := constCode(t, 1, 3)
	if _, err := c.Install(code); !errors.Is(err, ErrClosed) || err.Error() != fmt.Sprintf("install %d bytes of code: code cache closed", len(code)) {
		t.Errorf("install after close: error %v", err)
	}
}

// The cache's memory is never writable and executable at once: after
// installs it is read+exec, and no mapping of the process is both.
func TestCodeCacheWXorX(t *testing.T) {
	c := newTestCache(t, MinCodeCacheSize)
	for i := 0; i < 3; i++ {
		if _, err := c.Install(constCode(t, 1, 10)); err != nil {
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

// Compiled code runs while the garbage collector runs beside it.
func TestRunUnderGC(t *testing.T) {
	c := newTestCache(t, MinCodeCacheSize)
	b, err := c.Install(constCode(t, 7, 50))
	if err != nil {
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
	sum := uint64(0)
	const runs = 200000
	for range runs {
		sum += call(b)
	}
	close(done)
	<-stopped
	if sum != 7*runs {
		t.Errorf("%d runs returned %d in all, want %d", runs, sum, 7*runs)
	}
}

// newTestCache returns a code cache, closed when the test ends; the test
// is skipped where compiled code cannot run.
func newTestCache(t testing.TB, size int) *CodeCache {
	t.Helper()
	if !Supported {
		t.Skip("compiled code does not run on this host")
	}
	c, err := NewCodeCache(size)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := c.Close(); err != nil {
			t.Error(err)
		}
	})
	return c
}
