package difftest

import (
	"fmt"
	"strings"

	"graftlab/isa"
)

// String describes the mismatch for a person: the differing values, the
// initial state and the sequence, disassembled at its address; then the
// reduced sequence, if there is one.
func (m *Mismatch) String() string {
	var b strings.Builder
	s := m.Seq
	fmt.Fprintf(&b, "sequence %d: %s and %s disagree\n", s.Index, m.Ref, m.Test)
	if m.Ended != "" {
		fmt.Fprintf(&b, "  %s\n", m.Ended)
	}
	for _, d := range m.Diffs {
		var init uint32
		switch {
		case d.Offset >= 0:
			init = uint32(s.Buffer[d.Offset])
		case d.What == "hi":
			init = s.Init.HI
		case d.What == "lo":
			init = s.Init.LO
		default:
			init = m.initial(regByName(d.What))
		}
		fmt.Fprintf(&b, "  %-13s %s %s  %s %s  (initially %s)\n", d.What, m.Ref, d.value(d.A), m.Test, d.value(d.B), d.value(init))
	}
	b.WriteString(m.describe())
	if r := m.Reduced; r != nil {
		fmt.Fprintf(&b, "reduced to %s:\n", plural(r.Seq.Instructions(), "instruction"))
		for _, d := range r.Diffs {
			fmt.Fprintf(&b, "  %-13s %s %s  %s %s\n", d.What, r.Ref, d.value(d.A), r.Test, d.value(d.B))
		}
		if r.Ended != "" {
			fmt.Fprintf(&b, "  %s\n", r.Ended)
		}
		for _, l := range r.Seq.Listing(r.Code) {
			fmt.Fprintf(&b, "  %s\n", l)
		}
	}
	return b.String()
}

// describe lists the initial state and the instructions.
func (m *Mismatch) describe() string {
	var b strings.Builder
	s := m.Seq
	b.WriteString("initial state:\n")
	for r := 0; r < 32; r++ {
		if r%8 == 0 {
			b.WriteString(" ")
		}
		fmt.Fprintf(&b, " %4s %08x", isa.Reg(r), m.initial(isa.Reg(r)))
		if r%8 == 7 {
			b.WriteString("\n")
		}
	}
	fmt.Fprintf(&b, "    hi %08x   lo %08x\n", s.Init.HI, s.Init.LO)
	fmt.Fprintf(&b, "  buffer: %d bytes at %#08x;", len(s.Buffer), m.Buffer)
	for _, bs := range s.Bases {
		fmt.Fprintf(&b, " %s = buffer+%d", bs.Reg, bs.Offset)
	}
	fmt.Fprintf(&b, "\nsequence (%s):\n", plural(s.Instructions(), "instruction"))
	for _, l := range s.Listing(m.Code) {
		fmt.Fprintf(&b, "  %s\n", l)
	}
	return b.String()
}

// initial is the initial value of r, base registers included.
func (m *Mismatch) initial(r isa.Reg) uint32 {
	for _, bs := range m.Seq.Bases {
		if bs.Reg == r {
			return m.Buffer + uint32(bs.Offset)
		}
	}
	return m.Seq.Init.GPR[r]
}

// value formats a differing value: a byte of the buffer or a register.
func (d Difference) value(v uint32) string {
	if d.Offset >= 0 {
		return fmt.Sprintf("%#02x", v)
	}
	return fmt.Sprintf("%#08x", v)
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}

func regByName(name string) isa.Reg {
	r, _ := isa.ParseReg(name)
	return r
}

// String describes a broken sequence.
func (b *Broken) String() string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "sequence %d: %s\n", b.Seq.Index, b.Reason)
	for _, d := range b.Diffs {
		fmt.Fprintf(&sb, "  %-13s model %s  reference %s\n", d.What, d.value(d.A), d.value(d.B))
	}
	fmt.Fprintf(&sb, "%s", b.Seq)
	return sb.String()
}
