package kernel

import (
	"bytes"
	"context"
	"os"
	"testing"

	"graftlab/cpu"
)

// FuzzUserCode boots arbitrary user code under either personality. Whatever
// the code does, the run ends (power-off or the instruction limit), never
// with a host error, and the kernel's text is intact: user code cannot reach
// kernel memory.
func FuzzUserCode(f *testing.F) {
	f.Add([]byte{0, 0, 0, 0}, false)                                    // nop, then zeros
	f.Add([]byte{0x0c, 0, 0, 0}, true)                                  // syscall
	f.Add([]byte{0x01, 0, 0x08, 0x8c, 0x0c, 0, 0, 0}, false)            // lw t0,1(zero); syscall
	f.Add([]byte{0x00, 0x80, 0x08, 0x3c, 0, 0, 0x09, 0xad}, true)       // lui t0,0x8000; sw t1,0(t0)
	f.Add([]byte{0x17, 0x10, 0x02, 0x24, 0x0c, 0, 0, 0}, false)         // li v0,4119 (sigreturn); syscall
	f.Add([]byte{0x30, 0x00, 0x00, 0x70, 0xff, 0xff, 0x00, 0x10}, true) // reserved; b .
	dir := f.TempDir()
	path := dir + "/skel.s"
	src := "\t.text\n\t.globl __start\n__start:\n\t.space 4096\n"
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		f.Fatal(err)
	}
	k, err := Build()
	if err != nil {
		f.Fatal(err)
	}
	ktext := k.Segments[0]
	f.Fuzz(func(t *testing.T, code []byte, exo bool) {
		if len(code) > 4096 {
			code = code[:4096]
		}
		x := assemble(t, path, nil)
		entry := x.Entry
		seg := &x.Segments[0]
		copy(seg.Data[entry-seg.Addr:], code)
		p := Conventional
		if exo {
			p = Exokernel
		}
		var out bytes.Buffer
		sys, err := Boot(Config{Program: x, Personality: p, Console: &out, RAMSize: 8 << 20})
		if err != nil {
			t.Fatal(err)
		}
		stop, err := sys.Run(context.Background(), cpu.Limits{MaxInstructions: 20000})
		if err != nil {
			t.Fatalf("run: %v", err)
		}
		if stop.Reason != cpu.StopHalted && stop.Reason != cpu.StopInstructionLimit {
			t.Fatalf("stop %v", stop)
		}
		ram := sys.Machine.Bus.RAM()
		pa := ktext.Addr & 0x1fffffff
		if !bytes.Equal(ram[pa:pa+uint32(len(ktext.Data))], ktext.Data) {
			t.Fatalf("kernel text modified")
		}
	})
}
