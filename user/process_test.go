package user

import (
	"context"
	"debug/elf"
	"encoding/binary"
	"errors"
	"strings"
	"testing"

	"graftlab/cpu"
	"graftlab/isa"
	"graftlab/loader"
	"graftlab/mmu"
)

// The layout of the hand-built test executables: code at textBase, a page
// of writable data at dataBase.
const (
	textBase = 0x00400000
	dataBase = 0x00410000
)

// asmExecutable builds an executable from the code that build emits.
func asmExecutable(t *testing.T, build func(b *isa.Builder)) *loader.Executable {
	t.Helper()
	b := isa.NewBuilder()
	build(b)
	c, err := b.Finish()
	if err != nil {
		t.Fatal(err)
	}
	code, err := c.Place(textBase, func(string) (uint32, bool) { return 0, false })
	if err != nil {
		t.Fatal(err)
	}
	return &loader.Executable{
		Entry: textBase,
		Segments: []loader.ExecSegment{
			{Addr: textBase, MemSize: uint32(len(code)), FileSize: uint32(len(code)), Flags: elf.PF_R | elf.PF_X, Data: code},
			{Addr: dataBase, MemSize: PageSize, Flags: elf.PF_R | elf.PF_W},
		},
		StackFlags: elf.PF_R | elf.PF_W,
	}
}

