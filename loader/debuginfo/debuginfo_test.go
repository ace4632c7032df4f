package debuginfo_test

import (
	"context"
	"encoding/binary"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"

	"graftlab/cpu"
	"graftlab/loader"
	"graftlab/loader/debuginfo"
	"graftlab/user"
)

// The expected values come from mipsel-linux-gnu-readelf --debug-dump of
// testdata/debug/sum.elf (a reproducible build of sum.c).

func load(t *testing.T) (*debuginfo.Info, []byte) {
	t.Helper()
	data, err := os.ReadFile("../../testdata/debug/sum.elf")
	if err != nil {
		t.Fatal(err)
	}
	d, err := debuginfo.Load(data)
	if err != nil {
		t.Fatal(err)
	}
	return d, data
}

func TestLines(t *testing.T) {
	d, _ := load(t)
	if got, want := d.Files(), []string{"../progs/lib.c", "../progs/lib.h", "../progs/start.S", "sum.c"}; !cmp.Equal(got, want) {
		t.Errorf("Files() = %q, want %q", got, want)
	}
	for _, c := range []struct {
		pc   uint32
		file string
		line int
	}{
		{0x400b9c, "sum.c", 14},
		{0x400bb0, "sum.c", 15},
		{0x400bb4, "sum.c", 16},
		{0x400bbc, "sum.c", 16}, // the delay slot of the loop's first branch
		{0x400bc0, "sum.c", 17},
		{0x400150, "../progs/start.S", 0},
	} {
		file, line, ok := d.PCToLine(c.pc)
		if c.line == 0 {
			if ok && file != c.file {
				t.Errorf("PCToLine(%#x) = %s:%d", c.pc, file, line)
			}
			continue
		}
		if !ok || file != c.file || line != c.line {
			t.Errorf("PCToLine(%#x) = %s:%d %v, want %s:%d", c.pc, file, line, ok, c.file, c.line)
		}
	}
	if _, _, ok := d.PCToLine(0x100); ok {
		t.Error("PCToLine(0x100) found a line")
	}
	pcs, used, err := d.LineToPCs("sum.c", 16)
	if err != nil || used != 16 || !cmp.Equal(pcs, []uint32{0x400bb4, 0x400c0c}) {
		t.Errorf("LineToPCs(sum.c, 16) = %#x %d %v", pcs, used, err)
	}
	// Line 12 is blank: the next line with code is used.
	if pcs, used, err := d.LineToPCs("sum.c", 12); err != nil || used != 14 || !cmp.Equal(pcs, []uint32{0x400b9c}) {
		t.Errorf("LineToPCs(sum.c, 12) = %#x %d %v", pcs, used, err)
	}
	if _, _, err := d.LineToPCs("sum.c", 1000); err == nil {
		t.Error("LineToPCs(sum.c, 1000) found code")
	}
	if _, _, err := d.LineToPCs("nosuch.c", 1); err == nil {
		t.Error("LineToPCs(nosuch.c, 1) found code")
	}
	if f, err := d.MatchFile("lib.c"); err != nil || f != "../progs/lib.c" {
		t.Errorf("MatchFile(lib.c) = %q, %v", f, err)
	}
	lo, hi, ok := d.LineRange(0x400bd4)
	if !ok || lo != 0x400bc0 || hi != 0x400be8 {
		t.Errorf("LineRange(0x400bd4) = %#x, %#x, %v", lo, hi, ok)
	}
}

func TestFunctions(t *testing.T) {
	d, _ := load(t)
	f, ok := d.Function("sum_squares")
	if !ok {
		t.Fatal("no sum_squares")
	}
	if f.Low != 0x400b9c || f.High != 0x400c48 || f.BodyStart != 0x400bb0 || f.File != "sum.c" || f.Line != 13 || !f.External {
		t.Errorf("sum_squares = %+v", f)
	}
	if f.FrameBase.Kind != debuginfo.LocCFA {
		t.Errorf("frame base %v, want the CFA", f.FrameBase)
	}
	type v struct {
		Name, Type string
		Param      bool
		Offset     int32
		Lo, Hi     uint32
	}
	var got []v
	for _, x := range f.Variables {
		got = append(got, v{x.Name, x.TypeName(), x.Param, x.Loc.Offset, x.ScopeLow, x.ScopeHigh})
	}
	want := []v{{"n", "int", true, 0, 0, 0}, {"s", "int", false, -16, 0, 0}, {"i", "int", false, -12, 0x400bb4, 0x400c2c}}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("variables (-want +got):\n%s", d)
	}
	if g, ok := d.FunctionAt(0x400b80); !ok || g.Name != "square" || g.Variables[0].TypeName() != "int" {
		t.Errorf("FunctionAt(0x400b80) = %+v", g)
	}
	if g, ok := d.Function("memcmp"); !ok || g.Variables[3].TypeName() != "const unsigned char *" {
		t.Errorf("memcmp's x: %+v", g)
	}
	if _, ok := d.FunctionAt(0x10); ok {
		t.Error("FunctionAt(0x10) found one")
	}
	g, ok := d.Global("squares")
	if !ok || g.Loc.Addr != 0x411824 || g.TypeName() != "int [8]" || g.Size() != 32 {
		t.Errorf("squares = %+v", g)
	}
}

