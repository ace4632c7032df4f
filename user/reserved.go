package user

import (
	"fmt"

	"graftlab/isa"
	"graftlab/profile"
)

// ISA levels that name the instructions a profile may lack.
const (
	levelR2     = "MIPS32 Release 2"
	levelMIPS64 = "MIPS64"
	levelMIPS16 = "MIPS16e or microMIPS"
	levelR1     = "MIPS32 Release 1" // what every graftlab profile implements
)

// knownInstruction is an encoding that some MIPS implements and graftlab's
// profiles do not: an instruction that raises Reserved Instruction here.
type knownInstruction struct {
	mask, match uint32
	name        string
	level       string
	privileged  bool
}

// knownInstructions names the encodings that a program built for another
// MIPS level may hold and that graftlab does not decode. (Release 2
// instructions decode, and are described from the instruction table;
// floating-point instructions raise Coprocessor Unusable on a profile
// without an FPU and are described as such.)
var knownInstructions = []knownInstruction{
	// jalx switches to the 16-bit encodings.
	{0xfc000000, 0x74000000, "jalx", levelMIPS16, false},
	// 64-bit instructions.
	{0xfc000000, 0x64000000, "daddiu", levelMIPS64, false},
	{0xfc000000, 0x60000000, "daddi", levelMIPS64, false},
	{0xfc000000, 0xdc000000, "ld", levelMIPS64, false},
	{0xfc000000, 0xfc000000, "sd", levelMIPS64, false},
	{0xfc000000, 0x9c000000, "lwu", levelMIPS64, false},
	{0xfc0007ff, 0x0000002d, "daddu", levelMIPS64, false},
	{0xfc0007ff, 0x0000002f, "dsubu", levelMIPS64, false},
	{0xffe0003f, 0x00000038, "dsll", levelMIPS64, false},
	{0xffe0003f, 0x0000003a, "dsrl", levelMIPS64, false},
	{0xffe0003f, 0x0000003b, "dsra", levelMIPS64, false},
	{0xffe0003f, 0x0000003c, "dsll32", levelMIPS64, false},
	{0xffe0003f, 0x0000003e, "dsrl32", levelMIPS64, false},
	{0xffe0003f, 0x0000003f, "dsra32", levelMIPS64, false},
}

// lookupKnown returns the known instruction that word encodes, if any.
func lookupKnown(word uint32) (knownInstruction, bool) {
	for _, k := range knownInstructions {
		if word&k.mask == k.match {
			return k, true
		}
	}
	return knownInstruction{}, false
}

// describeReserved says what the word that raised Reserved Instruction is:
// "reserved instruction 0x7c032020 (`seb`: a MIPS32 Release 2 instruction;
// the dec5000 profile implements MIPS32 Release 1)" for one that another
// MIPS level defines, else "reserved instruction 0x70000030".
func describeReserved(word uint32, p *profile.Profile) string {
	profileName := p.Name
	s := fmt.Sprintf("reserved instruction %#08x", word)
	k, ok := lookupKnown(word)
	if inst, err := isa.Decode(word); err == nil && inst.Info().Has(isa.FlagR2) {
		if inst.Info().Has(isa.FlagF64) && p.R2() {
			return fmt.Sprintf("%s (`%s`: needs the 64-bit FPU register model, Status.FR set)", s, inst.Op)
		}
		k, ok = knownInstruction{name: inst.Op.String(), level: levelR2, privileged: inst.Info().Has(isa.FlagPriv)}, true
	}
	if !ok {
		return s
	}
	kind := "instruction"
	if k.privileged {
		kind = "privileged instruction"
	}
	s = fmt.Sprintf("%s (`%s`: a %s %s; the %s profile implements %s", s, k.name, k.level, kind, profileName, levelR1)
	if h := buildHints[k.level]; h != "" && !k.privileged {
		s += "; " + h
	}
	return s + ")"
}

// buildHints say how to build a program without a level's instructions.
var buildHints = map[string]string{
	levelR2:     "run on a Release 2 profile (--profile 24kf), or build with -march=mips32, and without Debian's glibc and libgcc, which are built for Release 2 (kit/README.md)",
	levelMIPS64: "build with -march=mips32",
	levelMIPS16: "build without -mips16 and -mmicromips",
}
