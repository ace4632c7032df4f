package difftest

import (
	"fmt"

	"graftlab/isa"
)

// Config says what to generate.
type Config struct {
	// Seed and the index of a sequence determine it: sequence i of seed s
	// is the same in every batch and every run.
	Seed uint64
	// MinLength and MaxLength bound the number of instructions of a
	// sequence (between prologue and epilogue).
	MinLength, MaxLength int
	// BufferSize is the size of each sequence's data buffer in bytes: a
	// multiple of 8, at most 16 KiB.
	BufferSize int
}

// DefaultConfig is the configuration of the tests and the command.
func DefaultConfig(seed uint64) Config {
	return Config{Seed: seed, MinLength: 100, MaxLength: 500, BufferSize: 2048}
}

func (c Config) validate() error {
	if c.MinLength < 1 || c.MaxLength < c.MinLength {
		return fmt.Errorf("difftest: lengths %d..%d", c.MinLength, c.MaxLength)
	}
	if c.BufferSize < 64 || c.BufferSize > 16<<10 || c.BufferSize%8 != 0 {
		return fmt.Errorf("difftest: buffer size %d is not a multiple of 8 in [64, 16384]", c.BufferSize)
	}
	return nil
}

// Generate returns sequences first, first+1, ... first+n-1 of c.Seed.
func Generate(c Config, first, n int) ([]*Sequence, error) {
	if err := c.validate(); err != nil {
		return nil, err
	}
	seqs := make([]*Sequence, n)
	for i := range seqs {
		seqs[i] = generate(c, first+i)
	}
	return seqs, nil
}

// generator writes one sequence, following it with the model.
type generator struct {
	r *rng
	s *Sequence
	m *model
	// hot is the start of a small window of the buffer that half of the
	// memory accesses use, so that loads see earlier stores.
	hot int
	// count is the number of instructions written so far.
	count int
}

func generate(c Config, index int) *Sequence {
	r := newRNG(c.Seed ^ uint64(index)*0xd1342543de82ef95)
	s := &Sequence{Index: index, Buffer: make([]byte, c.BufferSize)}
	for i := 0; i < len(s.Buffer); i += 4 {
		v := r.u32()
		if r.chance(1, 4) {
			v = r.value()
		}
		s.Buffer[i], s.Buffer[i+1], s.Buffer[i+2], s.Buffer[i+3] = byte(v), byte(v>>8), byte(v>>16), byte(v>>24)
	}
	// sp and two other registers point into the buffer, sp 8-aligned and
	// the others anywhere. ra cannot be one: linking branches write it.
	s.Bases = []Base{{Reg: isa.SP, Offset: r.n(c.BufferSize/8+1) * 8}}
	for len(s.Bases) < 3 {
		reg := isa.Reg(r.between(1, 30))
		if !s.isBase(reg) {
			s.Bases = append(s.Bases, Base{Reg: reg, Offset: r.n(c.BufferSize + 1)})
		}
	}
	// The first base register addresses the prologue and epilogue.
	j := r.n(len(s.Bases))
	s.Bases[0], s.Bases[j] = s.Bases[j], s.Bases[0]
	for reg := isa.Reg(1); reg < 32; reg++ {
		if !s.isBase(reg) {
			s.Init.GPR[reg] = r.value()
		}
	}
	s.Init.HI, s.Init.LO = r.value(), r.value()

	g := &generator{r: r, s: s, m: newModel(s), hot: r.n(c.BufferSize - 63)}
	length := r.between(c.MinLength, c.MaxLength)
	for g.count < length {
		switch n := r.n(100); {
		case n < 84:
			g.simple(true)
		case n < 94:
			g.branch()
		case n < 98:
			g.jump()
		default:
			g.llsc()
		}
	}
	for i := range s.Items {
		s.Items[i].Target = min(s.Items[i].Target, len(s.Items))
	}
	s.HIUndefined, s.LOUndefined = !g.m.hiDefined, !g.m.loDefined
	s.model = g.m
	return s
}

// add appends an item; a live one is executed by the model.
func (g *generator) add(it Item, live bool) int {
	g.s.Items = append(g.s.Items, it)
	g.count += it.Size()
	if live {
		g.s.Executed += it.Size()
		switch {
		case it.La:
			g.m.forget(it.Inst.Rt)
		case it.Inst.Info().Flags&(isa.FlagBranch|isa.FlagJump) == 0:
			g.m.exec(it.Inst)
		}
	}
	return len(g.s.Items) - 1
}

func (g *generator) emit(inst isa.Inst, live bool) int {
	return g.add(Item{Inst: inst, Target: -1}, live)
}

// dst picks a register to write: never a base register, rarely zero.
func (g *generator) dst() isa.Reg {
	if g.r.chance(1, 40) {
		return isa.Zero
	}
	for {
		if r := isa.Reg(g.r.between(1, 31)); !g.s.isBase(r) {
			return r
		}
	}
}

// src picks a register to read: any, zero and the base registers less
// often.
func (g *generator) src() isa.Reg {
	switch g.r.n(40) {
	case 0, 1:
		return isa.Zero
	case 2:
		return g.s.Bases[g.r.n(len(g.s.Bases))].Reg
	}
	return g.dst()
}

// known picks a register whose value the model knows (zero at worst).
func (g *generator) known() isa.Reg {
	for range 8 {
		if r := g.src(); g.m.known[r] {
			return r
		}
	}
	return isa.Zero
}

// choice is one entry of a weighted choice.
type choice struct {
	weight int
	fn     func(live bool)
}

func (g *generator) pick(live bool, cs []choice) {
	total := 0
	for _, c := range cs {
		total += c.weight
	}
	n := g.r.n(total)
	for _, c := range cs {
		if n < c.weight {
			c.fn(live)
			return
		}
		n -= c.weight
	}
}
