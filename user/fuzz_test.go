package user

import (
	"context"
	"debug/elf"
	"encoding/binary"
	"errors"
	"fmt"
	"testing"

	"graftlab/cpu"
	"graftlab/isa"
	"graftlab/loader"
)

// FuzzRun runs arbitrary words as a program, after a prologue that loads
// registers from the input, so that system calls see wild arguments. The
// run must end in an exit, a fault or the limit, never a panic or a host
// error, and the address space must stay consistent. The program runs
// again on the Fast engine, which must end in the same state with the same
// counts.
func FuzzRun(f *testing.F) {
	le := binary.LittleEndian
	seed := func(words ...uint32) []byte {
		var b []byte
		for _, w := range words {
			b = le.AppendUint32(b, w)
		}
		return b
	}
	const syscallWord = 0x0000000c
	f.Add(seed(0x00400000, 4096, 3, 0x802, 0, 0, SysMmap2, syscallWord))
	f.Add(seed(0, 0x7fff0000, 0, 0, 0, 0, SysMunmap, syscallWord, 0x8c000000))
	f.Add(seed(1, 0x7ffef000, 100000, 0, 0, 0, SysWrite, syscallWord))
	f.Add(seed(0x20000000, 0x10000000, 7, 0x812, 0, 0, SysMmap2, syscallWord, 0xac000000))
	f.Add(seed(0x00500000, 0, 0, 0, 0, 0, SysBrk, syscallWord, 0x7c03e83b, 0x0000000d))
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 4096 {
			return
		}
		// Prologue: a0-a3, t0, t1, v0 from the first seven words.
		b := isa.NewBuilder()
		word := func(i int) uint32 {
			if 4*i+4 <= len(data) {
				return le.Uint32(data[4*i:])
			}
			return 0
		}
		for i, r := range []isa.Reg{isa.A0, isa.A1, isa.A2, isa.A3, isa.T0, isa.T1, isa.V0} {
			b.Li(r, word(i))
		}
		b.Sw(isa.T0, 16, isa.SP)
		b.Sw(isa.T1, 20, isa.SP)
		for i := 7; 4*i+4 <= len(data); i++ {
			b.Word(word(i))
		}
		c, err := b.Finish()
		if err != nil {
			t.Fatal(err)
		}
		code, err := c.Place(textBase, func(string) (uint32, bool) { return 0, false })
		if err != nil {
			t.Fatal(err)
		}
		x := &loader.Executable{Entry: textBase, Segments: []loader.ExecSegment{
			{Addr: textBase, MemSize: uint32(len(code)), FileSize: uint32(len(code)), Flags: elf.PF_R | elf.PF_X, Data: code},
			{Addr: dataBase, MemSize: PageSize, Flags: elf.PF_R | elf.PF_W},
		}}
		p, err := New(Config{Executable: x, RAMSize: 4 << 20})
		if err != nil {
			t.Fatal(err)
		}
		status, err := p.Run(context.Background(), cpu.Limits{MaxInstructions: 2000})
		for _, eng := range cpu.Engines()[1:] {
			q, err2 := New(Config{Executable: x, RAMSize: 4 << 20, Engine: eng})
			if err2 != nil {
				t.Fatal(err2)
			}
			fstatus, ferr := q.Run(context.Background(), cpu.Limits{MaxInstructions: 2000})
			if fstatus != status || fmt.Sprint(ferr) != fmt.Sprint(err) || q.Stats() != p.Stats() || cpu.DiffMachines(p.Machine, q.Machine) != "" {
				t.Fatalf("engines differ:\ninterp: status %d, %v, %+v\n%s: status %d, %v, %+v", status, err, p.Stats(), eng.Name(), fstatus, ferr, q.Stats())
			}
		}
		var fault *Fault
		if err != nil && !errors.As(err, &fault) && !errors.Is(err, ErrLimit) {
			t.Fatalf("run: %v", err)
		}
		if fault != nil {
			_ = fault.Error()
		}
		areas := p.mem.areas
		for i, a := range areas {
			if a.start >= a.end || a.start%PageSize != 0 || a.end%PageSize != 0 || a.end > UserLimit ||
				i > 0 && areas[i-1].end > a.start {
				t.Fatalf("areas %+v", areas)
			}
		}
		for k := range p.mem.pages {
			if ea := (k.vsid&15)<<28 | k.page<<12; p.mem.find(ea) < 0 {
				t.Fatalf("page %#x outside every area", ea)
			}
		}
	})
}
