package difftest

import (
	"fmt"
	"strings"

	"graftlab/isa"
)

// State is the register state that a sequence starts from and ends with:
// GPR[0] is always zero.
type State struct {
	GPR [32]uint32
	HI  uint32
	LO  uint32
}

// Base is a base register: it holds the address of the sequence's buffer
// plus Offset, and the sequence never writes it.
type Base struct {
	Reg    isa.Reg
	Offset int
}

// Item is one entry of a sequence: an instruction, or la (lui and addiu of
// an address in the sequence, for jr and jalr).
type Item struct {
	Inst isa.Inst
	// Target is the index of the item that a branch, j, jal or la refers
	// to (len(Items) for the end of the sequence), or -1.
	Target int
	// La makes the item "la Inst.Rt, Target": two instructions.
	La bool
}

// Size is the item's size in instructions.
func (it Item) Size() int {
	if it.La {
		return 2
	}
	return 1
}

// Sequence is one generated test: the initial state, the buffer, and the
// instructions. It runs between a prologue that loads Init and an epilogue
// that stores the registers (see Build).
type Sequence struct {
	Index int
	// Init is the initial state; the base registers' entries are zero
	// here, because they hold addresses that linking decides.
	Init   State
	Bases  []Base
	Buffer []byte
	Items  []Item
	// HIUndefined and LOUndefined say that HI or LO is UNPREDICTABLE at
	// the end (mul was the last to touch it): results ignore it.
	HIUndefined, LOUndefined bool
	// Executed is how many instructions the generator's model runs (a
	// nullified delay slot does not count).
	Executed int

	model *model // the model's final state, for the check against qemu
}

// Instructions is the number of instructions in the sequence.
func (s *Sequence) Instructions() int {
	n := 0
	for _, it := range s.Items {
		n += it.Size()
	}
	return n
}

// isBase reports whether r is one of the sequence's base registers.
func (s *Sequence) isBase(r isa.Reg) bool {
	for _, b := range s.Bases {
		if b.Reg == r {
			return true
		}
	}
	return false
}

// Clone returns a copy whose items may be changed (for reduction); it has
// no model prediction.
func (s *Sequence) Clone() *Sequence {
	c := *s
	c.Bases = append([]Base(nil), s.Bases...)
	c.Buffer = append([]byte(nil), s.Buffer...)
	c.Items = append([]Item(nil), s.Items...)
	c.model = nil
	return &c
}

// Listing formats the sequence as if linked at base, one line per item:
// the address and the GNU text (objdump -d without the word). Branch and
// jump targets print as addresses, la as "la reg,0xADDR".
func (s *Sequence) Listing(base uint32) []string {
	addrs := make([]uint32, len(s.Items)+1)
	pc := base
	for i, it := range s.Items {
		addrs[i] = pc
		pc += 4 * uint32(it.Size())
	}
	addrs[len(s.Items)] = pc
	addr := func(i int) uint32 { return addrs[min(max(i, 0), len(s.Items))] }
	lines := make([]string, len(s.Items))
	for i, it := range s.Items {
		lines[i] = fmt.Sprintf("%8x:\t%s", addrs[i], it.text(addr, addrs[i]))
	}
	return lines
}

// String is the listing at address 0.
func (s *Sequence) String() string { return strings.Join(s.Listing(0), "\n") + "\n" }

// text formats the item at pc; addr gives the address of an item index.
func (it Item) text(addr func(int) uint32, pc uint32) string {
	if it.La {
		return fmt.Sprintf("la\t%s,%#x", it.Inst.Rt, addr(it.Target))
	}
	inst := it.Inst
	if it.Target >= 0 {
		t := addr(it.Target)
		if inst.Info().Has(isa.FlagBranch) {
			inst.Imm = int32(t-pc-4) >> 2
		} else {
			inst.Target = t >> 2 & 0x03ffffff
		}
	}
	return isa.GNU(inst, pc, nil)
}
