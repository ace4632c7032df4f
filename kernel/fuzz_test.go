package kernel

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"graftlab/cpu"
	"graftlab/loader"
)

// FuzzUserCode boots arbitrary user code in two environments beside a
// witness, under either personality. Whatever the code does, the run ends
// (power-off or the instruction limit), never with a host error; the
// kernel's text is intact (user code cannot reach kernel memory); and the
// witness, preempted by the timer like the others, prints its line and
// exits 0: the other environments cannot disturb it.
func FuzzUserCode(f *testing.F) {
	f.Add([]byte{0, 0, 0, 0}, false)                                                                                    // nop, then zeros
	f.Add([]byte{0x0c, 0, 0, 0}, true)                                                                                  // syscall
	f.Add([]byte{0x01, 0, 0x08, 0x8c, 0x0c, 0, 0, 0}, false)                                                            // lw t0,1(zero); syscall
	f.Add([]byte{0x00, 0x80, 0x08, 0x3c, 0, 0, 0x09, 0xad}, true)                                                       // lui t0,0x8000; sw t1,0(t0)
	f.Add([]byte{0x17, 0x10, 0x02, 0x24, 0x0c, 0, 0, 0}, false)                                                         // li v0,4119 (sigreturn); syscall
	f.Add([]byte{0x30, 0x00, 0x00, 0x70, 0xff, 0xff, 0x00, 0x10}, true)                                                 // reserved; b .
	f.Add([]byte{0xa2, 0x0f, 0x02, 0x24, 0x0c, 0, 0, 0, 0xfd, 0xff, 0x00, 0x10, 0, 0, 0, 0}, false)                     // fork; b . (every process spins)
	f.Add([]byte{0x05, 0, 0x02, 0x24, 0xff, 0xff, 0x04, 0x24, 0x0c, 0, 0, 0, 0xfc, 0xff, 0x00, 0x10, 0, 0, 0, 0}, true) // yield forever
	dir := f.TempDir()
	path := dir + "/skel.s"
	src := "\t.text\n\t.globl __start\n__start:\n\t.space 4096\n"
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		f.Fatal(err)
	}
	witness := func(t *testing.T, p Personality) *loader.Executable {
		putc, exit := "\tli $v0, 4004\n\tli $a0, 1\n\tla $a1, msg\n\tli $a2, 8\n\tsyscall\n", "\tli $v0, 4001\n\tli $a0, 0\n\tsyscall\n"
		if p == Exokernel {
			putc = "\tla $s1, msg\n\tli $s2, 8\n2:\tlbu $a0, 0($s1)\n\tli $v0, 1\n\tsyscall\n\taddiu $s1, $s1, 1\n\taddiu $s2, $s2, -1\n\tbnez $s2, 2b\n\tnop\n"
			exit = "\tli $v0, 2\n\tli $a0, 0\n\tsyscall\n"
		}
		w := "\t.set noreorder\n\t.text\n\t.globl __start\n__start:\n\tli $s0, 300\n1:\taddiu $s0, $s0, -1\n\tbnez $s0, 1b\n\tnop\n" +
			putc + exit + "\t.data\nmsg:\t.ascii \"witness\\n\"\n"
		wp := filepath.Join(t.TempDir(), "witness.s")
		if err := os.WriteFile(wp, []byte(w), 0o644); err != nil {
			t.Fatal(err)
		}
		return assemble(t, wp, nil)
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
		p := Conventional
		if exo {
			p = Exokernel
		}
		prog := func(code []byte) *loader.Executable {
			x := assemble(t, path, nil)
			seg := &x.Segments[0]
			copy(seg.Data[x.Entry-seg.Addr:], code)
			return x
		}
		half := len(code) / 2 &^ 3
		var out bytes.Buffer
		sys, err := Boot(Config{Program: witness(t, p), Personality: p, Console: &out, RAMSize: 16 << 20, TimerInterval: 3000, StackPages: 2,
			Programs: []Program{{Executable: prog(code)}, {Executable: prog(code[half:])}}})
		if err != nil {
			t.Fatal(err)
		}
		stop, err := sys.Run(context.Background(), cpu.Limits{MaxInstructions: 4_000_000})
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
		if w := sys.Exit(0); !w.Exited || w.Status != 0 || !bytes.Contains(out.Bytes(), []byte("witness\n")) {
			t.Fatalf("the witness: %+v, output %q", w, out.Bytes())
		}
	})
}