func newProcess(t *testing.T, cfg Config) *Process {
	t.Helper()
	p, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// runCode runs the code that build emits to its end.
func runCode(t *testing.T, build func(b *isa.Builder)) (*Process, int, error) {
	t.Helper()
	p := newProcess(t, Config{Executable: asmExecutable(t, build)})
	status, err := p.Run(context.Background(), cpu.Limits{MaxInstructions: 100000})
	return p, status, err
}

// syscall emits a system call with up to four arguments.
func syscall(b *isa.Builder, num uint32, args ...uint32) {
	for i, a := range args {
		b.Li(isa.A0+isa.Reg(i), a)
	}
	b.Li(isa.V0, num)
	b.Emit(isa.Inst{Op: isa.SYSCALL})
}

// record stores v0 and a3 at data slot i (8 bytes each).
func record(b *isa.Builder, i int32) {
	b.Li(isa.T9, dataBase)
	b.Sw(isa.V0, 8*i, isa.T9)
	b.Sw(isa.A3, 8*i+4, isa.T9)
}

func exit(b *isa.Builder, status uint32) { syscall(b, SysExitGroup, status) }

func TestInitialStack(t *testing.T) {
	x := asmExecutable(t, func(b *isa.Builder) { exit(b, 0) })
	x.PhdrAddr, x.PhdrCount = textBase+52, 3
	args := []string{"prog", "a", "b c"}
	env := []string{"X=1", "LONGER=value"}
	p := newProcess(t, Config{Executable: x, Args: args, Env: env})
	sp := p.Machine.GPR[isa.SP]
	if sp%16 != 0 || p.Machine.PC != textBase {
		t.Fatalf("sp %#x pc %#x", sp, p.Machine.PC)
	}
	if st := p.Machine.CP0.Status; st != cpu.StatusUM || p.Machine.Kernel() {
		t.Errorf("status %#x: want user mode, EXL, ERL and BEV clear", st)
	}
	mem, err := p.ReadMemory(sp, int(StackTop-sp))
	if err != nil {
		t.Fatal(err)
	}
	word := func(a uint32) uint32 { return binary.LittleEndian.Uint32(mem[a-sp:]) }
	str := func(a uint32) string {
		s := mem[a-sp:]
		return string(s[:strings.IndexByte(string(s), 0)])
	}
	if word(sp) != 3 {
		t.Fatalf("argc %d", word(sp))
	}
	a := sp + 4
	for i, want := range args {
		if got := str(word(a + 4*uint32(i))); got != want {
			t.Errorf("argv[%d] = %q, want %q", i, got, want)
		}
	}
	a += 4 * uint32(len(args))
	if word(a) != 0 {
		t.Errorf("argv[argc] = %#x", word(a))
	}
	a += 4
	for i, want := range env {
		if got := str(word(a + 4*uint32(i))); got != want {
			t.Errorf("envp[%d] = %q, want %q", i, got, want)
		}
	}
	a += 4 * uint32(len(env))
	if word(a) != 0 {
		t.Errorf("envp[envc] = %#x", word(a))
	}
	aux := map[uint32]uint32{}
	var order []uint32
	for a += 4; word(a) != atNull; a += 8 {
		aux[word(a)] = word(a + 4)
		order = append(order, word(a))
	}
	wantOrder := []uint32{atHwcap, atPagesz, atClktck, atPhdr, atPhent, atPhnum, atBase, atFlags, atEntry,
		atUID, atEUID, atGID, atEGID, atSecure, atRandom, atExecfn}
	if len(order) != len(wantOrder) {
		t.Fatalf("auxv types %v, want %v", order, wantOrder)
	}
	for i := range order {
		if order[i] != wantOrder[i] {
			t.Fatalf("auxv types %v, want %v", order, wantOrder)
		}
	}
	for typ, want := range map[uint32]uint32{atPagesz: 4096, atPhdr: textBase + 52, atPhent: 32, atPhnum: 3,
		atBase: 0, atEntry: textBase, atUID: uid} {
		if aux[typ] != want {
			t.Errorf("auxv %d = %#x, want %#x", typ, aux[typ], want)
		}
	}
	if r := aux[atRandom]; string(mem[r-sp:r-sp+16]) != string(RandomBytes[:]) || r%16 != 0 || r <= a {
		t.Errorf("AT_RANDOM at %#x", r)
	}
	if got := str(aux[atExecfn]); got != "prog" {
		t.Errorf("AT_EXECFN %q", got)
	}
	// The strings end, in order, just below the zero word at the top.
	want := "prog\x00a\x00b c\x00X=1\x00LONGER=value\x00prog\x00\x00\x00\x00\x00"
	if got := string(mem[len(mem)-len(want):]); got != want {
		t.Errorf("top of the stack %q, want %q", got, want)
	}
	if word(sp+4) != StackTop-4-uint32(len(want))+4 {
		t.Errorf("argv[0] at %#x", word(sp+4))
	}
}

func TestSegmentRegisters(t *testing.T) {
	p := newProcess(t, Config{Executable: asmExecutable(t, func(b *isa.Builder) { exit(b, 0) })})
	sr := &p.Machine.MMU.SR
	want := map[int]mmu.SegmentRegister{
		0: mmu.SRValid | mmu.SRUser | mmu.SRWritable | pid<<4,                    // text and data
		7: mmu.SRValid | mmu.SRUser | mmu.SRWritable | mmu.SRNoExec | pid<<4 | 7, // the stack
	}
	for i := range 16 {
		if sr[i] != want[i] {
			t.Errorf("SR%d = %v, want %v", i, sr[i], want[i])
		}
	}
}

func TestExitStatus(t *testing.T) {
	p, status, err := runCode(t, func(b *isa.Builder) { syscall(b, SysExit, 0x1234) })
	if err != nil || status != 0x34 {
		t.Fatalf("status %d, %v", status, err)
	}
	if s, ok := p.Exited(); !ok || s != 0x34 {
		t.Errorf("Exited() = %d, %v", s, ok)
	}
	if status, err := p.Run(context.Background(), cpu.Limits{}); status != 0x34 || err != nil {
		t.Errorf("Run after exit: %d, %v", status, err)
	}
}

// TestRefillInDelaySlot checks that a load in a delay slot that misses the
// TLB runs once, and the branch is still taken.
func TestRefillInDelaySlot(t *testing.T) {
	p, status, err := runCode(t, func(b *isa.Builder) {
		b.Li(isa.T0, dataBase)
		b.Li(isa.T2, 5)
		b.Sw(isa.T2, 8, isa.T0)           // a refill: the data page
		b.Li(isa.T0, StackTop-2*PageSize) // a stack page not touched yet
		target := b.NewLabel("target")
		b.Branch(isa.BEQ, isa.Zero, isa.Zero, target)
		b.Lw(isa.T1, 0, isa.T0) // delay slot: a refill
		exit(b, 1)
		b.Bind(target)
		b.Addiu(isa.T1, isa.T1, 7)
		exit(b, 0)
	})
	if err != nil || status != 0 || p.Machine.GPR[isa.T1] != 7 {
		t.Fatalf("status %d, %v, t1 %d", status, err, p.Machine.GPR[isa.T1])
	}
	// li, li, sw, li (2), beq, lw, addiu, exit (3): each once.
	if n := p.Stats().Instructions; n != 1+1+1+2+1+1+1+3 {
		t.Errorf("%d instructions", n)
	}
}

func TestLimits(t *testing.T) {
	spin := func(b *isa.Builder) {
		loop := b.Here("loop")
		b.B(loop)
		b.Addiu(isa.T0, isa.T0, 1)
	}
	p := newProcess(t, Config{Executable: asmExecutable(t, spin)})
	status, err := p.Run(context.Background(), cpu.Limits{MaxInstructions: 1000})
	var se *StopError
	if status != -1 || !errors.Is(err, ErrLimit) || !errors.As(err, &se) || se.Stop.Reason != cpu.StopInstructionLimit {
		t.Fatalf("%d %v", status, err)
	}
	if n := p.Stats().Instructions; n != 1000 || se.Instructions != 1000 {
		t.Errorf("%d instructions", n)
	}
	// Run goes on where it stopped.
	if _, err := p.Run(context.Background(), cpu.Limits{MaxCycles: 500}); !errors.Is(err, ErrLimit) {
		t.Fatal(err)
	}
	if n := p.Stats().Instructions; n != 1500 {
		t.Errorf("%d instructions after the cycle limit", n)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if status, err := p.Run(ctx, cpu.Limits{}); status != -1 || !errors.Is(err, context.Canceled) {
		t.Errorf("canceled: %d %v", status, err)
	}
}

func TestNewErrors(t *testing.T) {
	x := func(addr uint32) *loader.Executable {
		return &loader.Executable{Entry: addr, Segments: []loader.ExecSegment{{Addr: addr, MemSize: 16, Flags: elf.PF_R | elf.PF_X}}}
	}
	tests := []struct {
		name string
		cfg  Config
		want string
	}{
		{"no executable", Config{}, "no executable"},
		{"in the stack", Config{Executable: x(StackTop - PageSize)}, "not below the stack"},
		{"too low", Config{Executable: x(0x1000)}, "lies below"},
		{"too much memory", Config{Executable: &loader.Executable{Segments: []loader.ExecSegment{
			{Addr: 0x100000, MemSize: 4 << 20, FileSize: 4 << 20, Data: make([]byte, 4<<20)}}}, RAMSize: 1 << 20}, "out of physical memory"},
		{"arguments too long", Config{Executable: x(textBase), Args: []string{strings.Repeat("x", maxArgBytes)}}, "arguments and environment"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := New(tc.cfg)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want %q", err, tc.want)
			}
		})
	}
}

