package asm

import (
	"bytes"
	"debug/elf"
	"encoding/binary"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"graftlab/internal/tools"
	"graftlab/loader"
	"graftlab/loader/object"
)

// linkInputs assembles testdata/link/*.s with opt and returns the objects,
// their names and their marshalled bytes.
func linkInputs(t *testing.T, opt Options) ([]*object.File, []string, [][]byte) {
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
		f, err := Assemble(name, src, opt)
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
	objs, names, _ := linkInputs(t, Options{})
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
// bytes. The objects have no .reginfo or .MIPS.abiflags (the default), which
// GNU ld would place before .text and package loader leaves out.
func TestGNULinksGraftlabObjects(t *testing.T) {
	ld := tools.Need(t, "mipsel-linux-gnu-ld")
	objs, names, raw := linkInputs(t, Options{})
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

// TestGNULinkSameAsGNUAs links testdata/link/*.s twice with GNU ld: once
// as graftlab assembles them (Options.MIPSSections) and once as GNU as does,
// at -O0, -O1 and -O2, each object under the same name in a directory of
// its own. The two executables must be the same, byte for byte.
func TestGNULinkSameAsGNUAs(t *testing.T) {
	ld, err := exec.LookPath("mipsel-linux-gnu-ld")
	if err != nil {
		t.Skip("mipsel-linux-gnu-ld is not installed")
	}
	if _, err := exec.LookPath(gnuAs); err != nil {
		t.Skipf("%s is not installed", gnuAs)
	}
	for _, level := range []int{0, 1, 2} {
		_, names, raw := linkInputs(t, Options{MIPSSections: true, Optimize: level})
		var exes [2][]byte
		for i, who := range []string{"graftlab", "gnu"} {
			dir := filepath.Join(t.TempDir(), who)
			if err := os.Mkdir(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			var objs []string
			for j, name := range names {
				o := filepath.Join(dir, strings.TrimSuffix(filepath.Base(name), ".s")+".o")
				if who == "graftlab" {
					err = os.WriteFile(o, raw[j], 0o644)
				} else {
					args := []string{"-march=mips32", "-G0", "-mno-fix-loongson3-llsc", fmt.Sprintf("-O%d", level), name, "-o", o}
					if msg, aerr := exec.Command(gnuAs, args...).CombinedOutput(); aerr != nil {
						err = fmt.Errorf("%v\n%s", aerr, msg)
					}
				}
				if err != nil {
					t.Fatal(err)
				}
				objs = append(objs, filepath.Base(o))
			}
			cmd := exec.Command(ld, append([]string{"-e", "__start", "-o", "a.out"}, objs...)...)
			cmd.Dir = dir
			if msg, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("ld: %v\n%s", err, msg)
			}
			if exes[i], err = os.ReadFile(filepath.Join(dir, "a.out")); err != nil {
				t.Fatal(err)
			}
		}
		if !bytes.Equal(exes[0], exes[1]) {
			i := 0
			for i < len(exes[0]) && i < len(exes[1]) && exes[0][i] == exes[1][i] {
				i++
			}
			t.Errorf("-O%d: the executables differ from byte %#x (from graftlab's objects %d bytes, from GNU as's %d)",
				level, i, len(exes[0]), len(exes[1]))
		}
	}
}
