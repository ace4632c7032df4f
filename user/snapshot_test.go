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

// A process restored from a snapshot runs on exactly as it did: same
// output, registers and counters, though the heap grew and pages were
// allocated after the snapshot.
func TestProcessSnapshotRestore(t *testing.T) {
	exe := readExecutable(t, "heap")
	prof, err := profile.Lookup("dec5000")
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	p, err := user.New(user.Config{Profile: prof, Executable: exe, Args: []string{"heap.elf"}, Stdout: &out, RAMSize: 4 << 20})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.Run(context.Background(), cpu.Limits{MaxInstructions: 50}); err == nil {
		t.Fatal("the program ended within 50 instructions")
	}
	snap := p.Snapshot()
	brk := p.Brk()
	mark := out.Len()
	run := func() (int, string, cpu.State, cpu.Stats) {
		status, err := p.Run(context.Background(), cpu.Limits{MaxInstructions: 10_000_000})
		if err != nil {
			t.Fatal(err)
		}
		return status, out.String()[mark:], p.Machine.State, p.Stats()
	}
	s1, o1, st1, c1 := run()
	if p.Brk() == brk {
		t.Fatal("the program did not move its break after the snapshot")
	}
	p2, err := user.New(user.Config{Profile: prof, Executable: exe, Args: []string{"heap.elf"}, Stdout: &out, RAMSize: 4 << 20})
	if err != nil {
		t.Fatal(err)
	}
	p = p2
	p.Restore(snap)
	if p.Brk() != brk {
		t.Fatalf("restored break %#x, want %#x", p.Brk(), brk)
	}
	mark = out.Len()
	s2, o2, st2, c2 := run()
	if s1 != s2 || o1 != o2 {
		t.Errorf("after restore: status %d output %q, want %d %q", s2, o2, s1, o1)
	}
	if d := cmp.Diff(st1, st2); d != "" {
		t.Errorf("state differs (-first +restored):\n%s", d)
	}
	if d := cmp.Diff(c1, c2); d != "" {
		t.Errorf("counters differ (-first +restored):\n%s", d)
	}
}
