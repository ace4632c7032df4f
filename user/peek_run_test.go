package user_test

import (
	"bytes"
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"

	"graftlab/cpu"
	"graftlab/profile"
	"graftlab/user"
)

// A PeekMemory of an untouched page allocates nothing, so the program
// then runs exactly as if nobody had looked, where ReadMemory's
// allocation shifts the frames of the pages allocated after it.
func TestPeekMemoryLeavesRunUnchanged(t *testing.T) {
	exe := readExecutable(t, "heap")
	prof, err := profile.Lookup("dec5000")
	if err != nil {
		t.Fatal(err)
	}
	const untouched = user.StackTop - user.StackSize + 0x100 // the stack's far end
	run := func(look func(p *user.Process)) (cpu.State, cpu.Stats, []byte) {
		p, err := user.New(user.Config{Profile: prof, Executable: exe, Args: []string{"heap.elf"}, RAMSize: 4 << 20})
		if err != nil {
			t.Fatal(err)
		}
		look(p)
		if _, err := p.Run(context.Background(), cpu.Limits{MaxInstructions: 10_000_000}); err != nil {
			t.Fatal(err)
		}
		return p.Machine.State, p.Stats(), append([]byte(nil), p.Machine.Bus.RAM()...)
	}
	st0, c0, ram0 := run(func(*user.Process) {})
	st1, c1, ram1 := run(func(p *user.Process) {
		b, err := p.PeekMemory(untouched, 8)
		if err != nil || !bytes.Equal(b, make([]byte, 8)) {
			t.Errorf("PeekMemory(untouched) = %x, %v", b, err)
		}
		if _, err := p.PeekMemory(0x100, 4); err == nil {
			t.Error("PeekMemory(0x100) succeeded: no area there")
		}
		if b, err := p.PeekMemory(exe.Entry, 4); err != nil || bytes.Equal(b, make([]byte, 4)) {
			t.Errorf("PeekMemory(entry) = %x, %v", b, err)
		}
	})
	if d := cmp.Diff(st0, st1); d != "" {
		t.Errorf("state after a peek differs:\n%s", d)
	}
	if d := cmp.Diff(c0, c1); d != "" {
		t.Errorf("counters after a peek differ:\n%s", d)
	}
	if !bytes.Equal(ram0, ram1) {
		t.Error("RAM after a peek differs")
	}
	_, _, ram2 := run(func(p *user.Process) { p.ReadMemory(untouched, 8) })
	if bytes.Equal(ram0, ram2) {
		t.Error("ReadMemory's allocation changed nothing: the test cannot tell peeking from reading")
	}
}
