package difftest

import (
	"context"
	"os"
	"strconv"
	"testing"

	"graftlab/cpu"
	"graftlab/internal/tools"
	"graftlab/isa"
	"graftlab/profile"
	"graftlab/user"
)

// TestFPQEMU compares FPU and Release 2 sequences with qemu-mipsel -cpu
// 24Kf. GRAFTLAB_FP_SEQS sets the number of sequences (of 200 items).
func TestFPQEMU(t *testing.T) {
	path := tools.Need(t, "qemu-mipsel")
	count := 200
	if testing.Short() {
		count = 40
	}
	if s := os.Getenv("GRAFTLAB_FP_SEQS"); s != "" {
		count, _ = strconv.Atoi(s)
	}
	p, err := profile.Lookup("24kf")
	if err != nil {
		t.Fatal(err)
	}
	q := &QEMU{Path: path, CPU: "24Kf"}
	for _, eng := range cpu.Engines() {
		g := &Graftlab{Profile: p, Engine: eng, Prepare: setFR}
		seqs, insts, mismatch, err := CompareFP(context.Background(), q, g, 1, 0, count, 200, 50)
		if err != nil {
			t.Fatal(err)
		}
		if mismatch != "" {
			t.Fatalf("%s: after %d sequences (%d instructions) agreed:\n%s", g.Name(), seqs, insts, mismatch)
		}
		t.Logf("%s: %d sequences, %d instructions agreed with qemu-mipsel -cpu 24Kf", g.Name(), seqs, insts)
		if testing.Short() {
			break
		}
	}
}

// setFR puts the FPU in the FR=1 model, as qemu-mipsel runs an executable
// without a .MIPS.abiflags section.
func setFR(p *user.Process) { p.Machine.CP0.Status |= cpu.StatusFR }

// TestFPSignalsQEMU checks that an enabled IEEE exception ends the program
// with SIGFPE on both: 0/0 with Invalid enabled, 1/0 with Divide by Zero
// enabled, and ctc1 setting a cause bit with its enable.
func TestFPSignalsQEMU(t *testing.T) {
	path := tools.Need(t, "qemu-mipsel")
	p, err := profile.Lookup("24kf")
	if err != nil {
		t.Fatal(err)
	}
	q := &QEMU{Path: path, CPU: "24Kf"}
	g := &Graftlab{Profile: p, Prepare: setFR}
	one := uint64(0x3ff0000000000000)
	for _, c := range []struct {
		name  string
		fcsr  uint32
		items []FPItem
	}{
		{"invalid", 0, []FPItem{
			{Inst: isa.Inst{Op: isa.CTC1, Rt: isa.T0, Rd: 31}, Li: true, Value: 1 << 11, Target: -1},
			{Inst: isa.Inst{Op: isa.DIV_D, Fd: 4, Fs: 0, Ft: 0}, Target: -1},
		}},
		{"divide by zero", 0, []FPItem{
			{Inst: isa.Inst{Op: isa.CTC1, Rt: isa.T0, Rd: 31}, Li: true, Value: 1 << 10, Target: -1},
			{Inst: isa.Inst{Op: isa.DIV_D, Fd: 4, Fs: 2, Ft: 0}, Target: -1},
		}},
		{"ctc1 cause and enable", 0, []FPItem{
			{Inst: isa.Inst{Op: isa.CTC1, Rt: isa.T0, Rd: 31}, Li: true, Value: 1<<7 | 1<<12, Target: -1},
		}},
	} {
		s := GenerateFP(1, 0, 1)
		s.FPR[0], s.FPR[2], s.FCSR, s.Items = 0, one, c.fcsr, c.items
		pr, err := BuildFP([]*FPSequence{s})
		if err != nil {
			t.Fatal(err)
		}
		a, err := q.Run(context.Background(), pr.ELF)
		if err != nil {
			t.Fatal(err)
		}
		b, err := g.Run(context.Background(), pr.ELF)
		if err != nil {
			t.Fatal(err)
		}
		if a.Signal != "SIGFPE" || b.Signal != "SIGFPE" {
			t.Errorf("%s: qemu %s, graftlab %s; want SIGFPE", c.name, a.Ended(), b.Ended())
		}
	}
}
