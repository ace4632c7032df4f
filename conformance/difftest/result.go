package difftest

import (
	"fmt"

	"graftlab/isa"
)

// Result is what one sequence left behind, as its output block reports it.
type Result struct {
	Regs   State
	Buffer []byte
}

// Parse splits a program's standard output into the results of its
// sequences, in order. A run that stopped early gives fewer results; the
// error says what is wrong with output that does not parse.
func (p *Program) Parse(out []byte) ([]Result, error) {
	bsize := len(p.Seqs[0].Buffer)
	block := blockSize(bsize)
	var res []Result
	for i := 0; len(out) > 0; i++ {
		if i >= len(p.Seqs) {
			return res, fmt.Errorf("difftest: %d bytes of output after the last sequence", len(out))
		}
		if len(out) < block {
			return res, fmt.Errorf("difftest: sequence %d: output block cut short at %d of %d bytes", p.Seqs[i].Index, len(out), block)
		}
		b := out[:block]
		out = out[block:]
		if m, idx := le.Uint32(b), le.Uint32(b[offIndex:]); m != blockMagic || idx != uint32(p.Seqs[i].Index) {
			return res, fmt.Errorf("difftest: output block %d has header %#08x %d, want %#08x %d", i, m, idx, blockMagic, p.Seqs[i].Index)
		}
		var r Result
		for reg := 1; reg < 32; reg++ {
			r.Regs.GPR[reg] = le.Uint32(b[offGPR+4*(reg-1):])
		}
		r.Regs.HI, r.Regs.LO = le.Uint32(b[offHI:]), le.Uint32(b[offLO:])
		r.Buffer = append([]byte(nil), b[blockHeader:]...)
		res = append(res, r)
	}
	return res, nil
}

// Difference is one value on which two results disagree.
type Difference struct {
	What   string // register name, "hi", "lo", or "buffer+0x1f0"
	Offset int    // buffer offset, or -1 for a register
	A, B   uint32
}

// Diff lists the differences between a and b for sequence s: registers,
// HI and LO (unless s leaves them UNPREDICTABLE), then buffer bytes.
func Diff(s *Sequence, a, b Result) []Difference {
	var d []Difference
	for r := 1; r < 32; r++ {
		if a.Regs.GPR[r] != b.Regs.GPR[r] {
			d = append(d, Difference{What: regName(r), Offset: -1, A: a.Regs.GPR[r], B: b.Regs.GPR[r]})
		}
	}
	if !s.HIUndefined && a.Regs.HI != b.Regs.HI {
		d = append(d, Difference{What: "hi", Offset: -1, A: a.Regs.HI, B: b.Regs.HI})
	}
	if !s.LOUndefined && a.Regs.LO != b.Regs.LO {
		d = append(d, Difference{What: "lo", Offset: -1, A: a.Regs.LO, B: b.Regs.LO})
	}
	for i := range min(len(a.Buffer), len(b.Buffer)) {
		if a.Buffer[i] != b.Buffer[i] {
			d = append(d, Difference{What: fmt.Sprintf("buffer+%#x", i), Offset: i, A: uint32(a.Buffer[i]), B: uint32(b.Buffer[i])})
		}
	}
	return d
}

func regName(r int) string { return isa.Reg(r).String() }
