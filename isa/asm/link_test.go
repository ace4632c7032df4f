package asm

import (
	"bytes"
	"debug/elf"
	"encoding/binary"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"graftlab/internal/tools"
	"graftlab/loader"
	"graftlab/loader/object"
)

// linkInputs assembles testdata/link/*.s and returns the objects, their
// names and their marshalled bytes.
func linkInputs(t *testing.T) ([]*object.File, []string, [][]byte) {
	t.Helper()
	names, err := filepath.Glob(filepath.Join("testdata", "link", "*.s"))
	if err != nil || len(names) == 0 {
		t.Fatalf("no link sources: %v", err)
	}
	var objs []*object.File
	var raw [][]byte
	for _, name := range names {
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		f, err := Assemble(name, src, Options{})
		if err != nil {
			t.Fatal(err)
		}
		b, err := f.Marshal()
		if err != nil {
			t.Fatal(err)
		}
		objs, raw = append(objs, f), append(raw, b)
	}
	return objs, names, raw
}

// TestLink links graftlab's objects with package loader.
func TestLink(t *testing.T) {
	objs, names, _ := linkInputs(t)
	img, err := loader.Link(objs, names, loader.LinkOptions{})
	if err != nil {
		t.Fatal(err)
	}
	start, ok := img.Lookup("__start")
	if !ok || img.Entry != start.Addr {
		t.Fatalf("entry %#x, __start %+v", img.Entry, start)
	}
	b, err := img.ELF()
	if err != nil {
		t.Fatal(err)
	}
	f, err := elf.NewFile(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	text := f.Section(".text")
	data, err := text.Data()
	off := start.Addr - uint32(text.Addr)
	if err != nil || uint64(off)+8 > uint64(len(data)) {
		t.Fatalf(".text: %v", err)
	}
	// __start begins with la $sp, stack_top: lui and addiu, relocated.
	stack, _ := img.Lookup("stack_top")
	lui := binary.LittleEndian.Uint32(data[off:])
	addiu := binary.LittleEndian.Uint32(data[off+4:])
	if got := lui<<16 + uint32(int16(addiu)); lui>>16 != 0x3c1d || addiu>>16 != 0x27bd || got != stack.Addr {
		t.Errorf("la $sp, stack_top: %#08x %#08x loads %#x, want %#x", lui, addiu, got, stack.Addr)
	}
}

// TestGNULinksGraftlabObjects checks that GNU ld links graftlab's objects,
// that objdump reads the result, and that package loader's link of the
// same objects has the same sections at the same addresses with the same
// bytes.
func TestGNULinksGraftlabObjects(t *testing.T) {
	ld := tools.Need(t, "mipsel-linux-gnu-ld")
	objs, names, raw := linkInputs(t)
	dir := t.TempDir()
	var paths []string
	for i, b := range raw {
		p := filepath.Join(dir, strings.TrimSuffix(filepath.Base(names[i]), ".s")+".o")
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	out := filepath.Join(dir, "gnu.out")
	if msg, err := exec.Command(ld, append([]string{"-e", "__start", "-o", out}, paths...)...).CombinedOutput(); err != nil {
		t.Fatalf("ld: %v\n%s", err, msg)
	}
	if msg, err := exec.Command("mipsel-linux-gnu-objdump", "-d", out).CombinedOutput(); err != nil || !strings.Contains(string(msg), "<__start>:") {
		t.Fatalf("objdump -d: %v\n%s", err, msg)
	}
	gnu, err := elf.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer gnu.Close()

	img, err := loader.Link(objs, names, loader.LinkOptions{})
	if err != nil {
		t.Fatal(err)
	}
	b, err := img.ELF()
	if err != nil {
		t.Fatal(err)
	}
	ours, err := elf.NewFile(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if ours.Entry != gnu.Entry {
		t.Errorf("entry %#x, GNU ld %#x", ours.Entry, gnu.Entry)
	}
	compared := 0
	for _, gs := range gnu.Sections {
		if gs.Flags&elf.SHF_ALLOC == 0 {
			continue
		}
		os := ours.Section(gs.Name)
		if os == nil {
			t.Errorf("section %s: GNU ld has it, loader.Link does not", gs.Name)
			continue
		}
		if os.Addr != gs.Addr || os.Size != gs.Size {
			t.Errorf("section %s: loader.Link at %#x size %#x, GNU ld at %#x size %#x", gs.Name, os.Addr, os.Size, gs.Addr, gs.Size)
			continue
		}
		if gs.Type == elf.SHT_NOBITS {
			continue
		}
		gd, _ := gs.Data()
		od, _ := os.Data()
		if !bytes.Equal(gd, od) {
			t.Errorf("section %s: bytes differ\nGNU ld:      %x\nloader.Link: %x", gs.Name, gd, od)
		}
		compared++
	}
	if compared < 3 {
		t.Errorf("compared %d sections with contents, want .text, .rodata and .data", compared)
	}
}
