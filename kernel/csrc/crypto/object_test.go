package crypto

import (
	"bytes"
	"debug/elf"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"graftlab/internal/tools"
)

// exported are the object's global symbols: its API.
var exported = []string{"ed25519_verify", "sha512_final", "sha512_init", "sha512_update"}

// TestObject checks what the kernel's link relies on: crypto.o defines the
// API, needs nothing (no undefined symbol: no memcpy, memset or libgcc
// call), uses no small data (the kernel has no gp) and has only the
// absolute relocations of non-PIC code, which loader.Link applies (the
// harness links it).
func TestObject(t *testing.T) {
	f, err := elf.NewFile(bytes.NewReader(Object()))
	if err != nil {
		t.Fatal(err)
	}
	if f.Class != elf.ELFCLASS32 || f.Data != elf.ELFDATA2LSB || f.Machine != elf.EM_MIPS || f.Type != elf.ET_REL {
		t.Fatalf("crypto.o is %v %v %v %v, want a 32-bit little-endian MIPS relocatable object", f.Class, f.Data, f.Machine, f.Type)
	}
	syms, err := f.Symbols()
	if err != nil {
		t.Fatal(err)
	}
	var globals []string
	for _, s := range syms {
		if s.Section == elf.SHN_UNDEF {
			t.Errorf("undefined symbol %q", s.Name)
		}
		if b := elf.ST_BIND(s.Info); b == elf.STB_GLOBAL || b == elf.STB_WEAK {
			globals = append(globals, s.Name)
			if elf.ST_TYPE(s.Info) != elf.STT_FUNC {
				t.Errorf("global symbol %q is %v, want a function", s.Name, elf.ST_TYPE(s.Info))
			}
		}
	}
	sort.Strings(globals)
	if strings.Join(globals, " ") != strings.Join(exported, " ") {
		t.Errorf("global symbols %v, want %v", globals, exported)
	}
	allowed := map[elf.R_MIPS]bool{elf.R_MIPS_32: true, elf.R_MIPS_26: true, elf.R_MIPS_HI16: true, elf.R_MIPS_LO16: true}
	for _, s := range f.Sections {
		if strings.HasPrefix(s.Name, ".sdata") || strings.HasPrefix(s.Name, ".sbss") || s.Flags&0x10000000 != 0 { // SHF_MIPS_GPREL
			t.Errorf("section %s is small data", s.Name)
		}
		if (s.Name == ".data" || s.Name == ".bss") && s.Size != 0 {
			t.Errorf("section %s has %d bytes: the code must keep no state", s.Name, s.Size)
		}
		if s.Type != elf.SHT_REL {
			continue
		}
		data, err := s.Data()
		if err != nil {
			t.Fatal(err)
		}
		for i := 0; i+8 <= len(data); i += 8 {
			typ := elf.R_MIPS(f.ByteOrder.Uint32(data[i+4:]) & 0xff)
			if !allowed[typ] {
				t.Errorf("%s: relocation %v", s.Name, typ)
			}
		}
	}
	if _, err := linked(); err != nil {
		t.Errorf("loader.Link: %v", err)
	}
}

// TestRebuild runs build.sh twice and checks that both builds give the
// committed crypto.o byte for byte.
func TestRebuild(t *testing.T) {
	tools.NeedAll(t, "mipsel-linux-gnu-gcc", "mipsel-linux-gnu-ld")
	if testing.Short() {
		t.Skip("rebuild: not in -short mode")
	}
	dir := t.TempDir()
	for _, name := range []string{"first.o", "second.o"} {
		out := filepath.Join(dir, name)
		cmd := exec.Command("./build.sh", out)
		if msg, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("build.sh: %v\n%s", err, msg)
		} else if len(msg) != 0 {
			t.Errorf("build.sh printed:\n%s", msg)
		}
		got, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, Object()) {
			t.Fatalf("build.sh (%s) gives %d bytes that differ from crypto.o's %d: rebuild and commit crypto.o", name, len(got), len(Object()))
		}
	}
}