// TestSharedPage checks that segments sharing a page give it both
// protections, and only it.
func TestSharedPage(t *testing.T) {
	x := &loader.Executable{Entry: textBase, Segments: []loader.ExecSegment{
		{Addr: textBase, MemSize: 0x1800, FileSize: 4, Flags: elf.PF_R | elf.PF_X, Data: []byte{0, 0, 0, 0}},
		{Addr: textBase + 0x1800, MemSize: 0x2000, Flags: elf.PF_R | elf.PF_W},
	}}
	p := newProcess(t, Config{Executable: x})
	want := []area{
		{textBase, textBase + 0x1000, protRead | protExec, "text"},
		{textBase + 0x1000, textBase + 0x2000, protRead | protWrite | protExec, "text"},
		{textBase + 0x2000, textBase + 0x4000, protRead | protWrite, "data"},
		{StackTop - StackSize, StackTop, protRead | protWrite | protExec, "stack"},
	}
	if len(p.mem.areas) != len(want) {
		t.Fatalf("areas %+v", p.mem.areas)
	}
	for i := range want {
		if p.mem.areas[i] != want[i] {
			t.Errorf("area %d: %+v, want %+v", i, p.mem.areas[i], want[i])
		}
	}
	if p.Brk() != textBase+0x4000 {
		t.Errorf("brk %#x", p.Brk())
	}
}
