package user

import (
	"errors"
	"testing"

	"graftlab/isa"
)

// TestReservedNamesKnownInstructions runs words that other MIPS levels
// define and checks that the fault names each one and its level.
func TestReservedNamesKnownInstructions(t *testing.T) {
	tests := []struct {
		word uint32
		want string
	}{
		{0x00231082, "reserved instruction 0x00231082 (`rotr`: a MIPS32 Release 2 instruction; the ideal profile implements MIPS32 Release 1; run on a Release 2 profile (--profile 24kf), or build with -march=mips32, and without Debian's glibc and libgcc, which are built for Release 2 (kit/README.md))"},
		{0x00831046, "reserved instruction 0x00831046 (`rotrv`: a MIPS32 Release 2 instruction; the ideal profile implements MIPS32 Release 1; run on a Release 2 profile (--profile 24kf), or build with -march=mips32, and without Debian's glibc and libgcc, which are built for Release 2 (kit/README.md))"},
		{0x7c032420, "reserved instruction 0x7c032420 (`seb`: a MIPS32 Release 2 instruction; the ideal profile implements MIPS32 Release 1; run on a Release 2 profile (--profile 24kf), or build with -march=mips32, and without Debian's glibc and libgcc, which are built for Release 2 (kit/README.md))"},
		{0x7c032620, "reserved instruction 0x7c032620 (`seh`: a MIPS32 Release 2 instruction; the ideal profile implements MIPS32 Release 1; run on a Release 2 profile (--profile 24kf), or build with -march=mips32, and without Debian's glibc and libgcc, which are built for Release 2 (kit/README.md))"},
		{0x7c0310a0, "reserved instruction 0x7c0310a0 (`wsbh`: a MIPS32 Release 2 instruction; the ideal profile implements MIPS32 Release 1; run on a Release 2 profile (--profile 24kf), or build with -march=mips32, and without Debian's glibc and libgcc, which are built for Release 2 (kit/README.md))"},
		{0x7c6239c0, "reserved instruction 0x7c6239c0 (`ext`: a MIPS32 Release 2 instruction; the ideal profile implements MIPS32 Release 1; run on a Release 2 profile (--profile 24kf), or build with -march=mips32, and without Debian's glibc and libgcc, which are built for Release 2 (kit/README.md))"},
		{0x7c6239c4, "reserved instruction 0x7c6239c4 (`ins`: a MIPS32 Release 2 instruction; the ideal profile implements MIPS32 Release 1; run on a Release 2 profile (--profile 24kf), or build with -march=mips32, and without Debian's glibc and libgcc, which are built for Release 2 (kit/README.md))"},
		{0x7c02103b, "reserved instruction 0x7c02103b (`rdhwr`: a MIPS32 Release 2 instruction; the ideal profile implements MIPS32 Release 1; run on a Release 2 profile (--profile 24kf), or build with -march=mips32, and without Debian's glibc and libgcc, which are built for Release 2 (kit/README.md))"},
		{0x049f0000, "reserved instruction 0x049f0000 (`synci`: a MIPS32 Release 2 instruction; the ideal profile implements MIPS32 Release 1; run on a Release 2 profile (--profile 24kf), or build with -march=mips32, and without Debian's glibc and libgcc, which are built for Release 2 (kit/README.md))"},
		{0x00800408, "reserved instruction 0x00800408 (`jr.hb`: a MIPS32 Release 2 instruction; the ideal profile implements MIPS32 Release 1; run on a Release 2 profile (--profile 24kf), or build with -march=mips32, and without Debian's glibc and libgcc, which are built for Release 2 (kit/README.md))"},
		{0x0080fc09, "reserved instruction 0x0080fc09 (`jalr.hb`: a MIPS32 Release 2 instruction; the ideal profile implements MIPS32 Release 1; run on a Release 2 profile (--profile 24kf), or build with -march=mips32, and without Debian's glibc and libgcc, which are built for Release 2 (kit/README.md))"},
		{0x41626000, "reserved instruction 0x41626000 (`di`: a MIPS32 Release 2 privileged instruction; the ideal profile implements MIPS32 Release 1)"},
		{0x41626020, "reserved instruction 0x41626020 (`ei`: a MIPS32 Release 2 privileged instruction; the ideal profile implements MIPS32 Release 1)"},
		{0x74100000, "reserved instruction 0x74100000 (`jalx`: a MIPS16e or microMIPS instruction; the ideal profile implements MIPS32 Release 1; build without -mips16 and -mmicromips)"},
		{0xdc820008, "reserved instruction 0xdc820008 (`ld`: a MIPS64 instruction; the ideal profile implements MIPS32 Release 1; build with -march=mips32)"},
		{0x0043082d, "reserved instruction 0x0043082d (`daddu`: a MIPS64 instruction; the ideal profile implements MIPS32 Release 1; build with -march=mips32)"},
		{0x70000030, "reserved instruction 0x70000030"},
	}
	for _, tc := range tests {
		word := tc.word
		_, status, err := runCode(t, func(b *isa.Builder) { b.Word(word) })
		var f *Fault
		if !errors.As(err, &f) || status != 128+int(SIGILL) || f.Signal != SIGILL || f.Exception.Code != isa.ExcRI {
			t.Errorf("%#08x: status %d, error %v: want SIGILL from Reserved Instruction", word, status, err)
			continue
		}
		if f.Reason != tc.want {
			t.Errorf("%#08x: reason\n%q, want\n%q", word, f.Reason, tc.want)
		}
	}
}

// TestKnownInstructionsAreNotImplemented checks that the table names no
// word the machine implements (an instruction added to a profile must leave
// the table) and that its entries do not overlap.
func TestKnownInstructionsAreNotImplemented(t *testing.T) {
	for _, k := range knownInstructions {
		if isa.Lookup(k.match) != isa.Invalid {
			t.Errorf("%s (%#08x) decodes as %v", k.name, k.match, isa.Lookup(k.match))
		}
		if got, _ := lookupKnown(k.match); got.name != k.name {
			t.Errorf("%#08x is %s, looked up as %s", k.match, k.name, got.name)
		}
	}
}
