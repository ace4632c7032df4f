package user

import (
	"bytes"
	"os"
	"testing"

	"graftlab/loader"
)

func TestPeekMemoryDoesNotAllocate(t *testing.T) {
	data, err := os.ReadFile("../testdata/progs/hello.elf")
	if err != nil {
		t.Fatal(err)
	}
	x, err := loader.ParseExecutable(data)
	if err != nil {
		t.Fatal(err)
	}
	p := newProcess(t, Config{Executable: x})
	// The stack's lowest page is never touched by hello.
	low := uint32(StackTop - StackSize)
	pages := len(p.mem.pages)
	b, err := p.PeekMemory(low, 8)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b, make([]byte, 8)) {
		t.Errorf("untouched page reads %x, want zeros", b)
	}
	if n := len(p.mem.pages); n != pages {
		t.Errorf("PeekMemory allocated %d pages", n-pages)
	}
	// Touched memory reads as ReadMemory reads it, across a page boundary.
	entry := p.Executable().Entry
	want, err := p.ReadMemory(entry, 16)
	if err != nil {
		t.Fatal(err)
	}
	got, err := p.PeekMemory(entry, 16)
	if err != nil || !bytes.Equal(got, want) {
		t.Errorf("PeekMemory(entry) = %x, %v; want %x", got, err, want)
	}
	if _, err := p.PeekMemory(0x1000, 4); err == nil {
		t.Error("PeekMemory of an unmapped address succeeded")
	}
	if _, err := p.PeekMemory(UserLimit-2, 4); err == nil {
		t.Error("PeekMemory across the user limit succeeded")
	}
}
