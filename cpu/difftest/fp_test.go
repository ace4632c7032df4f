package difftest

import (
	"context"
	"os"
	"strconv"
	"testing"

	"graftlab/cpu"
	"graftlab/internal/tools"
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
	for _, eng := range []cpu.Engine{cpu.Interp{}, cpu.Fast{}} {
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
