package isa

import "fmt"

// RelocKind is a MIPS o32 relocation: how a word refers to an address that
// is known only when the code is placed.
type RelocKind uint8

// The relocation kinds; the values are the ELF R_MIPS_* numbers.
const (
	RelocNone RelocKind = 0
	Reloc32   RelocKind = 2  // R_MIPS_32: the whole word is S+A
	Reloc26   RelocKind = 4  // R_MIPS_26: j/jal target field
	RelocHi16 RelocKind = 5  // R_MIPS_HI16: high half of S+A, rounded for a signed low half
	RelocLo16 RelocKind = 6  // R_MIPS_LO16: low half of S+A
	RelocPC16 RelocKind = 10 // R_MIPS_PC16: branch offset to S+A
)

func (k RelocKind) String() string {
	switch k {
	case RelocNone:
		return "R_MIPS_NONE"
	case Reloc32:
		return "R_MIPS_32"
	case Reloc26:
		return "R_MIPS_26"
	case RelocHi16:
		return "R_MIPS_HI16"
	case RelocLo16:
		return "R_MIPS_LO16"
	case RelocPC16:
		return "R_MIPS_PC16"
	}
	return fmt.Sprintf("R_MIPS_%d", uint8(k))
}

// Relocate returns word with the field of kind set to refer to value (S+A,
// the address referred to) from the word at address pc. It checks that the
// value fits: a j/jal target must lie in the 256 MiB region of pc+4, a branch
// target within ±128 KiB and word aligned.
func Relocate(kind RelocKind, word, value, pc uint32) (uint32, error) {
	switch kind {
	case RelocNone:
		return word, nil
	case Reloc32:
		return value, nil
	case Reloc26:
		if value&3 != 0 {
			return 0, fmt.Errorf("%s: target %#x is not word aligned", kind, value)
		}
		if (pc+4)&0xf0000000 != value&0xf0000000 {
			return 0, fmt.Errorf("%s: target %#x is outside the 256 MiB region of %#x", kind, value, pc)
		}
		return word&^0x03ffffff | value>>2&0x03ffffff, nil
	case RelocHi16:
		return word&^0xffff | (value+0x8000)>>16&0xffff, nil
	case RelocLo16:
		return word&^0xffff | value&0xffff, nil
	case RelocPC16:
		d := int64(value) - int64(pc) - 4
		if d&3 != 0 {
			return 0, fmt.Errorf("%s: target %#x is not word aligned", kind, value)
		}
		if d < -1<<17 || d >= 1<<17 {
			return 0, fmt.Errorf("%s: target %#x is out of branch range of %#x", kind, value, pc)
		}
		return word&^0xffff | uint32(d>>2)&0xffff, nil
	}
	return 0, fmt.Errorf("unsupported relocation %s", kind)
}