func TestFrameRule(t *testing.T) {
	d, _ := load(t)
	// sum_squares: addiu sp,sp,-32; sw ra,28(sp); sw s8,24(sp); move s8,sp.
	for _, c := range []struct {
		pc   uint32
		want debuginfo.Row
	}{
		{0x400b9c, debuginfo.Row{CFAReg: 29, Rules: map[int]debuginfo.RegRule{}, RAReg: 31}},
		{0x400ba0, debuginfo.Row{CFAReg: 29, CFAOffset: 32, Rules: map[int]debuginfo.RegRule{}, RAReg: 31}},
		{0x400bb4, debuginfo.Row{CFAReg: 30, CFAOffset: 32, Rules: map[int]debuginfo.RegRule{30: {Kind: debuginfo.RuleOffset, Offset: -8}, 31: {Kind: debuginfo.RuleOffset, Offset: -4}}, RAReg: 31}},
	} {
		got, err := d.FrameRule(c.pc)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("FrameRule(%#x) (-want +got):\n%s", c.pc, diff)
		}
	}
	// libgcc's __divdi3 has .eh_frame only.
	if _, err := d.FrameRule(0x400d00); err != nil {
		t.Errorf("FrameRule in .eh_frame: %v", err)
	}
	if _, err := d.FrameRule(0x400150); err == nil {
		t.Error("FrameRule(__start) found a row; start.S has none")
	}
}

// Unwinding from inside square, at run time, gives square → sum_squares →
// main.
func TestUnwind(t *testing.T) {
	d, data := load(t)
	exe, err := loader.ParseExecutable(data)
	if err != nil {
		t.Fatal(err)
	}
	p, err := user.New(user.Config{Executable: exe, Args: []string{"sum.elf"}, RAMSize: 4 << 20})
	if err != nil {
		t.Fatal(err)
	}
	sq, _ := d.Function("square")
	p.Machine.AddCodeHook(cpu.Range{Begin: sq.BodyStart, End: sq.BodyStart + 4}, func(m *cpu.Machine, pc uint32) { m.RequestStop("square") })
	if _, err := p.Run(context.Background(), cpu.Limits{MaxInstructions: 100000}); err == nil {
		t.Fatal("did not stop in square")
	}
	read := func(addr uint32) (uint32, error) {
		b, err := p.ReadMemory(addr, 4)
		if err != nil {
			return 0, err
		}
		return binary.LittleEndian.Uint32(b), nil
	}
	r := debuginfo.Registers{GPR: p.Machine.GPR, PC: p.Machine.PC}
	var names []string
	for range 5 {
		f, ok := d.FunctionAt(r.PC)
		if !ok {
			break
		}
		names = append(names, f.Name)
		r, _, err = d.Unwind(r, read)
		if err != nil {
			break
		}
	}
	if want := []string{"square", "sum_squares", "main", "__start"}; !cmp.Equal(names, want) {
		t.Errorf("frames %q, want %q", names, want)
	}
}

func TestNoDWARF(t *testing.T) {
	data, err := os.ReadFile("../../testdata/progs/hello.elf")
	if err != nil {
		t.Fatal(err)
	}
	d, err := debuginfo.Load(data)
	if err != nil {
		t.Fatal(err)
	}
	if d.HasLines() || d.HasFunctions() {
		t.Error("hello.elf has no DWARF, yet lines or functions were found")
	}
	if _, _, err := d.LineToPCs("hello.c", 3); err == nil {
		t.Error("LineToPCs without a line table succeeded")
	}
}
