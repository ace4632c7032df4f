package isa

import (
	"encoding/binary"
	"fmt"
	"strings"
	"testing"
)

func words(t *testing.T, b []byte) []uint32 {
	t.Helper()
	w := make([]uint32, len(b)/4)
	for i := range w {
		w[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return w
}

func TestBuilderLoop(t *testing.T) {
	b := NewBuilder()
	entry := b.Here("entry")
	b.Export("count", entry)
	b.Li(T0, 10)
	loop := b.Here("loop")
	b.Addiu(T0, T0, -1)
	done := b.NewLabel("done")
	b.Beq(T0, Zero, done) // forward reference
	b.Nop()
	b.B(loop) // backward reference
	b.Nop()
	b.Bind(done)
	b.CallNop("kernel_yield")
	b.La(A0, "table", 8)
	b.J(loop)
	b.Nop()
	b.JrNop(RA)
	b.WordLabel(loop)
	c, err := b.Finish()
	if err != nil {
		t.Fatal(err)
	}
	// Words as mipsel-linux-gnu-as assembles the same code at 0, except that
	// Code keeps addends in Reloc.Addend where an ELF REL object keeps them
	// in the word.
	want := []uint32{
		0x2408000a, // li t0,10
		0x2508ffff, // addiu t0,t0,-1
		0x11000003, // beqz t0,18
		0x00000000,
		0x1000fffc, // b 4
		0x00000000,
		0x0c000000, // jal kernel_yield (relocated)
		0x00000000,
		0x3c040000, // lui a0,%hi(table+8)
		0x24840000, // addiu a0,a0,%lo(table+8)
		0x08000000, // j loop (relocated)
		0x00000000,
		0x03e00008, // jr ra
		0x00000000,
		0x00000000, // .word loop (relocated)
	}
	if got := words(t, c.Bytes); fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("code\n got %#08x\nwant %#08x", got, want)
	}
	wantRelocs := []Reloc{
		{Offset: 0x18, Kind: Reloc26, Symbol: "kernel_yield"},
		{Offset: 0x20, Kind: RelocHi16, Symbol: "table", Addend: 8},
		{Offset: 0x24, Kind: RelocLo16, Symbol: "table", Addend: 8},
		{Offset: 0x28, Kind: Reloc26, Local: true, Addend: 4},
		{Offset: 0x38, Kind: Reloc32, Local: true, Addend: 4},
	}
	if fmt.Sprint(c.Relocs) != fmt.Sprint(wantRelocs) {
		t.Errorf("relocs\n got %+v\nwant %+v", c.Relocs, wantRelocs)
	}
	if off, ok := c.Lookup("count"); !ok || off != 0 {
		t.Errorf("Lookup(count) = %d, %v", off, ok)
	}

	placed, err := c.Place(0x80001000, func(name string) (uint32, bool) {
		return map[string]uint32{"kernel_yield": 0x80000400, "table": 0x8001fffc}[name], name != "x"
	})
	if err != nil {
		t.Fatal(err)
	}
	got := words(t, placed)
	for i, w := range map[int]uint32{
		6:  0x0c000100, // jal 0x80000400
		8:  0x3c048002, // lui a0,0x8002 (0x80020004 rounds up)
		9:  0x24840004, // addiu a0,a0,4
		10: 0x08000401, // j 0x80001004
		14: 0x80001004,
	} {
		if got[i] != w {
			t.Errorf("placed word %d = %#08x, want %#08x", i, got[i], w)
		}
	}
}

func TestBuilderErrors(t *testing.T) {
	for _, c := range []struct {
		name  string
		build func(b *Builder)
		want  string
	}{
		{"unbound", func(b *Builder) { b.BranchNop(BNE, T0, T1, b.NewLabel("nowhere")) },
			"builder: label nowhere is never bound"},
		{"slot branch", func(b *Builder) { l := b.Here("l"); b.B(l); b.B(l); b.Nop() },
			"builder: offset 0x4: branch or jump in the delay slot of the instruction at 0x0"},
		{"open slot", func(b *Builder) { b.Jr(RA) },
			"builder: the code ends in the empty delay slot of the instruction at 0x0"},
		{"encode", func(b *Builder) { b.Addiu(T0, T0, 1<<20) },
			"builder: offset 0x0: encode addiu: simm 1048576 out of range [-32768, 32767]"},
		{"not a branch", func(b *Builder) { b.Branch(ADDU, T0, T0, b.Here("l")) },
			"builder: offset 0x0: addu is not a branch"},
		{"bound twice", func(b *Builder) { l := b.Here("l"); b.Bind(l) },
			"builder: offset 0x0: label l bound twice"},
		{"data in slot", func(b *Builder) { b.Jr(RA); b.Word(1) },
			"builder: offset 0x4: data word in a delay slot"},
		{"far", func(b *Builder) {
			l := b.Here("top")
			for range 1 << 15 {
				b.Nop()
			}
			b.BranchNop(BEQ, Zero, Zero, l)
		}, "builder: branch at 0x20000 to top: R_MIPS_PC16: target 0x0 is out of branch range of 0x20000"},
	} {
		b := NewBuilder()
		c.build(b)
		_, err := b.Finish()
		if err == nil || err.Error() != c.want {
			t.Errorf("%s: error %v, want %q", c.name, err, c.want)
		}
	}
}

func TestPlaceErrors(t *testing.T) {
	b := NewBuilder()
	b.CallNop("missing")
	c, err := b.Finish()
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.Place(0x1000, func(string) (uint32, bool) { return 0, false })
	if err == nil || !strings.Contains(err.Error(), `place: 0x1000: undefined symbol "missing"`) {
		t.Errorf("error %v", err)
	}
	_, err = c.Place(0x0ffffffc, func(string) (uint32, bool) { return 0x400, true })
	if err == nil || err.Error() != "place: 0xffffffc: R_MIPS_26: target 0x400 is outside the 256 MiB region of 0xffffffc" {
		t.Errorf("error %v", err)
	}
}

func TestRelocate(t *testing.T) {
	for _, c := range []struct {
		kind            RelocKind
		word, value, pc uint32
		want            uint32
		err             string
	}{
		{Reloc32, 0, 0xdeadbeef, 0, 0xdeadbeef, ""},
		{RelocHi16, 0x3c040000, 0x12348000, 0, 0x3c041235, ""},
		{RelocHi16, 0x3c040000, 0x12347fff, 0, 0x3c041234, ""},
		{RelocLo16, 0x24840000, 0x12348000, 0, 0x24848000, ""},
		{RelocPC16, 0x10000000, 0x100, 0x100, 0x1000ffff, ""},
		{RelocPC16, 0x10000000, 0x20000, 0, 0x10007fff, ""},
		{RelocPC16, 0x10000000, 0x20004, 0, 0, "R_MIPS_PC16: target 0x20004 is out of branch range of 0x0"},
		{RelocPC16, 0x10000000, 0x6, 0, 0, "R_MIPS_PC16: target 0x6 is not word aligned"},
		{Reloc26, 0x0c000000, 0x0ffffffc, 0x0, 0x0fffffff, ""},
		{Reloc26, 0x0c000000, 0x2, 0x0, 0, "R_MIPS_26: target 0x2 is not word aligned"},
		{RelocKind(99), 0, 0, 0, 0, "unsupported relocation R_MIPS_99"},
	} {
		got, err := Relocate(c.kind, c.word, c.value, c.pc)
		if c.err != "" {
			if err == nil || err.Error() != c.err {
				t.Errorf("Relocate(%s, %#x) error %v, want %q", c.kind, c.value, err, c.err)
			}
			continue
		}
		if err != nil || got != c.want {
			t.Errorf("Relocate(%s, %#x, %#x, %#x) = %#08x, %v; want %#08x", c.kind, c.word, c.value, c.pc, got, err, c.want)
		}
	}
}
